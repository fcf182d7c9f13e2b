//! What the markup of an HTML page tells the cleaning stage about a block,
//! beyond what its text shows: the `html` step gives one hint per block.

use super::Reason;

/// The markup's word on one block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hint {
    /// A verdict the markup alone gives: navigation, comments, related
    /// links, a consent or paywall notice, a caption, a heading, the
    /// page's headline (`Title`). It overrides the text's own signals.
    pub verdict: Option<Reason>,
    /// The block sits in the article the markup points to. With hints,
    /// the article is these blocks, not the densest run of prose.
    pub in_article: bool,
    /// The markup says the block is content of the article (an item of a
    /// list or a cell of a table in it, with few links): the text's own
    /// shape signals (a short line, a date, a number) do not drop it.
    pub keep: bool,
}

/// The blocks from the first to the last in the article, if any is.
pub(crate) fn article_run(hints: &[Hint]) -> Option<std::ops::Range<usize>> {
    let first = hints.iter().position(|h| h.in_article)?;
    let last = hints.iter().rposition(|h| h.in_article)?;
    Some(first..last + 1)
}

/// The block the markup names as the page's headline.
pub(crate) fn title(hints: &[Hint]) -> Option<usize> {
    hints.iter().position(|h| h.verdict == Some(Reason::Title))
}
