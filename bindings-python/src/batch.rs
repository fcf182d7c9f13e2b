//! The documents of a batch call, read from Python iterables: texts, and
//! optionally each document's title and language.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};

use crate::errors::to_py_err;
use crate::options::type_name;

/// A batch as Python gave it; the strings stay Python's until the core
/// borrows them.
pub struct Batch<'py> {
    /// Each document's text, `None` where it is missing.
    pub texts: Vec<Option<Bound<'py, PyString>>>,
    /// Each document's title (empty when none were given).
    titles: Vec<Option<Bound<'py, PyString>>>,
    /// Each document's language (empty when none were given).
    languages: Vec<Option<Bound<'py, PyString>>>,
}

impl<'py> Batch<'py> {
    /// Reads `texts` and the optional `titles` and `languages` columns.
    pub fn read(
        texts: &Bound<'py, PyAny>,
        titles: Option<&Bound<'py, PyAny>>,
        languages: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Batch<'py>> {
        let texts = column("texts", "text", texts)?;
        let side = |field: &'static str, item: &str, value: Option<&Bound<'py, PyAny>>| {
            let Some(value) = value.filter(|v| !v.is_none()) else {
                return Ok(Vec::new());
            };
            let values = column(field, item, value)?;
            if values.len() != texts.len() {
                return Err(to_py_err(
                    value.py(),
                    abrege::Error::InvalidOption {
                        field,
                        reason: format!(
                            "has {} items for {} texts: give one per text, None for the default",
                            values.len(),
                            texts.len()
                        ),
                    },
                ));
            }
            Ok(values)
        };
        let titles = side("titles", "title", titles)?;
        let languages = side("languages", "language", languages)?;
        Ok(Batch {
            texts,
            titles,
            languages,
        })
    }

    /// The documents, borrowing the strings.
    pub fn inputs(&self) -> PyResult<Vec<abrege::Input<'_>>> {
        fn str_at<'a>(
            column: &'a [Option<Bound<'_, PyString>>],
            i: usize,
        ) -> PyResult<Option<&'a str>> {
            column
                .get(i)
                .and_then(Option::as_ref)
                .map(|s| s.to_str())
                .transpose()
        }
        (0..self.texts.len())
            .map(|i| {
                Ok(abrege::Input {
                    text: str_at(&self.texts, i)?,
                    title: str_at(&self.titles, i)?,
                    language: str_at(&self.languages, i)?,
                })
            })
            .collect()
    }
}

/// The `errors` argument of the batch calls: whether a failing document
/// raises ("raise") or takes its place in the result ("return").
pub fn raises(py: Python<'_>, errors: &str) -> PyResult<bool> {
    match errors {
        "raise" => Ok(true),
        "return" => Ok(false),
        other => Err(to_py_err(
            py,
            abrege::Error::InvalidOption {
                field: "errors",
                reason: format!("must be \"raise\" or \"return\", got {other:?}"),
            },
        )),
    }
}

/// An iterable of strings or missing values (`None`, NaN, `pandas.NA`).
/// `field` names the argument, `item` one of its items.
fn column<'py>(
    field: &str,
    item: &str,
    values: &Bound<'py, PyAny>,
) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    if values.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "summarize_batch() argument '{field}' must be an iterable of str, not a str \
             (use summarize() for one text)"
        )));
    }
    let iter = values.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "summarize_batch() argument '{field}' must be an iterable of str, not {}",
            type_name(values)
        ))
    })?;
    iter.enumerate()
        .map(|(i, value)| {
            let value = value?;
            if is_missing(&value) {
                return Ok(None);
            }
            value.cast_into::<PyString>().map(Some).map_err(|e| {
                PyTypeError::new_err(format!(
                    "summarize_batch(): {item} {i} must be str or None, not {}",
                    type_name(&e.into_inner())
                ))
            })
        })
        .collect()
}

/// `None`, a NaN (how pandas and NumPy write a missing value in a column of
/// objects), or `pandas.NA`.
fn is_missing(value: &Bound<'_, PyAny>) -> bool {
    if value.is_none() {
        return true;
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    let ty = value.get_type();
    ty.qualname().is_ok_and(|n| n == "NAType")
        && ty
            .module()
            .is_ok_and(|m| m.to_str().is_ok_and(|m| m.starts_with("pandas")))
}
