//! The Node.js binding of abrege.
//!
//! Everything is done by the core crate; this crate converts values (byte
//! offsets become UTF-16 indices), runs the work in `AsyncTask`s so the event
//! loop never waits, and maps errors: a bad argument is an `InvalidArg` error
//! naming the field, and a panic is a `GenericFailure` error, never a crash.

#![deny(missing_docs)]

mod args;
mod cleaned;
mod errors;
mod options;
mod summarizer;
mod summary;
mod task;
mod utf16;

use napi::bindgen_prelude::{AsyncTask, Unknown};
use napi::Result;
use napi_derive::napi;

pub use cleaned::{Cleaned, Dropped, Span};
pub use options::{Options, Weights};
pub use summarizer::Summarizer;
pub use summary::{Features, Keyword, Sentence, Summary};
pub use task::Job;

use errors::{from_core, guard};

/// Summarises `text` off the main thread. A bad option rejects with an `InvalidArg` error.
#[napi(
    ts_args_type = "text: string, options?: Options | undefined | null",
    ts_return_type = "Promise<Summary>"
)]
pub fn summarize(text: Unknown, options: Option<Unknown>) -> AsyncTask<Job<Summary>> {
    let args = args::string("text", &text).and_then(|text| {
        let options = options::parse(options.as_ref())?;
        Ok((text, options))
    });
    AsyncTask::new(Job::with(args, |(text, options)| {
        let summarizer = abrege::Summarizer::new(options).map_err(from_core)?;
        summarizer::summarize_with(&summarizer, text)
    }))
}

/// Summarises `text` on the calling thread. A bad option throws an `InvalidArg` error.
#[napi(ts_args_type = "text: string, options?: Options | undefined | null")]
pub fn summarize_sync(text: Unknown, options: Option<Unknown>) -> Result<Summary> {
    let text = args::string("text", &text)?;
    let options = options::parse(options.as_ref())?;
    guard(|| {
        let summarizer = abrege::Summarizer::new(options).map_err(from_core)?;
        summarizer::summarize_with(&summarizer, text)
    })
}

/// Separates the article from the page around it, off the main thread.
/// `language` is `"auto"` (default) or an ISO 639-1 code.
#[napi(
    ts_args_type = "text: string, language?: string | undefined | null",
    ts_return_type = "Promise<Cleaned>"
)]
pub fn clean(text: Unknown, language: Option<Unknown>) -> AsyncTask<Job<Cleaned>> {
    let args = clean_args(&text, language.as_ref());
    AsyncTask::new(Job::with(args, |(text, language)| {
        Ok(clean_with(&text, &language))
    }))
}

/// Separates the article from the page around it, on the calling thread.
#[napi(ts_args_type = "text: string, language?: string | undefined | null")]
pub fn clean_sync(text: Unknown, language: Option<Unknown>) -> Result<Cleaned> {
    let (text, language) = clean_args(&text, language.as_ref())?;
    guard(|| Ok(clean_with(&text, &language)))
}

fn clean_args(text: &Unknown, language: Option<&Unknown>) -> Result<(String, String)> {
    let text = args::string("text", text)?;
    let language = match language {
        Some(l) if !args::is_absent(l)? => args::string("language", l)?,
        _ => "auto".to_string(),
    };
    abrege::lang::check_code(&language).map_err(from_core)?;
    Ok((text, language))
}

fn clean_with(text: &str, language: &str) -> Cleaned {
    Cleaned::new(text, abrege::clean::clean(text, language))
}
