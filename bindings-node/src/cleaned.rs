//! `Cleaned`: what the cleaning stage made of a page, offsets in UTF-16 units.

use napi_derive::napi;

use crate::summary::Metadata;
use crate::utf16::Utf16Offsets;

/// What the cleaning stage made of a page.
#[napi(object, object_from_js = false, use_nullable = true)]
pub struct Cleaned {
    /// The language the page was read in (ISO 639-1, `"und"` if unknown).
    pub language: String,
    /// The page's headline, if one was found.
    pub title: Option<Span>,
    /// The article's blocks (paragraphs or lines), in page order.
    pub kept: Vec<Span>,
    /// Everything else, in page order, each with its reason.
    pub dropped: Vec<Dropped>,
    /// The article's text: the kept blocks and the section headings among them, blank lines between.
    pub text: String,
    /// The format the input was read as: `"text"` or `"html"`.
    pub format: String,
    /// The text the offsets index when the input was HTML or a Buffer; null when they index the input itself.
    pub source: Option<String>,
    /// What an HTML page states about itself; null for text.
    pub metadata: Option<Metadata>,
}

/// A span of the input.
#[napi(object, object_from_js = false)]
pub struct Span {
    /// UTF-16 index of the span's start in the input.
    pub start: u32,
    /// UTF-16 index just past the span's end: `input.slice(start, end)` is the span as written.
    pub end: u32,
    /// The span as the input writes it, only the page's layout undone (see `Sentence.text`).
    pub text: String,
}

/// A span the cleaning stage dropped, and why.
#[napi(object, object_from_js = false)]
pub struct Dropped {
    /// UTF-16 index of the span's start in the input.
    pub start: u32,
    /// UTF-16 index just past the span's end.
    pub end: u32,
    /// The span as the input writes it, only the page's layout undone (see `Sentence.text`).
    pub text: String,
    /// Why it was dropped: the core's `Reason` in snake_case, such as `"title"` or `"menu"`.
    pub reason: String,
}

impl Cleaned {
    /// Converts the core's verdict on `input`, byte offsets becoming UTF-16 indices.
    pub(crate) fn new(input: &str, c: abrege::clean::Cleaned) -> Self {
        let spans = c
            .title
            .iter()
            .chain(&c.kept)
            .chain(c.dropped.iter().map(|d| &d.span));
        let indexed = c.source.as_deref().unwrap_or(input);
        let offsets = Utf16Offsets::new(indexed, spans.flat_map(|s| [s.start, s.end]));
        let span = |s: abrege::clean::Span| Span {
            start: offsets.get(s.start),
            end: offsets.get(s.end),
            text: s.text,
        };
        let text = c.text();
        Cleaned {
            text,
            format: crate::options::format_name(c.format).to_string(),
            source: c.source,
            metadata: c.metadata.map(Metadata::from),
            language: c.language,
            title: c.title.map(span),
            kept: c.kept.into_iter().map(span).collect(),
            dropped: c
                .dropped
                .into_iter()
                .map(|d| {
                    let reason = reason_name(d.reason);
                    let s = span(d.span);
                    Dropped {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        reason,
                    }
                })
                .collect(),
        }
    }
}

/// The reason as the core spells it in JSON (`RelatedLinks` → `"related_links"`),
/// taken from its variant name so that a reason added to the core needs no change here.
fn reason_name(reason: abrege::clean::Reason) -> String {
    let mut out = String::new();
    for (i, c) in format!("{reason:?}").chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}
