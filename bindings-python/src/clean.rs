//! `clean()`: the core's cleaning stage, offsets in code points.

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple, PyType};
use serde::{Deserialize, Serialize};

use crate::errors::enter_core;
use crate::html;
use crate::metadata::Metadata;
use crate::offsets::spans_to_code_points;
use crate::pickle;
use crate::summarizer::{text_arg, TextArg};

pickle::by_clone!(Span, Dropped, Cleaned);

/// A span of the input: `text[span.start:span.end]` is where it came from.
#[pyclass(module = "abrege._abrege", frozen, get_all, eq)]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Index of the span's first character in the input.
    start: usize,
    /// Index just past the span's last character.
    end: usize,
    /// The span's text as the input writes it, the page's layout undone (as `Sentence.text`).
    text: String,
}

#[pymethods]
impl Span {
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled object from its state.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Self> {
        pickle::restore(py, state)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Span(start={}, end={}, text={})",
            self.start,
            self.end,
            PyString::new(py, &self.text).repr()?
        ))
    }
}

/// A span the cleaning stage dropped, and why.
#[pyclass(module = "abrege._abrege", frozen, get_all, eq)]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Dropped {
    /// Index of the span's first character in the input.
    start: usize,
    /// Index just past the span's last character.
    end: usize,
    /// The span's text as the input writes it, the page's layout undone (as `Sentence.text`).
    text: String,
    /// Why it was dropped, as the core names it: "title", "menu", ...
    reason: String,
}

#[pymethods]
impl Dropped {
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled object from its state.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Self> {
        pickle::restore(py, state)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Dropped(reason='{}', start={}, end={}, text={})",
            self.reason,
            self.start,
            self.end,
            PyString::new(py, &self.text).repr()?
        ))
    }
}

/// What the cleaning stage made of a page.
#[pyclass(module = "abrege._abrege", frozen, get_all, eq)]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Cleaned {
    /// The language the page was read in (ISO 639-1, "und" if unknown).
    language: String,
    /// The page's headline, if one was found.
    title: Option<Span>,
    /// The article's blocks, in page order.
    kept: Vec<Span>,
    /// Everything else, in page order, each with its reason.
    dropped: Vec<Dropped>,
    /// The article's text: the kept blocks and the section headings among
    /// them, separated by blank lines.
    text: String,
    /// The format the input was read as: "text" or "html".
    format: String,
    /// The text the offsets index when the input was HTML or bytes (every
    /// visible block of the page, blank lines between); None when they
    /// index the input itself.
    source: Option<String>,
    /// What an HTML page states about itself; None for text.
    metadata: Option<Metadata>,
}

#[pymethods]
impl Cleaned {
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled object from its state.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Self> {
        pickle::restore(py, state)
    }

    /// The page's blocks in order, HTML-escaped: kept ones plain, dropped ones
    /// dimmed with their reason on hover, the headline in bold.
    fn _repr_html_(&self) -> String {
        let kept: Vec<_> = self.kept.iter().map(|s| (s.start, &*s.text)).collect();
        let dropped: Vec<_> = self
            .dropped
            .iter()
            .map(|d| (d.start, &*d.text, &*d.reason))
            .collect();
        let title = self.title.as_ref().map(|t| &*t.text);
        html::cleaned(&self.language, title, &kept, &dropped)
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaned(language='{}', title={}, kept={} spans, dropped={} spans)",
            self.language,
            if self.title.is_some() { "yes" } else { "None" },
            self.kept.len(),
            self.dropped.len()
        )
    }
}

/// Separates the article from the page around it. `text` is a str or the
/// bytes of a page; `language` is "auto" or an ISO 639-1 code; `format` is
/// "auto" (HTML when the input plainly is a page), "text" or "html". For
/// HTML or bytes the offsets index `source`, the text abrege made.
#[pyfunction]
#[pyo3(signature = (text, language="auto", format="auto"))]
pub fn clean(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    language: &str,
    format: &str,
) -> PyResult<Cleaned> {
    let format = crate::options::format(py, format)?;
    match text_arg("clean", text)? {
        TextArg::Str(s) => {
            let input = s.to_str()?;
            enter_core(py, || {
                abrege::lang::check_code(language)?;
                Ok(convert(
                    abrege::clean::clean_as(input, language, format),
                    input,
                ))
            })
        }
        TextArg::Bytes(b) => {
            let input = b.as_bytes();
            enter_core(py, || {
                abrege::lang::check_code(language)?;
                Ok(convert(
                    abrege::clean::clean_bytes(input, language, format),
                    "",
                ))
            })
        }
    }
}

/// The core's result with byte offsets turned into code-point offsets, in one pass.
fn convert(c: abrege::clean::Cleaned, input: &str) -> Cleaned {
    let spans: Vec<&abrege::clean::Span> = c
        .title
        .iter()
        .chain(&c.kept)
        .chain(c.dropped.iter().map(|d| &d.span))
        .collect();
    let bytes: Vec<_> = spans.iter().map(|s| (s.start, s.end)).collect();
    let indexed = c.source.as_deref().unwrap_or(input);
    let mut points = spans_to_code_points(indexed, &bytes).into_iter();
    let mut span = |s: &abrege::clean::Span| {
        let (start, end) = points.next().unwrap_or_default();
        Span {
            start,
            end,
            text: s.text.clone(),
        }
    };
    let title = c.title.as_ref().map(&mut span);
    let kept = c.kept.iter().map(&mut span).collect();
    let dropped = c
        .dropped
        .iter()
        .map(|d| {
            let Span { start, end, text } = span(&d.span);
            Dropped {
                start,
                end,
                text,
                reason: reason_name(d.reason),
            }
        })
        .collect();
    Cleaned {
        text: c.text(),
        format: crate::summary::format_name(c.format).to_string(),
        metadata: c.metadata.as_ref().map(Metadata::from),
        source: c.source,
        language: c.language,
        title,
        kept,
        dropped,
    }
}

/// A reason's serde name ("menu"), so reasons the core adds later need no change here.
pub(crate) fn reason_name(reason: abrege::clean::Reason) -> String {
    match serde_json::to_value(reason) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{reason:?}").to_lowercase(),
    }
}
