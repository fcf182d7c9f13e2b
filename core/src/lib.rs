//! Extractive summarisation of news text.
//!
//! abrege picks the sentences of an article that summarise it. It scores each
//! sentence by TF-IDF centrality, a news position prior and title overlap,
//! tuned for French news; in French a word model learned from news then picks
//! the set of sentences whose words a journalist's summary is most likely to
//! share, for their length. It works in the 18 Snowball languages and beyond.
//! Real input is scraped pages, so a cleaning stage first drops the menus,
//! tickers and teasers around the article. Everything it needs ships inside
//! the crate: nothing is downloaded at run time.
//!
//! ```
//! let article = "Le Maroc accueille le sommet africain sur l'intelligence artificielle.\n\n\
//!     Le sommet réunit des ministres de trente pays africains à Rabat.\n\n\
//!     Il faisait beau ce jour-là.";
//! let options = abrege::Options { sentences: Some(2), ..Default::default() };
//! let summary = abrege::summarize(article, &options)?;
//! assert_eq!(summary.language, "fr");
//! assert_eq!(summary.sentences.len(), 2);
//! for s in &summary.sentences {
//!     assert_eq!(&article[s.start..s.end], s.text); // offsets index the input
//! }
//! # Ok::<(), abrege::Error>(())
//! ```
//!
//! HTML pages are first-class input: [`Summarizer::summarize_bytes`] takes a
//! page's bytes in any charset, and `format: auto` (the default) reads a
//! string that is plainly a page as HTML (see [`html`]).
//!
//! The pipeline, one module a step: [`html`] (decode, parse, walk the page
//! into blocks, metadata) or [`text`] (normalise, structure, sentences,
//! words) → [`lang`] (detection, stop words, stemmer) → [`clean`] → `score`
//! ([`Features`], [`Weights`]) → `select` ([`Budget`]) → [`Summary`].

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod clean;
mod doc;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
mod hash;
pub mod html;
mod idf;
mod input;
mod intern;
pub mod lang;
mod options;
mod read;
mod score;
mod select;
mod stems;
mod summarizer;
mod summary;
pub mod text;

pub use error::{BatchError, Error};
pub use html::Metadata;
pub use idf::IdfTable;
pub use input::{AsInput, Input};
pub use options::{Budget, Format, Options, DEFAULT_MAX_INPUT_BYTES, DEFAULT_SENTENCES};
#[doc(hidden)]
pub use score::WordModel;
pub use score::{Features, Weights};
pub use summarizer::Summarizer;
pub use summary::{EmptyReason, Keyword, Sentence, Summary};

/// The README's Rust example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Summarises `text` with `options` in one call.
///
/// Builds a [`Summarizer`] each time; to summarise many texts, build one and reuse it.
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    Summarizer::new(options.clone())?.summarize(text)
}
