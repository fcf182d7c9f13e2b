//! The `Summarizer` class: options validated once, reused for many texts.

use napi::bindgen_prelude::{AsyncTask, Unknown};
use napi::Result;
use napi_derive::napi;

use crate::args;
use crate::errors::{from_core, guard};
use crate::options::{self, Options};
use crate::summary::Summary;
use crate::task::Job;

/// A configured summariser. Build one and reuse it: the options are checked once.
#[napi]
pub struct Summarizer {
    inner: abrege::Summarizer,
}

#[napi]
impl Summarizer {
    /// Checks `options` and builds a summariser; throws an `InvalidArg` error naming a bad option.
    #[napi(constructor, ts_args_type = "options?: Options | undefined | null")]
    pub fn new(options: Option<Unknown>) -> Result<Self> {
        let options = options::parse(options.as_ref())?;
        let inner = guard(|| abrege::Summarizer::new(options).map_err(from_core))?;
        Ok(Summarizer { inner })
    }

    /// The options in force, defaults filled in.
    #[napi(getter)]
    pub fn options(&self) -> Options {
        Options::from(self.inner.options())
    }

    /// Summarises `text` off the main thread.
    #[napi(ts_args_type = "text: string", ts_return_type = "Promise<Summary>")]
    pub fn summarize(&self, text: Unknown) -> AsyncTask<Job<Summary>> {
        let inner = self.inner.clone();
        AsyncTask::new(Job::with(args::string("text", &text), move |text| {
            summarize_with(&inner, text)
        }))
    }

    /// Summarises `text` on the calling thread.
    #[napi(ts_args_type = "text: string")]
    pub fn summarize_sync(&self, text: Unknown) -> Result<Summary> {
        let text = args::string("text", &text)?;
        guard(|| summarize_with(&self.inner, text))
    }

    /// Summarises many texts on every core, off the main thread; results come in input order.
    #[napi(
        ts_args_type = "texts: string[]",
        ts_return_type = "Promise<Summary[]>"
    )]
    pub fn summarize_batch(&self, texts: Unknown) -> AsyncTask<Job<Vec<Summary>>> {
        let inner = self.inner.clone();
        AsyncTask::new(Job::with(args::strings("texts", &texts), move |texts| {
            let summaries = inner
                .summarize_batch(&texts)
                .map_err(|e| from_core(e.error))?;
            Ok(texts
                .iter()
                .zip(summaries)
                .map(|(t, s)| Summary::new(t, s))
                .collect())
        }))
    }
}

/// One text through the core, then into its JavaScript shape.
pub(crate) fn summarize_with(summarizer: &abrege::Summarizer, text: String) -> Result<Summary> {
    let summary = summarizer.summarize(&text).map_err(from_core)?;
    Ok(Summary::new(&text, summary))
}
