//! A one-word button glued to the start of a paragraph, where a renderer
//! put two elements on one line: "Réagir Le paquebot a heurté le quai…",
//! "Share The council approved…". The block is split in two before it is
//! classified, so that the button is dropped as a widget (and reported with
//! its span) and the paragraph's first sentence starts after it.

use super::phrases::Phrases;
use crate::text::structure::Block;
use crate::text::words::lowercase_into;

/// The fewest words of the paragraph after a glued button: a button before
/// a short line is a menu's business, not this one's.
const REST_WORDS: usize = 6;

/// The shortest button, in characters: "OK" before a name is too often
/// something else ("OK Computer").
const BUTTON_CHARS: usize = 4;

/// The longest button, in bytes.
const BUTTON_BYTES: usize = 24;

/// Splits every block of `text` that starts with a glued button.
pub(crate) fn split(text: &str, blocks: &mut Vec<Block>) {
    let p = Phrases::get();
    let mut buf = String::new();
    let mut out: Option<Vec<Block>> = None;
    for (k, b) in blocks.iter().enumerate() {
        match button(&text[b.start..b.end], p, &mut buf) {
            Some((end, rest)) => {
                let v = out.get_or_insert_with(|| blocks[..k].to_vec());
                v.push(Block {
                    end: b.start + end,
                    lines: 1,
                    ..*b
                });
                v.push(Block {
                    start: b.start + rest,
                    ..*b
                });
            }
            None => {
                if let Some(v) = out.as_mut() {
                    v.push(*b);
                }
            }
        }
    }
    if let Some(v) = out {
        *blocks = v;
    }
}

/// Where the glued button of `raw` ends and where the paragraph after it
/// starts, if `raw` starts with one: a word of the widget list written
/// alone (not in lower case), then a paragraph that starts like a sentence
/// (not in lower case) and runs for [`REST_WORDS`] words or more.
fn button(raw: &str, p: &Phrases, buf: &mut String) -> Option<(usize, usize)> {
    let first = raw.chars().next()?;
    if !first.is_alphabetic() || first.is_lowercase() {
        return None;
    }
    let end = raw
        .char_indices()
        .take_while(|&(i, _)| i <= BUTTON_BYTES)
        .find(|&(_, c)| c.is_whitespace())?
        .0;
    let word = &raw[..end];
    if word.chars().count() < BUTTON_CHARS || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    lowercase_into(word, buf);
    if !p.widget.contains(buf.as_str()) {
        return None;
    }
    let rest = raw[end..].trim_start();
    let c = rest.chars().next()?;
    let starts_sentence =
        (c.is_alphanumeric() || matches!(c, '«' | '"' | '“')) && !c.is_lowercase();
    (starts_sentence && rest.split_whitespace().take(REST_WORDS).count() == REST_WORDS)
        .then_some((end, raw.len() - rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Resources;
    use crate::text::structure::blocks;

    fn split_spans(text: &str) -> Vec<&str> {
        let mut b = blocks(text, Resources::get("fr"));
        split(text, &mut b);
        b.iter().map(|b| &text[b.start..b.end]).collect()
    }

    #[test]
    fn a_glued_button_becomes_a_block_of_its_own() {
        let text = "Réagir Le paquebot a heurté le quai dimanche matin.\n\nLa suite.";
        assert_eq!(
            split_spans(text),
            [
                "Réagir",
                "Le paquebot a heurté le quai dimanche matin.",
                "La suite."
            ]
        );
        assert_eq!(
            split_spans("Share \"We will rebuild the harbour by next spring,\" she said."),
            [
                "Share",
                "\"We will rebuild the harbour by next spring,\" she said."
            ]
        );
    }

    #[test]
    fn words_that_only_look_like_buttons_stay() {
        for text in [
            "Partager les richesses est le premier devoir de l'État.",
            "Réagir vite est essentiel, selon les pompiers du département.",
            "Share prices fell by 10% on Monday after the announcement.",
            "Réagir Maintenant",
            "Partager : Facebook Twitter",
        ] {
            assert_eq!(split_spans(text), [text], "{text}");
        }
    }
}
