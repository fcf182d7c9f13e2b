//! Step 6: pick sentences within the budget, skipping near-duplicates.

use crate::doc::{Doc, TermId};
use crate::options::Budget;

/// A term shared by more chosen sentences than this is too common to tell
/// duplicates apart; skipping it keeps the check linear.
const MAX_POSTINGS: usize = 64;

/// Picks sentences by descending score (ties: earlier first) within
/// `budget`, skipping any whose word overlap (Jaccard over content terms)
/// with a chosen sentence reaches `redundancy`. Returns indices in document
/// order.
///
/// `measure(i)` gives sentence `i`'s words and characters as the summary
/// hands it back (the source's text, not the normalised one), which a word
/// or character budget counts; it is called for those budgets only.
pub(crate) fn select(
    doc: &Doc,
    scores: &[f64],
    budget: Budget,
    redundancy: f64,
    measure: impl Fn(usize) -> (usize, usize),
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
    let mut postings = Postings::new(doc.vocab.term_count());
    // Chosen sentence → the terms it shares with the candidate; and the
    // chosen sentences that share any.
    let mut shared: Vec<usize> = Vec::new();
    let mut touched: Vec<usize> = Vec::new();
    let (mut words, mut chars) = (0usize, 0usize);
    for i in order {
        if chosen.len() >= max_count {
            break;
        }
        let (len_words, len_chars) = match budget {
            Budget::MaxWords(_) | Budget::MaxChars(_) => measure(i),
            _ => (0, 0),
        };
        match budget {
            Budget::MaxWords(w) if words + len_words > w => continue,
            Budget::MaxChars(c) if chars + len_chars + usize::from(!chosen.is_empty()) > c => {
                continue
            }
            _ => {}
        }
        let mut set: Vec<TermId> = doc.terms_of(i).to_vec();
        set.sort_unstable();
        set.dedup();
        for &t in &set {
            if postings.count(t) <= MAX_POSTINGS {
                for c in postings.of(t) {
                    if shared[c] == 0 {
                        touched.push(c);
                    }
                    shared[c] += 1;
                }
            }
        }
        let duplicate = touched.iter().any(|&c| {
            let (k, union) = (shared[c], set.len() + chosen_sets[c].len() - shared[c]);
            union > 0 && k as f64 / union as f64 >= redundancy
        });
        for c in touched.drain(..) {
            shared[c] = 0;
        }
        // Two sentences without content terms are duplicates of each other.
        if duplicate || (set.is_empty() && chose_empty) {
            continue;
        }
        for &t in &set {
            postings.add(t, chosen.len());
        }
        shared.push(0);
        words += len_words;
        chars += len_chars + usize::from(!chosen.is_empty());
        chosen.push(i);
        chose_empty |= set.is_empty();
        chosen_sets.push(set);
    }
    chosen.sort_unstable();
    chosen
}

/// Term → the chosen sentences that hold it: one list per term, linked
/// through one vector, so that choosing a sentence allocates nothing per
/// term.
struct Postings {
    /// Term → its latest entry in `links`, or `NONE`.
    head: Vec<u32>,
    /// Term → the number of its entries.
    count: Vec<u32>,
    /// An entry: a chosen sentence, and the term's previous entry.
    links: Vec<(u32, u32)>,
}

const NONE: u32 = u32::MAX;

impl Postings {
    fn new(terms: usize) -> Postings {
        Postings {
            head: vec![NONE; terms],
            count: vec![0; terms],
            links: Vec::new(),
        }
    }

    fn add(&mut self, term: TermId, chosen: usize) {
        let t = term as usize;
        self.links.push((chosen as u32, self.head[t]));
        self.head[t] = (self.links.len() - 1) as u32;
        self.count[t] += 1;
    }

    fn count(&self, term: TermId) -> usize {
        self.count[term as usize] as usize
    }

    /// The chosen sentences that hold `term`, latest first.
    fn of(&self, term: TermId) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.head[term as usize];
        std::iter::from_fn(move || {
            let &(chosen, next) = self.links.get(at as usize)?;
            at = next;
            Some(chosen as usize)
        })
    }
}
