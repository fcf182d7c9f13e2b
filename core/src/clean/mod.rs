//! The cleaning stage: keep the article, drop the page around it, and say why.
//!
//! It works on the blocks of [`structure`](crate::text::structure::blocks) (lines,
//! with lines broken at links rejoined) and gives each one a verdict: kept,
//! or dropped with a [`Reason`]. It also finds the page's headline. Only the
//! plain text is used, in four steps (after `buttons` has split a one-word
//! button glued to a paragraph off into a block of its own):
//!
//! 1. `signals`: what one block shows alone: length, stop-word density,
//!    sentence punctuation, a trailing ellipsis, headline shape, items joined
//!    by runs of spaces.
//! 2. `furniture`: what its wording or shape gives away wherever it sits:
//!    tickers, widgets, "Lire aussi" lists, bylines and dates, breadcrumbs,
//!    credits, captions (phrase lists per language in `data/`, read by
//!    `phrases`); then `context`: captions above credits and embedded media
//!    titles above or glued to their source; then teaser lists and
//!    title/excerpt pairs.
//! 3. `smoothing`: jusText's classes (good, near-good, short, bad), then
//!    context smoothing; `article`: the densest run of prose, extended over
//!    the sentences next to it that no furniture separates.
//! 4. `title`: the headline-shaped line before the article that shares the
//!    most words with its opening; then each remaining block is judged by
//!    where it sits (heading inside the article, byline or caption between
//!    headline and article, menu or teaser elsewhere); a kept question or
//!    headline standing in a rail of times, dates and section names is a
//!    teaser (`context`).

mod article;
mod buttons;
mod context;
mod furniture;
mod hint;
mod phrases;
mod signals;
mod smoothing;
mod title;

use crate::hash::Map;

use serde::{Deserialize, Serialize};

use crate::html::Metadata;
use crate::lang::{self, Detection, Resources};
use crate::options::Format;
use crate::read::{self, Document};
use crate::summarizer::source_text;
use crate::text::structure::{self, Block};

use furniture::Mark;
pub(crate) use hint::Hint;
use signals::Signals;
use smoothing::Class;

/// Why a span of the page was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The page's headline: reported as the title, not a sentence to pick.
    Title,
    /// A navigation menu: short lines without sentence punctuation.
    Menu,
    /// A ticker: headlines joined on one line by runs of spaces, separators
    /// or dashes.
    Ticker,
    /// Another article's title or excerpt, or a "Lire aussi" line.
    Teaser,
    /// A button, form, notice or list heading ("Partager", "Latest articles").
    Widget,
    /// A photo credit ("© Jeanne Martin", "Photo : AFP").
    Credit,
    /// A byline, a date line or a breadcrumb.
    Byline,
    /// An image caption or alt text, or an embedded video's title.
    Caption,
    /// A section heading inside the article.
    Heading,
    /// Prose outside the article: another article's text, a notice.
    Boilerplate,
    /// A site's navigation: menus, breadcrumbs, header and footer links
    /// (HTML: `<nav>`, `role="navigation"`, a `breadcrumb` or `menu` class).
    Navigation,
    /// A comment thread under the article (HTML: a `comments` section).
    Comments,
    /// Links to other articles: a "related", "read also" or recommendation
    /// rail, or a block made mostly of links.
    Related,
    /// A cookie or consent notice.
    Consent,
    /// A paywall or subscription notice.
    Paywall,
}

/// The verdict on every block of a page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Verdicts {
    /// Index of the block holding the headline.
    pub title: Option<usize>,
    /// `None` to keep the block, or why it is dropped.
    pub reasons: Vec<Option<Reason>>,
}

/// A page read: its language, its blocks and the verdict on each.
pub(crate) struct Page {
    /// The language the page was read in (`"und"` if unknown).
    pub code: &'static str,
    /// Confidence of the detection; 1 for a language given by the caller.
    pub confidence: f64,
    /// That language's resources.
    pub res: &'static Resources,
    /// The blocks of the normalised text.
    pub blocks: Vec<Block>,
    /// The verdict on each block.
    pub verdicts: Verdicts,
}

impl Page {
    fn new(text: &str, detection: Detection, drop_noise: bool) -> Page {
        let res = Resources::get(detection.code);
        let mut blocks = structure::blocks(text, res);
        buttons::split(text, &mut blocks);
        let verdicts = classify(text, &blocks, res, drop_noise, None);
        Page {
            code: detection.code,
            confidence: detection.confidence,
            res,
            blocks,
            verdicts,
        }
    }

    /// The kept blocks, in page order.
    pub fn kept(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .zip(&self.verdicts.reasons)
            .filter(|(_, r)| r.is_none())
            .map(|(b, _)| b)
    }
}

/// Reads normalised `text` in `language` (`"auto"` or an ISO 639-1 code):
/// splits it into blocks and classifies them (with `drop_noise` false only
/// the headline is looked for).
///
/// Under `"auto"` the language is that of the article rather than of the
/// whole page: the page is read once in the language of all its text, then
/// the language is detected again on the blocks kept as the article, and
/// the page is read again only if that language differs.
pub(crate) fn read(text: &str, language: &str, drop_noise: bool) -> Page {
    if language != "auto" {
        let code = Resources::get(language).info.code;
        let given = Detection {
            code,
            confidence: 1.0,
        };
        return Page::new(text, given, drop_noise);
    }
    let page = Page::new(text, lang::detect(text), drop_noise);
    if !drop_noise {
        return page;
    }
    let article: Vec<&str> = page.kept().map(|b| &text[b.start..b.end]).collect();
    // Little dropped (a clean article, a title): the page's language stands.
    let kept: usize = article.iter().map(|a| a.len()).sum();
    if article.is_empty() || kept * 10 >= text.trim().len() * 9 {
        return page;
    }
    let detected = lang::detect(&article.join("\n\n"));
    if detected.code == "und" {
        page
    } else if detected.code == page.code {
        Page {
            confidence: detected.confidence,
            ..page
        }
    } else {
        Page::new(text, detected, drop_noise)
    }
}

/// Reads a page whose blocks and markup hints the `html` step made, in the
/// language `detection` names.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
pub(crate) fn read_blocks(
    text: &str,
    blocks: Vec<Block>,
    hints: &[Hint],
    detection: Detection,
    drop_noise: bool,
) -> Page {
    let res = Resources::get(detection.code);
    let verdicts = classify(text, &blocks, res, drop_noise, Some(hints));
    Page {
        code: detection.code,
        confidence: detection.confidence,
        res,
        blocks,
        verdicts,
    }
}

/// Classifies `blocks` of normalised `text`. With `drop_noise` false only the
/// headline is looked for. `hints`, one per block, are what an HTML page's
/// markup says (see [`Hint`]): their verdicts override the text's, and the
/// article is the blocks they place in it.
pub(crate) fn classify(
    text: &str,
    blocks: &[Block],
    res: &Resources,
    drop_noise: bool,
    hints: Option<&[Hint]>,
) -> Verdicts {
    let signals: Vec<Signals> = blocks
        .iter()
        .map(|b| Signals::of(&text[b.start..b.end], res))
        .collect();
    let mut opens_list = vec![false; blocks.len()];
    // Furniture that sits inside an article: a credit, a caption, an inline
    // "Lire aussi : …". The article may reach across it.
    let mut inline = vec![false; blocks.len()];
    let mut reasons: Vec<Option<Reason>> = blocks
        .iter()
        .zip(&signals)
        .enumerate()
        .map(|(i, (b, sig))| {
            let raw = &text[b.start..b.end];
            let first_line = raw
                .split_once('\n')
                .map(|(first, _)| Signals::of(first, res));
            let mark = furniture::mark(sig, first_line.as_ref().unwrap_or(sig));
            opens_list[i] = matches!(mark, Some(Mark::ListHeading { .. }));
            inline[i] = matches!(
                mark,
                Some(Mark::ReadAlso | Mark::Noise(Reason::Credit | Reason::Caption))
            );
            match mark {
                None => None,
                Some(Mark::Noise(r)) => Some(r),
                Some(Mark::ListHeading { inline }) => Some(if inline {
                    Reason::Teaser
                } else {
                    Reason::Widget
                }),
                Some(Mark::ReadAlso) => Some(Reason::Teaser),
            }
        })
        .collect();
    context::media(&signals, &mut reasons, &mut inline);
    teaser_lists(&signals, &opens_list, &mut reasons);
    excerpt_pairs(&signals, &mut reasons);
    if let Some(hints) = hints {
        for (reason, h) in reasons.iter_mut().zip(hints) {
            if h.verdict.is_some() {
                *reason = h.verdict.filter(|&r| r != Reason::Title);
            } else if h.keep {
                *reason = None;
            }
        }
    }

    let noise: Vec<bool> = reasons.iter().map(Option::is_some).collect();
    let repeated = repeated(&signals);
    let mut classes: Vec<Class> = (0..blocks.len())
        .map(|i| smoothing::initial(&signals[i], noise[i], repeated[i]))
        .collect();
    smoothing::smooth(&mut classes, &signals, &noise);
    let weights: Vec<f64> = (0..blocks.len())
        .map(|i| article::weight(&signals[i], classes[i], noise[i]))
        .collect();
    let run = match hints {
        Some(hints) => hint::article_run(hints),
        None => article::densest_run(&weights),
    };

    let start = run.as_ref().map_or(blocks.len(), |r| r.start);
    let opening: Vec<&str> = run
        .iter()
        .flat_map(|r| r.clone())
        .filter(|&i| classes[i] == Class::Good && !noise[i])
        .take(3)
        .map(|i| &*signals[i].text)
        .collect();
    let eligible: Vec<bool> = noise.iter().map(|n| !n).collect();
    let title = match &run {
        _ if hints.is_some() => hints.and_then(hint::title),
        Some(_) => title::find(&signals, &eligible, start, &opening.join(" "), res),
        // No prose at all: a first headline-shaped line heads the text.
        None => (blocks.len() > 1 && eligible[0] && signals[0].headline_shaped()).then_some(0),
    };

    if !drop_noise {
        let mut reasons = vec![None; blocks.len()];
        if let Some(t) = title {
            reasons[t] = Some(Reason::Title);
        }
        return Verdicts { title, reasons };
    }
    if let Some(t) = title {
        reasons[t] = Some(Reason::Title);
    }
    if let Some(run) = run {
        let walls: Vec<bool> = noise.iter().zip(&inline).map(|(n, i)| *n && !i).collect();
        let run = match hints {
            Some(_) => run,
            None => article::extend(run, &signals, &walls, title),
        };
        let inside =
            |i: usize| hints.map_or(run.contains(&i), |h| h.get(i).is_some_and(|h| h.in_article));
        for (i, reason) in reasons.iter_mut().enumerate() {
            // In the article the markup points to, a block is dropped only
            // for what it is, never for where it sits.
            if reason.is_none() && !(hints.is_some() && inside(i)) {
                *reason = position_reason(i, &run, &inside, title, &signals, &classes);
            }
        }
    }
    context::rails(&signals, &mut reasons, title);
    Verdicts { title, reasons }
}

/// The verdict on a block that is not furniture by itself, from where it
/// sits: inside the article run, in the header between the headline and the
/// article, or elsewhere on the page.
fn position_reason(
    i: usize,
    run: &std::ops::Range<usize>,
    inside: &dyn Fn(usize) -> bool,
    title: Option<usize>,
    signals: &[Signals],
    classes: &[Class],
) -> Option<Reason> {
    let sig = &signals[i];
    let unpunctuated = sig.headline_shaped() || (sig.words < 6 && !sig.final_punct);
    let next_is_prose =
        |i: usize| inside(i + 1) && classes[i + 1] != Class::Bad && signals[i + 1].final_punct;
    if inside(i) {
        return if unpunctuated {
            Some(if next_is_prose(i) {
                Reason::Heading
            } else {
                Reason::Caption
            })
        } else {
            None
        };
    }
    let in_header = title.is_some_and(|t| t < i) && i < run.start;
    Some(if in_header && unpunctuated {
        if sig.words <= 4 {
            Reason::Byline
        } else if next_is_prose(i) {
            Reason::Heading
        } else {
            Reason::Caption
        }
    } else if unpunctuated && sig.words <= 4 {
        Reason::Menu
    } else if unpunctuated || sig.ellipsis {
        Reason::Teaser
    } else {
        Reason::Boilerplate
    })
}

/// After a list heading ("Lire aussi", "Latest articles"), the titles and
/// excerpts that follow are teasers, up to the next prose.
fn teaser_lists(signals: &[Signals], opens_list: &[bool], reasons: &mut [Option<Reason>]) {
    let mut in_list = false;
    for i in 0..signals.len() {
        let sig = &signals[i];
        match reasons[i] {
            Some(_) if opens_list[i] => in_list = true,
            Some(_) => {}
            None if in_list => {
                let prose = sig.final_punct && !sig.ellipsis && sig.words >= 8;
                if prose {
                    in_list = false;
                } else {
                    reasons[i] = Some(Reason::Teaser);
                }
            }
            None => {}
        }
    }
}

/// Teasers laid out as pairs, a title then an excerpt cut short by "...":
/// at least two such pairs on the page and both halves of each are teasers.
fn excerpt_pairs(signals: &[Signals], reasons: &mut [Option<Reason>]) {
    let pairs: Vec<usize> = (1..signals.len())
        .filter(|&i| {
            signals[i].ellipsis
                && reasons[i].map_or(true, |r| r == Reason::Teaser)
                && signals[i - 1].headline_shaped()
                && reasons[i - 1].map_or(true, |r| r == Reason::Teaser)
        })
        .collect();
    if pairs.len() >= 2 {
        for i in pairs {
            reasons[i - 1] = Some(Reason::Teaser);
            reasons[i] = Some(Reason::Teaser);
        }
    }
}

/// Blocks whose key (two words or more) occurs more than once on the page.
/// Keys are compared by hash first; only blocks whose hashes meet have
/// their whole keys built and compared.
fn repeated(signals: &[Signals]) -> Vec<bool> {
    let mut hashes: Map<u64, usize> = Map::default();
    for s in signals.iter().filter(|s| s.words >= 2) {
        *hashes.entry(s.key_hash).or_default() += 1;
    }
    let candidates: Vec<(usize, String)> = (0..signals.len())
        .filter(|&i| signals[i].words >= 2 && hashes[&signals[i].key_hash] > 1)
        .map(|i| (i, signals::key_of(&signals[i].text)))
        .collect();
    let mut counts: Map<&str, usize> = Map::default();
    for (_, key) in &candidates {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    let mut out = vec![false; signals.len()];
    for (i, key) in &candidates {
        out[*i] = counts[key.as_str()] > 1;
    }
    out
}

/// A span of the input: byte offsets into the original text, and the text
/// itself with whitespace normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the span's first byte in the input.
    pub start: usize,
    /// Byte offset just past the span's last byte.
    pub end: usize,
    /// The span's text: the source's characters, the page's layout undone (see [`layout`](crate::text::layout)).
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
///
/// Offsets index the document: the input itself for text given as a
/// string, else [`source`](Cleaned::source), the text abrege made of an
/// HTML page (every visible block in page order, blank lines between) or
/// decoded from bytes.
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
    /// The format the input was read as: `Text` or `Html`.
    #[serde(default)]
    pub format: Format,
    /// The text the offsets index when the input was HTML or bytes; `None`
    /// when they index the input itself.
    #[serde(default)]
    pub source: Option<String>,
    /// What an HTML page states about itself; `None` for text.
    #[serde(default)]
    pub metadata: Option<Metadata>,
}

impl Cleaned {
    /// The article's text: the kept blocks and the section headings among
    /// them (dropped as [`Reason::Heading`], since a heading is not a
    /// sentence to pick), with the subheadings that lead into the first
    /// kept block (across a byline, a caption or a credit), separated by
    /// blank lines.
    pub fn text(&self) -> String {
        let (Some(first), Some(last)) = (self.kept.first(), self.kept.last()) else {
            return String::new();
        };
        let before = self.dropped.partition_point(|d| d.span.start < first.start);
        let leading = self.dropped[..before]
            .iter()
            .rev()
            .filter(|d| !matches!(d.reason, Reason::Byline | Reason::Caption | Reason::Credit))
            .take_while(|d| d.reason == Reason::Heading);
        let headings = self.dropped.iter().filter(|d| {
            d.reason == Reason::Heading && d.span.start > first.start && d.span.end < last.end
        });
        let mut spans: Vec<&Span> = self
            .kept
            .iter()
            .chain(leading.chain(headings).map(|d| &d.span))
            .collect();
        spans.sort_by_key(|s| s.start);
        spans
            .iter()
            .map(|s| &*s.text)
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Separates the article from the page around it.
///
/// `language` is `"auto"` or a language code (see
/// [`canonical_code`](crate::lang::canonical_code)). A string that is
/// plainly an HTML page is read as one (see [`clean_as`] to say which
/// format).
///
/// ```
/// let page = "Le titre de l'article du jour\n\n\
///             Le conseil a voté le budget mardi. Les écoles seront rénovées.";
/// let cleaned = abrege::clean::clean(page, "fr");
/// assert_eq!(cleaned.title.unwrap().text, "Le titre de l'article du jour");
/// assert_eq!(cleaned.kept.last().unwrap().text, "Le conseil a voté le budget mardi. Les écoles seront rénovées.");
/// ```
pub fn clean(text: &str, language: &str) -> Cleaned {
    clean_as(text, language, Format::Auto)
}

/// [`clean`] with the input's format given: `Text`, `Html`, or `Auto`.
///
/// ```
/// use abrege::{clean::{clean_as, Reason}, Format};
/// let page = "<html><body><nav><a href=/>Accueil</a> <a href=/monde>Monde</a></nav>\
///     <article><h1>Le budget est voté</h1>\
///     <p>Le conseil municipal a voté mardi le budget de la ville, en hausse de 4 %.</p>\
///     <p>Les écoles seront rénovées d'ici à 2028, a promis le maire.</p></article>\
///     <section class=comments><p>Très bien, enfin une bonne nouvelle pour nos enfants !</p></section>";
/// let cleaned = clean_as(page, "fr", Format::Html);
/// assert_eq!(cleaned.text(), "Le conseil municipal a voté mardi le budget de la ville, en hausse de 4 %.\n\n\
///     Les écoles seront rénovées d'ici à 2028, a promis le maire.");
/// let reasons: Vec<Reason> = cleaned.dropped.iter().map(|d| d.reason).collect();
/// assert_eq!(reasons, [Reason::Navigation, Reason::Title, Reason::Comments]);
/// let source = cleaned.source.as_deref().unwrap(); // the offsets index this text
/// assert_eq!(&source[cleaned.kept[1].start..cleaned.kept[1].end], cleaned.kept[1].text);
/// ```
pub fn clean_as(text: &str, language: &str, format: Format) -> Cleaned {
    let language = lang::canonical_code(language).unwrap_or(language);
    cleaned(read::read_str(text, language, true, format), language)
}

/// [`clean_as`] for a page or text given as bytes, decoded as
/// [`Summarizer::summarize_bytes`](crate::Summarizer::summarize_bytes) does.
pub fn clean_bytes(bytes: &[u8], language: &str, format: Format) -> Cleaned {
    let language = lang::canonical_code(language).unwrap_or(language);
    cleaned(read::read_bytes(bytes, language, true, format), language)
}

fn cleaned(doc: Document<'_>, language: &str) -> Cleaned {
    // Any spelling of a known code ("FR", "fr-FR"); an unknown one reads
    // the page without a language's resources.
    let text: &str = &doc.text;
    let norm = &doc.norm;
    let page = &doc.page;
    let span = |b: &Block| Span {
        start: norm.to_original(b.start),
        end: norm.to_original_end(b.end),
        text: source_text(text, norm, b.start..b.end),
    };
    let mut out = Cleaned {
        language: if language == "auto" {
            page.code
        } else {
            language
        }
        .to_string(),
        format: doc.format,
        source: doc.source(),
        metadata: doc.metadata.clone(),
        ..Cleaned::default()
    };
    for (i, (b, reason)) in page.blocks.iter().zip(&page.verdicts.reasons).enumerate() {
        if page.verdicts.title == Some(i) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_told_by_their_whole_key() {
        let long = "Le conseil municipal a voté mardi soir le budget de la ville pour \
                    l'année prochaine, avec une hausse des crédits pour les écoles, les \
                    crèches et les transports publics, après trois heures de débat animé \
                    entre la majorité et l'opposition";
        let almost = format!("{long} municipale");
        let blocks = [
            "Lire aussi",
            "LIRE AUSSI :",
            long,
            &almost,
            long,
            "Seul",
            "Seul",
            "Une autre ligne",
        ];
        let res = Resources::get("fr");
        let signals: Vec<Signals> = blocks.iter().map(|b| Signals::of(b, res)).collect();
        assert!(signals[2].words > super::phrases::PHRASE_WORDS);
        assert_eq!(
            repeated(&signals),
            // One-word blocks are never counted as repeats.
            [true, true, true, false, true, false, false, false]
        );
    }
}
