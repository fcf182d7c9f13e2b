//! What an element's tag, role, class and id say about it: page furniture
//! (navigation, comments, related links, a cookie notice, a paywall, share
//! buttons…), article markup, or content that is never shown.
//!
//! Class and id names are split into lower-case words at every character
//! that is not a letter or digit and at lower-to-upper case changes
//! (`commentList` → `comment`, `list`). The words are general web
//! vocabulary, in the languages of the phrase lists; no site's names.

use html5ever::{local_name, LocalName};

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

/// Splits class and id names into words, lower-cased (see the module doc).
pub(crate) fn words(names: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    let mut prev_lower = false;
    for c in names.chars().chain([' ']) {
        let split = !c.is_alphanumeric() || (prev_lower && c.is_uppercase());
        if split && !word.is_empty() {
            f(&word);
            word.clear();
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
}

/// The class and id of `e`, as one string.
fn names(e: &Element) -> String {
    let mut s = String::new();
    for a in [local_name!("class"), local_name!("id")] {
        if let Some(v) = e.attr(&a) {
            // A name list of a megabyte is read at its start only.
            let v = &v[..floor_boundary(v, 1024)];
            s.push_str(v);
            s.push(' ');
        }
    }
    s
}

fn floor_boundary(s: &str, mut at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The verdict of `e`'s class and id words, if any: strong verdicts win,
/// weak ones are cancelled by an article word.
fn by_names(e: &Element) -> Option<Flag> {
    let names = names(e);
    if names.is_empty() {
        return None;
    }
    let mut strong: Option<Reason> = None;
    let mut weak: Option<Reason> = None;
    let mut article = false;
    // Adjacent words joined too: `lire-aussi` → `lireaussi`.
    let mut prev = String::new();
    words(&names, |w| {
        let joined = format!("{prev}{w}");
        for candidate in [w, joined.as_str()] {
            article |= ARTICLE_WORDS.contains(&candidate);
            // An opinion piece, not a comment thread.
            if candidate.starts_with("commentar") && !candidate.starts_with("commentaire") {
                continue;
            }
            let hit = STEMS
                .iter()
                .find(|(stem, _, _)| candidate.starts_with(stem))
                .or_else(|| WORDS.iter().find(|(word, _, _)| candidate == *word));
            if let Some(&(_, reason, is_strong)) = hit {
                let slot = if is_strong { &mut strong } else { &mut weak };
                slot.get_or_insert(reason);
            }
        }
        prev = w.to_string();
    });
    // Bylines, captions and credits are small elements, not wrappers: an
    // article word (`post-meta`, `entry-byline`) does not cancel them.
    let cancellable =
        |r: Reason| matches!(r, Reason::Navigation | Reason::Related | Reason::Widget);
    match (strong, weak) {
        (Some(reason), _) => Some(Flag {
            reason,
            strong: true,
        }),
        (None, Some(reason)) if !(article && cancellable(reason)) => Some(Flag {
            reason,
            strong: false,
        }),
        _ => None,
    }
}

/// The verdict of an element's tag, role or names. `in_article` is true
/// inside an `<article>` or `<main>`, where a `<header>` holds the headline
/// rather than the site's banner.
pub(crate) fn flag(e: &Element, in_article: bool) -> Option<Flag> {
    let tag = |reason, strong| Some(Flag { reason, strong });
    let local = &e.name.local;
    // The page itself: its classes say what state the page is in
    // (`show-paywall`, `nav-open`), not what it is.
    if matches!(&**local, "html" | "body") {
        return None;
    }
    let by_tag = match &**local {
        "nav" | "menu" => tag(Reason::Navigation, true),
        "aside" => tag(Reason::Related, false),
        "footer" => tag(Reason::Navigation, false),
        "header" if !in_article => tag(Reason::Navigation, false),
        "form" => tag(Reason::Widget, false),
        "dialog" => tag(Reason::Widget, true),
        "amp-sidebar" => tag(Reason::Navigation, true),
        "amp-consent" | "amp-user-notification" => tag(Reason::Consent, true),
        "amp-social-share" | "amp-ad" | "amp-embed" | "amp-sticky-ad" => tag(Reason::Widget, true),
        _ => None,
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
    by_role.or_else(|| {
        // itemprop="articleBody" and the like are the article, whatever the names say.
        if article_markup(e) {
            return None;
        }
        by_names(e)
    })
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

/// Do `e`'s class or id words name an article's body?
pub(crate) fn article_names(e: &Element) -> bool {
    let mut yes = false;
    words(&names(e), |w| yes |= ARTICLE_WORDS.contains(&w));
    yes
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

/// Elements whose content is never text: scripts, styles, templates,
/// embedded objects and form controls.
pub(crate) fn never_text(local: &LocalName) -> bool {
    matches!(
        &**local,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "iframe"
            | "frame"
            | "frameset"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "select"
            | "option"
            | "datalist"
            | "textarea"
            | "input"
            | "button"
            | "svg"
            | "math"
            | "amp-analytics"
            | "amp-ad"
            | "amp-sticky-ad"
            | "amp-pixel"
            | "amp-state"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        words(s, |w| out.push(w.to_string()));
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
