//! Keyword arguments to [`abrege::Options`] and back.

use abrege::{Options, Weights};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt, PyString};

use crate::errors::to_py_err;

/// The keyword arguments shared by `summarize()` and `Summarizer()`, as Python
/// gave them. Numbers and the title are read here rather than by PyO3, so that
/// a `bool` is refused where a number is expected and every message names
/// the argument; `None` for a number means its default.
pub struct OptionArgs<'a, 'py> {
    pub sentences: Option<&'a Bound<'py, PyAny>>,
    pub ratio: Option<&'a Bound<'py, PyAny>>,
    pub max_words: Option<&'a Bound<'py, PyAny>>,
    pub max_chars: Option<&'a Bound<'py, PyAny>>,
    pub language: &'a str,
    pub title: Option<&'a Bound<'py, PyAny>>,
    pub clean: bool,
    pub idf: bool,
    pub redundancy: Option<&'a Bound<'py, PyAny>>,
    pub max_input_bytes: Option<&'a Bound<'py, PyAny>>,
    /// "auto", "text" or "html".
    pub format: &'a str,
    /// The `weights=` mapping: feature weights by name.
    pub weights: Option<&'a Bound<'py, PyAny>>,
    /// Every other keyword: feature weights by name, one keyword each.
    pub feature_weights: Option<&'a Bound<'py, PyDict>>,
}

impl OptionArgs<'_, '_> {
    /// The core options. `caller` names the function in the `TypeError` for an
    /// unknown keyword, as Python itself does. Ranges are left to the core to check.
    pub fn into_options(self, py: Python<'_>, caller: &str) -> PyResult<Options> {
        let mut weights = Weights::default();
        let mut given = Vec::new();
        if let Some(map) = self.weights.filter(|m| !m.is_none()) {
            let items = map.call_method0("items").map_err(|_| {
                PyTypeError::new_err(format!(
                    "{caller}() argument 'weights' must be a mapping of feature names to numbers, not {}",
                    type_name(map)
                ))
            })?;
            for item in items.try_iter()? {
                let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
                let name: String = key.extract()?;
                if !Weights::NAMES.contains(&name.as_str()) {
                    return Err(to_py_err(
                        py,
                        abrege::Error::InvalidOption {
                            field: "weights",
                            reason: format!(
                                "unknown weight `{name}`; the weights are {}",
                                Weights::NAMES.join(", ")
                            ),
                        },
                    ));
                }
                weights.set(&name, number(caller, &format!("weight '{name}'"), &value)?);
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
            weights.set(&name, number(caller, &format!("weight '{name}'"), &value)?);
        }
        let defaults = Options::default();
        let count = |field: &'static str, value| count(py, caller, field, value);
        let real = |field: &str, value: Option<&Bound<'_, PyAny>>| {
            value
                .filter(|v| !v.is_none())
                .map(|v| number(caller, &format!("argument '{field}'"), v))
                .transpose()
        };
        Ok(Options {
            sentences: count("sentences", self.sentences)?,
            ratio: real("ratio", self.ratio)?,
            max_words: count("max_words", self.max_words)?,
            max_chars: count("max_chars", self.max_chars)?,
            language: self.language.to_owned(),
            title: optional_str(caller, "title", self.title)?,
            clean: self.clean,
            idf: self.idf,
            redundancy: real("redundancy", self.redundancy)?.unwrap_or(defaults.redundancy),
            max_input_bytes: count("max_input_bytes", self.max_input_bytes)?
                .unwrap_or(defaults.max_input_bytes),
            weights,
            format: format(py, self.format)?,
        })
    }
}

/// The `format` option: "auto", "text" or "html".
pub fn format(py: Python<'_>, value: &str) -> PyResult<abrege::Format> {
    match value {
        "auto" => Ok(abrege::Format::Auto),
        "text" => Ok(abrege::Format::Text),
        "html" => Ok(abrege::Format::Html),
        other => Err(to_py_err(
            py,
            abrege::Error::InvalidOption {
                field: "format",
                reason: format!("must be \"auto\", \"text\" or \"html\", got {other:?}"),
            },
        )),
    }
}

/// A real number from Python (an `int` or a `float`, not a `bool`).
fn number(caller: &str, what: &str, value: &Bound<'_, PyAny>) -> PyResult<f64> {
    let refused = value.is_instance_of::<PyBool>();
    match value.extract::<f64>() {
        Ok(v) if !refused => Ok(v),
        _ => Err(PyTypeError::new_err(format!(
            "{caller}() {what} must be a number, not {}",
            type_name(value)
        ))),
    }
}

/// A count from Python: an `int` (not a `bool`, not a `float`). A negative
/// one, or one too large for any text, is an invalid option, not an
/// `OverflowError`.
fn count(
    py: Python<'_>,
    caller: &str,
    field: &'static str,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<usize>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "{caller}() argument '{field}' must be an int or None, not {}",
            type_name(value)
        )));
    }
    let invalid = |reason: String| to_py_err(py, abrege::Error::InvalidOption { field, reason });
    match value.extract::<i64>() {
        Ok(v) if v < 0 => Err(invalid(format!("must be at least 1, got {v}"))),
        Ok(v) => usize::try_from(v)
            .map(Some)
            .map_err(|_| invalid(too_large(value))),
        Err(_) if value.lt(0)? => Err(invalid(format!("must be at least 1, got {value}"))),
        Err(_) => Err(invalid(too_large(value))),
    }
}

fn too_large(value: &Bound<'_, PyAny>) -> String {
    format!("is too large: {value} is over {}", usize::MAX)
}

/// A `str` or `None` argument.
pub fn optional_str(
    caller: &str,
    name: &str,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    match value.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_str()?.to_owned())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{caller}() argument '{name}' must be str or None, not {}",
                type_name(v)
            ))),
        },
    }
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
    d.set_item("format", crate::summary::format_name(options.format))?;
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
