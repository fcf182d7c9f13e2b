//! A text analysed into candidate sentences and their terms: what the scorer reads.

use crate::hash::Map;
use std::cell::RefCell;
use std::ops::Range;

use crate::intern::Interner;
use crate::lang::Resources;
use crate::text::words::{for_each_word, lowercase_into};
use crate::text::{sentences, structure::Block};

/// How many stems each thread keeps across documents, per language, before
/// starting afresh.
const STEM_CACHE_WORDS: usize = 100_000;
/// Longer words are stemmed every time: they are rare, and caching them would
/// let hostile input fill memory.
const STEM_CACHE_WORD_BYTES: usize = 64;

/// Calls `f` with the stem of the lower-cased `word`.
///
/// Stemming costs more than everything else done to a word, and news reuses
/// its vocabulary from one article to the next, so each thread keeps the
/// stems it has computed, per language (a thread-local cache: no lock, and
/// results do not depend on it).
pub(crate) fn with_stem<R>(res: &Resources, word: &str, f: impl FnOnce(&str) -> R) -> R {
    type Stems = Map<Box<str>, Box<str>>;
    thread_local! {
        static CACHE: RefCell<Vec<(&'static str, Stems)>> = const { RefCell::new(Vec::new()) };
    }
    if word.len() > STEM_CACHE_WORD_BYTES {
        return f(&res.stem(word));
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        // Each language's code is one static string: its address names it.
        let code = res.info.code;
        let i = match cache.iter().position(|(c, _)| std::ptr::eq(*c, code)) {
            Some(i) => i,
            None => {
                cache.push((code, Stems::default()));
                cache.len() - 1
            }
        };
        let stems = &mut cache[i].1;
        if let Some(stem) = stems.get(word) {
            return f(stem);
        }
        if stems.len() >= STEM_CACHE_WORDS {
            stems.clear();
        }
        let stem: Box<str> = res.stem(word).into();
        let out = f(&stem);
        stems.insert(word.into(), stem);
        out
    })
}

/// Is `word` its own lower case? Tells for ASCII and the Latin-1 lower-case
/// letters; says no for anything else, to be lower-cased.
fn is_lowercase(word: &str) -> bool {
    word.chars()
        .all(|c| (c.is_ascii() && !c.is_ascii_uppercase()) || matches!(c, 'ß'..='ö' | 'ø'..='ÿ'))
}

/// Term ids are indices into [`Vocab::stems`].
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
#[derive(Debug, Default)]
pub(crate) struct Vocab {
    /// Lower-cased words as written.
    words: Interner,
    /// Word id → its term (`None` for a stop word or a number) and how many
    /// times it was seen.
    seen: Vec<(Option<TermId>, u32)>,
    /// Stems: a term id is its stem's id.
    stems: Interner,
}

impl Vocab {
    /// Room for about `words` distinct words.
    fn with_capacity(words: usize) -> Vocab {
        Vocab {
            words: Interner::with_capacity(words, words * 8),
            seen: Vec::with_capacity(words),
            stems: Interner::with_capacity(words, words * 7),
        }
    }

    /// The term of one word as written, counting the surface form.
    fn term(&mut self, word: &str, buf: &mut String, res: &Resources) -> Option<TermId> {
        // Most words are written in lower case already: no copy then.
        let word = if is_lowercase(word) {
            word
        } else {
            lowercase_into(word, buf);
            buf.as_str()
        };
        let (id, new) = self.words.intern(word);
        if !new {
            let seen = &mut self.seen[id as usize];
            seen.1 += 1;
            return seen.0;
        }
        let term = if res.is_stop(word) || !word.chars().any(char::is_alphabetic) {
            None
        } else {
            let stems = &mut self.stems;
            Some(with_stem(res, word, |stem| stems.intern(stem).0))
        };
        self.seen.push((term, 1));
        term
    }

    /// The number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.stems.len()
    }

    /// Each term's stem, in term id order.
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        self.stems.iter().map(|(_, stem)| stem)
    }

    /// The most frequent lower-cased surface form of each term (ties: the
    /// alphabetically first), indexed by term id.
    pub fn surfaces(&self) -> Vec<&str> {
        let mut best: Vec<Option<(&str, u32)>> = vec![None; self.stems.len()];
        for ((_, word), &(id, n)) in self.words.iter().zip(&self.seen) {
            if let Some(id) = id {
                let slot = &mut best[id as usize];
                let better = match *slot {
                    None => true,
                    Some((w, m)) => n > m || (n == m && word < w),
                };
                if better {
                    *slot = Some((word, n));
                }
            }
        }
        best.into_iter().map(|b| b.map_or("", |(w, _)| w)).collect()
    }

    /// The terms of `s` (content words only), in order.
    pub fn terms_of(&mut self, s: &str, res: &Resources) -> Vec<TermId> {
        let mut buf = String::new();
        let mut out = Vec::new();
        for_each_word(s, res, |w, _| out.extend(self.term(w, &mut buf, res)));
        out
    }
}

/// The analysed document.
#[derive(Debug, Default)]
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
            vocab: Vocab::with_capacity((text.len() / 12).min(4096)),
            ..Doc::default()
        };
        doc.terms.reserve((text.len() / 10).min(1 << 16));
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
                for_each_word(&text[span.clone()], res, |w, _| {
                    words += 1;
                    terms.extend(vocab.term(w, &mut buf, res));
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
        doc
    }

    /// The content terms of sentence `i`.
    pub fn terms_of(&self, i: usize) -> &[TermId] {
        &self.terms[self.sentences[i].terms.clone()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_said_lower_case_are() {
        let mut said = 0;
        for c in '\0'..='\u{2FF}' {
            let word = c.to_string();
            if is_lowercase(&word) {
                said += 1;
                assert_eq!(word.to_lowercase(), word, "{c:?}");
            }
        }
        assert!(said > 120, "{said}");
        assert!(is_lowercase("l'été") && !is_lowercase("Été") && !is_lowercase("ÉTÉ"));
    }
}
