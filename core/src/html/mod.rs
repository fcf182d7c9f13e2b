//! Step 0 for HTML input: a page's bytes or markup become the same blocks
//! the text path makes, with what only the markup shows.
//!
//! [`decode`] finds the charset (byte-order mark, then `<meta charset>` or
//! `http-equiv`, then UTF-8) and decodes with `encoding_rs`; html5ever
//! parses the markup as a browser does into a compact tree (`dom`); the
//! walk (`walk`) writes every visible block of the page, one per
//! paragraph-level element, into a plain text where blocks are separated
//! by blank lines: that text is the document that offsets index
//! ([`Summary::source`](crate::Summary::source)). `meta` reads the title,
//! byline, date, site, address, description and language; `container`
//! gives each block the markup's verdict (navigation, comments, related
//! links, consent and paywall notices) and places the article. The blocks
//! then go through the same cleaning stage as scraped text, with those
//! verdicts as extra signals.
//!
//! Everything but [`Metadata`] needs the `html` feature (on by default).

#[cfg(feature = "html")]
mod container;
#[cfg(feature = "html")]
mod decode;
#[cfg(feature = "html")]
mod depth;
#[cfg(feature = "html")]
mod dom;
#[cfg(feature = "html")]
mod meta;
#[cfg(feature = "html")]
mod sniff;
#[cfg(feature = "html")]
mod tags;
#[cfg(feature = "html")]
mod tokens;
#[cfg(feature = "html")]
mod walk;

mod metadata;
pub use metadata::Metadata;

#[cfg(feature = "html")]
pub use self::enabled::*;

#[cfg(feature = "html")]
mod enabled {
    use std::borrow::Cow;

    use super::{container, dom::Dom, meta, sniff, walk, Metadata};
    use crate::clean::{self, Hint, Page};
    use crate::lang::{self, Detection};
    use crate::text::structure::Block;
    use crate::text::Normalized;

    /// Decodes a page's bytes: the charset of its byte-order mark, else of
    /// its `<meta charset>` or `http-equiv` declaration, else UTF-8, with
    /// U+FFFD for bytes that do not decode. Never fails.
    ///
    /// ```
    /// let page = b"<meta charset=\"windows-1252\"><p>L\x92\xE9t\xE9 arrive.</p>";
    /// assert!(abrege::html::decode(page).ends_with("<p>L\u{2019}été arrive.</p>"));
    /// ```
    pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
        super::decode::decode_html(bytes).0
    }

    /// Decodes plain text given as bytes: the charset of its byte-order
    /// mark, else UTF-8 with U+FFFD for bytes that do not decode.
    pub(crate) fn decode_text(bytes: &[u8]) -> Cow<'_, str> {
        super::decode::decode_text(bytes).0
    }

    /// Does `text` look like an HTML page? Only on strong evidence: it
    /// opens (after a byte-order mark, whitespace or comments) with a
    /// doctype, `<html`, `<head` or `<body`, or markup plainly structures
    /// it. This is what `format: auto` asks.
    ///
    /// ```
    /// assert!(abrege::html::looks_like_html("<!doctype html><p>Bonjour"));
    /// assert!(!abrege::html::looks_like_html("Si a < b, alors <b> est une balise."));
    /// ```
    pub fn looks_like_html(text: &str) -> bool {
        sniff::is_html(text)
    }

    /// A page read: its document text, normalised, its blocks and the
    /// cleaning stage's verdicts.
    pub(crate) struct Read {
        /// The document: every visible block in page order, blank lines between.
        pub source: String,
        /// `source` normalised; blocks and sentences index it.
        pub norm: Normalized,
        pub page: Page,
        pub metadata: Metadata,
    }

    /// Reads an HTML page in `language` (`"auto"` or an ISO 639-1 code).
    pub(crate) fn read(html: &str, language: &str, drop_noise: bool) -> Read {
        let dom = Dom::parse(html);
        let head = meta::read(&dom);
        let mut walked = walk::walk(&dom);
        drop(dom);
        let norm = Normalized::new(&walked.text);
        let detection = detect(&norm.text, language, head.meta.language.as_deref());
        let res = lang::Resources::get(detection.code);
        let hints: Vec<Hint> = container::hints(&walked, &head, res);
        let source = std::mem::take(&mut walked.text);
        let blocks: Vec<Block> = walked
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let (start, end) = (b.start as usize, b.end as usize);
                let start = norm.to_normalized(start);
                let end = norm.to_normalized(end).max(start);
                // Normalisation may blank an edge character (a control code).
                let text = &norm.text[start..end];
                let lead = text.len() - text.trim_start().len();
                Block {
                    start: start + lead,
                    end: (start + text.trim_end().len()).max(start + lead),
                    paragraph: i,
                    lines: 1 + text.matches('\n').count(),
                }
            })
            .collect();
        let page = clean::read_blocks(&norm.text, blocks, &hints, detection, drop_noise);
        Read {
            source,
            norm,
            page,
            metadata: head.meta,
        }
    }

    /// The page's language: the one given, else the one detected in its
    /// text, with the language the page declares as the prior: it stands
    /// unless detection is sure of another.
    fn detect(text: &str, language: &str, declared: Option<&str>) -> Detection {
        if language != "auto" {
            return Detection {
                code: lang::Resources::get(language).info.code,
                confidence: 1.0,
            };
        }
        let detected = lang::detect(text);
        let Some(declared) = declared.filter(|d| lang::check_code(d).is_ok()) else {
            return detected;
        };
        let code = lang::Resources::get(declared).info.code;
        if detected.code == code || code == "und" {
            return detected;
        }
        if detected.code == "und" || detected.confidence < 0.8 {
            Detection {
                code,
                confidence: 0.5,
            }
        } else {
            detected
        }
    }
}
