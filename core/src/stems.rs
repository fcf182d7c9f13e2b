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

use crate::idf::IdfWeights;
use crate::intern::Interner;
use crate::lang::Resources;

/// A cache is started afresh, when a document opens it, once it holds this
/// many words or this many bytes of them.
const CACHE_WORDS: usize = 100_000;
const CACHE_BYTES: usize = 4 << 20;

/// The stem id of a word that is not a term.
const NOT_A_TERM: u32 = u32::MAX;

/// What the cache keeps with a stem.
#[derive(Debug, Clone, Copy)]
struct Stem {
    /// The reading that last met it, and its term there.
    reading: u32,
    term: u32,
    /// The table ([`IdfWeights::id`]) last asked for its IDF (0 before
    /// any), and the IDF there: a table holds tens of thousands of stems,
    /// and finding one there costs two reads from far in memory, every
    /// document again. Each stem names its table, so summarisers with
    /// different tables can take turns on one thread at no cost.
    idf_table: u64,
    idf: f64,
}

/// One language's cache.
#[derive(Debug, Default)]
struct Cache {
    /// Each word with its stem's id in `stems`, or [`NOT_A_TERM`].
    words: Interner<u32>,
    stems: Interner,
    /// Stem id → what the cache keeps with the stem.
    terms: Vec<Stem>,
    /// Word id → the reading that last met it and the word's number there.
    met: Vec<(u32, u32)>,
    /// The number of the current reading (never 0 once one is open).
    reading: u32,
}

impl Cache {
    /// The id of `word` and its stem's id ([`NOT_A_TERM`] if none).
    fn look_up(&mut self, word: &str, res: &Resources) -> (u32, u32) {
        let (stems, terms) = (&mut self.stems, &mut self.terms);
        let (id, stem, _) = self.words.intern_with(word, |word| {
            if res.is_stop(word) || !word.chars().any(is_alphabetic) {
                return NOT_A_TERM;
            }
            let (stem, new) = stems.intern(&res.stem(word));
            if new {
                terms.push(Stem {
                    reading: 0,
                    term: 0,
                    idf_table: 0,
                    idf: 0.0,
                });
            }
            stem
        });
        (id, stem)
    }

    fn stem_id(&mut self, word: &str, res: &Resources) -> Option<u32> {
        Some(self.look_up(word, res).1).filter(|&s| s != NOT_A_TERM)
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
/// document's distinct words and its terms in the order they first appear.
#[derive(Debug)]
pub(crate) struct Reading {
    code: &'static str,
    cache: Cache,
    /// The number of distinct words met so far.
    words: u32,
    /// Term → its stem's id in the cache.
    stems: Vec<u32>,
}

/// A word met by [`Reading::word`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Met {
    /// Met before in this document, as its `n`th distinct word (from 0).
    Again(u32),
    /// Met for the first time: the word's id in the cache (for
    /// [`Reading::text`]) and its term.
    First(u32, Option<u32>),
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
            cache.terms.iter_mut().for_each(|t| t.reading = 0);
            cache.met.fill((0, 0));
            cache.reading = 1;
        }
        Reading {
            code,
            cache,
            words: 0,
            stems: Vec::new(),
        }
    }

    /// Meets the lower-cased `word`: one look-up tells whether the document
    /// has met it before and, if not, its term (`None` for a stop word or a
    /// number). Terms are numbered from 0 in the order their stems first
    /// appear in the document.
    pub fn word(&mut self, res: &Resources, word: &str) -> Met {
        let cache = &mut self.cache;
        let (id, stem) = cache.look_up(word, res);
        if cache.met.len() <= id as usize {
            cache.met.resize(id as usize + 1, (0, 0));
        }
        let met = &mut cache.met[id as usize];
        if met.0 == cache.reading {
            return Met::Again(met.1);
        }
        *met = (cache.reading, self.words);
        self.words += 1;
        if stem == NOT_A_TERM {
            return Met::First(id, None);
        }
        let slot = &mut cache.terms[stem as usize];
        if slot.reading != cache.reading {
            (slot.reading, slot.term) = (cache.reading, self.stems.len() as u32);
            self.stems.push(stem);
        }
        Met::First(id, Some(slot.term))
    }

    /// Room for about `terms` terms, so the document's list of them grows
    /// without moving.
    pub fn reserve(&mut self, terms: usize) {
        self.stems.reserve(terms);
    }

    /// The number of terms met so far.
    pub fn term_count(&self) -> usize {
        self.stems.len()
    }

    /// Each term's IDF in `table`, in term order.
    pub fn idf(&mut self, table: &IdfWeights) -> Vec<f64> {
        let cache = &mut self.cache;
        self.stems
            .iter()
            .map(|&stem| {
                let slot = &mut cache.terms[stem as usize];
                if slot.idf_table != table.id() {
                    (slot.idf_table, slot.idf) = (table.id(), table.idf(cache.stems.get(stem)));
                }
                slot.idf
            })
            .collect()
    }

    /// The word of cache id `id`, as [`Met::First`] gave it.
    pub fn text(&self, id: u32) -> &str {
        self.cache.words.get(id)
    }

    /// The stem of term `term`.
    #[cfg(test)]
    fn stem(&self, term: u32) -> &str {
        self.cache.stems.get(self.stems[term as usize])
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

    /// The term a first meeting gives.
    fn first(met: Met) -> Option<u32> {
        match met {
            Met::First(_, term) => term,
            Met::Again(n) => panic!("met before, as word {n}"),
        }
    }

    #[test]
    fn words_are_told_once_and_for_all() {
        let fr = Resources::get("fr");
        assert_eq!(stem(fr, "écoles"), fr.stem("écoles"));
        let mut reading = Reading::open(fr);
        assert_eq!(reading.stem_of(fr, "les"), None, "a stop word");
        assert_eq!(reading.stem_of(fr, "2025"), None, "a number");
        let mut meet = |word| reading.word(fr, word);
        assert_eq!(first(meet("écoles")), Some(0));
        assert_eq!(first(meet("maison")), Some(1));
        assert_eq!(first(meet("école")), Some(0), "one stem, one term");
        assert_eq!(first(meet("les")), None);
        assert_eq!(meet("écoles"), Met::Again(0));
        assert_eq!(meet("les"), Met::Again(3));
        let stems: Vec<&str> = (0..reading.term_count() as u32)
            .map(|t| reading.stem(t))
            .collect();
        assert_eq!(stems, [fr.stem("école"), fr.stem("maison")]);
        let Met::First(id, _) = reading.word(fr, "rabat") else {
            panic!("a new word")
        };
        assert_eq!(reading.text(id), "rabat");
    }

    #[test]
    fn each_document_numbers_its_own_words_and_terms() {
        let fr = Resources::get("fr");
        let mut one = Reading::open(fr);
        assert_eq!(first(one.word(fr, "maison")), Some(0));
        assert_eq!(first(one.word(fr, "école")), Some(1));
        assert_eq!(one.word(fr, "école"), Met::Again(1));
        drop(one);
        let mut two = Reading::open(fr);
        assert_eq!(first(two.word(fr, "école")), Some(0));
        assert_eq!(first(two.word(fr, "maison")), Some(1));
        assert_eq!(two.word(fr, "école"), Met::Again(0));
    }

    #[test]
    fn each_stem_s_idf_is_remembered_per_table() {
        let fr = Resources::get("fr");
        let shipped = crate::idf::builtin_weights("fr").expect("French ships a table");
        let own = crate::idf::IdfTable::fit("fr", ["Les hydroliennes tournent."]);
        let own = IdfWeights::new(&own);
        for _ in 0..2 {
            let mut reading = Reading::open(fr);
            for word in ["gouvernement", "hydroliennes", "le", "zzyzx"] {
                reading.word(fr, word);
            }
            let stems = ["gouvern", "hydrolien", "zzyzx"];
            for table in [shipped, &own, shipped] {
                let want: Vec<f64> = stems.iter().map(|s| table.idf(s)).collect();
                assert_eq!(reading.idf(table), want);
            }
        }
    }

    #[test]
    fn a_full_cache_starts_afresh_between_documents_only() {
        let fr = Resources::get("fr");
        let mut reading = Reading::open(fr);
        assert_eq!(first(reading.word(fr, "hydrolienne")), Some(0));
        for n in 0..CACHE_WORDS + 10 {
            reading.word(fr, &format!("mot{n}"));
        }
        // Still open: the document's words and terms stand.
        assert_eq!(reading.word(fr, "hydrolienne"), Met::Again(0));
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
        outer.word(fr, "maison");
        outer.word(fr, "école");
        let mut inner = Reading::open(fr);
        assert_eq!(
            inner.cache.words.len(),
            0,
            "the outer reading holds the cache"
        );
        assert_eq!(first(inner.word(fr, "école")), Some(0));
        drop(inner);
        drop(outer);
        assert_eq!(Reading::open(fr).cache.words.len(), 2);
    }
}
