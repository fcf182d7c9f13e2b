//! Step 6: pick sentences within the budget, skipping near-duplicates.

use crate::doc::{Doc, TermId};
use crate::options::Budget;
use crate::score::{WordModel, COPIES};

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
    let max_count = max_count(budget, n);
    let sets = TermSets::of(doc);
    let mut chosen: Vec<usize> = Vec::new();
    // Each chosen sentence's number of distinct terms.
    let mut chosen_sizes: Vec<usize> = Vec::new();
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
        let set = sets.get(i);
        for &t in set {
            if postings.count(t) <= MAX_POSTINGS {
                for c in postings.of(t) {
                    if shared[c] == 0 {
                        touched.push(c);
                    }
                    shared[c] += 1;
                }
            }
        }
        let duplicate = touched
            .iter()
            .any(|&c| overlaps(shared[c], set.len(), chosen_sizes[c], redundancy));
        for c in touched.drain(..) {
            shared[c] = 0;
        }
        // Two sentences without content terms are duplicates of each other.
        if duplicate || (set.is_empty() && chose_empty) {
            continue;
        }
        for &t in set {
            postings.add(t, chosen.len());
        }
        shared.push(0);
        words += len_words;
        chars += len_chars + usize::from(!chosen.is_empty());
        chosen.push(i);
        chose_empty |= set.is_empty();
        chosen_sizes.push(set.len());
    }
    chosen.sort_unstable();
    chosen
}

/// The most sentences `budget` lets a summary of an article of `n`
/// sentences hold: all of them for a word or character budget, which whole
/// sentences fill as far as they fit.
pub(crate) fn max_count(budget: Budget, n: usize) -> usize {
    match budget {
        Budget::Sentences(k) => k,
        Budget::Ratio(r) => ((r * n as f64).ceil() as usize).max(1),
        Budget::MaxWords(_) | Budget::MaxChars(_) => n,
    }
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

/// What [`expected`] maximises: the word probabilities of a document and
/// how they weigh against its length and the sentence scores.
pub(crate) struct Objective<'a> {
    /// `p[w][j]`: the probability that the reference holds word `w` more
    /// than `j` times.
    pub p: &'a [[f64; COPIES]],
    /// The expected length of the reference, in words.
    pub reference_words: f64,
    /// The sentence scorer's score of each sentence, and how much their
    /// mean over the chosen sentences counts.
    pub scores: &'a [f64],
    pub sentence_weight: f64,
}

impl<'a> Objective<'a> {
    /// What `model` maximises over a document whose words have the
    /// probabilities `p`, with the sentence scorer's `scores`.
    pub fn new(model: &WordModel, p: &'a [[f64; COPIES]], scores: &'a [f64]) -> Objective<'a> {
        Objective {
            p,
            reference_words: model.reference_words,
            scores,
            sentence_weight: model.sentence_weight,
        }
    }
}

/// Picks sentences within `budget` to maximise the summary's expected
/// ROUGE-1 F1 under the word model, greedily: each step adds the sentence
/// that gives the chosen set the highest expected overlap (each copy of a
/// word counted once) over its length plus `reference_words`, plus
/// `sentence_weight` times the mean score of the chosen sentences; of
/// equals, the earlier sentence. A candidate whose word overlap (Jaccard
/// over content terms) with a chosen sentence reaches `redundancy` is
/// skipped, as in [`select`]. At most `max_count` sentences, fewer when
/// none is left that fits. Returns their indices in document order, each
/// with the expected number of the reference's words it adds to the
/// sentences chosen before it.
pub(crate) fn expected(
    doc: &Doc,
    objective: &Objective<'_>,
    budget: Budget,
    redundancy: f64,
    max_count: usize,
    measure: impl Fn(usize) -> (usize, usize),
) -> Vec<(usize, f64)> {
    let (reference_words, scores) = (objective.reference_words, objective.scores);
    let n = doc.sentences.len();
    let max_count = max_count.min(MAX_STEPS);
    let sets = TermSets::of(doc);
    let sized: Vec<(usize, usize)> = match budget {
        Budget::MaxWords(_) | Budget::MaxChars(_) => (0..n).map(&measure).collect(),
        _ => Vec::new(),
    };
    let mut counts = Counts::new(doc, objective);
    // What each sentence could add at most, whatever is chosen with it.
    let bound = counts.bounds();
    let mut holders = Holders::new(doc.vocab.term_count());
    let mut chosen: Vec<(usize, f64)> = Vec::with_capacity(max_count);
    let mut ids: Vec<usize> = Vec::with_capacity(max_count);
    // The chosen sentences' expected overlap, length in words, sum of
    // scores, and words and characters as a word or character budget
    // counts them.
    let (mut value, mut length, mut score) = (0.0, 0.0, 0.0);
    let (mut words, mut chars) = (0, 0);
    let mut order: Vec<(f64, usize)> = Vec::with_capacity(n);
    for step in 0..max_count {
        let objective_of = |gain: f64, i: usize| {
            let words = doc.sentences[i].words() as f64;
            (value + gain) / (length + words + reference_words)
                + objective.sentence_weight * (score + scores[i]) / (step + 1) as f64
        };
        // The candidates, best bound first: a candidate's objective is at
        // most its bound's, so once a bound falls below the best objective
        // found, no later candidate can win.
        order.clear();
        for i in 0..n {
            let fits = match budget {
                Budget::MaxWords(w) => words + sized[i].0 <= w,
                Budget::MaxChars(c) => chars + sized[i].1 + usize::from(step > 0) <= c,
                _ => true,
            };
            if fits && !ids.contains(&i) {
                order.push((objective_of(bound[i], i), i));
            }
        }
        order.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut best: Option<(f64, usize, f64)> = None;
        for &(most, i) in &order {
            if best.is_some_and(|(o, _, _)| most.total_cmp(&o).is_lt()) {
                break;
            }
            let gain = counts.gain(i);
            let o = objective_of(gain, i);
            // Best first; of equals, the earlier sentence.
            let better = best.map_or(true, |(b, j, _)| o.total_cmp(&b).then(j.cmp(&i)).is_gt());
            if better && !holders.duplicate(&sets, i, &ids, redundancy) {
                best = Some((o, i, gain));
            }
        }
        let Some((_, i, gain)) = best else {
            break;
        };
        counts.count(i);
        holders.hold(&sets, ids.len(), i);
        chosen.push((i, gain));
        ids.push(i);
        value += gain;
        length += doc.sentences[i].words() as f64;
        score += scores[i];
        if let Some(&(w, c)) = sized.get(i) {
            words += w;
            chars += c + usize::from(step > 0);
        }
    }
    chosen.sort_unstable_by_key(|&(i, _)| i);
    chosen
}

/// One word of `Doc::words`, as the search reads it: the word, and how
/// many copies of it its sentence holds before it.
#[derive(Debug, Clone, Copy)]
struct Token {
    word: u32,
    nth: u32,
}

/// How many copies of each word a set of sentences holds.
struct Counts<'a> {
    doc: &'a Doc,
    objective: &'a Objective<'a>,
    copies: Vec<u32>,
    /// Each word of `Doc::words`.
    tokens: Vec<Token>,
}

impl<'a> Counts<'a> {
    fn new(doc: &'a Doc, objective: &'a Objective<'a>) -> Counts<'a> {
        let mut seen = vec![(u32::MAX, 0); objective.p.len()];
        let mut tokens = Vec::with_capacity(doc.words.len());
        for (i, s) in doc.sentences.iter().enumerate() {
            for &word in &doc.words[s.word_ids.clone()] {
                let seen = &mut seen[word as usize];
                if seen.0 != i as u32 {
                    *seen = (i as u32, 0);
                }
                tokens.push(Token { word, nth: seen.1 });
                seen.1 += 1;
            }
        }
        Counts {
            doc,
            objective,
            copies: vec![0; objective.p.len()],
            tokens,
        }
    }

    /// The expected overlap that sentence `i` adds to the counted ones.
    fn gain(&self, i: usize) -> f64 {
        let copies = &self.copies;
        self.sum(i, self.objective.p, |w| copies[w])
    }

    /// The expected overlap of sentence `i`'s words, where copy `j` of a
    /// word `w` has probability `p[w][j]` and `copies(w)` are counted
    /// already.
    fn sum(&self, i: usize, p: &[[f64; COPIES]], copies: impl Fn(usize) -> u32) -> f64 {
        let mut sum = 0.0;
        for t in &self.tokens[self.doc.sentences[i].word_ids.clone()] {
            let w = t.word as usize;
            sum += p[w][copy(copies(w) + t.nth)];
        }
        sum
    }

    /// The most that each sentence can add to any counted sentences: each
    /// copy at the highest probability of that copy or a later one, summed
    /// as [`gain`](Self::gain) sums, so that, term by term no smaller, it
    /// stays no smaller than any gain of the sentence through rounding too.
    fn bounds(&self) -> Vec<f64> {
        let most: Vec<[f64; COPIES]> = self
            .objective
            .p
            .iter()
            .map(|row| {
                let mut m = *row;
                for j in (0..COPIES - 1).rev() {
                    m[j] = m[j].max(m[j + 1]);
                }
                m
            })
            .collect();
        (0..self.doc.sentences.len())
            .map(|i| self.sum(i, &most, |_| 0))
            .collect()
    }

    /// Counts sentence `i`.
    fn count(&mut self, i: usize) {
        for t in &self.tokens[self.doc.sentences[i].word_ids.clone()] {
            self.copies[t.word as usize] += 1;
        }
    }
}

/// The index of copy `n` (from 0) in a probability row: later copies share the last's.
fn copy(n: u32) -> usize {
    (n as usize).min(COPIES - 1)
}

/// Each sentence's distinct content terms, back to back in one buffer.
struct TermSets {
    terms: Vec<TermId>,
    spans: Vec<std::ops::Range<usize>>,
}

impl TermSets {
    fn of(doc: &Doc) -> TermSets {
        let mut terms = Vec::with_capacity(doc.terms.len());
        // Term → the last sentence that held it, plus one.
        let mut last = vec![0; doc.vocab.term_count()];
        let spans = (0..doc.sentences.len())
            .map(|i| {
                let start = terms.len();
                for &t in doc.terms_of(i) {
                    if last[t as usize] != i + 1 {
                        last[t as usize] = i + 1;
                        terms.push(t);
                    }
                }
                start..terms.len()
            })
            .collect();
        TermSets { terms, spans }
    }

    fn get(&self, i: usize) -> &[TermId] {
        &self.terms[self.spans[i].clone()]
    }
}

/// Term → which of the chosen sentences hold it (bit `c` for the `c`th
/// chosen), so that a candidate's overlap with each of them takes one pass
/// over the candidate's terms.
struct Holders {
    of: Vec<u64>,
    shared: Vec<usize>,
}

/// The most sentences [`expected`] chooses: one bit each in [`Holders`].
const MAX_STEPS: usize = u64::BITS as usize;

impl Holders {
    fn new(terms: usize) -> Holders {
        Holders {
            of: vec![0; terms],
            shared: Vec::with_capacity(MAX_STEPS),
        }
    }

    /// Marks the terms of sentence `s`, the `c`th chosen.
    fn hold(&mut self, sets: &TermSets, c: usize, s: usize) {
        for &t in sets.get(s) {
            self.of[t as usize] |= 1 << c;
        }
    }

    /// Does sentence `i` overlap (Jaccard over content terms) any of the
    /// marked sentences `chosen` by `redundancy` or more? Two sentences
    /// without terms are duplicates of each other.
    fn duplicate(&mut self, sets: &TermSets, i: usize, chosen: &[usize], redundancy: f64) -> bool {
        let set = sets.get(i);
        self.shared.clear();
        self.shared.resize(chosen.len(), 0);
        for &t in set {
            let mut held = self.of[t as usize];
            while held != 0 {
                self.shared[held.trailing_zeros() as usize] += 1;
                held &= held - 1;
            }
        }
        chosen
            .iter()
            .zip(&self.shared)
            .any(|(&c, &shared)| overlaps(shared, set.len(), sets.get(c).len(), redundancy))
    }
}

/// Do two sets of `a` and `b` distinct terms, `shared` of them in both,
/// overlap (Jaccard) by `redundancy` or more? Two sets without terms are
/// duplicates of each other.
fn overlaps(shared: usize, a: usize, b: usize, redundancy: f64) -> bool {
    if a == 0 || b == 0 {
        return a == 0 && b == 0;
    }
    shared as f64 / (a + b - shared) as f64 >= redundancy
}

#[cfg(test)]
mod tests {
    use super::*;
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

    /// The search without its shortcuts: every candidate scored at every
    /// step, overlaps found by merging sorted term lists, and ties broken
    /// the same way.
    fn plain_search(
        doc: &Doc,
        o: &Objective<'_>,
        budget: Budget,
        redundancy: f64,
        max_count: usize,
        measure: impl Fn(usize) -> (usize, usize),
    ) -> Vec<usize> {
        let n = doc.sentences.len();
        let sets: Vec<Vec<TermId>> = (0..n)
            .map(|i| {
                let mut set = doc.terms_of(i).to_vec();
                set.sort_unstable();
                set.dedup();
                set
            })
            .collect();
        let jaccard = |a: &[TermId], b: &[TermId]| {
            if a.is_empty() || b.is_empty() {
                return if a.is_empty() && b.is_empty() {
                    1.0
                } else {
                    0.0
                };
            }
            let shared = a.iter().filter(|t| b.binary_search(t).is_ok()).count();
            shared as f64 / (a.len() + b.len() - shared) as f64
        };
        let gain = |chosen: &[usize], i: usize| {
            let mut copies = vec![0usize; o.p.len()];
            for &c in chosen {
                for q in doc.sentences[c].word_ids.clone() {
                    copies[doc.words[q] as usize] += 1;
                }
            }
            let mut sum = 0.0;
            for q in doc.sentences[i].word_ids.clone() {
                let w = doc.words[q] as usize;
                sum += o.p[w][copies[w].min(COPIES - 1)];
                copies[w] += 1;
            }
            sum
        };
        let sized: Vec<(usize, usize)> = (0..n).map(&measure).collect();
        let mut chosen: Vec<usize> = Vec::new();
        let (mut value, mut length, mut score, mut words, mut chars) = (0.0, 0.0, 0.0, 0, 0);
        for step in 0..max_count {
            let mut best: Option<(f64, usize, f64)> = None;
            for i in 0..n {
                let fits = match budget {
                    Budget::MaxWords(w) => words + sized[i].0 <= w,
                    Budget::MaxChars(c) => chars + sized[i].1 + usize::from(step > 0) <= c,
                    _ => true,
                };
                let duplicate = chosen
                    .iter()
                    .any(|&c| jaccard(&sets[i], &sets[c]) >= redundancy);
                if !fits || chosen.contains(&i) || duplicate {
                    continue;
                }
                let g = gain(&chosen, i);
                let objective = (value + g)
                    / (length + doc.sentences[i].words() as f64 + o.reference_words)
                    + o.sentence_weight * (score + o.scores[i]) / (step + 1) as f64;
                // Candidates come in document order: only a higher objective wins.
                if best.map_or(true, |(b, _, _)| objective > b) {
                    best = Some((objective, i, g));
                }
            }
            let Some((_, i, g)) = best else { break };
            chosen.push(i);
            value += g;
            length += doc.sentences[i].words() as f64;
            score += o.scores[i];
            words += sized[i].0;
            chars += sized[i].1 + usize::from(step > 0);
        }
        chosen.sort_unstable();
        chosen
    }

    #[test]
    fn the_bounded_search_picks_what_scoring_every_candidate_picks() {
        use crate::idf::builtin_weights;
        use crate::lang::Resources;
        use crate::score::{learned_words, probabilities, TermWeights};
        use crate::text::structure::blocks;

        let res = Resources::get("fr");
        // Articles of sentences of 3 to 40 words drawn, common words more
        // often, from a mix of stop words, names and content words.
        let vocabulary = [
            "le",
            "la",
            "de",
            "des",
            "et",
            "a",
            "les",
            "du",
            "en",
            "un",
            "une",
            "pour",
            "Lyon",
            "budget",
            "écoles",
            "maire",
            "élus",
            "conseil",
            "ville",
            "travaux",
            "Marseille",
            "rénovation",
            "opposition",
            "vote",
            "millions",
            "euros",
            "quartier",
            "habitants",
            "projet",
            "tramway",
            "mardi",
            "région",
            "préfet",
            "séance",
            "dette",
            "emprunt",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        let mut texts = vec![ARTICLE.to_string()];
        for _ in 0..12 {
            let mut text = String::new();
            for s in 0..(8 + next(30)) {
                let length = 3 + next(38);
                for w in 0..length {
                    // The smaller of two draws: early (common) words win.
                    let word = vocabulary[next(vocabulary.len()).min(next(vocabulary.len()))];
                    text.push_str(if w == 0 { "Selon" } else { " " });
                    if w > 0 {
                        text.push_str(word);
                    }
                }
                text.push_str(if s % 4 == 3 { ".\n\n" } else { ". " });
            }
            texts.push(text);
        }
        let mut compared = 0;
        for text in &texts {
            let mut doc = Doc::analyse(text, &blocks(text, res), res);
            let weights = TermWeights::new(&mut doc, builtin_weights("fr"));
            for k in 2..=5 {
                let model = learned_words("fr", k).expect("a French row");
                let p = probabilities(model, &doc, &weights, &[]);
                let scores: Vec<f64> = (0..doc.sentences.len())
                    .map(|i| 1.0 / (1.0 + i as f64))
                    .collect();
                let objective = Objective::new(model, &p, &scores);
                let measure = |i: usize| {
                    let s = &doc.sentences[i];
                    (s.words(), text[s.span.clone()].chars().count())
                };
                for (budget, steps) in [
                    (Budget::Sentences(k), k),
                    (Budget::MaxWords(12 * k), 32),
                    (Budget::MaxChars(90 * k), 32),
                ] {
                    for redundancy in [0.3, 0.6, 1.0] {
                        let fast: Vec<usize> =
                            expected(&doc, &objective, budget, redundancy, steps, measure)
                                .into_iter()
                                .map(|(i, _)| i)
                                .collect();
                        let plain =
                            plain_search(&doc, &objective, budget, redundancy, steps, measure);
                        assert_eq!(fast, plain, "{budget:?} {redundancy}");
                        assert!(!fast.is_empty());
                        compared += 1;
                    }
                }
            }
        }
        assert_eq!(compared, 13 * 4 * 3 * 3);
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
    fn each_sentence_the_word_model_chose_says_how_many_summary_words_it_brings() {
        let s = summarize(ARTICLE, &french(|o| o.sentences = Some(3))).unwrap();
        assert_eq!(s.sentences.len(), 3);
        for sentence in &s.sentences {
            let words = sentence.text.split_whitespace().count() as f64;
            let expected = sentence.expected_words.expect("chosen by the word model");
            assert!(expected > 0.0 && expected < words, "{expected} of {words}");
        }
        // The story's sentence brings more of a summary's words than the
        // weather does, whatever is chosen with it.
        let all = summarize(ARTICLE, &french(|o| o.sentences = Some(6))).unwrap();
        let brought = |needle: &str| {
            let s = all
                .sentences
                .iter()
                .find(|s| s.text.contains(needle))
                .unwrap();
            s.expected_words.unwrap()
        };
        assert!(brought("a voté mardi le budget") > brought("Il pleuvait"));
        // The sentence scorer alone: own weights, or a language without a word model.
        let own = french(|o| {
            o.weights = Weights {
                position: 1.0,
                ..Weights::default()
            }
        });
        let english = Options {
            language: "en".into(),
            ..Default::default()
        };
        let text = "The city council of Lyon voted its budget on Tuesday. \
            The renovation of the schools will begin this summer, the mayor said. \
            It rained that morning.";
        for (text, options) in [(ARTICLE, own), (text, english)] {
            let s = summarize(text, &options).unwrap();
            assert!(!s.sentences.is_empty());
            assert!(s.sentences.iter().all(|s| s.expected_words.is_none()));
        }
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
