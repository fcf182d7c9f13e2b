//! The table of languages and the data files each one ships.

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
}

macro_rules! data {
    ($code:literal, $ext:literal) => {
        include_str!(concat!("data/", $code, ".", $ext))
    };
}

/// Every language with resources of its own; the generic entry (`"und"`) is last.
pub static LANGUAGES: &[LanguageInfo] = &[
    LanguageInfo {
        code: "fr",
        name: "French",
        algorithm: Some(Algorithm::French),
        stop_words: data!("fr", "stop"),
        abbreviations: data!("fr", "abbr"),
        sentence_end_abbreviations: data!("fr", "sentence_end_abbr"),
        elisions: &[
            "l", "d", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu",
            "presqu", "quelqu",
        ],
    },
    LanguageInfo {
        code: "en",
        name: "English",
        algorithm: Some(Algorithm::English),
        stop_words: data!("en", "stop"),
        abbreviations: data!("en", "abbr"),
        sentence_end_abbreviations: data!("en", "sentence_end_abbr"),
        elisions: &[],
    },
    LanguageInfo {
        code: "und",
        name: "Other",
        algorithm: None,
        stop_words: "",
        abbreviations: "",
        sentence_end_abbreviations: "",
        elisions: &[],
    },
];

/// ISO 639-1 codes accepted without resources of their own: they get the
/// generic treatment (Unicode words, no stemmer, no stop list).
const BASIC: &[&str] = &[
    "af", "am", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "eo", "et", "eu", "fa", "ga", "gu",
    "he", "hi", "hr", "hy", "id", "is", "ja", "ka", "kk", "km", "kn", "ko", "la", "lt", "lv", "mk",
    "ml", "mn", "mr", "ms", "my", "ne", "pa", "pl", "ps", "si", "sk", "sl", "so", "sq", "sr", "sw",
    "te", "th", "tl", "uk", "ur", "uz", "vi", "yi", "zh", "zu",
];

pub(crate) fn is_basic(code: &str) -> bool {
    BASIC.contains(&code)
}
