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
pub use summary::{Features, Keyword, Metadata, Sentence, Summary};
pub use task::Job;

use args::Read;
use errors::{from_core, guard, Failure};

/// Summarises `text` (a string, or a page's bytes as a `Buffer`) off the main thread.
#[napi(ts_return_type = "Promise<Summary>")]
pub fn summarize(text: Unknown, options: Option<Unknown>) -> AsyncTask<Job<Summary>> {
    let args = args::text("text", &text).and_then(|text| {
        let options = options::parse(options.as_ref())?;
        Ok((text, options))
    });
    AsyncTask::new(Job::with(args, |(text, options)| {
        let summarizer = abrege::Summarizer::new(options).map_err(from_core)?;
        summarizer::summarize_with(&summarizer, text)
    }))
}

/// Summarises `text` (a string or a `Buffer`) on the calling thread.
#[napi]
pub fn summarize_sync(env: Env, text: Unknown, options: Option<Unknown>) -> Result<Summary> {
    let run = || {
        let text = args::text("text", &text)?;
        let options = options::parse(options.as_ref())?;
        guard(|| {
            let summarizer = abrege::Summarizer::new(options).map_err(from_core)?;
            summarizer::summarize_with(&summarizer, text)
        })
    };
    run().map_err(|failure| failure.into_js(&env))
}

/// Separates the article from the page around it, off the main thread.
/// `text` is a string or a page's bytes (`Buffer`); `language` is `"auto"`
/// (default) or an ISO 639-1 code; `format` is `"auto"` (default), `"text"`
/// or `"html"`. For HTML or a Buffer the offsets index `source`.
#[napi(ts_return_type = "Promise<Cleaned>")]
pub fn clean(
    text: Unknown,
    language: Option<Unknown>,
    format: Option<Unknown>,
) -> AsyncTask<Job<Cleaned>> {
    let args = clean_args(&text, language.as_ref(), format.as_ref());
    AsyncTask::new(Job::with(args, |(text, language, format)| {
        Ok(clean_with(text, &language, format))
    }))
}

/// Separates the article from the page around it, on the calling thread.
#[napi]
pub fn clean_sync(
    env: Env,
    text: Unknown,
    language: Option<Unknown>,
    format: Option<Unknown>,
) -> Result<Cleaned> {
    clean_args(&text, language.as_ref(), format.as_ref())
        .and_then(|(text, language, format)| guard(|| Ok(clean_with(text, &language, format))))
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

fn clean_args(
    text: &Unknown,
    language: Option<&Unknown>,
    format: Option<&Unknown>,
) -> Read<(args::Text, String, abrege::Format)> {
    let text = args::text("text", text)?;
    let language = match language {
        Some(l) if !args::is_absent(l)? => args::string("language", l)?,
        _ => "auto".to_string(),
    };
    let format = match format {
        Some(f) if !args::is_absent(f)? => options::format(&args::string("format", f)?)?,
        _ => abrege::Format::Auto,
    };
    abrege::lang::check_code(&language).map_err(from_core)?;
    Ok((text, language, format))
}

fn clean_with(text: args::Text, language: &str, format: abrege::Format) -> Cleaned {
    match text {
        args::Text::Str(text) => {
            Cleaned::new(&text, abrege::clean::clean_as(&text, language, format))
        }
        args::Text::Bytes(bytes) => {
            Cleaned::new("", abrege::clean::clean_bytes(&bytes, language, format))
        }
    }
}
