//! Step 2 of the pipeline's language side: which language, and its resources.
//!
//! Each supported language brings a Snowball stemmer, a stop list, the
//! abbreviations after which a period does not end a sentence, and the
//! elided prefixes (`l'`, `qu'`) to split off words. All of it ships inside
//! the crate: nothing is downloaded.

mod detect;
mod registry;

use crate::hash::{word_hash, Set};
use std::sync::LazyLock;

use rust_stemmers::Stemmer;

use crate::error::Error;
pub use detect::{detect, Detection};
pub use registry::{LanguageInfo, LANGUAGES};

/// The resources of one language, built once and shared.
pub struct Resources {
    /// The language's static description.
    pub info: &'static LanguageInfo,
    stemmer: Option<Stemmer>,
    stop: StopWords,
    abbreviations: Set<&'static str>,
    sentence_end_abbreviations: Set<&'static str>,
}

pub(super) fn words(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

impl Resources {
    fn build(info: &'static LanguageInfo) -> Resources {
        Resources {
            info,
            stemmer: info.algorithm.map(Stemmer::create),
            stop: StopWords::new(words(info.stop_words)),
            abbreviations: words(info.abbreviations).collect(),
            sentence_end_abbreviations: words(info.sentence_end_abbreviations).collect(),
        }
    }

    /// The resources for an ISO 639-1 code, or the generic resources
    /// (no stemmer, no stop list) for a code that has none of its own.
    pub fn get(code: &str) -> &'static Resources {
        static ALL: LazyLock<Vec<Resources>> =
            LazyLock::new(|| LANGUAGES.iter().map(Resources::build).collect());
        ALL.iter()
            .find(|r| r.info.code == code)
            .unwrap_or_else(|| ALL.last().expect("the generic language is last"))
    }

    /// Is `word` (lower-case) a stop word?
    pub fn is_stop(&self, word: &str) -> bool {
        self.is_stop_hashed(word, word_hash(word))
    }

    /// [`Resources::is_stop`] for a word whose [`word_hash`] is known.
    pub(crate) fn is_stop_hashed(&self, word: &str, hash: u64) -> bool {
        word.len() <= self.stop.longest && self.stop.table.find(hash, |w| *w == word).is_some()
    }

    /// The stem of `word` (lower-case); the word itself without a stemmer.
    pub fn stem<'a>(&self, word: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.stemmer {
            Some(s) => s.stem(word),
            None => std::borrow::Cow::Borrowed(word),
        }
    }

    /// Is `token` (the text before a period, as written) an abbreviation
    /// after which the period never ends a sentence?
    /// A capitalised form of a listed lower-case abbreviation counts too
    /// (`Vgl.` at the start of a sentence for `vgl.`).
    pub fn is_abbreviation(&self, token: &str) -> bool {
        listed(&self.abbreviations, token)
    }

    /// Is `token` an abbreviation that ends a sentence when a capital follows (`etc.`)?
    pub fn is_sentence_end_abbreviation(&self, token: &str) -> bool {
        listed(&self.sentence_end_abbreviations, token)
    }

    /// How many abbreviations the language lists, of both kinds.
    pub fn abbreviation_count(&self) -> usize {
        self.abbreviations.len() + self.sentence_end_abbreviations.len()
    }

    /// How many stop words the language lists.
    pub fn stop_word_count(&self) -> usize {
        self.stop.table.len()
    }

    /// If `word` (lower-case) starts with an elided prefix such as `l'` or
    /// `jusqu'`, the length in bytes of that prefix, apostrophe included.
    /// The word may be in any case.
    pub fn elision_len(&self, word: &str) -> Option<usize> {
        let apos = word.bytes().position(|b| b == b'\'')?;
        let prefix = &word[..apos];
        self.info
            .elisions
            .iter()
            .any(|e| e.eq_ignore_ascii_case(prefix))
            .then_some(apos + 1)
            .filter(|&n| n < word.len())
    }
}

/// A stop list, looked up by [`word_hash`] so that a caller that has
/// hashed a word for its own use does not hash it again.
struct StopWords {
    table: hashbrown::HashTable<&'static str>,
    /// The longest stop word, in bytes: a longer word is not looked up.
    longest: usize,
}

impl StopWords {
    fn new(words: impl Iterator<Item = &'static str>) -> StopWords {
        let mut stop = StopWords {
            table: hashbrown::HashTable::new(),
            longest: 0,
        };
        for w in words {
            let hash = word_hash(w);
            if stop.table.find(hash, |s| *s == w).is_none() {
                stop.table.insert_unique(hash, w, |s| word_hash(s));
                stop.longest = stop.longest.max(w.len());
            }
        }
        stop
    }
}

/// Is `token` in `set`, as written or with its capital first letter lowered?
fn listed(set: &Set<&'static str>, token: &str) -> bool {
    if set.contains(token) {
        return true;
    }
    let mut chars = token.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() => {
            let lowered: String = first.to_lowercase().chain(chars).collect();
            set.contains(lowered.as_str())
        }
        _ => false,
    }
}

/// Checks that `code` is `"auto"` or a language abrege knows (see
/// [`canonical_code`] for the spellings accepted).
pub fn check_code(code: &str) -> Result<(), Error> {
    canonical_code(code).map(|_| ())
}

/// The code abrege uses for the language `code` names: `"auto"`, or a
/// lower-case ISO 639-1 code. Case does not matter, and a region or script
/// after `-` or `_` is ignored (`"FR"`, `"fr-FR"` and `"fr_CA"` all give
/// `"fr"`); the Norwegian written standards `nb` and `nn` give `no`.
///
/// ```
/// use abrege::lang::canonical_code;
/// assert_eq!(canonical_code("fr-FR").unwrap(), "fr");
/// assert_eq!(canonical_code(" EN_gb ").unwrap(), "en");
/// assert_eq!(canonical_code("Auto").unwrap(), "auto");
/// let err = canonical_code("xx").unwrap_err();
/// assert!(err.to_string().contains("fr, en, ar"), "{err}");
/// ```
pub fn canonical_code(code: &str) -> Result<&'static str, Error> {
    let trimmed = code.trim();
    if trimmed.eq_ignore_ascii_case("auto") {
        return Ok("auto");
    }
    let primary = trimmed.split(['-', '_']).next().unwrap_or("");
    let lower = primary.to_ascii_lowercase();
    let lower = match lower.as_str() {
        "nb" | "nn" => "no",
        other => other,
    };
    LANGUAGES
        .iter()
        .map(|l| l.code)
        .chain(registry::basic().iter().copied())
        .find(|&c| c == lower)
        .ok_or_else(|| Error::UnsupportedLanguage {
            code: code.to_string(),
        })
}

/// Every code [`canonical_code`] accepts, as one comma-separated line:
/// the languages with resources of their own first, then the others.
pub fn accepted_codes() -> &'static str {
    static CODES: LazyLock<String> = LazyLock::new(|| {
        let own = LANGUAGES.iter().map(|l| l.code).filter(|&c| c != "und");
        let codes: Vec<&str> = own.chain(registry::basic().iter().copied()).collect();
        codes.join(", ")
    });
    &CODES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_resources() {
        let fr = Resources::get("fr");
        for w in [
            "de", "un", "une", "le", "la", "les", "à", "et", "en", "du", "des", "est", "a", "ont",
            "ne", "se", "qui", "que", "être", "avoir",
        ] {
            assert!(fr.is_stop(w), "{w}");
        }
        assert!(!fr.is_stop("gouvernance"));
        assert_eq!(fr.stem("gouvernances"), fr.stem("gouvernance"));
        for (w, n) in [
            ("l'été", Some(2)),
            ("jusqu'ici", Some(6)),
            ("qu'il", Some(3)),
            ("aujourd'hui", None),
            ("l'", None),
        ] {
            assert_eq!(fr.elision_len(w), n, "{w}");
        }
        assert!(fr.is_abbreviation("Mme") && fr.is_abbreviation("S.M") && fr.is_abbreviation("n°"));
        assert!(fr.is_sentence_end_abbreviation("etc"));
    }

    #[test]
    fn every_listed_stop_word_is_found() {
        for info in LANGUAGES {
            let res = Resources::get(info.code);
            for w in words(info.stop_words) {
                assert!(res.is_stop(w), "{}: {w}", info.code);
            }
            assert!(!res.is_stop(&"x".repeat(res.stop.longest + 1)));
        }
    }

    #[test]
    fn codes() {
        assert!(check_code("auto").is_ok());
        assert!(check_code("fr").is_ok());
        assert!(check_code("zh").is_ok());
        assert!(matches!(
            check_code("french"),
            Err(Error::UnsupportedLanguage { .. })
        ));
    }
}
