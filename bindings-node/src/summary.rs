//! `Summary`: the core's summary with offsets in UTF-16 units.

use napi_derive::napi;

use crate::utf16::Utf16Offsets;

/// The result of summarising one text.
#[napi(object, object_from_js = false, use_nullable = true)]
pub struct Summary {
    /// The chosen sentences joined by single spaces.
    pub text: String,
    /// The ISO 639-1 code of the language used (given or detected); `"und"` for an empty text.
    pub language: String,
    /// How sure the detection was, in `[0, 1]`; 1 when the language was given.
    pub language_confidence: f64,
    /// The title, as given in the options or detected in the text.
    pub title: Option<String>,
    /// The chosen sentences, in document order.
    pub sentences: Vec<Sentence>,
    /// The document's top terms, heaviest first.
    pub keywords: Vec<Keyword>,
    /// How many candidate sentences the document had after cleaning.
    pub sentence_count: u32,
    /// Why the summary has no sentences: `"no_text"`, `"no_article"` (only
    /// page furniture, as on a front page) or `"budget_too_small"`; null when it has some.
    pub empty_reason: Option<String>,
    /// The format the input was read as: `"text"` or `"html"`.
    pub format: String,
    /// The text the offsets index when the input was HTML or a Buffer: every
    /// visible block of the page, blank lines between; null when they index the input itself.
    pub source: Option<String>,
    /// What an HTML page states about itself; null for text.
    pub metadata: Option<Metadata>,
}

/// What an HTML page states about itself; each field is null when it does not.
/// The description is the site's own summary: reported, never a sentence.
#[napi(object, object_from_js = false, use_nullable = true)]
pub struct Metadata {
    /// The article's title (og:title, JSON-LD headline, `<h1>`, `<title>`), the site's name stripped.
    pub title: Option<String>,
    /// The author or authors.
    pub byline: Option<String>,
    /// The publication date, as the page writes it (usually ISO 8601).
    pub published: Option<String>,
    /// The site's name.
    pub site_name: Option<String>,
    /// The canonical address.
    pub url: Option<String>,
    /// The page's description of itself (meta description).
    pub description: Option<String>,
    /// The language the page declares (`<html lang>`), an ISO 639-1 code.
    pub language: Option<String>,
}

impl From<abrege::Metadata> for Metadata {
    fn from(m: abrege::Metadata) -> Self {
        Metadata {
            title: m.title,
            byline: m.byline,
            published: m.published,
            site_name: m.site_name,
            url: m.url,
            description: m.description,
            language: m.language,
        }
    }
}

/// One chosen sentence.
#[napi(object, object_from_js = false)]
pub struct Sentence {
    /// The sentence as the input writes it, only the page's layout undone: soft hyphens removed,
    /// whitespace runs collapsed, lines broken at links rejoined.
    pub text: String,
    /// The sentence's score: the weighted sum of its features.
    pub score: f64,
    /// The sentence's index among the document's candidate sentences.
    pub index: u32,
    /// The per-feature breakdown of the score.
    pub features: Features,
    /// When the word model chose the sentence (French, up to eight sentences, the shipped
    /// weights): how many of the words of a journalist's summary it is expected to hold that the
    /// sentences chosen before it do not; absent when the sentence scorer chose alone.
    pub expected_words: Option<f64>,
    /// UTF-16 index of the sentence's start in the input: `input.slice(start, end)` is the sentence as written.
    pub start: u32,
    /// UTF-16 index just past the sentence's end in the input.
    pub end: u32,
}

/// The per-feature values of one sentence, each in `[0, 1]`: why it scored what it did.
/// The score is the sum of each value times its weight (see `Weights`).
#[napi(object, object_from_js = false)]
pub struct Features {
    /// Cosine similarity between the sentence's TF-IDF vector and the whole document's.
    pub centrality: f64,
    /// Closeness to the top of the article: 1 for the lede, decaying with the sentence index.
    pub position: f64,
    /// 1 for the article's first sentence where news sites often open on a hook rather than the lede (French only), else 0.
    pub first_sentence: f64,
    /// 1 for the first sentence of a paragraph.
    pub paragraph_start: f64,
    /// 1 for a sentence of the article's first paragraph.
    pub first_paragraph: f64,
    /// Share of the title's content words that the sentence contains.
    pub title: f64,
    /// The sentence's length in words, over 40, at most 1.
    pub length: f64,
    /// 1 if the sentence holds a quotation (« », “ ” or straight double quotes).
    pub quote: f64,
    /// 1 if the sentence holds a number.
    pub numbers: f64,
    /// Share of its words that are capitalised past the first (names: people, places, bodies), doubled, at most 1.
    pub entities: f64,
    /// How far the sentence falls short of a full sentence (few content words); a penalty.
    pub fragment: f64,
    /// How far the sentence runs past a readable length; a penalty.
    pub run_on: f64,
}

/// A term that characterises the document.
#[napi(object, object_from_js = false)]
pub struct Keyword {
    /// The term's most frequent surface form, lower-cased.
    pub term: String,
    /// Its TF-IDF weight; the heaviest keyword weighs 1.
    pub weight: f64,
}

impl From<abrege::Features> for Features {
    fn from(f: abrege::Features) -> Self {
        // No `..`: a feature added to the core breaks this line until it is added here.
        let abrege::Features {
            centrality,
            position,
            first_sentence,
            paragraph_start,
            first_paragraph,
            title,
            length,
            quote,
            numbers,
            entities,
            fragment,
            run_on,
        } = f;
        Features {
            centrality,
            position,
            first_sentence,
            paragraph_start,
            first_paragraph,
            title,
            length,
            quote,
            numbers,
            entities,
            fragment,
            run_on,
        }
    }
}

impl Summary {
    /// Converts the core's summary of `input`, byte offsets becoming UTF-16
    /// indices into `input`, or into the text the core made of it (an HTML
    /// page, a Buffer).
    pub(crate) fn new(input: &str, s: abrege::Summary) -> Self {
        let indexed = s.source.as_deref().unwrap_or(input);
        let offsets = Utf16Offsets::new(indexed, s.sentences.iter().flat_map(|s| [s.start, s.end]));
        let text = s.text();
        Summary {
            text,
            language: s.language,
            language_confidence: s.language_confidence,
            title: s.title,
            sentences: s
                .sentences
                .into_iter()
                .map(|s| Sentence {
                    start: offsets.get(s.start),
                    end: offsets.get(s.end),
                    text: s.text,
                    score: s.score,
                    index: s.index as u32,
                    features: s.features.into(),
                    expected_words: s.expected_words,
                })
                .collect(),
            keywords: s
                .keywords
                .into_iter()
                .map(|k| Keyword {
                    term: k.term,
                    weight: k.weight,
                })
                .collect(),
            sentence_count: s.sentence_count as u32,
            empty_reason: s.empty_reason.map(|r| r.as_str().to_string()),
            format: crate::options::format_name(s.format).to_string(),
            source: s.source,
            metadata: s.metadata.map(Metadata::from),
        }
    }
}
