//! The text handed back: the source's characters, the page's layout undone.

use std::borrow::Cow;

/// Characters that end a line and so never stand alone in the output.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Characters that make up a whitespace run: white space and controls.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// The bytes that can start a character [`layout`] may change: ASCII
/// controls (tab and line breaks among them), the space (a doubled one),
/// and the lead bytes of non-ASCII white space, C1 controls and the soft
/// hyphen. A span without them and without a doubled space is its own
/// layout.
static LAYOUT_BYTES: [bool; 256] = {
    let mut table = super::byte_set(&[b' ', 0x7F, 0xC2, 0xE1, 0xE2, 0xE3]);
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table
};

/// What a returned sentence's text is: the source's own characters, with
/// only the page's layout undone.
///
/// The pipeline reads a normalised copy of the input (see
/// [`Normalized`](super::Normalized)), but what it hands back is taken from
/// the input itself, so a journalist who quotes a sentence keeps its
/// typography: `’`, `« »`, the non-breaking spaces before `: ; ? !`. A
/// sentence's `text` differs from its slice of the input in three ways only:
///
/// * a **soft hyphen** (U+00AD) is removed;
/// * a **whitespace run** (characters that are Unicode white space or
///   control characters) of two or more characters, or of one line break,
///   tab or control character, becomes one space (U+0020). A run of one
///   other white-space character, such as a space or a non-breaking space,
///   stays as it is;
/// * a run holding a **line break** right before `.`, `,`, `)` or `]` is
///   removed: the line was broken at a link (`Rabat\n. Devant` gives
///   `Rabat. Devant`).
///
/// Runs at the ends of a span are removed too, so a text never starts or
/// ends with white space.
///
/// ```
/// use abrege::text::layout;
/// assert_eq!(layout("L’été\u{a0}: «\u{a0}oui\u{a0}»"), "L’été\u{a0}: «\u{a0}oui\u{a0}»");
/// assert_eq!(layout("Polytechnique de\nRabat\n. Devant"), "Polytechnique de Rabat. Devant");
/// assert_eq!(layout("in\u{ad}croyable  mais\r\nvrai"), "incroyable mais vrai");
/// ```
pub fn layout(span: &str) -> Cow<'_, str> {
    if is_laid_out(span) {
        Cow::Borrowed(span)
    } else {
        Cow::Owned(rewrite(span))
    }
}

/// Is `span` already its own layout? Most sentences are, and are copied whole.
fn is_laid_out(span: &str) -> bool {
    let bytes = span.as_bytes();
    let mut after_space = true; // a leading space is a change
    for (i, &b) in bytes.iter().enumerate() {
        if !LAYOUT_BYTES[b as usize] {
            after_space = false;
            continue;
        }
        let c = super::chars::char_at(span, i);
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c == '\u{AD}' {
            return false;
        } else if is_blank(c) {
            // A lone non-breaking or thin space between two words stays;
            // anything else here changes.
            let next = span[i + c.len_utf8()..].chars().next();
            if after_space || is_line_break(c) || c.is_control() || next.map_or(true, is_blank) {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    !after_space || bytes.is_empty()
}

/// [`layout`] for a span that needs it, character by character.
fn rewrite(span: &str) -> String {
    let mut out = String::with_capacity(span.len());
    let mut chars = span.chars().filter(|&c| c != '\u{AD}').peekable();
    while let Some(c) = chars.next() {
        if !is_blank(c) {
            out.push(c);
            continue;
        }
        let (mut len, mut line_break, first) = (1, is_line_break(c), c);
        while let Some(&n) = chars.peek().filter(|&&n| is_blank(n)) {
            len += 1;
            line_break |= is_line_break(n);
            chars.next();
        }
        let Some(&next) = chars.peek() else {
            break; // a trailing run
        };
        if out.is_empty() || (line_break && matches!(next, '.' | ',' | ')' | ']')) {
            continue; // a leading run, or a line broken at a link
        }
        if len == 1 && !line_break && !first.is_control() {
            out.push(first);
        } else {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_undoes_the_page_and_keeps_the_typography() {
        let cases = [
            (
                "Polytechnique de\nRabat\n. Devant",
                "Polytechnique de Rabat. Devant",
            ),
            (
                "D’un côté,\nWashington\nprône",
                "D’un côté, Washington prône",
            ),
            ("a  b\t c", "a b c"),
            ("« Oui »", "« Oui »"),
            ("«\u{a0}Oui\u{a0}»\u{202f}!", "«\u{a0}Oui\u{a0}»\u{202f}!"),
            (" Oui, dit-il. ", "Oui, dit-il."),
            (
                "a\u{A0}\u{A0}b\u{2028}c\u{3000}d\u{85}e",
                "a b c\u{3000}d e",
            ),
            ("Il fait 20\u{a0}°C à Paris.", "Il fait 20\u{a0}°C à Paris."),
            ("in\u{ad}vi\u{ad}sible", "invisible"),
            ("un\u{ad} mot", "un mot"),
            ("nul\0ctl\u{7}x", "nul ctl x"),
            ("tab\tsimple", "tab simple"),
            ("ligne\r\nsuite", "ligne suite"),
            ("fin\u{a0}", "fin"),
            ("", ""),
            ("\u{ad}", ""),
            ("émoji 👍🏽 é", "émoji 👍🏽 é"),
        ];
        for (input, expected) in cases {
            assert_eq!(layout(input), expected, "{input:?}");
            assert_eq!(is_laid_out(input), input == expected, "{input:?}");
        }
    }

    /// Every short string over an alphabet of the characters that matter:
    /// the quick check says "laid out" exactly when rewriting changes nothing.
    #[test]
    fn the_quick_check_agrees_with_the_rewrite() {
        let alphabet = [
            ' ', 'a', '\n', '\t', '\u{A0}', '«', '\u{2009}', '.', '\u{85}', '°', '\u{AD}', '\0',
        ];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |&c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        for s in &strings {
            assert_eq!(is_laid_out(s), rewrite(s) == *s, "{s:?}");
            // Layout is idempotent.
            assert_eq!(rewrite(&rewrite(s)), rewrite(s), "{s:?}");
        }
    }
}
