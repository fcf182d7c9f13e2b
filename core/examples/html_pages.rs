//! Runs abrege's HTML path over pages given as JSON Lines on standard input
//! (one object per line with `html`, and `id` or `name` or `url`), and
//! prints one JSON object per page: the extracted article text, every kept
//! sentence, the 3-sentence summary and the time it took.
//!
//! ```text
//! gzip -dc pages.jsonl.gz | cargo run --release -p abrege --example html_pages > out.jsonl
//! ```
//!
//! The time is that of one call, page bytes in and 3-sentence summary out,
//! on one thread; the total and pages/s are printed on standard error,
//! beside the pages/s of html5ever's tokenizer alone on the same pages
//! (tokens made and dropped, no tree): the floor of any call that parses
//! a page with html5ever.
//! `examples/html_bench/` scores the output against each set's ground truth.

use std::io::{BufRead, Write};
use std::time::Instant;

use abrege::{clean, Format, Options, Summarizer};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use serde_json::{json, Value};

/// Drops every token: what is left is the tokenizer's own work.
struct Discard;

impl TokenSink for Discard {
    type Handle = ();
    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        drop(token);
        TokenSinkResult::Continue
    }
}

/// Seconds html5ever's tokenizer takes over `html`, tokens discarded.
fn tokenize_only(html: &str) -> f64 {
    let start = Instant::now();
    let tokenizer = Tokenizer::new(Discard, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    start.elapsed().as_secs_f64()
}

fn main() {
    // `--text FIELD`: summarise that field of each line as text instead
    // (the gold article, to compare with the page).
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text_field = match args.as_slice() {
        [flag, field] if flag == "--text" => Some(field.clone()),
        [] => None,
        _ => panic!("usage: html_pages [--text FIELD] < pages.jsonl"),
    };
    let format = if text_field.is_some() {
        Format::Text
    } else {
        Format::Html
    };
    let three = Summarizer::new(Options {
        sentences: Some(3),
        format,
        ..Options::default()
    })
    .expect("valid options");
    let all = Summarizer::new(Options {
        ratio: Some(1.0),
        redundancy: 1.0,
        format,
        ..Options::default()
    })
    .expect("valid options");
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut pages, mut bytes, mut seconds, mut tokenizing) = (0usize, 0usize, 0.0f64, 0.0f64);
    for line in stdin.lock().lines() {
        let line = line.expect("standard input");
        if line.trim().is_empty() {
            continue;
        }
        let page: Value = serde_json::from_str(&line).expect("a JSON object per line");
        let id = ["id", "name", "url", "file"]
            .iter()
            .find_map(|k| page.get(*k).cloned())
            .unwrap_or(Value::Null);
        let field = text_field.as_deref().unwrap_or("html");
        let html = page[field].as_str().expect("the page's field").as_bytes();
        let start = Instant::now();
        let summary = three.summarize_bytes(html).expect("a summary");
        let took = start.elapsed().as_secs_f64();
        seconds += took;
        pages += 1;
        bytes += html.len();
        if text_field.is_none() {
            tokenizing += tokenize_only(&abrege::html::decode(html));
        }
        let kept = all.summarize_bytes(html).expect("a summary");
        let cleaned = clean::clean_bytes(html, "auto", format);
        let record = json!({
            "id": id,
            "text": cleaned.text(),
            "title": summary.title,
            "language": summary.language,
            "empty": summary.empty_reason,
            "metadata": summary.metadata,
            "summary": summary.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
            "kept": kept.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
            "seconds": took,
            "bytes": html.len(),
        });
        writeln!(out, "{record}").expect("standard output");
    }
    eprintln!(
        "html_pages: {pages} pages, {:.1} MB, {seconds:.3} s in summarize_bytes: {:.1} pages/s, {:.1} MB/s (one thread)",
        bytes as f64 / 1e6,
        pages as f64 / seconds.max(1e-9),
        bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    if tokenizing > 0.0 {
        eprintln!(
            "html_pages: html5ever's tokenizer alone (decoded page in, tokens dropped): {:.1} pages/s",
            pages as f64 / tokenizing
        );
    }
}
