//! How much of a clean article the cleaning stage drops: the share of the
//! article's sentences that fall in dropped spans. On clean corpora it
//! should stay below 0.1%; exits non-zero when a corpus reaches it.
//!
//! ```text
//! cargo run --release -p abrege --example clean_stats [--show N] [corpus.jsonl ...]
//! ```
//!
//! Without arguments it reads `../shared/data/orangesum-abstract-valid.jsonl`
//! and `../shared/data/bbc-dev.jsonl`, relative to the checkout. Each line is
//! a JSON object with `lang` and `text`. `--show N` prints the first N
//! dropped spans with their reasons.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use abrege::clean::clean;
use abrege::{Options, Summarizer};

/// The share of article sentences cleaning may drop on clean text.
const THRESHOLD: f64 = 0.001;

fn default_corpora() -> Vec<PathBuf> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data");
    ["orangesum-abstract-valid.jsonl", "bbc-dev.jsonl"]
        .iter()
        .map(|f| data.join(f))
        .collect()
}

/// Does `text` end like a sentence (`.`, `!`, `?`, `…`, closing quote)?
fn sentence_like(text: &str) -> bool {
    let t = text
        .trim_end_matches(|c: char| matches!(c, '»' | '"' | '”' | ')' | ']') || c.is_whitespace());
    t.ends_with(['.', '!', '?', '…', ';', ':'])
}

/// Sentences in one span, read alone with cleaning off.
fn sentences(counter: &Summarizer, text: &str) -> usize {
    counter.summarize(text).map_or(0, |s| s.sentence_count)
}

fn main() -> ExitCode {
    let mut show = 0usize;
    let mut corpora = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--show" {
            show = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
        } else {
            corpora.push(PathBuf::from(a));
        }
    }
    if corpora.is_empty() {
        corpora = default_corpora();
    }
    let mut ok = true;
    for path in &corpora {
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("clean_stats: cannot read {}", path.display());
            return ExitCode::from(2);
        };
        let (mut docs, mut touched, mut kept, mut dropped, mut lines) = (0, 0, 0, 0, 0);
        let mut by_reason: BTreeMap<String, usize> = BTreeMap::new();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let record: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("clean_stats: {}: bad JSON line: {e}", path.display());
                    return ExitCode::from(2);
                }
            };
            let text = record["text"].as_str().unwrap_or("");
            let lang = record["lang"].as_str().unwrap_or("auto");
            let counter = Summarizer::new(Options {
                clean: false,
                language: lang.to_string(),
                sentences: Some(1),
                ..Options::default()
            })
            .expect("valid options");
            let cleaned = clean(text, lang);
            docs += 1;
            kept += cleaned
                .kept
                .iter()
                .map(|s| sentences(&counter, &s.text))
                .sum::<usize>();
            let mut lost = 0;
            for d in &cleaned.dropped {
                let n = sentences(&counter, &d.span.text);
                // Headings and list items have no sentence punctuation: they
                // are counted apart from sentences.
                if sentence_like(&d.span.text) {
                    lost += n;
                } else {
                    lines += n;
                }
                let reason = serde_json::to_value(d.reason).unwrap_or_default();
                let reason = reason.as_str().unwrap_or("?").to_string();
                *by_reason.entry(reason.clone()).or_default() += n;
                if show > 0 {
                    show -= 1;
                    println!("  [{reason}] {}: {}", record["id"], d.span.text);
                }
            }
            touched += usize::from(lost > 0);
            dropped += lost;
        }
        let total = kept + dropped + lines;
        let share = dropped as f64 / total.max(1) as f64;
        println!(
            "{}: {docs} articles, {total} sentences and lines; cleaning dropped {dropped} sentences ({:.2}%) in {touched} articles, \
             and {lines} lines without sentence punctuation ({:.2}%: headings, list items, titles); by reason {by_reason:?}",
            path.display(),
            100.0 * share,
            100.0 * lines as f64 / total.max(1) as f64,
        );
        ok &= share < THRESHOLD;
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "clean_stats: cleaning drops {}% or more of clean text",
            THRESHOLD * 100.0
        );
        ExitCode::FAILURE
    }
}
