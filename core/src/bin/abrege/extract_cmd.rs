//! `abrege extract [OPTIONS] [FILE...]`: the article's text, as an
//! extraction tool prints it; with `--json`, one object per input with the
//! text, the title, the metadata and every block, kept or dropped, with its
//! reason.

use serde::Serialize;

use crate::args::{json_line, unknown, Args, Fail, SummaryOptions, Unit};
use crate::batch::{each_file, Headers};
use crate::clean_cmd::clean_input;

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
    let mut args = Args::new(argv);
    let mut options = SummaryOptions::default();
    let (mut json, mut offsets) = (false, Unit::Bytes);
    let mut files = Vec::new();
    while let Some(arg) = args.next()? {
        match arg.as_str() {
            "--lang" | "--language" => {
                options.options.language = args.value(&arg)?;
                options.record("language", &arg);
            }
            "--format" => options.options.format = crate::args::format(&args.value(&arg)?)?,
            "--json" => json = true,
            "--offsets" => offsets = Unit::read(&mut args, &arg)?,
            "-h" | "--help" => {
                out!("{HELP}");
                return Ok(());
            }
            "--" => files.extend(args.rest()),
            "-" => files.push(arg),
            flag if flag.starts_with('-') => return Err(unknown(flag, "abrege extract")),
            _ => files.push(arg),
        }
    }
    let language = options.options.language.clone();
    let format = options.options.format;
    abrege::lang::check_code(&language).map_err(|e| Fail::Usage(options.explain(&e)))?;
    if files.is_empty() {
        files.push("-".to_string());
    }
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
