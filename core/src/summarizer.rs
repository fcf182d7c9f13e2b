//! Step 7: the pipeline, from input text to [`Summary`].

use std::sync::Arc;

use rayon::prelude::*;

use crate::clean;
use crate::doc::Doc;
use crate::error::Error;
use crate::idf::{self, IdfTable, IdfWeights};
use crate::options::{Budget, Options};
use crate::score::{self, TermWeights};
use crate::select::select;
use crate::summary::{Sentence, Summary};
use crate::text::Normalized;

/// A configured summariser: validated options, ready to use.
///
/// It is `Send + Sync` and cheap to clone (an `Arc` inside), so one can be
/// shared by every thread of a program.
///
/// ```
/// use abrege::{Options, Summarizer};
///
/// let summarizer = Summarizer::new(Options { sentences: Some(1), language: "fr".into(), ..Default::default() })?;
/// let text = "Le conseil municipal a voté le budget de la ville mardi soir. \
///             Le budget prévoit la rénovation des écoles de la ville. \
///             Il faisait beau.";
/// let summary = summarizer.summarize(text)?;
/// assert_eq!(summary.sentences.len(), 1);
/// let s = &summary.sentences[0];
/// assert_ne!(s.text, "Il faisait beau."); // the aside says nothing of the story
/// assert_eq!(&text[s.start..s.end], s.text);
/// # Ok::<(), abrege::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Summarizer {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    options: Options,
    budget: Budget,
    idf: Option<IdfWeights>,
}

impl Summarizer {
    /// Validates `options` and builds a summariser.
    pub fn new(options: Options) -> Result<Summarizer, Error> {
        let budget = options.validate()?;
        Ok(Summarizer {
            inner: Arc::new(Inner {
                options,
                budget,
                idf: None,
            }),
        })
    }

    /// A summariser that takes its IDF weights from `table` instead of the
    /// table shipped for the language.
    pub fn with_idf_table(options: Options, table: IdfTable) -> Result<Summarizer, Error> {
        let budget = options.validate()?;
        Ok(Summarizer {
            inner: Arc::new(Inner {
                options,
                budget,
                idf: Some(IdfWeights::new(&table)),
            }),
        })
    }

    /// The options this summariser was built with.
    pub fn options(&self) -> &Options {
        &self.inner.options
    }

    /// Summarises one text.
    ///
    /// Empty or blank text gives an empty summary; text with fewer sentences
    /// than the budget gives all of them.
    pub fn summarize(&self, text: &str) -> Result<Summary, Error> {
        let options = &self.inner.options;
        if text.len() > options.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit: options.max_input_bytes,
            });
        }
        let norm = Normalized::new(text);
        let page = clean::read(&norm.text, &options.language, options.clean);
        let (code, confidence, res) = (page.code, page.confidence, page.res);
        let language = if options.language == "auto" || code != "und" {
            code.to_string()
        } else {
            options.language.clone()
        };
        let kept: Vec<_> = page.kept().copied().collect();
        let title = options.title.clone().or_else(|| {
            page.verdicts
                .title
                .map(|i| render(&norm.text[page.blocks[i].start..page.blocks[i].end]))
        });
        let mut doc = Doc::analyse(&norm.text, &kept, res);
        let title_terms = title
            .as_deref()
            .map(|t| doc.vocab.terms_of(t, res))
            .unwrap_or_default();
        let table = if options.idf {
            self.inner
                .idf
                .as_ref()
                .or_else(|| idf::builtin_weights(code))
        } else {
            None
        };
        let weights = TermWeights::new(&mut doc, table);
        let features = score::features(&norm.text, &doc, &weights, &title_terms, code);
        let scores: Vec<f64> = features.iter().map(|f| options.weights.dot(f)).collect();
        let picked = select(
            &doc,
            &scores,
            self.inner.budget,
            options.redundancy,
            &norm.text,
        );
        let sentences = picked
            .into_iter()
            .map(|i| {
                let span = doc.sentences[i].span.clone();
                Sentence {
                    text: render(&norm.text[span.clone()]),
                    start: norm.to_original(span.start),
                    end: norm.to_original_end(span.end),
                    score: scores[i],
                    index: i,
                    features: features[i],
                }
            })
            .collect();
        Ok(Summary {
            language: if doc.sentences.is_empty() && options.language == "auto" {
                "und".into()
            } else {
                language
            },
            language_confidence: confidence,
            title,
            sentences,
            keywords: weights.keywords(&doc, score::keyword_count()),
            sentence_count: doc.sentences.len(),
        })
    }

    /// Summarises many texts on every core; results come in input order.
    /// The first error met is returned.
    pub fn summarize_batch<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
    ) -> Result<Vec<Summary>, Error> {
        texts
            .par_iter()
            .map(|t| self.summarize(t.as_ref()))
            .collect()
    }
}

/// A span of normalised text as a clean sentence: runs of whitespace become
/// one space, and a line break before punctuation (a line broken at a link,
/// `Rabat\n. Devant`) disappears.
pub(crate) fn render(span: &str) -> String {
    if is_rendered(span) {
        span.to_string()
    } else {
        rewrite(span)
    }
}

/// [`render`] for a span that needs it, character by character.
fn rewrite(span: &str) -> String {
    let mut out = String::with_capacity(span.len());
    let mut pending: Option<bool> = None; // Some(had_newline) while in a whitespace run
    for c in span.chars() {
        if c.is_whitespace() {
            let nl = c == '\n';
            pending = Some(pending.unwrap_or(false) || nl);
            continue;
        }
        if let Some(had_newline) = pending.take() {
            if !(had_newline && matches!(c, '.' | ',' | ')' | ']')) {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// Is `span` already as [`render`] writes it: no whitespace but single
/// spaces between words? Most sentences are; they are copied whole.
fn is_rendered(span: &str) -> bool {
    let bytes = span.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        let space = b == b' ';
        let other_whitespace = match b {
            b'\t'..=b'\r' => true,
            // U+0085 and U+00A0; the other characters from C2 (`«`, `»`,
            // `°`…) are not whitespace.
            0xC2 => matches!(bytes[i + 1], 0x85 | 0xA0),
            // U+1680, U+2000 to U+205F, U+3000, among others.
            0xE1..=0xE3 => crate::text::chars::char_at(span, i).is_whitespace(),
            _ => false,
        };
        if other_whitespace || (space && after_space) {
            return false;
        }
        after_space = space;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_joins_broken_lines() {
        let cases = [
            (
                "Polytechnique de\nRabat\n. Devant",
                "Polytechnique de Rabat. Devant",
            ),
            (
                "D'un côté,\nWashington\nprône",
                "D'un côté, Washington prône",
            ),
            ("a  b\t c", "a b c"),
            ("« Oui »", "« Oui »"),
            (" Oui, dit-il. ", " Oui, dit-il."),
            ("a\u{A0}b\u{2028}c\u{3000}d\u{85}e", "a b c d e"),
            ("Il fait 20 °C à Paris.", "Il fait 20 °C à Paris."),
        ];
        for (input, expected) in cases {
            assert_eq!(render(input), expected);
            assert_eq!(is_rendered(input), input == expected, "{input:?}");
        }
    }

    #[test]
    fn a_span_told_rendered_is_its_own_rendering() {
        let alphabet = [
            ' ', 'a', '\n', '\t', '\u{A0}', '«', '\u{2009}', '.', '\u{85}', '°',
        ];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |&c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        let mut told = 0;
        for s in strings.iter().filter(|s| is_rendered(s)) {
            assert_eq!(rewrite(s), *s, "{s:?}");
            told += 1;
        }
        // It says so of most spans that are (those without a leading space).
        let own = strings.iter().filter(|s| rewrite(s) == **s);
        let own_inside = own.filter(|s| !s.starts_with(' ')).count();
        assert_eq!(told, own_inside);
    }

    #[test]
    fn summarizer_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Summarizer>();
    }
}
