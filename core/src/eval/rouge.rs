//! ROUGE-1, ROUGE-2 and ROUGE-L between a candidate summary and a reference.
//!
//! Tokens are the NFC-normalised, lower-cased maximal runs of Unicode letters
//! and digits (`"l’été"` gives `l`, `été`; `"Royaume-Uni"` gives `royaume`,
//! `uni`), optionally stemmed with the Snowball stemmer of a language.
//! ROUGE-N counts clipped n-gram overlap; ROUGE-L is the longest common
//! subsequence of the whole token sequences (not the summary-level union LCS).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::lang::Resources;

/// ROUGE-L looks at no more than this many tokens of each side, so that its
/// `O(n·m)` table stays under 10⁸ cells; ROUGE-1 and ROUGE-2 always see every
/// token. Summaries are far shorter than this.
pub const MAX_LCS_TOKENS: usize = 10_000;

/// Precision, recall and their harmonic mean, each in `[0, 1]`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Prf {
    /// Share of the candidate's units found in the reference.
    pub precision: f64,
    /// Share of the reference's units found in the candidate.
    pub recall: f64,
    /// `2PR / (P + R)`, or 0 when both are 0.
    pub f1: f64,
}

impl Prf {
    /// The scores of `overlap` units shared by a candidate of `candidate`
    /// units and a reference of `reference` units. An empty side scores 0.
    ///
    /// ```
    /// let p = abrege::eval::Prf::from_counts(2, 4, 8);
    /// assert_eq!((p.precision, p.recall), (0.5, 0.25));
    /// assert!((p.f1 - 1.0 / 3.0).abs() < 1e-12);
    /// ```
    pub fn from_counts(overlap: usize, candidate: usize, reference: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(overlap, candidate), ratio(overlap, reference));
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// The three ROUGE scores of one candidate (or their means over a corpus).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct RougeScores {
    /// Unigram overlap.
    pub rouge1: Prf,
    /// Bigram overlap.
    pub rouge2: Prf,
    /// Longest common subsequence.
    pub rouge_l: Prf,
}

impl RougeScores {
    /// The three scores in order, with their conventional names.
    pub fn named(&self) -> [(&'static str, Prf); 3] {
        [
            ("ROUGE-1", self.rouge1),
            ("ROUGE-2", self.rouge2),
            ("ROUGE-L", self.rouge_l),
        ]
    }
}

/// The ROUGE tokens of `text`, stemmed with the Snowball stemmer of
/// `stem_language` (an ISO 639-1 code) when one is given. A language without
/// a stemmer leaves the tokens as they are.
///
/// ```
/// use abrege::eval::tokenize;
/// assert_eq!(tokenize("L’été au Royaume-Uni : 2,6 %", None), ["l", "été", "au", "royaume", "uni", "2", "6"]);
/// assert_eq!(tokenize("Les élections", Some("fr")), ["le", "élect"]);
/// ```
pub fn tokenize(text: &str, stem_language: Option<&str>) -> Vec<String> {
    let res = stem_language.map(Resources::get);
    let nfc: String = text.nfc().collect();
    let mut out = Vec::new();
    for run in nfc
        .split(|c: char| !c.is_alphanumeric())
        .filter(|r| !r.is_empty())
    {
        let lower = run.to_lowercase();
        out.push(match res {
            Some(res) => res.stem(&lower).into_owned(),
            None => lower,
        });
    }
    out
}

/// ROUGE of `candidate` against `reference`, both raw text.
///
/// ```
/// let s = abrege::eval::score("le chat dort", "le chat mange", None);
/// assert!((s.rouge1.f1 - 2.0 / 3.0).abs() < 1e-12);
/// assert!((s.rouge2.f1 - 0.5).abs() < 1e-12);
/// ```
pub fn score(candidate: &str, reference: &str, stem_language: Option<&str>) -> RougeScores {
    score_tokens(
        &tokenize(candidate, stem_language),
        &tokenize(reference, stem_language),
    )
}

/// ROUGE of two token sequences (as given by [`tokenize`]).
pub fn score_tokens<'a, S: AsRef<str>>(candidate: &'a [S], reference: &'a [S]) -> RougeScores {
    let mut ids: HashMap<&'a str, u32> = HashMap::new();
    let mut side = |tokens: &'a [S]| -> Vec<u32> {
        let mut out = Vec::with_capacity(tokens.len());
        for t in tokens {
            let next = ids.len() as u32;
            out.push(*ids.entry(t.as_ref()).or_insert(next));
        }
        out
    };
    let c = side(candidate);
    let r = side(reference);
    score_ids(&c, &r)
}

/// ROUGE of two sequences of token ids.
pub(crate) fn score_ids(c: &[u32], r: &[u32]) -> RougeScores {
    let unigrams = |x: &[u32]| x.iter().map(|&t| u64::from(t)).collect::<Vec<_>>();
    let bigrams = |x: &[u32]| {
        x.windows(2)
            .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
            .collect::<Vec<_>>()
    };
    let (c1, r1) = (unigrams(c), unigrams(r));
    let (c2, r2) = (bigrams(c), bigrams(r));
    let lcs_c = &c[..c.len().min(MAX_LCS_TOKENS)];
    let lcs_r = &r[..r.len().min(MAX_LCS_TOKENS)];
    RougeScores {
        rouge1: Prf::from_counts(clipped_overlap(c1, r1), c.len(), r.len()),
        rouge2: Prf::from_counts(
            clipped_overlap(c2, r2),
            c.len().saturating_sub(1),
            r.len().saturating_sub(1),
        ),
        rouge_l: Prf::from_counts(lcs(lcs_c, lcs_r), lcs_c.len(), lcs_r.len()),
    }
}

/// `Σ min(count in a, count in b)` over the distinct items: sort both, then merge.
fn clipped_overlap(mut a: Vec<u64>, mut b: Vec<u64>) -> usize {
    a.sort_unstable();
    b.sort_unstable();
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Length of the longest common subsequence: the classic table, two rows at a time.
fn lcs(a: &[u32], b: &[u32]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn tokens_follow_the_reference_rules() {
        let cases: &[(&str, &[&str])] = &[
            ("L’été", &["l", "été"]),
            ("Royaume-Uni", &["royaume", "uni"]),
            (
                "« Non ! » dit-il, à 14h30.",
                &["non", "dit", "il", "à", "14h30"],
            ),
            // A decomposed é (e + combining acute) is composed first.
            ("e\u{301}te\u{301}", &["été"]),
            ("ÉCOLE_Élève", &["école", "élève"]),
            ("  ...  ", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(tokenize(text, None), *expected, "{text:?}");
        }
    }

    #[test]
    fn hand_computed_scores() {
        // Candidate: the cat sat on the mat (6 tokens), reference: the cat is on the mat (6).
        // Unigrams: the×2, cat, on, mat shared → 5/6 both ways.
        // Bigrams: c = the cat, cat sat, sat on, on the, the mat; r = the cat, cat is, is on,
        // on the, the mat → 3 shared of 5 and 5.
        // LCS: the cat on the mat = 5.
        let s = score("The cat sat on the mat.", "the cat is on the mat", None);
        assert!(close(s.rouge1.precision, 5.0 / 6.0) && close(s.rouge1.recall, 5.0 / 6.0));
        assert!(close(s.rouge2.precision, 0.6) && close(s.rouge2.f1, 0.6));
        assert!(close(s.rouge_l.f1, 5.0 / 6.0));
    }

    #[test]
    fn clipping_and_order() {
        // "a a a" vs "a b": one a is clipped to the reference's single a.
        let s = score("a a a", "a b", None);
        assert!(close(s.rouge1.precision, 1.0 / 3.0) && close(s.rouge1.recall, 0.5));
        assert_eq!(s.rouge2.f1, 0.0);
        // Reversed order: all unigrams shared, LCS only 1 of 3.
        let s = score("c b a", "a b c", None);
        assert!(close(s.rouge1.f1, 1.0));
        assert_eq!(s.rouge2.f1, 0.0);
        assert!(close(s.rouge_l.f1, 1.0 / 3.0));
        // LCS is not contiguous: a x b y c vs a b c → 3.
        let s = score("a x b y c", "a b c", None);
        assert!(close(s.rouge_l.precision, 0.6) && close(s.rouge_l.recall, 1.0));
    }

    #[test]
    fn empty_sides_score_zero() {
        for (c, r) in [("", "un texte"), ("un texte", ""), ("", "")] {
            let s = score(c, r, None);
            for (_, p) in s.named() {
                assert_eq!(p, Prf::default(), "{c:?} vs {r:?}");
            }
        }
    }

    #[test]
    fn stemming_merges_inflections() {
        let plain = score("les élections municipales", "l'élection municipale", None);
        let stemmed = score(
            "les élections municipales",
            "l'élection municipale",
            Some("fr"),
        );
        assert_eq!(plain.rouge1.f1, 0.0);
        // le/l differ, élect and municipal match: 2 of 3 each way.
        assert!(close(stemmed.rouge1.f1, 2.0 / 3.0));
    }

    #[test]
    fn lcs_is_bounded_on_huge_inputs() {
        let long: String = "mot ".repeat(MAX_LCS_TOKENS + 500);
        let s = score(&long, &long, None);
        assert!(close(s.rouge1.f1, 1.0));
        assert!(close(s.rouge_l.f1, 1.0));
    }
}
