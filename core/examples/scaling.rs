//! Linear time and bounded memory: summarises 1, 2, 4 and 8 MB of news text
//! (the corpus articles joined by blank lines) and prints the time of each
//! against 1 MB, and the peak heap the call allocated as a multiple of the
//! input size.
//!
//! ```text
//! cargo run --release -p abrege --example scaling
//! cargo run --release -p abrege --example scaling -- --html
//! ```
//!
//! With `--html`, the same text is a page: each paragraph a `<p>` inside an
//! `<article>`, after a `<nav>` and a cookie notice, given as bytes to
//! `summarize_bytes` (decoding, parsing, extraction and summary).
//!
//! Each size runs seven times, after a warm-up; the best time and the
//! largest peak are kept. Linear time shows as an 8 MB / 1 MB ratio near 8.
//! Reads `../shared/data/orangesum-abstract-train.jsonl` when it is there,
//! so that 8 MB of text holds no article twice (repeated paragraphs are
//! extra work for the cleaning stage, which compares them), else the
//! corpus of the other benchmarks.

#[path = "../benches/corpus.rs"]
mod corpus;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use abrege::{Options, Summarizer};

/// The system allocator, counting the bytes live now and at the peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(live, Relaxed);
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// `text` as an HTML page of about the same size: its paragraphs as `<p>`s
/// in an `<article>`, with a menu and a cookie notice before it.
fn page(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + text.len() / 8 + 512);
    html.push_str("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Actualités</title></head><body>");
    html.push_str("<nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a> <a href=\"/sport\">Sport</a></nav>");
    html.push_str("<div class=\"cookie-consent\"><p>Nous utilisons des cookies pour mesurer l'audience.</p></div><article>");
    for paragraph in text.split("\n\n") {
        html.push_str("<p>");
        html.push_str(&paragraph.replace('&', "&amp;").replace('<', "&lt;"));
        html.push_str("</p>\n");
    }
    html.push_str("</article></body></html>");
    html
}

fn main() {
    let as_html = std::env::args().any(|a| a == "--html");
    let corpus = corpus::load_large(8 << 20);
    println!(
        "corpus: {}{}",
        corpus.name,
        if as_html { ", as HTML pages" } else { "" }
    );
    let summarizer = Summarizer::new(Options::default()).expect("default options are valid");
    let input = |bytes: usize| {
        let text = corpus.concatenated(bytes);
        if as_html {
            page(&text)
        } else {
            text
        }
    };
    let run = |text: &str| {
        if as_html {
            summarizer.summarize_bytes(text.as_bytes())
        } else {
            summarizer.summarize(text)
        }
    };
    // Warm up: the per-thread stem cache (bounded, kept across calls) fills
    // here, not inside the first measured call.
    run(&input(1 << 20)).expect("a summary");
    let mut base = None;
    for mb in [1, 2, 4, 8] {
        let text = input(mb << 20);
        let mut best = f64::INFINITY;
        let mut peak = 0;
        for _ in 0..7 {
            let before = LIVE.load(Relaxed);
            PEAK.store(before, Relaxed);
            let start = Instant::now();
            let summary = run(&text).expect("a summary");
            best = best.min(start.elapsed().as_secs_f64());
            peak = peak.max(PEAK.load(Relaxed) - before);
            assert!(!summary.sentences.is_empty());
        }
        let base = *base.get_or_insert(best);
        println!(
            "{mb} MB: {:>7.1} ms  {:>5.1} MB/s  time / 1 MB time = {:>4.2}  peak heap = {:.1}x the input",
            best * 1e3,
            text.len() as f64 / best / 1e6,
            best / base,
            peak as f64 / text.len() as f64
        );
    }
}
