//! What a summary holds.

use serde::{Deserialize, Serialize};

use crate::score::Features;

/// The result of summarising one text.
///
/// Sentences come in document order. Offsets are byte offsets into the
/// original input, so `&input[s.start..s.end]` is the sentence as written.
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
    /// The sentence with its whitespace normalised and broken lines rejoined.
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
}

/// A term that characterises the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The term's most frequent surface form, lower-cased (`"gouvernance"`, not `"gouvern"`).
    pub term: String,
    /// Its TF-IDF weight, normalised so that the heaviest keyword weighs 1.
    pub weight: f64,
}
