//! `Summary` and `Sentence`: the core's summary, with offsets in code points.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};
use serde::{Deserialize, Serialize};

use crate::errors::enter_core;
use crate::html;
use crate::metadata::Metadata;
use crate::offsets::spans_to_code_points;
use crate::pickle::{self, Pickle};

/// A core summary and its sentences' spans as code-point offsets into the input.
///
/// Built next to the core call, without the GIL.
pub struct Located {
    summary: abrege::Summary,
    spans: Vec<(usize, usize)>,
}

impl Located {
    /// Converts `summary`'s byte offsets into `input`, or into the text
    /// the core made of it (an HTML page, bytes) when it says so.
    pub fn new(summary: abrege::Summary, input: &str) -> Located {
        let bytes: Vec<_> = summary.sentences.iter().map(|s| (s.start, s.end)).collect();
        let indexed = summary.source.as_deref().unwrap_or(input);
        let spans = spans_to_code_points(indexed, &bytes);
        Located { summary, spans }
    }
}

/// The result of summarising one text. It keeps the input, for `_repr_html_`
/// and pickling.
#[pyclass(module = "abrege._abrege", frozen)]
pub struct Summary {
    inner: abrege::Summary,
    spans: Vec<(usize, usize)>,
    input: Py<PyString>,
}

/// What a pickled summary holds: the input and the core's summary.
#[derive(Serialize, Deserialize)]
pub struct SummaryState {
    input: String,
    summary: abrege::Summary,
}

impl Pickle for Summary {
    type State = SummaryState;

    fn state(&self, py: Python<'_>) -> PyResult<SummaryState> {
        Ok(SummaryState {
            input: self.input.bind(py).to_str()?.to_owned(),
            summary: self.inner.clone(),
        })
    }

    fn from_state(py: Python<'_>, state: SummaryState) -> PyResult<Summary> {
        let located = Located::new(state.summary, &state.input);
        Ok(Summary::new(
            py,
            located,
            PyString::new(py, &state.input).unbind(),
        ))
    }
}

impl Summary {
    /// Wraps a located summary of `input`; when the core made a text of
    /// the input (an HTML page, bytes), that text is the summary's input.
    pub fn new(py: Python<'_>, located: Located, input: Py<PyString>) -> Summary {
        let input = match &located.summary.source {
            Some(source) => PyString::new(py, source).unbind(),
            None => input,
        };
        Summary {
            inner: located.summary,
            spans: located.spans,
            input,
        }
    }

    fn sentence(&self, i: usize) -> Sentence {
        let (start, end) = self.spans[i];
        Sentence {
            inner: self.inner.sentences[i].clone(),
            start,
            end,
        }
    }
}

#[pymethods]
impl Summary {
    /// The chosen sentences joined by single spaces.
    #[getter]
    fn text(&self) -> String {
        self.inner.text()
    }

    /// The chosen sentences, in document order.
    #[getter]
    fn sentences(&self) -> Vec<Sentence> {
        (0..self.inner.sentences.len())
            .map(|i| self.sentence(i))
            .collect()
    }

    /// The ISO 639-1 code of the language used; "und" for an empty text.
    #[getter]
    fn language(&self) -> &str {
        &self.inner.language
    }

    /// How sure the language detection was, in [0, 1]; 1.0 when the language was given.
    #[getter]
    fn language_confidence(&self) -> f64 {
        self.inner.language_confidence
    }

    /// The title, as given or as found in the text.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }

    /// The document's top terms as (term, weight) pairs, heaviest first (weight 1.0).
    #[getter]
    fn keywords(&self) -> Vec<(String, f64)> {
        self.inner
            .keywords
            .iter()
            .map(|k| (k.term.clone(), k.weight))
            .collect()
    }

    /// How many candidate sentences the document had after cleaning.
    #[getter]
    fn sentence_count(&self) -> usize {
        self.inner.sentence_count
    }

    /// Why the summary has no sentences: "no_text" (a missing, empty or
    /// blank text), "no_article" (only page furniture, no article) or
    /// "budget_too_small" (no whole sentence fits max_words or max_chars);
    /// None when it has sentences.
    #[getter]
    fn empty_reason(&self) -> Option<&'static str> {
        self.inner.empty_reason.map(abrege::EmptyReason::as_str)
    }

    /// The text the offsets index: the input, or the text abrege made of
    /// an HTML page or decoded from bytes (then also `source`).
    #[getter]
    fn input(&self, py: Python<'_>) -> Py<PyString> {
        self.input.clone_ref(py)
    }

    /// The format the input was read as: "text" or "html".
    #[getter]
    fn format(&self) -> &'static str {
        format_name(self.inner.format)
    }

    /// The text the offsets index when the input was HTML or bytes: every
    /// visible block of the page in order, blank lines between; None when
    /// they index the input itself.
    #[getter]
    fn source(&self) -> Option<&str> {
        self.inner.source.as_deref()
    }

    /// What an HTML page states about itself (title, byline, date, site,
    /// address, description, language); None for text.
    #[getter]
    fn metadata(&self) -> Option<Metadata> {
        self.inner.metadata.as_ref().map(Metadata::from)
    }

    /// Summaries are equal when their inputs and everything they hold are.
    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Summary>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.inner == other.inner
            && self.spans == other.spans
            && self.input.bind(py).as_any().eq(other.input.bind(py))?)
    }

    /// Everything as plain dicts, lists and numbers (offsets in code points).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.inner.text())?;
        d.set_item("language", &self.inner.language)?;
        d.set_item("language_confidence", self.inner.language_confidence)?;
        d.set_item("title", &self.inner.title)?;
        let sentences = PyList::empty(py);
        for i in 0..self.inner.sentences.len() {
            sentences.append(self.sentence(i).to_dict(py)?)?;
        }
        d.set_item("sentences", sentences)?;
        d.set_item("keywords", self.keywords())?;
        d.set_item("sentence_count", self.inner.sentence_count)?;
        d.set_item("empty_reason", self.empty_reason())?;
        d.set_item("format", self.format())?;
        d.set_item("source", self.source())?;
        match self.metadata() {
            Some(m) => d.set_item("metadata", m.to_dict(py)?)?,
            None => d.set_item("metadata", py.None())?,
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let title = match &self.inner.title {
            Some(t) => PyString::new(py, t).repr()?.to_string(),
            None => "None".into(),
        };
        let text = PyString::new(py, &shorten(&self.inner.text(), 80)).repr()?;
        Ok(format!(
            "Summary(language='{}', title={title}, sentences={}/{}, text={text})",
            self.inner.language,
            self.inner.sentences.len(),
            self.inner.sentence_count,
        ))
    }

    /// The page, HTML-escaped: the chosen sentences highlighted and scored,
    /// what the cleaning stage drops dimmed with its reason, the keywords.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        let input = self.input.bind(py).to_str()?;
        let summary = &self.inner;
        enter_core(py, || Ok(html::summary(input, summary)))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled summary from its state.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Summary> {
        pickle::restore(py, state)
    }
}

/// One chosen sentence. `start` and `end` are Python string indices into the
/// input: `text[s.start:s.end]` is the sentence as written.
#[pyclass(module = "abrege._abrege", frozen)]
#[derive(Clone, Serialize, Deserialize)]
pub struct Sentence {
    /// The core's sentence, byte offsets included.
    #[serde(rename = "sentence")]
    inner: abrege::Sentence,
    /// Code-point offsets.
    start: usize,
    end: usize,
}

pickle::by_clone!(Sentence);

#[pymethods]
impl Sentence {
    /// The sentence as the input writes it, typography kept. It differs from
    /// `input[start:end]` only where the page's layout forced it: a soft
    /// hyphen (U+00AD) is removed; a run of white space (or control
    /// characters) of two or more characters, or of one line break or tab,
    /// becomes one space, and a lone space or non-breaking space stays; a
    /// run holding a line break right before `.`, `,`, `)` or `]` (a line
    /// broken at a link) is removed.
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    /// Sentences are equal when everything they hold is.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Sentence>().is_ok_and(|o| {
            self.inner == o.get().inner && (self.start, self.end) == (o.get().start, o.get().end)
        })
    }

    /// The sentence's score: the weighted sum of its features.
    #[getter]
    fn score(&self) -> f64 {
        self.inner.score
    }

    /// The sentence's index among the document's candidate sentences.
    #[getter]
    fn index(&self) -> usize {
        self.inner.index
    }

    /// Index of the sentence's first character in the input.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Index just past the sentence's last character in the input.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The per-feature breakdown of the score, by feature name.
    #[getter]
    fn features<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (name, value) in self.inner.features.iter() {
            d.set_item(name, value)?;
        }
        Ok(d)
    }

    /// When the word model chose the sentence (French, up to eight
    /// sentences, the shipped weights): how many of the words of a
    /// journalist's summary it is expected to hold that the sentences chosen
    /// before it do not; ``None`` when the sentence scorer chose alone.
    #[getter]
    fn expected_words(&self) -> Option<f64> {
        self.inner.expected_words
    }

    /// Everything as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.inner.text)?;
        d.set_item("score", self.inner.score)?;
        d.set_item("index", self.inner.index)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("features", self.features(py)?)?;
        d.set_item("expected_words", self.inner.expected_words)?;
        Ok(d)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        pickle::reduce(slf)
    }

    /// Rebuilds a pickled sentence from its state.
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, py: Python<'_>, state: &[u8]) -> PyResult<Sentence> {
        pickle::restore(py, state)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = PyString::new(py, &shorten(&self.inner.text, 60)).repr()?;
        Ok(format!(
            "Sentence(index={}, score={:.3}, start={}, end={}, text={text})",
            self.inner.index, self.inner.score, self.start, self.end
        ))
    }
}

/// A format's name as the options spell it.
pub fn format_name(format: abrege::Format) -> &'static str {
    match format {
        abrege::Format::Html => "html",
        abrege::Format::Text => "text",
        _ => "auto",
    }
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
