//! Keyword arguments to [`abrege::Options`] and back.

use abrege::{Options, Weights};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::to_py_err;

/// The keyword arguments shared by `summarize()` and `Summarizer()`, as Python gave them.
pub struct OptionArgs<'py> {
    pub sentences: Option<i64>,
    pub ratio: Option<f64>,
    pub max_words: Option<i64>,
    pub max_chars: Option<i64>,
    pub language: String,
    pub title: Option<String>,
    pub clean: bool,
    pub idf: bool,
    pub redundancy: f64,
    pub max_input_bytes: i64,
    /// The `weights=` mapping: feature weights by name.
    pub weights: Option<&'py Bound<'py, PyAny>>,
    /// Every other keyword: feature weights by name, one keyword each.
    pub feature_weights: Option<&'py Bound<'py, PyDict>>,
}

impl OptionArgs<'_> {
    /// The core options. `caller` names the function in the `TypeError` for an
    /// unknown keyword, as Python itself does. Ranges are left to the core to check.
    pub fn into_options(self, caller: &str) -> PyResult<Options> {
        let mut weights = Weights::default();
        let mut given = Vec::new();
        if let Some(map) = self.weights.filter(|m| !m.is_none()) {
            let items = map.call_method0("items").map_err(|_| {
                PyTypeError::new_err(format!(
                    "weights must be a mapping of feature names to numbers, not {}",
                    type_name(map)
                ))
            })?;
            for item in items.try_iter()? {
                let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
                let name: String = key.extract()?;
                if !Weights::NAMES.contains(&name.as_str()) {
                    return Err(to_py_err(abrege::Error::InvalidOption {
                        field: "weights",
                        reason: format!(
                            "unknown weight `{name}`; the weights are {}",
                            Weights::NAMES.join(", ")
                        ),
                    }));
                }
                weights.set(&name, weight(&name, &value)?);
                given.push(name);
            }
        }
        for (key, value) in self.feature_weights.into_iter().flat_map(|d| d.iter()) {
            let name: String = key.extract()?;
            if !Weights::NAMES.contains(&name.as_str()) {
                return Err(PyTypeError::new_err(format!(
                    "{caller}() got an unexpected keyword argument '{name}'"
                )));
            }
            if given.contains(&name) {
                return Err(PyTypeError::new_err(format!(
                    "{caller}() got weight '{name}' twice, as a keyword and in weights"
                )));
            }
            weights.set(&name, weight(&name, &value)?);
        }
        Ok(Options {
            sentences: count("sentences", self.sentences)?,
            ratio: self.ratio,
            max_words: count("max_words", self.max_words)?,
            max_chars: count("max_chars", self.max_chars)?,
            language: self.language,
            title: self.title,
            clean: self.clean,
            idf: self.idf,
            redundancy: self.redundancy,
            max_input_bytes: count("max_input_bytes", Some(self.max_input_bytes))?
                .unwrap_or_default(),
            weights,
        })
    }
}

/// A weight from Python: any real number.
fn weight(name: &str, value: &Bound<'_, PyAny>) -> PyResult<f64> {
    value.extract().map_err(|_| {
        PyTypeError::new_err(format!(
            "weight '{name}' must be a number, not {}",
            type_name(value)
        ))
    })
}

/// A count from Python: a negative one is an invalid option, not an `OverflowError`.
fn count(field: &'static str, value: Option<i64>) -> PyResult<Option<usize>> {
    value
        .map(|v| {
            usize::try_from(v).map_err(|_| {
                to_py_err(abrege::Error::InvalidOption {
                    field,
                    reason: format!("must be at least 1, got {v}"),
                })
            })
        })
        .transpose()
}

/// The options as the keyword arguments that rebuild them, so
/// `Summarizer(**summarizer.options)` is the same summariser. Same shape as the
/// core's JSON: weights in a nested dict.
pub fn to_dict<'py>(py: Python<'py>, options: &Options) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("sentences", options.sentences)?;
    d.set_item("ratio", options.ratio)?;
    d.set_item("max_words", options.max_words)?;
    d.set_item("max_chars", options.max_chars)?;
    d.set_item("language", &options.language)?;
    d.set_item("title", &options.title)?;
    d.set_item("clean", options.clean)?;
    d.set_item("idf", options.idf)?;
    d.set_item("redundancy", options.redundancy)?;
    d.set_item("max_input_bytes", options.max_input_bytes)?;
    let weights = PyDict::new(py);
    for (name, w) in options.weights.iter() {
        weights.set_item(name, w)?;
    }
    d.set_item("weights", weights)?;
    Ok(d)
}

/// The name of a value's type, for error messages.
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .qualname()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}
