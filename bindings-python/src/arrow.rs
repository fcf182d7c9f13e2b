//! `Summarizer.summarize_arrow` (cargo feature `arrow`): Arrow string arrays
//! in, an Arrow record batch out, through the Arrow C data interface. The
//! texts are read where Arrow keeps them and the columns are built in Rust,
//! so no Python object is made per document.

use std::sync::Arc;

use arrow_array::builder::{Float64Builder, Int64Builder, ListBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3_arrow::input::AnyArray;
use pyo3_arrow::PyRecordBatch;

use crate::columns::{self, Row, NAMES};
use crate::errors::{batch_err, to_py_err};

/// The texts of an Arrow string array (utf8, large_utf8 or utf8_view), in
/// chunks as Arrow gave them.
struct Strings {
    chunks: Vec<ArrayRef>,
}

impl Strings {
    fn read(field: &str, value: AnyArray) -> PyResult<Strings> {
        let chunked = value.into_chunked_array()?;
        let (chunks, f) = chunked.into_inner();
        match f.data_type() {
            DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View | DataType::Null => {
                Ok(Strings { chunks })
            }
            other => Err(PyTypeError::new_err(format!(
                "summarize_arrow() argument '{field}' must be an Arrow array of strings, not {other}"
            ))),
        }
    }

    fn values(&self) -> Vec<Option<&str>> {
        let mut out = Vec::new();
        for chunk in &self.chunks {
            match chunk.data_type() {
                DataType::Utf8 => out.extend(chunk.as_string::<i32>().iter()),
                DataType::LargeUtf8 => out.extend(chunk.as_string::<i64>().iter()),
                DataType::Utf8View => out.extend(chunk.as_string_view().iter()),
                _ => out.extend(std::iter::repeat_n(None, chunk.len())),
            }
        }
        out
    }
}

/// The record batch's schema: the columns of `summarize_columns`.
fn schema() -> Schema {
    let list = |item: DataType| DataType::List(Arc::new(Field::new("item", item, true)));
    let types = [
        DataType::Utf8,
        list(DataType::Utf8),
        list(DataType::Float64),
        list(DataType::Int64),
        list(DataType::Int64),
        DataType::Utf8,
        DataType::Utf8,
        DataType::Utf8,
        DataType::Utf8,
    ];
    Schema::new(
        NAMES
            .iter()
            .zip(types)
            .map(|(name, t)| Field::new(*name, t, true))
            .collect::<Vec<_>>(),
    )
}

/// The rows as Arrow columns.
fn batch(rows: &[Result<Row, abrege::Error>]) -> Result<RecordBatch, arrow_schema::ArrowError> {
    let n = rows.len();
    let mut summary = StringBuilder::with_capacity(n, n * 256);
    let mut sentences = ListBuilder::new(StringBuilder::with_capacity(n * 3, n * 256));
    let mut scores = ListBuilder::new(Float64Builder::with_capacity(n * 3));
    let mut starts = ListBuilder::new(Int64Builder::with_capacity(n * 3));
    let mut ends = ListBuilder::new(Int64Builder::with_capacity(n * 3));
    let mut language = StringBuilder::with_capacity(n, n * 2);
    let mut title = StringBuilder::new();
    let mut empty_reason = StringBuilder::new();
    let mut error = StringBuilder::new();
    for row in rows {
        match row {
            Ok(r) => {
                summary.append_value(&r.summary);
                for s in &r.sentences {
                    sentences.values().append_value(s);
                }
                sentences.append(true);
                scores.values().append_slice(&r.scores);
                scores.append(true);
                for &(s, e) in &r.spans {
                    starts.values().append_value(s as i64);
                    ends.values().append_value(e as i64);
                }
                starts.append(true);
                ends.append(true);
                language.append_value(&r.language);
                title.append_option(r.title.as_deref());
                empty_reason.append_option(r.empty_reason);
                error.append_null();
            }
            Err(e) => {
                summary.append_null();
                sentences.append(false);
                scores.append(false);
                starts.append(false);
                ends.append(false);
                language.append_null();
                title.append_null();
                empty_reason.append_null();
                error.append_value(e.to_string());
            }
        }
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(summary.finish()),
        Arc::new(sentences.finish()),
        Arc::new(scores.finish()),
        Arc::new(starts.finish()),
        Arc::new(ends.finish()),
        Arc::new(language.finish()),
        Arc::new(title.finish()),
        Arc::new(empty_reason.finish()),
        Arc::new(error.finish()),
    ];
    RecordBatch::try_new(Arc::new(schema()), columns)
}

/// The values of an optional column that must be as long as the texts.
fn side<'a>(
    py: Python<'_>,
    field: &'static str,
    strings: Option<&'a Strings>,
    len: usize,
) -> PyResult<Vec<Option<&'a str>>> {
    let Some(strings) = strings else {
        return Ok(Vec::new());
    };
    let values = strings.values();
    if values.len() != len {
        return Err(to_py_err(
            py,
            abrege::Error::InvalidOption {
                field,
                reason: format!(
                    "has {} items for {len} texts: give one per text, null for the default",
                    values.len()
                ),
            },
        ));
    }
    Ok(values)
}

/// `summarize_arrow`: the batch's rows as a `pyarrow.RecordBatch`.
pub fn summarize_arrow<'py>(
    py: Python<'py>,
    summarizer: &abrege::Summarizer,
    texts: AnyArray,
    titles: Option<AnyArray>,
    languages: Option<AnyArray>,
    raise: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let texts = Strings::read("texts", texts)?;
    let titles = titles.map(|t| Strings::read("titles", t)).transpose()?;
    let languages = languages
        .map(|l| Strings::read("languages", l))
        .transpose()?;
    let text_values = texts.values();
    let title_values = side(py, "titles", titles.as_ref(), text_values.len())?;
    let language_values = side(py, "languages", languages.as_ref(), text_values.len())?;
    let inputs: Vec<abrege::Input<'_>> = (0..text_values.len())
        .map(|i| abrege::Input {
            text: text_values[i],
            title: title_values.get(i).copied().flatten(),
            language: language_values.get(i).copied().flatten(),
        })
        .collect();
    let mut rows = columns::rows(py, summarizer, &inputs)?;
    if raise {
        if let Some(index) = rows.iter().position(Result::is_err) {
            if let Err(e) = rows.swap_remove(index) {
                return Err(batch_err(py, index, e));
            }
        }
    }
    let batch = py
        .detach(|| batch(&rows))
        .map_err(|e| to_py_err(py, abrege::Error::Io(e.to_string())))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}
