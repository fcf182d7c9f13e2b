//! What each lower-cased word is, per thread and per language, kept across
//! documents: a stop word or a number (not a term), or the stem of a term.
//!
//! Stemming costs more than everything else done to a word, and news reuses
//! its vocabulary from one article to the next, so each thread remembers
//! every word it has read, per language, with its stem: a word seen before
//! costs one look-up, however often it comes back. A thread-local cache
//! takes no lock, and results do not depend on it.

use std::cell::RefCell;

use crate::intern::Interner;
use crate::lang::Resources;

/// A thread starts its cache of a language afresh, between documents, once
/// it holds this many words or this many bytes of them.
const CACHE_WORDS: usize = 100_000;
const CACHE_BYTES: usize = 4 << 20;

/// The stem id of a word that is not a term.
const NOT_A_TERM: u32 = u32::MAX;

/// One language's cache.
#[derive(Debug, Default)]
struct Cache {
    words: Interner,
    /// Word id → its stem's id in `stems`, or [`NOT_A_TERM`].
    stem_of: Vec<u32>,
    stems: Interner,
}

impl Cache {
    fn stem_id(&mut self, word: &str, res: &Resources) -> Option<u32> {
        let (id, new) = self.words.intern(word);
        if new {
            let stem = if res.is_stop(word) || !word.chars().any(char::is_alphabetic) {
                NOT_A_TERM
            } else {
                self.stems.intern(&res.stem(word)).0
            };
            self.stem_of.push(stem);
        }
        Some(self.stem_of[id as usize]).filter(|&s| s != NOT_A_TERM)
    }

    fn full(&self) -> bool {
        self.words.len() >= CACHE_WORDS || self.words.bytes() + self.stems.bytes() >= CACHE_BYTES
    }
}

/// Each language's cache, and how many documents of this thread are being
/// read (a cache is only started afresh when none is).
#[derive(Debug, Default)]
struct Caches {
    languages: Vec<(&'static str, Cache)>,
    open: usize,
}

thread_local! {
    static CACHES: RefCell<Caches> = RefCell::default();
}

/// Runs `f` on this thread's caches and on the index of `res`'s language
/// among them.
fn with_caches<R>(res: &Resources, f: impl FnOnce(&mut Caches, usize) -> R) -> R {
    CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        // Each language's code is one static string: its address names it.
        let code = res.info.code;
        let i = match caches
            .languages
            .iter()
            .position(|(c, _)| std::ptr::eq(*c, code))
        {
            Some(i) => i,
            None => {
                caches.languages.push((code, Cache::default()));
                caches.languages.len() - 1
            }
        };
        f(&mut caches, i)
    })
}

/// A document being read on this thread: while one is open, the caches keep
/// every stem id they gave out.
#[derive(Debug)]
pub(crate) struct Reading {
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Reading {
    /// Opens a document; a full cache of `res`'s language is started afresh
    /// here, before any of the document's words are read.
    pub fn open(res: &Resources) -> Reading {
        with_caches(res, |caches, i| {
            if caches.open == 0 && caches.languages[i].1.full() {
                caches.languages[i].1 = Cache::default();
            }
            caches.open += 1;
        });
        Reading {
            _not_send: std::marker::PhantomData,
        }
    }

    /// The stem id of the lower-cased `word` (`None` for a stop word or a
    /// number), with the stem itself; stable while the document is open.
    pub fn stem<R>(
        &self,
        res: &Resources,
        word: &str,
        f: impl FnOnce(u32, &str) -> R,
    ) -> Option<R> {
        with_caches(res, |caches, i| {
            let cache = &mut caches.languages[i].1;
            let id = cache.stem_id(word, res)?;
            Some(f(id, cache.stems.get(id)))
        })
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        // `try_with`: a document dropped while the thread's storage is being
        // torn down has nothing left to release.
        let _ = CACHES.try_with(|caches| caches.borrow_mut().open -= 1);
    }
}

/// The stem of the lower-cased `word`, or `None` for a stop word or a number.
#[cfg(test)]
fn stem_of(res: &Resources, word: &str) -> Option<String> {
    Reading::open(res).stem(res, word, |_, stem| stem.to_string())
}

/// The stem of the lower-cased `word`, stop words and numbers included.
pub(crate) fn stem(res: &Resources, word: &str) -> String {
    Reading::open(res)
        .stem(res, word, |_, stem| stem.to_string())
        .unwrap_or_else(|| res.stem(word).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_told_once_and_for_all() {
        let fr = Resources::get("fr");
        assert_eq!(stem_of(fr, "écoles").as_deref(), Some(&*fr.stem("écoles")));
        assert_eq!(stem_of(fr, "les"), None, "a stop word");
        assert_eq!(stem_of(fr, "2025"), None, "a number");
        let reading = Reading::open(fr);
        let a = reading.stem(fr, "écoles", |id, _| id);
        let b = reading.stem(fr, "école", |id, _| id);
        assert_eq!(a, b, "one stem, one id");
    }

    #[test]
    fn a_full_cache_starts_afresh_between_documents_only() {
        let fr = Resources::get("fr");
        let reading = Reading::open(fr);
        let first = reading.stem(fr, "hydrolienne", |id, _| id).unwrap();
        for n in 0..CACHE_WORDS + 10 {
            reading.stem(fr, &format!("mot{n}"), |_, _| ());
        }
        // Still open: the ids given out stand.
        assert_eq!(reading.stem(fr, "hydrolienne", |id, _| id), Some(first));
        drop(reading);
        let reading = Reading::open(fr);
        assert_eq!(reading.stem(fr, "hydrolienne", |id, _| id), Some(0));
    }
}
