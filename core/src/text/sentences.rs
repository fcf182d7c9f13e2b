//! Step 3: sentence boundaries, at French news grade.
//!
//! A period does not end a sentence after an abbreviation (`M.`, `Mme`, `n°`),
//! after initials (`J.-N. Barrot`), or inside a number (`2,6`, `400.000`);
//! `!` and `?` do not end one inside « guillemets ». An ellipsis and `etc.`
//! end a sentence when a capital follows. Sentences never cross blocks.
//!
//! Other languages bring their own abbreviations (from [`Resources`]) and
//! punctuation: `;` is the Greek question mark, `؟` the Arabic one, `¿ ¡`
//! open Spanish sentences, `。！？` end Chinese and Japanese ones with no
//! space after them. Where a period after a number marks an ordinal
//! (German `am 3. Oktober`), it does not end a sentence.

use super::chars::{char_at, is_alphabetic, is_alphanumeric};
use std::ops::Range;

use super::byte_set;
use crate::lang::Resources;

/// How far an opened « guillemet » keeps `!` and `?` from ending a sentence;
/// past this, the quote is taken as unbalanced.
const MAX_QUOTE_BYTES: usize = 600;

/// Abbreviations and initials are short: the token before a period is looked
/// for this many bytes back at most, which keeps the scan linear on text
/// without spaces (`a.)a.)a.)…`).
const MAX_TOKEN_BYTES: usize = 64;

/// The whitespace-delimited token of `s[start..end]` that ends at `end`, or
/// `""` when it is longer than [`MAX_TOKEN_BYTES`] (too long to be an
/// abbreviation or initials).
fn token_before(s: &str, start: usize, end: usize) -> &str {
    let mut from = end.saturating_sub(MAX_TOKEN_BYTES).max(start);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let window = &s[from..end];
    let token = window.rsplit(char::is_whitespace).next().unwrap_or("");
    if from > start && token.len() == window.len() {
        ""
    } else {
        token
    }
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '"' | '”' | ')' | ']' | '\'' | '’' | '›' | '」' | '』' | '）' | '】' | '》' | '〉'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '«' | '"'
            | '“'
            | '('
            | '['
            | '‹'
            | '¿'
            | '¡'
            | '-'
            | '–'
            | '—'
            | '\''
            | '「'
            | '『'
            | '（'
            | '【'
            | '《'
            | '〈'
    )
}

/// Does `c` mark a sentence end that needs no following space (CJK, Arabic,
/// Devanagari, Urdu, Armenian, Ethiopic)?
fn is_hard_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '؟' | '।' | '॥' | '۔' | '։' | '።' | '\u{37E}'
    )
}

/// The bytes that can start a character [`split`] looks at: sentence
/// punctuation and quotation marks, ASCII or the lead byte of their UTF-8
/// form. Every other byte is skipped at the cost of one look-up.
// . ! ? ; then the lead bytes of « » (C2), “ ” … (E2), 。 (E3), ！ ？ (EF),
// ؟ (D8), । ॥ (E0), ۔ (DB), ։ (D6), ። (E1), U+037E (CD).
static SENTENCE_BYTES: [bool; 256] = byte_set(&[
    b'.', b'!', b'?', b';', 0xC2, 0xE2, 0xE3, 0xEF, 0xD8, 0xE0, 0xDB, 0xD6, 0xE1, 0xCD,
]);

/// Is `token` a number short enough to be an ordinal (`3`, `21`, `100`)?
fn is_ordinal_number(token: &str) -> bool {
    (1..=3).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit())
}

/// Does a sentence start with `c`?
fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_numeric() || is_opener(c) || !c.is_lowercase() && is_alphabetic(c)
}

/// Are the letters of `token` all single capitals separated by `.` or `-` (`J.-N`, `U.S`)?
fn is_initials(token: &str) -> bool {
    let mut letters = 0;
    for part in token.split(['.', '-']).filter(|p| !p.is_empty()) {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => letters += 1,
            _ => return false,
        }
    }
    letters > 0
}

/// Splits `text[block]` into sentence spans, appended to `out` trimmed.
/// Spans without a letter or digit are left out.
///
/// ```
/// use abrege::{lang::Resources, text::sentences::split};
/// let text = "M. Barrot est venu. Il a dit « Non ! » puis il est parti… Fin.";
/// let mut out = Vec::new();
/// split(text, 0..text.len(), Resources::get("fr"), &mut out);
/// let s: Vec<&str> = out.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(s, ["M. Barrot est venu.", "Il a dit « Non ! » puis il est parti…", "Fin."]);
/// ```
pub fn split(text: &str, block: Range<usize>, res: &Resources, out: &mut Vec<Range<usize>>) {
    let s = &text[block.clone()];
    let base = block.start;
    let mut start = 0;
    let mut quote_open: Option<usize> = None; // byte offset of an open guillemet
    let bytes = s.as_bytes();
    let mut next_at = 0;
    while let Some(&b) = bytes.get(next_at) {
        let i = next_at;
        // Most bytes cannot start a character that matters here.
        if !SENTENCE_BYTES[b as usize] {
            next_at += 1;
            continue;
        }
        let c = char_at(s, i);
        next_at = i + c.len_utf8();
        match c {
            '«' | '“' => {
                let prev = s[..i].chars().next_back();
                let next = s[i + c.len_utf8()..].chars().next();
                let closes = prev.is_some_and(|p| !p.is_whitespace())
                    && !next.is_some_and(|n| !n.is_whitespace() && !n.is_ascii_punctuation());
                quote_open = if closes { None } else { Some(i) };
                continue;
            }
            '»' | '”' => {
                quote_open = None;
                continue;
            }
            '.' | '!' | '?' | '…' | ';' if c != ';' || res.info.code == "el" => {}
            c if is_hard_terminal(c) => {}
            _ => continue,
        }
        // Take the whole run of terminal punctuation ("?!", "...").
        let mut end = i + c.len_utf8();
        let mut run_has_ellipsis = c == '…';
        let mut dots = usize::from(c == '.');
        while let Some(d) = s[end..].chars().next() {
            if matches!(d, '.' | '!' | '?' | '…') || is_hard_terminal(d) {
                run_has_ellipsis |= d == '…';
                dots += usize::from(d == '.');
                end += d.len_utf8();
            } else {
                break;
            }
        }
        next_at = end;
        let ellipsis = run_has_ellipsis || dots >= 3;
        let single_period = c == '.' && end == i + 1;
        // Closing quotes and brackets belong to the sentence they close, even after a space (« … . »).
        let mut after = end;
        let rest = s[after..].char_indices();
        let mut look = None;
        for (k, d) in rest {
            if d.is_whitespace() {
                continue;
            }
            if is_closer(d) && !matches!(d, '\'' | '"') || (d == '"' && k == 0) {
                after = end + k + d.len_utf8();
                continue;
            }
            look = Some((end + k, d));
            break;
        }
        let next_char = s[end..].chars().next();
        let hard = is_hard_terminal(c);
        // Inside a word or number ("2.6", "www.x.fr", "J.-N."): never a boundary.
        if !hard && next_char.is_some_and(|n| !n.is_whitespace() && !is_closer(n)) {
            continue;
        }
        let Some((next_start, next)) = look else {
            continue; // end of block: the block end closes the sentence
        };
        let boundary = if hard {
            // A Japanese quotation goes on after its closing bracket: 「…。」と述べた。
            !(after > end && matches!(next, '\u{3041}'..='\u{309F}'))
        } else if single_period {
            let token =
                token_before(s, start, i).trim_start_matches(|c: char| is_opener(c) || c == '«');
            if res.is_sentence_end_abbreviation(token) {
                next.is_uppercase()
            } else if res.is_abbreviation(token) || is_initials(token) {
                false
            } else if res.info.ordinal_period && is_ordinal_number(token) {
                !is_alphabetic(next) && starts_sentence(next)
            } else {
                starts_sentence(next)
            }
        } else if ellipsis {
            next.is_uppercase()
        } else {
            // ! or ?: not inside a short open quotation.
            let quoted = quote_open.is_some_and(|q| i - q < MAX_QUOTE_BYTES);
            !quoted && starts_sentence(next)
        };
        if boundary {
            push_trimmed(s, base, start..after, out);
            start = next_start;
            quote_open = None;
        }
    }
    push_trimmed(s, base, start..s.len(), out);
}

fn push_trimmed(s: &str, base: usize, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &s[r.clone()];
    let trimmed = piece.trim();
    if trimmed.chars().any(is_alphanumeric) {
        let lead = piece.len() - piece.trim_start().len();
        let a = base + r.start + lead;
        out.push(a..a + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_s_lead_byte_is_looked_at() {
        let marks = ['.', '!', '?', ';', '«', '»', '“', '”', '…'];
        for c in marks
            .into_iter()
            .chain(('\0'..=char::MAX).filter(|&c| is_hard_terminal(c)))
        {
            let lead = c.to_string().as_bytes()[0];
            assert!(SENTENCE_BYTES[lead as usize], "{c:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0..text.len(), Resources::get("fr"), &mut out);
        out.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn french_news_segmentation() {
        let cases: &[(&str, &[&str])] = &[
            (
                "M. Dupont et Mme Durand sont là. Ils parlent.",
                &["M. Dupont et Mme Durand sont là.", "Ils parlent."],
            ),
            (
                "MM. Martin et Mlle Roy arrivent. Dr Petit aussi.",
                &["MM. Martin et Mlle Roy arrivent.", "Dr Petit aussi."],
            ),
            (
                "Le Pr. Lenoir et Me Blanc plaident. Fin.",
                &["Le Pr. Lenoir et Me Blanc plaident.", "Fin."],
            ),
            (
                "S.M. le Roi préside. La séance suit.",
                &["S.M. le Roi préside.", "La séance suit."],
            ),
            (
                "Voir St. Denis, cf. p. 12 et le n° 5. Ensuite.",
                &["Voir St. Denis, cf. p. 12 et le n° 5.", "Ensuite."],
            ),
            (
                "Né en 52 av. J.-C. à Rome. Il meurt.",
                &["Né en 52 av. J.-C. à Rome.", "Il meurt."],
            ),
            (
                "Le 3 janv. 2025 et le 4 févr. Il pleut.",
                &["Le 3 janv. 2025 et le 4 févr.", "Il pleut."],
            ),
            (
                "J.-N. Barrot a salué l'avancée. Il a conclu.",
                &["J.-N. Barrot a salué l'avancée.", "Il a conclu."],
            ),
            (
                "Un fossile de 2,6 millions d'années. Près de 400.000 titres. Soit 11,5 %. Fin.",
                &[
                    "Un fossile de 2,6 millions d'années.",
                    "Près de 400.000 titres.",
                    "Soit 11,5 %.",
                    "Fin.",
                ],
            ),
            (
                "Il a crié « Au secours ! Vite ! » en courant. Puis rien.",
                &[
                    "Il a crié « Au secours ! Vite ! » en courant.",
                    "Puis rien.",
                ],
            ),
            (
                "Il hésite… Puis il part... Enfin il arrive.",
                &["Il hésite…", "Puis il part...", "Enfin il arrive."],
            ),
            (
                "Des pommes, des poires, etc. Le marché ferme.",
                &["Des pommes, des poires, etc.", "Le marché ferme."],
            ),
            (
                "Des pommes, etc. et des poires.",
                &["Des pommes, etc. et des poires."],
            ),
            (
                "Son message ? La course menace. Le résultat ? Un fossé.",
                &[
                    "Son message ?",
                    "La course menace.",
                    "Le résultat ?",
                    "Un fossé.",
                ],
            ),
            ("« C'est fini. » Il sort.", &["« C'est fini. »", "Il sort."]),
            (
                "Il l'a dit (en privé.) Ensuite.",
                &["Il l'a dit (en privé.)", "Ensuite."],
            ),
            (
                "Voir www.exemple.fr pour plus. Merci.",
                &["Voir www.exemple.fr pour plus.", "Merci."],
            ),
            ("Pas de ponctuation finale", &["Pas de ponctuation finale"]),
            ("... ! ?", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn unbalanced_guillemets_do_not_swallow_the_text() {
        let text = "« Cette asymétrie ne fait que s'aggraver« , s'alarme le diplomate. Le résultat ? Un fossé.";
        assert_eq!(
            sentences(text),
            [
                "« Cette asymétrie ne fait que s'aggraver« , s'alarme le diplomate.",
                "Le résultat ?",
                "Un fossé."
            ]
        );
    }
}
