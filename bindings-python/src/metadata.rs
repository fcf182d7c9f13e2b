//! `Metadata`: what an HTML page states about itself.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple, PyType};
use serde::{Deserialize, Serialize};

use crate::pickle;

pickle::by_clone!(Metadata);

/// What an HTML page states about itself, each field None when it does not.
/// The description is the site's own summary: reported, never a sentence.
#[pyclass(module = "abrege._abrege", frozen, get_all, eq)]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The article's title (og:title, JSON-LD headline, <h1>, <title>), the site's name stripped.
    title: Option<String>,
    /// The author or authors.
    byline: Option<String>,
    /// The publication date, as the page writes it (usually ISO 8601).
    published: Option<String>,
    /// The site's name.
    site_name: Option<String>,
    /// The canonical address.
    url: Option<String>,
    /// The page's description of itself (meta description).
    description: Option<String>,
    /// The language the page declares (<html lang>), an ISO 639-1 code.
    language: Option<String>,
}

impl From<&abrege::Metadata> for Metadata {
    fn from(m: &abrege::Metadata) -> Metadata {
        Metadata {
            title: m.title.clone(),
            byline: m.byline.clone(),
            published: m.published.clone(),
            site_name: m.site_name.clone(),
            url: m.url.clone(),
            description: m.description.clone(),
            language: m.language.clone(),
        }
    }
}

#[pymethods]
impl Metadata {
    /// Every field in a plain dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in self.fields() {
            d.set_item(k, v)?;
        }
        Ok(d)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled object from its state.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Self> {
        pickle::restore(py, state)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut parts = Vec::new();
        for (k, v) in self.fields() {
            if let Some(v) = v {
                parts.push(format!("{k}={}", PyString::new(py, v).repr()?));
            }
        }
        Ok(format!("Metadata({})", parts.join(", ")))
    }
}

impl Metadata {
    fn fields(&self) -> [(&'static str, &Option<String>); 7] {
        [
            ("title", &self.title),
            ("byline", &self.byline),
            ("published", &self.published),
            ("site_name", &self.site_name),
            ("url", &self.url),
            ("description", &self.description),
            ("language", &self.language),
        ]
    }
}
