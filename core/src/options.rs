//! Summarisation options, their defaults and their validation.

use serde::{Deserialize, Serialize};

use crate::error::{invalid, Error};
use crate::score::Weights;

/// The default number of sentences when no budget is given.
pub const DEFAULT_SENTENCES: usize = 3;

/// The default input size limit: 32 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// What the input is: plain text, an HTML page, or either, told apart by
/// [`looks_like_html`](crate::html::looks_like_html).
///
/// ```
/// let f: abrege::Format = serde_json::from_str("\"html\"").unwrap();
/// assert_eq!(f, abrege::Format::Html);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// HTML when the input plainly is a page (a doctype, `<html`, `<head`
    /// or `<body` at its start, or markup dominating it), else text.
    #[default]
    Auto,
    /// Plain text (scraped pages included): markup is read as text.
    Text,
    /// An HTML page or fragment.
    Html,
}

/// Everything that shapes a summary. Every field has a documented default,
/// and options round-trip through serde (unknown fields are rejected).
///
/// At most one of the four budgets (`sentences`, `ratio`, `max_words`,
/// `max_chars`) may be set; with none, the summary has
/// [`DEFAULT_SENTENCES`] sentences.
///
/// ```
/// let options = abrege::Options { max_words: Some(60), language: "fr".into(), ..Default::default() };
/// let json = serde_json::to_string(&options).unwrap();
/// let back: abrege::Options = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, options);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Budget: this many sentences (at least 1). Default when no budget is set: 3.
    pub sentences: Option<usize>,
    /// Budget: this share of the document's sentences, in `(0, 1]`, rounded up.
    pub ratio: Option<f64>,
    /// Budget: at most this many words in all (at least 1).
    pub max_words: Option<usize>,
    /// Budget: at most this many characters in all, counting one space between sentences (at least 1).
    pub max_chars: Option<usize>,
    /// `"auto"` (default) to detect the language, or an ISO 639-1 code such as `"fr"`.
    pub language: String,
    /// The article's title, if known. Without it a headline is looked for in the text.
    pub title: Option<String>,
    /// Drop the page around the article (menus, teasers, widgets, credits) before scoring. Default `true`.
    pub clean: bool,
    /// Use the corpus IDF table shipped for the language, when there is one. Default `true`.
    pub idf: bool,
    /// A candidate whose word overlap with an already chosen sentence is at least
    /// this (in `(0, 1]`) is skipped as a near-duplicate. Default `0.6`.
    pub redundancy: f64,
    /// Inputs larger than this many bytes give [`Error::InputTooLarge`]. Default 32 MiB.
    pub max_input_bytes: usize,
    /// How much each sentence feature counts. The default,
    /// [`Weights::default()`], stands for the learned scorer, whose weights
    /// depend on the language and the budget (see [`Weights::learned`]),
    /// and which in French, for budgets of up to eight sentences, leaves the
    /// choice of sentences to a word model learned from news (the set whose
    /// words a summary is most likely to share, for their length, with the
    /// scores as a prior); any other weights are used as given, for every
    /// language and budget, and the highest scores are chosen.
    pub weights: Weights,
    /// What the input is: `auto` (default), `text` or `html`.
    pub format: Format,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sentences: None,
            ratio: None,
            max_words: None,
            max_chars: None,
            language: "auto".to_string(),
            title: None,
            clean: true,
            idf: true,
            redundancy: 0.6,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            weights: Weights::default(),
            format: Format::Auto,
        }
    }
}

/// The one length budget of a summary, resolved from [`Options`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// This share of the document's sentences, rounded up.
    Ratio(f64),
    /// At most this many words.
    MaxWords(usize),
    /// At most this many characters.
    MaxChars(usize),
}

impl Options {
    /// Checks every option and resolves the budget.
    ///
    /// Errors name the field and the accepted range.
    pub fn validate(&self) -> Result<Budget, Error> {
        let set = [
            self.sentences.is_some(),
            self.ratio.is_some(),
            self.max_words.is_some(),
            self.max_chars.is_some(),
        ];
        if set.iter().filter(|s| **s).count() > 1 {
            return Err(invalid(
                "sentences",
                "give at most one budget among sentences, ratio, max_words and max_chars",
            ));
        }
        let at_least_one = |field, v: usize| {
            if v == 0 {
                Err(invalid(field, "must be at least 1"))
            } else {
                Ok(v)
            }
        };
        let budget = if let Some(n) = self.sentences {
            Budget::Sentences(at_least_one("sentences", n)?)
        } else if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(invalid("ratio", format!("must be in (0, 1], got {r}")));
            }
            Budget::Ratio(r)
        } else if let Some(n) = self.max_words {
            Budget::MaxWords(at_least_one("max_words", n)?)
        } else if let Some(n) = self.max_chars {
            Budget::MaxChars(at_least_one("max_chars", n)?)
        } else {
            Budget::Sentences(DEFAULT_SENTENCES)
        };
        if !(self.redundancy > 0.0 && self.redundancy <= 1.0) {
            return Err(invalid(
                "redundancy",
                format!("must be in (0, 1], got {}", self.redundancy),
            ));
        }
        if self.max_input_bytes == 0 {
            return Err(invalid("max_input_bytes", "must be at least 1"));
        }
        for (name, w) in self.weights.iter() {
            if !w.is_finite() || w.abs() > 1000.0 {
                return Err(Error::InvalidOption {
                    field: "weights",
                    reason: format!(
                        "weight `{name}` must be a finite number in [-1000, 1000], got {w}"
                    ),
                });
            }
        }
        crate::lang::check_code(&self.language)?;
        if self.format == Format::Html && !cfg!(feature = "html") {
            return Err(invalid(
                "format",
                "HTML input needs abrege's `html` feature, which this build leaves out",
            ));
        }
        Ok(budget)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budgets_validate() {
        let cases: &[(Options, Result<Budget, &str>)] = &[
            (Options::default(), Ok(Budget::Sentences(3))),
            (
                Options {
                    sentences: Some(5),
                    ..Default::default()
                },
                Ok(Budget::Sentences(5)),
            ),
            (
                Options {
                    ratio: Some(0.2),
                    ..Default::default()
                },
                Ok(Budget::Ratio(0.2)),
            ),
            (
                Options {
                    max_words: Some(50),
                    ..Default::default()
                },
                Ok(Budget::MaxWords(50)),
            ),
            (
                Options {
                    max_chars: Some(300),
                    ..Default::default()
                },
                Ok(Budget::MaxChars(300)),
            ),
            (
                Options {
                    sentences: Some(0),
                    ..Default::default()
                },
                Err("sentences"),
            ),
            (
                Options {
                    ratio: Some(0.0),
                    ..Default::default()
                },
                Err("ratio"),
            ),
            (
                Options {
                    ratio: Some(f64::NAN),
                    ..Default::default()
                },
                Err("ratio"),
            ),
            (
                Options {
                    max_words: Some(0),
                    ..Default::default()
                },
                Err("max_words"),
            ),
            (
                Options {
                    sentences: Some(2),
                    ratio: Some(0.5),
                    ..Default::default()
                },
                Err("sentences"),
            ),
            (
                Options {
                    redundancy: 0.0,
                    ..Default::default()
                },
                Err("redundancy"),
            ),
            (
                Options {
                    max_input_bytes: 0,
                    ..Default::default()
                },
                Err("max_input_bytes"),
            ),
        ];
        for (options, expected) in cases {
            match (options.validate(), expected) {
                (Ok(b), Ok(e)) => assert_eq!(b, *e),
                (Err(Error::InvalidOption { field, .. }), Err(e)) => assert_eq!(field, *e),
                (got, e) => panic!("{options:?}: got {got:?}, expected {e:?}"),
            }
        }
    }

    #[test]
    fn bad_weight_and_language_are_rejected() {
        let mut o = Options::default();
        o.weights.title = f64::INFINITY;
        assert!(matches!(
            o.validate(),
            Err(Error::InvalidOption {
                field: "weights",
                ..
            })
        ));
        let o = Options {
            language: "xx".into(),
            ..Default::default()
        };
        assert!(matches!(
            o.validate(),
            Err(Error::UnsupportedLanguage { .. })
        ));
    }
}
