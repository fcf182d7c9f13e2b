//! What each HTML element is to extraction, told once per element from its
//! interned name (one comparison of atoms, not of strings).

use html5ever::{local_name, LocalName};

/// An element's role in the walk, as bits.
pub(crate) type Tag = u16;

/// Starts and ends a block.
pub(crate) const BLOCK: Tag = 1;
/// Holds text rather than sections (`<p>`, a heading, a list item, a cell).
pub(crate) const PARAGRAPH: Tag = 1 << 1;
/// Its content is never text (scripts, styles, templates, controls, embeds).
pub(crate) const NEVER_TEXT: Tag = 1 << 2;
/// `<a>`.
pub(crate) const LINK: Tag = 1 << 3;
/// `<figure>`, `<figcaption>`, `<caption>`.
pub(crate) const FIGURE: Tag = 1 << 4;
/// `<blockquote>`.
pub(crate) const QUOTE: Tag = 1 << 5;
/// Preformatted: line breaks are kept.
pub(crate) const PRE: Tag = 1 << 6;
/// `<br>`.
pub(crate) const BREAK: Tag = 1 << 7;
/// `<hr>`.
pub(crate) const RULE: Tag = 1 << 8;
/// A list item (`<li>`, `<dt>`, `<dd>`).
pub(crate) const LIST_ITEM: Tag = 1 << 9;
/// A table cell.
pub(crate) const CELL: Tag = 1 << 10;
/// `<h1>`…`<h6>`; the level is in [`HEADING_LEVEL`]'s bits.
pub(crate) const HEADING: Tag = 1 << 11;
/// The heading's level, 1 to 6, in bits 12 to 14.
pub(crate) const HEADING_LEVEL: u32 = 12;

/// The bits of the HTML element named `local`.
pub(crate) fn of(local: &LocalName) -> Tag {
    let heading = |level: Tag| BLOCK | PARAGRAPH | HEADING | (level << HEADING_LEVEL);
    match *local {
        local_name!("h1") => heading(1),
        local_name!("h2") => heading(2),
        local_name!("h3") => heading(3),
        local_name!("h4") => heading(4),
        local_name!("h5") => heading(5),
        local_name!("h6") => heading(6),
        local_name!("p") | local_name!("summary") | local_name!("legend") => BLOCK | PARAGRAPH,
        local_name!("li") | local_name!("dt") | local_name!("dd") => BLOCK | PARAGRAPH | LIST_ITEM,
        local_name!("td") | local_name!("th") => BLOCK | PARAGRAPH | CELL,
        local_name!("figcaption") | local_name!("caption") => BLOCK | PARAGRAPH | FIGURE,
        local_name!("figure") => BLOCK | FIGURE,
        local_name!("pre") => BLOCK | PARAGRAPH | PRE,
        local_name!("listing") | local_name!("xmp") | local_name!("plaintext") => BLOCK | PRE,
        local_name!("blockquote") => BLOCK | QUOTE,
        local_name!("a") => LINK,
        local_name!("br") => BREAK,
        local_name!("hr") => BLOCK | RULE,
        local_name!("html")
        | local_name!("body")
        | local_name!("address")
        | local_name!("article")
        | local_name!("aside")
        | local_name!("center")
        | local_name!("details")
        | local_name!("dialog")
        | local_name!("dir")
        | local_name!("div")
        | local_name!("dl")
        | local_name!("fieldset")
        | local_name!("footer")
        | local_name!("form")
        | local_name!("header")
        | local_name!("hgroup")
        | local_name!("main")
        | local_name!("menu")
        | local_name!("nav")
        | local_name!("ol")
        | local_name!("section")
        | local_name!("table")
        | local_name!("tbody")
        | local_name!("thead")
        | local_name!("tfoot")
        | local_name!("tr")
        | local_name!("ul") => BLOCK,
        local_name!("script")
        | local_name!("style")
        | local_name!("noscript")
        | local_name!("template")
        | local_name!("head")
        | local_name!("iframe")
        | local_name!("frame")
        | local_name!("frameset")
        | local_name!("object")
        | local_name!("embed")
        | local_name!("canvas")
        | local_name!("video")
        | local_name!("audio")
        | local_name!("map")
        | local_name!("select")
        | local_name!("option")
        | local_name!("datalist")
        | local_name!("textarea")
        | local_name!("input")
        | local_name!("button")
        | local_name!("svg")
        | local_name!("math")
        // Ruby annotations (a reading above its characters): the sentence
        // is the base text.
        | local_name!("rt")
        | local_name!("rp") => NEVER_TEXT,
        _ => amp(local),
    }
}

/// AMP's own elements, which have no interned names.
fn amp(local: &LocalName) -> Tag {
    let name: &str = local;
    if !name.starts_with("amp-") {
        return 0;
    }
    match &name[4..] {
        "analytics" | "ad" | "sticky-ad" | "pixel" | "state" | "img" | "iframe" | "video" => {
            NEVER_TEXT
        }
        "sidebar" | "consent" | "user-notification" | "social-share" | "embed" | "carousel"
        | "accordion" => BLOCK,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_told_by_name() {
        assert_eq!(of(&LocalName::from("p")), BLOCK | PARAGRAPH);
        assert_eq!(of(&LocalName::from("h3")) >> HEADING_LEVEL, 3);
        assert_eq!(of(&LocalName::from("script")), NEVER_TEXT);
        assert_eq!(of(&LocalName::from("amp-sidebar")), BLOCK);
        assert_eq!(of(&LocalName::from("span")), 0);
        assert_eq!(of(&LocalName::from("blink")), 0);
    }
}
