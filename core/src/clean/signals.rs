//! What can be measured on one block alone: length, stop-word density,
//! sentence punctuation, headline shape, separator runs.

use crate::lang::Resources;

/// The measurements of one block.
#[derive(Debug, Clone, Default)]
pub(crate) struct Signals {
    /// The block's text with whitespace runs collapsed.
    pub text: String,
    /// Lower-case letters and digits only, words separated by one space:
    /// the key that repetition is counted on.
    pub key: String,
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
    /// separators such as ` | ` or ` • `: one segment for ordinary text.
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

/// Splits a block at runs of three or more spaces and at list separators.
/// Line breaks inside a block (lines already rejoined) count as one space.
fn split_segments(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut spaces = 0;
    for c in raw.chars() {
        if c.is_whitespace() {
            spaces += usize::from(c != '\n');
            current.push(' ');
            continue;
        }
        if spaces >= 3 {
            let t = current.trim();
            if !t.is_empty() {
                out.push(t.to_string());
            }
            current.clear();
        }
        spaces = 0;
        current.push(c);
    }
    let t = current.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
    // Separators that join the items of a one-line menu or ticker.
    // One left-to-right pass, so a line of 100,000 items stays linear.
    const SEPARATORS: [&str; 7] = [" | ", " • ", " · ", " +++ ", " ◆ ", " ■ ", " ● "];
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

/// Collapses whitespace runs to one space.
pub(crate) fn collapse(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for w in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Letters and digits, lower-cased, one space between words.
pub(crate) fn key_of(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(w.chars().flat_map(char::to_lowercase));
    }
    key
}

impl Signals {
    /// Measures the block whose raw (normalised) text is `raw`.
    pub(crate) fn of(raw: &str, res: &Resources) -> Signals {
        let text = collapse(raw);
        let key = key_of(&text);
        let mut words = 0;
        let mut stops = 0;
        let mut last_is_stop = false;
        // The key holds the same words, already lower-cased.
        for w in key.split(' ').filter(|w| !w.is_empty()) {
            words += 1;
            last_is_stop = res.is_stop(w);
            stops += usize::from(last_is_stop);
        }
        let has_stop_list = res.is_stop("de") || res.is_stop("the") || stops > 0;
        let ellipsis = ends_with_ellipsis(&text);
        let starts_lower = text
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
        Signals {
            fragment: starts_lower || (last_is_stop && words > 1),
            final_punct: ends_like_sentence(&text) && !ellipsis,
            ellipsis,
            segments: split_segments(raw),
            stop_ratio: (has_stop_list && words > 0).then(|| stops as f64 / words as f64),
            words,
            key,
            text,
        }
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

    fn fr(text: &str) -> Signals {
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
        assert_eq!(
            fr("Une phrase normale, avec  deux espaces.").segments.len(),
            1
        );
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
