//! What an element's tag, role, class and id say about it: page furniture
//! (navigation, comments, related links, a cookie notice, a paywall, share
//! buttons…), article markup, or content that is never shown.
//!
//! Class and id names are split into lower-case words at every character
//! that is not a letter or digit and at lower-to-upper case changes
//! (`commentList` → `comment`, `list`). The words are general web
//! vocabulary, in the languages of the phrase lists; no site's names.

use html5ever::local_name;

use super::dom::Element;
use crate::clean::Reason;

/// A verdict the markup gives on an element and everything inside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Flag {
    /// Why its blocks are dropped.
    pub reason: Reason,
    /// Told by a word no article container carries (comments, cookies,
    /// share buttons), as opposed to layout words such as `sidebar` that a
    /// page's wrapper may carry too.
    pub strong: bool,
}

/// Word stems, each with the verdict it gives and whether it is strong. A
/// stem matches a word it starts, e.g. `comment` matches `comments`.
const STEMS: &[(&str, Reason, bool)] = &[
    ("comment", Reason::Comments, true),
    ("commentaire", Reason::Comments, true),
    ("kommentar", Reason::Comments, true),
    ("comentario", Reason::Comments, true),
    ("disqus", Reason::Comments, true),
    ("respond", Reason::Comments, true),
    ("reaction", Reason::Comments, true),
    ("cookie", Reason::Consent, true),
    ("consent", Reason::Consent, true),
    ("gdpr", Reason::Consent, true),
    ("rgpd", Reason::Consent, true),
    ("didomi", Reason::Consent, true),
    ("onetrust", Reason::Consent, true),
    ("paywall", Reason::Paywall, true),
    ("regwall", Reason::Paywall, true),
    ("subscri", Reason::Paywall, true),
    ("abonn", Reason::Paywall, true),
    ("related", Reason::Related, true),
    ("relacionad", Reason::Related, true),
    ("recommend", Reason::Related, true),
    ("outbrain", Reason::Related, true),
    ("taboola", Reason::Related, true),
    ("lireaussi", Reason::Related, true),
    ("readmore", Reason::Related, true),
    ("readalso", Reason::Related, true),
    ("morestories", Reason::Related, true),
    ("mostread", Reason::Related, true),
    ("mostpopular", Reason::Related, true),
    ("popular", Reason::Related, false),
    ("trending", Reason::Related, false),
    ("teaser", Reason::Related, false),
    ("sidebar", Reason::Related, false),
    ("share", Reason::Widget, true),
    ("sharing", Reason::Widget, true),
    ("social", Reason::Widget, true),
    ("partage", Reason::Widget, true),
    ("newsletter", Reason::Widget, true),
    ("promo", Reason::Widget, false),
    ("advert", Reason::Widget, true),
    ("sponsor", Reason::Widget, true),
    ("widget", Reason::Widget, false),
    ("popup", Reason::Widget, true),
    ("modal", Reason::Widget, false),
    ("banner", Reason::Widget, false),
    ("toolbar", Reason::Widget, false),
    ("breadcrumb", Reason::Navigation, true),
    ("navigation", Reason::Navigation, true),
    ("navbar", Reason::Navigation, true),
    ("menu", Reason::Navigation, false),
    ("pagination", Reason::Navigation, true),
    ("pager", Reason::Navigation, false),
    ("footer", Reason::Navigation, false),
    ("masthead", Reason::Navigation, false),
    ("byline", Reason::Byline, false),
    ("dateline", Reason::Byline, false),
    ("publish", Reason::Byline, false),
    ("timestamp", Reason::Byline, false),
    ("caption", Reason::Caption, false),
    ("legende", Reason::Caption, false),
    ("credit", Reason::Credit, false),
    ("copyright", Reason::Credit, false),
];

/// Whole words (not stems) and their verdicts: too short to match as stems.
const WORDS: &[(&str, Reason, bool)] = &[
    ("nav", Reason::Navigation, true),
    ("ad", Reason::Widget, true),
    ("ads", Reason::Widget, true),
    ("pub", Reason::Widget, false),
    ("tags", Reason::Navigation, false),
    ("tweet", Reason::Widget, false),
    ("twitter", Reason::Widget, false),
    ("facebook", Reason::Widget, false),
    ("instagram", Reason::Widget, false),
    ("author", Reason::Byline, false),
    ("date", Reason::Byline, false),
    ("time", Reason::Byline, false),
    ("updated", Reason::Byline, false),
    ("meta", Reason::Byline, false),
    ("header", Reason::Navigation, false),
];

/// Words that an article's own container carries: they cancel the weak
/// verdicts (`article-sidebar-layout` is not a sidebar).
const ARTICLE_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "main",
    "story",
    "entry",
    "post",
    "text",
    "column",
    "prose",
    "corps",
    "contenu",
    "artikel",
    "inhalt",
    "cuerpo",
    "texto",
    "noticia",
];

/// Class names that hide an element on every screen.
const HIDDEN_CLASSES: &[&str] = &[
    "hidden",
    "hide",
    "d-none",
    "display-none",
    "invisible",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "is-hidden",
    "u-hidden",
];

/// Splits class and id names into words, lower-cased (see the module doc),
/// calling `f` with each word and the word before it (`""` for the first).
pub(crate) fn words(names: &str, mut f: impl FnMut(&str, &str)) {
    let mut word = String::new();
    let mut prev = String::new();
    let mut prev_lower = false;
    for c in names.chars().chain([' ']) {
        let split = !c.is_alphanumeric() || (prev_lower && c.is_uppercase());
        if split && !word.is_empty() {
            f(&word, &prev);
            std::mem::swap(&mut word, &mut prev);
            word.clear();
        }
        if c.is_alphanumeric() {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
}

/// The stems and words that start with each byte, so that a class word is
/// compared with the few that could match.
struct Index {
    by_first: Vec<Vec<(&'static str, Reason, bool, bool)>>,
}

static INDEX: std::sync::LazyLock<Index> = std::sync::LazyLock::new(|| {
    let mut by_first = vec![Vec::new(); 256];
    for &(stem, reason, strong) in STEMS {
        by_first[stem.as_bytes()[0] as usize].push((stem, reason, strong, true));
    }
    for &(word, reason, strong) in WORDS {
        by_first[word.as_bytes()[0] as usize].push((word, reason, strong, false));
    }
    Index { by_first }
});

/// The verdict a class word gives: the first stem it starts with, else a
/// whole word it is.
fn lookup(candidate: &str) -> Option<(&'static str, Reason, bool)> {
    let first = *candidate.as_bytes().first()?;
    let bucket = &INDEX.by_first[first as usize];
    bucket
        .iter()
        .find(|(stem, _, _, is_stem)| *is_stem && candidate.starts_with(stem))
        .or_else(|| {
            bucket
                .iter()
                .find(|(word, _, _, is_stem)| !*is_stem && candidate == *word)
        })
        .map(|&(w, reason, strong, _)| (w, reason, strong))
}

/// A name list of a megabyte is read at its start only.
const NAMES_BYTES: usize = 1024;

fn floor_boundary(s: &str, mut at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// What the words of an element's class and id say.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Names {
    /// The verdict they give, if any: strong verdicts win, weak ones are
    /// cancelled by an article word.
    pub flag: Option<Flag>,
    /// They name an article's body (`article-body`, `story`, `contenu`).
    pub article: bool,
}

/// Reads `e`'s class and id words.
pub(crate) fn names(e: &Element) -> Names {
    let mut strong: Option<Reason> = None;
    let mut weak: Option<Reason> = None;
    let mut article = false;
    let mut joined = String::new();
    for a in [local_name!("class"), local_name!("id")] {
        let Some(v) = e.attr(&a) else { continue };
        let v = &v[..floor_boundary(v, NAMES_BYTES)];
        // Adjacent words joined too: `lire-aussi` → `lireaussi`.
        words(v, |w, prev| {
            joined.clear();
            joined.push_str(prev);
            joined.push_str(w);
            for candidate in [w, joined.as_str()] {
                article |= candidate.len() <= 11 && ARTICLE_WORDS.contains(&candidate);
                // An opinion piece, not a comment thread.
                if candidate.starts_with("commentar") && !candidate.starts_with("commentaire") {
                    continue;
                }
                let hit = lookup(candidate);
                if let Some((_, reason, is_strong)) = hit {
                    let slot = if is_strong { &mut strong } else { &mut weak };
                    slot.get_or_insert(reason);
                }
            }
        });
    }
    // Bylines, captions and credits are small elements, not wrappers: an
    // article word (`post-meta`, `entry-byline`) does not cancel them.
    let cancellable =
        |r: Reason| matches!(r, Reason::Navigation | Reason::Related | Reason::Widget);
    let flag = match (strong, weak) {
        (Some(reason), _) => Some(Flag {
            reason,
            strong: true,
        }),
        (None, Some(reason)) if !(article && cancellable(reason)) => Some(Flag {
            reason,
            strong: false,
        }),
        _ => None,
    };
    Names { flag, article }
}

/// The verdict of an element's tag, role or `names`. `in_article` is true
/// inside an `<article>` or `<main>`, where a `<header>` holds the headline
/// rather than the site's banner.
pub(crate) fn flag(e: &Element, names: Names, in_article: bool) -> Option<Flag> {
    let tag = |reason, strong| Some(Flag { reason, strong });
    let by_tag = match e.name.local {
        // The page itself: its classes say what state the page is in
        // (`show-paywall`, `nav-open`), not what it is.
        local_name!("html") | local_name!("body") => return None,
        local_name!("nav") | local_name!("menu") => tag(Reason::Navigation, true),
        local_name!("aside") => tag(Reason::Related, false),
        local_name!("footer") => tag(Reason::Navigation, false),
        local_name!("header") if !in_article => tag(Reason::Navigation, false),
        local_name!("form") => tag(Reason::Widget, false),
        local_name!("dialog") => tag(Reason::Widget, true),
        _ => match &*e.name.local {
            "amp-sidebar" => tag(Reason::Navigation, true),
            "amp-consent" | "amp-user-notification" => tag(Reason::Consent, true),
            "amp-social-share" | "amp-ad" | "amp-embed" | "amp-sticky-ad" => {
                tag(Reason::Widget, true)
            }
            _ => None,
        },
    };
    if by_tag.is_some() {
        return by_tag;
    }
    let by_role = match e.attr(&local_name!("role")).map(str::trim) {
        Some("navigation" | "menu" | "menubar" | "search") => tag(Reason::Navigation, true),
        Some("banner" | "contentinfo") => tag(Reason::Navigation, false),
        Some("complementary") => tag(Reason::Related, false),
        Some("dialog" | "alertdialog") => tag(Reason::Widget, true),
        _ => None,
    };
    // itemprop="articleBody" and the like are the article, whatever the names say.
    by_role.or_else(|| if article_markup(e) { None } else { names.flag })
}

/// Markup that names the article: `<article>`, `<main>`, `role="main"`,
/// `itemprop="articleBody"`, or a schema.org article type.
pub(crate) fn article_markup(e: &Element) -> bool {
    e.is(&local_name!("article"))
        || e.is(&local_name!("main"))
        || e.attr(&local_name!("role")) == Some("main")
        || e.attr(&local_name!("itemprop")).is_some_and(|p| {
            p.split_whitespace()
                .any(|w| w == "articleBody" || w == "text")
        })
        || e.attr(&local_name!("itemtype")).is_some_and(|t| {
            [
                "NewsArticle",
                "Article",
                "BlogPosting",
                "ReportageNewsArticle",
            ]
            .iter()
            .any(|k| t.ends_with(k))
        })
}

/// Elements never shown: `hidden`, `aria-hidden="true"`, `display:none` or
/// `visibility:hidden` in their style, or a class that hides them everywhere.
pub(crate) fn hidden(e: &Element) -> bool {
    if e.attr(&local_name!("hidden")).is_some()
        || e.attr(&local_name!("aria-hidden")).map(str::trim) == Some("true")
        || e.attr(&local_name!("type"))
            .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
    {
        return true;
    }
    if let Some(style) = e.attr(&local_name!("style")) {
        let compact: String = style
            .chars()
            .take(2048)
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if compact.contains("display:none") || compact.contains("visibility:hidden") {
            return true;
        }
    }
    e.attr(&local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace()
            .take(64)
            .any(|n| HIDDEN_CLASSES.iter().any(|h| n.eq_ignore_ascii_case(h)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        words(s, |w, _| out.push(w.to_string()));
        out
    }

    #[test]
    fn names_split_into_words() {
        assert_eq!(
            split("commentList article-body"),
            ["comment", "list", "article", "body"]
        );
        assert_eq!(
            split("lire_aussi  x2Share"),
            ["lire", "aussi", "x2", "share"]
        );
    }
}
