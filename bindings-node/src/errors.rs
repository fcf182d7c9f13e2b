//! What can go wrong, as the JavaScript layer (`lib/errors.js`) raises it.
//!
//! Every failure is a [`Failure`]: a stable code, a message naming options in
//! their JavaScript spelling, the field at fault, and the sizes or batch index
//! where they apply. It crosses into JavaScript as an `Error` object carrying
//! those as properties (or, for a batch, as a plain [`FailureInfo`]), and
//! `lib/errors.js` turns it into an `AbregeError` or a `TypeError` whose stack
//! shows the caller.

use std::panic::{catch_unwind, AssertUnwindSafe};

use napi::bindgen_prelude::{JsObjectValue, JsValue, Object};
use napi::{Env, Status};
use napi_derive::napi;

/// The kind of a failure; its string is the error's `code` in JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// An option out of range, unknown, or in conflict with another.
    InvalidOption,
    /// A language code abrege does not know.
    UnsupportedLanguage,
    /// A text over `maxInputBytes`.
    InputTooLarge,
    /// A bug: a caught panic, or a Node-API call that failed.
    Internal,
    /// A value of the wrong JavaScript type: a `TypeError`, as Node's own.
    InvalidArgType,
}

impl Code {
    /// The `code` property JavaScript sees.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Code::InvalidOption => "ABREGE_INVALID_OPTION",
            Code::UnsupportedLanguage => "ABREGE_UNSUPPORTED_LANGUAGE",
            Code::InputTooLarge => "ABREGE_INPUT_TOO_LARGE",
            Code::Internal => "ABREGE_INTERNAL",
            Code::InvalidArgType => "ERR_INVALID_ARG_TYPE",
        }
    }
}

/// One failure, ready to be raised in JavaScript.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// What kind of failure it is.
    pub code: Code,
    /// What went wrong, naming options as JavaScript spells them.
    pub message: String,
    /// The option or argument at fault, as JavaScript spells it (the
    /// `maxInputBytes` a too large text went over, as in Python); `None` for a bug.
    pub field: Option<String>,
    /// The input's size in UTF-8 bytes, for `InputTooLarge`.
    pub size: Option<usize>,
    /// The limit it went over, for `InputTooLarge`.
    pub limit: Option<usize>,
    /// The document's position in a batch.
    pub index: Option<usize>,
}

impl Failure {
    pub(crate) fn new(code: Code, field: impl Into<String>, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
            field: Some(field.into()),
            size: None,
            limit: None,
            index: None,
        }
    }

    /// An out-of-range or unknown option: "invalid option `field`: reason", as the core says it.
    pub(crate) fn option(field: &str, reason: impl std::fmt::Display) -> Self {
        Failure::new(
            Code::InvalidOption,
            field,
            format!("invalid option `{field}`: {reason}"),
        )
    }

    /// A bug on abrege's side.
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Failure {
            field: None,
            ..Failure::new(Code::Internal, "", message)
        }
    }

    /// The same failure as document `index` of a batch. abrege's own errors
    /// name the document in their message, as the core's `BatchError` does; a
    /// type error already names `items[index]`.
    pub(crate) fn at(mut self, index: usize) -> Self {
        if self.code != Code::InvalidArgType && self.index.is_none() {
            self.message = format!("document {index}: {}", self.message);
        }
        self.index = Some(index);
        self
    }

    /// The failure as a JavaScript `Error` to throw or reject with.
    pub(crate) fn into_js(self, env: &Env) -> napi::Error {
        match self.to_object(env) {
            Ok(error) => napi::Error::from(error.to_unknown()),
            Err(e) => e,
        }
    }

    fn to_object<'env>(&self, env: &'env Env) -> napi::Result<Object<'env>> {
        let mut error = env.create_error(napi::Error::new(
            Status::GenericFailure,
            self.message.clone(),
        ))?;
        let info = FailureInfo::from(self.clone());
        error.set_named_property("code", info.code)?;
        if let Some(field) = info.field {
            error.set_named_property("field", field)?;
        }
        for (name, value) in [("size", info.size), ("limit", info.limit)] {
            if let Some(value) = value {
                error.set_named_property(name, value)?;
            }
        }
        if let Some(index) = info.index {
            error.set_named_property("index", index)?;
        }
        Ok(error)
    }
}

impl From<napi::Error> for Failure {
    fn from(err: napi::Error) -> Self {
        Failure::internal(format!("Node-API call failed: {err}"))
    }
}

/// A failure as a plain object, for a batch's list of failed documents.
#[napi(object, object_from_js = false)]
pub struct FailureInfo {
    /// The error code, such as `"ABREGE_INPUT_TOO_LARGE"`.
    pub code: String,
    /// What went wrong.
    pub message: String,
    /// The option or argument at fault.
    pub field: Option<String>,
    /// The input's size in UTF-8 bytes, for a too large input.
    pub size: Option<f64>,
    /// The limit it went over, for a too large input.
    pub limit: Option<f64>,
    /// The document's position in the batch.
    pub index: Option<u32>,
}

impl From<Failure> for FailureInfo {
    fn from(f: Failure) -> Self {
        FailureInfo {
            code: f.code.as_str().to_string(),
            message: f.message,
            field: f.field,
            size: f.size.map(|n| n as f64),
            limit: f.limit.map(|n| n as f64),
            index: f.index.map(|i| i as u32),
        }
    }
}

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

/// A core error as a failure, with option and weight names in camelCase.
pub(crate) fn from_core(err: abrege::Error) -> Failure {
    let message = message(&err);
    match err {
        abrege::Error::InvalidOption { field, .. } => {
            Failure::new(Code::InvalidOption, camel(field), message)
        }
        abrege::Error::UnsupportedLanguage { .. } => {
            Failure::new(Code::UnsupportedLanguage, "language", message)
        }
        abrege::Error::InputTooLarge { size, limit } => Failure {
            size: Some(size),
            limit: Some(limit),
            ..Failure::new(Code::InputTooLarge, "maxInputBytes", message)
        },
        _ => Failure::internal(message),
    }
}

/// The core error's message as JavaScript would say it: options and weights
/// in camelCase, and a number after "got" written as JavaScript writes it
/// (`Infinity`, not Rust's `inf`).
fn message(err: &abrege::Error) -> String {
    let mut message = err.to_string();
    if let abrege::Error::InvalidOption { .. } = err {
        if let Some(at) = message.rfind("got ") {
            let value = at + "got ".len();
            if let Ok(n) = message[value..].parse::<f64>() {
                message.replace_range(value.., &js_number(n));
            }
        }
    }
    let weights = abrege::Weights::NAMES.iter().filter(|n| n.contains('_'));
    for name in SNAKE_OPTIONS.iter().chain(weights) {
        message = message.replace(name, &camel(name));
    }
    message
}

/// `n` as JavaScript's `String(n)` writes it.
pub(crate) fn js_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n == 0.0 {
        "0".into() // -0 too
    } else if n.abs() >= 1e21 || n.abs() < 1e-6 {
        // Exponent form, with a sign on the exponent: 1e+21, 1.5e-7.
        let s = format!("{n:e}");
        match s.split_once('e') {
            Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
            _ => s,
        }
    } else {
        format!("{n}")
    }
}

/// Runs `work`, turning a panic into an internal failure so that it reaches
/// JavaScript as an exception instead of ending the process.
pub(crate) fn guard<T>(work: impl FnOnce() -> Result<T, Failure>) -> Result<T, Failure> {
    catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|payload| {
        Err(Failure::internal(format!(
            "abrege panicked (this is a bug, please report it): {}",
            panic_message(payload.as_ref())
        )))
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
        let failure = guard::<()>(|| panic!("boom")).unwrap_err();
        assert_eq!(failure.code, Code::Internal);
        assert_eq!(failure.field, None);
        assert!(failure.message.ends_with("report it): boom"));
    }

    #[test]
    fn core_errors_name_fields_in_camel_case() {
        let options = abrege::Options {
            max_words: Some(0),
            ..Default::default()
        };
        let failure = from_core(abrege::Summarizer::new(options).unwrap_err());
        assert_eq!(failure.code, Code::InvalidOption);
        assert_eq!(failure.field.as_deref(), Some("maxWords"));
        assert_eq!(
            failure.message,
            "invalid option `maxWords`: must be at least 1"
        );
        let mut options = abrege::Options::default();
        options.weights.run_on = f64::NAN;
        let failure = from_core(abrege::Summarizer::new(options).unwrap_err());
        assert!(failure.message.contains("`runOn`"), "{}", failure.message);
        assert!(failure.message.ends_with("got NaN"), "{}", failure.message);
        assert_eq!(camel("max_input_bytes"), "maxInputBytes");
    }

    #[test]
    fn numbers_in_messages_are_written_as_javascript_writes_them() {
        let mut options = abrege::Options::default();
        options.weights.title = f64::INFINITY;
        let failure = from_core(abrege::Summarizer::new(options).unwrap_err());
        assert!(
            failure.message.ends_with("got Infinity"),
            "{}",
            failure.message
        );
        assert!(!failure.message.contains("inf,"), "{}", failure.message);
        let options = abrege::Options {
            ratio: Some(f64::NEG_INFINITY),
            ..Default::default()
        };
        let failure = from_core(abrege::Summarizer::new(options).unwrap_err());
        assert_eq!(
            failure.message,
            "invalid option `ratio`: must be in (0, 1], got -Infinity"
        );
        let cases = [
            (1.5, "1.5"),
            (-0.0, "0"),
            (9_007_199_254_740_992.0, "9007199254740992"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
        ];
        for (n, js) in cases {
            assert_eq!(js_number(n), js, "{n}");
        }
    }

    #[test]
    fn each_core_error_has_its_code_and_field() {
        let failure = from_core(abrege::Error::InputTooLarge {
            size: 2000,
            limit: 1000,
        });
        assert_eq!(failure.code.as_str(), "ABREGE_INPUT_TOO_LARGE");
        assert_eq!(failure.field.as_deref(), Some("maxInputBytes"));
        assert_eq!((failure.size, failure.limit), (Some(2000), Some(1000)));
        assert!(
            failure.message.contains("`maxInputBytes`"),
            "{}",
            failure.message
        );
        let failure = from_core(abrege::lang::canonical_code("xx").unwrap_err());
        assert_eq!(failure.code.as_str(), "ABREGE_UNSUPPORTED_LANGUAGE");
        assert_eq!(failure.field.as_deref(), Some("language"));
        let failure = failure.at(3);
        assert_eq!(failure.index, Some(3));
        assert!(failure
            .message
            .starts_with("document 3: unsupported language `xx`"));
        assert_eq!(failure.clone().at(3).message, failure.message, "named once");
    }
}
