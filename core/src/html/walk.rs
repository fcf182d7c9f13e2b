//! The page's visible text as blocks: one block per paragraph-level
//! element (a paragraph, a heading, a list item, a cell…), or per run of
//! text between two such elements or between two line breaks in a row.
//! Inline elements (`<a>`, `<em>`, a single `<br>`) never end a block, so
//! they never break a sentence. Whitespace runs collapse to one space as a
//! browser shows them; a single `<br>` is kept as a line break.
//!
//! The walk is a loop over the tree with a stack of open elements: deep
//! nesting costs memory, never the call stack.

use html5ever::local_name;

use super::dom::{Data, Dom, Element, Id, NONE};
use super::tags::{self, Tag};
use super::tokens::{self, Flag};

/// What kind of element a block's text sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `<h1>` … `<h6>`, with its level.
    Heading(u8),
    /// `<p>`.
    Paragraph,
    /// `<li>`, `<dt>`, `<dd>`.
    ListItem,
    /// Inside a `<blockquote>`.
    Quote,
    /// Inside a `<figure>`, a `<figcaption>` or a table's `<caption>`.
    Caption,
    /// A table cell.
    Cell,
    /// Inside `<pre>`.
    Preformatted,
    /// Text directly in a `<div>`, a `<section>`, the body….
    Other,
}

/// One block of visible text.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Where its text is in [`Walk::text`]: whitespace collapsed, trimmed;
    /// `\n` where a single `<br>` was.
    pub start: u32,
    pub end: u32,
    /// The innermost open [`Scope`] when the block ended.
    pub scope: u32,
    pub kind: Kind,
    /// Characters other than whitespace, and how many of them sit in links.
    pub chars: u32,
    pub link_chars: u32,
}

/// A paragraph-level element and the blocks inside it.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    /// The enclosing scope (`u32::MAX` for the outermost).
    pub parent: u32,
    /// Its blocks: `first..end` in page order.
    pub first: u32,
    pub end: u32,
    /// The scopes inside it are those numbered after it, up to this one.
    pub scopes_end: u32,
    /// The markup's own verdict on it, if any.
    pub flag: Option<Flag>,
    /// `<article>`, `<main>`, `itemprop="articleBody"`…
    pub article_markup: bool,
    /// Its class or id names an article body.
    pub article_names: bool,
    /// A `<p>`, heading, list item or cell: it holds text, not sections.
    pub paragraph: bool,
    /// The kind of the text directly inside it.
    pub kind: Kind,
}

/// The page's blocks and scopes.
#[derive(Debug, Default)]
pub(crate) struct Walk {
    /// Every block's text in page order, a blank line between two: the
    /// document the offsets of a summary index, written once.
    pub text: String,
    pub blocks: Vec<Block>,
    pub scopes: Vec<Scope>,
    /// The [`text_key`]s of the images' `alt` and `title` texts, each with
    /// the number of blocks before the image: a block beside the image
    /// that says the same is its caption.
    pub image_texts: Vec<(u64, u32)>,
}

impl Walk {
    /// The text of block `b`.
    pub fn text_of(&self, b: &Block) -> &str {
        &self.text[b.start as usize..b.end as usize]
    }
}

/// A text's words, lower-cased, as one hash, if it has three or more: the
/// same for the same words whatever the spacing and punctuation.
pub(crate) fn text_key(text: &str) -> Option<u64> {
    use std::hash::{BuildHasher, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(11).build_hasher();
    let mut words = 0;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        for c in w.chars().flat_map(char::to_lowercase) {
            h.write_u32(c as u32);
        }
        h.write_u8(0);
    }
    (words >= 3).then(|| h.finish())
}

/// An open element.
struct Frame {
    id: Id,
    /// Index of its scope, if it opened one.
    scope: Option<u32>,
    link: bool,
    figure: bool,
    quote: bool,
    pre: bool,
    article: bool,
}

/// The text being gathered for the next block.
#[derive(Default)]
struct Pending {
    text: String,
    chars: u32,
    link_chars: u32,
    /// Whitespace seen since the last character.
    space: bool,
    /// `<br>`s seen since the last character.
    breaks: u32,
}

struct Walker {
    out: Walk,
    pending: Pending,
    /// Innermost open scope.
    scope: u32,
    links: u32,
    figures: u32,
    quotes: u32,
    pres: u32,
    articles: u32,
    paragraphs: u32,
    /// `class` and `id` read so far, and what they said.
    seen_names: crate::hash::Map<String, tokens::Names>,
    key: String,
}

/// Walks the body of `dom` into blocks.
pub(crate) fn walk(dom: &Dom) -> Walk {
    // The blocks' text is at most the page's text and a blank line per
    // block: reserved once, it is not grown to twice what it needs.
    let text_bytes: usize = dom
        .nodes
        .iter()
        .map(|n| match &n.data {
            Data::Text(t) => t.len(),
            _ => 0,
        })
        .sum();
    let mut w = Walker {
        out: Walk {
            text: String::with_capacity(text_bytes + text_bytes / 8),
            ..Walk::default()
        },
        pending: Pending::default(),
        scope: u32::MAX,
        links: 0,
        figures: 0,
        quotes: 0,
        pres: 0,
        articles: 0,
        paragraphs: 0,
        seen_names: Default::default(),
        key: String::new(),
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut node = dom.nodes[0].first_child;
    while node != NONE {
        let descend = w.enter(dom, node, &mut stack);
        let first = dom.nodes[node as usize].first_child;
        if descend && first != NONE {
            node = first;
            continue;
        }
        // Leave `node`, then every ancestor whose last child it was.
        loop {
            if stack.last().is_some_and(|f| f.id == node) {
                let frame = stack.pop().expect("a frame is open");
                w.exit(frame);
            }
            let n = &dom.nodes[node as usize];
            if n.next != NONE {
                node = n.next;
                break;
            }
            node = n.parent;
            if node == NONE || node == 0 {
                node = NONE;
                break;
            }
        }
    }
    w.flush_pending();
    w.out
}

impl Walker {
    /// Opens `id`; returns whether its children are to be read.
    fn enter(&mut self, dom: &Dom, id: Id, stack: &mut Vec<Frame>) -> bool {
        match &dom.nodes[id as usize].data {
            Data::Text(t) => {
                self.text(t);
                false
            }
            Data::Element(e) => self.open(id, e, stack),
            Data::Document | Data::Other => false,
        }
    }

    fn open(&mut self, id: Id, e: &Element, stack: &mut Vec<Frame>) -> bool {
        let tag = e.tag;
        if e.is(&local_name!("img")) {
            for a in [local_name!("alt"), local_name!("title")] {
                if let Some(key) = e.attr(&a).and_then(text_key) {
                    let at = self.out.blocks.len() as u32;
                    self.out.image_texts.push((key, at));
                }
            }
        }
        if tag & tags::NEVER_TEXT != 0 || (!e.attrs.is_empty() && tokens::hidden(e)) {
            return false;
        }
        if tag & tags::BREAK != 0 {
            self.pending.breaks += 1;
            return false;
        }
        if tag & tags::RULE != 0 {
            self.flush_pending();
            return false;
        }
        let article = tokens::article_markup(e);
        let names = self.names(e);
        let flag = tokens::flag(e, names, self.articles > 0);
        // A flagged inline element (a share bar in a <span>) is a block of
        // its own, unless it sits inside a paragraph.
        let paragraph = tag & tags::PARAGRAPH != 0;
        let opens_scope = tag & tags::BLOCK != 0 || (flag.is_some() && self.paragraphs == 0);
        let mut frame = Frame {
            id,
            scope: None,
            link: tag & tags::LINK != 0 && e.attr(&local_name!("href")).is_some(),
            figure: tag & tags::FIGURE != 0,
            quote: tag & tags::QUOTE != 0,
            pre: tag & tags::PRE != 0,
            article,
        };
        if opens_scope {
            self.flush_pending();
            let index = self.out.scopes.len() as u32;
            self.out.scopes.push(Scope {
                parent: self.scope,
                first: self.out.blocks.len() as u32,
                end: self.out.blocks.len() as u32,
                scopes_end: index + 1,
                flag,
                article_markup: article,
                article_names: names.article,
                paragraph,
                kind: tag_kind(tag),
            });
            self.scope = index;
            frame.scope = Some(index);
            self.paragraphs += u32::from(paragraph);
        }
        self.links += u32::from(frame.link);
        self.figures += u32::from(frame.figure);
        self.quotes += u32::from(frame.quote);
        self.pres += u32::from(frame.pre);
        self.articles += u32::from(frame.article);
        stack.push(frame);
        true
    }

    fn exit(&mut self, frame: Frame) {
        if let Some(index) = frame.scope {
            self.flush_pending();
            let count = self.out.scopes.len() as u32;
            let scope = &mut self.out.scopes[index as usize];
            scope.end = self.out.blocks.len() as u32;
            scope.scopes_end = count;
            self.paragraphs -= u32::from(scope.paragraph);
            self.scope = scope.parent;
        }
        self.links -= u32::from(frame.link);
        self.figures -= u32::from(frame.figure);
        self.quotes -= u32::from(frame.quote);
        self.pres -= u32::from(frame.pre);
        self.articles -= u32::from(frame.article);
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            let blank = matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C');
            if blank {
                let p = &mut self.pending;
                if c == '\n' && self.pres > 0 {
                    p.breaks = p.breaks.max(1);
                } else {
                    p.space = true;
                }
                continue;
            }
            if self.pending.breaks >= 2 && self.pres == 0 {
                // Two line breaks in a row: a new paragraph.
                self.flush_pending();
            }
            let p = &mut self.pending;
            if !p.text.is_empty() {
                if p.breaks > 0 {
                    p.text.push('\n');
                } else if p.space {
                    p.text.push(' ');
                }
            }
            p.space = false;
            p.breaks = 0;
            // Line and paragraph separators would split the block.
            p.text.push(match c {
                '\u{2028}' | '\u{2029}' | '\u{85}' => ' ',
                c => c,
            });
            if !c.is_whitespace() {
                p.chars += 1;
                p.link_chars += u32::from(self.links > 0);
            }
        }
    }

    /// What `e`'s class and id say, read once per distinct pair on the
    /// page (pages repeat their class names by the hundred).
    fn names(&mut self, e: &Element) -> tokens::Names {
        let class = e.attr(&local_name!("class")).unwrap_or("");
        let id = e.attr(&local_name!("id")).unwrap_or("");
        if class.is_empty() && id.is_empty() {
            return tokens::Names::default();
        }
        if class.len() + id.len() > 256 {
            return tokens::names(e);
        }
        self.key.clear();
        self.key.push_str(class);
        self.key.push('\0');
        self.key.push_str(id);
        if let Some(n) = self.seen_names.get(self.key.as_str()) {
            return *n;
        }
        let n = tokens::names(e);
        self.seen_names.insert(self.key.clone(), n);
        n
    }

    /// Ends the block being gathered, if it holds anything visible.
    fn flush_pending(&mut self) {
        let p = std::mem::take(&mut self.pending);
        let text = p.text.trim_end_matches(char::is_whitespace);
        let text = text.trim_start_matches(char::is_whitespace);
        if !text.chars().any(visible) {
            return;
        }
        let kind = self.kind();
        let out = &mut self.out;
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        let start = out.text.len() as u32;
        out.text.push_str(text);
        out.blocks.push(Block {
            start,
            end: out.text.len() as u32,
            scope: self.scope,
            kind,
            chars: p.chars,
            link_chars: p.link_chars,
        });
    }

    fn kind(&self) -> Kind {
        if self.figures > 0 {
            return Kind::Caption;
        }
        if self.pres > 0 {
            return Kind::Preformatted;
        }
        if self.quotes > 0 {
            return Kind::Quote;
        }
        // The innermost paragraph-level scope decides.
        let mut s = self.scope;
        while s != u32::MAX {
            let scope = &self.out.scopes[s as usize];
            if scope.paragraph {
                return scope.kind;
            }
            s = scope.parent;
        }
        Kind::Other
    }
}

/// The kind of text an element holds directly.
fn tag_kind(tag: Tag) -> Kind {
    if tag & tags::HEADING != 0 {
        Kind::Heading((tag >> tags::HEADING_LEVEL) as u8)
    } else if tag & tags::LIST_ITEM != 0 {
        Kind::ListItem
    } else if tag & tags::CELL != 0 {
        Kind::Cell
    } else if tag & tags::PRE != 0 {
        Kind::Preformatted
    } else if tag & tags::FIGURE != 0 {
        Kind::Caption
    } else if tag & tags::PARAGRAPH != 0 {
        Kind::Paragraph
    } else {
        Kind::Other
    }
}

/// A character that shows: not whitespace, not a control or an invisible format character.
fn visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}
