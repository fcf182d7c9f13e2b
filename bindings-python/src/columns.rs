//! `Summarizer.summarize_columns`: a batch's results as plain columns (one
//! Python list per field), for pandas, Arrow and the engines that move
//! tables between processes rather than objects.
//!
//! The rows are built next to the core call, without the GIL; only the
//! final lists of `str`, `float` and `int` need it. No `Summary` object is
//! made.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::batch::Batch;
use crate::errors::{batch_err, enter_core};
use crate::offsets::spans_to_code_points;

/// The columns, in the order of the dict `summarize_columns` returns.
pub const NAMES: [&str; 9] = [
    "summary",
    "sentences",
    "scores",
    "starts",
    "ends",
    "language",
    "title",
    "empty_reason",
    "error",
];

/// One summarised document, flattened.
pub struct Row {
    /// The chosen sentences joined by single spaces.
    pub summary: String,
    /// Each chosen sentence's text.
    pub sentences: Vec<String>,
    /// Each chosen sentence's score.
    pub scores: Vec<f64>,
    /// Each chosen sentence's span, in code points of the input.
    pub spans: Vec<(usize, usize)>,
    /// The language used.
    pub language: String,
    /// The title given or found.
    pub title: Option<String>,
    /// Why there are no sentences, if there are none.
    pub empty_reason: Option<&'static str>,
}

impl Row {
    fn new(summary: abrege::Summary, input: &str) -> Row {
        let bytes: Vec<_> = summary.sentences.iter().map(|s| (s.start, s.end)).collect();
        let spans = spans_to_code_points(input, &bytes);
        let joined = summary.text();
        let (scores, sentences) = summary
            .sentences
            .into_iter()
            .map(|s| (s.score, s.text))
            .unzip();
        Row {
            summary: joined,
            sentences,
            scores,
            spans,
            language: summary.language,
            title: summary.title,
            empty_reason: summary.empty_reason.map(abrege::EmptyReason::as_str),
        }
    }
}

/// Summarises every document of `inputs` on every core and flattens each
/// result; a failing document keeps its error. Runs without the GIL.
pub fn rows(
    py: Python<'_>,
    summarizer: &abrege::Summarizer,
    inputs: &[abrege::Input<'_>],
) -> PyResult<Vec<Result<Row, abrege::Error>>> {
    enter_core(py, || {
        Ok(summarizer
            .summarize_each(inputs)
            .into_iter()
            .zip(inputs)
            .map(|(r, input)| r.map(|s| Row::new(s, input.text.unwrap_or(""))))
            .collect())
    })
}

/// `summarize_columns`: the batch's rows as a dict of lists named [`NAMES`].
pub fn summarize_columns<'py>(
    py: Python<'py>,
    summarizer: &abrege::Summarizer,
    texts: &Bound<'py, PyAny>,
    titles: Option<&Bound<'py, PyAny>>,
    languages: Option<&Bound<'py, PyAny>>,
    raise: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let batch = Batch::read(texts, titles, languages)?;
    let inputs = batch.inputs()?;
    let mut rows = rows(py, summarizer, &inputs)?;
    if raise {
        if let Some(index) = rows.iter().position(Result::is_err) {
            if let Err(e) = rows.swap_remove(index) {
                return Err(batch_err(py, index, e));
            }
        }
    }
    to_dict(py, &rows)
}

/// The rows as Python lists, one per column; a failed row is None in every
/// column but `error`, which holds the core error's message.
fn to_dict<'py>(
    py: Python<'py>,
    rows: &[Result<Row, abrege::Error>],
) -> PyResult<Bound<'py, PyDict>> {
    /// One column: `f` of each row that succeeded, None for one that failed.
    fn column<'py, 'a, T: IntoPyObject<'py>>(
        py: Python<'py>,
        rows: &'a [Result<Row, abrege::Error>],
        f: impl Fn(&'a Row) -> T,
    ) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, rows.iter().map(|r| r.as_ref().ok().map(&f)))
    }
    let d = PyDict::new(py);
    d.set_item(NAMES[0], column(py, rows, |r| r.summary.as_str())?)?;
    d.set_item(NAMES[1], column(py, rows, |r| r.sentences.as_slice())?)?;
    d.set_item(NAMES[2], column(py, rows, |r| r.scores.as_slice())?)?;
    let starts = |r: &Row| r.spans.iter().map(|s| s.0).collect::<Vec<_>>();
    d.set_item(NAMES[3], column(py, rows, starts)?)?;
    let ends = |r: &Row| r.spans.iter().map(|s| s.1).collect::<Vec<_>>();
    d.set_item(NAMES[4], column(py, rows, ends)?)?;
    d.set_item(NAMES[5], column(py, rows, |r| r.language.as_str())?)?;
    d.set_item(NAMES[6], column(py, rows, |r| r.title.as_deref())?)?;
    d.set_item(NAMES[7], column(py, rows, |r| r.empty_reason)?)?;
    let errors = rows
        .iter()
        .map(|r| r.as_ref().err().map(ToString::to_string));
    d.set_item(NAMES[8], PyList::new(py, errors)?)?;
    Ok(d)
}
