//! Bytes to text: the page's charset from its byte-order mark, then from a
//! `<meta charset>` or `http-equiv` declaration near its start, else UTF-8;
//! decoded by `encoding_rs`, malformed bytes becoming U+FFFD. Never fails.
//!
//! One exception to the declaration: bytes that are valid UTF-8 and hold
//! characters beyond ASCII are UTF-8 whatever the page declares. A page in
//! Windows-1252 or another legacy charset is almost never valid UTF-8
//! (an accented letter is one byte there, and a lone byte above 0x7F is
//! malformed UTF-8), whereas a crawl's or an archive's copy that was
//! re-encoded to UTF-8 often keeps its original `<meta charset>`: read as
//! declared, every accented letter of it would turn into two wrong ones.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a charset declaration is looked for. The HTML
/// standard's prescan reads 1,024 bytes; pages that declare their charset
/// after a long head of scripts are common enough to read a little more.
const PRESCAN_BYTES: usize = 4096;

/// Decodes an HTML page: the charset of its byte-order mark, else of its
/// `<meta>` declaration unless the bytes are plainly UTF-8 (see the module's
/// note), else UTF-8. Returns the text and the encoding's name.
pub(crate) fn decode_html(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    let (encoding, skip) = match Encoding::for_bom(bytes) {
        Some((e, n)) => (e, n),
        None => match declared(bytes) {
            Some(e) if e != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() => {
                (UTF_8, 0)
            }
            declared => (declared.unwrap_or(UTF_8), 0),
        },
    };
    decode(encoding, &bytes[skip..])
}

/// Decodes plain text: the charset of its byte-order mark, else UTF-8.
pub(crate) fn decode_text(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    match Encoding::for_bom(bytes) {
        Some((e, n)) => decode(e, &bytes[n..]),
        None => decode(UTF_8, bytes),
    }
}

fn decode<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> (Cow<'a, str>, &'static str) {
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    (text, encoding.name())
}

/// The charset a `<meta>` near the start of the page declares, as the HTML
/// standard's prescan reads it: `<meta charset=…>`, or `<meta
/// http-equiv="content-type" content="…; charset=…">`. Comments are
/// skipped. A declared UTF-16 means UTF-8 (the bytes were not UTF-16, or a
/// byte-order mark would have said so), and x-user-defined Windows-1252.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut i = 0;
    while let Some(k) = head[i..].iter().position(|&b| b == b'<') {
        i += k;
        let rest = &head[i..];
        if rest.starts_with(b"<!--") {
            match find(&rest[4..], b"-->") {
                Some(end) => i += 4 + end + 3,
                None => return None,
            }
            continue;
        }
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        i += end.max(1);
        if tag.len() > 5 && tag[1..5].eq_ignore_ascii_case(b"meta") && is_space(tag[5]) {
            if let Some(e) = meta_charset(&tag[5..]) {
                return Some(match e.name() {
                    "UTF-16LE" | "UTF-16BE" => UTF_8,
                    "x-user-defined" => WINDOWS_1252,
                    _ => e,
                });
            }
        }
    }
    None
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | b'/')
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The encoding named by the attributes of one `<meta` tag.
fn meta_charset(attrs: &[u8]) -> Option<&'static Encoding> {
    let mut charset = None;
    let mut content = None;
    let mut http_equiv_content_type = false;
    for (name, value) in attributes(attrs) {
        if name.eq_ignore_ascii_case(b"charset") {
            charset = charset.or(Encoding::for_label(value.trim_ascii()));
        } else if name.eq_ignore_ascii_case(b"http-equiv") {
            http_equiv_content_type |= value.trim_ascii().eq_ignore_ascii_case(b"content-type");
        } else if name.eq_ignore_ascii_case(b"content") {
            content = Some(value);
        }
    }
    charset.or_else(|| {
        let content = content.filter(|_| http_equiv_content_type)?;
        charset_in_content(content)
    })
}

/// `text/html; charset=ISO-8859-1` → ISO-8859-1.
fn charset_in_content(content: &[u8]) -> Option<&'static Encoding> {
    let lower = content.to_ascii_lowercase();
    let at = find(&lower, b"charset")?;
    let rest = content[at + 7..].trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// The `name=value` pairs of a tag's attributes (quoted or not).
fn attributes(mut s: &[u8]) -> Vec<(&[u8], &[u8])> {
    let mut out = Vec::new();
    loop {
        s = s.trim_ascii_start();
        while let Some(rest) = s.strip_prefix(b"/") {
            s = rest.trim_ascii_start();
        }
        if s.is_empty() {
            return out;
        }
        let name_end = s
            .iter()
            .position(|&b| b == b'=' || b.is_ascii_whitespace() || b == b'/')
            .unwrap_or(s.len());
        let name = &s[..name_end.max(1).min(s.len())];
        s = s[name.len()..].trim_ascii_start();
        let Some(rest) = s.strip_prefix(b"=") else {
            out.push((name, &b""[..]));
            continue;
        };
        s = rest.trim_ascii_start();
        let value;
        match s.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let end = s[1..]
                    .iter()
                    .position(|&b| b == q)
                    .map_or(s.len(), |e| e + 1);
                value = &s[1..end];
                s = &s[(end + 1).min(s.len())..];
            }
            _ => {
                let end = s
                    .iter()
                    .position(|b| b.is_ascii_whitespace())
                    .unwrap_or(s.len());
                value = &s[..end];
                s = &s[end..];
            }
        }
        out.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(bytes: &[u8]) -> &'static str {
        decode_html(bytes).1
    }

    #[test]
    fn the_charset_comes_from_the_bom_then_the_meta_then_utf8() {
        assert_eq!(name(b"\xEF\xBB\xBF<meta charset=windows-1252>"), "UTF-8");
        assert_eq!(name(b"\xFF\xFE<\0p\0>\0"), "UTF-16LE");
        assert_eq!(
            name(b"<meta charset=\"iso-8859-1\"><p>caf\xE9"),
            "windows-1252"
        );
        assert_eq!(
            name(b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-15\">"),
            "ISO-8859-15"
        );
        assert_eq!(
            name(b"<meta content='text/html;charset=koi8-r' http-equiv=content-type>"),
            "KOI8-R"
        );
        assert_eq!(name(b"<!-- <meta charset=koi8-r> --><p>x"), "UTF-8");
        assert_eq!(name(b"<meta charset=utf-16><p>x"), "UTF-8");
        assert_eq!(name(b"<meta charset=bogus><p>x"), "UTF-8");
        assert_eq!(name(b"<p>plain"), "UTF-8");
    }

    #[test]
    fn a_page_re_encoded_to_utf8_is_read_as_utf8_whatever_it_declares() {
        // A copy re-encoded to UTF-8 that kept its Latin-1 declaration.
        let page = "<meta charset=iso-8859-1><p>L\u{2019}été à Zürich</p>";
        assert_eq!(decode_html(page.as_bytes()), (Cow::Borrowed(page), "UTF-8"));
        // Latin-1 bytes are not valid UTF-8: the declaration stands.
        assert_eq!(
            decode_html(b"<meta charset=iso-8859-1><p>\xE9t\xE9 \xE0 Z\xFCrich").0,
            "<meta charset=iso-8859-1><p>été à Zürich"
        );
        // Nothing beyond ASCII: the declared charset, the same text.
        assert_eq!(name(b"<meta charset=koi8-r><p>plain"), "KOI8-R");
    }

    #[test]
    fn decoding_never_fails_and_loses_no_text() {
        let (text, _) = decode_html(b"<meta charset=windows-1252><p>L\x92\xE9t\xE9 \x80");
        assert_eq!(text, "<meta charset=windows-1252><p>L\u{2019}été €");
        let (text, _) = decode_html(b"<meta charset=utf-8><p>caf\xE9 ok");
        assert_eq!(text, "<meta charset=utf-8><p>caf\u{FFFD} ok");
        let utf16: Vec<u8> = "\u{FEFF}<p>été</p>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode_html(&utf16).0, "<p>été</p>");
        assert_eq!(decode_text(b"caf\xC3\xA9 \xFF").0, "café \u{FFFD}");
        assert_eq!(
            decode_html(b"<!-- never closed <meta charset=koi8-r>").1,
            "UTF-8"
        );
    }
}
