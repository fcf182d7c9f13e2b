//! End-to-end throughput on French news, against the floor of any method.
//!
//! ```text
//! cargo run --release -p abrege --example throughput [seconds]
//! ```
//!
//! Prints single-thread documents/s and MB/s of `Summarizer::summarize`, two
//! floors (reading the text and splitting it into words, nothing else: with
//! unicode-segmentation's UAX #29 words, and with abrege's own splitter,
//! which finds the same segments) and how far the summary is from each,
//! then `summarize_batch` on one and on two threads and the scaling ratio.
//! Reads
//! `../shared/data/orangesum-abstract-valid.jsonl` when it is there, else a
//! generated corpus of the same size. Each measurement runs passes over
//! the corpus for about `seconds` (default 3) and reports the median pass.

#[path = "../benches/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use abrege::lang::Resources;
use abrege::text::words::for_each_word;
use abrege::{Options, Summarizer};
use unicode_segmentation::UnicodeSegmentation;

/// Runs `pass` (one pass over the corpus) until `budget` has elapsed;
/// returns the median pass's passes per second. The median, not the mean:
/// on a machine shared with others a few slow passes would drag the mean
/// with them.
fn rate(budget: Duration, mut pass: impl FnMut()) -> f64 {
    pass(); // warm-up
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < 3 || start.elapsed() < budget {
        let t = Instant::now();
        pass();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    1.0 / times[times.len() / 2]
}

fn main() {
    let seconds: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3.0);
    let budget = Duration::from_secs_f64(seconds);
    let corpus = corpus::load();
    let docs = &corpus.docs;
    let (n, bytes) = (docs.len() as f64, corpus.bytes() as f64);
    println!(
        "corpus: {} ({} documents, {:.2} MB, {:.0} bytes/document)",
        corpus.name,
        docs.len(),
        bytes / 1e6,
        bytes / n
    );

    let summarizer = Summarizer::new(Options::default()).expect("default options are valid");
    let per_s = rate(budget, || {
        for doc in docs {
            black_box(summarizer.summarize(doc).expect("a summary"));
        }
    });
    let summary_mb = per_s * bytes / 1e6;
    println!(
        "summary, 1 thread:        {:>9.0} docs/s  {:>7.1} MB/s",
        per_s * n,
        summary_mb
    );

    // Two floors: UAX #29 words from unicode-segmentation, and the same
    // segments from abrege's own word splitter (elisions split, nothing
    // lower-cased, looked up or stemmed).
    let uax29 = rate(budget, || {
        let mut words = 0usize;
        for doc in docs {
            words += doc
                .split_word_bounds()
                .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
                .count();
        }
        black_box(words);
    });
    let fr = Resources::get("fr");
    let own = rate(budget, || {
        let mut words = 0usize;
        for doc in docs {
            for_each_word(doc, fr, |_, _| words += 1);
        }
        black_box(words);
    });
    for (name, per_s) in [("UAX #29 words", uax29), ("abrege's words", own)] {
        let floor_mb = per_s * bytes / 1e6;
        println!(
            "floor ({name}): {:>9.0} docs/s  {:>7.1} MB/s; the summary runs at {:.0}% of it ({:.1}x slower)",
            per_s * n,
            floor_mb,
            100.0 * summary_mb / floor_mb,
            floor_mb / summary_mb
        );
    }

    let mut batch = Vec::new();
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        let per_s = rate(budget, || {
            pool.install(|| black_box(summarizer.summarize_batch(docs).expect("summaries")));
        });
        println!(
            "summarize_batch, {threads} thread{}: {:>8.0} docs/s  {:>7.1} MB/s",
            if threads == 1 { " " } else { "s" },
            per_s * n,
            per_s * bytes / 1e6
        );
        batch.push(per_s);
    }
    println!(
        "batch scaling, 2 threads / 1 thread: {:.2}x (on {} cores)",
        batch[1] / batch[0],
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );
}
