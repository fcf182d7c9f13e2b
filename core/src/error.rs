//! The one error type of the crate.

/// Everything that can go wrong when building a [`Summarizer`](crate::Summarizer)
/// or summarising a text.
///
/// The enum is `#[non_exhaustive]`: new kinds may be added without a major release,
/// so match with a wildcard arm.
///
/// ```
/// use abrege::{Error, Options, Summarizer};
///
/// let options = Options { ratio: Some(1.5), ..Options::default() };
/// match Summarizer::new(options) {
///     Err(Error::InvalidOption { field, .. }) => assert_eq!(field, "ratio"),
///     other => panic!("unexpected: {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An option is out of its accepted range, or two options conflict.
    #[error("invalid option `{field}`: {reason}")]
    InvalidOption {
        /// The option's name, as spelled in [`Options`](crate::Options).
        field: &'static str,
        /// What was wrong and what is accepted.
        reason: String,
    },
    /// The `language` option names no language abrege knows.
    #[error(
        "unsupported language `{code}`: use \"auto\" or one of these ISO 639-1 codes (a region such as fr-FR is ignored): {}",
        crate::lang::accepted_codes()
    )]
    UnsupportedLanguage {
        /// The code that was given.
        code: String,
    },
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input of {size} bytes is over the limit of {limit} bytes (option `max_input_bytes`)")]
    InputTooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A file or stream could not be read or parsed (IDF tables, evaluation corpora).
    #[error("{0}")]
    Io(String),
}

impl Error {
    /// A short, stable name for the kind of error, used by the bindings
    /// (`"InvalidOption"`, `"UnsupportedLanguage"`, `"InputTooLarge"`, `"Io"`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidOption { .. } => "InvalidOption",
            Error::UnsupportedLanguage { .. } => "UnsupportedLanguage",
            Error::InputTooLarge { .. } => "InputTooLarge",
            Error::Io(_) => "Io",
        }
    }
}

pub(crate) fn invalid(field: &'static str, reason: impl Into<String>) -> Error {
    Error::InvalidOption {
        field,
        reason: reason.into(),
    }
}

/// A batch call's error: which document failed, and why.
///
/// ```
/// use abrege::{Error, Options, Summarizer};
///
/// let summarizer = Summarizer::new(Options { max_input_bytes: 100, ..Options::default() })?;
/// let long = "Une phrase assez longue pour dépasser la limite. ".repeat(5);
/// let err = summarizer.summarize_batch(&["Un texte court.", &long]).unwrap_err();
/// assert_eq!(err.index, 1);
/// assert!(matches!(err.error, Error::InputTooLarge { .. }));
/// assert!(err.to_string().starts_with("document 1: input of"));
/// # Ok::<(), abrege::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("document {index}: {error}")]
pub struct BatchError {
    /// The failing document's position in the batch, from 0.
    pub index: usize,
    /// What went wrong with it.
    #[source]
    pub error: Error,
}
