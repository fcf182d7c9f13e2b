//! The word model: how likely each word of an article is to be in a
//! journalist's summary of it, and how many times.
//!
//! For each distinct word `w` of the article and each `j` of 1, 2 and 3, a
//! logistic regression over the word's features gives the probability that
//! the summary holds `w` at least `j` times. A set of sentences holding `w`
//! `c` times then expects to share `p(w, 1) + … + p(w, c)` of its words
//! with the summary (ROUGE-1's clipped overlap), and selection
//! (`select::expected`) picks the sentences whose expected overlap, over
//! their length plus the summary's, is highest: what ROUGE-1 F1 measures,
//! so that a word already chosen counts no more, and a long sentence must
//! bring enough to pay for its length.
//!
//! The weights are learned by `core/examples/train.rs` from OrangeSum train
//! and shipped as `core/data/words.tsv`, one row per language and budget
//! class; a language or budget without a row keeps the sentence scorer's
//! order.

use std::sync::OnceLock;

use crate::doc::{Doc, TermId, WordId};
use crate::hash::Map;

use super::TermWeights;

/// How many copies of a word the model tells apart: a third and further
/// copies share the third's probability.
pub(crate) const COPIES: usize = 3;

/// The budget classes, as in `model.rs`: 1 to 4 sentences, and 5 or more.
const CLASSES: usize = super::model::CLASSES;

macro_rules! word_features {
    ($( $(#[$doc:meta])* $name:ident; )*) => {
        /// The names of the word features, in order.
        pub(crate) const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// The features of one word, for one copy.
        #[derive(Debug, Clone, Copy, Default)]
        #[allow(dead_code)]
        pub(crate) struct WordFeatures {
            $( $(#[$doc])* pub $name: f64, )*
        }

        impl WordFeatures {
            /// The values in [`NAMES`] order.
            pub fn values(&self) -> [f64; NAMES.len()] {
                [$( self.$name ),*]
            }
        }
    };
}

word_features! {
    /// 1 for every word and copy: the base rate.
    bias;
    /// 1 for a stop word.
    stop;
    /// 1 for a number.
    number;
    /// ln(1 + the article's count of the stop word).
    stop_count;
    /// ln(1 + the article's count of the word's stem), for a content word.
    stem_count;
    /// ln(1 + the article's count of the word as written), for a content word.
    word_count;
    /// ln(1 + the article's count of the number).
    number_count;
    /// 1 / (1 + the index of the first sentence holding the word), for a content word.
    first_position;
    /// The same for a stop word.
    stop_first_position;
    /// 1 if the content word first appears in the article's first paragraph.
    first_paragraph;
    /// 1 if the content word first appears in the article's first sentence.
    in_first;
    /// 1 if the content word first appears in the article's second sentence.
    in_second;
    /// 1 if the content word first appears in the article's third sentence.
    in_third;
    /// ln(1 + the number of sentences holding the content word).
    spread;
    /// The share of the content word's occurrences written with a capital
    /// past a sentence's first word (names).
    capitalised;
    /// 1 if the content word's stem is in the title.
    title;
    /// The stem's IDF over 10, at most 1.5, for a content word.
    idf;
    /// ln(1 + the article's number of sentences).
    article_length;
    /// 1 for the second copy.
    second_copy;
    /// 1 for the third copy and beyond.
    third_copy;
    /// 1 for a stop word's second copy and beyond.
    stop_copy;
    /// ln(1 + the article's count of the stop word), for its second copy and beyond.
    stop_count_copy;
    /// ln(1 + the article's count of the stem), for a content word's second copy and beyond.
    stem_count_copy;
}

/// The number of word features.
pub(crate) const WORD_FEATURES: usize = NAMES.len();

/// The features of one pair of adjacent words (a bigram), for one copy.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PairFeatures {
    values: [f64; PAIR_FEATURES],
}

/// The names of the pair features, in order.
pub(crate) const PAIR_NAMES: &[&str] = &[
    // 1 for every pair and copy: the base rate.
    "pair_bias",
    // The word model's probability of the first word, and of the second.
    "pair_first_word",
    "pair_second_word",
    // Their product.
    "pair_both_words",
    // 1 if both words are stop words.
    "pair_stops",
    // ln(1 + the article's count of the pair).
    "pair_count",
    // 1 / (1 + the index of the first sentence holding the pair).
    "pair_first_position",
    // 1 if the pair first appears in the article's first sentence, and in its second.
    "pair_in_first",
    "pair_in_second",
    // ln(1 + the number of sentences holding the pair).
    "pair_spread",
    // 1 if neither word is a stop word or a number.
    "pair_content",
    // The product of the two words' shares of capitalised occurrences (a name).
    "pair_capitalised",
    // ln(1 + the article's number of sentences).
    "pair_article_length",
    // 1 for the second copy, and for the third and beyond.
    "pair_second_copy",
    "pair_third_copy",
];

/// The number of pair features.
pub(crate) const PAIR_FEATURES: usize = PAIR_NAMES.len();

impl PairFeatures {
    /// The values in [`PAIR_NAMES`] order.
    pub fn values(&self) -> [f64; PAIR_FEATURES] {
        self.values
    }
}

/// The pairs of adjacent words of a document.
pub(crate) struct Pairs {
    /// For each word of `Doc::words`, the pair it starts within its
    /// sentence, or `NO_PAIR` for a sentence's last word.
    pub at: Vec<u32>,
    /// Each pair's two words.
    pub words: Vec<(WordId, WordId)>,
    /// Each pair's features, for a first copy.
    pub features: Vec<PairFeatures>,
    /// Each pair's count in the document.
    pub count: Vec<u32>,
}

/// No pair: a sentence's last word starts none.
pub(crate) const NO_PAIR: u32 = u32::MAX;

/// The pairs of adjacent words of `doc`, with their features given the
/// word probabilities `p` and the word features `words`.
pub(crate) fn pairs(doc: &Doc, p: &[[f64; COPIES]], words: &Words) -> Pairs {
    let mut ids: Map<u64, u32> = Map::default();
    let mut at = vec![NO_PAIR; doc.words.len()];
    let mut list: Vec<(WordId, WordId)> = Vec::new();
    let mut count: Vec<u32> = Vec::new();
    let mut first: Vec<u32> = Vec::new();
    let mut last: Vec<u32> = Vec::new();
    let mut spread: Vec<u32> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let r = s.word_ids.clone();
        for q in r.start..r.end.saturating_sub(1) {
            let (a, b) = (doc.words[q], doc.words[q + 1]);
            let key = (u64::from(a) << 32) | u64::from(b);
            let next = list.len() as u32;
            let id = *ids.entry(key).or_insert(next);
            if id == next {
                list.push((a, b));
                count.push(0);
                first.push(i as u32);
                last.push(u32::MAX);
                spread.push(0);
            }
            count[id as usize] += 1;
            if last[id as usize] != i as u32 {
                last[id as usize] = i as u32;
                spread[id as usize] += 1;
            }
            at[q] = id;
        }
    }
    let article_length = (1.0 + doc.sentences.len() as f64).ln();
    let features = list
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| {
            let (pa, pb) = (p[a as usize][0], p[b as usize][0]);
            let (fa, fb) = (&words.features[a as usize], &words.features[b as usize]);
            let content = |f: &WordFeatures| 1.0 - f.stop - f.number;
            let flag = |b: bool| f64::from(u8::from(b));
            let base = [
                1.0,
                pa,
                pb,
                pa * pb,
                fa.stop * fb.stop,
                (1.0 + f64::from(count[k])).ln(),
                1.0 / (1.0 + f64::from(first[k])),
                flag(first[k] == 0),
                flag(first[k] == 1),
                (1.0 + f64::from(spread[k])).ln(),
                content(fa) * content(fb),
                fa.capitalised * fb.capitalised,
                article_length,
                0.0,
                0.0,
            ];
            PairFeatures { values: base }
        })
        .collect();
    Pairs {
        at,
        words: list,
        features,
        count,
    }
}

impl PairFeatures {
    /// The features of copy `j` (from 0) of a pair whose first copy's are `self`.
    pub fn copy(&self, j: usize) -> PairFeatures {
        let mut values = self.values;
        values[PAIR_FEATURES - 2] = f64::from(u8::from(j == 1));
        values[PAIR_FEATURES - 1] = f64::from(u8::from(j >= 2));
        PairFeatures { values }
    }
}

/// The probability of each copy of each pair under `model`; copies past
/// a pair's count in the article are 0.
pub(crate) fn pair_probabilities(model: &WordModel, pairs: &Pairs) -> Vec<[f64; COPIES]> {
    pairs
        .features
        .iter()
        .zip(&pairs.count)
        .map(|(f, &count)| {
            let mut p = [0.0; COPIES];
            for (j, p) in p.iter_mut().enumerate().take(count as usize) {
                *p = logistic(&f.copy(j).values, &model.pair_weights);
            }
            p
        })
        .collect()
}

/// One learned row: the word weights and how selection uses them.
#[derive(Debug, Clone, PartialEq)]
pub struct WordModel {
    /// The weights of the word features, in [`NAMES`] order.
    pub weights: Vec<f64>,
    /// The expected length of the summary, in words: what the expected
    /// overlap is divided by, besides the chosen sentences' length.
    pub reference_words: f64,
    /// How much the sentence scorer's score of each chosen sentence adds
    /// to the objective (0: the word model alone).
    pub sentence_weight: f64,
    /// The weights of the pair features, in [`PAIR_FEATURES`](Self::PAIR_FEATURES) order.
    pub pair_weights: Vec<f64>,
    /// How much a pair's expected overlap counts beside a word's (0: pairs
    /// are not looked at).
    pub pair_weight: f64,
}

impl WordModel {
    /// The names of the word features, in the order of [`weights`](Self::weights).
    pub const FEATURES: &'static [&'static str] = NAMES;
    /// The names of the pair features, in the order of [`pair_weights`](Self::pair_weights).
    pub const PAIR_FEATURES: &'static [&'static str] = PAIR_NAMES;
}

/// The shipped table.
const TABLE: &str = include_str!("../../data/words.tsv");

type Rows = Vec<(String, [Option<WordModel>; CLASSES])>;

fn rows() -> &'static Rows {
    static ROWS: OnceLock<Rows> = OnceLock::new();
    ROWS.get_or_init(|| parse(TABLE).expect("the shipped word model is well formed"))
}

/// Reads a table: `#` comments, a header `language sentences
/// reference_words sentence_weight <feature names…>`, then one row per
/// language and budget class.
fn parse(table: &str) -> Result<Rows, String> {
    let mut lines = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().ok_or("no header")?.split('\t').collect();
    let fixed = [
        "language",
        "sentences",
        "reference_words",
        "sentence_weight",
        "pair_weight",
    ];
    if header.get(..fixed.len()) != Some(&fixed[..]) {
        return Err(format!("bad header {header:?}"));
    }
    let names = &header[fixed.len()..];
    if let Some(bad) = names
        .iter()
        .find(|n| !NAMES.contains(n) && !PAIR_NAMES.contains(n))
    {
        return Err(format!("unknown word feature {bad}"));
    }
    let mut rows: Rows = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != header.len() {
            return Err(format!(
                "{} cells, not {}: {line}",
                cells.len(),
                header.len()
            ));
        }
        let class: usize = cells[1].parse().map_err(|_| format!("bad class: {line}"))?;
        if !(1..=CLASSES).contains(&class) {
            return Err(format!("class out of range: {line}"));
        }
        let number = |c: &str| c.parse::<f64>().map_err(|_| format!("bad number {c}"));
        let mut weights = vec![0.0; WORD_FEATURES];
        let mut pair_weights = vec![0.0; PAIR_FEATURES];
        for (name, cell) in names.iter().zip(&cells[fixed.len()..]) {
            match NAMES.iter().position(|n| n == name) {
                Some(at) => weights[at] = number(cell)?,
                None => {
                    let at = PAIR_NAMES.iter().position(|n| n == name);
                    pair_weights[at.expect("checked above")] = number(cell)?;
                }
            }
        }
        let model = WordModel {
            weights,
            reference_words: number(cells[2])?,
            sentence_weight: number(cells[3])?,
            pair_weights,
            pair_weight: number(cells[4])?,
        };
        if !(model.reference_words > 0.0) {
            return Err(format!("reference_words must be positive: {line}"));
        }
        let at = match rows.iter().position(|r| r.0 == cells[0]) {
            Some(at) => at,
            None => {
                rows.push((cells[0].to_string(), Default::default()));
                rows.len() - 1
            }
        };
        rows[at].1[class - 1] = Some(model);
    }
    Ok(rows)
}

/// The shipped word model for `language` at a budget of `sentences`
/// sentences, if there is one.
pub(crate) fn learned(language: &str, sentences: usize) -> Option<&'static WordModel> {
    rows()
        .iter()
        .find(|r| r.0 == language)?
        .1
        .get(sentences.clamp(1, CLASSES) - 1)?
        .as_ref()
}

/// The distinct words of a document: their features (for a first copy)
/// and their counts in it.
pub(crate) struct Words {
    pub features: Vec<WordFeatures>,
    pub count: Vec<u32>,
}

impl WordFeatures {
    /// The features of copy `j` (from 0) of a word whose first copy's are `self`.
    pub fn copy(&self, j: usize) -> WordFeatures {
        let mut c = *self;
        if j > 0 {
            c.second_copy = f64::from(u8::from(j == 1));
            c.third_copy = f64::from(u8::from(j >= 2));
            c.stop_copy = self.stop;
            c.stop_count_copy = self.stop_count;
            c.stem_count_copy = self.stem_count;
        }
        c
    }
}

/// The features of every distinct word of `doc`, indexed by word id;
/// `title` holds the title's terms.
pub(crate) fn features(doc: &Doc, weights: &TermWeights, title: &[TermId]) -> Words {
    let words = doc.vocab.word_count();
    let terms = weights.idf.len();
    let mut word_count = vec![0u32; words];
    let mut first = vec![u32::MAX; words];
    let mut first_paragraph = vec![false; words];
    let mut last = vec![u32::MAX; words];
    let mut spread = vec![0u32; words];
    for (i, s) in doc.sentences.iter().enumerate() {
        for &w in doc.words_of(i) {
            let w = w as usize;
            word_count[w] += 1;
            if first[w] == u32::MAX {
                first[w] = i as u32;
                first_paragraph[w] = s.kept_paragraph == 0;
            }
            if last[w] != i as u32 {
                last[w] = i as u32;
                spread[w] += 1;
            }
        }
    }
    let mut stem_count = vec![0u32; terms];
    for &t in &doc.terms {
        stem_count[t as usize] += 1;
    }
    let mut in_title = vec![false; terms];
    for &t in title {
        in_title[t as usize] = true;
    }
    let article_length = (1.0 + doc.sentences.len() as f64).ln();
    let flag = |b: bool| f64::from(u8::from(b));
    let features = (0..words)
        .map(|w| {
            let count = f64::from(word_count[w]);
            let position = 1.0 / (1.0 + f64::from(first[w]));
            let mut f = WordFeatures {
                bias: 1.0,
                article_length,
                ..Default::default()
            };
            match doc.vocab.term_of(w as u32) {
                Some(t) => {
                    let t = t as usize;
                    f.stem_count = (1.0 + f64::from(stem_count[t])).ln();
                    f.word_count = (1.0 + count).ln();
                    f.first_position = position;
                    f.first_paragraph = flag(first_paragraph[w]);
                    f.in_first = flag(first[w] == 0);
                    f.in_second = flag(first[w] == 1);
                    f.in_third = flag(first[w] == 2);
                    f.spread = (1.0 + f64::from(spread[w])).ln();
                    f.capitalised = f64::from(doc.vocab.capitals(w as u32)) / count;
                    f.title = flag(in_title[t]);
                    f.idf = (weights.idf[t] / 10.0).min(1.5);
                }
                None if doc.vocab.text(w as u32).starts_with(|c: char| c.is_numeric()) => {
                    f.number = 1.0;
                    f.number_count = (1.0 + count).ln();
                }
                None => {
                    f.stop = 1.0;
                    f.stop_count = (1.0 + count).ln();
                    f.stop_first_position = position;
                }
            }
            f
        })
        .collect();
    Words {
        features,
        count: word_count,
    }
}

/// The logistic function of `weights · values`.
fn logistic(values: &[f64], weights: &[f64]) -> f64 {
    let z: f64 = values.iter().zip(weights).map(|(x, w)| x * w).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The probability of each copy of each word under `model`; copies past
/// a word's count in the article (which no summary of it can hold) are 0.
pub(crate) fn probabilities(model: &WordModel, words: &Words) -> Vec<[f64; COPIES]> {
    words
        .features
        .iter()
        .zip(&words.count)
        .map(|(f, &count)| {
            let mut p = [0.0; COPIES];
            for (j, p) in p.iter_mut().enumerate().take(count as usize) {
                *p = logistic(&f.copy(j).values(), &model.weights);
            }
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads() {
        parse(TABLE).unwrap();
    }

    #[test]
    fn bad_tables_are_refused() {
        let header =
            "language\tsentences\treference_words\tsentence_weight\tpair_weight\tbias\tpair_bias\n";
        assert!(parse(&format!("{header}fr\t1\t30\t0\t1\t-1\t-2\n")).is_ok());
        for bad in [
            format!("{header}fr\t0\t30\t0\t1\t-1\t-2\n"),
            format!("{header}fr\t1\t0\t0\t1\t-1\t-2\n"),
            format!("{header}fr\t1\t30\t0\t1\t-1\n"),
            format!("{header}fr\t1\t30\t0\t1\tx\t-2\n"),
            "language\tsentences\treference_words\tsentence_weight\tpair_weight\tnope\n"
                .to_string(),
            "language\tk\n".to_string(),
        ] {
            assert!(parse(&bad).is_err(), "{bad:?}");
        }
    }
}
