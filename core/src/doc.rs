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
    /// Number of words, stop words included.
    pub words: usize,
    /// Range into [`Doc::terms`]: the sentence's content terms, repeats included.
    pub terms: Range<usize>,
    /// Does the sentence end on sentence punctuation?
    pub terminal: bool,
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
        let word = if lower { word } else { lowercased(word, buf) };
        match self.reading.word(res, word) {
            Met::Again(n) => {
                let seen = &mut self.seen[n as usize];
                seen.1 += 1;
                seen.0
            }
            Met::First(id, term) => {
                self.words.push(id);
                self.seen.push((term, 1));
                term
            }
        }
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
            vocab: Vocab::new((text.len() / 12).min(4096), res),
        };
        doc.terms.reserve((text.len() / 10).min(1 << 16));
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
                let mut words = 0;
                let vocab = &mut doc.vocab;
                let terms = &mut doc.terms;
                for_each_cased_word(&text[span.clone()], res, |w, _, lower| {
                    words += 1;
                    terms.extend(vocab.term(w, lower, &mut buf, res));
                });
                let terminal = text[span.clone()]
                    .trim_end_matches(['»', '"', '”', ')', ']', ' ', '\''])
                    .ends_with(['.', '!', '?', '…', '؟', '。', '！', '？', ';']);
                doc.sentences.push(Sent {
                    span,
                    paragraph: block.paragraph,
                    kept_paragraph,
                    first_in_paragraph: first,
                    words,
                    terms: start..doc.terms.len(),
                    terminal,
                });
            }
        }
        // Grown by doubling, they may hold twice what they need, and they
        // live until the summary is made.
        doc.terms.shrink_to_fit();
        doc.sentences.shrink_to_fit();
        doc
    }

    /// The content terms of sentence `i`.
    pub fn terms_of(&self, i: usize) -> &[TermId] {
        &self.terms[self.sentences[i].terms.clone()]
    }
}
