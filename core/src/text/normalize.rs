//! Step 1: normalise the input and keep a map back to its byte offsets.
//!
//! Typographic apostrophes become `'`, every Unicode space becomes a plain
//! space, line separators become `\n`, and invisible characters (zero-width
//! spaces, soft hyphens, byte-order marks, bidi overrides, control codes) are
//! removed or blanked. Every later step works on the normalised text;
//! [`Normalized::to_original`] turns its offsets back into offsets of the input.

use super::chars::char_at;

/// The normalised text and the map back to the input.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// `(normalised offset, original offset)` at each place where the two
    /// stop advancing together; between anchors they advance in step.
    anchors: Vec<(usize, usize)>,
}

/// What to do with one input character.
enum Action {
    Keep,
    Replace(char),
    Drop,
}

fn action(c: char) -> Action {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => Action::Replace('\''),
        '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Action::Replace('\n'),
        '\n' | ' ' => Action::Keep,
        '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => Action::Drop,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => Action::Drop,
        c if c.is_whitespace() => Action::Replace(' '),
        c if c.is_control() => Action::Replace(' '),
        _ => Action::Keep,
    }
}

/// The bytes that can start a character [`action`] changes: ASCII
/// controls but `\n`, and the lead bytes of the non-ASCII characters it
/// changes (C2: U+0080–U+00BF; CA: U+02BC; E1: U+1680; E2: U+2000–U+2069;
/// E3: U+3000; EF: U+FEFF, U+FF07). Every other byte is skipped at the cost
/// of one look-up.
static NORMALISED_BYTES: [bool; 256] = {
    let mut table = super::byte_set(&[0x7F, 0xC2, 0xCA, 0xE1, 0xE2, 0xE3, 0xEF]);
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != b'\n' as usize;
        b += 1;
    }
    table
};

impl Normalized {
    /// Normalises `input`.
    ///
    /// ```
    /// use abrege::text::Normalized;
    /// let input = "L\u{2019}été\u{a0}arrive.";
    /// let n = Normalized::new(input);
    /// assert_eq!(n.text, "L'été arrive.");
    /// let start = n.text.find("arrive").unwrap();
    /// assert_eq!(&input[n.to_original(start)..], "arrive.");
    /// ```
    pub fn new(input: &str) -> Normalized {
        let mut text = String::with_capacity(input.len());
        let mut anchors = Vec::new();
        let mut copied = 0; // start of the input run not yet copied
        let bytes = input.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // Most bytes start a character kept as it is.
            if !NORMALISED_BYTES[b as usize] {
                i += 1;
                continue;
            }
            let c = char_at(input, i);
            let at = i;
            i += c.len_utf8();
            let act = if c == '\r' && bytes.get(i) == Some(&b'\n') {
                Action::Drop // CRLF: keep only the LF
            } else {
                action(c)
            };
            if matches!(act, Action::Keep) {
                continue;
            }
            text.push_str(&input[copied..at]);
            anchors.push((text.len(), at));
            if let Action::Replace(r) = act {
                text.push(r);
            }
            copied = i;
            anchors.push((text.len(), copied));
        }
        text.push_str(&input[copied..]);
        Normalized { text, anchors }
    }

    /// The input byte offset that corresponds to byte offset `pos` of the
    /// normalised text. A character boundary maps to a character boundary.
    pub fn to_original(&self, pos: usize) -> usize {
        let i = self.anchors.partition_point(|&(n, _)| n <= pos);
        if i == 0 {
            pos
        } else {
            let (n, o) = self.anchors[i - 1];
            o + (pos - n)
        }
    }

    /// Like [`to_original`](Self::to_original), for the end of a span: where
    /// characters were dropped right at `pos` (the `\r` of a CRLF), the span
    /// ends before them rather than after.
    pub fn to_original_end(&self, pos: usize) -> usize {
        let i = self.anchors.partition_point(|&(n, _)| n < pos);
        match self.anchors.get(i) {
            Some(&(n, o)) if n == pos => o,
            _ => self.to_original(pos),
        }
    }

    /// The normalised offset of input byte offset `pos`, the inverse of
    /// [`to_original`](Self::to_original) at the boundaries of characters
    /// the normalisation kept.
    pub fn to_normalized(&self, pos: usize) -> usize {
        let i = self.anchors.partition_point(|&(_, o)| o <= pos);
        if i == 0 {
            pos
        } else {
            let (n, o) = self.anchors[i - 1];
            n + (pos - o)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_changed_character_s_lead_byte_is_looked_at() {
        for c in ('\0'..=char::MAX).filter(|&c| !matches!(action(c), Action::Keep)) {
            let lead = c.to_string().as_bytes()[0];
            assert!(NORMALISED_BYTES[lead as usize], "{c:?}");
        }
    }

    #[test]
    fn normalises_and_maps_back() {
        let cases: &[(&str, &str)] = &[
            ("plain ascii.", "plain ascii."),
            ("l\u{2019}été", "l'été"),
            ("a\u{a0}b\u{202f}c\td", "a b c d"),
            ("ligne\r\nsuite\rfin", "ligne\nsuite\nfin"),
            ("in\u{ad}vi\u{200b}sible\u{feff}", "invisible"),
            ("nul\0ctl\u{7}", "nul ctl "),
            ("\u{202e}rtl\u{202c}", "rtl"),
            ("émoji 👍🏽 é", "émoji 👍🏽 é"),
        ];
        for (input, expected) in cases {
            let n = Normalized::new(input);
            assert_eq!(&n.text, expected, "{input:?}");
            // Every char boundary of the output maps to a char boundary of the input,
            // monotonically, and the ends map to the ends.
            let mut last = 0;
            for (i, _) in n.text.char_indices().chain([(n.text.len(), ' ')]) {
                let o = n.to_original(i);
                assert!(input.is_char_boundary(o), "{input:?} at {i}");
                assert!(o >= last);
                last = o;
            }
            assert_eq!(n.to_original(n.text.len()), input.len());
            for (i, _) in n.text.char_indices() {
                let o = n.to_original(i);
                if !matches!(action(input[o..].chars().next().unwrap()), Action::Drop) {
                    assert_eq!(n.to_normalized(o), i, "{input:?} at {i}");
                }
            }
        }
    }

    #[test]
    fn span_ends_stop_before_dropped_characters() {
        let input = "Une phrase.\r\nLa suite\u{ad}.";
        let n = Normalized::new(input);
        let end = n.text.find('\n').unwrap();
        assert_eq!(&input[..n.to_original_end(end)], "Une phrase.");
        assert_eq!(&input[..n.to_original(end)], "Une phrase.\r");
        let start = n.to_original(end + 1);
        assert_eq!(
            &input[start..n.to_original_end(n.text.len())],
            "La suite\u{ad}."
        );
    }

    #[test]
    fn words_map_to_the_same_words() {
        let input = "Le\u{a0}Maroc\u{2019}s \u{ad}rôle «\u{202f}clé\u{202f}»";
        let n = Normalized::new(input);
        for word in ["Maroc", "rôle", "clé"] {
            let s = n.text.find(word).unwrap();
            let (a, b) = (n.to_original(s), n.to_original(s + word.len()));
            assert_eq!(&input[a..b], word);
        }
    }
}
