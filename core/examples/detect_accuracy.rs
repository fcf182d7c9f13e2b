//! How often `language = "auto"` names the right language on the evaluation
//! corpora; exits non-zero when a corpus falls below 99%.
//!
//! ```text
//! cargo run --release -p abrege --example detect_accuracy [corpus.jsonl ...]
//! ```
//!
//! Without arguments it reads `../shared/data/orangesum-abstract-valid.jsonl`
//! and `../shared/data/bbc-dev.jsonl`, relative to the checkout. Each line is
//! a JSON object with `lang` (the expected ISO 639-1 code) and `text`.
//! It also prints the throughput of detection alone (`abrege::lang::detect`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use abrege::{Options, Summarizer};

/// The least accuracy a corpus must reach.
const THRESHOLD: f64 = 0.99;

fn default_corpora() -> Vec<PathBuf> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data");
    ["orangesum-abstract-valid.jsonl", "bbc-dev.jsonl"]
        .iter()
        .map(|f| data.join(f))
        .collect()
}

fn main() -> ExitCode {
    let mut corpora: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if corpora.is_empty() {
        corpora = default_corpora();
    }
    let summarizer = Summarizer::new(Options {
        sentences: Some(1),
        ..Default::default()
    })
    .expect("default options are valid");
    let mut ok = true;
    for path in &corpora {
        match accuracy(&summarizer, path) {
            Ok((right, total, mistakes, speed)) => {
                let acc = right as f64 / total.max(1) as f64;
                println!(
                    "{}: {right}/{total} = {:.2}% detected right{}",
                    path.display(),
                    100.0 * acc,
                    if mistakes.is_empty() {
                        String::new()
                    } else {
                        format!(" (wrong: {mistakes:?})")
                    }
                );
                println!("  detection alone: {speed}");
                if total == 0 || acc < THRESHOLD {
                    eprintln!(
                        "FAIL: {} is below {:.0}% (or empty)",
                        path.display(),
                        100.0 * THRESHOLD
                    );
                    ok = false;
                }
            }
            Err(e) => {
                eprintln!("FAIL: cannot read {}: {e}", path.display());
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Right answers, documents, the wrong answers counted by code, and the
/// throughput of detection alone.
type Tally = (usize, usize, BTreeMap<String, usize>, String);

fn accuracy(summarizer: &Summarizer, path: &Path) -> Result<Tally, Box<dyn std::error::Error>> {
    let mut right = 0;
    let mut total = 0;
    let mut mistakes = BTreeMap::new();
    let mut texts = Vec::new();
    for (n, line) in std::fs::read_to_string(path)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let (Some(lang), Some(text)) = (doc["lang"].as_str(), doc["text"].as_str()) else {
            return Err(format!("line {}: no `lang` or `text`", n + 1).into());
        };
        let summary = summarizer.summarize(text)?;
        total += 1;
        if summary.language == lang {
            right += 1;
        } else {
            *mistakes.entry(summary.language).or_insert(0) += 1;
        }
        texts.push(text.to_string());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    for text in &texts {
        std::hint::black_box(abrege::lang::detect(text));
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let speed = format!(
        "{:.0} docs/s, {:.1} MB/s on one core",
        texts.len() as f64 / secs,
        bytes as f64 / secs / 1e6
    );
    Ok((right, total, mistakes, speed))
}
