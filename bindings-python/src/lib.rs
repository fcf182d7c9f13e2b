//! The Python binding of abrege: the module `abrege._abrege`.
//!
//! Every algorithm lives in the core crate; this crate converts values
//! (byte offsets become Python string indices), releases the GIL around every
//! core call ([`errors::enter_core`]) and maps core errors to exception classes.

#![deny(missing_docs)]

#[cfg(feature = "arrow")]
mod arrow;
mod batch;
mod clean;
mod columns;
mod errors;
mod html;
mod metadata;
mod offsets;
mod options;
mod pickle;
mod summarizer;
mod summary;

use pyo3::prelude::*;

/// The extension module, re-exported by the `abrege` package.
#[pymodule]
fn _abrege(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    errors::register(m)?;
    m.add_class::<summary::Summary>()?;
    m.add_class::<summary::Sentence>()?;
    m.add_class::<summarizer::Summarizer>()?;
    m.add_class::<clean::Cleaned>()?;
    m.add_class::<clean::Span>()?;
    m.add_class::<clean::Dropped>()?;
    m.add_class::<metadata::Metadata>()?;
    m.add_function(wrap_pyfunction!(summarizer::summarize, m)?)?;
    m.add_function(wrap_pyfunction!(clean::clean, m)?)?;
    // The test hook is set, not added, so that it stays out of `__all__`.
    m.setattr("_panic", wrap_pyfunction!(errors::panic_for_test, m)?)?;
    Ok(())
}
