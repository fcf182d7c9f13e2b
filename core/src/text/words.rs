//! Step 4: words, with elisions split off, lower-cased.

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Resources;

/// Calls `f(word, offset)` for each word of `s`, as written, with any elided
/// prefix (`l'`, `qu'`, `jusqu'`) split off. `offset` is the word's byte
/// offset in `s`. Words are UAX #29 words that hold a letter or a digit.
///
/// ```
/// use abrege::{lang::Resources, text::words::for_each_word};
/// let mut words = Vec::new();
/// for_each_word("L'été, jusqu\u{27}ici : 2,6 %", Resources::get("fr"), |w, _| words.push(w.to_string()));
/// assert_eq!(words, ["été", "ici", "2,6"]);
/// ```
pub fn for_each_word(s: &str, res: &Resources, mut f: impl FnMut(&str, usize)) {
    for (offset, word) in s.split_word_bound_indices() {
        if !word.chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        match res.elision_len(word) {
            Some(n) => f(&word[n..], offset + n),
            None => f(word, offset),
        }
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
        buf.extend(word.chars().flat_map(char::to_lowercase));
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
}
