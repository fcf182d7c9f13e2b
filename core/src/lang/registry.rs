//! The table of languages and the data files each one ships.
//!
//! Every language rust-stemmers has a Snowball stemmer for gets a row, plus
//! Catalan (stop list and elisions, no stemmer). Stop lists come from the NLTK
//! stopwords corpus as packaged by the `stop-words` crate (French and English
//! are curated here on top of it); each data file names its source and licence
//! in a header comment.

use rust_stemmers::Algorithm;

/// The static description of one language.
#[derive(Debug)]
pub struct LanguageInfo {
    /// ISO 639-1 code, or `"und"` for the generic entry.
    pub code: &'static str,
    /// English name.
    pub name: &'static str,
    /// Snowball stemmer, if rust-stemmers has one.
    pub algorithm: Option<Algorithm>,
    /// Stop words, whitespace-separated, `#` comment lines.
    pub stop_words: &'static str,
    /// Abbreviations after which a period never ends a sentence.
    pub abbreviations: &'static str,
    /// Abbreviations after which a period ends a sentence only before a capital.
    pub sentence_end_abbreviations: &'static str,
    /// Elided prefixes split off words (`l` for `l'été`), lower-case, without the apostrophe.
    pub elisions: &'static [&'static str],
    /// Does a period after a short number mark an ordinal (German `am 3. Oktober`)
    /// rather than a sentence end?
    pub ordinal_period: bool,
}

macro_rules! data {
    ($code:literal, $ext:literal) => {
        include_str!(concat!("data/", $code, ".", $ext))
    };
}

/// A row of the table: code, name, stemmer, elisions, ordinal periods; the
/// three data files are named after the code.
macro_rules! language {
    ($code:literal, $name:literal, $algorithm:expr, $elisions:expr, $ordinal:expr) => {
        LanguageInfo {
            code: $code,
            name: $name,
            algorithm: $algorithm,
            stop_words: data!($code, "stop"),
            abbreviations: data!($code, "abbr"),
            sentence_end_abbreviations: data!($code, "sentence_end_abbr"),
            elisions: $elisions,
            ordinal_period: $ordinal,
        }
    };
}

const FRENCH_ELISIONS: &[&str] = &[
    "l", "d", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu",
];

const ITALIAN_ELISIONS: &[&str] = &[
    "l", "d", "c", "un", "dell", "dall", "nell", "sull", "all", "coll", "pell", "quest", "quell",
    "bell", "sant", "anch", "nessun", "buon", "tutt", "mezz", "com", "dov", "gl",
];

const CATALAN_ELISIONS: &[&str] = &["l", "d", "s", "n", "m", "t"];

use Algorithm as A;

/// Every language with resources of its own; the generic entry (`"und"`) is last.
pub static LANGUAGES: &[LanguageInfo] = &[
    language!("fr", "French", Some(A::French), FRENCH_ELISIONS, false),
    language!("en", "English", Some(A::English), &[], false),
    language!("ar", "Arabic", Some(A::Arabic), &[], false),
    language!("da", "Danish", Some(A::Danish), &[], true),
    language!("de", "German", Some(A::German), &[], true),
    language!("el", "Greek", Some(A::Greek), &[], false),
    language!("es", "Spanish", Some(A::Spanish), &[], false),
    language!("fi", "Finnish", Some(A::Finnish), &[], true),
    language!("hu", "Hungarian", Some(A::Hungarian), &[], true),
    language!("it", "Italian", Some(A::Italian), ITALIAN_ELISIONS, false),
    language!("nl", "Dutch", Some(A::Dutch), &[], false),
    language!("no", "Norwegian", Some(A::Norwegian), &[], true),
    language!("pt", "Portuguese", Some(A::Portuguese), &[], false),
    language!("ro", "Romanian", Some(A::Romanian), &[], false),
    language!("ru", "Russian", Some(A::Russian), &[], false),
    language!("sv", "Swedish", Some(A::Swedish), &[], false),
    language!("ta", "Tamil", Some(A::Tamil), &[], false),
    language!("tr", "Turkish", Some(A::Turkish), &[], true),
    language!("ca", "Catalan", None, CATALAN_ELISIONS, false),
    LanguageInfo {
        code: "und",
        name: "Other",
        algorithm: None,
        stop_words: "",
        abbreviations: "",
        sentence_end_abbreviations: "",
        elisions: &[],
        ordinal_period: false,
    },
];

/// ISO 639-1 codes accepted without resources of their own: they get the
/// generic treatment (Unicode words, no stemmer, no stop list). Every
/// language the detector can name is here or in [`LANGUAGES`].
const BASIC: &[&str] = &[
    "af", "ak", "am", "az", "be", "bg", "bn", "bs", "cs", "cy", "eo", "et", "eu", "fa", "ga", "gu",
    "he", "hi", "hr", "hy", "id", "is", "ja", "jv", "ka", "kk", "km", "kn", "ko", "la", "lt", "lv",
    "mk", "ml", "mn", "mr", "ms", "my", "ne", "or", "pa", "pl", "ps", "si", "sk", "sl", "sn", "so",
    "sq", "sr", "sw", "te", "th", "tk", "tl", "uk", "ur", "uz", "vi", "yi", "zh", "zu",
];

/// The codes accepted without resources of their own.
pub(crate) fn basic() -> &'static [&'static str] {
    BASIC
}
