//! `abrege [OPTIONS] [FILE...]`: summarise.

use crate::args::{json_line, unknown, Args, Fail, SummaryOptions, Unit};
use crate::batch::{each_file, Headers};

pub const HELP: &str = "\
abrege: extractive summaries of news articles, from text or HTML pages

Usage:
  abrege [OPTIONS] [FILE...]            summarise each FILE (- or none: standard input)
  abrege clean [OPTIONS] [FILE...]      show what the cleaning stage keeps and drops, and why
  abrege extract [OPTIONS] [FILE...]    print the article's text (--json: blocks, metadata)
  abrege eval CORPUS.jsonl [OPTIONS]    ROUGE against reference summaries, beside Lead-N
  abrege help [COMMAND]                 this help, or a command's (also COMMAND --help)
  abrege --version

Options:
  --sentences N         pick N sentences (the default budget: 3)
  --ratio R             pick this share of the sentences, 0 < R <= 1, rounded up
  --max-words N         whole sentences, at most N words in all
  --max-chars N         whole sentences, at most N characters in all
                        (give at most one of these four budgets)
  --lang CODE           ISO 639-1 code such as fr or en, or auto (default: auto)
  --title TEXT          the article's title, if known (else the page's headline)
  --no-clean            do not drop menus, teasers and widgets first
  --no-idf              weigh terms by the document alone, not the shipped IDF table
  --format F            auto (default: HTML when the file plainly is a page:
                        a doctype, <html>, <head> or <body> first, or markup
                        throughout), text or html
  --max-input-bytes N   refuse inputs over N bytes (default: 33554432, 32 MiB)
  --json                one JSON object per input, with offsets, scores and
                        features, and a \"file\" field naming the input (- for
                        standard input)
  --offsets UNIT        the unit of start/end in --json: bytes (default, as the
                        Rust API gives them), chars (code points, as Python
                        indexes), or utf16 (code units, as JavaScript indexes)
  -h, --help            show this help
  -V, --version         show the version

Text output is one sentence per line; with several files, each file's output
follows a line `==> FILE <==` and a blank line separates files. Offsets
index the text as read: input that is not UTF-8 is read with each invalid
byte sequence replaced by U+FFFD, and a warning. An HTML page is decoded by
its own charset (byte-order mark, <meta charset>, else UTF-8); its offsets
index the text made of the page, given in --json as \"source\".

Several files are summarised on every core (RAYON_NUM_THREADS=N sets how
many), with a progress bar when standard error is a terminal; the output
is the same, in the files' order, whatever the number of threads. A file
that cannot be read or summarised is reported and the others go on.

Exit status: 0 if all went well, 1 if an input failed, 2 if the command
line is wrong. A file named like a command or an option goes after --,
or as ./help.
";

/// What to do: the options, the output form and the inputs.
struct Command {
    options: SummaryOptions,
    json: bool,
    offsets: Unit,
    files: Vec<String>,
}

/// Reads the summarising options and the input files; `None` when help or
/// the version was asked for and printed.
fn parse(argv: &[String]) -> Result<Option<Command>, Fail> {
    let mut args = Args::new(argv);
    let mut cmd = Command {
        options: SummaryOptions::default(),
        json: false,
        offsets: Unit::Bytes,
        files: Vec::new(),
    };
    while let Some(arg) = args.next()? {
        if cmd.options.take(&arg, &mut args)? {
            continue;
        }
        match arg.as_str() {
            "--title" => {
                cmd.options.options.title = Some(args.value(&arg)?);
                cmd.options.record("title", &arg);
            }
            "--json" => cmd.json = true,
            "--offsets" => cmd.offsets = Unit::read(&mut args, &arg)?,
            "-h" | "--help" => {
                out!("{HELP}");
                return Ok(None);
            }
            "-V" | "--version" => {
                crate::version()?;
                return Ok(None);
            }
            "--" => cmd.files.extend(args.rest()),
            "-" => cmd.files.push(arg),
            flag if flag.starts_with('-') => return Err(unknown(flag, "abrege")),
            _ => cmd.files.push(arg),
        }
    }
    if cmd.files.is_empty() {
        cmd.files.push("-".to_string());
    }
    Ok(Some(cmd))
}

pub fn run(argv: &[String]) -> Result<(), Fail> {
    let Some(cmd) = parse(argv)? else {
        return Ok(());
    };
    let summarizer = cmd.options.summarizer()?;
    let mut headers = Headers::new(&cmd.files);
    each_file(
        &cmd.files,
        |input| {
            let format = cmd.options.options.format;
            // A page is decoded from its bytes by its own charset.
            let summary = if input.is_html(format) {
                summarizer.summarize_bytes(&input.bytes)
            } else {
                summarizer.summarize(&input.text)
            };
            summary.map_err(|e| cmd.options.explain(&e))
        },
        |file, input, mut summary| {
            if cmd.json {
                // The offsets index the page's text when the input was HTML.
                let indexed = summary.source.clone().unwrap_or_else(|| input.text.clone());
                cmd.offsets.convert(
                    &indexed,
                    summary
                        .sentences
                        .iter_mut()
                        .flat_map(|s| [&mut s.start, &mut s.end])
                        .collect(),
                );
                return json_line(file, &summary);
            }
            headers.write(file)?;
            for s in &summary.sentences {
                outln!("{}", s.text);
            }
            Ok(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn reads_flags_and_files() {
        let cmd = parse(&argv(
            "--json --offsets=utf16 --max-words 40 a.txt -- --b.txt -",
        ))
        .unwrap()
        .unwrap();
        assert!(cmd.json);
        assert_eq!(cmd.offsets, Unit::Utf16);
        assert_eq!(cmd.options.options.max_words, Some(40));
        assert_eq!(cmd.files, ["a.txt", "--b.txt", "-"]);
        assert_eq!(parse(&[]).unwrap().unwrap().files, ["-"]);
    }

    #[test]
    fn rejects_bad_command_lines() {
        for (line, message) in [
            ("-x", "unknown option -x"),
            ("--offsets words", "--offsets takes bytes, chars or utf16"),
            (
                "--sentences 2 --ratio 0.5",
                "--sentences and --ratio both set",
            ),
            ("--json=1", "--json takes no value"),
        ] {
            match parse(&argv(line)) {
                Err(Fail::Usage(m)) => assert!(m.contains(message), "{line}: {m}"),
                Err(other) => panic!("{line}: {other:?}"),
                Ok(_) => panic!("{line}: accepted"),
            }
        }
    }
}
