//! Core errors and Rust panics as JavaScript errors.
//!
//! Every error the caller can fix (a bad option, a wrong type, an unsupported
//! language, a too large input) has `code === 'InvalidArg'` and a message that
//! names the field in its JavaScript spelling; anything else, a panic
//! included, has `code === 'GenericFailure'`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use napi::{Error, Result, Status};

/// The options whose core (snake_case) name differs from the JavaScript one.
const SNAKE_OPTIONS: &[&str] = &["max_words", "max_chars", "max_input_bytes"];

/// `snake_case` as `camelCase`.
pub(crate) fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A core error as a JavaScript error, with option and weight names in camelCase.
pub(crate) fn from_core(err: abrege::Error) -> Error {
    let status = match err {
        abrege::Error::InvalidOption { .. }
        | abrege::Error::UnsupportedLanguage { .. }
        | abrege::Error::InputTooLarge { .. } => Status::InvalidArg,
        _ => Status::GenericFailure,
    };
    Error::new(status, message(&err))
}

/// The core error's message, naming options and weights as JavaScript spells them.
fn message(err: &abrege::Error) -> String {
    let mut message = err.to_string();
    let weights = abrege::Weights::NAMES.iter().filter(|n| n.contains('_'));
    for name in SNAKE_OPTIONS.iter().chain(weights) {
        message = message.replace(name, &camel(name));
    }
    message
}

/// Runs `work`, turning a panic into a `GenericFailure` error so that it
/// reaches JavaScript as an exception instead of ending the process.
pub(crate) fn guard<T>(work: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|payload| {
        Err(Error::new(
            Status::GenericFailure,
            format!(
                "abrege panicked (this is a bug, please report it): {}",
                panic_message(payload.as_ref())
            ),
        ))
    })
}

/// What a panic said, when it said it with a string.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

// These tests stay clear of napi values: a test binary has no Node to link against.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_message_is_kept() {
        let payload = catch_unwind(|| panic!("index {} out of bounds", 7)).unwrap_err();
        assert_eq!(panic_message(payload.as_ref()), "index 7 out of bounds");
        let payload = catch_unwind(|| panic!("static")).unwrap_err();
        assert_eq!(panic_message(payload.as_ref()), "static");
    }

    #[test]
    fn core_errors_name_fields_in_camel_case() {
        let options = abrege::Options {
            max_words: Some(0),
            ..Default::default()
        };
        let err = abrege::Summarizer::new(options).unwrap_err();
        assert!(message(&err).contains("`maxWords`"), "{}", message(&err));
        let mut options = abrege::Options::default();
        options.weights.run_on = f64::NAN;
        let err = abrege::Summarizer::new(options).unwrap_err();
        assert!(message(&err).contains("`runOn`"), "{}", message(&err));
        assert_eq!(camel("max_input_bytes"), "maxInputBytes");
    }
}
