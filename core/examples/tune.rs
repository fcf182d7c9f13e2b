//! Tunes the default feature weights on French news, reproducibly.
//!
//! It reads the first `DOCS` articles of the OrangeSum training split (never
//! the validation split, on which results are reported), computes the
//! features of every sentence once, then runs coordinate ascent over the
//! weights: each pass tries a ladder of steps on one weight at a time and
//! keeps a change only if it raises the objective: the mean of ROUGE-1,
//! ROUGE-2 and ROUGE-L F1 (not stemmed) at 2 and at 3 sentences; then a
//! second ascent adds to that the smallest of those six margins over
//! Lead-2 and Lead-3, so that no score is left below Lead. `position`
//! is held at 1: only the ratios between weights change a ranking. The
//! `title` weight is then chosen again, with the articles' titles given.
//! Selection here is top-k by score, without the near-duplicate check.
//!
//! Run from the repository root:
//! `cargo run --release --example tune [-- [--title-only] CORPUS.jsonl DOCS]`
//! and copy the printed weights into `core/src/score/features.rs`.

use std::process::ExitCode;

use abrege::eval::{read_corpus, score_tokens, tokenize, Prf};
use abrege::{Features, Options, Summarizer, Weights};
use rayon::prelude::*;

/// How many training articles to tune on, from the start of the file.
const DOCS: usize = 6000;
/// The steps tried on each weight, each pass.
const STEPS: &[f64] = &[
    -1.6, -0.8, -0.4, -0.2, -0.1, -0.05, -0.02, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8, 1.6,
];
/// Passes over all the weights; stops early when a pass changes nothing.
const PASSES: usize = 10;
/// The weight held fixed (scores only matter up to scale).
const ANCHOR: &str = "position";

/// One article, ready to score under any weights.
struct Prepared {
    features: Vec<Features>,
    tokens: Vec<Vec<String>>,
    lead_order: Vec<usize>,
    reference: Vec<String>,
}

/// Mean of ROUGE-1/2/L F1 of the top-`k` sentences by `weights`, or of Lead-k.
fn objective(docs: &[Prepared], weights: Option<&Weights>, k: usize) -> [f64; 3] {
    let sums = docs
        .par_iter()
        .map(|d| {
            let mut order = d.lead_order.clone();
            if let Some(w) = weights {
                let scores: Vec<f64> = d.features.iter().map(|f| w.dot(f)).collect();
                order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
            }
            order.truncate(k);
            order.sort_unstable();
            let candidate: Vec<&str> = order
                .iter()
                .flat_map(|&i| d.tokens[i].iter().map(String::as_str))
                .collect();
            let reference: Vec<&str> = d.reference.iter().map(String::as_str).collect();
            let s = score_tokens(&candidate, &reference);
            let f = |p: Prf| p.f1;
            [f(s.rouge1), f(s.rouge2), f(s.rouge_l)]
        })
        .reduce(|| [0.0; 3], |a, b| [a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
    let n = docs.len().max(1) as f64;
    [sums[0] / n, sums[1] / n, sums[2] / n]
}

/// Where the search starts: the untuned weights abrege first shipped with
/// (not the current defaults, so that a rerun gives the same result).
fn start() -> Weights {
    let mut w = Weights::default();
    for name in Weights::NAMES {
        w.set(name, 0.0);
    }
    for (name, v) in [
        ("centrality", 1.0),
        ("position", 1.0),
        ("paragraph_start", 0.2),
        ("title", 0.5),
        ("fragment", -0.8),
        ("run_on", -0.3),
    ] {
        w.set(name, v);
    }
    w
}

/// The objective: the mean F1 over the six (k, score) pairs, plus the
/// smallest margin over Lead-k among them, so that no score is left behind.
fn total(docs: &[Prepared], w: &Weights, leads: &[[f64; 3]; 2], margin: bool) -> f64 {
    let (mut sum, mut worst) = (0.0, f64::INFINITY);
    for (k, lead) in [2, 3].into_iter().zip(leads) {
        let s = objective(docs, Some(w), k);
        for (a, l) in s.iter().zip(lead) {
            sum += a;
            worst = worst.min(a - l);
        }
    }
    sum / 6.0 + if margin { worst } else { 0.0 }
}

/// Coordinate ascent from `w`; with `margin`, the objective adds the smallest margin over Lead.
fn ascend(prepared: &[Prepared], leads: &[[f64; 3]; 2], mut w: Weights, margin: bool) -> Weights {
    let mut best = total(prepared, &w, leads, margin);
    println!("start (margin {margin}): {:.4}  {w:?}", 100.0 * best);
    for pass in 0..PASSES {
        let mut changed = false;
        for &name in Weights::NAMES
            .iter()
            .filter(|&&n| n != ANCHOR && n != "title")
        {
            let current = w.get(name).expect("a declared weight");
            let mut pick = current;
            for step in STEPS {
                let mut trial = w;
                trial.set(name, current + step);
                let t = total(prepared, &trial, leads, margin);
                if t > best + 1e-7 {
                    best = t;
                    pick = current + step;
                }
            }
            if pick != current {
                w.set(name, pick);
                changed = true;
            }
        }
        println!("pass {}: {:.4}", pass + 1, 100.0 * best);
        if !changed {
            break;
        }
    }
    w
}

/// Every sentence of every article with its features (a ratio of 1 and no
/// duplicate check beyond identical content), with the article's title
/// given to the summariser or not.
fn prepare(docs: &[abrege::eval::Document], use_title: bool) -> Vec<Prepared> {
    docs.par_iter()
        .filter_map(|d| {
            let all = Summarizer::new(Options {
                ratio: Some(1.0),
                redundancy: 1.0,
                title: (use_title && !d.title.is_empty()).then(|| d.title.clone()),
                ..Options::default()
            })
            .expect("valid options");
            let summary = all.summarize(&d.text).ok()?;
            Some(Prepared {
                features: summary.sentences.iter().map(|s| s.features).collect(),
                tokens: summary
                    .sentences
                    .iter()
                    .map(|s| tokenize(&s.text, None))
                    .collect(),
                lead_order: (0..summary.sentences.len()).collect(),
                reference: tokenize(&d.summary, None),
            })
        })
        .collect()
}

/// The `title` weight only matters when a title is given (otherwise the
/// feature is 0 but for a headline found in the text), so it is chosen
/// last, on the same articles with their titles given, the others fixed.
fn tune_title(docs: &[abrege::eval::Document], leads: &[[f64; 3]; 2], mut w: Weights) -> Weights {
    let titled = prepare(docs, true);
    let mut best = (f64::NEG_INFINITY, 0.0);
    for step in 0..=30 {
        let v = -0.5 + 0.1 * step as f64;
        w.title = v;
        let t = total(&titled, &w, leads, true);
        if t > best.0 + 1e-7 {
            best = (t, v);
        }
    }
    w.title = best.1;
    println!(
        "with titles given: {:.4}, title = {:.2}",
        100.0 * best.0,
        best.1
    );
    w
}

fn main() -> ExitCode {
    let title_only = std::env::args().any(|a| a == "--title-only");
    let mut args = std::env::args().skip(1).filter(|a| a != "--title-only");
    let corpus = args
        .next()
        .unwrap_or_else(|| "../shared/data/orangesum-abstract-train.jsonl".into());
    let limit: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(DOCS);
    let mut docs = match read_corpus(&corpus) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("tune: FAILED: {e}");
            return ExitCode::FAILURE;
        }
    };
    docs.truncate(limit);
    let prepared = prepare(&docs, false);
    println!("{} training articles from {corpus}", prepared.len());
    let leads = [objective(&prepared, None, 2), objective(&prepared, None, 3)];
    for (k, l) in [2, 3].into_iter().zip(&leads) {
        println!(
            "Lead-{k}: R1 {:.2}  R2 {:.2}  RL {:.2}",
            100.0 * l[0],
            100.0 * l[1],
            100.0 * l[2]
        );
    }
    for i in 0..6 {
        let (mut f1, mut n) = (0.0, 0);
        for d in prepared.iter().filter(|d| d.tokens.len() > i) {
            let c: Vec<&str> = d.tokens[i].iter().map(String::as_str).collect();
            let r: Vec<&str> = d.reference.iter().map(String::as_str).collect();
            f1 += score_tokens(&c, &r).rouge1.f1;
            n += 1;
        }
        println!(
            "sentence {i} alone: R1 F1 {:.2} over {n} articles",
            100.0 * f1 / n.max(1) as f64
        );
    }
    // `--title-only` skips the ascents and retunes only `title` from the
    // current defaults: what the full run ends with when they are its output.
    let mut w = if title_only {
        Weights::default()
    } else {
        let mut w = start();
        for margin in [false, true] {
            w = ascend(&prepared, &leads, w, margin);
        }
        w
    };
    w = tune_title(&docs, &leads, w);
    for k in [2, 3] {
        let s = objective(&prepared, Some(&w), k);
        println!(
            "abrege k={k}: R1 {:.2}  R2 {:.2}  RL {:.2}",
            100.0 * s[0],
            100.0 * s[1],
            100.0 * s[2]
        );
    }
    println!("chosen weights:");
    for (name, v) in w.iter() {
        println!("    {name} = {v:.2};");
    }
    ExitCode::SUCCESS
}
