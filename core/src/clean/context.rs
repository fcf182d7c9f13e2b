//! What a block is by its neighbours, where its own shape cannot tell:
//!
//! - a caption above a photo credit (perhaps with a "1 / 3" counter
//!   between them);
//! - the title of an embedded video or teaser above its source line
//!   ("… prioritaire ?" then "par Top Santé"), or with the source glued to
//!   its end ("… musulmans."par France Inter);
//! - a question or a headline standing alone in a rail, between a time
//!   stamp, a date or a section name and another headline.

use super::furniture::starts_upper;
use super::phrases::Phrases;
use super::signals::Signals;
use super::Reason;

/// The longest line taken for a caption by its neighbours.
const CAPTION_WORDS: usize = 60;

/// The longest outlet or author name of a source line.
const SOURCE_WORDS: usize = 4;

/// A picture counter between a caption and its credit: "1 /3", "2/5".
fn counter(sig: &Signals) -> bool {
    sig.words <= 2 && !sig.text.chars().any(char::is_alphabetic)
}

/// One sentence at most: no sentence end followed by more text.
fn one_sentence(text: &str) -> bool {
    let b = text.as_bytes();
    !b.windows(3).enumerate().any(|(i, w)| {
        matches!(w[0], b'.' | b'!' | b'?')
            && w[1] == b' '
            && text[i + 2..].chars().next().is_some_and(char::is_uppercase)
    })
}

/// "par Top Santé", "by BBC News": a lower-case word that introduces an
/// author, then a name of a few words. A byline says "Par Jeanne Martin";
/// the source line of an embedded video or teaser is written in lower case
/// after its title.
fn source_line(sig: &Signals, p: &Phrases) -> bool {
    if !sig.fragment || sig.final_punct || !(2..=SOURCE_WORDS + 1).contains(&sig.words) {
        return false;
    }
    let mut words = sig.text.split_whitespace();
    let first = words.next().unwrap_or("");
    let rest = words.next().unwrap_or("");
    p.author.contains(first) && starts_upper(rest)
}

/// A title with its source glued to its end, where a renderer left no
/// space between two elements: `…musulmans."par France Inter`.
pub(crate) fn glued_source(sig: &Signals, p: &Phrases) -> bool {
    if sig.final_punct || !(4..=CAPTION_WORDS).contains(&sig.words) {
        return false;
    }
    let tokens: Vec<&str> = sig.text.rsplit(' ').take(SOURCE_WORDS + 1).collect();
    // tokens[m] is the m-th token from the end; the author word ends it.
    (1..tokens.len()).any(|m| {
        let token = tokens[m];
        let name = tokens[m - 1];
        let Some(cut) = token.rfind(|c: char| !c.is_alphanumeric()) else {
            return false;
        };
        let (head, word) = token.split_at(cut);
        let word = &word[word.chars().next().map_or(0, char::len_utf8)..];
        !head.is_empty()
            && !word.is_empty()
            && word.chars().all(char::is_lowercase)
            && p.author.contains(word)
            && starts_upper(name)
            && tokens[..m].iter().all(|t| starts_upper(t) || t.len() <= 3)
    })
}

/// Marks captions and media titles found by their neighbours. `inline`
/// is set for each: the article may reach across them.
pub(crate) fn media(signals: &[Signals], reasons: &mut [Option<Reason>], inline: &mut [bool]) {
    let p = Phrases::get();
    let n = signals.len();
    for i in 0..n {
        if reasons[i].is_some() {
            continue;
        }
        let sig = &signals[i];
        // Above a credit, past a picture counter.
        let mut j = i + 1;
        while j < n && counter(&signals[j]) {
            j += 1;
        }
        let above_credit = j < n && reasons[j] == Some(Reason::Credit);
        let after_furniture = i > 0 && reasons[i - 1].is_some();
        let short = sig.words <= CAPTION_WORDS && !sig.ellipsis;
        let caption = above_credit
            && short
            && sig.words >= 4
            && (!sig.final_punct || (after_furniture && one_sentence(&sig.text)));
        // Above a source line, or with the source glued on.
        let titled = i + 1 < n && source_line(&signals[i + 1], p);
        let media_title = titled && short && (sig.headline_shaped() || one_sentence(&sig.text));
        if caption || media_title || glued_source(sig, p) {
            reasons[i] = Some(Reason::Caption);
            inline[i] = true;
        }
        if titled && media_title {
            reasons[i + 1] = Some(Reason::Caption);
            inline[i + 1] = true;
        }
    }
}

/// A line that labels the items of a rail: a time stamp or a date, or a
/// section name of a word or three.
fn label(sig: &Signals, reason: Option<Reason>) -> bool {
    match reason {
        Some(Reason::Byline | Reason::Menu) => sig.words <= 8,
        Some(Reason::Widget | Reason::Credit | Reason::Title) => false,
        Some(_) => sig.words <= 3 && !sig.final_punct,
        None => false,
    }
}

/// A line shaped like another article's title: a headline, or a question
/// or an exclamation of one short sentence (a poll, a teaser).
fn title_like(sig: &Signals) -> bool {
    let asks = sig
        .text
        .trim_end_matches(['"', '»', '”', ')'])
        .ends_with(['?', '!', '؟']);
    sig.headline_shaped() || (asks && sig.words <= 25 && one_sentence(&sig.text))
}

/// Items of rails and lists the other steps left: a kept title-like line
/// between a label and another label or title-like line is a teaser.
pub(crate) fn rails(signals: &[Signals], reasons: &mut [Option<Reason>], title: Option<usize>) {
    let n = signals.len();
    for i in 1..n.saturating_sub(1) {
        if reasons[i].is_some() || Some(i) == title || !title_like(&signals[i]) {
            continue;
        }
        let before = label(&signals[i - 1], reasons[i - 1]);
        let next = &signals[i + 1];
        let after = label(next, reasons[i + 1])
            || (Some(i + 1) != title
                && reasons[i + 1].map_or(title_like(next), |r| r == Reason::Teaser));
        if before && after {
            reasons[i] = Some(Reason::Teaser);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Resources;

    fn sig(text: &str) -> Signals<'_> {
        Signals::of(text, Resources::get("fr"))
    }

    #[test]
    fn sources_glued_or_on_their_own_line() {
        let p = Phrases::get();
        assert!(glued_source(
            &sig("Jean Dupont : \"Nous ne céderons pas.\"par France Inter"),
            p
        ));
        assert!(glued_source(
            &sig("Le maire s'explique sur le budget.by BBC News"),
            p
        ));
        assert!(!glued_source(&sig("Le texte a été adopté par le Sénat"), p));
        assert!(!glued_source(
            &sig("Un reportage diffusé par France Inter"),
            p
        ));
        // A whole article glued into one line keeps its prose.
        let long = format!(
            "{} \"La sécurité avant tout.\"par France Inter",
            "Le ministre a parlé.".repeat(20)
        );
        assert!(!glued_source(&sig(&long), p));
        assert!(source_line(&sig("par Top Santé"), p));
        assert!(source_line(&sig("by Sky News"), p));
        assert!(!source_line(&sig("Par Jeanne Martin"), p));
        assert!(!source_line(&sig("par ailleurs, il a dit"), p));
    }

    #[test]
    fn a_question_between_a_time_and_a_headline_is_a_teaser() {
        let res = Resources::get("fr");
        let texts = [
            "12:50",
            "France",
            "Réforme des retraites : faut-il un nouveau référendum ?",
            "12:37",
            "Le conseil a voté le budget de la ville mardi soir, après un long débat.",
            "Pourquoi maintenant ?",
            "Le maire a répondu que les travaux ne pouvaient plus attendre.",
        ];
        let signals: Vec<Signals> = texts.iter().map(|t| Signals::of(t, res)).collect();
        let mut reasons = vec![
            Some(Reason::Byline),
            Some(Reason::Menu),
            None,
            Some(Reason::Byline),
            None,
            None,
            None,
        ];
        rails(&signals, &mut reasons, None);
        assert_eq!(reasons[2], Some(Reason::Teaser));
        assert_eq!(reasons[4..], [None, None, None]);
        // The page's headline is never taken for a rail's item.
        let mut reasons = vec![
            Some(Reason::Byline),
            Some(Reason::Menu),
            None,
            Some(Reason::Byline),
        ];
        rails(&signals[..4], &mut reasons, Some(2));
        assert_eq!(reasons[2], None);
    }

    #[test]
    fn sentences_are_counted() {
        assert!(one_sentence("Le zoo rouvre. mardi"));
        assert!(one_sentence("Le zoo rouvre ses portes au public."));
        assert!(!one_sentence("Le zoo rouvre. Les visiteurs affluent."));
    }
}
