//! Step 4: words, with elisions split off, lower-cased.
//!
//! Words are UAX #29 words, found by `wordbreak` for text in Latin, Greek
//! and Cyrillic script and by `unicode-segmentation` for anything else.
//! Scripts written without spaces between words (Chinese, Japanese, Thai,
//! Lao, Khmer, Myanmar) have no words to find without a dictionary, so a run
//! of them gives its overlapping character bigrams instead: `新计划` gives
//! `新计`, `计划`.

use super::chars::is_alphanumeric;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::wordbreak;
use crate::lang::Resources;

/// Is `c` of a script written without spaces between words (Han, kana,
/// Thai, Lao, Khmer, Myanmar)?
pub fn is_spaceless_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}' // katakana extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B-F, supplement
        | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}')
}

/// Calls `f(word, offset)` for each word of `s`, as written, with any elided
/// prefix (`l'`, `qu'`, `jusqu'`) split off. `offset` is the word's byte
/// offset in `s`. Words are UAX #29 words that hold a letter or a digit; in
/// scripts without spaces, character bigrams (see the module doc), leaving
/// out those of hiragana alone, which are mostly particles and endings.
///
/// ```
/// use abrege::{lang::Resources, text::words::for_each_word};
/// let mut words = Vec::new();
/// for_each_word("L'été, jusqu\u{27}ici : 2,6 %", Resources::get("fr"), |w, _| words.push(w.to_string()));
/// assert_eq!(words, ["été", "ici", "2,6"]);
/// let mut terms = Vec::new();
/// for_each_word("東京の新計画", Resources::get("ja"), |w, _| terms.push(w.to_string()));
/// assert_eq!(terms, ["東京", "京の", "の新", "新計", "計画"]);
/// ```
pub fn for_each_word(s: &str, res: &Resources, mut f: impl FnMut(&str, usize)) {
    for_each_cased_word(s, res, |w, offset, _| f(w, offset));
}

/// [`for_each_word`], telling `f` also whether each word is certainly its
/// own lower case (`false` when it may not be), so that most words need no
/// second look before they are looked up.
pub(crate) fn for_each_cased_word(s: &str, res: &Resources, mut f: impl FnMut(&str, usize, bool)) {
    // `may_elide` is false for a word known to hold no apostrophe.
    let mut word = |word: &str, offset: usize, may_elide: bool, lower: bool| {
        let elided = if may_elide {
            res.elision_len(word)
        } else {
            None
        };
        match elided {
            Some(n) => f(&word[n..], offset + n, lower),
            None => f(word, offset, lower),
        }
    };
    // A segment without a joining character has no apostrophe, so no
    // elision to look for.
    let segments = |offset, w, joined, lower| word(w, offset, joined, lower);
    if wordbreak::word_segments(s, segments) {
        return;
    }
    let mut word = |w: &str, offset: usize| word(w, offset, true, false);
    let mut run: Range<usize> = 0..0; // a run of spaceless-script text
    for (offset, segment) in s.split_word_bound_indices() {
        if segment.chars().all(is_spaceless_script) {
            if run.end != offset {
                bigrams(s, run.clone(), &mut word);
                run = offset..offset;
            }
            run.end = offset + segment.len();
            continue;
        }
        bigrams(s, run.clone(), &mut word);
        run = 0..0;
        if segment.chars().next().is_some_and(is_alphanumeric) {
            word(segment, offset);
        }
    }
    bigrams(s, run, &mut word);
}

/// Calls `f` with each character bigram of `s[run]`, or with its only character.
fn bigrams(s: &str, run: Range<usize>, f: &mut impl FnMut(&str, usize)) {
    let text = &s[run.clone()];
    let mut chars = text.char_indices().peekable();
    if text.chars().nth(1).is_none() {
        if !text.is_empty() {
            f(text, run.start);
        }
        return;
    }
    while let Some((i, c)) = chars.next() {
        let Some(&(j, d)) = chars.peek() else { break };
        if is_hiragana(c) && is_hiragana(d) {
            continue;
        }
        f(&text[i..j + d.len_utf8()], run.start + i);
    }
}

/// Lower-cases `word` into `buf` (cleared first), without allocating when
/// `buf` has room.
pub fn lowercase_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            match c {
                '\0'..='\u{7F}' => buf.push(c.to_ascii_lowercase()),
                // The Latin-1 capitals (`×` is not one), lowered without the
                // standard library's table: each is 32 code points before
                // its lower case.
                'À'..='Ö' | 'Ø'..='Þ' => {
                    buf.push(char::from_u32(c as u32 + 0x20).expect("a Latin-1 letter"))
                }
                // The upper half of Latin-1 from `ß` on is its own lower case.
                'ß'..='ÿ' => buf.push(c),
                _ => buf.extend(c.to_lowercase()),
            }
        }
    }
}

/// Is `word` its own lower case? Tells for ASCII and the Latin-1 lower-case
/// letters (`ß` to `ÿ` but `÷`), reading bytes; says no for anything else, to
/// be lower-cased.
fn is_lowercase(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_uppercase() {
                return false;
            }
            i += 1;
        } else if b == 0xC3 && matches!(bytes[i + 1], 0x9F..=0xB6 | 0xB8..=0xBF) {
            // In a `str`, a second byte always follows 0xC3.
            i += 2;
        } else {
            return false;
        }
    }
    true
}

/// `word` lower-cased: `word` itself when it is already (most words of a
/// text are), else its lower case written into `buf`.
pub(crate) fn lowercased<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
    lowered_if(word, !is_lowercase(word), buf)
}

/// `word` lower-cased, for a caller that told while reading it whether it
/// may need lowering: written into `buf` only if it may.
pub(crate) fn lowered_if<'a>(word: &'a str, may_need: bool, buf: &'a mut String) -> &'a str {
    if may_need {
        lowercase_into(word, buf);
        buf
    } else {
        word
    }
}

/// The words of `s`, lower-cased: a convenience for tests and tools.
pub fn words(s: &str, res: &Resources) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for_each_word(s, res, |w, _| {
        lowercase_into(w, &mut buf);
        out.push(buf.clone());
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::chars::is_latin1_lowercase;

    #[test]
    fn french_words_and_elisions() {
        let cases: &[(&str, &[&str])] = &[
            ("L'État et l'Union", &["état", "et", "union"]),
            ("d'un côté, qu'il n'y a", &["un", "côté", "il", "y", "a"]),
            (
                "s'alarme j'ai m'a t'as c'est",
                &["alarme", "ai", "a", "as", "est"],
            ),
            ("jusqu'ici lorsqu'il puisqu'elle", &["ici", "il", "elle"]),
            ("aujourd'hui", &["aujourd'hui"]),
            (
                "Royaume-Uni, 11,5 % et 400.000",
                &["royaume", "uni", "11,5", "et", "400.000"],
            ),
            ("« Guillemets » — tirets…", &["guillemets", "tirets"]),
            ("ÉCOLE Élève", &["école", "élève"]),
        ];
        for (text, expected) in cases {
            assert_eq!(words(text, Resources::get("fr")), *expected, "{text:?}");
        }
    }

    #[test]
    fn offsets_point_at_the_word() {
        let s = "Vu l'été";
        let mut seen = Vec::new();
        for_each_word(s, Resources::get("fr"), |w, o| {
            seen.push((w.to_string(), o))
        });
        assert_eq!(seen, [("Vu".to_string(), 0), ("été".to_string(), 5)]);
        for (w, o) in seen {
            assert_eq!(&s[o..o + w.len()], w);
        }
    }

    #[test]
    fn lower_case_like_the_standard_library() {
        for c in ('\0'..='\u{2FF}').chain(['İ', 'ẞ', 'Σ', 'Ж', '\u{212A}']) {
            for word in [format!("{c}"), format!("É{c}x"), format!("{c}{c}A")] {
                let mut buf = String::new();
                lowercase_into(&word, &mut buf);
                let expected: String = word
                    .chars()
                    .flat_map(|c| {
                        if c.is_ascii() {
                            vec![c.to_ascii_lowercase()]
                        } else {
                            c.to_lowercase().collect()
                        }
                    })
                    .collect();
                assert_eq!(buf, expected, "{word:?}");
            }
        }
    }

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
        // The bytes read are those of the characters meant.
        for c in '\0'..='\u{2FF}' {
            let meant = (c.is_ascii() && !c.is_ascii_uppercase()) || is_latin1_lowercase(c);
            assert_eq!(is_lowercase(&format!("a{c}b")), meant, "{c:?}");
        }
        assert!(is_lowercase("l'été") && !is_lowercase("Été") && !is_lowercase("ÉTÉ"));
    }
}
