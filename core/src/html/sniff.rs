//! Is a text an HTML page? Only on strong evidence: it opens (after a
//! byte-order mark, whitespace, comments or an XML declaration) with a
//! doctype, `<html`, `<head` or `<body`, or markup plainly structures it
//! (a fragment opening with a block element and closing it, or many known
//! tags). Plain text holding a stray `<b>` or `a < b` stays text.

/// Elements that open a fragment of a page: a feed item's
/// `content:encoded`, an archived article body.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "article",
    "section",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "figure",
    "blockquote",
    "header",
    "nav",
    "aside",
    "footer",
    "form",
    "pre",
    "dl",
    "center",
    "font",
    "span",
    "a",
    "img",
    "meta",
    "link",
    "title",
    "script",
    "style",
];

/// Further names counted as markup when they appear as tags.
const INLINE_TAGS: &[&str] = &[
    "b",
    "i",
    "em",
    "strong",
    "br",
    "li",
    "td",
    "tr",
    "th",
    "tbody",
    "thead",
    "small",
    "sup",
    "sub",
    "u",
    "hr",
    "input",
    "button",
    "label",
    "option",
    "select",
    "iframe",
    "noscript",
    "svg",
    "path",
    "time",
    "figcaption",
    "picture",
    "source",
    "video",
    "abbr",
    "cite",
    "code",
    "dd",
    "dt",
];

/// With this many known tags or more…
const DOMINANT_TAGS: usize = 8;
/// …making up at least this share of the bytes, markup dominates.
const DOMINANT_SHARE: f64 = 0.15;

/// Does `text` look like an HTML page or fragment?
pub(crate) fn is_html(text: &str) -> bool {
    let rest = skip_prologue(text);
    let lower: String = rest
        .chars()
        .take(10)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["<!doctype", "<html", "<head", "<body"]
        .iter()
        .any(|p| lower.starts_with(p) && boundary_after(&lower, p))
    {
        return true;
    }
    if rest.starts_with("<!--") {
        return true; // a comment that never closes
    }
    let (tags, markup_bytes, first, closed) = scan(rest);
    let opens_with_block = first.is_some_and(|f| BLOCK_TAGS.contains(&f.as_str()));
    (opens_with_block && closed)
        || (tags >= DOMINANT_TAGS && markup_bytes as f64 >= DOMINANT_SHARE * text.len() as f64)
}

fn boundary_after(lower: &str, prefix: &str) -> bool {
    prefix == "<!doctype"
        || lower[prefix.len()..]
            .chars()
            .next()
            .map_or(true, |c| c == '>' || c == '/' || c.is_ascii_whitespace())
}

/// Skips a byte-order mark, whitespace, complete comments and an XML declaration.
fn skip_prologue(text: &str) -> &str {
    let mut rest = text.trim_start_matches('\u{FEFF}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("<!--") {
            match after.find("-->") {
                Some(end) => rest = &after[end + 3..],
                None => return rest,
            }
        } else if rest.starts_with("<?xml") {
            match rest.find("?>") {
                Some(end) => rest = &rest[end + 2..],
                None => return rest,
            }
        } else {
            return rest;
        }
    }
}

/// Known tags in `text`: how many, how many bytes they take, the name of the
/// first one if the text opens with it, and whether that one is closed.
fn scan(text: &str) -> (usize, usize, Option<String>, bool) {
    let bytes = text.as_bytes();
    let (mut tags, mut markup) = (0, 0);
    let mut first: Option<String> = None;
    let mut closed = false;
    let mut i = 0;
    while let Some(k) = text[i..].find('<') {
        i += k;
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_at = i + 1 + usize::from(closing);
        let name_len = bytes[name_at.min(bytes.len())..]
            .iter()
            .take(12)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let after = bytes.get(name_at + name_len).copied();
        let name = text[name_at.min(text.len())..name_at + name_len].to_ascii_lowercase();
        let known = name_len > 0
            && (BLOCK_TAGS.contains(&name.as_str()) || INLINE_TAGS.contains(&name.as_str()))
            && matches!(after, Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'));
        if !known {
            i += 1;
            continue;
        }
        let end = text[i..].find('>').map_or(bytes.len(), |e| i + e + 1);
        if i == 0 && !closing {
            first = Some(name.clone());
        } else if closing && first.as_deref() == Some(name.as_str()) {
            closed = true;
        }
        tags += 1;
        markup += end - i;
        i = end;
    }
    (tags, markup, first, closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_fragments_are_html() {
        for page in [
            "<!DOCTYPE html><html><body><p>Bonjour</p>",
            "\u{FEFF}  <!-- généré --> <html lang=fr>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"><html>",
            "<HEAD><TITLE>Vieux site</TITLE>",
            "<body>",
            "<p>Le conseil a voté le budget.</p><p>Les écoles seront rénovées.</p>",
            "<div class=\"article\">Texte</div>",
            "<!-- un commentaire qui ne se ferme jamais",
        ] {
            assert!(is_html(page), "{page:?}");
        }
    }

    #[test]
    fn text_with_stray_markup_stays_text() {
        for text in [
            "Le conseil a voté le budget.",
            "Si a < b et b > c, alors a < c.",
            "Il a écrit <b>attention</b> en gras dans son message.",
            "<b>Attention</b> : la route est coupée.",
            "<p> sans fin de balise, dit le manuel",
            "Les balises <html> et <body> ouvrent une page, explique le cours.",
            "",
        ] {
            assert!(!is_html(text), "{text:?}");
        }
    }
}
