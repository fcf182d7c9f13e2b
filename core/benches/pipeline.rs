//! Throughput of the pipeline's stages on French news, in bytes per second:
//! sentence segmentation, word splitting with stemming, and the whole summary.
//!
//! ```text
//! cargo bench -p abrege --bench pipeline
//! ```
//!
//! Reads `../shared/data/orangesum-abstract-valid.jsonl` when it is there,
//! else a generated corpus (see `corpus.rs`).

mod corpus;

use std::hint::black_box;
use std::time::Duration;

use abrege::lang::Resources;
use abrege::text::words::{for_each_word, lowercase_into};
use abrege::text::{sentences, structure, Normalized};
use abrege::{Options, Summarizer};
use criterion::{Criterion, Throughput};

fn pipeline(c: &mut Criterion) {
    let corpus = corpus::load();
    let docs = &corpus.docs;
    let fr = Resources::get("fr");
    println!(
        "corpus: {} ({} documents, {:.1} MB)",
        corpus.name,
        docs.len(),
        corpus.bytes() as f64 / 1e6
    );
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));

    group.bench_function("segmentation", |b| {
        let mut spans = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for doc in docs {
                let norm = Normalized::new(doc);
                for block in structure::blocks(&norm.text, fr) {
                    spans.clear();
                    sentences::split(&norm.text, block.start..block.end, fr, &mut spans);
                    n += spans.len();
                }
            }
            black_box(n)
        })
    });

    group.bench_function("words_and_stems", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut n = 0;
            for doc in docs {
                for_each_word(doc, fr, |w, _| {
                    lowercase_into(w, &mut buf);
                    n += fr.stem(&buf).len();
                });
            }
            black_box(n)
        })
    });

    let summarizer = Summarizer::new(Options {
        language: "fr".into(),
        ..Default::default()
    })
    .expect("valid options");
    group.bench_function("summary", |b| {
        b.iter(|| {
            for doc in docs {
                black_box(summarizer.summarize(doc).expect("a summary"));
            }
        })
    });
    let auto = Summarizer::new(Options::default()).expect("valid options");
    group.bench_function("summary_auto_language", |b| {
        b.iter(|| {
            for doc in docs {
                black_box(auto.summarize(doc).expect("a summary"));
            }
        })
    });
    group.finish();
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    pipeline(&mut c);
    c.final_summary();
}
