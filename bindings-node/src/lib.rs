//! The native half of abrege's Node.js binding.
//!
//! Everything is done by the core crate; this crate converts values (byte
//! offsets become UTF-16 indices), runs the work in `AsyncTask`s so the event
//! loop never waits, and reports failures with a stable `code`, the `field`
//! at fault and the sizes or batch index that apply. `index.js` wraps it: it
//! turns those into `AbregeError`s and `TypeError`s that show the caller's
//! stack, and runs batches in slices (see `batch.rs`).

#![deny(missing_docs)]

mod args;
mod batch;
mod cleaned;
mod errors;
mod options;
mod summarizer;
mod summary;
mod task;
mod utf16;

use napi::bindgen_prelude::{AsyncTask, Unknown};
use napi::{Env, Result};
use napi_derive::napi;

pub use batch::{Batch, BatchResults};
pub use cleaned::{Cleaned, Dropped, Span};
pub use errors::FailureInfo;
pub use options::{ResolvedOptions, ResolvedWeights};
pub use summarizer::Summarizer;
pub use summary::{Features, Keyword, Sentence, Summary};
pub use task::Job;

use args::Read;
use errors::{from_core, guard, Failure};

/// Summarises `text` off the main thread.
#[napi(ts_return_type = "Promise<Summary>")]
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

/// Summarises `text` on the calling thread.
#[napi]
pub fn summarize_sync(env: Env, text: Unknown, options: Option<Unknown>) -> Result<Summary> {
    let run = || {
        let text = args::string("text", &text)?;
        let options = options::parse(options.as_ref())?;
        guard(|| {
            let summarizer = abrege::Summarizer::new(options).map_err(from_core)?;
            summarizer::summarize_with(&summarizer, text)
        })
    };
    run().map_err(|failure| failure.into_js(&env))
}

/// Separates the article from the page around it, off the main thread.
#[napi(ts_return_type = "Promise<Cleaned>")]
pub fn clean(text: Unknown, language: Option<Unknown>) -> AsyncTask<Job<Cleaned>> {
    let args = clean_args(&text, language.as_ref());
    AsyncTask::new(Job::with(args, |(text, language)| {
        Ok(clean_with(&text, &language))
    }))
}

/// Separates the article from the page around it, on the calling thread.
#[napi]
pub fn clean_sync(env: Env, text: Unknown, language: Option<Unknown>) -> Result<Cleaned> {
    clean_args(&text, language.as_ref())
        .and_then(|(text, language)| guard(|| Ok(clean_with(&text, &language))))
        .map_err(|failure| failure.into_js(&env))
}

/// Panics inside the binding, on the calling thread (`sync`) or the thread
/// pool: a test hook that proves a panic reaches JavaScript as an
/// `ABREGE_INTERNAL` error. Not exported by `index.js`.
#[napi(js_name = "__panicForTests", ts_return_type = "Promise<void> | void")]
pub fn panic_for_tests(env: Env, sync: bool) -> Result<Option<AsyncTask<Job<()>>>> {
    let boom = || -> std::result::Result<(), Failure> { panic!("a panic raised for the tests") };
    if sync {
        guard(boom).map_err(|failure| failure.into_js(&env))?;
        Ok(None)
    } else {
        Ok(Some(AsyncTask::new(Job::with(Ok(()), move |()| boom()))))
    }
}

fn clean_args(text: &Unknown, language: Option<&Unknown>) -> Read<(String, String)> {
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
