//! Step 6: pick sentences within the budget, skipping near-duplicates.

use crate::hash::Map;

use crate::doc::{Doc, TermId};
use crate::options::Budget;

/// A term shared by more chosen sentences than this is too common to tell
/// duplicates apart; skipping it keeps the check linear.
const MAX_POSTINGS: usize = 64;

/// Picks sentences by descending score (ties: earlier first) within
/// `budget`, skipping any whose word overlap (Jaccard over content terms)
/// with a chosen sentence reaches `redundancy`. Returns indices in document
/// order.
pub(crate) fn select(
    doc: &Doc,
    scores: &[f64],
    budget: Budget,
    redundancy: f64,
    text: &str,
) -> Vec<usize> {
    let n = scores.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let max_count = match budget {
        Budget::Sentences(k) => k,
        Budget::Ratio(r) => ((r * n as f64).ceil() as usize).max(1),
        Budget::MaxWords(_) | Budget::MaxChars(_) => n,
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut chosen_sets: Vec<Vec<TermId>> = Vec::new();
    // Has a sentence without content terms been chosen? (A flag, not a scan
    // of the chosen sets, so a ratio budget stays linear.)
    let mut chose_empty = false;
    let mut postings: Map<TermId, Vec<usize>> = Map::default();
    let mut shared: Map<usize, usize> = Map::default();
    let (mut words, mut chars) = (0usize, 0usize);
    for i in order {
        if chosen.len() >= max_count {
            break;
        }
        let s = &doc.sentences[i];
        let len_chars = text[s.span.clone()].chars().count();
        match budget {
            Budget::MaxWords(w) if words + s.words > w => continue,
            Budget::MaxChars(c) if chars + len_chars + usize::from(!chosen.is_empty()) > c => {
                continue
            }
            _ => {}
        }
        let mut set: Vec<TermId> = doc.terms_of(i).to_vec();
        set.sort_unstable();
        set.dedup();
        shared.clear();
        for t in &set {
            if let Some(p) = postings.get(t).filter(|p| p.len() <= MAX_POSTINGS) {
                for &c in p {
                    *shared.entry(c).or_default() += 1;
                }
            }
        }
        let duplicate = shared.iter().any(|(&c, &k)| {
            let union = set.len() + chosen_sets[c].len() - k;
            union > 0 && k as f64 / union as f64 >= redundancy
        });
        // Two sentences without content terms are duplicates of each other.
        if duplicate || (set.is_empty() && chose_empty) {
            continue;
        }
        for &t in &set {
            postings.entry(t).or_default().push(chosen.len());
        }
        words += s.words;
        chars += len_chars + usize::from(!chosen.is_empty());
        chosen.push(i);
        chose_empty |= set.is_empty();
        chosen_sets.push(set);
    }
    chosen.sort_unstable();
    chosen
}
