//! Step 7: the pipeline, from input text to [`Summary`].

use std::ops::Range;
use std::sync::Arc;

use crate::doc::Doc;
use crate::error::{BatchError, Error};
use crate::idf::{self, IdfTable, IdfWeights};
use crate::input::{AsInput, Input};
use crate::lang;
use crate::options::{Budget, Options};
use crate::read::{self, Document};
use crate::score::{self, TermWeights, WordModel};
use crate::select::{self, select};
use crate::summary::{EmptyReason, Sentence, Summary};
use crate::text::words::for_each_word;
use crate::text::{layout, Normalized};

/// Past this many sentences (see `score::budget_sentences`) selection
/// follows the sentence scorer alone: the word model was learned for
/// budgets of one to five sentences, and its greedy search grows with the
/// budget times the document.
const WORD_MODEL_SENTENCES: usize = 8;
/// The most sentences the word model's search picks for a word or
/// character budget: each step may read every sentence of the article, so
/// the steps must be bounded for the time to stay
/// linear (a budget of a few average sentences may otherwise hold thousands
/// of one-word lines).
const WORD_BUDGET_STEPS: usize = 4 * WORD_MODEL_SENTENCES;

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
    /// The word model to select with in place of the shipped one: `None`
    /// for the shipped one, `Some(None)` for none.
    word_model: Option<Option<WordModel>>,
}

impl Summarizer {
    /// Validates `options` and builds a summariser. The language code is
    /// kept in its canonical form (see [`lang::canonical_code`]).
    pub fn new(options: Options) -> Result<Summarizer, Error> {
        Summarizer::build(options, None, None)
    }

    /// Checks `options` and holds them with the tables to use.
    fn build(
        options: Options,
        idf: Option<IdfWeights>,
        word_model: Option<Option<WordModel>>,
    ) -> Result<Summarizer, Error> {
        let (options, budget) = checked(options)?;
        Ok(Summarizer {
            inner: Arc::new(Inner {
                options,
                budget,
                idf,
                word_model,
            }),
        })
    }

    /// A summariser that takes its IDF weights from `table` instead of the
    /// table shipped for the language.
    pub fn with_idf_table(options: Options, table: IdfTable) -> Result<Summarizer, Error> {
        Summarizer::build(options, Some(IdfWeights::new(&table)), None)
    }

    /// A summariser that selects with `model` (or, with `None`, by the
    /// sentence scorer alone) at every budget, in place of the shipped word
    /// model: for the training program.
    #[doc(hidden)]
    pub fn with_word_model(
        options: Options,
        model: Option<WordModel>,
    ) -> Result<Summarizer, Error> {
        Summarizer::build(options, None, Some(model))
    }

    /// Every distinct word of `text` (lower-cased, as the summariser reads
    /// it), with its count in the article and its word features for each
    /// copy (in `WordModel::FEATURES` order): for the training program.
    #[doc(hidden)]
    #[allow(clippy::type_complexity)]
    pub fn word_rows(&self, text: &str) -> Result<Vec<(String, u32, Vec<Vec<f64>>)>, Error> {
        let options = &self.inner.options;
        let input = Input::new(text);
        let language = self.language_of(&input)?;
        let document = read::read_str(text, language, options.clean, options.format);
        let (doc, title_terms, weights, _) = self.analyse(&document, &input);
        let features = score::word_features(&doc, &weights, &title_terms);
        Ok(features
            .features
            .iter()
            .zip(&features.count)
            .enumerate()
            .map(|(w, (f, &count))| {
                let x = (0..score::COPIES)
                    .map(|j| f.copy(j).values().to_vec())
                    .collect();
                (doc.vocab.text(w as u32).to_string(), count, x)
            })
            .collect())
    }

    /// The options this summariser was built with.
    pub fn options(&self) -> &Options {
        &self.inner.options
    }

    /// Summarises one text.
    ///
    /// Empty or blank text gives an empty summary; text with fewer sentences
    /// than the budget gives all of them. A summary without sentences says
    /// why in [`Summary::empty_reason`].
    pub fn summarize(&self, text: &str) -> Result<Summary, Error> {
        self.summarize_input(Input::new(text))
    }

    /// Summarises one document, with the title and language it sets for
    /// itself in place of the summariser's. A missing text gives an empty
    /// summary.
    pub fn summarize_input(&self, input: Input<'_>) -> Result<Summary, Error> {
        let options = &self.inner.options;
        let text = input.text.unwrap_or("");
        self.check_size(text.len())?;
        let language = self.language_of(&input)?;
        let document = read::read_str(text, language, options.clean, options.format);
        Ok(self.summarize_document(document, &input, language))
    }

    /// Summarises a page or a text given as bytes, such as a crawler's
    /// output: under `format: auto` an HTML page is decoded by its charset
    /// (byte-order mark, `<meta charset>`, else UTF-8) and read as HTML,
    /// anything else is decoded as UTF-8. Bytes that do not decode become
    /// U+FFFD; this never fails on the content. Offsets index
    /// [`Summary::source`].
    ///
    /// ```
    /// let page = b"<html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Lyon</title></head>\
    ///     <body><nav><a href=\"/\">Accueil</a> <a href=\"/sport\">Sport</a></nav>\
    ///     <article><p>Le conseil municipal de Lyon a vot\xE9 mardi le budget de la ville.</p>\
    ///     <p>Les \xE9coles de la ville seront r\xE9nov\xE9es d\x92ici \xE0 2028, selon le maire.</p></article></body></html>";
    /// let summary = abrege::Summarizer::new(Default::default())?.summarize_bytes(page)?;
    /// assert_eq!(summary.format, abrege::Format::Html);
    /// assert_eq!(summary.sentences.len(), 2);
    /// let source = summary.source.as_deref().unwrap();
    /// let s = &summary.sentences[1];
    /// assert_eq!(&source[s.start..s.end], "Les écoles de la ville seront rénovées d\u{2019}ici à 2028, selon le maire.");
    /// # Ok::<(), abrege::Error>(())
    /// ```
    pub fn summarize_bytes(&self, bytes: &[u8]) -> Result<Summary, Error> {
        let options = &self.inner.options;
        self.check_size(bytes.len())?;
        let input = Input::default();
        let language = self.language_of(&input)?;
        let document = read::read_bytes(bytes, language, options.clean, options.format);
        Ok(self.summarize_document(document, &input, language))
    }

    /// Analyses `document` into sentences and terms, with the title's
    /// terms, the term weights and the title.
    fn analyse(
        &self,
        document: &Document<'_>,
        input: &Input<'_>,
    ) -> (Doc, Vec<u32>, TermWeights, Option<String>) {
        let options = &self.inner.options;
        let (text, norm, page) = (&document.text, &document.norm, &document.page);
        let (code, res) = (page.code, page.res);
        let kept: Vec<_> = page.kept().copied().collect();
        let page_title = document.metadata.as_ref().and_then(|m| m.title.clone());
        let title = input
            .title
            .or(options.title.as_deref())
            .map(str::to_string)
            .or(page_title)
            .or_else(|| {
                let block = &page.blocks[page.verdicts.title?];
                Some(source_text(text, norm, block.start..block.end))
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
        (doc, title_terms, weights, title)
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        let limit = self.inner.options.max_input_bytes;
        if size > limit {
            return Err(Error::InputTooLarge { size, limit });
        }
        Ok(())
    }

    /// The language a document is read in: its own, else the summariser's.
    fn language_of<'a>(&'a self, input: &Input<'a>) -> Result<&'a str, Error> {
        Ok(match input.language {
            Some(code) => lang::canonical_code(code)?,
            None => self.inner.options.language.as_str(),
        })
    }

    /// The pipeline after the cleaning stage, the same for every input:
    /// `document` is the input read (text, HTML or bytes).
    fn summarize_document(
        &self,
        document: Document<'_>,
        input: &Input<'_>,
        language: &str,
    ) -> Summary {
        let options = &self.inner.options;
        let text: &str = &document.text;
        let norm = &document.norm;
        let page = &document.page;
        let (code, confidence, res) = (page.code, page.confidence, page.res);
        let (doc, title_terms, weights, title) = self.analyse(&document, input);
        let features = score::features(&norm.text, &doc, &weights, &title_terms, code);
        let w = score::weights_for(options, code, self.inner.budget, &doc, &norm.text);
        let scores: Vec<f64> = features.iter().map(|f| w.dot(f)).collect();
        // A word or character budget counts the sentences as handed back.
        let measure = |i: usize| {
            let shown = source_text(text, norm, doc.sentences[i].span.clone());
            let mut words = 0;
            for_each_word(&shown, res, |_, _| words += 1);
            (words, shown.chars().count())
        };
        let budget = self.inner.budget;
        let k = score::budget_sentences(budget, &doc, &norm.text);
        // The word model selects for small budgets, where it was learned,
        // unless the weights are the caller's own.
        let word_model = match &self.inner.word_model {
            _ if options.weights != score::Weights::default() || k > WORD_MODEL_SENTENCES => None,
            Some(custom) => custom.as_ref(),
            None => score::learned_words(code, k),
        };
        let picked: Vec<(usize, Option<f64>)> = match word_model {
            Some(model) => {
                let p = score::probabilities(model, &doc, &weights, &title_terms);
                let max_count = select::max_count(budget, doc.sentences.len());
                // A word budget may hold many short sentences; the search
                // stops at a bound so that its time stays linear in the
                // article's length whatever the sentences' mix.
                let max_count = match budget {
                    Budget::MaxWords(_) | Budget::MaxChars(_) => max_count.min(WORD_BUDGET_STEPS),
                    _ => max_count,
                };
                let objective = select::Objective::new(model, &p, &scores);
                select::expected(
                    &doc,
                    &objective,
                    budget,
                    options.redundancy,
                    max_count,
                    measure,
                )
                .into_iter()
                .map(|(i, words)| (i, Some(words)))
                .collect()
            }
            None => select(&doc, &scores, budget, options.redundancy, measure)
                .into_iter()
                .map(|i| (i, None))
                .collect(),
        };
        let sentences: Vec<Sentence> = picked
            .into_iter()
            .map(|(i, expected_words)| {
                let span = doc.sentences[i].span.clone();
                let (start, end) = (norm.to_original(span.start), norm.to_original_end(span.end));
                Sentence {
                    text: layout(&text[start..end]).into_owned(),
                    start,
                    end,
                    score: scores[i],
                    index: i,
                    features: features[i],
                    expected_words,
                }
            })
            .collect();
        let empty_reason = if !sentences.is_empty() {
            None
        } else if page.blocks.is_empty() {
            Some(EmptyReason::NoText)
        } else if doc.sentences.is_empty() {
            Some(EmptyReason::NoArticle)
        } else {
            Some(EmptyReason::BudgetTooSmall)
        };
        let language = if doc.sentences.is_empty() && language == "auto" {
            "und"
        } else if language == "auto" || code != "und" {
            code
        } else {
            language
        };
        let keywords = weights.keywords(&doc, score::keyword_count());
        let sentence_count = doc.sentences.len();
        let language = language.to_string();
        let (format, metadata) = (document.format, document.metadata.clone());
        Summary {
            language,
            language_confidence: confidence,
            title,
            sentences,
            keywords,
            sentence_count,
            format,
            source: document.into_source(),
            metadata,
            empty_reason,
        }
    }

    /// Summarises many documents on every core; results come in input
    /// order. A document that fails fails the batch: the error names the
    /// first failing document (see [`summarize_each`](Self::summarize_each)
    /// for one result per document).
    ///
    /// Documents are `&str`, `String`, `Option` of either (`None` gives an
    /// empty summary) or [`Input`]s with their own title and language.
    pub fn summarize_batch<T: AsInput + Sync>(
        &self,
        items: &[T],
    ) -> Result<Vec<Summary>, BatchError> {
        self.summarize_each(items)
            .into_iter()
            .enumerate()
            .map(|(index, result)| result.map_err(|error| BatchError { index, error }))
            .collect()
    }

    /// Summarises many documents on every core, one result per document, in
    /// input order: a bad document costs only its own summary.
    ///
    /// ```
    /// use abrege::{Error, Options, Summarizer};
    ///
    /// let summarizer = Summarizer::new(Options { max_input_bytes: 64, ..Options::default() })?;
    /// let texts = ["Un texte court.", &"Beaucoup trop long. ".repeat(10), "Un autre."];
    /// let results = summarizer.summarize_each(&texts);
    /// assert!(results[0].is_ok() && results[2].is_ok());
    /// assert!(matches!(results[1], Err(Error::InputTooLarge { .. })));
    /// # Ok::<(), abrege::Error>(())
    /// ```
    pub fn summarize_each<T: AsInput + Sync>(&self, items: &[T]) -> Vec<Result<Summary, Error>> {
        let one = |item: &T| self.summarize_input(item.as_input());
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            items.par_iter().map(one).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            items.iter().map(one).collect()
        }
    }
}

/// Validates `options`, with the language code in its canonical form.
fn checked(mut options: Options) -> Result<(Options, Budget), Error> {
    let budget = options.validate()?;
    options.language = lang::canonical_code(&options.language)?.to_string();
    Ok((options, budget))
}

/// The text of the input under `span` of its normalised copy `norm`, as
/// handed back: the source's characters, the page's layout undone (see
/// [`layout`]).
pub(crate) fn source_text(input: &str, norm: &Normalized, span: Range<usize>) -> String {
    layout(&input[norm.to_original(span.start)..norm.to_original_end(span.end)]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarizer_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Summarizer>();
    }
}
