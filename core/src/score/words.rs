//! The word model: how likely each word of an article is to be in a
//! journalist's summary of it, and how many times.
//!
//! For each distinct word `w` of the article and each `j` of 1, 2 and 3, a
//! logistic regression over the word's features gives the probability that
//! the summary holds `w` at least `j` times. A set of sentences holding `w`
//! `c` times then expects to share `p(w, 1) + … + p(w, c)` of its words
//! with the summary (ROUGE-1's clipped overlap), and selection
//! (`select::expected`) adds, one at a time, the sentence whose expected
//! overlap, over the summary's length plus the reference's, is highest:
//! what ROUGE-1 F1 measures, so that a word already chosen counts no more,
//! and a long sentence must bring enough to pay for its length.
//!
//! The weights are learned by `core/examples/train.rs` from OrangeSum train
//! and shipped as `core/data/words.tsv`, one row per language and budget
//! class; a language or budget without a row keeps the sentence scorer's
//! order.

use std::sync::OnceLock;

use crate::doc::{Doc, TermId};

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
}

impl WordModel {
    /// The names of the word features, in the order of [`weights`](Self::weights).
    pub const FEATURES: &'static [&'static str] = NAMES;
}

/// The shipped table.
const TABLE: &str = include_str!("../../data/words.tsv");

type Rows = super::model::Classes<WordModel>;

fn rows() -> &'static Rows {
    static ROWS: OnceLock<Rows> = OnceLock::new();
    ROWS.get_or_init(|| parse(TABLE).expect("the shipped word model is well formed"))
}

/// Reads a table: `#` comments, a header `language sentences
/// reference_words sentence_weight <feature names…>`, then one row per
/// language and budget class.
fn parse(table: &str) -> Result<Rows, String> {
    let fixed = [
        "language",
        "sentences",
        "reference_words",
        "sentence_weight",
    ];
    let known = |n: &str| NAMES.contains(&n);
    super::model::read_table(table, &fixed, known, |fixed, names, cells| {
        let number = |c: &str| c.parse::<f64>().map_err(|_| format!("bad number {c}"));
        let mut weights = vec![0.0; WORD_FEATURES];
        for (name, cell) in names.iter().zip(cells) {
            let at = NAMES.iter().position(|n| n == name);
            weights[at.expect("checked with the header")] = number(cell)?;
        }
        let model = WordModel {
            weights,
            reference_words: number(fixed[2])?,
            sentence_weight: number(fixed[3])?,
        };
        if model.reference_words.is_nan() || model.reference_words <= 0.0 {
            return Err(format!("reference_words must be positive: {fixed:?}"));
        }
        Ok(model)
    })
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

/// `ln(1 + n)`, from a table for the small counts a document holds. The
/// table is filled once per process: filling it for every document cost
/// 128 logarithms a document.
struct Ln1p(&'static [f64; 64]);

impl Ln1p {
    fn new() -> Ln1p {
        static TABLE: OnceLock<[f64; 64]> = OnceLock::new();
        Ln1p(TABLE.get_or_init(|| std::array::from_fn(|n| (n as f64).ln_1p())))
    }

    fn of(&self, n: u32) -> f64 {
        match self.0.get(n as usize) {
            Some(&v) => v,
            None => f64::from(n).ln_1p(),
        }
    }
}

/// Calls `f(word, features, count)` for every distinct word of `doc`, in
/// word id order; `title` holds the title's terms.
fn each_word(
    doc: &Doc,
    weights: &TermWeights,
    title: &[TermId],
    mut f: impl FnMut(usize, &WordFeatures, u32),
) {
    let words = doc.vocab.word_count();
    let terms = weights.idf.len();
    // Each word's count, first sentence, last sentence and number of
    // sentences, in one pass without a branch on the word.
    let mut seen = vec![[0u32, u32::MAX, u32::MAX, 0]; words];
    for i in 0..doc.sentences.len() {
        let at = i as u32;
        for &w in doc.words_of(i) {
            let s = &mut seen[w as usize];
            s[0] += 1;
            s[1] = s[1].min(at);
            s[3] += u32::from(s[2] != at);
            s[2] = at;
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
    let ln1p = Ln1p::new();
    let article_length = ln1p.of(doc.sentences.len() as u32);
    let flag = |b: bool| f64::from(u8::from(b));
    for (w, &[count, first, _, spread]) in seen.iter().enumerate() {
        let position = 1.0 / (1.0 + f64::from(first));
        let mut x = WordFeatures {
            bias: 1.0,
            article_length,
            ..Default::default()
        };
        match doc.vocab.term_of(w as u32) {
            Some(t) => {
                let t = t as usize;
                x.stem_count = ln1p.of(stem_count[t]);
                x.word_count = ln1p.of(count);
                x.first_position = position;
                let paragraph = doc.sentences.get(first as usize).map(|s| s.kept_paragraph);
                x.first_paragraph = flag(paragraph == Some(0));
                x.in_first = flag(first == 0);
                x.in_second = flag(first == 1);
                x.in_third = flag(first == 2);
                x.spread = ln1p.of(spread);
                x.capitalised = f64::from(doc.vocab.capitals(w as u32)) / f64::from(count);
                x.title = flag(in_title[t]);
                x.idf = (weights.idf[t] / 10.0).min(1.5);
            }
            None if doc.vocab.is_number(w as u32) => {
                x.number = 1.0;
                x.number_count = ln1p.of(count);
            }
            None => {
                x.stop = 1.0;
                x.stop_count = ln1p.of(count);
                x.stop_first_position = position;
            }
        }
        f(w, &x, count);
    }
}

/// The features of every distinct word of `doc`, indexed by word id;
/// `title` holds the title's terms.
pub(crate) fn features(doc: &Doc, weights: &TermWeights, title: &[TermId]) -> Words {
    let mut words = Words {
        features: Vec::with_capacity(doc.vocab.word_count()),
        count: Vec::with_capacity(doc.vocab.word_count()),
    };
    each_word(doc, weights, title, |_, x, count| {
        words.features.push(*x);
        words.count.push(count);
    });
    words
}

/// `a · b`, in four running sums so that the additions need not wait on
/// one another.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut sums = [0.0; 4];
    let (a4, b4) = (a.chunks_exact(4), b.chunks_exact(4));
    let (a_rest, b_rest) = (a4.remainder(), b4.remainder());
    for (x, w) in a4.zip(b4) {
        for k in 0..4 {
            sums[k] += x[k] * w[k];
        }
    }
    for (k, (x, w)) in a_rest.iter().zip(b_rest).enumerate() {
        sums[k] += x * w;
    }
    (sums[0] + sums[1]) + (sums[2] + sums[3])
}

/// `1 / (1 + e^-z)`.
fn logistic(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// A row of weights as an array of `N`: missing weights are 0, extra ones
/// are ignored.
fn fixed<const N: usize>(weights: &[f64]) -> [f64; N] {
    let mut w = [0.0; N];
    for (a, b) in w.iter_mut().zip(weights) {
        *a = *b;
    }
    w
}

/// Where the word features of later copies start: the features from
/// `second_copy` on are the only ones [`WordFeatures::copy`] changes.
const WORD_COPY_FEATURES: usize = WORD_FEATURES - 5;

/// The probability of each copy of a word whose first copy's features
/// are `x` and which the article holds `count` times, under word weights
/// `weights`. Later copies' features differ from the first's only from
/// [`WORD_COPY_FEATURES`] on, where the first's are 0, so that part of the
/// dot product is shared; copies past `count` (which no summary of the
/// article can hold) are 0.
fn word_probability(weights: &[f64; WORD_FEATURES], x: &WordFeatures, count: u32) -> [f64; COPIES] {
    const FROM: usize = WORD_COPY_FEATURES;
    let head = dot(&x.values()[..FROM], &weights[..FROM]);
    let mut p = [0.0; COPIES];
    for (j, p) in p.iter_mut().enumerate().take(count as usize) {
        let tail = if j == 0 {
            0.0
        } else {
            dot(&x.copy(j).values()[FROM..], &weights[FROM..])
        };
        *p = logistic(head + tail);
    }
    p
}

/// The probability of each copy of each distinct word of `doc` under
/// `model` (see [`word_probability`]), indexed by word id.
pub(crate) fn probabilities(
    model: &WordModel,
    doc: &Doc,
    weights: &TermWeights,
    title: &[TermId],
) -> Vec<[f64; COPIES]> {
    let mut p = Vec::with_capacity(doc.vocab.word_count());
    let w = fixed(&model.weights);
    each_word(doc, weights, title, |_, x, count| {
        p.push(word_probability(&w, x, count));
    });
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_copies_change_only_the_copy_features() {
        let x = WordFeatures {
            stop: 1.0,
            stop_count: 0.7,
            stem_count: 0.4,
            ..Default::default()
        };
        for j in 0..COPIES {
            let (first, copy) = (x.values(), x.copy(j).values());
            assert_eq!(first[..WORD_COPY_FEATURES], copy[..WORD_COPY_FEATURES]);
        }
        assert!(x.values()[WORD_COPY_FEATURES..].iter().all(|&v| v == 0.0));
        assert_eq!(NAMES[WORD_COPY_FEATURES], "second_copy");
    }

    #[test]
    fn the_shipped_table_reads() {
        parse(TABLE).unwrap();
    }

    #[test]
    fn bad_tables_are_refused() {
        let header = "language\tsentences\treference_words\tsentence_weight\tbias\tstop\n";
        assert!(parse(&format!("{header}fr\t1\t30\t0\t-1\t-2\n")).is_ok());
        for bad in [
            format!("{header}fr\t0\t30\t0\t-1\t-2\n"),
            format!("{header}fr\t1\t0\t0\t-1\t-2\n"),
            format!("{header}fr\t1\t30\t0\t-1\n"),
            format!("{header}fr\t1\t30\t0\tx\t-2\n"),
            "language\tsentences\treference_words\tsentence_weight\tnope\n".to_string(),
            "language\tk\n".to_string(),
        ] {
            assert!(parse(&bad).is_err(), "{bad:?}");
        }
    }
}
