//! `abrege clean [OPTIONS] [FILE...]`: show what the cleaning stage keeps
//! and what it drops, and why.

use abrege::clean::{clean_as, clean_bytes, Cleaned};

use crate::args::{json_line, unknown, Args, Fail, Input, SummaryOptions, Unit};
use crate::batch::{each_file, Headers};

pub const HELP: &str = "\
abrege clean: what the cleaning stage keeps of a page and what it drops, and why

Usage:
  abrege clean [OPTIONS] [FILE...]     each FILE (- or none: standard input)

Options:
  --lang CODE       ISO 639-1 code such as fr or en, or auto (default: auto)
  --format F        auto (default: HTML when the file plainly is a page), text or html
  --json            one JSON object per input: language, title, kept and dropped
                    spans with their reasons, and a \"file\" field naming the
                    input (- for standard input)
  --offsets UNIT    the unit of start/end in --json: bytes (default, as the
                    Rust API gives them), chars (code points, as Python
                    indexes), or utf16 (code units, as JavaScript indexes)
  -h, --help        show this help

Text output gives the language, the title found, then every block in page
order: `keep` for the article, `- REASON` for what is dropped, each cut to
110 characters. With several files, each file's output follows a line
`==> FILE <==` and a blank line separates files; they are read on every
core, with a progress bar when standard error is a terminal. Input that is
not UTF-8 is read with each invalid byte sequence replaced by U+FFFD, and
a warning.
";

/// The command line `abrege clean` and `abrege extract` share: the page's
/// language and format, `--json`, `--offsets`, and the files.
pub(crate) struct PageArgs {
    pub language: String,
    pub format: abrege::Format,
    pub json: bool,
    pub offsets: Unit,
    pub files: Vec<String>,
}

impl PageArgs {
    /// Reads `argv` for `command`; `None` once `help` is printed.
    pub(crate) fn parse(
        argv: &[String],
        command: &str,
        help: &str,
    ) -> Result<Option<PageArgs>, Fail> {
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
                "--json" => json = true,
                "--offsets" => offsets = Unit::read(&mut args, &arg)?,
                "--format" => options.options.format = crate::args::format(&args.value(&arg)?)?,
                "-h" | "--help" => {
                    out!("{help}");
                    return Ok(None);
                }
                "--" => files.extend(args.rest()),
                "-" => files.push(arg),
                flag if flag.starts_with('-') => return Err(unknown(flag, command)),
                _ => files.push(arg),
            }
        }
        let language = options.options.language.clone();
        abrege::lang::check_code(&language).map_err(|e| Fail::Usage(options.explain(&e)))?;
        if files.is_empty() {
            files.push("-".to_string());
        }
        Ok(Some(PageArgs {
            language,
            format: options.options.format,
            json,
            offsets,
            files,
        }))
    }
}

pub fn run(argv: &[String]) -> Result<(), Fail> {
    let Some(PageArgs {
        language,
        format,
        json,
        offsets,
        files,
    }) = PageArgs::parse(argv, "abrege clean", HELP)?
    else {
        return Ok(());
    };
    let mut headers = Headers::new(&files);
    each_file(
        &files,
        |input| Ok(clean_input(input, &language, format)),
        |file, input, mut cleaned| {
            if json {
                let indexed = cleaned.source.clone().unwrap_or_else(|| input.text.clone());
                offsets.convert(&indexed, spans(&mut cleaned));
                return json_line(file, &cleaned);
            }
            headers.write(file)?;
            write_text(&cleaned)
        },
    )
}

/// The cleaning stage on one input: a page from its bytes, text as read.
pub fn clean_input(input: &Input, language: &str, format: abrege::Format) -> Cleaned {
    if input.is_html(format) {
        clean_bytes(&input.bytes, language, abrege::Format::Html)
    } else {
        clean_as(&input.text, language, abrege::Format::Text)
    }
}

/// Every offset of `cleaned`: the title's, the kept blocks' and the dropped spans'.
pub fn spans(cleaned: &mut Cleaned) -> Vec<&mut usize> {
    cleaned
        .title
        .iter_mut()
        .chain(cleaned.kept.iter_mut())
        .chain(cleaned.dropped.iter_mut().map(|d| &mut d.span))
        .flat_map(|s| [&mut s.start, &mut s.end])
        .collect()
}

/// The page in order: kept blocks and dropped spans interleaved by offset.
fn write_text(cleaned: &Cleaned) -> Result<(), Fail> {
    let mut lines: Vec<(usize, String, &str)> = cleaned
        .kept
        .iter()
        .map(|s| (s.start, "keep".to_string(), s.text.as_str()))
        .chain(cleaned.dropped.iter().map(|d| {
            let reason = serde_json::to_value(d.reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            (d.span.start, format!("- {reason}"), d.span.text.as_str())
        }))
        .collect();
    lines.sort_by_key(|l| l.0);
    outln!("language: {}", cleaned.language);
    if let Some(t) = &cleaned.title {
        outln!("title:    {}", t.text);
    }
    for (_, tag, text) in lines {
        outln!("{tag:<13} {}", shorten(text, 110));
    }
    Ok(())
}

/// At most `n` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(n).collect();
        s.push('…');
        s
    }
}
