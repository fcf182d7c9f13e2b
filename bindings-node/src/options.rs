//! Options: read from JavaScript, and the options in force handed back.
//!
//! Reading is strict: an unknown key is an invalid option, a value of the
//! wrong type a `TypeError`, each naming the key; ranges are checked once, by
//! the core. `undefined` and `null` mean "not given", so the core's default
//! applies.

use napi::bindgen_prelude::{Object, Unknown};
use napi_derive::napi;

use crate::args::{self, Read};
use crate::errors::{camel, from_core, Failure};

/// The options in force, every field filled in: `new Summarizer(o).options`.
/// A budget not set is `null`; passing this object back as options gives
/// the same summariser.
#[napi(object, object_from_js = false, use_nullable = true)]
pub struct ResolvedOptions {
    /// Budget: this many sentences.
    pub sentences: Option<f64>,
    /// Budget: this share of the document's sentences.
    pub ratio: Option<f64>,
    /// Budget: at most this many words in all.
    pub max_words: Option<f64>,
    /// Budget: at most this many characters in all.
    pub max_chars: Option<f64>,
    /// `"auto"`, or the canonical ISO 639-1 code of the language given.
    pub language: String,
    /// The title given for every document, if any.
    pub title: Option<String>,
    /// Whether the page around the article is dropped before scoring.
    pub clean: bool,
    /// Whether the corpus IDF table shipped for the language is used.
    pub idf: bool,
    /// The overlap at which a candidate sentence is skipped as redundant.
    pub redundancy: f64,
    /// Inputs larger than this many UTF-8 bytes are rejected.
    pub max_input_bytes: f64,
    /// What the input is read as: `"auto"`, `"text"` or `"html"`.
    pub format: String,
    /// Every feature weight.
    pub weights: ResolvedWeights,
}

/// Every feature weight in force (see `Features` for what each measures).
#[napi(object, object_from_js = false)]
pub struct ResolvedWeights {
    /// Weight of `features.centrality`.
    pub centrality: f64,
    /// Weight of `features.position`.
    pub position: f64,
    /// Weight of `features.firstSentence`.
    pub first_sentence: f64,
    /// Weight of `features.paragraphStart`.
    pub paragraph_start: f64,
    /// Weight of `features.firstParagraph`.
    pub first_paragraph: f64,
    /// Weight of `features.title`.
    pub title: f64,
    /// Weight of `features.length`.
    pub length: f64,
    /// Weight of `features.quote`.
    pub quote: f64,
    /// Weight of `features.numbers`.
    pub numbers: f64,
    /// Weight of `features.entities`.
    pub entities: f64,
    /// Weight of `features.fragment`.
    pub fragment: f64,
    /// Weight of `features.runOn`.
    pub run_on: f64,
}

impl From<&abrege::Weights> for ResolvedWeights {
    fn from(w: &abrege::Weights) -> Self {
        // No `..`: a weight added to the core breaks this line until it is added here.
        let abrege::Weights {
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
        } = *w;
        ResolvedWeights {
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

impl From<&abrege::Options> for ResolvedOptions {
    fn from(o: &abrege::Options) -> Self {
        let num = |n: Option<usize>| n.map(|n| n as f64);
        ResolvedOptions {
            sentences: num(o.sentences),
            ratio: o.ratio,
            max_words: num(o.max_words),
            max_chars: num(o.max_chars),
            language: o.language.clone(),
            title: o.title.clone(),
            clean: o.clean,
            idf: o.idf,
            redundancy: o.redundancy,
            max_input_bytes: o.max_input_bytes as f64,
            format: format_name(o.format).to_string(),
            weights: ResolvedWeights::from(&o.weights),
        }
    }
}

/// The option keys, in the order they are documented.
const KEYS: &[&str] = &[
    "sentences",
    "ratio",
    "maxWords",
    "maxChars",
    "language",
    "title",
    "clean",
    "idf",
    "redundancy",
    "maxInputBytes",
    "format",
    "weights",
];

/// A format's name as the options spell it.
pub(crate) fn format_name(format: abrege::Format) -> &'static str {
    match format {
        abrege::Format::Html => "html",
        abrege::Format::Text => "text",
        _ => "auto",
    }
}

/// `"auto"`, `"text"` or `"html"`; anything else is an invalid option `format`.
pub(crate) fn format(value: &str) -> Read<abrege::Format> {
    match value {
        "auto" => Ok(abrege::Format::Auto),
        "text" => Ok(abrege::Format::Text),
        "html" => Ok(abrege::Format::Html),
        other => Err(Failure::option(
            "format",
            format!("must be \"auto\", \"text\" or \"html\", got {other:?}"),
        )),
    }
}

/// Reads the `options` argument into validated core options.
pub(crate) fn parse(value: Option<&Unknown>) -> Read<abrege::Options> {
    let mut o = abrege::Options::default();
    let Some(value) = value else { return Ok(o) };
    if args::is_absent(value)? {
        return Ok(o);
    }
    let obj = args::object("options", value)?;
    for (key, v) in entries(&obj)? {
        let path = format!("options.{key}");
        let path = path.as_str();
        match key.as_str() {
            "sentences" => o.sentences = Some(args::count(path, &v)?),
            "ratio" => o.ratio = Some(args::number(path, &v)?),
            "maxWords" => o.max_words = Some(args::count(path, &v)?),
            "maxChars" => o.max_chars = Some(args::count(path, &v)?),
            "language" => o.language = args::string(path, &v)?,
            "title" => o.title = Some(args::string(path, &v)?),
            "clean" => o.clean = args::boolean(path, &v)?,
            "idf" => o.idf = args::boolean(path, &v)?,
            "redundancy" => o.redundancy = args::number(path, &v)?,
            "maxInputBytes" => o.max_input_bytes = args::count(path, &v)?,
            "format" => o.format = format(&args::string(path, &v)?)?,
            "weights" => parse_weights(&v, &mut o.weights)?,
            _ => return Err(unknown(&key, KEYS.iter().map(|k| k.to_string()))),
        }
    }
    o.validate().map_err(from_core)?;
    Ok(o)
}

/// Reads `options.weights` over the defaults in `weights`. Each weight is
/// checked by the core on its own, so that an error names it
/// (`field: 'weights.runOn'`).
fn parse_weights(value: &Unknown, weights: &mut abrege::Weights) -> Read<()> {
    let obj = args::object("options.weights", value)?;
    for (key, v) in entries(&obj)? {
        let Some(snake) = abrege::Weights::NAMES.iter().find(|n| camel(n) == key) else {
            let known = abrege::Weights::NAMES.iter().map(|n| camel(n));
            return Err(unknown(&format!("weights.{key}"), known));
        };
        weights.set(snake, args::number(&format!("options.weights.{key}"), &v)?);
        let alone = abrege::Options {
            weights: *weights,
            ..abrege::Options::default()
        };
        if let Err(err) = alone.validate() {
            return Err(Failure {
                field: Some(format!("weights.{key}")),
                ..from_core(err)
            });
        }
    }
    Ok(())
}

/// The object's keys and values, leaving out the absent ones.
fn entries<'a>(obj: &Object<'a>) -> Read<Vec<(String, Unknown<'a>)>> {
    let mut out = Vec::new();
    for key in Object::keys(obj)? {
        if let Some(v) = obj.get::<Unknown>(&key)? {
            if !args::is_absent(&v)? {
                out.push((key, v));
            }
        }
    }
    Ok(out)
}

/// An unknown key: an invalid option, with the keys accepted.
fn unknown(field: &str, expected: impl Iterator<Item = String>) -> Failure {
    let expected: Vec<String> = expected.collect();
    Failure::option(
        field,
        format!("not an option; expected one of {}", expected.join(", ")),
    )
}
