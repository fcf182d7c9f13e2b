//! The named features of a sentence and the weights that combine them.
//!
//! One macro declares each feature once, with its documentation, and
//! derives both [`Features`] (the values of one sentence) and [`Weights`]
//! (how much each value counts). A sentence's score is their dot product,
//! so a penalty is simply a feature with a negative weight.
//!
//! The weights abrege uses by default are learned, per language and budget,
//! by `core/examples/train.rs` (see `score/model.rs`); rerun it after
//! changing a feature.

use serde::{Deserialize, Serialize};

macro_rules! feature_set {
    ($( $(#[$doc:meta])* $name:ident; )*) => {
        /// The per-feature values of one sentence: why it scored what it did.
        ///
        /// Each value is in `[0, 1]`; the sentence's score is
        /// [`Weights::dot`] of these values.
        #[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
        pub struct Features {
            $( $(#[$doc])* pub $name: f64, )*
        }

        /// How much each feature counts in a sentence's score.
        ///
        /// Every field has the same name as the [`Features`] field it weighs.
        /// Unset fields keep their defaults when deserialised. The default
        /// is the learned French weights for three sentences, and stands for
        /// the learned scorer in [`Options::weights`](crate::Options::weights):
        /// [`Weights::learned`] gives the weights it uses for any language and
        /// budget.
        ///
        /// ```
        /// let w = abrege::Weights { title: 0.0, ..abrege::Weights::default() };
        /// assert_eq!(w.get("title"), Some(0.0));
        /// assert!(abrege::Weights::NAMES.contains(&"centrality"));
        /// assert_eq!(abrege::Weights::learned("fr", 3), abrege::Weights::default());
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct Weights {
            $( $(#[$doc])* pub $name: f64, )*
        }

        impl Default for Weights {
            fn default() -> Self {
                Weights::learned("fr", 3)
            }
        }

        impl Weights {
            /// Every weight 0.
            pub(crate) const fn zero() -> Weights {
                Weights { $( $name: 0.0, )* }
            }

            /// The feature names, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// The weighted sum of `features`: a sentence's score.
            pub fn dot(&self, features: &Features) -> f64 {
                0.0 $( + self.$name * features.$name )*
            }

            /// The weight called `name`, if there is one.
            pub fn get(&self, name: &str) -> Option<f64> {
                match name {
                    $( stringify!($name) => Some(self.$name), )*
                    _ => None,
                }
            }

            /// Sets the weight called `name`; returns `false` if there is no such weight.
            pub fn set(&mut self, name: &str, value: f64) -> bool {
                match name {
                    $( stringify!($name) => { self.$name = value; true } )*
                    _ => false,
                }
            }

            /// `(name, weight)` pairs in declaration order.
            pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> {
                [$( (stringify!($name), self.$name) ),*].into_iter()
            }
        }

        impl Features {
            /// `(name, value)` pairs in declaration order.
            pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> {
                [$( (stringify!($name), self.$name) ),*].into_iter()
            }
        }
    };
}

feature_set! {
    /// Cosine similarity between the sentence's TF-IDF vector and the whole document's.
    centrality;
    /// Closeness to the top of the article: 1 for the lede, decaying with the sentence index.
    position;
    /// 1 for the article's first sentence in languages whose news sites open on a hook rather
    /// than on the lede (French; see `HOOK_LANGUAGES` in `score/mod.rs`), else 0.
    first_sentence;
    /// 1 for the first sentence of a paragraph.
    paragraph_start;
    /// 1 for a sentence of the article's first paragraph.
    first_paragraph;
    /// Share of the title's content words that the sentence contains.
    title;
    /// The sentence's length in words, over 40, at most 1.
    length;
    /// 1 if the sentence holds a quotation (« », “ ” or straight double quotes).
    quote;
    /// 1 if the sentence holds a number.
    numbers;
    /// Share of its words that are capitalised past the first (names: people, places, bodies), doubled, at most 1.
    entities;
    /// How far the sentence falls short of a full sentence (few content words); a penalty.
    fragment;
    /// How far the sentence runs past a readable length; a penalty.
    run_on;
}

impl Weights {
    /// The learned weights abrege scores with for a text in `language` (an
    /// ISO 639-1 code) and a budget of `sentences` sentences, when
    /// [`Options::weights`](crate::Options::weights) is left at its default.
    /// A budget in words or characters counts as the number of the
    /// article's sentences of average length it holds; past five sentences
    /// the weights are those of five. A language without rows of its own
    /// (all but French and English) takes weights that hold for news in
    /// general.
    ///
    /// ```
    /// let one = abrege::Weights::learned("fr", 1);
    /// let five = abrege::Weights::learned("fr", 5);
    /// assert_ne!(one, five); // what to pick for one sentence and for five differs
    /// assert_eq!(abrege::Weights::learned("de", 2), abrege::Weights::learned("pl", 2));
    /// ```
    pub fn learned(language: &str, sentences: usize) -> Weights {
        *super::model::learned(language, sentences)
    }
}
