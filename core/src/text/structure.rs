//! Step 2: paragraphs, lines, and lines a scraper broke at inline links.
//!
//! Paragraphs are separated by blank lines. Inside a paragraph each line is
//! its own block, unless it continues the line before: a line that does not
//! end a sentence and is followed by a lower-case word, by punctuation or
//! by an opening bracket, or that ends on a comma or a stop word
//! (`…Polytechnique de` / `Rabat` / `. Devant…`), is joined to the next;
//! so is a short capitalised line (a link's name) between the unfinished
//! start of a sentence and a line that continues it. Sentences never cross blocks, so a
//! headline-like line with no final punctuation stays a unit of its own.

use super::chars::is_alphanumeric;
use crate::lang::Resources;

/// A run of text that sentences are split within: one line, or several
/// lines joined back together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Byte offset of the block's first non-space character in the normalised text.
    pub start: usize,
    /// Byte offset just past its last non-space character.
    pub end: usize,
    /// Index of the paragraph the block belongs to.
    pub paragraph: usize,
    /// How many input lines the block spans.
    pub lines: usize,
}

/// Characters that end a line without inviting a continuation.
fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | ':' | ';' | '»' | '"' | '”' | ')' | ']' | '؟' | '。' | '！' | '？'
    )
}

/// Characters that, at the start of a line, attach it to the line before.
fn continues_line(c: char) -> bool {
    c.is_lowercase()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | ')' | ']' | '»' | '!' | '?' | '…' | '%' | '('
        )
}

/// Should `next` be joined to `prev` (both trimmed, non-empty)?
pub fn joins(prev: &str, next: &str, res: &Resources) -> bool {
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    if ends_sentence(last) {
        return false;
    }
    let first = next.chars().next().unwrap_or(' ');
    if continues_line(first) || matches!(last, ',' | '(' | '«' | '-' | '–' | '—' | '/' | '\'')
    {
        return true;
    }
    // A line that ends on a lower-case function word ("…de", "…entre") is unfinished.
    let last_word = prev
        .rsplit(|c: char| !is_alphanumeric(c) && c != '\'')
        .next()
        .unwrap_or("");
    !last_word.is_empty() && last_word.chars().all(|c| !c.is_uppercase()) && res.is_stop(last_word)
}

/// Splits normalised `text` into blocks.
///
/// ```
/// use abrege::{lang::Resources, text::structure::blocks};
/// let text = "Titre\n\nIl était à\nRabat\n. Puis il partit.\nUne autre ligne.";
/// let b = blocks(text, Resources::get("fr"));
/// let spans: Vec<&str> = b.iter().map(|b| &text[b.start..b.end]).collect();
/// assert_eq!(spans, ["Titre", "Il était à\nRabat\n. Puis il partit.", "Une autre ligne."]);
/// assert_eq!(b[1].paragraph, 1);
/// ```
pub fn blocks(text: &str, res: &Resources) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph = 0;
    let mut paragraph_open = false;
    let mut line_start = 0;
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let offset = line_start;
        line_start += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if paragraph_open {
                paragraph += 1;
                paragraph_open = false;
            }
            continue;
        }
        let start = offset + (line.len() - line.trim_start().len());
        let end = start + trimmed.len();
        if let Some(prev) = out
            .last_mut()
            .filter(|b| paragraph_open && b.paragraph == paragraph)
        {
            let prev_line = text[prev.start..prev.end]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .trim();
            let after = lines.peek().map_or("", |l| l.trim());
            if joins(prev_line, trimmed, res) || bridges(prev_line, trimmed, after) {
                prev.end = end;
                prev.lines += 1;
                continue;
            }
        }
        paragraph_open = true;
        out.push(Block {
            start,
            end,
            paragraph,
            lines: 1,
        });
    }
    out
}

/// Is `line` a link's text standing between two halves of a sentence? A
/// scraper that breaks at every link leaves a name on a line of its own
/// (`…a annoncé le président` / `Emmanuel Macron` / `, mardi…`): the line
/// before is a sentence's unfinished start, the name is short and starts
/// with a capital, and the line after continues it.
fn bridges(prev: &str, line: &str, after: &str) -> bool {
    const MAX_NAME_WORDS: usize = 5;
    const MIN_START_WORDS: usize = 5;
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    let Some(first_after) = after.chars().next() else {
        return false;
    };
    !ends_sentence(last)
        && !line.chars().next_back().is_some_and(ends_sentence)
        && line.split_whitespace().count() <= MAX_NAME_WORDS
        && prev.split_whitespace().count() >= MIN_START_WORDS
        && (first_after.is_lowercase() || matches!(first_after, ',' | '.' | ';' | ':' | ')'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        blocks(text, Resources::get("fr"))
            .iter()
            .map(|b| &text[b.start..b.end])
            .collect()
    }

    #[test]
    fn rejoins_lines_broken_at_links() {
        let cases: &[(&str, &[&str])] = &[
            (
                "à l'Université Mohammed VI Polytechnique de\nRabat\n. Devant un parterre d'experts.",
                &["à l'Université Mohammed VI Polytechnique de\nRabat\n. Devant un parterre d'experts."],
            ),
            (
                "D'un côté,\nWashington\nprône la déréglementation.",
                &["D'un côté,\nWashington\nprône la déréglementation."],
            ),
            ("en alternance entre\nNew York\net Genève.", &["en alternance entre\nNew York\net Genève."]),
            ("Cliquez\nici\npour lire l'article.", &["Cliquez\nici\npour lire l'article."]),
            // An opening bracket after an unfinished line: a link's
            // expansion ("… le\nTOTP\n (Time-Based …), comme …").
            (
                "Google utilise le\nTOTP\n (Time-Based One-Time Passwords), comme Dropbox.",
                &["Google utilise le\nTOTP\n (Time-Based One-Time Passwords), comme Dropbox."],
            ),
            // A name on a line of its own between the halves of a sentence.
            (
                "Le texte a été présenté mardi par le président\nEmmanuel Macron\n, qui l'a défendu.",
                &["Le texte a été présenté mardi par le président\nEmmanuel Macron\n, qui l'a défendu."],
            ),
            (
                "Le conseil a voté un budget selon la\nChambre régionale des comptes\nqui s'en inquiète.",
                &["Le conseil a voté un budget selon la\nChambre régionale des comptes\nqui s'en inquiète."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(spans(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn keeps_menus_headlines_and_paragraphs_apart() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Politique\nEconomie\nInternational",
                &["Politique", "Economie", "International"],
            ),
            (
                "Un titre sans point\nLe texte commence ici.",
                &["Un titre sans point", "Le texte commence ici."],
            ),
            (
                "Fin de phrase.\nDébut d'une autre.",
                &["Fin de phrase.", "Début d'une autre."],
            ),
            (
                "Lire aussi :\nUn autre article",
                &["Lire aussi :", "Un autre article"],
            ),
            (
                "Un paragraphe de\n\nla suite",
                &["Un paragraphe de", "la suite"],
            ),
            ("  \n\n   ", &[]),
            // A headline, then a byline and a date: no sentence runs on.
            (
                "Le budget de la ville voté mardi soir\nPar Jeanne Martin\n3 mars 2024",
                &[
                    "Le budget de la ville voté mardi soir",
                    "Par Jeanne Martin",
                    "3 mars 2024",
                ],
            ),
            (
                "Le budget de la ville voté mardi soir\nJeanne Martin\nLe conseil a voté.",
                &[
                    "Le budget de la ville voté mardi soir",
                    "Jeanne Martin",
                    "Le conseil a voté.",
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(spans(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn paragraphs_are_counted_across_blank_lines() {
        let b = blocks("A.\nB.\n\n\nC.\n\nD.", Resources::get("fr"));
        let paragraphs: Vec<usize> = b.iter().map(|b| b.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 1, 2]);
    }
}
