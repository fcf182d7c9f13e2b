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

/// Registers the exception classes on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("AbregeError", py.get_type::<AbregeError>())?;
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

/// The exception for a core error, chosen by its kind; kinds added to the core
/// later fall back to the base class.
pub fn to_py_err(err: abrege::Error) -> PyErr {
    let message = err.to_string();
    match err.kind() {
        "InvalidOption" => InvalidOptionError::new_err(message),
        "UnsupportedLanguage" => UnsupportedLanguageError::new_err(message),
        "InputTooLarge" => InputTooLargeError::new_err(message),
        "Io" => IoError::new_err(message),
        _ => AbregeError::new_err(message),
    }
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
        Ok(result) => result.map_err(to_py_err),
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
