//! `summarize()` and `Summarizer`: options in, summaries out.

use abrege::Options;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple, PyType};

use crate::errors::enter_core;
use crate::options::{self, type_name, OptionArgs};
use crate::pickle::{self, Pickle};
use crate::summary::{Located, Summary};

// The signatures spell the default input limit out, so that `help()` shows it.
const _: () = assert!(abrege::DEFAULT_MAX_INPUT_BYTES == 33554432);

/// Summarises `text` in one call. See `Summarizer` for the options.
#[pyfunction]
#[pyo3(signature = (
    text, *, sentences=None, ratio=None, max_words=None, max_chars=None, language="auto",
    title=None, clean=true, idf=true, redundancy=0.6,
    max_input_bytes=33554432, weights=None,
        **feature_weights
))]
#[allow(clippy::too_many_arguments)]
pub fn summarize(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    sentences: Option<i64>,
    ratio: Option<f64>,
    max_words: Option<i64>,
    max_chars: Option<i64>,
    language: &str,
    title: Option<String>,
    clean: bool,
    idf: bool,
    redundancy: f64,
    max_input_bytes: i64,
    weights: Option<&Bound<'_, PyAny>>,
    feature_weights: Option<&Bound<'_, PyDict>>,
) -> PyResult<Summary> {
    let options = OptionArgs {
        sentences,
        ratio,
        max_words,
        max_chars,
        language: language.to_owned(),
        title,
        clean,
        idf,
        redundancy,
        max_input_bytes,
        weights,
        feature_weights,
    }
    .into_options("summarize")?;
    let input = text.to_str()?;
    let located = enter_core(py, || {
        abrege::summarize(input, &options).map(|s| Located::new(s, input))
    })?;
    Ok(Summary::new(located, text.clone().unbind()))
}

/// A configured summariser: validated options, ready for many texts and
/// safe to share between threads.
#[pyclass(module = "abrege._abrege", frozen)]
pub struct Summarizer {
    inner: abrege::Summarizer,
}

impl Summarizer {
    fn build(py: Python<'_>, options: Options) -> PyResult<Summarizer> {
        let inner = enter_core(py, || abrege::Summarizer::new(options))?;
        Ok(Summarizer { inner })
    }
}

#[pymethods]
impl Summarizer {
    #[new]
    #[pyo3(signature = (
        *, sentences=None, ratio=None, max_words=None, max_chars=None, language="auto",
        title=None, clean=true, idf=true, redundancy=0.6,
        max_input_bytes=33554432, weights=None,
        **feature_weights
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        sentences: Option<i64>,
        ratio: Option<f64>,
        max_words: Option<i64>,
        max_chars: Option<i64>,
        language: &str,
        title: Option<String>,
        clean: bool,
        idf: bool,
        redundancy: f64,
        max_input_bytes: i64,
        weights: Option<&Bound<'_, PyAny>>,
        feature_weights: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Summarizer> {
        let options = OptionArgs {
            sentences,
            ratio,
            max_words,
            max_chars,
            language: language.to_owned(),
            title,
            clean,
            idf,
            redundancy,
            max_input_bytes,
            weights,
            feature_weights,
        }
        .into_options("Summarizer")?;
        Summarizer::build(py, options)
    }

    /// Summarises one text, with the GIL released.
    fn summarize(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Summary> {
        let input = text.to_str()?;
        let inner = &self.inner;
        let located = enter_core(py, || {
            inner.summarize(input).map(|s| Located::new(s, input))
        })?;
        Ok(Summary::new(located, text.clone().unbind()))
    }

    /// Summarises every text of an iterable on every core, with the GIL
    /// released; results come in input order. The first error is raised.
    fn summarize_batch(&self, py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<Vec<Summary>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "summarize_batch() takes an iterable of str, not a str: use summarize() for one text",
            ));
        }
        let mut strings = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            match item.cast_into::<PyString>() {
                Ok(s) => strings.push(s),
                Err(e) => {
                    return Err(PyTypeError::new_err(format!(
                        "summarize_batch(): text {i} must be str, not {}",
                        type_name(&e.into_inner())
                    )))
                }
            }
        }
        let inputs: Vec<&str> = strings
            .iter()
            .map(|s| s.to_str())
            .collect::<PyResult<_>>()?;
        let inner = &self.inner;
        let located = enter_core(py, || {
            let summaries = inner.summarize_batch(&inputs)?;
            Ok(summaries
                .into_iter()
                .zip(&inputs)
                .map(|(s, input)| Located::new(s, input))
                .collect::<Vec<_>>())
        })?;
        Ok(located
            .into_iter()
            .zip(strings)
            .map(|(l, s)| Summary::new(l, s.unbind()))
            .collect())
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
