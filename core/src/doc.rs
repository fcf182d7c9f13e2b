//! A text analysed into candidate sentences and their terms: what the scorer reads.

use std::ops::Range;

use crate::idf::IdfWeights;
use crate::lang::Resources;
use crate::stems::{Met, Reading};
use crate::text::words::{for_each_cased_word, lowercased};
use crate::text::{sentences, structure::Block};

/// Term ids number a document's distinct stems from 0, in the order they
/// first appear (see [`Reading::word`]).
pub(crate) type TermId = u32;

/// Word ids number a document's distinct lower-cased words from 0, in the
/// order they first appear, stop words and numbers included.
pub(crate) type WordId = u32;

/// One candidate sentence.
#[derive(Debug, Clone)]
pub(crate) struct Sent {
    /// Span in the normalised text.
    pub span: Range<usize>,
    #[allow(dead_code)] // read by the cleaning stage and by tests
    pub paragraph: usize,
    /// Index of the paragraph among the kept paragraphs (0 for the lede's).
    #[allow(dead_code)]
    pub kept_paragraph: usize,
    pub first_in_paragraph: bool,
    /// Range into [`Doc::terms`]: the sentence's content terms, repeats included.
    pub terms: Range<usize>,
    /// Range into [`Doc::words`]: the sentence's words, stop words included.
    pub word_ids: Range<usize>,
    /// Does the sentence end on sentence punctuation?
    pub terminal: bool,
}

impl Sent {
    /// Number of words, stop words included.
    pub fn words(&self) -> usize {
        self.word_ids.len()
    }
}

/// The document's vocabulary: stems, and the surface forms that led to them.
#[derive(Debug)]
pub(crate) struct Vocab {
    /// The document's distinct lower-cased words, in order of first
    /// appearance, by their id in the reading's cache.
    words: Vec<u32>,
    /// Each of `words` → its term (`None` for a stop word or a number) and
    /// how many times it was seen.
    seen: Vec<(Option<TermId>, u32)>,
    /// Each of `words` → how many times it was seen capitalised past the
    /// first word of a sentence.
    capitals: Vec<u32>,
    /// Each of `words` → is it a number (not a term, and starts with a digit)?
    numbers: Vec<bool>,
    /// Tells each new word's term, from the thread's cache of stems.
    reading: Reading,
}

impl Vocab {
    /// Room for about `words` distinct words.
    fn new(words: usize, res: &Resources) -> Vocab {
        let mut reading = Reading::open(res);
        reading.reserve(words);
        Vocab {
            words: Vec::with_capacity(words),
            seen: Vec::with_capacity(words),
            capitals: Vec::with_capacity(words),
            numbers: Vec::with_capacity(words),
            reading,
        }
    }

    /// The term of one word as written, counting the surface form; `lower`
    /// when the word is known to be its own lower case.
    fn term(
        &mut self,
        word: &str,
        lower: bool,
        buf: &mut String,
        res: &Resources,
    ) -> Option<TermId> {
        self.word(word, lower, buf, res).1
    }

    /// [`term`](Self::term), with the word's own number: its place among
    /// the document's distinct lower-cased words.
    fn word(
        &mut self,
        word: &str,
        lower: bool,
        buf: &mut String,
        res: &Resources,
    ) -> (WordId, Option<TermId>) {
        let word = if lower { word } else { lowercased(word, buf) };
        match self.reading.word(res, word) {
            Met::Again(n) => {
                let seen = &mut self.seen[n as usize];
                seen.1 += 1;
                (n, seen.0)
            }
            Met::First(id, term) => {
                self.words.push(id);
                self.seen.push((term, 1));
                self.capitals.push(0);
                let number = term.is_none() && word.starts_with(|c: char| c.is_numeric());
                self.numbers.push(number);
                ((self.seen.len() - 1) as WordId, term)
            }
        }
    }

    /// Notes that word `w` was seen capitalised past a sentence's first word.
    fn capitalised(&mut self, w: WordId) {
        self.capitals[w as usize] += 1;
    }

    /// How many times word `w` was seen capitalised past a sentence's first word.
    pub fn capitals(&self, w: WordId) -> u32 {
        self.capitals[w as usize]
    }

    /// Is word `w` a number: not a term, and starting with a digit?
    pub fn is_number(&self, w: WordId) -> bool {
        self.numbers[w as usize]
    }

    /// The number of distinct lower-cased words.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// Word `w` as written, lower-cased.
    pub fn text(&self, w: WordId) -> &str {
        self.reading.text(self.words[w as usize])
    }

    /// The term of word `w`: `None` for a stop word or a number.
    pub fn term_of(&self, w: WordId) -> Option<TermId> {
        self.seen[w as usize].0
    }

    /// The number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.reading.term_count()
    }

    /// Each term's IDF in `table`, in term id order.
    pub fn idf(&mut self, table: &IdfWeights) -> Vec<f64> {
        self.reading.idf(table)
    }

    /// The most frequent lower-cased surface form of each of `terms` (ties:
    /// the alphabetically first), in the order of `terms`.
    pub fn surfaces(&self, terms: &[TermId]) -> Vec<&str> {
        // Term → its place in `terms`, for the few terms asked.
        let mut place = vec![usize::MAX; self.term_count()];
        for (k, &t) in terms.iter().enumerate() {
            place[t as usize] = k;
        }
        let mut best: Vec<Option<(&str, u32)>> = vec![None; terms.len()];
        for (&word, &(id, n)) in self.words.iter().zip(&self.seen) {
            let k = id.map_or(usize::MAX, |t| place[t as usize]);
            if k == usize::MAX {
                continue;
            }
            let word = self.reading.text(word);
            let better = match best[k] {
                None => true,
                Some((w, m)) => n > m || (n == m && word < w),
            };
            if better {
                best[k] = Some((word, n));
            }
        }
        best.into_iter().map(|b| b.map_or("", |(w, _)| w)).collect()
    }

    /// The terms of `s` (content words only), in order.
    pub fn terms_of(&mut self, s: &str, res: &Resources) -> Vec<TermId> {
        let mut buf = String::new();
        let mut out = Vec::new();
        for_each_cased_word(s, res, |w, _, lower| {
            out.extend(self.term(w, lower, &mut buf, res));
        });
        out
    }
}

/// The analysed document.
#[derive(Debug)]
pub(crate) struct Doc {
    pub sentences: Vec<Sent>,
    pub terms: Vec<TermId>,
    /// Every word of every sentence, in order.
    pub words: Vec<WordId>,
    pub vocab: Vocab,
}

impl Doc {
    /// Splits the kept `blocks` of normalised `text` into sentences and terms.
    pub fn analyse(text: &str, blocks: &[Block], res: &Resources) -> Doc {
        // About one distinct word in 12 bytes of a news article; capped, as a
        // long text's vocabulary stops growing.
        let mut doc = Doc {
            sentences: Vec::new(),
            terms: Vec::new(),
            words: Vec::new(),
            vocab: Vocab::new((text.len() / 12).min(4096), res),
        };
        doc.terms.reserve((text.len() / 10).min(1 << 16));
        doc.words.reserve((text.len() / 6).min(1 << 17));
        // About one sentence in 128 bytes.
        doc.sentences.reserve((text.len() / 128).min(1 << 12));
        let mut spans = Vec::new();
        let mut buf = String::new();
        let mut last_paragraph = None;
        let mut kept_paragraph = 0;
        for block in blocks {
            spans.clear();
            sentences::split(text, block.start..block.end, res, &mut spans);
            for span in spans.drain(..) {
                let first = last_paragraph != Some(block.paragraph);
                if first && last_paragraph.is_some() {
                    kept_paragraph += 1;
                }
                last_paragraph = Some(block.paragraph);
                let start = doc.terms.len();
                let first_word = doc.words.len();
                let vocab = &mut doc.vocab;
                let terms = &mut doc.terms;
                let ids = &mut doc.words;
                for_each_cased_word(&text[span.clone()], res, |w, _, lower| {
                    let (id, term) = vocab.word(w, lower, &mut buf, res);
                    if !lower
                        && ids.len() > first_word
                        && w.chars().next().is_some_and(char::is_uppercase)
                    {
                        vocab.capitalised(id);
                    }
                    ids.push(id);
                    terms.extend(term);
                });
                let terminal = text[span.clone()]
                    .trim_end_matches(['»', '"', '”', ')', ']', ' ', '\''])
                    .ends_with(['.', '!', '?', '…', '؟', '。', '！', '？', ';']);
                doc.sentences.push(Sent {
                    span,
                    paragraph: block.paragraph,
                    kept_paragraph,
                    first_in_paragraph: first,
                    terms: start..doc.terms.len(),
                    word_ids: first_word..doc.words.len(),
                    terminal,
                });
            }
        }
        // Grown by doubling, they may hold twice what they need, and they
        // live until the summary is made.
        doc.terms.shrink_to_fit();
        doc.words.shrink_to_fit();
        doc.sentences.shrink_to_fit();
        doc
    }

    /// The content terms of sentence `i`.
    pub fn terms_of(&self, i: usize) -> &[TermId] {
        &self.terms[self.sentences[i].terms.clone()]
    }

    /// The words of sentence `i`, stop words included.
    pub fn words_of(&self, i: usize) -> &[WordId] {
        &self.words[self.sentences[i].word_ids.clone()]
    }
}
