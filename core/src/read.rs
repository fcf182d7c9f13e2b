//! Step 0: what the input is. Text is normalised and cut into blocks; an
//! HTML page goes through [`html`](crate::html) first; bytes are decoded.
//! Either way the cleaning stage reads the blocks, and what comes out is a
//! [`Document`]: the text that offsets index, normalised, and the page's
//! verdicts.

use std::borrow::Cow;

use crate::clean::{self, Page};
use crate::html::Metadata;
use crate::options::Format;
use crate::text::Normalized;

/// An input read up to the cleaning stage's verdicts.
pub(crate) struct Document<'a> {
    /// The text that offsets index: the input, or the text made of a page
    /// or decoded from bytes.
    pub text: Cow<'a, str>,
    /// Whether `text` is reported as the result's `source` (it is not the
    /// caller's string).
    pub is_source: bool,
    pub norm: Normalized,
    pub page: Page,
    /// `Text` or `Html`.
    pub format: Format,
    pub metadata: Option<Metadata>,
}

impl Document<'_> {
    /// The text to report as the result's `source`, if it is not the input.
    pub fn source(&self) -> Option<String> {
        self.is_source.then(|| self.text.to_string())
    }

    /// The same, moving the text out rather than copying it: a summary of a
    /// large page does not hold its text twice.
    pub fn into_source(self) -> Option<String> {
        self.is_source.then(|| self.text.into_owned())
    }
}

/// Reads a string: as HTML under `format: html`, or `auto` when it plainly
/// is a page; else as text.
pub(crate) fn read_str<'a>(
    text: &'a str,
    language: &str,
    drop_noise: bool,
    format: Format,
) -> Document<'a> {
    if is_html(text, format) {
        return read_html(text, language, drop_noise);
    }
    read_text(Cow::Borrowed(text), false, language, drop_noise)
}

/// Reads bytes: an HTML page decoded by its charset, or text decoded as
/// UTF-8 (after a byte-order mark, if any); malformed bytes become U+FFFD.
pub(crate) fn read_bytes(
    bytes: &[u8],
    language: &str,
    drop_noise: bool,
    format: Format,
) -> Document<'static> {
    let as_text = decode_text(bytes);
    if format != Format::Text && is_html(&as_text, format) {
        return read_html(&decode_html(bytes), language, drop_noise);
    }
    read_text(Cow::Owned(as_text.into_owned()), true, language, drop_noise)
}

fn read_text<'a>(
    text: Cow<'a, str>,
    is_source: bool,
    language: &str,
    drop_noise: bool,
) -> Document<'a> {
    let norm = Normalized::new(&text);
    let page = clean::read(&norm.text, language, drop_noise);
    Document {
        text,
        is_source,
        norm,
        page,
        format: Format::Text,
        metadata: None,
    }
}

#[cfg(feature = "html")]
fn is_html(text: &str, format: Format) -> bool {
    match format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => crate::html::looks_like_html(text),
    }
}

#[cfg(not(feature = "html"))]
fn is_html(_text: &str, _format: Format) -> bool {
    false
}

#[cfg(feature = "html")]
fn read_html(html: &str, language: &str, drop_noise: bool) -> Document<'static> {
    let read = crate::html::read(html, language, drop_noise);
    Document {
        text: Cow::Owned(read.source),
        is_source: true,
        norm: read.norm,
        page: read.page,
        format: Format::Html,
        metadata: Some(read.metadata),
    }
}

#[cfg(not(feature = "html"))]
fn read_html(html: &str, language: &str, drop_noise: bool) -> Document<'static> {
    read_text(Cow::Owned(html.to_string()), true, language, drop_noise)
}

#[cfg(feature = "html")]
fn decode_text(bytes: &[u8]) -> Cow<'_, str> {
    crate::html::decode_text(bytes)
}

#[cfg(not(feature = "html"))]
fn decode_text(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

#[cfg(feature = "html")]
fn decode_html(bytes: &[u8]) -> Cow<'_, str> {
    crate::html::decode(bytes)
}

#[cfg(not(feature = "html"))]
fn decode_html(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}
