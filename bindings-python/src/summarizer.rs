//! `summarize()` and `Summarizer`: options in, summaries out.

use abrege::Options;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyMemoryView, PyString, PyTuple, PyType};

use crate::batch::{raises, Batch};
use crate::columns;
use crate::errors::{batch_err, enter_core};
use crate::options::{self, type_name, OptionArgs};
use crate::pickle::{self, Pickle};
use crate::summary::{Located, Summary};

// The text signatures and options_doc.txt spell the defaults out, so that
// `help()` shows them.
const _: () = assert!(abrege::DEFAULT_MAX_INPUT_BYTES == 33554432);

/// Summarises `text` in one call, with the options of `Summarizer`.
///
/// The result's sentences keep the text's own characters; see `Sentence.text`.
#[doc = include_str!("options_doc.txt")]
#[pyfunction]
#[pyo3(
    signature = (
        text, *, sentences=None, ratio=None, max_words=None, max_chars=None, language="auto",
        title=None, clean=true, idf=true, redundancy=None, max_input_bytes=None, weights=None,
        format="auto", **feature_weights
    ),
    text_signature = "(text, *, sentences=None, ratio=None, max_words=None, max_chars=None, \
        language='auto', title=None, clean=True, idf=True, redundancy=0.6, \
        max_input_bytes=33554432, weights=None, format='auto', **feature_weights)"
)]
#[allow(clippy::too_many_arguments)]
pub fn summarize(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    sentences: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    max_words: Option<&Bound<'_, PyAny>>,
    max_chars: Option<&Bound<'_, PyAny>>,
    language: &str,
    title: Option<&Bound<'_, PyAny>>,
    clean: bool,
    idf: bool,
    redundancy: Option<&Bound<'_, PyAny>>,
    max_input_bytes: Option<&Bound<'_, PyAny>>,
    weights: Option<&Bound<'_, PyAny>>,
    format: &str,
    feature_weights: Option<&Bound<'_, PyDict>>,
) -> PyResult<Summary> {
    let options = OptionArgs {
        sentences,
        ratio,
        max_words,
        max_chars,
        language,
        title,
        clean,
        idf,
        redundancy,
        max_input_bytes,
        format,
        weights,
        feature_weights,
    }
    .into_options(py, "summarize")?;
    let text = text_arg("summarize", text)?;
    let summarizer = Summarizer::build(py, options)?;
    summarizer.summarize_arg(py, text)
}

/// A configured summariser: validated options, ready for many texts and
/// safe to share between threads. Build one and reuse it; it pickles, so it
/// travels to multiprocessing, Dask and Spark workers.
///
/// `summarize(text)` summarises one text; `summarize_batch(texts)` many, on
/// every core with the GIL released; `options` gives back the keyword
/// arguments, so `Summarizer(**s.options)` is the same summariser.
#[doc = include_str!("options_doc.txt")]
#[pyclass(module = "abrege._abrege", frozen)]
pub struct Summarizer {
    inner: abrege::Summarizer,
}

impl Summarizer {
    fn build(py: Python<'_>, options: Options) -> PyResult<Summarizer> {
        let inner = enter_core(py, || abrege::Summarizer::new(options))?;
        Ok(Summarizer { inner })
    }

    fn summarize_arg(&self, py: Python<'_>, text: TextArg<'_>) -> PyResult<Summary> {
        let inner = &self.inner;
        match text {
            TextArg::Str(text) => {
                let input = text.to_str()?;
                let located = enter_core(py, || {
                    inner.summarize(input).map(|s| Located::new(s, input))
                })?;
                Ok(Summary::new(py, located, text.unbind()))
            }
            TextArg::Bytes(bytes) => {
                let input = bytes.as_bytes();
                let located = enter_core(py, || {
                    inner.summarize_bytes(input).map(|s| Located::new(s, ""))
                })?;
                Ok(Summary::new(py, located, PyString::new(py, "").unbind()))
            }
        }
    }
}

/// A text as Python gives it: a `str`, or the bytes of a page or a text.
pub enum TextArg<'py> {
    /// A string: offsets index it (or the text made of it, for HTML).
    Str(Bound<'py, PyString>),
    /// Bytes, decoded by the core: offsets index the text it made.
    Bytes(Bound<'py, PyBytes>),
}

/// The text argument of `caller`: a `str`, or `bytes` (a `bytearray` or a
/// `memoryview` is copied into `bytes`).
pub fn text_arg<'py>(caller: &str, text: &Bound<'py, PyAny>) -> PyResult<TextArg<'py>> {
    if let Ok(s) = text.cast::<PyString>() {
        return Ok(TextArg::Str(s.clone()));
    }
    if let Ok(b) = text.cast::<PyBytes>() {
        return Ok(TextArg::Bytes(b.clone()));
    }
    if text.is_instance_of::<PyByteArray>() || text.is_instance_of::<PyMemoryView>() {
        let copy: Vec<u8> = text.extract()?;
        return Ok(TextArg::Bytes(PyBytes::new(text.py(), &copy)));
    }
    Err(PyTypeError::new_err(format!(
        "{caller}() argument 'text' must be str or bytes, not {}",
        type_name(text)
    )))
}

#[pymethods]
impl Summarizer {
    #[new]
    #[pyo3(
        signature = (
            *, sentences=None, ratio=None, max_words=None, max_chars=None, language="auto",
            title=None, clean=true, idf=true, redundancy=None, max_input_bytes=None, weights=None,
            format="auto", **feature_weights
        ),
        text_signature = "(*, sentences=None, ratio=None, max_words=None, max_chars=None, \
            language='auto', title=None, clean=True, idf=True, redundancy=0.6, \
            max_input_bytes=33554432, weights=None, format='auto', **feature_weights)"
    )]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        sentences: Option<&Bound<'_, PyAny>>,
        ratio: Option<&Bound<'_, PyAny>>,
        max_words: Option<&Bound<'_, PyAny>>,
        max_chars: Option<&Bound<'_, PyAny>>,
        language: &str,
        title: Option<&Bound<'_, PyAny>>,
        clean: bool,
        idf: bool,
        redundancy: Option<&Bound<'_, PyAny>>,
        max_input_bytes: Option<&Bound<'_, PyAny>>,
        weights: Option<&Bound<'_, PyAny>>,
        format: &str,
        feature_weights: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Summarizer> {
        let options = OptionArgs {
            sentences,
            ratio,
            max_words,
            max_chars,
            language,
            title,
            clean,
            idf,
            redundancy,
            max_input_bytes,
            format,
            weights,
            feature_weights,
        }
        .into_options(py, "Summarizer")?;
        Summarizer::build(py, options)
    }

    /// Summarises one text, a str or the bytes of a page, with the GIL released.
    #[pyo3(text_signature = "(self, text)")]
    fn summarize(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Summary> {
        let text = text_arg("summarize", text)?;
        self.summarize_arg(py, text)
    }

    /// Summarises every text of an iterable on every core, with the GIL
    /// released; results come in input order, one per text.
    ///
    /// - texts: an iterable of str; a missing text (None, or NaN as pandas
    ///   writes one) gives an empty summary whose empty_reason is "no_text".
    /// - titles, languages (iterables as long as texts, or None): each
    ///   document's own title and language, None meaning the summariser's.
    ///   A pandas column fits as it is: summarize_batch(df.text, titles=df.title).
    /// - errors ("raise" or "return", default "raise"): with "raise", the
    ///   first failing document raises its AbregeError, whose .index is its
    ///   position; with "return", the list holds that exception in its place
    ///   and every other document is summarised.
    #[pyo3(
        signature = (texts, *, titles=None, languages=None, errors="raise"),
        text_signature = "(self, texts, *, titles=None, languages=None, errors='raise')"
    )]
    fn summarize_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        titles: Option<&Bound<'py, PyAny>>,
        languages: Option<&Bound<'py, PyAny>>,
        errors: &str,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let raise = raises(py, errors)?;
        let batch = Batch::read(texts, titles, languages)?;
        let inputs = batch.inputs()?;
        let inner = &self.inner;
        let results = enter_core(py, || {
            Ok(inner
                .summarize_each(&inputs)
                .into_iter()
                .zip(&inputs)
                .map(|(r, input)| r.map(|s| Located::new(s, input.text.unwrap_or(""))))
                .collect::<Vec<_>>())
        })?;
        let mut out = Vec::with_capacity(results.len());
        for (index, (result, text)) in results.into_iter().zip(batch.texts).enumerate() {
            match result {
                Ok(located) => {
                    let text = text.unwrap_or_else(|| PyString::new(py, ""));
                    out.push(Bound::new(py, Summary::new(py, located, text.unbind()))?.into_any());
                }
                Err(e) if raise => return Err(batch_err(py, index, e)),
                Err(e) => out.push(
                    batch_err(py, index, e)
                        .into_value(py)
                        .into_bound(py)
                        .into_any(),
                ),
            }
        }
        Ok(out)
    }

    /// Summarises a batch like summarize_batch, but gives plain columns
    /// instead of Summary objects: a dict of lists, one item per text, ready
    /// for pandas (pd.DataFrame(columns)) or Arrow (pa.table(columns)), and
    /// cheap to move between processes. The columns:
    ///
    /// - summary (str): the chosen sentences joined by single spaces;
    /// - sentences (list of str): each chosen sentence's text;
    /// - scores (list of float): each chosen sentence's score;
    /// - starts (list of int): where each chosen sentence starts in the
    ///   text, as a Python string index (code points);
    /// - ends (list of int): where each ends, likewise;
    /// - language (str): the language used ("und" for a missing text);
    /// - title (str or None): the title given or found;
    /// - empty_reason (str or None): why there are no sentences, as in
    ///   Summary.empty_reason;
    /// - error (str or None): with errors="return", a failing document's
    ///   message; every other column is None on that row.
    ///
    /// The arguments are those of summarize_batch; with errors="raise" the
    /// first failing document raises and the error column is all None.
    ///
    /// >>> cols = abrege.Summarizer(sentences=1).summarize_columns(df.text, titles=df.title)
    /// >>> df = df.assign(**cols)
    #[pyo3(
        signature = (texts, *, titles=None, languages=None, errors="raise"),
        text_signature = "(self, texts, *, titles=None, languages=None, errors='raise')"
    )]
    fn summarize_columns<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        titles: Option<&Bound<'py, PyAny>>,
        languages: Option<&Bound<'py, PyAny>>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyDict>> {
        let raise = raises(py, errors)?;
        columns::summarize_columns(py, &self.inner, texts, titles, languages, raise)
    }

    /// Summarises a batch of Arrow string arrays (anything with
    /// __arrow_c_array__ or __arrow_c_stream__: pyarrow, polars, Spark's
    /// mapInArrow batches) and returns a pyarrow.RecordBatch with the
    /// columns of summarize_columns. Built with the cargo feature "arrow".
    #[cfg(feature = "arrow")]
    #[pyo3(
        signature = (texts, *, titles=None, languages=None, errors="raise"),
        text_signature = "(self, texts, *, titles=None, languages=None, errors='raise')"
    )]
    fn summarize_arrow<'py>(
        &self,
        py: Python<'py>,
        texts: pyo3_arrow::input::AnyArray,
        titles: Option<pyo3_arrow::input::AnyArray>,
        languages: Option<pyo3_arrow::input::AnyArray>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let raise = raises(py, errors)?;
        crate::arrow::summarize_arrow(py, &self.inner, texts, titles, languages, raise)
    }

    /// The options, as the keyword arguments that rebuild this summariser
    /// (feature weights are flattened in).
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        options::to_dict(py, self.inner.options())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let defaults = options::to_dict(py, &Options::default())?;
        let mut parts = Vec::new();
        for (key, value) in options::to_dict(py, self.inner.options())?.iter() {
            let default = defaults.get_item(&key)?;
            if !default.is_some_and(|d| d.eq(&value).unwrap_or(false)) {
                parts.push(format!("{key}={}", value.repr()?));
            }
        }
        Ok(format!("Summarizer({})", parts.join(", ")))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled summariser from its state (the core options).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Summarizer> {
        pickle::restore(py, state)
    }
}

impl Pickle for Summarizer {
    type State = Options;

    fn state(&self, _py: Python<'_>) -> PyResult<Options> {
        Ok(self.inner.options().clone())
    }

    fn from_state(py: Python<'_>, options: Options) -> PyResult<Summarizer> {
        Summarizer::build(py, options)
    }
}
