//! Python exceptions, and the one gate every core call goes through.
//!
//! Each core error kind ([`abrege::Error::kind`]) has its own exception class
//! under `abrege.AbregeError`, itself a `ValueError` so that `except ValueError`
//! keeps working.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

create_exception!(
    abrege,
    AbregeError,
    PyValueError,
    "Base class of every error abrege raises; a ValueError."
);
create_exception!(
    abrege,
    InvalidOptionError,
    AbregeError,
    "An option is out of its accepted range, or two options conflict (such as two budgets)."
);
create_exception!(
    abrege,
    UnsupportedLanguageError,
    AbregeError,
    "The language option names no language abrege knows."
);
create_exception!(
    abrege,
    InputTooLargeError,
    AbregeError,
    "The input is larger than the max_input_bytes option."
);
create_exception!(
    abrege,
    IoError,
    AbregeError,
    "A file or stream could not be read or parsed."
);
create_exception!(
    abrege,
    InternalError,
    AbregeError,
    "A bug in abrege: a Rust panic, caught before it could reach the interpreter."
);

/// Registers the exception classes on the module. Every class has the
/// attributes an instance may carry, `None` unless it applies: `field` (the
/// option at fault), `size` and `limit` (an input too large, in bytes), and
/// `index` (the failing document of a batch).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let base = py.get_type::<AbregeError>();
    for attr in ATTRIBUTES {
        base.setattr(attr, py.None())?;
    }
    m.add("AbregeError", base)?;
    m.add("InvalidOptionError", py.get_type::<InvalidOptionError>())?;
    m.add(
        "UnsupportedLanguageError",
        py.get_type::<UnsupportedLanguageError>(),
    )?;
    m.add("InputTooLargeError", py.get_type::<InputTooLargeError>())?;
    m.add("IoError", py.get_type::<IoError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    Ok(())
}

/// The attributes every abrege exception has.
const ATTRIBUTES: [&str; 4] = ["field", "size", "limit", "index"];

/// The exception for a core error, chosen by its kind (kinds added to the
/// core later fall back to the base class), with the error's details as
/// attributes.
pub fn to_py_err(py: Python<'_>, err: abrege::Error) -> PyErr {
    exception(py, err, None)
}

/// The exception for a batch's failing document: the core error's, with
/// its `index` and a message that names the document.
pub fn batch_err(py: Python<'_>, index: usize, err: abrege::Error) -> PyErr {
    exception(py, err, Some(index))
}

fn exception(py: Python<'_>, err: abrege::Error, index: Option<usize>) -> PyErr {
    let message = match index {
        Some(i) => format!("document {i}: {err}"),
        None => err.to_string(),
    };
    let (field, size, limit) = match &err {
        abrege::Error::InvalidOption { field, .. } => (Some(*field), None, None),
        abrege::Error::UnsupportedLanguage { .. } => (Some("language"), None, None),
        abrege::Error::InputTooLarge { size, limit } => {
            (Some("max_input_bytes"), Some(*size), Some(*limit))
        }
        _ => (None, None, None),
    };
    let exc = match err.kind() {
        "InvalidOption" => InvalidOptionError::new_err(message),
        "UnsupportedLanguage" => UnsupportedLanguageError::new_err(message),
        "InputTooLarge" => InputTooLargeError::new_err(message),
        "Io" => IoError::new_err(message),
        _ => AbregeError::new_err(message),
    };
    let value = exc.value(py);
    // Setting an attribute on a fresh exception instance cannot fail.
    let _ = value.setattr("field", field);
    let _ = value.setattr("size", size);
    let _ = value.setattr("limit", limit);
    let _ = value.setattr("index", index);
    exc
}

/// Runs `work` (core calls) with the GIL released, so other Python threads run
/// meanwhile, and turns its error or panic into a Python exception.
///
/// Every call into the core goes through here: a panic must never unwind into
/// the interpreter.
pub fn enter_core<T, F>(py: Python<'_>, work: F) -> PyResult<T>
where
    F: Send + FnOnce() -> Result<T, abrege::Error>,
    T: Send,
{
    match py.detach(|| catch_unwind(AssertUnwindSafe(work))) {
        Ok(result) => result.map_err(|e| to_py_err(py, e)),
        Err(payload) => Err(InternalError::new_err(format!(
            "abrege panicked (a bug, please report it): {}",
            panic_message(payload.as_ref())
        ))),
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "no message"
    }
}

/// Test hook: panics inside [`enter_core`], to prove a panic becomes `InternalError`.
#[pyfunction(name = "_panic")]
pub fn panic_for_test(py: Python<'_>, message: String) -> PyResult<()> {
    enter_core(py, move || -> Result<(), abrege::Error> {
        panic!("{message}")
    })
}
