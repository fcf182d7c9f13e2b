//! Language detection: which language is the article written in?
//!
//! Scraped pages mix the article with menus, tickers and widgets, sometimes
//! in other languages. So the detector reads the page's prose, not the page:
//! it keeps the lines that look like running text (several words, sentence
//! punctuation), longest first, up to [`SAMPLE_BYTES`], and hands that sample
//! to a quick vote of the stop words of every language with a stop list.
//! When the vote is clear-cut, that is the answer: it costs one hash look-up
//! a word. Otherwise (close languages such as Danish and Norwegian, scripts
//! without a stop list, very short texts) whatlang's trigram model decides,
//! and its answer is mapped to ISO 639-1.

use crate::hash::Map;
use crate::text::chars::{char_at, is_alphabetic, is_latin1_lowercase};
use std::sync::LazyLock;

use whatlang::Lang;

use super::LANGUAGES;
use crate::text::words::lowered_if;

/// The vote is trusted only with at least this many stop-word hits…
const MIN_VOTES: f64 = 8.0;
/// …and when the winner has at least this many times the runner-up's votes.
const MIN_MARGIN: f64 = 3.0;
/// The vote reads this much of the sample first, and the rest only if unsure.
const VOTE_BYTES: usize = 512;

/// How much prose the detector reads: enough for a sure answer, little
/// enough to cost next to nothing on a long page.
const SAMPLE_BYTES: usize = 2048;

/// A line with fewer words than this is not prose (a menu entry, a ticker item).
const MIN_PROSE_WORDS: usize = 6;

/// A detected language and how sure the detector is.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// ISO 639-1 code; `"und"` when nothing could be told.
    pub code: &'static str,
    /// In `[0, 1]`.
    pub confidence: f64,
}

impl Detection {
    const UNDETERMINED: Detection = Detection {
        code: "und",
        confidence: 0.0,
    };
}

/// Detects the main language of `text`: the language of its longest
/// prose lines.
///
/// ```
/// let page = "Accueil | Sport | Météo\nBREAKING: Markets rally as oil prices drop\n\
///     Le gouvernement a présenté mardi un projet de loi sur la rénovation des écoles.\n\
///     Le texte sera examiné par les députés à partir du mois prochain.";
/// let d = abrege::lang::detect(page);
/// assert_eq!(d.code, "fr");
/// assert!(d.confidence > 0.5);
/// assert_eq!(abrege::lang::detect("  12 345 ").code, "und");
/// ```
pub fn detect(text: &str) -> Detection {
    let sample = prose_sample(text);
    // Most texts are told apart by their first few hundred bytes of prose.
    if let Some(d) = vote(truncate(&sample, VOTE_BYTES)).or_else(|| vote(&sample)) {
        return d;
    }
    let Some(info) = whatlang::detect(&sample) else {
        return Detection::UNDETERMINED;
    };
    Detection {
        code: iso_639_1(info.lang()),
        confidence: info.confidence().clamp(0.0, 1.0),
    }
}

/// A stop word's entry in [`STOP_INDEX`].
#[derive(Clone, Copy, Default)]
struct Stop {
    /// The languages (bit `i` for `LANGUAGES[i]`) that list the word.
    langs: u32,
    /// The vote each of them gets from it: one vote, shared among them.
    /// Worked out once here rather than divided again at every occurrence.
    share: f64,
}

/// Each stop word, lower-cased, with the languages that list it.
static STOP_INDEX: LazyLock<Map<&'static str, Stop>> = LazyLock::new(|| {
    let mut index: Map<&'static str, Stop> = Map::default();
    for (i, info) in LANGUAGES.iter().enumerate() {
        for w in super::words(info.stop_words) {
            index.entry(w).or_default().langs |= 1 << i;
        }
    }
    for stop in index.values_mut() {
        stop.share = 1.0 / stop.langs.count_ones() as f64;
    }
    index
});

/// The longest stop word, in bytes, lower-cased: a longer word is not
/// looked up. Lower-casing can lengthen a word, so this is measured on the
/// lower-cased words and compared with the lower-cased word.
static STOP_BYTES: LazyLock<usize> =
    LazyLock::new(|| STOP_INDEX.keys().map(|w| w.len()).max().unwrap_or(0));

/// The stop-word vote: each stop word of the sample gives one vote, shared
/// among the languages that list it. `None` when the vote is not clear-cut.
fn vote(sample: &str) -> Option<Detection> {
    const _: () = assert!(LANGUAGES.len() <= 32, "the vote keeps languages in a u32");
    // The statics are dereferenced once, not once a word.
    let (index, max_bytes) = (&*STOP_INDEX, *STOP_BYTES);
    let mut votes = [0.0f64; 32];
    let mut buf = String::new();
    for (word, lower_case) in alphabetic_runs(sample) {
        // Most words are written in lower case, and are their own key.
        let lower = lowered_if(word, !lower_case, &mut buf);
        if lower.len() > max_bytes {
            continue;
        }
        if let Some(stop) = index.get(lower) {
            let mut rest = stop.langs;
            while rest != 0 {
                votes[rest.trailing_zeros() as usize] += stop.share;
                rest &= rest - 1;
            }
        }
    }
    // The winner is the language with the most votes, the first listed on a
    // tie; the runner-up's votes are the most among the others.
    let votes = &votes[..LANGUAGES.len()];
    let mut winner = 0;
    for (i, &v) in votes.iter().enumerate() {
        if v > votes[winner] {
            winner = i;
        }
    }
    let best = votes[winner];
    let second = votes
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != winner)
        .map(|(_, &v)| v)
        .fold(0.0, f64::max);
    (best >= MIN_VOTES && best >= MIN_MARGIN * second).then(|| Detection {
        code: LANGUAGES[winner].code,
        confidence: 1.0 - second / best,
    })
}

/// The runs of letters of `text`, as written, each with whether it is
/// certainly its own lower case (ASCII and Latin-1 lower-case letters only,
/// as told while scanning it); ASCII bytes are told apart without decoding.
fn alphabetic_runs(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the next letter.
        let start = loop {
            let &b = bytes.get(i)?;
            if b.is_ascii_alphabetic() {
                break i;
            } else if b.is_ascii() {
                i += 1;
            } else {
                let c = char_at(text, i);
                if is_alphabetic(c) {
                    break i;
                }
                i += c.len_utf8();
            }
        };
        // Read the letters.
        let mut lower_case = true;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_lowercase() {
                i += 1;
            } else if b.is_ascii_uppercase() {
                lower_case = false;
                i += 1;
            } else if b.is_ascii() {
                break;
            } else {
                let c = char_at(text, i);
                if !is_alphabetic(c) {
                    break;
                }
                lower_case &= is_latin1_lowercase(c);
                i += c.len_utf8();
            }
        }
        Some((&text[start..i], lower_case))
    })
}

/// How much a line looks like running text: its length if it has enough
/// words and a sentence mark, else nothing.
fn prose_weight(line: &str) -> Option<usize> {
    // Cheapest test first; each stops at its first hit.
    let sentence_mark = line
        .bytes()
        .any(|b| matches!(b, b'.' | b',' | b'!' | b'?' | b';'))
        || (!line.is_ascii() && line.contains(['。', '！', '？', '؟', '،']));
    if !sentence_mark {
        return None;
    }
    (has_words(line, MIN_PROSE_WORDS) || line.chars().any(crate::text::words::is_spaceless_script))
        .then_some(line.len())
}

/// Has `line` at least `n` words, as [`str::split_whitespace`] counts them?
/// Reads ASCII bytes without decoding them.
fn has_words(line: &str, n: usize) -> bool {
    let bytes = line.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            // The ASCII characters of `char::is_whitespace`.
            (matches!(b, b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = char_at(line, i);
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            words += 1;
            if words >= n {
                return true;
            }
        }
        in_word = !space;
        i += len;
    }
    n == 0
}

/// The longest prose lines of `text`, in document order, up to
/// [`SAMPLE_BYTES`]; the start of the text when it has no prose line.
///
/// A prose line weighs its length, so the lines are ranked by length first,
/// and only those ranked high enough to be taken are read to tell whether
/// they are prose.
fn prose_sample(text: &str) -> String {
    let mut lines: Vec<(usize, &str)> = text
        .lines()
        .map(str::trim)
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    lines.sort_unstable_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let mut taken = 0;
    let mut keep = Vec::new();
    for (i, l) in lines {
        if taken >= SAMPLE_BYTES {
            break;
        }
        if let Some(w) = prose_weight(l) {
            taken += w;
            keep.push((i, l));
        }
    }
    if keep.is_empty() {
        return truncate(text, SAMPLE_BYTES).to_string();
    }
    keep.sort_unstable_by_key(|&(i, _)| i);
    let mut sample = String::with_capacity(taken + keep.len());
    for (_, l) in keep {
        sample.push_str(truncate(l, SAMPLE_BYTES));
        sample.push('\n');
    }
    sample
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The ISO 639-1 code of a whatlang language (Norwegian Bokmål is `no`,
/// the code of the Snowball stemmer; Mandarin is `zh`; Persian is `fa`).
fn iso_639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "no",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::check_code;

    #[test]
    fn alphabetic_runs_split_like_the_standard_library() {
        for text in [
            "",
            "L'été, à Paris : 3 élèves.",
            "  über-Straße ",
            "東京 abc",
            "a1b",
        ] {
            let expected: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(
                alphabetic_runs(text).map(|(w, _)| w).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
            for (w, lower_case) in alphabetic_runs(text) {
                assert!(!lower_case || w.to_lowercase() == w, "{w:?}");
            }
        }
        let flags: Vec<bool> = alphabetic_runs("été Été ÉTÉ abc aBc ſ ω")
            .map(|(_, lower_case)| lower_case)
            .collect();
        assert_eq!(flags, [true, false, false, true, false, false, false]);
    }

    #[test]
    fn words_are_counted_like_the_standard_library() {
        for line in [
            "",
            " ",
            "un",
            "  un  deux\ttrois\nquatre\x0Bcinq\x0Csix\rsept ",
            "a\u{A0}b\u{2003}c\u{3000}d\u{85}e\u{202F}f g",
            "a\x1Cb\u{200B}c\u{FEFF}d\u{AD}e — f « g » h",
            "東京 の 新 計画",
        ] {
            let count = line.split_whitespace().count();
            for n in 0..10 {
                assert_eq!(has_words(line, n), count >= n, "{line:?} {n}");
            }
        }
    }

    #[test]
    fn every_detectable_language_is_accepted() {
        for &lang in Lang::all() {
            let code = iso_639_1(lang);
            assert_eq!(code.len(), 2, "{lang:?}");
            assert!(check_code(code).is_ok(), "{lang:?} → {code}");
        }
    }

    #[test]
    fn the_article_wins_over_a_foreign_ticker() {
        let page = "EN DIRECT\n\
            Breaking news: stocks fall. Oil up. Dollar down. Gold steady. Bonds flat. Tech slides.\n\
            Markets | Economy | World | Sport\n\
            El Gobierno aprobó este martes en el Consejo de Ministros la reforma de las pensiones, \
            que entrará en vigor el próximo año tras meses de negociación con los sindicatos.\n\
            La ministra defendió que el texto garantiza la sostenibilidad del sistema público.";
        assert_eq!(detect(page).code, "es");
    }

    #[test]
    fn the_vote_is_clear_cut_or_defers_to_whatlang() {
        let fr = "Le gouvernement a présenté mardi un projet de loi sur les écoles, qui sera examiné par les députés dans le mois. \
                  Selon le ministre, il faudra plus de temps pour que les travaux soient achevés dans toutes les communes.";
        assert_eq!(vote(fr).map(|d| d.code), Some("fr"));
        // Danish and Norwegian share most stop words: the vote abstains.
        let da = "Regeringen har i dag fremlagt et lovforslag om skolerne, og det skal behandles af Folketinget i næste måned.";
        assert_eq!(vote(da), None);
        assert_eq!(detect(da).code, "da");
        // Too few stop words to trust.
        assert_eq!(vote("Il pleut."), None);
    }

    #[test]
    fn empty_and_symbol_only_text_is_undetermined() {
        for text in ["", "   ", "123 456 — 789", "!!! ???"] {
            assert_eq!(detect(text), Detection::UNDETERMINED, "{text:?}");
        }
    }
}
