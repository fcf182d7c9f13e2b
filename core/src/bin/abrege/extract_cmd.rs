//! `abrege extract [OPTIONS] [FILE...]`: the article's text, as an
//! extraction tool prints it; with `--json`, one object per input with the
//! text, the title, the metadata and every block, kept or dropped, with its
//! reason.

use serde::Serialize;

use crate::args::{json_line, Fail};
use crate::batch::{each_file, Headers};
use crate::clean_cmd::{clean_input, PageArgs};

pub const HELP: &str = "\
abrege extract: the article of a page, as text

Usage:
  abrege extract [OPTIONS] [FILE...]   each FILE (- or none: standard input)

Options:
  --lang CODE       ISO 639-1 code such as fr or en, or auto (default: auto)
  --format F        auto (default: HTML when the file plainly is a page), text or html
  --json            one JSON object per input: text, title, language, format,
                    metadata (title, byline, published, site_name, url,
                    description, language), every block in page order with
                    its reason (null for the article's), the source the
                    offsets index, and a \"file\" field naming the input
  --offsets UNIT    the unit of start/end in --json: bytes (default), chars or utf16
  -h, --help        show this help

Text output is the article: its paragraphs and section headings, blank
lines between. An HTML page is decoded by its own charset (byte-order
mark, <meta charset>, else UTF-8); text input is read as UTF-8.
";

/// One block of the document, kept (`reason` null) or dropped.
#[derive(Serialize)]
struct Block {
    start: usize,
    end: usize,
    text: String,
    reason: Option<abrege::clean::Reason>,
}

/// What `--json` prints for one input.
#[derive(Serialize)]
struct Extracted {
    text: String,
    title: Option<String>,
    language: String,
    format: abrege::Format,
    metadata: Option<abrege::Metadata>,
    blocks: Vec<Block>,
    /// The text the blocks' offsets index (null: the input itself).
    source: Option<String>,
}

pub fn run(argv: &[String]) -> Result<(), Fail> {
    let Some(PageArgs {
        language,
        format,
        json,
        offsets,
        files,
    }) = PageArgs::parse(argv, "abrege extract", HELP)?
    else {
        return Ok(());
    };
    let mut headers = Headers::new(&files);
    each_file(
        &files,
        |input| Ok(clean_input(input, &language, format)),
        |file, input, cleaned| {
            let text = cleaned.text();
            if !json {
                headers.write(file)?;
                outln!("{text}");
                return Ok(());
            }
            let mut blocks: Vec<Block> = cleaned
                .kept
                .iter()
                .map(|s| Block {
                    start: s.start,
                    end: s.end,
                    text: s.text.clone(),
                    reason: None,
                })
                .chain(cleaned.dropped.iter().map(|d| Block {
                    start: d.span.start,
                    end: d.span.end,
                    text: d.span.text.clone(),
                    reason: Some(d.reason),
                }))
                .collect();
            blocks.sort_by_key(|b| b.start);
            let indexed = cleaned.source.clone().unwrap_or_else(|| input.text.clone());
            offsets.convert(
                &indexed,
                blocks
                    .iter_mut()
                    .flat_map(|b| [&mut b.start, &mut b.end])
                    .collect(),
            );
            let title = cleaned
                .metadata
                .as_ref()
                .and_then(|m| m.title.clone())
                .or(cleaned.title.map(|t| t.text));
            let out = Extracted {
                text,
                title,
                language: cleaned.language,
                format: cleaned.format,
                metadata: cleaned.metadata,
                blocks,
                source: cleaned.source,
            };
            json_line(file, &out)
        },
    )
}
