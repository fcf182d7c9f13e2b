//! Step 6: pick sentences within the budget, skipping near-duplicates.

use crate::doc::{Doc, TermId};
use crate::options::Budget;
use crate::score::{COPIES, NO_PAIR};

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

/// What [`expected`] maximises: the word and pair probabilities of a
/// document and how they weigh against its length and the sentence scores.
pub(crate) struct Objective<'a> {
    /// `p[w][j]`: the probability that the reference holds word `w` more
    /// than `j` times.
    pub p: &'a [[f64; COPIES]],
    /// For each word of `Doc::words`, the pair it starts (`NO_PAIR` for none).
    pub pair_at: &'a [u32],
    /// The same for pairs.
    pub pair_p: &'a [[f64; COPIES]],
    /// How much a pair's expected overlap counts beside a word's.
    pub pair_weight: f64,
    /// The expected length of the reference, in words.
    pub reference_words: f64,
    /// The sentence scorer's score of each sentence, and how much their
    /// mean over the chosen sentences counts.
    pub scores: &'a [f64],
    pub sentence_weight: f64,
}

/// Picks sentences within `budget` to maximise the summary's expected
/// ROUGE F1 under the word model: greedily, each step the sentence that
/// gives the chosen set the highest expected overlap (words, plus pairs
/// of adjacent words weighed by `pair_weight`, each copy counted once)
/// over its length plus `reference_words`, plus `sentence_weight` times the
/// mean score of the chosen sentences. A candidate whose word overlap
/// (Jaccard over content terms) with a chosen sentence reaches
/// `redundancy` is skipped, as in [`select`]. At most `max_count`
/// sentences. Returns indices in document order.
pub(crate) fn expected(
    doc: &Doc,
    objective: &Objective<'_>,
    budget: Budget,
    redundancy: f64,
    max_count: usize,
    measure: impl Fn(usize) -> (usize, usize),
) -> Vec<usize> {
    let (reference_words, scores) = (objective.reference_words, objective.scores);
    let sentence_weight = objective.sentence_weight;
    let n = doc.sentences.len();
    let sets: Vec<Vec<TermId>> = (0..n)
        .map(|i| {
            let mut set = doc.terms_of(i).to_vec();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect();
    let sized: Vec<(usize, usize)> = match budget {
        Budget::MaxWords(_) | Budget::MaxChars(_) => (0..n).map(&measure).collect(),
        _ => Vec::new(),
    };
    let mut counts = Counts {
        doc,
        objective,
        copies: vec![0; objective.p.len()],
        pair_copies: vec![0; objective.pair_p.len()],
        local: vec![(0, 0); objective.p.len()],
        pair_local: vec![(0, 0); objective.pair_p.len()],
        tick: 0,
    };
    let mut beams = vec![Partial::default()];
    let mut done: Vec<Partial> = Vec::new();
    let mut next: Vec<(f64, usize, usize, f64)> = Vec::new();
    for step in 0..max_count {
        next.clear();
        for (b, state) in beams.iter().enumerate() {
            for &i in &state.chosen {
                counts.count(i, true);
            }
            let before = next.len();
            for i in 0..n {
                if state.chosen.contains(&i) {
                    continue;
                }
                let fits = match budget {
                    Budget::MaxWords(w) => state.words + sized[i].0 <= w,
                    Budget::MaxChars(c) => state.chars + sized[i].1 + usize::from(step > 0) <= c,
                    _ => true,
                };
                if !fits || duplicate(&sets[i], state.chosen.iter().map(|&c| &sets[c]), redundancy)
                {
                    continue;
                }
                let gain = counts.gain(i);
                let words = doc.sentences[i].word_ids.len() as f64;
                let objective = (state.value + gain) / (state.length + words + reference_words)
                    + sentence_weight * (state.score + scores[i]) / (step + 1) as f64;
                next.push((objective, b, i, gain));
            }
            if next.len() == before {
                done.push(state.clone());
            }
            for &i in &state.chosen {
                counts.count(i, false);
            }
        }
        if next.is_empty() {
            beams.clear();
            break;
        }
        // Best first; of equals, the earlier partial summary, then the earlier sentence.
        next.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut kept: Vec<Partial> = Vec::with_capacity(BEAM);
        for &(objective, b, i, gain) in &next {
            let from = &beams[b];
            let same = |p: &Partial| {
                p.chosen.len() == from.chosen.len() + 1
                    && p.chosen.contains(&i)
                    && from.chosen.iter().all(|c| p.chosen.contains(c))
            };
            if kept.iter().any(same) {
                continue;
            }
            let (w, c) = sized.get(i).copied().unwrap_or((0, 0));
            let mut chosen = from.chosen.clone();
            chosen.push(i);
            kept.push(Partial {
                chosen,
                objective,
                value: from.value + gain,
                length: from.length + doc.sentences[i].word_ids.len() as f64,
                score: from.score + scores[i],
                words: from.words + w,
                chars: from.chars + c + usize::from(step > 0),
            });
            if kept.len() == BEAM {
                break;
            }
        }
        beams = kept;
    }
    done.extend(beams);
    // The best; of equals, the first found, which holds the earlier sentences.
    let mut best: Option<Partial> = None;
    for p in done {
        if best.as_ref().map_or(true, |b| p.objective > b.objective) {
            best = Some(p);
        }
    }
    let mut chosen = best.map(|p| p.chosen).unwrap_or_default();
    chosen.sort_unstable();
    chosen
}

/// How many copies of each word and pair a set of sentences holds.
struct Counts<'a> {
    doc: &'a Doc,
    objective: &'a Objective<'a>,
    copies: Vec<u32>,
    pair_copies: Vec<u32>,
    /// The copies a candidate adds, valid where `stamp` is the candidate's
    /// `tick` (so that nothing needs clearing between candidates).
    local: Vec<(u32, u32)>,
    pair_local: Vec<(u32, u32)>,
    tick: u32,
}

impl Counts<'_> {
    /// The expected overlap that sentence `i` adds to the counted ones.
    fn gain(&mut self, i: usize) -> f64 {
        let o = self.objective;
        let range = self.doc.sentences[i].word_ids.clone();
        self.tick += 1;
        let tick = self.tick;
        let words = self.doc.words[range.clone()].iter().map(|&w| w as usize);
        let mut gain = added(words, o.p, &self.copies, &mut self.local, tick);
        if o.pair_weight != 0.0 {
            let pairs = o.pair_at[range]
                .iter()
                .filter(|&&q| q != NO_PAIR)
                .map(|&q| q as usize);
            gain += o.pair_weight
                * added(
                    pairs,
                    o.pair_p,
                    &self.pair_copies,
                    &mut self.pair_local,
                    tick,
                );
        }
        gain
    }

    /// Counts sentence `i` (`by` 1) or stops counting it (`by` -1).
    fn count(&mut self, i: usize, add: bool) {
        let range = self.doc.sentences[i].word_ids.clone();
        let step = |c: &mut u32| {
            if add {
                *c += 1
            } else {
                *c -= 1
            }
        };
        for &w in &self.doc.words[range.clone()] {
            step(&mut self.copies[w as usize]);
        }
        if self.objective.pair_weight != 0.0 {
            for &q in &self.objective.pair_at[range] {
                if q != NO_PAIR {
                    step(&mut self.pair_copies[q as usize]);
                }
            }
        }
    }
}

/// The expected overlap the items `ids` (words, or pairs of words) add,
/// each of probability `p[id][copy]`, where `copies` are counted already.
/// `local` counts the copies `ids` add, valid where stamped with `tick`.
fn added(
    ids: impl Iterator<Item = usize>,
    p: &[[f64; COPIES]],
    copies: &[u32],
    local: &mut [(u32, u32)],
    tick: u32,
) -> f64 {
    let mut sum = 0.0;
    for id in ids {
        let l = &mut local[id];
        if l.0 != tick {
            *l = (tick, 0);
        }
        let c = (copies[id] + l.1) as usize;
        l.1 += 1;
        sum += p[id][c.min(COPIES - 1)];
    }
    sum
}

/// How many partial summaries [`expected`] keeps at each step.
const BEAM: usize = 4;

/// A partial summary of [`expected`]'s search.
#[derive(Debug, Clone, Default)]
struct Partial {
    chosen: Vec<usize>,
    objective: f64,
    /// Expected overlap, length in words, and the sum of sentence scores.
    value: f64,
    length: f64,
    score: f64,
    /// Words and characters as a word or character budget counts them.
    words: usize,
    chars: usize,
}

/// Does `set` overlap (Jaccard) any of `chosen` by `redundancy` or more?
/// Two sets without terms are duplicates of each other.
fn duplicate<'a>(
    set: &[TermId],
    mut chosen: impl Iterator<Item = &'a Vec<TermId>>,
    redundancy: f64,
) -> bool {
    chosen.any(|other| {
        if set.is_empty() || other.is_empty() {
            return set.is_empty() && other.is_empty();
        }
        let (mut a, mut b, mut shared) = (0, 0, 0usize);
        while a < set.len() && b < other.len() {
            match set[a].cmp(&other[b]) {
                std::cmp::Ordering::Less => a += 1,
                std::cmp::Ordering::Greater => b += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    a += 1;
                    b += 1;
                }
            }
        }
        let union = set.len() + other.len() - shared;
        shared as f64 / union as f64 >= redundancy
    })
}

#[cfg(test)]
mod tests {
    use crate::{summarize, Options, Weights};

    const ARTICLE: &str = "Il pleuvait ce matin-là sur la place du marché, et les passants pressaient le pas.\n\n\
        Le conseil municipal de Lyon a voté mardi le budget de la ville, qui prévoit la rénovation des écoles.\n\n\
        La rénovation des écoles de Lyon commencera cet été, a précisé le maire.\n\n\
        Le conseil municipal de Lyon a voté mardi le budget de la ville, qui prévoit la rénovation des écoles.\n\n\
        La séance a duré trois heures. Les élus de l'opposition ont voté contre le budget.\n\n\
        Un adjoint a rappelé que la ville avait emprunté 40 millions d'euros l'an dernier.";

    fn french(budget: impl FnOnce(&mut Options)) -> Options {
        let mut o = Options {
            language: "fr".into(),
            ..Default::default()
        };
        budget(&mut o);
        o
    }

    #[test]
    fn the_word_model_fills_a_sentence_budget_without_repeating_a_sentence() {
        for k in 1..=5 {
            let s = summarize(ARTICLE, &french(|o| o.sentences = Some(k))).unwrap();
            assert_eq!(s.sentences.len(), k, "{k}");
            let texts: Vec<&str> = s.sentences.iter().map(|s| s.text.as_str()).collect();
            let mut unique = texts.clone();
            unique.dedup();
            assert_eq!(unique.len(), texts.len(), "{texts:?}");
            assert!(s.sentences.windows(2).all(|w| w[0].index < w[1].index));
        }
    }

    #[test]
    fn the_word_model_keeps_within_a_word_or_character_budget() {
        for words in [5, 12, 20, 40] {
            let s = summarize(ARTICLE, &french(|o| o.max_words = Some(words))).unwrap();
            let n: usize = s
                .sentences
                .iter()
                .map(|s| s.text.split_whitespace().count())
                .sum();
            assert!(n <= words, "{words}: {n}");
        }
        let s = summarize(ARTICLE, &french(|o| o.max_chars = Some(120))).unwrap();
        let chars = s.text().chars().count();
        assert!(!s.sentences.is_empty() && chars <= 120, "{chars}");
    }

    #[test]
    fn a_word_budget_over_many_short_lines_stops_the_search_at_its_bound() {
        // Long sentences make the average long, so a budget of 2,000 words
        // is a few sentences and the word model runs; a hundred one-word
        // lines, each its own word, would then each fit, one search step
        // each.
        let long = "Le conseil municipal de Lyon a voté mardi le budget de la ville \
                    et la rénovation des écoles du centre, "
            .repeat(100);
        let mut text = String::new();
        for i in 0..20 {
            text.push_str(&format!("{long}selon le maire {i}.\n\n"));
        }
        for i in 0..100 {
            text.push_str(&format!("Quartier{i}.\n\n"));
        }
        let options = Options {
            clean: false,
            ..french(|o| o.max_words = Some(2000))
        };
        let s = summarize(&text, &options).unwrap();
        assert!(!s.sentences.is_empty());
        assert!(s.sentences.len() <= 32, "{}", s.sentences.len());
    }

    #[test]
    fn the_word_model_prefers_the_story_to_the_weather() {
        let s = summarize(ARTICLE, &french(|o| o.sentences = Some(1))).unwrap();
        assert!(
            s.sentences[0].text.contains("Lyon"),
            "{}",
            s.sentences[0].text
        );
    }

    #[test]
    fn weights_of_ones_own_select_by_score_alone() {
        let weights = Weights {
            position: 1.0,
            ..Weights::learned("fr", 3)
        };
        let s = summarize(
            ARTICLE,
            &french(|o| {
                o.sentences = Some(2);
                o.weights = weights;
            }),
        )
        .unwrap();
        // The highest scores win, whatever their length.
        let mut scores: Vec<f64> = s.sentences.iter().map(|s| s.score).collect();
        scores.sort_by(f64::total_cmp);
        let all = summarize(
            ARTICLE,
            &french(|o| {
                o.ratio = Some(1.0);
                o.redundancy = 1.0;
                o.weights = weights;
            }),
        )
        .unwrap();
        let mut every: Vec<f64> = all.sentences.iter().map(|s| s.score).collect();
        every.sort_by(|a, b| b.total_cmp(a));
        assert!(scores[0] >= every[2], "{scores:?} {every:?}");
    }
}
