//! The cleaning stage: keep the article, drop the page around it, and say why.
//!
//! It works on the blocks of [`structure`](crate::text::structure) and gives
//! each one a verdict: kept, or dropped with a [`Reason`]. It also finds the
//! page's headline.

use serde::{Deserialize, Serialize};

use crate::lang::{self, Resources};
use crate::summarizer::render;
use crate::text::structure::{self, Block};
use crate::text::Normalized;

/// Why a span of the page was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The page's headline: reported as the title, not a sentence to pick.
    Title,
    /// A navigation menu.
    Menu,
}

/// The verdict on every block of a page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Verdicts {
    /// Index of the block holding the headline.
    pub title: Option<usize>,
    /// `None` to keep the block, or why it is dropped.
    pub reasons: Vec<Option<Reason>>,
}

/// A headline: one line, no final punctuation, a handful of words.
fn headline_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (3..=30).contains(&words)
        && !text.ends_with(['.', '!', '?', ':', ';', ',', '…'])
        && !text.contains('\n')
}

/// Classifies `blocks` of normalised `text`. With `drop_noise` false only the
/// headline is looked for.
pub(crate) fn classify(
    text: &str,
    blocks: &[Block],
    _res: &Resources,
    drop_noise: bool,
) -> Verdicts {
    let _ = drop_noise;
    let mut v = Verdicts {
        title: None,
        reasons: vec![None; blocks.len()],
    };
    if blocks.len() > 1 && headline_like(&text[blocks[0].start..blocks[0].end]) {
        v.title = Some(0);
        v.reasons[0] = Some(Reason::Title);
    }
    v
}

/// A span of the input: byte offsets into the original text, and the text
/// itself with whitespace normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the span's first byte in the input.
    pub start: usize,
    /// Byte offset just past the span's last byte.
    pub end: usize,
    /// The span's text, whitespace normalised and broken lines rejoined.
    pub text: String,
}

/// A span the cleaning stage dropped, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dropped {
    /// Where it is and what it says.
    #[serde(flatten)]
    pub span: Span,
    /// Why it was dropped.
    pub reason: Reason,
}

/// What the cleaning stage made of a page.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Cleaned {
    /// The language the page was read in (ISO 639-1, `"und"` if unknown).
    pub language: String,
    /// The page's headline, if one was found.
    pub title: Option<Span>,
    /// The article's blocks (paragraphs or lines), in page order.
    pub kept: Vec<Span>,
    /// Everything else, in page order, each with its reason.
    pub dropped: Vec<Dropped>,
}

impl Cleaned {
    /// The kept article text: kept blocks separated by blank lines.
    pub fn text(&self) -> String {
        self.kept
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Separates the article from the page around it.
///
/// `language` is `"auto"` or an ISO 639-1 code.
///
/// ```
/// let page = "Le titre de l'article du jour\n\n\
///             Le conseil a voté le budget mardi. Les écoles seront rénovées.";
/// let cleaned = abrege::clean::clean(page, "fr");
/// assert_eq!(cleaned.title.unwrap().text, "Le titre de l'article du jour");
/// assert_eq!(cleaned.kept.last().unwrap().text, "Le conseil a voté le budget mardi. Les écoles seront rénovées.");
/// ```
pub fn clean(text: &str, language: &str) -> Cleaned {
    let norm = Normalized::new(text);
    let code = if language == "auto" {
        lang::detect(&norm.text).code
    } else {
        language
    };
    let res = Resources::get(code);
    let blocks = structure::blocks(&norm.text, res);
    let verdicts = classify(&norm.text, &blocks, res, true);
    let span = |b: &Block| Span {
        start: norm.to_original(b.start),
        end: norm.to_original(b.end),
        text: render(&norm.text[b.start..b.end]),
    };
    let mut out = Cleaned {
        language: code.to_string(),
        ..Cleaned::default()
    };
    for (i, (b, reason)) in blocks.iter().zip(&verdicts.reasons).enumerate() {
        if verdicts.title == Some(i) {
            out.title = Some(span(b));
        }
        match reason {
            None => out.kept.push(span(b)),
            Some(r) => out.dropped.push(Dropped {
                span: span(b),
                reason: *r,
            }),
        }
    }
    out
}
