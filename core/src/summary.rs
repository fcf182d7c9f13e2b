//! What a summary holds.

use serde::{Deserialize, Serialize};

use crate::html::Metadata;
use crate::options::Format;
use crate::score::Features;

/// The result of summarising one text.
///
/// Sentences come in document order. Offsets are byte offsets into the
/// document: the input itself for text given as a string, else
/// [`source`](Summary::source), the text abrege made of an HTML page (every
/// visible block in page order, blank lines between) or decoded from
/// bytes. So `&summary.source.as_deref().unwrap_or(input)[s.start..s.end]`
/// is the sentence as written.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// The ISO 639-1 code of the language used (given or detected); `"und"` for an empty text.
    pub language: String,
    /// How sure the detection was, in `[0, 1]`; `1.0` when the language was given.
    pub language_confidence: f64,
    /// The title, as given in the options or detected in the text.
    pub title: Option<String>,
    /// The chosen sentences, in document order.
    pub sentences: Vec<Sentence>,
    /// The document's top terms, heaviest first.
    pub keywords: Vec<Keyword>,
    /// How many candidate sentences the document had after cleaning.
    pub sentence_count: usize,
    /// The format the input was read as: `Text` or `Html`.
    #[serde(default)]
    pub format: Format,
    /// The text the offsets index when the input was HTML or bytes; `None`
    /// when they index the input itself.
    #[serde(default)]
    pub source: Option<String>,
    /// What an HTML page states about itself; `None` for text.
    #[serde(default)]
    pub metadata: Option<Metadata>,
    /// Why the summary has no sentences; `None` when it has some.
    #[serde(default)]
    pub empty_reason: Option<EmptyReason>,
}

/// Why a summary has no sentences.
///
/// ```
/// use abrege::{EmptyReason, Options};
///
/// let blank = abrege::summarize(" \n\n ", &Options::default())?;
/// assert_eq!(blank.empty_reason, Some(EmptyReason::NoText));
/// let widgets = abrege::summarize("Partager sur Facebook\nLire aussi : Le budget voté\nPhoto : AFP", &Options::default())?;
/// assert_eq!(widgets.empty_reason, Some(EmptyReason::NoArticle));
/// let tight = Options { max_words: Some(2), ..Options::default() };
/// let long = abrege::summarize("Le conseil municipal a voté le budget de la ville mardi soir.", &tight)?;
/// assert_eq!(long.empty_reason, Some(EmptyReason::BudgetTooSmall));
/// # Ok::<(), abrege::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmptyReason {
    /// The text was missing, empty or blank.
    NoText,
    /// The text has words, but no article: everything was page furniture
    /// (menus, tickers, teasers, widgets) that the cleaning stage dropped.
    NoArticle,
    /// The article has sentences, but none fits within the `max_words` or
    /// `max_chars` budget: sentences are never cut.
    BudgetTooSmall,
}

impl EmptyReason {
    /// The reason's name as serde writes it (`"no_text"`, `"no_article"`,
    /// `"budget_too_small"`), for the bindings.
    pub fn as_str(self) -> &'static str {
        match self {
            EmptyReason::NoText => "no_text",
            EmptyReason::NoArticle => "no_article",
            EmptyReason::BudgetTooSmall => "budget_too_small",
        }
    }
}

impl Summary {
    /// The chosen sentences joined by single spaces.
    ///
    /// ```
    /// let s = abrege::summarize("Premier point. Second point.", &Default::default()).unwrap();
    /// assert_eq!(s.text(), "Premier point. Second point.");
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, s) in self.sentences.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&s.text);
        }
        out
    }
}

/// One chosen sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence as the source writes it, the page's layout undone: whitespace runs
    /// collapsed, lines broken at links rejoined, soft hyphens removed (see
    /// [`layout`](crate::text::layout) for exactly what differs from `&input[start..end]`).
    pub text: String,
    /// Byte offset of the sentence's first byte in the original input.
    pub start: usize,
    /// Byte offset just past the sentence's last byte in the original input.
    pub end: usize,
    /// The sentence's score: the weighted sum of its features.
    pub score: f64,
    /// The sentence's index among the document's candidate sentences.
    pub index: usize,
    /// The per-feature breakdown of the score.
    pub features: Features,
    /// When the word model chose the sentence (French, budgets of up to
    /// eight sentences, the shipped weights): how many of the words of a
    /// journalist's summary it is expected to hold that the sentences
    /// chosen before it do not. The word model picks the sentences that
    /// bring the most of these for their length; `None` when the sentence
    /// scorer chose alone, by `score`.
    #[serde(default)]
    pub expected_words: Option<f64>,
}

/// A term that characterises the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The term's most frequent surface form, lower-cased (`"gouvernance"`, not `"gouvern"`).
    pub term: String,
    /// Its TF-IDF weight, normalised so that the heaviest keyword weighs 1.
    pub weight: f64,
}
