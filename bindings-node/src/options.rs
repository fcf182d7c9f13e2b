//! `Options` and `Weights`: the core's options in JavaScript spelling.
//!
//! Reading is strict: an unknown key or a value of the wrong type is an
//! `InvalidArg` error naming the key; ranges are checked once, by the core.
//! `undefined` and `null` mean "not given", so the core's default applies.

use napi::bindgen_prelude::{Object, Unknown};
use napi::{Error, Result, Status};
use napi_derive::napi;

use crate::args;
use crate::errors::{camel, from_core};

/// How a summary is made. Every field is optional; at most one of the four
/// budgets (`sentences`, `ratio`, `maxWords`, `maxChars`) may be set, and
/// with none the summary has 3 sentences.
#[napi(object, object_from_js = false)]
pub struct Options {
    /// Budget: this many sentences (at least 1).
    pub sentences: Option<f64>,
    /// Budget: this share of the document's sentences, in `(0, 1]`, rounded up.
    pub ratio: Option<f64>,
    /// Budget: at most this many words in all (at least 1).
    pub max_words: Option<f64>,
    /// Budget: at most this many characters in all, counting one space between sentences (at least 1).
    pub max_chars: Option<f64>,
    /// `"auto"` (default) to detect the language, or an ISO 639-1 code such as `"fr"`.
    pub language: Option<String>,
    /// The article's title, if known. Without it a headline is looked for in the text.
    pub title: Option<String>,
    /// Drop the page around the article (menus, teasers, credits) before scoring. Default `true`.
    pub clean: Option<bool>,
    /// Use the corpus IDF table shipped for the language, when there is one. Default `true`.
    pub idf: Option<bool>,
    /// A candidate whose word overlap with a chosen sentence is at least this, in `(0, 1]`, is skipped. Default `0.6`.
    pub redundancy: Option<f64>,
    /// Inputs larger than this many UTF-8 bytes are rejected. Default 32 MiB.
    pub max_input_bytes: Option<f64>,
    /// How much each sentence feature counts. Left out, the learned scorer picks weights for the language and budget; given, they are used for every text, unset ones taking the defaults.
    pub weights: Option<Weights>,
}

/// How much each sentence feature counts in a sentence's score, each in `[-1000, 1000]`
/// (a negative weight makes a penalty). Unset weights keep their defaults,
/// which `new Summarizer().options.weights` shows: the learned French weights for
/// three sentences, which stand for the learned scorer (weights per language and budget).
#[napi(object, object_from_js = false)]
pub struct Weights {
    /// Cosine similarity between the sentence's TF-IDF vector and the whole document's.
    pub centrality: Option<f64>,
    /// Closeness to the top of the article: 1 for the lede, decaying with the sentence index.
    pub position: Option<f64>,
    /// 1 for the article's first sentence where news sites often open on a hook rather than the lede (French only), else 0.
    pub first_sentence: Option<f64>,
    /// 1 for the first sentence of a paragraph.
    pub paragraph_start: Option<f64>,
    /// 1 for a sentence of the article's first paragraph.
    pub first_paragraph: Option<f64>,
    /// Share of the title's content words that the sentence contains.
    pub title: Option<f64>,
    /// The sentence's length in words, over 40, at most 1.
    pub length: Option<f64>,
    /// 1 if the sentence holds a quotation (« », “ ” or straight double quotes).
    pub quote: Option<f64>,
    /// 1 if the sentence holds a number.
    pub numbers: Option<f64>,
    /// Share of its words that are capitalised past the first (names: people, places, bodies), doubled, at most 1.
    pub entities: Option<f64>,
    /// How far the sentence falls short of a full sentence (few content words); a penalty.
    pub fragment: Option<f64>,
    /// How far the sentence runs past a readable length; a penalty.
    pub run_on: Option<f64>,
}

impl From<&abrege::Weights> for Weights {
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
        Weights {
            centrality: Some(centrality),
            position: Some(position),
            first_sentence: Some(first_sentence),
            paragraph_start: Some(paragraph_start),
            first_paragraph: Some(first_paragraph),
            title: Some(title),
            length: Some(length),
            quote: Some(quote),
            numbers: Some(numbers),
            entities: Some(entities),
            fragment: Some(fragment),
            run_on: Some(run_on),
        }
    }
}

impl From<&abrege::Options> for Options {
    fn from(o: &abrege::Options) -> Self {
        let num = |n: Option<usize>| n.map(|n| n as f64);
        Options {
            sentences: num(o.sentences),
            ratio: o.ratio,
            max_words: num(o.max_words),
            max_chars: num(o.max_chars),
            language: Some(o.language.clone()),
            title: o.title.clone(),
            clean: Some(o.clean),
            idf: Some(o.idf),
            redundancy: Some(o.redundancy),
            max_input_bytes: Some(o.max_input_bytes as f64),
            weights: Some(Weights::from(&o.weights)),
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
    "weights",
];

/// Reads the `options` argument into validated core options.
pub(crate) fn parse(value: Option<&Unknown>) -> Result<abrege::Options> {
    let mut o = abrege::Options::default();
    let Some(value) = value else { return Ok(o) };
    if args::is_absent(value)? {
        return Ok(o);
    }
    let obj = args::object("options", value)?;
    for (key, v) in entries(&obj)? {
        let name = format!("options.{key}");
        let name = name.as_str();
        match key.as_str() {
            "sentences" => o.sentences = Some(args::count(name, &v)?),
            "ratio" => o.ratio = Some(args::number(name, &v)?),
            "maxWords" => o.max_words = Some(args::count(name, &v)?),
            "maxChars" => o.max_chars = Some(args::count(name, &v)?),
            "language" => o.language = args::string(name, &v)?,
            "title" => o.title = Some(args::string(name, &v)?),
            "clean" => o.clean = args::boolean(name, &v)?,
            "idf" => o.idf = args::boolean(name, &v)?,
            "redundancy" => o.redundancy = args::number(name, &v)?,
            "maxInputBytes" => o.max_input_bytes = args::count(name, &v)?,
            "weights" => parse_weights(&v, &mut o.weights)?,
            _ => return Err(unknown(name, KEYS.iter().map(|k| k.to_string()))),
        }
    }
    o.validate().map_err(from_core)?;
    Ok(o)
}

/// Reads `options.weights` over the defaults in `weights`.
fn parse_weights(value: &Unknown, weights: &mut abrege::Weights) -> Result<()> {
    let obj = args::object("options.weights", value)?;
    for (key, v) in entries(&obj)? {
        let name = format!("options.weights.{key}");
        let known = abrege::Weights::NAMES.iter().find(|n| camel(n) == key);
        match known {
            Some(snake) => {
                weights.set(snake, args::number(&name, &v)?);
            }
            None => {
                return Err(unknown(
                    &name,
                    abrege::Weights::NAMES.iter().map(|n| camel(n)),
                ))
            }
        }
    }
    Ok(())
}

/// The object's keys and values, leaving out the absent ones.
fn entries<'a>(obj: &Object<'a>) -> Result<Vec<(String, Unknown<'a>)>> {
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

fn unknown(name: &str, expected: impl Iterator<Item = String>) -> Error {
    let expected: Vec<String> = expected.collect();
    Error::new(
        Status::InvalidArg,
        format!(
            "`{name}` is not an option; expected one of {}",
            expected.join(", ")
        ),
    )
}
