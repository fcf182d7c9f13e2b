//! `Summary._repr_html_`: the article in a notebook, chosen sentences highlighted.

use std::fmt::Write;

/// The input, HTML-escaped (it is untrusted), with each chosen sentence in a
/// `<mark>` followed by its score, under a one-line header.
pub fn render(input: &str, summary: &abrege::Summary) -> String {
    let mut out = String::with_capacity(input.len() + 512 + 160 * summary.sentences.len());
    out.push_str("<div class=\"abrege-summary\">");
    out.push_str("<div style=\"font-family:sans-serif;margin-bottom:0.5em\"><b>Summary</b>");
    let _ = write!(
        out,
        " · {} of {} sentences · language <code>{}</code> ({:.0}%)",
        summary.sentences.len(),
        summary.sentence_count,
        escape(&summary.language),
        summary.language_confidence * 100.0
    );
    if let Some(title) = &summary.title {
        let _ = write!(out, " · title: <i>{}</i>", escape(title));
    }
    out.push_str("</div><div style=\"white-space:pre-wrap;line-height:1.5\">");
    let mut pos = 0;
    for s in &summary.sentences {
        // Offsets come from the core; a span that does not fit is skipped, not a panic.
        let (Some(before), Some(sentence)) = (input.get(pos..s.start), input.get(s.start..s.end))
        else {
            continue;
        };
        out.push_str(&escape(before));
        let _ = write!(
            out,
            "<mark style=\"background:#ffe97a\" title=\"sentence {} · score {:.3}\">{}</mark>\
             <sup style=\"color:#8a6d00;font-family:monospace\">[{:.2}]</sup>",
            s.index,
            s.score,
            escape(sentence),
            s.score
        );
        pos = s.end;
    }
    out.push_str(&escape(input.get(pos..).unwrap_or_default()));
    out.push_str("</div></div>");
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
