//! Learns abrege's sentence scorer and word model from labelled news,
//! reproducibly, and writes them to `core/data/scorer.tsv` (one row of
//! feature weights per language and budget: 1, 2, 3, 4, and 5 or more
//! sentences) and `core/data/words.tsv` (the French word model, one row per
//! budget).
//!
//! ```text
//! cargo run --release -p abrege --example train [-- --check] [-- --words-only]
//! ```
//!
//! ## The word model (French)
//!
//! A logistic regression (L2, Newton's method) over the features of each
//! distinct word of an article (stop word or number, counts of the word and
//! of its stem, where it first appears, how many sentences hold it, its
//! capitals, its IDF, the title, the article's length) learns whether the
//! reference summary holds the word once, twice, three times or more: one
//! row per word and copy that the article holds. abrege then adds, one at a
//! time, the sentence whose expected overlap with the reference, over the
//! summary's length plus the reference's, is highest: ROUGE-1 F1 in
//! expectation (see `core/src/score/words.rs` and `select::expected`).
//!
//! Both are fitted on nine tenths of OrangeSum train. For each budget of `k`
//! sentences, the held-out tenth (chosen with a fixed seed) chooses, by the
//! margins described below, between the sentence scorer alone and the word
//! model with each of a few expected reference lengths (multiples of the
//! training references' mean) and weights of the sentence scorer's score
//! (a prior); at one sentence the summary must also
//! be at least as good as Lead-1 against the headline. The choice is
//! refitted on all of train and reported on OrangeSum valid.
//!
//! The word model's prior is the sentence scorer compiled into this
//! program: after `scorer.tsv` changes, rebuild and rerun with
//! `--words-only`, which learns and writes the word model alone.
//!
//! ## The sentence scorer
//!
//! For each budget of `k` sentences three well-founded learners are fitted,
//! all on the features abrege computes for every sentence:
//!
//! * **logistic regression** (L2, Newton's method) on oracle labels: a
//!   sentence is positive if it is among the first `k` sentences a greedy
//!   search adds to maximise ROUGE-1 + ROUGE-2 F1 against the reference;
//! * **least squares within each article** on each sentence's ROUGE gain:
//!   its clipped unigram and bigram overlap with the reference, less its
//!   length times half the F1 that Lead-k reaches at that budget (what a
//!   word costs in the F1 denominator), over the reference's length;
//! * a **pairwise ranker** (logistic loss, Newton's method) of the same
//!   gains: each of the `k + 1` best sentences of an article against every
//!   sentence below it, weighed by the difference of their gains.
//!
//! The three, and the weights abrege shipped before (the prior), are compared
//! on a held-out tenth of the training articles (chosen with a fixed seed),
//! by how far they fall short of the margins over Lead-k that the quality
//! gate asks (ROUGE-1: 3.5 points at one sentence, 1.0 beyond; ROUGE-2 and
//! ROUGE-L: above Lead), summed over the three scores. The winner is
//! refitted on every training article.
//!
//! * French learns on OrangeSum train (21,401 articles) and reports on
//!   OrangeSum valid, which it never reads otherwise.
//! * English learns on the even-numbered articles of BBC dev and reports on
//!   the odd-numbered ones (`abrege eval --split odd`).
//! * Every other language keeps the prior: there is no data to learn from,
//!   and its position, title and length features are language-independent.
//!
//! Titles are given to the summariser for a seeded half of the training
//! articles, so that the `title` weights are learned, and withheld for the
//! rest, as when a user has none. `--check` trains and reports without
//! writing the tables.

// Linear algebra over small dense matrices reads best with indices.
#![allow(clippy::needless_range_loop)]

use std::collections::HashMap;
use std::fmt::Write as _;
use std::process::ExitCode;

use abrege::eval::{lead, read_corpus, score_tokens, tokenize, Document};
use abrege::{Options, Summarizer, Weights, WordModel};
use rayon::prelude::*;

/// The budget classes: 1 to 4 sentences, and 5 or more.
const CLASSES: usize = 5;
/// The seed of every random choice (which articles are held out, which get a title).
const SEED: u64 = 17;
/// L2 penalty of both learners.
const LAMBDA: f64 = 1.0;
/// The margins over Lead-k in ROUGE-1 F1 points that the quality gate asks.
const R1_MARGIN: [f64; CLASSES] = [3.5, 1.0, 1.0, 1.0, 1.0];
/// Where the table goes, from the repository root.
const TABLE: &str = "core/data/scorer.tsv";

/// The weights abrege shipped before the learned scorer, found by
/// coordinate ascent on OrangeSum train: the prior each learner must beat.
const PRIOR: [(&str, f64); 12] = [
    ("centrality", 0.52),
    ("position", 1.0),
    ("first_sentence", -0.62),
    ("paragraph_start", -0.02),
    ("first_paragraph", 0.0),
    ("title", 0.4),
    ("length", -0.12),
    ("quote", -0.07),
    ("numbers", 0.07),
    ("entities", 0.04),
    ("fragment", -0.08),
    ("run_on", -1.47),
];

/// One article, ready to score under any weights.
struct Article {
    /// Each sentence's feature values, in `Weights::NAMES` order.
    feats: Vec<Vec<f64>>,
    /// Each sentence's ROUGE tokens.
    tokens: Vec<Vec<String>>,
    reference: Vec<String>,
    /// The headline's tokens and each sentence's clipped unigram and bigram
    /// overlap with it, when the summariser was not given the headline.
    headline: Option<(Vec<String>, Vec<f64>, Vec<f64>)>,
    /// The greedy oracle's picks, in the order it made them.
    oracle: Vec<usize>,
    /// Each sentence's clipped unigram and bigram overlap with the reference, alone.
    o1: Vec<f64>,
    o2: Vec<f64>,
    /// Each sentence's length in tokens.
    len: Vec<f64>,
}

/// A seeded coin (splitmix64 of the seed and `i`).
fn coin(i: u64, salt: u64) -> u64 {
    let mut z = (SEED ^ salt).wrapping_add(i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

type Counts = (HashMap<u32, u32>, HashMap<(u32, u32), u32>);

/// Unigram and bigram counts of token ids.
fn counts<'a>(sentences: impl Iterator<Item = &'a [u32]>) -> Counts {
    let (mut u, mut b) = (HashMap::new(), HashMap::new());
    for s in sentences {
        for &t in s {
            *u.entry(t).or_insert(0) += 1;
        }
        for w in s.windows(2) {
            *b.entry((w[0], w[1])).or_insert(0) += 1;
        }
    }
    (u, b)
}

/// Clipped overlaps of `c` with the reference's counts `r`.
fn overlap(c: &Counts, r: &Counts) -> (u32, u32) {
    let o1 =
        c.0.iter()
            .map(|(t, n)| (*n).min(*r.0.get(t).unwrap_or(&0)))
            .sum();
    let o2 =
        c.1.iter()
            .map(|(t, n)| (*n).min(*r.1.get(t).unwrap_or(&0)))
            .sum();
    (o1, o2)
}

fn f1(overlap: u32, candidate: usize, reference: usize) -> f64 {
    if overlap == 0 {
        return 0.0;
    }
    let (p, r) = (
        overlap as f64 / candidate as f64,
        overlap as f64 / reference as f64,
    );
    2.0 * p * r / (p + r)
}

/// The greedy oracle: up to `CLASSES` sentences, each the one that most
/// raises ROUGE-1 + ROUGE-2 F1 (bigrams within sentences) of those chosen.
fn oracle(ids: &[Vec<u32>], reference: &[u32]) -> Vec<usize> {
    let r = counts(std::iter::once(reference));
    let mut chosen: Vec<usize> = Vec::new();
    while chosen.len() < CLASSES.min(ids.len()) {
        let mut best = (f64::NEG_INFINITY, 0);
        for i in (0..ids.len()).filter(|i| !chosen.contains(i)) {
            let set = chosen.iter().chain([&i]).map(|&j| ids[j].as_slice());
            let n: usize = chosen.iter().chain([&i]).map(|&j| ids[j].len()).sum();
            let (o1, o2) = overlap(&counts(set), &r);
            let gain = f1(o1, n, reference.len())
                + f1(
                    o2,
                    n.saturating_sub(chosen.len() + 1),
                    reference.len().saturating_sub(1),
                );
            if gain > best.0 {
                best = (gain, i);
            }
        }
        chosen.push(best.1);
    }
    chosen
}

/// Every sentence of every article with its features and labels; a seeded
/// half of the articles (with `titles`) get their title.
fn prepare(docs: &[Document], titles: bool) -> Vec<Article> {
    docs.par_iter()
        .enumerate()
        .filter_map(|(n, d)| {
            let give = titles && !d.title.is_empty() && coin(n as u64, 1) & 1 == 1;
            // Fixed weights, not the shipped table's: which of two sentences
            // with the same terms is kept must not depend on the table.
            let all = Summarizer::new(Options {
                ratio: Some(1.0),
                redundancy: 1.0,
                title: give.then(|| d.title.clone()),
                weights: weights(&prior()),
                ..Options::default()
            })
            .expect("valid options");
            let summary = all.summarize(&d.text).ok()?;
            if summary.sentences.is_empty() {
                return None;
            }
            let tokens: Vec<Vec<String>> = summary
                .sentences
                .iter()
                .map(|s| tokenize(&s.text, None))
                .collect();
            let reference = tokenize(&d.summary, None);
            let title = tokenize(&d.title, None);
            let mut vocab: HashMap<String, u32> = HashMap::new();
            let mut id = |t: &str| -> u32 {
                let next = vocab.len() as u32;
                *vocab.entry(t.to_string()).or_insert(next)
            };
            let ref_ids: Vec<u32> = reference.iter().map(|t| id(t)).collect();
            let ids: Vec<Vec<u32>> = tokens
                .iter()
                .map(|s| s.iter().map(|t| id(t)).collect())
                .collect();
            let title_ids: Vec<u32> = title.iter().map(|t| id(t)).collect();
            let overlaps = |reference: &[u32]| -> (Vec<f64>, Vec<f64>) {
                let r = counts(std::iter::once(reference));
                ids.iter()
                    .map(|s| overlap(&counts(std::iter::once(s.as_slice())), &r))
                    .map(|(a, b)| (a as f64, b as f64))
                    .unzip()
            };
            let (o1, o2) = overlaps(&ref_ids);
            let headline = (!give && !title.is_empty()).then(|| {
                let (t1, t2) = overlaps(&title_ids);
                (title.clone(), t1, t2)
            });
            Some(Article {
                feats: summary
                    .sentences
                    .iter()
                    .map(|s| s.features.iter().map(|(_, v)| v).collect())
                    .collect(),
                oracle: oracle(&ids, &ref_ids),
                len: ids.iter().map(|s| s.len() as f64).collect(),
                o1,
                o2,
                tokens,
                reference,
                headline,
            })
        })
        .collect()
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .expect("a non-empty system");
        a.swap(c, p);
        b.swap(c, p);
        for r in c + 1..n {
            let f = a[r][c] / a[c][c];
            for k in c..n {
                a[r][k] -= f * a[c][k];
            }
            b[r] -= f * b[c];
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|k| a[r][k] * x[k]).sum();
        x[r] = (b[r] - s) / a[r][r];
    }
    x
}

/// A gradient and a Hessian (or normal matrix), summed over articles.
type System = (Vec<f64>, Vec<Vec<f64>>);

fn sum_systems(d: usize, arts: &[Article], one: &(dyn Fn(&Article, &mut System) + Sync)) -> System {
    let zero = || (vec![0.0; d], vec![vec![0.0; d]; d]);
    arts.par_iter()
        .fold(zero, |mut s, a| {
            one(a, &mut s);
            s
        })
        .reduce(zero, |mut s, t| {
            for i in 0..d {
                s.0[i] += t.0[i];
                for j in 0..d {
                    s.1[i][j] += t.1[i][j];
                }
            }
            s
        })
}

fn dot(w: &[f64], x: &[f64]) -> f64 {
    x.iter().zip(w).map(|(a, b)| a * b).sum()
}

/// Logistic regression of oracle membership at `k` sentences, by Newton's
/// method. The bias (the last weight) is fitted but not returned: it does
/// not change a ranking.
fn logistic(arts: &[Article], k: usize) -> Vec<f64> {
    let d = arts[0].feats[0].len() + 1;
    let mut w = vec![0.0; d];
    for _ in 0..30 {
        let (mut g, mut h) = sum_systems(d, arts, &|a, (g, h)| {
            for (i, x) in a.feats.iter().enumerate() {
                let y = if a.oracle[..k.min(a.oracle.len())].contains(&i) {
                    1.0
                } else {
                    0.0
                };
                let x: Vec<f64> = x.iter().copied().chain([1.0]).collect();
                let p = 1.0 / (1.0 + (-dot(&w, &x)).exp());
                for u in 0..d {
                    g[u] += (y - p) * x[u];
                    for v in 0..d {
                        h[u][v] += p * (1.0 - p) * x[u] * x[v];
                    }
                }
            }
        });
        for u in 0..d - 1 {
            g[u] -= LAMBDA * w[u];
            h[u][u] += LAMBDA;
        }
        let step = solve(h, g);
        let norm: f64 = step.iter().map(|s| s * s).sum::<f64>().sqrt();
        w.iter_mut().zip(&step).for_each(|(w, s)| *w += s);
        if norm < 1e-9 {
            break;
        }
    }
    w.pop();
    w
}

/// Least squares of each sentence's ROUGE gain at a budget whose Lead F1s
/// are `lead` (ROUGE-1, ROUGE-2), within each article (both sides centred
/// on the article's mean: only the order within an article matters).
///
/// With `headline` (Lead-1's F1s against the headline), the gain against the
/// headline, measured the same way, is added where the summariser was not
/// given it: a one-sentence summary serves as a headline too.
fn regression(arts: &[Article], lead: [f64; 2], headline: Option<[f64; 2]>) -> Vec<f64> {
    let d = arts[0].feats[0].len();
    let (g, mut h) = sum_systems(d, arts, &|a, (g, h)| {
        let r = a.reference.len().max(1) as f64;
        let mut u: Vec<f64> = (0..a.len.len())
            .map(|i| (a.o1[i] + a.o2[i] - (lead[0] + lead[1]) / 2.0 * a.len[i]) / r)
            .collect();
        if let (Some(lead), Some((title, t1, t2))) = (headline, &a.headline) {
            let r = title.len() as f64;
            for (i, u) in u.iter_mut().enumerate() {
                *u += (t1[i] + t2[i] - (lead[0] + lead[1]) / 2.0 * a.len[i]) / r;
            }
        }
        let n = u.len() as f64;
        let um = u.iter().sum::<f64>() / n;
        let xm: Vec<f64> = (0..d)
            .map(|q| a.feats.iter().map(|x| x[q]).sum::<f64>() / n)
            .collect();
        for (x, ui) in a.feats.iter().zip(&u) {
            for p in 0..d {
                g[p] += (x[p] - xm[p]) * (ui - um);
                for q in 0..d {
                    h[p][q] += (x[p] - xm[p]) * (x[q] - xm[q]);
                }
            }
        }
    });
    for p in 0..d {
        h[p][p] += LAMBDA;
    }
    solve(h, g)
}

/// A pairwise ranker (logistic loss on the difference of two sentences'
/// scores) of each sentence's ROUGE gain at a budget whose Lead F1s are
/// `lead`, as in [`regression`]: every pair of an article where one of the
/// `k + 1` sentences of highest gain beats another, weighed by the
/// difference of their gains, by Newton's method.
fn pairwise(arts: &[Article], k: usize, lead: [f64; 2]) -> Vec<f64> {
    let d = arts[0].feats[0].len();
    let mut w = vec![0.0; d];
    for _ in 0..12 {
        let (mut g, mut h) = sum_systems(d, arts, &|a, (g, h)| {
            let r = a.reference.len().max(1) as f64;
            let u: Vec<f64> = (0..a.len.len())
                .map(|i| (a.o1[i] + a.o2[i] - (lead[0] + lead[1]) / 2.0 * a.len[i]) / r)
                .collect();
            let mut order: Vec<usize> = (0..u.len()).collect();
            order.sort_by(|&x, &y| u[y].total_cmp(&u[x]));
            for (rank, &i) in order.iter().enumerate().take(k + 1) {
                for &j in &order[rank + 1..] {
                    let weight = u[i] - u[j];
                    if weight <= 0.0 {
                        continue;
                    }
                    let x: Vec<f64> = a.feats[i]
                        .iter()
                        .zip(&a.feats[j])
                        .map(|(p, q)| p - q)
                        .collect();
                    let p = 1.0 / (1.0 + (-dot(&w, &x)).exp());
                    for s in 0..d {
                        g[s] += weight * (1.0 - p) * x[s];
                        for t in 0..d {
                            h[s][t] += weight * p * (1.0 - p) * x[s] * x[t];
                        }
                    }
                }
            }
        });
        for s in 0..d {
            g[s] -= 1e-3 * LAMBDA * w[s];
            h[s][s] += 1e-3 * LAMBDA;
        }
        let step = solve(h, g);
        let norm: f64 = step.iter().map(|s| s * s).sum::<f64>().sqrt();
        w.iter_mut().zip(&step).for_each(|(w, s)| *w += s);
        if norm < 1e-6 {
            break;
        }
    }
    w
}

/// Mean ROUGE-1, ROUGE-2 and ROUGE-L F1 (in points) of the `k` best
/// sentences by `w`, or of Lead-k, against the reference, or with
/// `headline` against the headlines of the articles that have one.
fn rouge(arts: &[Article], w: Option<&[f64]>, k: usize, headline: bool) -> [f64; 3] {
    let scored: Vec<&Article> = arts
        .iter()
        .filter(|a| !headline || a.headline.is_some())
        .collect();
    let sum = scored
        .par_iter()
        .map(|a| {
            let mut order: Vec<usize> = (0..a.feats.len()).collect();
            if let Some(w) = w {
                let s: Vec<f64> = a.feats.iter().map(|x| dot(w, x)).collect();
                order.sort_by(|&x, &y| s[y].total_cmp(&s[x]).then(x.cmp(&y)));
            }
            order.truncate(k);
            order.sort_unstable();
            let c: Vec<&str> = order
                .iter()
                .flat_map(|&i| a.tokens[i].iter().map(String::as_str))
                .collect();
            let reference = match &a.headline {
                Some((title, _, _)) if headline => title,
                _ => &a.reference,
            };
            let r: Vec<&str> = reference.iter().map(String::as_str).collect();
            let s = score_tokens(&c, &r);
            [s.rouge1.f1, s.rouge2.f1, s.rouge_l.f1]
        })
        .reduce(|| [0.0; 3], |a, b| [a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
    let n = scored.len().max(1) as f64 / 100.0;
    [sum[0] / n, sum[1] / n, sum[2] / n]
}

/// How good scores `s` are beside Lead's `lead` at `class`: first how far
/// they fall short of the gate's margins over Lead, summed over ROUGE-1,
/// ROUGE-2 and ROUGE-L (0 when every margin is met), then, to break ties,
/// the sum of their margins.
fn merit(s: [f64; 3], lead: [f64; 3], class: usize) -> (f64, f64) {
    let margin = [s[0] - lead[0], s[1] - lead[1], s[2] - lead[2]];
    let asked = [R1_MARGIN[class], 0.0, 0.0];
    let short: f64 = margin
        .iter()
        .zip(asked)
        .map(|(m, a)| (m - a).min(0.0))
        .sum();
    (short, margin.iter().sum())
}

/// Lead-1's F1s (ROUGE-1, ROUGE-2) against the headline, the second
/// target of a one-sentence budget; `None` for longer budgets.
fn headline(arts: &[Article], k: usize) -> Option<[f64; 2]> {
    (k == 1).then(|| {
        let l = rouge(arts, None, 1, true);
        [l[0] / 100.0, l[1] / 100.0]
    })
}

/// Weights scaled so that the largest is 1 in magnitude (scale does not change a ranking).
fn scaled(w: &[f64]) -> Vec<f64> {
    let m = w.iter().fold(0.0f64, |m, v| m.max(v.abs())).max(1e-12);
    w.iter().map(|v| v / m).collect()
}

/// `Weights` from values in `Weights::NAMES` order.
fn weights(values: &[f64]) -> Weights {
    let mut w = Weights::default();
    for (name, v) in Weights::NAMES.iter().zip(values) {
        w.set(name, *v);
    }
    w
}

fn prior() -> Vec<f64> {
    Weights::NAMES
        .iter()
        .map(|n| PRIOR.iter().find(|p| p.0 == *n).map_or(0.0, |p| p.1))
        .collect()
}

/// For each budget class, fits both learners on `fit` and names the best
/// of them and the prior on `held`.
fn choose(name: &str, fit: &[Article], held: &[Article]) -> Vec<&'static str> {
    (0..CLASSES)
        .map(|class| {
            let k = class + 1;
            let lead_fit = rouge(fit, None, k, false);
            let lead_held = rouge(held, None, k, false);
            let candidates = [
                ("logistic", logistic(fit, k)),
                ("regression", regression(fit, [lead_fit[0] / 100.0, lead_fit[1] / 100.0], headline(fit, k))),
                ("pairwise", pairwise(fit, k, [lead_fit[0] / 100.0, lead_fit[1] / 100.0])),
                ("prior", prior()),
            ];
            let mut best = ((f64::NEG_INFINITY, f64::NEG_INFINITY), "prior");
            for (method, w) in candidates {
                let s = rouge(held, Some(&w), k, false);
                let mut m = merit(s, lead_held, class);
                if k == 1 {
                    // One sentence must also serve as a headline, at least as well as Lead-1.
                    let (h, lh) = (rouge(held, Some(&w), 1, true), rouge(held, None, 1, true));
                    let hm = merit(h, lh, class);
                    let short: f64 = (0..3).map(|i| (h[i] - lh[i]).min(0.0)).sum();
                    m = (m.0 + short, m.1 + hm.1);
                    println!(
                        "{name} k=1 {method:<10} held out, headline: R1 {:+.2} R2 {:+.2} RL {:+.2} beside Lead-1",
                        h[0] - lh[0], h[1] - lh[1], h[2] - lh[2]
                    );
                }
                println!(
                    "{name} k={k} {method:<10} held out: R1 {:+.2} R2 {:+.2} RL {:+.2} beside Lead-{k}",
                    s[0] - lead_held[0],
                    s[1] - lead_held[1],
                    s[2] - lead_held[2]
                );
                if m > best.0 {
                    best = (m, method);
                }
            }
            best.1
        })
        .collect()
}

/// Refits each class's chosen learner on `all`, and reports it on `report`.
fn refit(name: &str, methods: &[&str], all: &[Article], report: &[Article]) -> Vec<Vec<f64>> {
    methods
        .iter()
        .enumerate()
        .map(|(class, method)| {
            let k = class + 1;
            let lead = rouge(all, None, k, false);
            let w = scaled(&match *method {
                "logistic" => logistic(all, k),
                "regression" => regression(all, [lead[0] / 100.0, lead[1] / 100.0], headline(all, k)),
                "pairwise" => pairwise(all, k, [lead[0] / 100.0, lead[1] / 100.0]),
                _ => prior(),
            });
            let (s, l) = (rouge(report, Some(&w), k, false), rouge(report, None, k, false));
            println!(
                "{name} k={k}: {method}; reported: R1 {:.2} ({:+.2}), R2 {:.2} ({:+.2}), RL {:.2} ({:+.2}) beside Lead-{k}",
                s[0], s[0] - l[0], s[1], s[1] - l[1], s[2], s[2] - l[2]
            );
            w
        })
        .collect()
}

/// Splits `arts` into those fitted on and the one in `every` held out, by a seeded coin.
fn split(arts: Vec<Article>, every: u64, salt: u64) -> (Vec<Article>, Vec<Article>) {
    let mut i = 0;
    arts.into_iter().partition(|_| {
        i += 1;
        coin(i, salt) % every != 0
    })
}

/// Learns one language's rows: chooses on a held-out part of `train`,
/// refits on all of it, reports on `report`.
fn learn(name: &str, train: Vec<Article>, every: u64, report: &[Article]) -> Vec<Vec<f64>> {
    let (mut fit, held) = split(train, every, name.len() as u64);
    println!(
        "{name}: {} articles fitted, {} held out, {} reported on",
        fit.len(),
        held.len(),
        report.len()
    );
    let methods = choose(name, &fit, &held);
    fit.extend(held);
    refit(name, &methods, &fit, report)
}

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let data = "../shared/data";
    let read = |f: &str| {
        read_corpus(format!("{data}/{f}")).unwrap_or_else(|e| {
            eprintln!("train: FAILED: {e}");
            std::process::exit(1)
        })
    };
    let started = std::time::Instant::now();
    let (train_docs, valid_docs) = (
        read("orangesum-abstract-train.jsonl"),
        read("orangesum-abstract-valid.jsonl"),
    );
    let words = words_table(&learn_words(&train_docs, &valid_docs));
    if std::env::args().any(|a| a == "--words-only") {
        print!("{words}");
        if !check {
            std::fs::write(WORDS_TABLE, &words).expect("the word model written");
        }
        return ExitCode::SUCCESS;
    }
    let train = prepare(&train_docs, true);
    let valid = prepare(&valid_docs, false);
    println!("French read in {:.0} s", started.elapsed().as_secs_f64());
    let fr = learn("fr", train, 10, &valid);
    let (even, odd): (Vec<_>, Vec<_>) = read("bbc-dev.jsonl")
        .into_iter()
        .enumerate()
        .partition(|(i, _)| i % 2 == 0);
    let docs = |v: Vec<(usize, Document)>| v.into_iter().map(|(_, d)| d).collect::<Vec<_>>();
    let (even, odd) = (prepare(&docs(even), true), prepare(&docs(odd), false));
    let en = learn("en", even, 5, &odd);
    let mut table = String::new();
    writeln!(table, "# abrege's sentence scorer: feature weights per language and budget in sentences (5: five or more).").unwrap();
    writeln!(table, "# Written by `cargo run --release -p abrege --example train`; learned from OrangeSum train (fr) and BBC dev's even-numbered articles (en).").unwrap();
    writeln!(table, "language\tsentences\t{}", Weights::NAMES.join("\t")).unwrap();
    for (lang, rows) in [("fr", &fr), ("en", &en), ("*", &vec![prior(); CLASSES])] {
        for (class, w) in rows.iter().enumerate() {
            let cells: Vec<String> = w.iter().map(|v| format!("{v:.4}")).collect();
            writeln!(table, "{lang}\t{}\t{}", class + 1, cells.join("\t")).unwrap();
        }
    }
    if check {
        print!("{table}{words}");
    } else if let Err(e) =
        std::fs::write(TABLE, &table).and_then(|_| std::fs::write(WORDS_TABLE, &words))
    {
        eprintln!("train: FAILED: {TABLE}: {e}");
        return ExitCode::FAILURE;
    } else {
        println!("wrote {TABLE} and {WORDS_TABLE}");
        if table != include_str!("../data/scorer.tsv") {
            println!(
                "{TABLE} changed: the word model was learned on top of the one this program was \
                 built with; rebuild and rerun with --words-only"
            );
        }
    }
    ExitCode::SUCCESS
}

// ---------------------------------------------------------------------------
// The word model (core/data/words.tsv)
// ---------------------------------------------------------------------------

/// Where the word model goes, from the repository root.
const WORDS_TABLE: &str = "core/data/words.tsv";
/// Copies past the first that the word model's training rows go up to.
const MAX_COPIES: usize = 6;

/// One word of one article: its features for each copy and, per copy, whether
/// the reference holds it that many times.
struct WordRows {
    x: Vec<[f32; 32]>,
    y: Vec<bool>,
}

/// The lower-cased words of `text` as abrege reads them in French.
fn words_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    abrege::text::words::for_each_word(text, abrege::lang::Resources::get("fr"), |w, _| {
        out.push(w.to_lowercase())
    });
    out
}

/// The word model's training rows of `docs` (a seeded half with their
/// title, as in [`prepare`]), and the mean length of their references in
/// words.
fn word_rows(docs: &[Document]) -> (Vec<WordRows>, f64) {
    let rows: Vec<(WordRows, usize)> = docs
        .par_iter()
        .enumerate()
        .filter_map(|(n, doc)| {
            let give = !doc.title.is_empty() && coin(n as u64, 1) & 1 == 1;
            let s = Summarizer::new(Options {
                language: "fr".into(),
                title: give.then(|| doc.title.clone()),
                ..Options::default()
            })
            .expect("valid options");
            let units = s.word_rows(&doc.text).ok()?;
            let reference = words_of(&doc.summary);
            let mut counts: HashMap<String, usize> = HashMap::new();
            for w in &reference {
                *counts.entry(w.clone()).or_insert(0) += 1;
            }
            let mut out = WordRows {
                x: Vec::new(),
                y: Vec::new(),
            };
            for (unit, count, x) in &units {
                assert!(x[0].len() <= 32);
                let r = counts.get(unit.as_str()).copied().unwrap_or(0);
                for j in 0..(*count as usize).min(MAX_COPIES) {
                    let mut row = [0f32; 32];
                    for (k, v) in x[j.min(x.len() - 1)].iter().enumerate() {
                        row[k] = *v as f32;
                    }
                    out.x.push(row);
                    out.y.push(r > j);
                }
            }
            Some((out, reference.len()))
        })
        .collect();
    let mean = rows.iter().map(|r| r.1 as f64).sum::<f64>() / rows.len().max(1) as f64;
    (rows.into_iter().map(|r| r.0).collect(), mean)
}

/// Logistic regression of the `d` features of word rows, by
/// Newton's method, with a small L2 penalty (not on the bias, the first).
fn word_logistic(rows: &[WordRows], d: usize) -> Vec<f64> {
    let mut w = vec![0.0; d];
    for _ in 0..25 {
        let zero = || (vec![0.0; d], vec![vec![0.0; d]; d], 0.0f64);
        let (mut g, mut h, _) = rows
            .par_iter()
            .fold(zero, |(mut g, mut h, ll), a| {
                let mut ll = ll;
                for (x, &y) in a.x.iter().zip(&a.y) {
                    let z: f64 = (0..d).map(|k| w[k] * x[k] as f64).sum();
                    let p = 1.0 / (1.0 + (-z).exp());
                    let y = if y { 1.0 } else { 0.0 };
                    ll += y * p.max(1e-12).ln() + (1.0 - y) * (1.0 - p).max(1e-12).ln();
                    let q = p * (1.0 - p);
                    for u in 0..d {
                        let xu = x[u] as f64;
                        if xu == 0.0 {
                            continue;
                        }
                        g[u] += (y - p) * xu;
                        for v in u..d {
                            h[u][v] += q * xu * x[v] as f64;
                        }
                    }
                }
                (g, h, ll)
            })
            .reduce(zero, |(mut g, mut h, a), (g2, h2, b)| {
                for u in 0..d {
                    g[u] += g2[u];
                    for v in 0..d {
                        h[u][v] += h2[u][v];
                    }
                }
                (g, h, a + b)
            });
        for u in 0..d {
            for v in 0..u {
                h[u][v] = h[v][u];
            }
        }
        for u in 1..d {
            g[u] -= LAMBDA * w[u];
            h[u][u] += LAMBDA;
        }
        h[0][0] += 1e-9;
        let step = solve(h, g);
        let norm: f64 = step.iter().map(|s| s * s).sum::<f64>().sqrt();
        w.iter_mut().zip(&step).for_each(|(w, s)| *w += s);
        if norm < 1e-7 {
            break;
        }
    }
    w
}

/// Mean ROUGE-1, ROUGE-2 and ROUGE-L F1 (in points) against the
/// references of `docs` of abrege's summaries at `k` sentences with the
/// word model `model` (`None`: the sentence scorer alone), and of Lead-k;
/// with `headline`, against the headlines instead.
fn word_rouge(
    docs: &[Document],
    model: Option<&WordModel>,
    k: usize,
    headline: bool,
) -> ([f64; 3], [f64; 3]) {
    let s = Summarizer::with_word_model(
        Options {
            sentences: Some(k),
            language: "fr".into(),
            ..Options::default()
        },
        model.cloned(),
    )
    .expect("valid options");
    let docs: Vec<&Document> = docs
        .iter()
        .filter(|d| !headline || !d.title.is_empty())
        .collect();
    let sum = docs
        .par_iter()
        .map(|d| {
            let summary = s.summarize(&d.text).expect("summarised");
            let r = tokenize(if headline { &d.title } else { &d.summary }, None);
            let ours = score_tokens(&tokenize(&summary.text(), None), &r);
            let lead = score_tokens(&tokenize(&lead(&d.text, k, "fr").join(" "), None), &r);
            [
                ours.rouge1.f1,
                ours.rouge2.f1,
                ours.rouge_l.f1,
                lead.rouge1.f1,
                lead.rouge2.f1,
                lead.rouge_l.f1,
            ]
        })
        .reduce(|| [0.0; 6], |a, b| std::array::from_fn(|i| a[i] + b[i]));
    let n = docs.len().max(1) as f64 / 100.0;
    (
        [sum[0] / n, sum[1] / n, sum[2] / n],
        [sum[3] / n, sum[4] / n, sum[5] / n],
    )
}

/// How good `model` is at `k` sentences on `held`, beside Lead-k: first
/// how far it falls short of the gate's margins (as [`merit`]), then its
/// smallest slack over them, so that of the settings that meet every
/// margin the one least likely to slip below one wins. At one sentence,
/// as in [`choose`], the headline counts too: at least as good as Lead-1.
/// Also returns the scores and Lead's.
fn word_merit(
    held: &[Document],
    model: Option<&WordModel>,
    k: usize,
) -> ((f64, f64), [f64; 3], [f64; 3]) {
    let (s, lead) = word_rouge(held, model, k, false);
    let asked = [R1_MARGIN[k - 1], 0.0, 0.0];
    let mut slack: Vec<f64> = (0..3).map(|i| s[i] - lead[i] - asked[i]).collect();
    if k == 1 {
        let (h, lh) = word_rouge(held, model, 1, true);
        slack.extend((0..3).map(|i| h[i] - lh[i]));
    }
    let short: f64 = slack.iter().map(|v| v.min(0.0)).sum();
    let least = slack.iter().copied().fold(f64::INFINITY, f64::min);
    ((short, least), s, lead)
}

/// Learns the French word model: fits it on nine tenths of `train`,
/// chooses, for each budget class, between it (with each of a few
/// summary lengths and sentence-score weights) and the sentence scorer
/// alone on the held-out tenth, refits on all of `train`, and reports on
/// `report`. Returns the rows of the table.
fn learn_words(train: &[Document], report: &[Document]) -> Vec<(usize, WordModel)> {
    let mut i = 0u64;
    let (fit, held): (Vec<&Document>, Vec<&Document>) = train.iter().partition(|_| {
        i += 1;
        coin(i, 99) % 10 != 0
    });
    let fit: Vec<Document> = fit.into_iter().cloned().collect();
    let held: Vec<Document> = held.into_iter().cloned().collect();
    let started = std::time::Instant::now();
    let (w, mean_reference) = fit_words(&fit);
    println!(
        "fr words: {} articles fitted in {:.0} s, {} held out; summaries of {mean_reference:.1} words on average",
        fit.len(),
        started.elapsed().as_secs_f64(),
        held.len()
    );
    for (name, v) in WordModel::FEATURES.iter().zip(&w.weights) {
        println!("  {name:<20} {v:+.4}");
    }
    let mut chosen = Vec::new();
    for class in 0..CLASSES {
        let k = class + 1;
        let (m, prior, lead_held) = word_merit(&held, None, k);
        let mut best = (m, None);
        println!(
            "fr words k={k} sentence scorer held out: R1 {:+.2} R2 {:+.2} RL {:+.2} beside Lead-{k}",
            prior[0] - lead_held[0], prior[1] - lead_held[1], prior[2] - lead_held[2]
        );
        for scale in REFERENCE_SCALES {
            for sentence_weight in SENTENCE_WEIGHTS {
                let m = WordModel {
                    reference_words: mean_reference * scale,
                    sentence_weight,
                    ..w.clone()
                };
                let (mm, s, _) = word_merit(&held, Some(&m), k);
                println!(
                    "fr words k={k} length x{scale} sentences {sentence_weight}: R1 {:+.2} R2 {:+.2} RL {:+.2} beside Lead-{k}",
                    s[0] - lead_held[0], s[1] - lead_held[1], s[2] - lead_held[2]
                );
                if mm > best.0 {
                    best = (mm, Some((scale, sentence_weight)));
                }
            }
        }
        if let Some(c) = best.1 {
            chosen.push((k, c));
        }
    }
    let (w, mean_reference) = fit_words(train);
    chosen
        .into_iter()
        .map(|(k, (scale, sentence_weight))| {
            let m = WordModel {
                reference_words: mean_reference * scale,
                sentence_weight,
                ..w.clone()
            };
            let (s, l) = word_rouge(report, Some(&m), k, false);
            println!(
                "fr words k={k}: length x{scale}, sentences {sentence_weight}; reported: R1 {:.2} ({:+.2}), R2 {:.2} ({:+.2}), RL {:.2} ({:+.2}) beside Lead-{k}",
                s[0], s[0] - l[0], s[1], s[1] - l[1], s[2], s[2] - l[2]
            );
            (k, m)
        })
        .collect()
}

/// Fits the word model on `docs`; returns it with the mean reference
/// length in words.
fn fit_words(docs: &[Document]) -> (WordModel, f64) {
    let (rows, mean_reference) = word_rows(docs);
    let model = WordModel {
        weights: word_logistic(&rows, WordModel::FEATURES.len()),
        reference_words: mean_reference,
        sentence_weight: 0.0,
    };
    (model, mean_reference)
}

/// The summary lengths (as multiples of the mean reference length) and the
/// weights of the sentence score that the held-out articles choose among.
const REFERENCE_SCALES: [f64; 6] = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0];
const SENTENCE_WEIGHTS: [f64; 7] = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4];

fn words_table(rows: &[(usize, WordModel)]) -> String {
    let mut t = String::new();
    writeln!(t, "# abrege's word model (see core/src/score/words.rs): per language and budget in sentences (5: five or more),").unwrap();
    writeln!(t, "# the weights of the word features, the summary length in words and the weight of the sentence score.").unwrap();
    writeln!(t, "# Written by `cargo run --release -p abrege --example train`; learned from OrangeSum train. A budget without a row").unwrap();
    writeln!(t, "# selects by the sentence scorer alone.").unwrap();
    writeln!(
        t,
        "language\tsentences\treference_words\tsentence_weight\t{}",
        WordModel::FEATURES.join("\t")
    )
    .unwrap();
    for (k, m) in rows {
        let cells: Vec<String> = m.weights.iter().map(|v| format!("{v:.4}")).collect();
        writeln!(
            t,
            "fr\t{k}\t{:.2}\t{:.4}\t{}",
            m.reference_words,
            m.sentence_weight,
            cells.join("\t")
        )
        .unwrap();
    }
    t
}
