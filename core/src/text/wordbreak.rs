//! UAX #29 word segments, fast, for text in the scripts of most news.
//!
//! `unicode-segmentation` implements every rule of UAX #29 for every
//! script, and costs as much as the rest of the pipeline together. News in
//! Latin, Greek and Cyrillic script needs only a handful of its rules, so
//! [`word_segments`] applies those handful to a known set of characters and
//! answers `false` for text holding anything else, which the caller then
//! hands to `unicode-segmentation`. On its set it gives exactly the same
//! segments: a test compares the two on every character of the set, and a
//! property test on random text.

use super::chars::{ascii_alnum_run, char_at};

/// The word-break property (UAX #29, table 3) of the characters this module
/// handles. Newlines and spaces are `Other`: they only ever stand alone
/// between the segments this module reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    MidLetter,
    MidNumLet,
    MidNum,
    ExtendNumLet,
    Other,
}

/// The property of `c`, or `None` outside the characters handled here.
fn property(c: char) -> Option<Wb> {
    use Wb::*;
    Some(match c {
        '\0'..='\u{7F}' => ASCII[c as usize],
        '·' | '\u{387}' | '\u{2027}' => MidLetter,
        '\u{2018}' | '\u{2019}' | '\u{2024}' => MidNumLet,
        '\u{37E}' => MidNum,
        'ª' | 'µ' | 'º' => Letter,
        // Latin-1 signs; not the soft hyphen (a format character), the
        // superscripts and fractions (numbers, not digits), nor the cedilla
        // (which unicode-segmentation joins letters across).
        '\u{A0}'..='\u{BF}' if !matches!(c, '\u{AD}' | '²' | '³' | '¹' | '¼' | '½' | '¾' | '¸') => {
            Other
        }
        '×' | '÷' => Other,
        // Latin-1 letters, Latin Extended-A and -B.
        '\u{C0}'..='\u{24F}' => Letter,
        // Greek and Cyrillic letters; not their combining marks.
        '\u{386}' | '\u{388}'..='\u{3FF}' | '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}'
            if c.is_alphabetic() =>
        {
            Letter
        }
        // Dashes, quotation marks, bullets, ellipsis, per mille, angle quotes.
        '\u{2010}'..='\u{2017}' | '\u{201A}'..='\u{2023}' | '\u{2025}' | '\u{2026}' => Other,
        '\u{2030}'..='\u{203E}' | '€' => Other,
        _ => return None,
    })
}

/// Calls `f(offset, segment, joined)` for each UAX #29 word segment of `s`
/// that starts with a letter or a digit, in order, and returns `true`; or
/// returns `false` without calling `f` when `s` holds a character this
/// module does not handle. `joined` tells whether the segment holds a
/// character that joins letters or digits (an apostrophe, a period, a
/// comma…): without one, it holds only letters, digits and `_`. `lower`
/// tells whether it is its own lower case, told from its bytes as they are
/// read: it holds no capital and nothing beyond ASCII but lower-case
/// letters of Latin-1.
pub(crate) fn word_segments<'a>(s: &'a str, mut f: impl FnMut(usize, &'a str, bool, bool)) -> bool {
    if !handled(s) {
        return false;
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some((first, len)) = at(s, i) {
        let start = i;
        i += len;
        if !matches!(first, Wb::Letter | Wb::Numeric | Wb::ExtendNumLet) {
            continue;
        }
        // `last` is the property of the segment's last letter, digit or `_`.
        let mut last = first;
        let mut joined = false;
        let mut lower = lower_at(bytes, start, len);
        loop {
            // Most of a segment is letters and digits of ASCII and Latin-1:
            // they are read here, with the same outcome as the general case
            // below (WB5, WB8, WB9, WB10, WB13a, WB13b); ASCII runs eight
            // bytes at a time.
            loop {
                let (n, capital) = ascii_alnum_run(bytes, i);
                lower &= !capital;
                if n > 0 {
                    i += n;
                    last = if bytes[i - 1].is_ascii_digit() {
                        Wb::Numeric
                    } else {
                        Wb::Letter
                    };
                }
                // In a `str`, a second byte always follows 0xC3.
                match bytes.get(i) {
                    Some(0xC3) if is_latin1_letter(bytes[i + 1]) => {
                        last = Wb::Letter;
                        lower &= lower_at(bytes, i, 2);
                        i += 2;
                    }
                    _ => break,
                }
            }
            let Some((next, len)) = at(s, i) else {
                break;
            };
            // WB5, WB8, WB9, WB10, WB13a, WB13b: letters, digits and `_`
            // hold together.
            if matches!(next, Wb::Letter | Wb::Numeric | Wb::ExtendNumLet) {
                last = next;
                lower &= lower_at(bytes, i, len);
                i += len;
                continue;
            }
            // WB6/WB7 (letter, mid, letter) and WB11/WB12 (digit, mid, digit);
            // the character after is looked at only after a joining one.
            if !matches!(next, Wb::MidLetter | Wb::MidNumLet | Wb::MidNum) {
                break;
            }
            let Some((after, after_len)) = at(s, i + len) else {
                break;
            };
            let bridged = matches!(
                (last, next, after),
                (Wb::Letter, Wb::MidLetter | Wb::MidNumLet, Wb::Letter)
                    | (Wb::Numeric, Wb::MidNum | Wb::MidNumLet, Wb::Numeric)
            );
            if !bridged {
                break;
            }
            last = after;
            joined = true;
            lower &= lower_at(bytes, i, len) && lower_at(bytes, i + len, after_len);
            i += len + after_len;
        }
        // A segment that starts with `_` is not a word.
        if first != Wb::ExtendNumLet {
            f(start, &s[start..i], joined, lower);
        }
    }
    true
}

/// Is the character of `len` bytes at byte `i` its own lower case, as told
/// from its bytes: ASCII but a capital, or a lower-case letter of Latin-1
/// (`ß` to `ÿ` but `÷`)? Anything else says no.
#[inline]
fn lower_at(bytes: &[u8], i: usize, len: usize) -> bool {
    match len {
        1 => !bytes[i].is_ascii_uppercase(),
        2 => bytes[i] == 0xC3 && matches!(bytes[i + 1], 0x9F..=0xB6 | 0xB8..=0xBF),
        _ => false,
    }
}

/// Does `s` hold only characters this module handles? ASCII, nearly all of
/// a text in Latin script, is skipped eight bytes at a time, and the upper
/// half of Latin-1 (all handled) is told by its first byte.
fn handled(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    loop {
        while let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if word & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        match bytes.get(i) {
            None => return true,
            Some(b) if b.is_ascii() => i += 1,
            Some(0xC3) => i += 2,
            Some(_) => {
                let c = char_at(s, i);
                if property(c).is_none() {
                    return false;
                }
                i += c.len_utf8();
            }
        }
    }
}

/// The property and UTF-8 length of the character at byte `i` of `s`, which
/// holds only handled characters.
#[inline]
fn at(s: &str, i: usize) -> Option<(Wb, usize)> {
    let bytes = s.as_bytes();
    let b = *bytes.get(i)?;
    if b.is_ascii() {
        return Some((ASCII[b as usize], 1));
    }
    if b == 0xC3 {
        let p = if is_latin1_letter(bytes[i + 1]) {
            Wb::Letter
        } else {
            Wb::Other
        };
        return Some((p, 2));
    }
    let c = s[i..].chars().next()?;
    Some((property(c).unwrap_or(Wb::Other), c.len_utf8()))
}

/// Is the character that UTF-8 writes as `0xC3` then `second` (one of
/// U+00C0 to U+00FF, the upper half of Latin-1: `À` to `ÿ`) a letter? All
/// are but `×` and `÷`.
#[inline]
fn is_latin1_letter(second: u8) -> bool {
    !matches!(second, 0x97 | 0xB7)
}

/// [`property`] of each ASCII character.
static ASCII: [Wb; 128] = {
    let mut table = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
            b'0'..=b'9' => Wb::Numeric,
            b':' => Wb::MidLetter,
            b'.' | b'\'' => Wb::MidNumLet,
            b',' | b';' => Wb::MidNum,
            b'_' => Wb::ExtendNumLet,
            _ => Wb::Other,
        };
        b += 1;
    }
    table
};
#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// The reference: `unicode-segmentation`'s segments that start with a
    /// letter or a digit.
    fn reference(s: &str) -> Vec<(usize, &str)> {
        s.split_word_bound_indices()
            .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
            .collect()
    }

    fn fast(s: &str) -> Option<Vec<(usize, &str)>> {
        let mut out = Vec::new();
        let ok = word_segments(s, |i, w, joined, lower| {
            // `joined` is true exactly when the segment holds something
            // other than letters, digits and `_`.
            let plain = w.chars().all(|c| c == '_' || c.is_alphanumeric());
            assert_eq!(joined, !plain, "{w:?} in {s:?}");
            // `lower` is true exactly when the segment is its own lower
            // case and holds nothing beyond ASCII but Latin-1 letters.
            let latin1 = w
                .chars()
                .all(|c| c.is_ascii() || ('\u{C0}'..='\u{FF}').contains(&c));
            assert_eq!(lower, latin1 && w.to_lowercase() == w, "{w:?} in {s:?}");
            out.push((i, w));
        });
        ok.then_some(out)
    }

    #[test]
    fn latin1_letters_are_told_from_their_second_byte() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut utf8 = [0; 2];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(bytes[0], 0xC3);
            assert_eq!(
                is_latin1_letter(bytes[1]),
                property(c) == Some(Wb::Letter),
                "{c:?}"
            );
            assert_eq!(
                at(c.encode_utf8(&mut utf8), 0),
                Some((property(c).unwrap(), 2))
            );
            assert!(handled(c.encode_utf8(&mut utf8)));
        }
    }

    /// Every handled character, next to a representative of each property.
    #[test]
    fn every_handled_character_agrees_with_unicode_segmentation() {
        let handled: Vec<char> = ('\0'..='\u{FFFF}')
            .filter(|&c| property(c).is_some())
            .collect();
        assert!(handled.len() > 1000, "{}", handled.len());
        let reps = ["a", "é", "1", ":", ".", "'", ",", "_", " ", "-", "«"];
        let mut checked = 0;
        let mut bad = std::collections::BTreeSet::new();
        for &c in &handled {
            for x in reps {
                for y in reps {
                    for s in [
                        format!("{x}{c}{y}"),
                        format!("{c}{x}{c}"),
                        format!("{x}{y}{c}{c}{x}"),
                        format!("a{x}{c}{y}b"),
                        format!("1{x}{c}{y}2"),
                    ] {
                        if fast(&s).as_deref() != Some(&reference(&s)[..]) {
                            bad.insert(c);
                        }
                        checked += 1;
                    }
                }
            }
        }
        let bad: Vec<String> = bad.iter().map(|&c| format!("U+{:04X}", c as u32)).collect();
        assert!(bad.is_empty(), "segmented differently: {bad:?}");
        assert!(checked > 100_000);
    }

    #[test]
    fn news_text() {
        let s = "L'État a versé 11,5 % (400.000 €) à U.S. Steel : l'homme_clé, \
                 aujourd'hui — « porte-parole »… 3.a a.3 __x x__ 1,,2 a::b";
        assert_eq!(fast(s).unwrap(), reference(s));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// Random text over letters, digits and the punctuation that joins or
        /// parts them.
        #[test]
        fn random_text_agrees_with_unicode_segmentation(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'Z', 'é', 'Ç', 'ω', 'Ж', '1', '0', '.', ',', ';', ':', '\'', '’', '_',
                '-', ' ', '\n', '«', '»', '…', '·', '€', '%', '(', '"', 'ÿ', '×',
            ]), 0..60)
        ) {
            let s: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(fast(&s), Some(reference(&s)));
        }
    }

    #[test]
    fn other_scripts_are_left_to_unicode_segmentation() {
        for s in [
            "東京",
            "नमस्ते",
            "e\u{301}té",
            "مرحبا",
            "x\u{AD}y",
            "👍🏽",
            "2²",
        ] {
            assert_eq!(fast(s), None, "{s:?}");
        }
    }
}
