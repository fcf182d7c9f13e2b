//! Pickling through serde JSON: `__reduce__` gives `(cls._from_state, (state,))`,
//! where `state` is the JSON bytes of [`Pickle::State`]. Objects so travel to
//! `multiprocessing`, Dask and Spark workers, or into a pickle file.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};
use pyo3::PyClass;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::errors::to_py_err;

/// A class that pickles as the JSON of its state.
pub trait Pickle: PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync + Sized {
    /// What is pickled.
    type State: Serialize + DeserializeOwned;
    /// The state of `self`.
    fn state(&self, py: Python<'_>) -> PyResult<Self::State>;
    /// The object back from its state.
    fn from_state(py: Python<'_>, state: Self::State) -> PyResult<Self>;
}

/// `__reduce__`: the class's `_from_state` and the JSON state.
pub fn reduce<'py, T: Pickle>(
    slf: &Bound<'py, T>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
    let py = slf.py();
    let state = serde_json::to_vec(&slf.get().state(py)?)
        .map_err(|e| to_py_err(py, abrege::Error::Io(e.to_string())))?;
    let rebuild = slf.as_any().get_type().getattr("_from_state")?;
    Ok((rebuild, PyTuple::new(py, [PyBytes::new(py, &state)])?))
}

/// `_from_state`: the object back from JSON state; bad state is an `IoError`.
pub fn restore<T: Pickle>(py: Python<'_>, state: &[u8]) -> PyResult<T> {
    let state = serde_json::from_slice(state).map_err(|e| {
        to_py_err(
            py,
            abrege::Error::Io(format!("bad pickled {} state: {e}", T::NAME)),
        )
    })?;
    T::from_state(py, state)
}

/// Implements [`Pickle`] for classes that are their own state (`Clone + Serialize + Deserialize`).
macro_rules! by_clone {
    ($($class:ty),*) => {$(
        impl $crate::pickle::Pickle for $class {
            type State = $class;

            fn state(&self, _py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<$class> {
                Ok(self.clone())
            }

            fn from_state(_py: ::pyo3::Python<'_>, state: $class) -> ::pyo3::PyResult<$class> {
                Ok(state)
            }
        }
    )*};
}
pub(crate) use by_clone;
