//! Checks the ROUGE scorer against the reference scores of
//! `../shared/rouge-reference.jsonl` (or the file given as the argument).
//!
//! Without stemming every score must match to the 6 printed decimals. With
//! stemming each must be within 1e-6, except for rare words on which another
//! Snowball release stems differently: at most 2% of the pairs may differ,
//! and each one is listed. A missing file is a failure, never a skip.
//!
//! Run: `cargo run --release --example rouge_check [-- FILE]`

use std::process::ExitCode;

use abrege::eval::{score, Prf, RougeScores};
use serde::Deserialize;

#[derive(Deserialize)]
struct Pair {
    lang: String,
    reference: String,
    candidate: String,
    prf: Expected,
    prf_stemmed: Expected,
}

#[derive(Deserialize)]
struct Expected {
    rouge1: [f64; 3],
    rouge2: [f64; 3],
    #[serde(rename = "rougeL")]
    rouge_l: [f64; 3],
}

/// The share of pairs whose stemmed scores may differ (rare Snowball differences).
const MAX_STEMMED_DIFFERENCES: f64 = 0.02;

/// `x` as printed with 6 decimals (ties to even, like the reference's printer).
fn round6(x: f64) -> f64 {
    format!("{x:.6}").parse().expect("a formatted float parses")
}

/// The `(score name, got, expected)` triples that are off by more than `tolerance`.
fn mismatches(got: &RougeScores, want: &Expected, tolerance: f64) -> Vec<(String, f64, f64)> {
    let want = [want.rouge1, want.rouge2, want.rouge_l];
    let mut out = Vec::new();
    for ((name, prf), w) in got.named().iter().zip(want) {
        let Prf {
            precision,
            recall,
            f1,
        } = *prf;
        for (part, g, w) in [("P", precision, w[0]), ("R", recall, w[1]), ("F", f1, w[2])] {
            if (round6(g) - w).abs() > tolerance {
                out.push((format!("{name} {part}"), g, w));
            }
        }
    }
    out
}

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/rouge-reference.jsonl".to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rouge_check: FAILED: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (mut pairs, mut exact_failures, mut stemmed_differences) = (0usize, 0usize, 0usize);
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let pair: Pair = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("rouge_check: FAILED: {path}:{}: {e}", i + 1);
                return ExitCode::FAILURE;
            }
        };
        pairs += 1;
        let plain = score(&pair.candidate, &pair.reference, None);
        let bad = mismatches(&plain, &pair.prf, 1e-9);
        if !bad.is_empty() {
            exact_failures += 1;
            eprintln!("line {} ({}), not stemmed: {bad:?}", i + 1, pair.lang);
        }
        let stemmed = score(&pair.candidate, &pair.reference, Some(&pair.lang));
        let bad = mismatches(&stemmed, &pair.prf_stemmed, 1e-6 + 1e-9);
        if !bad.is_empty() {
            stemmed_differences += 1;
            println!("line {} ({}), stemmed, differs: {bad:?}", i + 1, pair.lang);
        }
    }
    println!(
        "{pairs} pairs: {} exact without stemming, {} within 1e-6 with stemming ({stemmed_differences} differ)",
        pairs - exact_failures,
        pairs - stemmed_differences
    );
    let allowed = (MAX_STEMMED_DIFFERENCES * pairs as f64).floor() as usize;
    if pairs == 0 || exact_failures > 0 || stemmed_differences > allowed {
        eprintln!(
            "rouge_check: FAILED ({exact_failures} unstemmed mismatches, \
             {stemmed_differences} stemmed differences, {allowed} allowed)"
        );
        return ExitCode::FAILURE;
    }
    println!("rouge_check: ok");
    ExitCode::SUCCESS
}
