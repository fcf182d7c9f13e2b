//! The page as a compact tree: html5ever builds it through [`TreeSink`],
//! into one vector of nodes linked by index, with only what extraction
//! reads (tag names, a few attributes, text).
//!
//! Nothing here recurses on the depth of the tree: nodes are linked by
//! index, walked with loops, and dropped as one vector.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{
    ElemName, ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::TokenizerResult;
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, QualName};

use super::depth::DepthLimit;
use super::tags::{self, Tag};

/// A node's index in [`Dom::nodes`].
pub(crate) type Id = u32;

/// No node: the end of a list of children, or no parent.
pub(crate) const NONE: Id = u32::MAX;

/// The attributes extraction reads; every other one is dropped as it is parsed.
const KEPT_ATTRIBUTES: &[LocalName] = &[
    local_name!("id"),
    local_name!("class"),
    local_name!("itemprop"),
    local_name!("itemtype"),
    local_name!("role"),
    local_name!("hidden"),
    local_name!("aria-hidden"),
    local_name!("style"),
    local_name!("type"),
    local_name!("property"),
    local_name!("name"),
    local_name!("content"),
    local_name!("lang"),
    local_name!("href"),
    local_name!("rel"),
    local_name!("datetime"),
    local_name!("charset"),
    local_name!("http-equiv"),
];

/// What an image says of itself, kept on `<img>` only: a block that repeats
/// it is a caption.
const IMAGE_ATTRIBUTES: &[LocalName] = &[local_name!("alt"), local_name!("title")];

/// An element: its name, what it is to extraction, and the attributes kept.
#[derive(Debug)]
pub(crate) struct Element {
    pub name: QualName,
    /// See [`tags`](super::tags); SVG and MathML elements are never text.
    pub tag: Tag,
    pub attrs: Vec<(LocalName, StrTendril)>,
}

impl Element {
    /// The value of attribute `name`, if the element has it.
    pub fn attr(&self, name: &LocalName) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| &**v)
    }

    /// Is this an HTML element named `local`?
    pub fn is(&self, local: &LocalName) -> bool {
        self.name.ns == ns!(html) && self.name.local == *local
    }

    /// An element of SVG or MathML: never text.
    pub fn is_foreign(&self) -> bool {
        self.name.ns != ns!(html)
    }
}

/// What a node holds.
#[derive(Debug)]
pub(crate) enum Data {
    /// The document itself, or a template's contents.
    Document,
    /// An element.
    Element(Box<Element>),
    /// Text, adjacent runs merged.
    Text(String),
    /// A comment, a doctype or a processing instruction: never read.
    Other,
}

/// One node and its links.
#[derive(Debug)]
pub(crate) struct Node {
    pub parent: Id,
    pub first_child: Id,
    pub last_child: Id,
    pub prev: Id,
    pub next: Id,
    pub data: Data,
}

/// The parsed page.
#[derive(Debug)]
pub(crate) struct Dom {
    /// Node 0 is the document.
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Parses `html` as a browser would, broken markup included.
    pub fn parse(html: &str) -> Dom {
        let sink = Sink {
            nodes: RefCell::new(vec![Node::new(Data::Document)]),
        };
        // html5ever's own driver, with the depth cap between its tokenizer
        // and its tree builder.
        let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
        let tokenizer = Tokenizer::new(DepthLimit::new(builder), TokenizerOpts::default());
        let input = BufferQueue::default();
        input.push_back(StrTendril::from(html));
        while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
        tokenizer.end();
        let mut sink = tokenizer.sink.inner.sink;
        Dom {
            nodes: std::mem::take(sink.nodes.get_mut()),
        }
    }

    /// The element at `id`, if it is one.
    #[cfg(test)]
    pub fn element(&self, id: Id) -> Option<&Element> {
        match &self.nodes[id as usize].data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The elements of the page in document order (a loop, not recursion).
    pub fn descendants(&self, root: Id) -> impl Iterator<Item = Id> + '_ {
        let mut next = self.nodes[root as usize].first_child;
        std::iter::from_fn(move || {
            if next == NONE {
                return None;
            }
            let id = next;
            next = self.after(id, root, true);
            Some(id)
        })
    }

    /// The node after `id` in document order within `root`: its first child
    /// when `enter`, else its next sibling or an ancestor's.
    pub fn after(&self, id: Id, root: Id, enter: bool) -> Id {
        let node = &self.nodes[id as usize];
        if enter && node.first_child != NONE {
            return node.first_child;
        }
        let mut at = id;
        loop {
            if at == root {
                return NONE;
            }
            let n = &self.nodes[at as usize];
            if n.next != NONE {
                return n.next;
            }
            at = n.parent;
            if at == NONE {
                return NONE;
            }
        }
    }

    /// The text of `id`'s subtree, as written (for `<title>` and JSON-LD).
    pub fn text_of(&self, id: Id) -> String {
        let mut out = String::new();
        if let Data::Text(t) = &self.nodes[id as usize].data {
            out.push_str(t);
        }
        for d in self.descendants(id) {
            if let Data::Text(t) = &self.nodes[d as usize].data {
                out.push_str(t);
            }
        }
        out
    }
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            data,
        }
    }
}

/// An element's name, handed to the tree builder by value: the nodes sit
/// in a `RefCell`, so no reference into them can be lent out.
#[derive(Debug)]
pub(crate) struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

/// The tree builder's side of the arena.
struct Sink {
    nodes: RefCell<Vec<Node>>,
}

impl Sink {
    fn push(&self, data: Data) -> Id {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        (nodes.len() - 1) as Id
    }

    /// Unlinks `id` from its parent and siblings.
    fn detach(nodes: &mut [Node], id: Id) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next = next;
        } else {
            nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            nodes[next as usize].prev = prev;
        } else {
            nodes[parent as usize].last_child = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    /// Links `id` as the last child of `parent`.
    fn link_last(nodes: &mut [Node], parent: Id, id: Id) {
        Self::detach(nodes, id);
        let last = nodes[parent as usize].last_child;
        {
            let n = &mut nodes[id as usize];
            n.parent = parent;
            n.prev = last;
        }
        if last != NONE {
            nodes[last as usize].next = id;
        } else {
            nodes[parent as usize].first_child = id;
        }
        nodes[parent as usize].last_child = id;
    }

    /// Links `id` right before `sibling`.
    fn link_before(nodes: &mut [Node], sibling: Id, id: Id) {
        Self::detach(nodes, id);
        let (parent, prev) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev)
        };
        {
            let n = &mut nodes[id as usize];
            n.parent = parent;
            n.prev = prev;
            n.next = sibling;
        }
        nodes[sibling as usize].prev = id;
        if prev != NONE {
            nodes[prev as usize].next = id;
        } else if parent != NONE {
            nodes[parent as usize].first_child = id;
        }
    }

    /// Is text inside `parent` never read? The raw text of scripts (but
    /// JSON-LD, which `meta` reads), styles and the fallbacks of frames
    /// and scripts: often most of a page's bytes, never shown, so never
    /// copied into the tree.
    fn unread_text(nodes: &[Node], parent: Id) -> bool {
        let Data::Element(e) = &nodes[parent as usize].data else {
            return false;
        };
        if e.is_foreign() {
            return false;
        }
        match e.name.local {
            local_name!("script") => !e
                .attr(&local_name!("type"))
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")),
            local_name!("style")
            | local_name!("noscript")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes") => true,
            _ => false,
        }
    }

    /// Appends text to the text node at `id`, if it is one.
    fn extend_text(nodes: &mut [Node], id: Id, text: &str) -> bool {
        if id == NONE {
            return false;
        }
        match &mut nodes[id as usize].data {
            Data::Text(t) => {
                t.push_str(text);
                true
            }
            _ => false,
        }
    }
}

impl TreeSink for Sink {
    type Handle = Id;
    type Output = Self;
    type ElemName<'a> = Name;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Id {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a Id) -> Name {
        match &self.nodes.borrow()[*target as usize].data {
            Data::Element(e) => Name(e.name.clone()),
            // The tree builder asks only for elements' names.
            _ => Name(QualName::new(None, ns!(html), local_name!(""))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Id {
        let image = name.local == local_name!("img");
        let attrs = attrs
            .into_iter()
            .filter(|a| {
                a.name.ns == ns!()
                    && (KEPT_ATTRIBUTES.contains(&a.name.local)
                        || image && IMAGE_ATTRIBUTES.contains(&a.name.local))
            })
            .map(|a| (a.name.local, a.value))
            .collect();
        let tag = if name.ns == ns!(html) {
            tags::of(&name.local)
        } else {
            tags::NEVER_TEXT
        };
        let id = self.push(Data::Element(Box::new(Element { name, tag, attrs })));
        if flags.template {
            // A template's contents: a fragment of its own, linked under the
            // template so that it is found, and skipped with it.
            let contents = self.push(Data::Document);
            Self::link_last(&mut self.nodes.borrow_mut(), id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> Id {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Id {
        self.push(Data::Other)
    }

    fn append(&self, parent: &Id, child: NodeOrText<Id>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => Self::link_last(&mut nodes, *parent, id),
            NodeOrText::AppendText(text) => {
                if Self::unread_text(&nodes, *parent) {
                    return;
                }
                let last = nodes[*parent as usize].last_child;
                if !Self::extend_text(&mut nodes, last, &text) {
                    nodes.push(Node::new(Data::Text(text.to_string())));
                    let id = (nodes.len() - 1) as Id;
                    Self::link_last(&mut nodes, *parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &Id, prev_element: &Id, child: NodeOrText<Id>) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Id) -> Id {
        let nodes = self.nodes.borrow();
        let first = nodes[*target as usize].first_child;
        if first != NONE && matches!(nodes[first as usize].data, Data::Document) {
            first
        } else {
            *target
        }
    }

    fn same_node(&self, x: &Id, y: &Id) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Id, child: NodeOrText<Id>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => Self::link_before(&mut nodes, *sibling, id),
            NodeOrText::AppendText(text) => {
                let parent = nodes[*sibling as usize].parent;
                if parent != NONE && Self::unread_text(&nodes, parent) {
                    return;
                }
                let prev = nodes[*sibling as usize].prev;
                if !Self::extend_text(&mut nodes, prev, &text) {
                    nodes.push(Node::new(Data::Text(text.to_string())));
                    let id = (nodes.len() - 1) as Id;
                    Self::link_before(&mut nodes, *sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &Id, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Data::Element(e) = &mut nodes[*target as usize].data {
            for a in attrs {
                if a.name.ns == ns!()
                    && KEPT_ATTRIBUTES.contains(&a.name.local)
                    && e.attr(&a.name.local).is_none()
                {
                    e.attrs.push((a.name.local, a.value));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Id) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &Id, new_parent: &Id) {
        let mut nodes = self.nodes.borrow_mut();
        loop {
            let child = nodes[*node as usize].first_child;
            if child == NONE {
                break;
            }
            Self::link_last(&mut nodes, *new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(dom: &Dom) -> Vec<String> {
        dom.descendants(0)
            .filter_map(|id| dom.element(id).map(|e| e.name.local.to_string()))
            .collect()
    }

    #[test]
    fn broken_markup_is_parsed_as_a_browser_does() {
        let dom = Dom::parse("<p>Un <b>deux<p>trois</b> quatre");
        assert_eq!(tags(&dom), ["html", "head", "body", "p", "b", "p", "b"]);
        assert_eq!(dom.text_of(0), "Un deuxtrois quatre");
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let html = "<div>".repeat(100_000) + "fin" + &"</div>".repeat(100_000) + "<p>après</p>";
        let dom = Dom::parse(&html);
        assert_eq!(dom.text_of(0), "finaprès");
        // Nesting stops at the cap; the text is all there.
        let depth = |mut id: Id| {
            let mut d = 0;
            while id != NONE {
                id = dom.nodes[id as usize].parent;
                d += 1;
            }
            d
        };
        let deepest = (0..dom.nodes.len() as Id).map(depth).max().unwrap();
        assert!(deepest <= super::super::depth::MAX_DEPTH + 4, "{deepest}");
    }

    #[test]
    fn script_and_style_text_is_not_kept_but_json_ld_is() {
        let dom = Dom::parse(
            "<head><style>p { color: red }</style><script>var big = 1;</script>\
             <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>\
             <body><noscript>Activez JavaScript</noscript><p>Le texte.</p></body>",
        );
        assert_eq!(dom.text_of(0), "{\"@type\":\"NewsArticle\"}Le texte.");
    }

    #[test]
    fn only_the_attributes_read_are_kept() {
        let dom = Dom::parse("<div class=\"a b\" data-x=\"1\" onclick=\"f()\" id=\"z\">t</div>");
        let div = dom
            .descendants(0)
            .find(|&id| dom.element(id).is_some_and(|e| e.is(&local_name!("div"))))
            .unwrap();
        let e = dom.element(div).unwrap();
        assert_eq!(e.attrs.len(), 2);
        assert_eq!(e.attr(&local_name!("class")), Some("a b"));
    }
}
