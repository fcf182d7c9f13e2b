//! A batch's way in and out, in slices, so the event loop never waits long.
//!
//! Reading 20,000 JavaScript strings, or building 20,000 summaries as
//! JavaScript objects, takes the main thread hundreds of milliseconds. So
//! `lib/batch.js` fills a [`Batch`] a slice at a time, the work runs on the
//! thread pool, and the [`BatchResults`] it resolves with are taken a slice
//! at a time, the event loop running between slices.

use napi::bindgen_prelude::{Array, JsObjectValue, Object, Unknown};
use napi::{JsValue, Result, ValueType};
use napi_derive::napi;

use crate::args::{self, Read};
use crate::errors::{Failure, FailureInfo};
use crate::summary::Summary;

/// UTF-8 bytes of text one [`Batch::push`] reads, at most (a longer document is read whole).
const PUSH_BYTES: usize = 512 * 1024;

/// What one [`BatchResults::take`] converts, at most, counted in [`cost`] units.
const TAKE_COST: usize = 1500;

/// One document as read from JavaScript: its text and per-document options,
/// or why it could not be read.
pub(crate) enum Doc {
    Read {
        text: Option<String>,
        title: Option<String>,
        language: Option<String>,
    },
    Invalid(Failure),
}

impl Doc {
    /// The document as the core takes it (an unreadable one as a missing text,
    /// its failure put back in its place afterwards).
    pub(crate) fn input(&self) -> abrege::Input<'_> {
        match self {
            Doc::Read {
                text,
                title,
                language,
            } => abrege::Input {
                text: text.as_deref(),
                title: title.as_deref(),
                language: language.as_deref(),
            },
            Doc::Invalid(_) => abrege::Input::missing(),
        }
    }

    /// Reads `items[index]`: a string, `null`/`undefined` (a missing text), or
    /// an object with `text`, and optionally `title` and `language` (other
    /// properties are ignored, so rows of a JSON-lines file can be passed as they are).
    fn read(index: usize, item: &Unknown) -> Result<Doc> {
        let path = format!("items[{index}]");
        let doc = match item.get_type()? {
            ValueType::String | ValueType::Undefined | ValueType::Null => {
                args::optional_string(&path, item).map(|text| Doc::Read {
                    text,
                    title: None,
                    language: None,
                })
            }
            ValueType::Object if !item.is_array()? => {
                // SAFETY: the value was just checked to be an object.
                let object = unsafe { item.cast::<Object>() }?;
                Doc::read_object(&path, &object)
            }
            _ => Err(args::wrong(
                &path,
                "one of type string, object, null, or undefined",
                item,
            )),
        };
        Ok(doc.unwrap_or_else(|failure| Doc::Invalid(failure.at(index))))
    }

    /// Reads a `{ text, title?, language? }` object at `path`.
    fn read_object(path: &str, object: &Object) -> Read<Doc> {
        let property = |name: &str| -> Read<Option<String>> {
            let value: Unknown = object.get_named_property(name)?;
            args::optional_string(&format!("{path}.{name}"), &value)
        };
        Ok(Doc::Read {
            text: property("text")?,
            title: property("title")?,
            language: property("language")?,
        })
    }

    /// The UTF-8 bytes this document holds.
    fn bytes(&self) -> usize {
        match self {
            Doc::Read {
                text,
                title,
                language,
            } => [text, title, language]
                .iter()
                .map(|s| s.as_ref().map_or(0, String::len))
                .sum(),
            Doc::Invalid(_) => 0,
        }
    }
}

/// The documents of one batch call, read from JavaScript a slice at a time.
#[napi]
pub struct Batch {
    pub(crate) docs: Vec<Doc>,
}

#[napi]
impl Batch {
    /// An empty batch.
    #[napi(constructor)]
    #[allow(clippy::new_without_default)] // a JavaScript constructor
    pub fn new() -> Self {
        Batch { docs: Vec::new() }
    }

    /// Reads `items` from `start` on, until the end or about 512 KB of text,
    /// and returns the index to go on from. A document of the wrong type is
    /// kept as its failure, in its place.
    #[napi]
    pub fn push(&mut self, items: Array, start: u32) -> Result<u32> {
        let (mut i, mut bytes) = (start, 0);
        while i < items.len() && bytes < PUSH_BYTES {
            let doc = match items.get::<Unknown>(i)? {
                Some(item) => Doc::read(i as usize, &item)?,
                None => Doc::Read {
                    text: None,
                    title: None,
                    language: None,
                },
            };
            bytes += doc.bytes();
            self.docs.push(doc);
            i += 1;
        }
        Ok(i)
    }

    /// How many documents have been read.
    #[napi(getter)]
    pub fn length(&self) -> u32 {
        self.docs.len() as u32
    }
}

/// A batch's results, held natively until JavaScript takes them, a slice at a time.
#[napi]
pub struct BatchResults {
    summaries: Vec<Option<Summary>>,
    failures: Vec<Failure>,
}

impl BatchResults {
    /// The documents' results, in order: each document's summary or failure.
    pub(crate) fn new(docs: Vec<Doc>, results: Vec<std::result::Result<Summary, Failure>>) -> Self {
        let mut summaries = Vec::with_capacity(results.len());
        let mut failures = Vec::new();
        for (index, (doc, result)) in docs.into_iter().zip(results).enumerate() {
            match (doc, result) {
                (Doc::Invalid(failure), _) => {
                    failures.push(failure);
                    summaries.push(None);
                }
                (_, Ok(summary)) => summaries.push(Some(summary)),
                (_, Err(failure)) => {
                    failures.push(failure.at(index));
                    summaries.push(None);
                }
            }
        }
        BatchResults {
            summaries,
            failures,
        }
    }
}

/// What converting a summary into JavaScript objects costs, roughly: a unit
/// per object made (a sentence makes three: itself, its features, its text)
/// and two per 256 bytes of the sentences' text (once in the sentences, once
/// in the summary's `text`).
fn cost(s: &Summary) -> usize {
    let text: usize = s.sentences.iter().map(|x| x.text.len()).sum();
    4 + 3 * s.sentences.len() + s.keywords.len() + 2 * text / 256
}

#[napi]
impl BatchResults {
    /// How many documents the batch had.
    #[napi(getter)]
    pub fn length(&self) -> u32 {
        self.summaries.len() as u32
    }

    /// The documents' failures, in document order, each with its `index`.
    #[napi]
    pub fn failures(&self) -> Vec<FailureInfo> {
        self.failures
            .iter()
            .cloned()
            .map(FailureInfo::from)
            .collect()
    }

    /// Hands over the summaries from `start` on, as many as a slice holds
    /// (about a millisecond of conversion); `null` in the place of a
    /// document that failed. Each summary is handed over once.
    #[napi]
    pub fn take(&mut self, start: u32) -> Vec<Option<Summary>> {
        let mut out = Vec::new();
        let mut spent = 0;
        for slot in self.summaries.iter_mut().skip(start as usize) {
            if spent >= TAKE_COST {
                break;
            }
            let summary = slot.take();
            spent += summary.as_ref().map_or(1, cost);
            out.push(summary);
        }
        out
    }
}
