//! The named features of a sentence and the weights that combine them.
//!
//! One macro declares each feature once, with its documentation and default
//! weight, and derives both [`Features`] (the values of one sentence) and
//! [`Weights`] (how much each value counts). A sentence's score is their dot
//! product, so a penalty is simply a feature with a negative weight.
//!
//! The default weights are tuned for news by `core/examples/tune.rs`
//! (coordinate ascent on ROUGE F1 over OrangeSum training articles, against
//! Lead-2 and Lead-3); rerun it to retune after changing a feature.

use serde::{Deserialize, Serialize};

macro_rules! feature_set {
    ($( $(#[$doc:meta])* $name:ident = $default:expr; )*) => {
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
        /// Unset fields keep their defaults when deserialised.
        ///
        /// ```
        /// let w = abrege::Weights { title: 0.0, ..abrege::Weights::default() };
        /// assert_eq!(w.get("title"), Some(0.0));
        /// assert!(abrege::Weights::NAMES.contains(&"centrality"));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct Weights {
            $( $(#[$doc])* pub $name: f64, )*
        }

        impl Default for Weights {
            fn default() -> Self {
                Weights { $( $name: $default, )* }
            }
        }

        impl Weights {
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
    centrality = 0.52;
    /// Closeness to the top of the article: 1 for the lede, decaying with the sentence index.
    position = 1.0;
    /// 1 for the article's first sentence in languages whose news sites open on a hook rather
    /// than on the lede (French; see `HOOK_LANGUAGES` in `score/mod.rs`), else 0.
    first_sentence = -0.62;
    /// 1 for the first sentence of a paragraph.
    paragraph_start = -0.02;
    /// 1 for a sentence of the article's first paragraph.
    first_paragraph = 0.0;
    /// Share of the title's content words that the sentence contains.
    title = 0.4;
    /// The sentence's length in words, over 40, at most 1.
    length = -0.12;
    /// 1 if the sentence holds a quotation (« », “ ” or straight double quotes).
    quote = -0.07;
    /// 1 if the sentence holds a number.
    numbers = 0.07;
    /// Share of its words that are capitalised past the first (names: people, places, bodies), doubled, at most 1.
    entities = 0.04;
    /// How far the sentence falls short of a full sentence (few content words); a penalty.
    fragment = -0.08;
    /// How far the sentence runs past a readable length; a penalty.
    run_on = -1.47;
}
