//! A cap on how deep elements nest, between the tokenizer and the tree
//! builder, as browsers have (Blink's parser stops nesting at 512).
//!
//! The HTML tree-building algorithm looks through the stack of open
//! elements for every start tag (is a `<p>` open in button scope?), so
//! 100,000 nested `<div>`s cost 100,000² steps. Past [`MAX_DEPTH`], start
//! tags that would nest one level more are dropped with their end tags:
//! their content goes on in the element at the cap, so no text is lost and
//! the time stays linear. The depth is counted on the tokens, closely
//! enough: elements whose end tag is optional (`<p>`, `<li>`, `<td>`…)
//! close their predecessor instead of nesting, void elements never nest,
//! and raw-text elements (scripts, styles) always pass, since dropping one
//! would make its content text.

use std::cell::RefCell;

use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{local_name, LocalName};

/// Elements nest at most this deep.
pub(crate) const MAX_DEPTH: usize = 512;

/// Forwards tokens to the tree builder, dropping the start and end tags
/// that would nest past [`MAX_DEPTH`].
pub(crate) struct DepthLimit<S> {
    pub inner: S,
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// Names of the elements counted as open.
    open: Vec<LocalName>,
    /// Start tags dropped and not yet matched by an end tag, by name.
    dropped: Vec<(LocalName, usize)>,
}

impl<S> DepthLimit<S> {
    pub fn new(inner: S) -> Self {
        DepthLimit {
            inner,
            state: RefCell::new(State::default()),
        }
    }
}

/// Elements that never nest: void, or closed by their next sibling, or
/// raw text (always passed on).
fn transparent(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("p")
            | local_name!("li")
            | local_name!("dt")
            | local_name!("dd")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
            | local_name!("option")
            | local_name!("optgroup")
            | local_name!("tbody")
            | local_name!("thead")
            | local_name!("tfoot")
            | local_name!("colgroup")
            | local_name!("caption")
            | local_name!("html")
            | local_name!("head")
            | local_name!("body")
            | local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
            | local_name!("template")
    )
}

impl State {
    /// Whether the tag goes on to the tree builder.
    fn pass(&mut self, tag: &Tag) -> bool {
        if transparent(&tag.name) {
            return true;
        }
        match tag.kind {
            TagKind::StartTag if tag.self_closing => true,
            TagKind::StartTag if self.open.len() < MAX_DEPTH => {
                self.open.push(tag.name.clone());
                true
            }
            TagKind::StartTag => {
                match self.dropped.iter_mut().find(|(n, _)| *n == tag.name) {
                    Some((_, count)) => *count += 1,
                    None => self.dropped.push((tag.name.clone(), 1)),
                }
                false
            }
            TagKind::EndTag => {
                if let Some((_, count)) = self
                    .dropped
                    .iter_mut()
                    .find(|(n, c)| *n == tag.name && *c > 0)
                {
                    *count -= 1;
                    return false;
                }
                // An end tag closes the innermost element of its name and
                // every element opened inside it.
                if let Some(at) = self.open.iter().rposition(|n| *n == tag.name) {
                    self.open.truncate(at);
                }
                true
            }
        }
    }
}

impl<S: TokenSink> TokenSink for DepthLimit<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Self::Handle> {
        if let Token::TagToken(tag) = &token {
            if !self.state.borrow_mut().pass(tag) {
                return TokenSinkResult::Continue;
            }
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}
