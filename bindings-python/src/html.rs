//! `_repr_html_` of `Summary` and `Cleaned`: what a notebook shows.
//!
//! A summary's view is the page as written, in order: the chosen sentences
//! highlighted with their scores, what the cleaning stage drops dimmed with
//! its reason on hover (runs of it folded when long), the page's headline in
//! bold, and the keywords above. A cleaned page's view is its blocks in page
//! order, kept ones plain, dropped ones dimmed the same way.
//!
//! Every piece of text is escaped: pages are untrusted. A view shows at most
//! [`MAX_VIEW_CHARS`] characters of the page and says so when it cuts.

use std::fmt::Write;

use crate::clean::reason_name;

/// A view shows at most this many characters of the page (200,000, about
/// 200 KB of text), then a note that says how much was left out. The chosen
/// sentences are always shown whole: those past the cut are listed after
/// the note.
pub const MAX_VIEW_CHARS: usize = 200_000;
/// ... and at most this many highlighted or dropped spans (blocks, in a
/// cleaned page's view), so that the markup around them stays within a few
/// hundred kilobytes too.
pub const MAX_VIEW_SPANS: usize = 1_000;

/// A run of dropped spans is folded into a `<details>` when it holds more than
/// this many characters...
const FOLD_CHARS: usize = 280;
/// ... or more than this many lines.
const FOLD_LINES: usize = 3;

const ROOT_STYLE: &str = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;\
                          line-height:1.5;max-width:52em";
const HEADER_STYLE: &str = "margin-bottom:0.3em";
const PAGE_STYLE: &str = "white-space:pre-wrap;word-break:normal;overflow-wrap:break-word;\
                          font-family:inherit;font-size:inherit;line-height:inherit;\
                          color:inherit;background:none;border:none;\
                          border-left:3px solid #d8d8d8;border-radius:0;\
                          margin:0.4em 0 0 0;padding:0 0 0 0.8em;overflow:visible";
const MARK_STYLE: &str = "background:#ffe97a;color:#1a1a1a;padding:0 1px;border-radius:2px";
const SCORE_STYLE: &str = "color:#8a6d00;font-family:monospace;font-size:75%";
const DROPPED_STYLE: &str = "color:#9a9a9a;font-size:90%";
const HEADLINE_STYLE: &str = "font-weight:bold;font-size:1.15em";
const FOLD_STYLE: &str = "color:#9a9a9a;font-size:90%;display:block";
const FOLD_SUMMARY_STYLE: &str = "cursor:pointer;font-style:italic;white-space:normal";
const NOTE_STYLE: &str = "margin-top:0.6em;padding:0.3em 0.6em;background:#fdecea;\
                          color:#6b1d1a;border-radius:3px";
const KEYWORD_STYLE: &str = "display:inline-block;padding:0 0.45em;margin:0 0.25em 0.2em 0;\
                             border-radius:0.8em;color:#13324a";

/// The view of a summary of `input`: the header, the keywords, then the page.
///
/// The dropped spans are found here, by the core's cleaning stage in the
/// summary's language, rather than kept in every summary.
pub fn summary(input: &str, summary: &abrege::Summary) -> String {
    let cleaned = abrege::clean::clean(input, &summary.language);
    let page = SummaryPage::new(input, summary, &cleaned);
    let mut out = String::with_capacity(page.cut + 4096);
    let _ = write!(out, "<div class=\"abrege-summary\" style=\"{ROOT_STYLE}\">");
    summary_header(&mut out, summary);
    keywords(&mut out, &summary.keywords);
    legend(&mut out, true, page.reasons());
    open_page(&mut out, "abrege-page");
    page.render(&mut out);
    out.push_str("</pre>");
    page.note(&mut out);
    out.push_str("</div>");
    out
}

/// The view of a cleaned page: its blocks in page order, the dropped ones
/// dimmed with their reasons, the headline in bold.
pub fn cleaned(
    language: &str,
    title: Option<&str>,
    kept: &[(usize, &str)],
    dropped: &[(usize, &str, &str)],
) -> String {
    // The blocks in page order; a kept block has no reason.
    let mut blocks: Vec<(usize, &str, Option<&str>)> = kept
        .iter()
        .map(|&(start, text)| (start, text, None))
        .chain(dropped.iter().map(|&(s, t, r)| (s, t, Some(r))))
        .collect();
    blocks.sort_by_key(|b| b.0);

    let mut out = String::new();
    let _ = write!(out, "<div class=\"abrege-cleaned\" style=\"{ROOT_STYLE}\">");
    let _ = write!(
        out,
        "<div class=\"abrege-header\" style=\"{HEADER_STYLE}\"><b>abrege · cleaned page</b> \
         · language <code>{}</code> · {} kept ({} characters) · {} dropped",
        escape(language),
        kept.len(),
        thousands(kept.iter().map(|k| k.1.chars().count()).sum()),
        dropped.len(),
    );
    if let Some(title) = title {
        let _ = write!(
            out,
            " · title: <i class=\"abrege-title\">{}</i>",
            escape(title)
        );
    }
    out.push_str("</div>");
    legend(&mut out, false, count_reasons(dropped.iter().map(|d| d.2)));
    open_page(&mut out, "abrege-page");

    let mut shown = 0;
    let mut hidden = 0;
    // After a folded run, the line break that ends it sits inside the fold.
    let mut after_block = false;
    let mut i = 0;
    while i < blocks.len() {
        if shown >= MAX_VIEW_CHARS || i >= MAX_VIEW_SPANS {
            hidden = blocks.len() - i;
            break;
        }
        if i > 0 {
            out.push_str(if after_block { "\n" } else { "\n\n" });
        }
        after_block = false;
        let (_, text, reason) = blocks[i];
        match reason {
            None => {
                let text = clip(text, MAX_VIEW_CHARS - shown);
                shown += text.chars().count();
                let _ = write!(out, "<span class=\"abrege-kept\">{}</span>", escape(text));
                i += 1;
            }
            Some(_) => {
                // A run: the dropped blocks up to the next kept one (or headline).
                let mut run = Vec::new();
                while let Some(&(_, text, Some(reason))) = blocks.get(i) {
                    let full = shown >= MAX_VIEW_CHARS || i >= MAX_VIEW_SPANS;
                    if (reason == "title" && !run.is_empty()) || full {
                        break;
                    }
                    let text = clip(text, MAX_VIEW_CHARS - shown);
                    shown += text.chars().count();
                    run.push(Piece {
                        before: if run.is_empty() { "" } else { "\n\n" },
                        text,
                        reason,
                    });
                    i += 1;
                    if reason == "title" {
                        break;
                    }
                }
                let tail = if i < blocks.len() { "\n" } else { "" };
                after_block = dropped_run(&mut out, &run, tail) > 0;
            }
        }
    }
    out.push_str("</pre>");
    if hidden > 0 {
        let total: usize = blocks.iter().map(|b| b.1.chars().count()).sum();
        let _ = write!(
            out,
            "<div class=\"abrege-truncated\" style=\"{NOTE_STYLE}\">The page's blocks hold \
             {} characters; this view shows the first {} (a view stops at {} characters or {} \
             blocks). {} not shown; <code>kept</code> and <code>dropped</code> hold them \
             all.</div>",
            thousands(total),
            thousands(shown),
            thousands(MAX_VIEW_CHARS),
            thousands(MAX_VIEW_SPANS),
            plural(hidden, "more block is", "more blocks are"),
        );
    }
    out.push_str("</div>");
    out
}

/// What a summary's view shows of the page: its pieces in order, up to the cut.
struct SummaryPage<'a> {
    input: &'a str,
    summary: &'a abrege::Summary,
    /// The page's dropped spans that hold no chosen sentence, in order.
    dropped: Vec<(usize, usize, String)>,
    /// The chosen sentences' byte spans and indices into `summary.sentences`.
    marks: Vec<(usize, usize, usize)>,
    /// Byte offset where the view stops.
    cut: usize,
}

impl<'a> SummaryPage<'a> {
    fn new(
        input: &'a str,
        summary: &'a abrege::Summary,
        cleaned: &abrege::clean::Cleaned,
    ) -> SummaryPage<'a> {
        // Offsets come from the core; a span that does not fit is skipped, not a panic.
        let mut marks: Vec<_> = summary
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.start < s.end && input.get(s.start..s.end).is_some())
            .map(|(i, s)| (s.start, s.end, i))
            .collect();
        marks.sort_unstable();
        marks.dedup_by(|b, a| b.0 < a.1);
        // A summary made with `clean=False` may hold a sentence the cleaning
        // stage drops: the sentence is shown, not the verdict. Both lists are
        // in page order, so one pass finds the overlaps.
        let mut next = 0;
        let dropped: Vec<_> = cleaned
            .dropped
            .iter()
            .filter(|d| d.span.start < d.span.end && input.get(d.span.start..d.span.end).is_some())
            .filter(|d| {
                while marks.get(next).is_some_and(|m| m.1 <= d.span.start) {
                    next += 1;
                }
                marks.get(next).is_none_or(|m| m.0 >= d.span.end)
            })
            .map(|d| (d.span.start, d.span.end, reason_name(d.reason)))
            .collect();
        let mut cut = input
            .char_indices()
            .nth(MAX_VIEW_CHARS)
            .map_or(input.len(), |(i, _)| i);
        // The start of the first span past the budget, marks and drops merged.
        let (mut m, mut d) = (0, 0);
        while m + d < MAX_VIEW_SPANS && (m < marks.len() || d < dropped.len()) {
            match (marks.get(m), dropped.get(d)) {
                (Some(a), Some(b)) if a.0 < b.0 => m += 1,
                (_, Some(_)) => d += 1,
                _ => m += 1,
            }
        }
        let next = [marks.get(m).map(|a| a.0), dropped.get(d).map(|b| b.0)];
        if let Some(start) = next.into_iter().flatten().min() {
            cut = cut.min(start);
        }
        // A sentence across the cut is shown whole after the note, not cut.
        if let Some(m) = marks.iter().find(|m| m.0 < cut && cut < m.1) {
            cut = m.0;
        }
        SummaryPage {
            input,
            summary,
            dropped,
            marks,
            cut,
        }
    }

    /// The reasons of the dropped spans, for the legend.
    fn reasons(&self) -> Vec<(&str, usize)> {
        count_reasons(self.dropped.iter().map(|d| d.2.as_str()))
    }

    /// Writes the page up to the cut: plain text, marks, and runs of dropped spans.
    fn render(&self, out: &mut String) {
        let input = self.input;
        let mut pos = 0;
        let (mut m, mut d) = (0, 0);
        loop {
            let next_mark = self.marks.get(m).copied();
            let next_drop = self.dropped.get(d).map(|x| (x.0, x.1));
            let start = match (next_mark, next_drop) {
                (None, None) => break,
                (Some(a), None) => a.0,
                (None, Some(b)) => b.0,
                (Some(a), Some(b)) => a.0.min(b.0),
            };
            if start >= self.cut {
                break;
            }
            out.push_str(&escape(&input[pos..start]));
            if next_mark.is_some_and(|a| a.0 == start) {
                let (s, e, i) = self.marks[m];
                mark(out, &input[s..e], &self.summary.sentences[i]);
                pos = e;
                m += 1;
                continue;
            }
            // A run of dropped spans: those that only whitespace separates.
            let mut run = Vec::new();
            let mut end = start;
            while let Some((s, e, reason)) = self.dropped.get(d) {
                let (s, e, reason) = (*s, *e, reason.as_str());
                let before = &input[end..s];
                let joins = run.is_empty() || before.trim().is_empty();
                let title = reason == "title";
                let next_is_mark = self.marks.get(m).is_some_and(|a| a.0 < e);
                if !joins || s >= self.cut || next_is_mark || (title && !run.is_empty()) {
                    break;
                }
                let e = e.min(self.cut.max(s));
                run.push(Piece {
                    before,
                    text: &input[s..e],
                    reason,
                });
                end = e;
                d += 1;
                if title {
                    break;
                }
            }
            // A folded run is a block: the line break after it goes inside,
            // where it makes no empty line.
            let after = &input[end..self.cut.max(end)];
            let tail = if after.starts_with("\r\n") {
                "\r\n"
            } else if after.starts_with('\n') {
                "\n"
            } else {
                ""
            };
            pos = end + dropped_run(out, &run, tail);
        }
        if pos < self.cut {
            out.push_str(&escape(&input[pos..self.cut]));
        }
    }

    /// After the page: the note that it was cut, and the sentences past the cut.
    fn note(&self, out: &mut String) {
        if self.cut >= self.input.len() {
            return;
        }
        let beyond: Vec<_> = self.marks.iter().filter(|m| m.0 >= self.cut).collect();
        let hidden_drops = self.dropped.iter().filter(|d| d.0 >= self.cut).count();
        let _ = write!(
            out,
            "<div class=\"abrege-truncated\" style=\"{NOTE_STYLE}\">The page is {} characters \
             long; this view shows its first {} characters (a view stops at {} characters or \
             {} highlighted and dropped spans).",
            thousands(self.input.chars().count()),
            thousands(self.input[..self.cut].chars().count()),
            thousands(MAX_VIEW_CHARS),
            thousands(MAX_VIEW_SPANS),
        );
        if hidden_drops > 0 {
            let _ = write!(
                out,
                " {} not shown.",
                plural(
                    hidden_drops,
                    "more dropped span is",
                    "more dropped spans are"
                )
            );
        }
        if beyond.is_empty() {
            out.push_str("</div>");
            return;
        }
        // The sentences past the cut get as much room again, no more: a
        // summary can be as large as its page.
        let mut room = MAX_VIEW_CHARS;
        let mut shown = Vec::new();
        for &&(s, e, i) in &beyond {
            if room == 0 || shown.len() == MAX_VIEW_SPANS {
                break;
            }
            let text = clip(&self.input[s..e], room);
            room -= text.chars().count();
            shown.push((text, e - s > text.len(), i));
        }
        let _ = write!(
            out,
            " {}",
            plural(
                beyond.len(),
                "chosen sentence lies further on; here it is",
                "chosen sentences lie further on; here they are"
            )
        );
        if shown.len() < beyond.len() || shown.iter().any(|s| s.1) {
            let _ = write!(
                out,
                ", cut at {} characters or {} sentences (<code>sentences</code> holds them all)",
                thousands(MAX_VIEW_CHARS),
                thousands(MAX_VIEW_SPANS)
            );
        }
        out.push_str(".</div>");
        open_page(out, "abrege-beyond");
        for (k, &(text, clipped, i)) in shown.iter().enumerate() {
            if k > 0 {
                out.push_str(" … ");
            }
            mark(out, text, &self.summary.sentences[i]);
            if clipped {
                out.push_str(" […]");
            }
        }
        out.push_str("</pre>");
    }
}

/// Opens the element that holds a page's text, closed by `</pre>`.
///
/// A `<pre>`, not a `<div>` styled `pre-wrap`: exporters that parse the HTML
/// again (nbconvert, through BeautifulSoup) squeeze the whitespace between two
/// tags anywhere else, and the page's line breaks are its layout. HTML drops
/// one line break right after `<pre>`: this is it.
fn open_page(out: &mut String, class: &str) {
    let _ = writeln!(out, "<pre class=\"{class}\" style=\"{PAGE_STYLE}\">");
}

/// One dropped span of a run, and the text between it and the previous one.
struct Piece<'a> {
    before: &'a str,
    text: &'a str,
    reason: &'a str,
}

/// Writes a run of dropped spans: inline when short, folded when long.
/// The headline is a run of its own, in bold. A folded run is a block, and
/// `tail`, the line break after the run, goes inside it; returns the bytes
/// of `tail` written.
fn dropped_run(out: &mut String, run: &[Piece<'_>], tail: &str) -> usize {
    let Some(first) = run.first() else {
        return 0;
    };
    if first.reason == "title" {
        let _ = write!(
            out,
            "<span class=\"abrege-dropped abrege-headline\" data-reason=\"title\" \
             title=\"{}\" style=\"{HEADLINE_STYLE}\">{}</span>",
            escape(&hover("title")),
            escape(first.text)
        );
        return 0;
    }
    let chars: usize = run.iter().map(|p| p.text.chars().count()).sum();
    let lines: usize = run.len()
        + run
            .iter()
            .map(|p| p.text.matches('\n').count())
            .sum::<usize>();
    // The run's wrapper dims it; each span inside names its reason.
    let fold = chars > FOLD_CHARS || lines > FOLD_LINES;
    if fold {
        let reasons = count_reasons(run.iter().map(|p| p.reason))
            .iter()
            .map(|(r, n)| format!("{r} ×{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(
            out,
            "<details class=\"abrege-fold\" style=\"{FOLD_STYLE}\">\
             <summary style=\"{FOLD_SUMMARY_STYLE}\">dropped: {} spans, {} characters ({})</summary>",
            run.len(),
            thousands(chars),
            escape(&reasons)
        );
    } else {
        let _ = write!(out, "<span class=\"abrege-run\" style=\"{DROPPED_STYLE}\">");
    }
    for p in run {
        out.push_str(&escape(p.before));
        let _ = write!(
            out,
            "<span class=\"abrege-dropped\" data-reason=\"{}\" title=\"{}\">{}</span>",
            escape(p.reason),
            escape(&hover(p.reason)),
            escape(p.text)
        );
    }
    if fold {
        out.push_str(tail);
        out.push_str("</details>");
        tail.len()
    } else {
        out.push_str("</span>");
        0
    }
}

/// Writes a chosen sentence, highlighted, and its score.
fn mark(out: &mut String, text: &str, s: &abrege::Sentence) {
    let mut features = String::new();
    if let Some(words) = s.expected_words {
        let _ = write!(features, " · expected summary words {words:.1}");
    }
    for (name, value) in s.features.iter() {
        let _ = write!(features, " · {name} {value:.2}");
    }
    let _ = write!(
        out,
        "<mark class=\"abrege-sentence\" data-index=\"{}\" data-score=\"{}\" \
         title=\"sentence {} · score {:.3}{}\" style=\"{MARK_STYLE}\">{}</mark>\
         <sup class=\"abrege-score\" style=\"{SCORE_STYLE}\">[{:.2}]</sup>",
        s.index,
        s.score,
        s.index,
        s.score,
        escape(&features),
        escape(text),
        s.score
    );
}

/// The one-line header of a summary's view.
fn summary_header(out: &mut String, summary: &abrege::Summary) {
    let _ = write!(
        out,
        "<div class=\"abrege-header\" style=\"{HEADER_STYLE}\"><b>abrege · summary</b> \
         · {} of {} sentences · language <code>{}</code> ({:.0}%)",
        summary.sentences.len(),
        summary.sentence_count,
        escape(&summary.language),
        summary.language_confidence * 100.0
    );
    if let Some(title) = &summary.title {
        let _ = write!(
            out,
            " · title: <i class=\"abrege-title\">{}</i>",
            escape(title)
        );
    }
    out.push_str("</div>");
}

/// The keywords, as chips shaded by weight.
fn keywords(out: &mut String, keywords: &[abrege::Keyword]) {
    if keywords.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<div class=\"abrege-keywords\" style=\"{HEADER_STYLE}\">keywords: "
    );
    for k in keywords {
        let alpha = 0.12 + 0.5 * k.weight.clamp(0.0, 1.0);
        let _ = write!(
            out,
            "<span class=\"abrege-keyword\" data-weight=\"{:.3}\" title=\"weight {:.2}\" \
             style=\"{KEYWORD_STYLE};background:rgba(70,140,200,{alpha:.2})\">{}</span>",
            k.weight,
            k.weight,
            escape(&k.term)
        );
    }
    out.push_str("</div>");
}

/// The legend: what the highlight (in a summary's view) and the dimmed text
/// mean, and how many spans each reason dropped.
fn legend(out: &mut String, marks: bool, reasons: Vec<(&str, usize)>) {
    out.push_str("<div class=\"abrege-legend\" style=\"font-size:85%;color:#777\">");
    if marks {
        let _ = write!(
            out,
            "<mark style=\"{MARK_STYLE}\">chosen sentence</mark>\
             <sup style=\"{SCORE_STYLE}\">[score]</sup> · "
        );
    } else {
        out.push_str("kept blocks in plain text · ");
    }
    if reasons.is_empty() {
        out.push_str("the cleaning stage drops nothing</div>");
        return;
    }
    let counts = reasons
        .iter()
        .map(|(r, n)| format!("{r} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(
        out,
        "<span style=\"{DROPPED_STYLE}\">dropped by the cleaning stage</span> \
         (hover for the reason): {}</div>",
        escape(&counts)
    );
}

/// How many times each reason occurs, most frequent first, then by name.
fn count_reasons<'r>(reasons: impl Iterator<Item = &'r str>) -> Vec<(&'r str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for r in reasons {
        match counts.iter_mut().find(|c| c.0 == r) {
            Some(c) => c.1 += 1,
            None => counts.push((r, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
}

/// What a reason means, for the hover text.
fn hover(reason: &str) -> String {
    let meaning = match reason {
        "title" => "the page's headline, reported as the title, not a sentence to pick",
        "menu" => "a navigation menu",
        "ticker" => "a ticker: headlines joined on one line",
        "teaser" => "another article's title or excerpt, or a \"Lire aussi\" line",
        "widget" => "a button, form, notice or list heading",
        "credit" => "a photo credit",
        "byline" => "a byline, a date line or a breadcrumb",
        "caption" => "an image caption or alt text",
        "heading" => "a section heading inside the article",
        "boilerplate" => "prose outside the article",
        _ => return format!("dropped: {reason}"),
    };
    format!("dropped: {reason} ({meaning})")
}

/// At most `max` characters of `text`.
fn clip(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// `n` and the words that go with it: "1 block is", "2 blocks are".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `n` with a comma every three digits: 4,600,000.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Escapes the five characters that matter in HTML text and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
