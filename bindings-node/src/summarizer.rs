//! The `Summarizer` class: options validated once, reused for many texts.

use napi::bindgen_prelude::{AsyncTask, Unknown};
use napi::{Env, Result};
use napi_derive::napi;

use crate::args;
use crate::batch::{Batch, BatchResults};
use crate::errors::{from_core, guard, Failure};
use crate::options::{self, ResolvedOptions};
use crate::summary::Summary;
use crate::task::Job;

/// A configured summariser. Build one and reuse it: the options are checked once.
#[napi]
pub struct Summarizer {
    inner: abrege::Summarizer,
}

#[napi]
impl Summarizer {
    /// Checks `options` and builds a summariser; throws an error naming a bad option.
    #[napi(constructor)]
    pub fn new(env: Env, options: Option<Unknown>) -> Result<Self> {
        let build = || {
            let options = options::parse(options.as_ref())?;
            guard(|| abrege::Summarizer::new(options).map_err(from_core))
        };
        match build() {
            Ok(inner) => Ok(Summarizer { inner }),
            Err(failure) => Err(failure.into_js(&env)),
        }
    }

    /// The options in force, every field filled in.
    #[napi(getter)]
    pub fn options(&self) -> ResolvedOptions {
        ResolvedOptions::from(self.inner.options())
    }

    /// Summarises `text` (a string, or a page's bytes as a `Buffer`) off the main thread.
    #[napi(
        ts_args_type = "text: string | Uint8Array",
        ts_return_type = "Promise<Summary>"
    )]
    pub fn summarize(&self, text: Unknown) -> AsyncTask<Job<Summary>> {
        let inner = self.inner.clone();
        AsyncTask::new(Job::with(args::text("text", &text), move |text| {
            summarize_with(&inner, text)
        }))
    }

    /// Summarises `text` (a string or a `Buffer`) on the calling thread.
    #[napi(ts_args_type = "text: string | Uint8Array")]
    pub fn summarize_sync(&self, env: Env, text: Unknown) -> Result<Summary> {
        args::text("text", &text)
            .and_then(|text| guard(|| summarize_with(&self.inner, text)))
            .map_err(|failure| failure.into_js(&env))
    }

    /// Summarises the documents read into `batch` on every core, off the main
    /// thread: one result per document, in order. The batch is emptied.
    #[napi(ts_return_type = "Promise<BatchResults>")]
    pub fn summarize_each(&self, batch: &mut Batch) -> AsyncTask<Job<BatchResults>> {
        let inner = self.inner.clone();
        let docs = std::mem::take(&mut batch.docs);
        AsyncTask::new(Job::with(Ok(docs), move |docs| Ok(each(&inner, docs))))
    }

    /// `summarizeEach` on the calling thread (still on every core).
    #[napi]
    pub fn summarize_each_sync(&self, env: Env, batch: &mut Batch) -> Result<BatchResults> {
        let docs = std::mem::take(&mut batch.docs);
        guard(|| Ok(each(&self.inner, docs))).map_err(|failure| failure.into_js(&env))
    }
}

/// One text through the core, then into its JavaScript shape: a string as
/// given, a `Buffer` decoded by the core (a page by its own charset).
pub(crate) fn summarize_with(
    summarizer: &abrege::Summarizer,
    text: args::Text,
) -> std::result::Result<Summary, Failure> {
    match text {
        args::Text::Str(text) => {
            let summary = summarizer.summarize(&text).map_err(from_core)?;
            Ok(Summary::new(&text, summary))
        }
        args::Text::Bytes(bytes) => {
            let summary = summarizer.summarize_bytes(&bytes).map_err(from_core)?;
            Ok(Summary::new("", summary))
        }
    }
}

/// A batch through the core: one result per document, offsets in UTF-16.
fn each(summarizer: &abrege::Summarizer, docs: Vec<crate::batch::Doc>) -> BatchResults {
    let inputs: Vec<abrege::Input> = docs.iter().map(|d| d.input()).collect();
    let results = summarizer
        .summarize_each(&inputs)
        .into_iter()
        .zip(&inputs)
        .map(|(result, input)| {
            result
                .map(|s| Summary::new(input.text.unwrap_or(""), s))
                .map_err(from_core)
        })
        .collect();
    drop(inputs);
    BatchResults::new(docs, results)
}
