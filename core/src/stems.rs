//! What each lower-cased word is, per thread and per language, kept across
//! documents: a stop word or a number (not a term), or the stem of a term.
//!
//! Stemming costs more than everything else done to a word, and news reuses
//! its vocabulary from one article to the next, so each thread remembers
//! every word it has read, per language, with its stem: a word seen before
//! costs one look-up, however often it comes back. A document being read
//! takes its language's cache out of the thread's storage and puts it back
//! when it is done, so a look-up takes no lock and no thread-local access;
//! results do not depend on the cache.

use crate::text::chars::is_alphabetic;
use std::cell::RefCell;

use crate::intern::Interner;
use crate::lang::Resources;

/// A cache is started afresh, when a document opens it, once it holds this
/// many words or this many bytes of them.
const CACHE_WORDS: usize = 100_000;
const CACHE_BYTES: usize = 4 << 20;

/// The stem id of a word that is not a term.
const NOT_A_TERM: u32 = u32::MAX;

/// One language's cache.
#[derive(Debug, Default)]
struct Cache {
    /// Each word with its stem's id in `stems`, or [`NOT_A_TERM`].
    words: Interner<u32>,
    stems: Interner,
    /// Stem id → the reading that last met it and the term it is there.
    terms: Vec<(u32, u32)>,
    /// The number of the current reading (never 0 once one is open).
    reading: u32,
}

impl Cache {
    fn stem_id(&mut self, word: &str, res: &Resources) -> Option<u32> {
        let (stems, terms) = (&mut self.stems, &mut self.terms);
        let (_, stem, _) = self.words.intern_with(word, |word| {
            if res.is_stop(word) || !word.chars().any(is_alphabetic) {
                return NOT_A_TERM;
            }
            let (stem, new) = stems.intern(&res.stem(word));
            if new {
                terms.push((0, 0));
            }
            stem
        });
        Some(stem).filter(|&s| s != NOT_A_TERM)
    }

    fn full(&self) -> bool {
        self.words.len() >= CACHE_WORDS || self.words.bytes() + self.stems.bytes() >= CACHE_BYTES
    }
}

thread_local! {
    /// Each language's cache, by language code; `None` while a reading
    /// holds it.
    static CACHES: RefCell<Vec<(&'static str, Option<Cache>)>> = RefCell::default();
}

/// A document being read: it holds its language's cache, and numbers the
/// document's terms in the order their stems first appear.
#[derive(Debug)]
pub(crate) struct Reading {
    code: &'static str,
    cache: Cache,
}

impl Reading {
    /// Opens a document in `res`'s language, taking this thread's cache of
    /// it (a full one is started afresh). While a reading holds the cache,
    /// another opened on the same thread starts from an empty one.
    pub fn open(res: &Resources) -> Reading {
        let code = res.info.code;
        let taken = CACHES.with(|caches| {
            let mut caches = caches.borrow_mut();
            // Each language's code is one static string: its address names it.
            match caches.iter_mut().find(|(c, _)| std::ptr::eq(*c, code)) {
                Some((_, slot)) => slot.take(),
                None => {
                    caches.push((code, None));
                    None
                }
            }
        });
        let mut cache = taken.filter(|c| !c.full()).unwrap_or_default();
        cache.reading = cache.reading.wrapping_add(1);
        if cache.reading == 0 {
            // Numbers have gone round: no stem may look already met.
            cache.terms.fill((0, 0));
            cache.reading = 1;
        }
        Reading { code, cache }
    }

    /// The term of the lower-cased `word` in this document (`None` for a
    /// stop word or a number): the number `new` gives its stem when the
    /// stem first appears in the document.
    pub fn term(
        &mut self,
        res: &Resources,
        word: &str,
        new: impl FnOnce(&str) -> u32,
    ) -> Option<u32> {
        let cache = &mut self.cache;
        let stem = cache.stem_id(word, res)?;
        let slot = &mut cache.terms[stem as usize];
        if slot.0 != cache.reading {
            *slot = (cache.reading, new(cache.stems.get(stem)));
        }
        Some(slot.1)
    }

    /// The stem of the lower-cased `word`, or `None` for a stop word or a
    /// number.
    fn stem_of(&mut self, res: &Resources, word: &str) -> Option<&str> {
        let stem = self.cache.stem_id(word, res)?;
        Some(self.cache.stems.get(stem))
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        let cache = std::mem::take(&mut self.cache);
        // `try_with`: a reading dropped while the thread's storage is being
        // torn down has nowhere to put its cache back.
        let _ = CACHES.try_with(|caches| {
            let mut caches = caches.borrow_mut();
            if let Some((_, slot)) = caches.iter_mut().find(|(c, _)| std::ptr::eq(*c, self.code)) {
                // Of two readings that overlapped, the larger cache stays.
                if slot
                    .as_ref()
                    .map_or(true, |kept| kept.words.len() < cache.words.len())
                {
                    *slot = Some(cache);
                }
            }
        });
    }
}

/// The stem of the lower-cased `word`, stop words and numbers included.
pub(crate) fn stem(res: &Resources, word: &str) -> String {
    match Reading::open(res).stem_of(res, word) {
        Some(stem) => stem.to_string(),
        None => res.stem(word).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_told_once_and_for_all() {
        let fr = Resources::get("fr");
        assert_eq!(stem(fr, "écoles"), fr.stem("écoles"));
        let mut reading = Reading::open(fr);
        assert_eq!(reading.stem_of(fr, "les"), None, "a stop word");
        assert_eq!(reading.stem_of(fr, "2025"), None, "a number");
        let mut stems = Vec::new();
        let mut term = |word| {
            reading.term(fr, word, |stem| {
                stems.push(stem.to_string());
                stems.len() as u32 - 1
            })
        };
        assert_eq!(term("écoles"), Some(0));
        assert_eq!(term("maison"), Some(1));
        assert_eq!(term("école"), Some(0), "one stem, one term");
        assert_eq!(term("les"), None);
        assert_eq!(stems, [fr.stem("école"), fr.stem("maison")]);
    }

    #[test]
    fn each_document_numbers_its_own_terms() {
        let fr = Resources::get("fr");
        let mut first = Reading::open(fr);
        assert_eq!(first.term(fr, "maison", |_| 0), Some(0));
        assert_eq!(first.term(fr, "école", |_| 1), Some(1));
        drop(first);
        let mut second = Reading::open(fr);
        assert_eq!(second.term(fr, "école", |_| 0), Some(0));
        assert_eq!(second.term(fr, "maison", |_| 1), Some(1));
    }

    #[test]
    fn a_full_cache_starts_afresh_between_documents_only() {
        let fr = Resources::get("fr");
        let mut reading = Reading::open(fr);
        assert_eq!(reading.term(fr, "hydrolienne", |_| 7), Some(7));
        for n in 0..CACHE_WORDS + 10 {
            reading.term(fr, &format!("mot{n}"), |_| 0);
        }
        // Still open: the document's terms stand.
        assert_eq!(reading.term(fr, "hydrolienne", |_| 0), Some(7));
        assert!(reading.cache.words.len() > CACHE_WORDS);
        drop(reading);
        let reading = Reading::open(fr);
        assert_eq!(reading.cache.words.len(), 0);
    }

    #[test]
    fn overlapping_readings_keep_the_larger_cache() {
        let fr = Resources::get("fr");
        drop(Reading::open(fr)); // a fresh cache for this thread
        let mut outer = Reading::open(fr);
        outer.term(fr, "maison", |_| 0);
        outer.term(fr, "école", |_| 1);
        let mut inner = Reading::open(fr);
        assert_eq!(
            inner.cache.words.len(),
            0,
            "the outer reading holds the cache"
        );
        assert_eq!(inner.term(fr, "école", |_| 0), Some(0));
        drop(inner);
        drop(outer);
        assert_eq!(Reading::open(fr).cache.words.len(), 2);
    }
}
