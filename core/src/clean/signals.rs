//! What can be measured on one block alone: length, stop-word density,
//! sentence punctuation, headline shape, separator runs.

use crate::text::chars::{char_at, is_alphanumeric, is_latin1_lowercase};
use crate::text::words::lowered_if;
use std::borrow::Cow;

use super::phrases::{prefix_in, Phrases, PHRASE_WORDS};
use crate::hash::{word_hash, Set};
use crate::lang::Resources;
use crate::text::byte_set;

/// The measurements of one block.
#[derive(Debug, Clone, Default)]
pub(crate) struct Signals<'a> {
    /// The block's text with whitespace runs collapsed (borrowed when it
    /// has none).
    pub text: Cow<'a, str>,
    /// Lower-case letters and digits only, words separated by one space
    /// (see [`key_of`]), up to [`PHRASE_WORDS`] words: the whole key of any
    /// block a phrase list can match, and the head of a longer one.
    pub key: String,
    /// Where each of the key's first words ends, for [`prefix_in`]; the
    /// key's length past its last word.
    pub key_ends: [usize; PHRASE_WORDS],
    /// How many of the key's first words a listed phrase can span (see
    /// [`Phrases::reach`]).
    pub phrase_reach: usize,
    /// A hash of the whole key, for finding blocks that repeat.
    pub key_hash: u64,
    /// Number of words (runs of letters and digits).
    pub words: usize,
    /// Starts with a lower-case letter, or ends on a stop word: a piece of
    /// a sentence (a line broken at a link), not a headline.
    pub fragment: bool,
    /// Share of the words that are stop words of the page's language; `None`
    /// when the language has no stop list.
    pub stop_ratio: Option<f64>,
    /// Ends like a sentence: `.`, `!`, `?`, `:` or `;`, possibly inside
    /// closing quotes or brackets, but not on an ellipsis.
    pub final_punct: bool,
    /// Ends on `...` or `…`: an excerpt cut short, or a truncated title.
    pub ellipsis: bool,
    /// Segments of a line joined by runs of three or more spaces, or by
    /// separators such as ` | ` or ` • `, when there are two or more;
    /// empty for ordinary text.
    pub segments: Vec<String>,
}

/// Characters that close a quotation or a bracket after a sentence's end.
fn closing(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '\'' | ')' | ']' | '’' | '*')
}

/// Does `text` (trimmed) end like a sentence?
pub(crate) fn ends_like_sentence(text: &str) -> bool {
    let stripped = text.trim_end_matches(|c: char| closing(c) || c.is_whitespace());
    stripped.ends_with(['.', '!', '?', '…', ':', ';', '؟', '。', '！', '？', '।'])
        // A quotation that makes up the whole line: « … » or "…".
        || (stripped.len() < text.len() && text.starts_with(['«', '"', '“']))
}

/// Does `text` end with an ellipsis?
pub(crate) fn ends_with_ellipsis(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| closing(c) || c.is_whitespace());
    t.ends_with("...") || t.ends_with('…') || t.ends_with("[…]") || t.ends_with("(…)")
}

/// Separators that join the items of a one-line menu or ticker.
const SEPARATORS: [&str; 7] = [" | ", " • ", " · ", " +++ ", " ◆ ", " ■ ", " ● "];

/// What a block's whitespace allows, found in one pass over its bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Blanks {
    /// No leading, trailing or doubled space and no other whitespace
    /// [`collapse`] would change.
    collapsed: bool,
    /// Could [`split_segments`] find two segments? A run of three spaces
    /// holds two adjacent spaces, a line break, or another whitespace
    /// character; else only a separator splits.
    may_split: bool,
}

/// The bytes [`blanks`] stops at: ASCII whitespace but the space, the
/// bytes a separator goes on with after its space, and the lead bytes of
/// the non-ASCII whitespace characters. Anything else is skipped at the
/// cost of one look-up.
static BLANK_BYTES: [bool; 256] = byte_set(&[
    b'\n', b'\t', b'\r', 0x0B, 0x0C, b'|', b'+', 0xC2, 0xE1, 0xE2, 0xE3,
]);

fn blanks(raw: &str) -> Blanks {
    // Spaces are frequent: doubled ones are found by a substring search.
    let doubled = raw.contains("  ");
    let mut out = Blanks {
        collapsed: !doubled && !raw.starts_with(' ') && !raw.ends_with(' '),
        may_split: doubled,
    };
    let bytes = raw.as_bytes();
    // A separator is a space, its character, a space.
    let separator_at = |i: usize| {
        i > 0 && bytes[i - 1] == b' ' && SEPARATORS.iter().any(|s| raw[i - 1..].starts_with(s))
    };
    for (i, &b) in bytes.iter().enumerate() {
        if out.may_split && !out.collapsed {
            break;
        }
        if !BLANK_BYTES[b as usize] {
            continue;
        }
        match b {
            // Whitespace collapse would change. A line break is a space to
            // split_segments: beside a space it makes a run, beside a
            // separator's character a separator.
            b'\n' | b'\t' | b'\r' | 0x0C => (out.collapsed, out.may_split) = (false, true),
            // Whitespace to split_whitespace, not to is_ascii_whitespace.
            0x0B => out.may_split = true,
            b'|' | b'+' => out.may_split |= separator_at(i),
            _ => {
                if raw[i..].chars().next().is_some_and(char::is_whitespace) {
                    (out.collapsed, out.may_split) = (false, true);
                } else {
                    out.may_split |= separator_at(i);
                }
            }
        }
    }
    out
}

/// Splits a block at runs of three or more spaces and at list separators.
/// A run that holds a line break never splits: the lines were rejoined as
/// one sentence, and the spaces around the break are the source's own
/// indentation (a scraper keeps a hard-wrapped page's leading spaces).
fn split_segments(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut spaces = 0;
    let mut line_break = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            spaces += 1;
            line_break |= c == '\n';
            current.push(' ');
            continue;
        }
        if spaces >= 3 && !line_break {
            let t = current.trim();
            if !t.is_empty() {
                out.push(t.to_string());
            }
            current.clear();
        }
        spaces = 0;
        line_break = false;
        current.push(c);
    }
    let t = current.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
    // One left-to-right pass, so a line of 100,000 items stays linear.
    let mut split = Vec::new();
    for s in out {
        let mut from = 0;
        let mut i = 0;
        while let Some(k) = s[i..].find(' ') {
            i += k;
            match SEPARATORS.iter().find(|sep| s[i..].starts_with(*sep)) {
                Some(sep) => {
                    let head = s[from..i].trim();
                    if !head.is_empty() {
                        split.push(head.to_string());
                    }
                    i += sep.len();
                    from = i;
                }
                None => i += 1,
            }
        }
        let rest = s[from..].trim();
        if !rest.is_empty() {
            split.push(rest.to_string());
        }
    }
    split
}

/// Collapses whitespace runs to one space and trims; borrows `raw` when
/// that changes nothing.
fn collapse(raw: &str, blanks: Blanks) -> Cow<'_, str> {
    if blanks.collapsed || raw.is_empty() {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    for w in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}

/// What [`for_each_key_word`] tells of a character.
const SEPARATOR: u8 = 0;
/// A lower-case letter or a digit.
const LOWER: u8 = 1;
/// A letter that may need lowering.
const UPPER: u8 = 2;
/// A byte that starts a character beyond ASCII, to decode.
const BEYOND_ASCII: u8 = 3;

static KEY_BYTES: [u8; 256] = {
    let mut table = [BEYOND_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'0'..=b'9' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => SEPARATOR,
        };
        b += 1;
    }
    table
};

/// The class of the character at byte `i` of `text`, and its length.
#[inline(always)]
fn key_class(text: &str, i: usize) -> (u8, usize) {
    match KEY_BYTES[text.as_bytes()[i] as usize] {
        BEYOND_ASCII => {
            let c = char_at(text, i);
            let class = if !is_alphanumeric(c) {
                SEPARATOR
            } else if is_latin1_lowercase(c) {
                LOWER
            } else {
                UPPER
            };
            (class, c.len_utf8())
        }
        class => (class, 1),
    }
}

/// Calls `f` with each word of `text`, lower-cased: a word is a run of
/// letters and digits. A word already in lower case (most are) is passed
/// as it stands in `text`, else lower-cased into a buffer.
fn for_each_key_word(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    let mut i = 0;
    while i < text.len() {
        let (class, len) = key_class(text, i);
        let start = i;
        i += len;
        if class == SEPARATOR {
            continue;
        }
        let mut upper = class == UPPER;
        while i < text.len() {
            let (class, len) = key_class(text, i);
            if class == SEPARATOR {
                break;
            }
            upper |= class == UPPER;
            i += len;
        }
        f(lowered_if(&text[start..i], upper, &mut buf));
    }
}

/// Letters and digits, lower-cased, one space between words.
pub(crate) fn key_of(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for_each_key_word(text, |w| {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(w);
    });
    key
}

/// Hashes keys word by word, from each word's [`word_hash`]; equal keys
/// hash alike, and blocks whose hashes meet are then compared whole.
fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(29) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl<'a> Signals<'a> {
    /// Measures the block whose raw (normalised) text is `raw`.
    pub(crate) fn of(raw: &'a str, res: &Resources) -> Signals<'a> {
        let blanks = blanks(raw);
        let text = collapse(raw, blanks);
        let mut key = String::with_capacity(text.len().min(128));
        let mut key_ends = [0; PHRASE_WORDS];
        let (mut words, mut stops, mut last_is_stop, mut key_hash) = (0, 0, false, 0);
        for_each_key_word(&text, |w| {
            if words < PHRASE_WORDS {
                if words > 0 {
                    key.push(' ');
                }
                key.push_str(w);
                key_ends[words] = key.len();
            }
            words += 1;
            let hash = word_hash(w);
            key_hash = mix(key_hash, hash);
            last_is_stop = res.is_stop_hashed(w, hash);
            stops += usize::from(last_is_stop);
        });
        for end in key_ends.iter_mut().skip(words) {
            *end = key.len();
        }
        let has_stop_list = res.is_stop("de") || res.is_stop("the") || stops > 0;
        let ellipsis = ends_with_ellipsis(&text);
        let starts_lower = text
            .chars()
            .find(|&c| is_alphanumeric(c))
            .is_some_and(char::is_lowercase);
        Signals {
            fragment: starts_lower || (last_is_stop && words > 1),
            final_punct: ends_like_sentence(&text) && !ellipsis,
            ellipsis,
            segments: if blanks.may_split {
                Some(split_segments(raw))
                    .filter(|s| s.len() >= 2)
                    .unwrap_or_default()
            } else {
                Vec::new()
            },
            stop_ratio: (has_stop_list && words > 0).then(|| stops as f64 / words as f64),
            phrase_reach: Phrases::get().reach(&key, &key_ends, words),
            words,
            key,
            key_ends,
            key_hash,
            text,
        }
    }

    /// The whole key, unless the block is longer than [`PHRASE_WORDS`] words.
    pub(crate) fn whole_key(&self) -> Option<&str> {
        (self.words <= PHRASE_WORDS).then_some(self.key.as_str())
    }

    /// The longest phrase of `set` that the block starts with (see
    /// [`prefix_in`]).
    pub(crate) fn starts_with_phrase(&self, set: &Set<String>) -> Option<(usize, usize)> {
        prefix_in(
            set,
            &self.key,
            &self.key_ends,
            self.words,
            self.phrase_reach,
        )
    }

    /// A line shaped like a headline: a handful of words, no sentence
    /// punctuation at the end, one line of the page.
    pub(crate) fn headline_shaped(&self) -> bool {
        (2..=30).contains(&self.words) && !self.final_punct && !self.ellipsis && !self.fragment
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> Signals<'_> {
        Signals::of(text, Resources::get("fr"))
    }

    #[test]
    fn sentence_ends() {
        for t in [
            "Il pleut.",
            "Vraiment ?",
            "« Nous gagnerons »",
            "Il a dit : « Oui. »",
            "Les chiffres :",
        ] {
            assert!(ends_like_sentence(t), "{t}");
        }
        for t in [
            "Politique",
            "Un titre sans point",
            "Akhannouch : « Le Sénégal, un partenaire »",
        ] {
            assert!(!ends_like_sentence(t), "{t}");
        }
    }

    #[test]
    fn ellipsis_and_segments() {
        assert!(fr("Le zoo rouvrira ses portes au public...").ellipsis);
        assert!(fr("Le zoo rouvrira ses portes au public…").ellipsis);
        assert!(!fr("Le zoo rouvrira.").ellipsis);
        let s = fr("Un premier titre    Un deuxième titre \u{20}  Un troisième");
        assert_eq!(
            s.segments,
            ["Un premier titre", "Un deuxième titre", "Un troisième"]
        );
        assert_eq!(fr("Sport | Culture | Météo").segments.len(), 3);
        assert!(fr("Une phrase normale, avec  deux espaces.")
            .segments
            .is_empty());
    }

    #[test]
    fn the_quick_test_lets_every_split_through() {
        for raw in [
            "Un titre    Un autre",
            "Un titre\t\t\tUn autre",
            "Un titre\u{3000}\u{3000}\u{3000}Un autre",
            "Un titre\u{A0}\u{A0}\u{A0}Un autre",
            "Sport | Culture",
            "Sport • Culture",
            "Sport · Culture",
            "Sport +++ Culture",
            "Sport ◆ Culture ■ Météo ● Vidéos",
            // A line break is a space: "Sport • Culture" once rejoined.
            "Sport •\nCulture",
        ] {
            assert!(split_segments(raw).len() >= 2, "{raw:?}");
            assert!(blanks(raw).may_split, "{raw:?}");
        }
        for raw in ["Une phrase normale, avec deux espaces.", "Le 2 + 2"] {
            assert!(!blanks(raw).may_split, "{raw:?}");
        }
    }

    #[test]
    fn a_rejoined_lines_indentation_is_not_a_separator() {
        // A scraper keeps a hard-wrapped page's indentation: the lines were
        // rejoined as one sentence, and the spaces around the break are
        // not the gaps of a ticker.
        for raw in [
            "Le conseil a voté mardi soir un budget en hausse, porté par les\n        investissements dans les écoles.",
            "Un titre \n  un autre",
        ] {
            assert!(split_segments(raw).len() < 2, "{raw:?}");
        }
        let s = fr("Le conseil a voté mardi soir un budget en hausse, porté par les\n        investissements dans les écoles de la ville et les crèches.");
        assert!(s.segments.is_empty());
    }

    #[test]
    fn key_heads_and_ends() {
        let long = "Un mot ".repeat(6);
        for text in ["", "Lire aussi", "Lire aussi : l'été à Rabat, 2025", &long] {
            let sig = fr(text);
            let whole = key_of(text);
            assert_eq!(
                sig.words,
                whole.split(' ').filter(|w| !w.is_empty()).count()
            );
            assert!(whole.starts_with(&sig.key), "{text:?}");
            assert_eq!(sig.whole_key().is_some(), sig.key == whole, "{text:?}");
            assert_eq!(sig.key_ends, super::super::phrases::word_ends(&sig.key));
        }
    }

    /// Letters and digits lower-cased character by character, one space
    /// between words: what the key scanner must give.
    fn key_by_definition(text: &str) -> String {
        let words = text.split(|c: char| !c.is_alphanumeric());
        let lowered = words
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>());
        lowered.collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn keys_are_lowered_letters_and_digits() {
        for text in [
            "Lire aussi : L'ÉTÉ à Rabat, 2025 !",
            "ÆSOP Øresund ßtraße ÿ µ ª² ¼",
            "ΣΟΦΟΣ Москва İstanbul",
            "«Merci d’avoir signalé!»",
            "",
        ] {
            assert_eq!(key_of(text), key_by_definition(text), "{text:?}");
        }
    }

    /// The quick test agrees with the definition: the text collapse
    /// would give.
    #[test]
    fn collapsed_is_what_collapse_leaves_alone() {
        for raw in [
            "Une phrase.",
            " Une phrase.",
            "Une phrase. ",
            "Une  phrase.",
            "Une\nphrase.",
            "Une\tphrase.",
            "Une\u{A0}phrase.",
            "Une\u{3000}phrase.",
            "Une\u{B}phrase.",
            "« Une phrase » – l’été",
            "",
        ] {
            assert_eq!(
                blanks(raw).collapsed,
                collapsed_by_definition(raw),
                "{raw:?}"
            );
            // Collapsed text is what split_whitespace would leave.
            if blanks(raw).collapsed && !raw.contains('\u{B}') {
                assert_eq!(raw.split_whitespace().collect::<Vec<_>>().join(" "), raw);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// On random blocks of words, spaces and separators, the quick
        /// tests never miss a split, and tell collapsed text exactly.
        #[test]
        fn quick_tests_agree_with_the_definitions(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "mot", "é", " ", " ", "\n", "\t", "\u{A0}", "\u{3000}", "\u{B}", "|", "+", "•",
                "·", "◆", "«", "–", ".",
            ]), 0..24)
        ) {
            let raw: String = parts.concat();
            let b = blanks(&raw);
            if split_segments(&raw).len() >= 2 {
                proptest::prop_assert!(b.may_split, "{:?}", raw);
            }
            proptest::prop_assert_eq!(b.collapsed, collapsed_by_definition(&raw), "{:?}", raw);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// On random text, the key scanner gives the key by definition.
        #[test]
        fn keys_agree_with_the_definition(text in "[a-zA-Z0-9 ,.'’«»éÉàÀßÿŸİΣσДд¼²\\-]{0,40}") {
            proptest::prop_assert_eq!(key_of(&text), key_by_definition(&text));
        }
    }

    /// No leading, trailing or doubled space, no ASCII whitespace but the
    /// space (as `is_ascii_whitespace` has it), no non-ASCII whitespace.
    fn collapsed_by_definition(raw: &str) -> bool {
        !raw.starts_with(' ')
            && !raw.ends_with(' ')
            && !raw.contains("  ")
            && !raw.bytes().any(|b| b != b' ' && b.is_ascii_whitespace())
            && !raw.chars().any(|c| !c.is_ascii() && c.is_whitespace())
    }

    #[test]
    fn stop_density_tells_prose_from_names() {
        let prose = fr("Le conseil a voté le budget de la ville pour les écoles.");
        let names = fr("Hespress Barlamane Yabiladi Challenge EcoActu");
        assert!(prose.stop_ratio.unwrap() > 0.4, "{:?}", prose.stop_ratio);
        assert_eq!(names.stop_ratio, Some(0.0));
        assert_eq!(prose.words, 12);
    }

    #[test]
    fn headline_shape() {
        assert!(fr("Le Maroc trace sa stratégie numérique").headline_shaped());
        assert!(!fr("Le Maroc trace sa stratégie numérique.").headline_shaped());
        assert!(!fr("Politique").headline_shaped());
        assert!(!fr("le chef du gouvernement a rappelé que").headline_shaped());
        assert!(!fr("Le chef du gouvernement a rappelé que").headline_shaped());
    }
}
