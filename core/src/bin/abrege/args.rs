//! A small hand-written argument reader, the summarising options every
//! command shares, how input bytes become text, and writing to standard output.

use abrege::{Error, Options, Summarizer};

/// Why a command stopped.
#[derive(Debug, PartialEq)]
pub enum Fail {
    /// The command line is wrong (exit status 2).
    Usage(String),
    /// An input could not be read or processed (exit status 1).
    Input(String),
    /// Some inputs failed and each was already reported (exit status 1).
    Reported,
    /// Standard output went away (`abrege … | head`): stop quietly and successfully.
    Closed,
}

/// A [`Fail::Usage`] with this message.
pub fn usage(message: impl Into<String>) -> Fail {
    Fail::Usage(message.into())
}

/// Arguments left to read, front first.
pub struct Args {
    rest: std::collections::VecDeque<String>,
    /// The value of the last flag read, when typed as `--flag=value`.
    inline: Option<(String, String)>,
}

impl Args {
    pub fn new(argv: &[String]) -> Args {
        Args {
            rest: argv.iter().cloned().collect(),
            inline: None,
        }
    }

    /// The next argument, if any; `--flag=value` comes as `--flag`, its value
    /// kept for [`Args::value`]. A value given to a flag that takes none is an error.
    pub fn next(&mut self) -> Result<Option<String>, Fail> {
        if let Some((flag, value)) = self.inline.take() {
            return Err(usage(format!("{flag} takes no value, got `{value}`")));
        }
        let Some(arg) = self.rest.pop_front() else {
            return Ok(None);
        };
        if arg.starts_with("--") {
            if let Some((flag, value)) = arg.split_once('=') {
                self.inline = Some((flag.to_string(), value.to_string()));
                return Ok(Some(flag.to_string()));
            }
        }
        Ok(Some(arg))
    }

    /// Every argument left, untouched (what follows `--`).
    pub fn rest(&mut self) -> Vec<String> {
        self.rest.drain(..).collect()
    }

    /// The value that must follow `flag`.
    pub fn value(&mut self, flag: &str) -> Result<String, Fail> {
        if let Some((_, value)) = self.inline.take() {
            return Ok(value);
        }
        self.rest
            .pop_front()
            .ok_or_else(|| usage(format!("{flag} needs a value")))
    }

    /// The value that must follow `flag`, parsed.
    pub fn parsed<T: std::str::FromStr>(&mut self, flag: &str, what: &str) -> Result<T, Fail> {
        let v = self.value(flag)?;
        v.parse()
            .map_err(|_| usage(format!("{flag} takes {what}, got `{v}`")))
    }
}

/// The error for an argument that starts with `-` and is no option of the command.
pub fn unknown(flag: &str, command: &str) -> Fail {
    usage(format!(
        "unknown option {flag} (see {command} --help; a file whose name starts with - goes after --)"
    ))
}

/// The flags that set a summary's length; at most one may be given.
const BUDGETS: [&str; 4] = ["--sentences", "--ratio", "--max-words", "--max-chars"];

/// Stores `value` in `slot`; returns the name of the [`Options`] field.
fn set<T>(slot: &mut T, value: T, field: &'static str) -> &'static str {
    *slot = value;
    field
}

/// The summarising options every command shares, and the flags the user
/// typed for them, so that an error names the flag rather than the field.
#[derive(Default)]
pub struct SummaryOptions {
    pub options: Options,
    /// Each [`Options`] field set on the command line, with the flag as typed.
    typed: Vec<(&'static str, String)>,
}

impl SummaryOptions {
    /// Applies `flag` if it is one of the shared summarising options;
    /// returns `false` if it is not one of them.
    pub fn take(&mut self, flag: &str, args: &mut Args) -> Result<bool, Fail> {
        let o = &mut self.options;
        let field = match flag {
            "--sentences" => set(
                &mut o.sentences,
                Some(args.parsed(flag, "a whole number")?),
                "sentences",
            ),
            "--ratio" => set(&mut o.ratio, Some(args.parsed(flag, "a number")?), "ratio"),
            "--max-words" => set(
                &mut o.max_words,
                Some(args.parsed(flag, "a whole number")?),
                "max_words",
            ),
            "--max-chars" => set(
                &mut o.max_chars,
                Some(args.parsed(flag, "a whole number")?),
                "max_chars",
            ),
            "--lang" | "--language" => set(&mut o.language, args.value(flag)?, "language"),
            "--max-input-bytes" => set(
                &mut o.max_input_bytes,
                args.parsed(flag, "a whole number of bytes")?,
                "max_input_bytes",
            ),
            "--no-clean" => set(&mut o.clean, false, "clean"),
            "--format" => set(&mut o.format, format(&args.value(flag)?)?, "format"),
            "--no-idf" => set(&mut o.idf, false, "idf"),
            _ => return Ok(false),
        };
        if BUDGETS.contains(&flag) {
            if let Some((_, other)) = self
                .typed
                .iter()
                .find(|(_, f)| BUDGETS.contains(&f.as_str()) && f != flag)
            {
                return Err(usage(format!(
                    "{other} and {flag} both set the summary's length: give one of {}",
                    BUDGETS.join(", ")
                )));
            }
        }
        self.record(field, flag);
        Ok(true)
    }

    /// Records that `flag` set the [`Options`] field `field` (for flags
    /// that only one command reads).
    pub fn record(&mut self, field: &'static str, flag: &str) {
        self.typed.retain(|(f, _)| *f != field);
        self.typed.push((field, flag.to_string()));
    }

    /// A summariser with these options; an invalid one is a usage error
    /// that names its flag.
    pub fn summarizer(&self) -> Result<Summarizer, Fail> {
        Summarizer::new(self.options.clone()).map_err(|e| usage(self.explain(&e)))
    }

    /// The core's error in the command line's words: `--max-words`, not `max_words`.
    pub fn explain(&self, error: &Error) -> String {
        let flag = |field: &str| {
            self.typed
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, flag)| flag.as_str())
        };
        match error {
            Error::InvalidOption { field, reason, .. } => match flag(field) {
                Some(flag) => format!("invalid value for {flag}: {reason}"),
                None => error.to_string(),
            },
            Error::UnsupportedLanguage { .. } => {
                format!(
                    "invalid value for {}: {error}",
                    flag("language").unwrap_or("--lang")
                )
            }
            Error::InputTooLarge { size, limit, .. } => format!(
                "{size} bytes is over the limit of {limit} bytes (raise it with --max-input-bytes)"
            ),
            _ => error.to_string(),
        }
    }
}

/// The unit of the offsets printed in JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// UTF-8 bytes, as the Rust API gives them.
    #[default]
    Bytes,
    /// Unicode code points, as Python indexes a `str`.
    Chars,
    /// UTF-16 code units, as JavaScript indexes a string.
    Utf16,
}

impl Unit {
    /// Reads the value of `--offsets`.
    pub fn read(args: &mut Args, flag: &str) -> Result<Unit, Fail> {
        match args.value(flag)?.as_str() {
            "bytes" => Ok(Unit::Bytes),
            "chars" => Ok(Unit::Chars),
            "utf16" => Ok(Unit::Utf16),
            other => Err(usage(format!(
                "{flag} takes bytes, chars or utf16, got `{other}`"
            ))),
        }
    }

    /// Rewrites byte offsets into `text` as offsets in this unit, in one
    /// pass over the text whatever their number.
    pub fn convert(self, text: &str, mut offsets: Vec<&mut usize>) {
        if self == Unit::Bytes {
            return;
        }
        offsets.sort_unstable_by_key(|o| **o);
        let bytes = text.as_bytes();
        let (mut at, mut units) = (0, 0);
        for offset in offsets {
            let to = (*offset).clamp(at, bytes.len());
            for &b in &bytes[at..to] {
                // Every byte but a continuation byte starts a code point; a
                // four-byte one is two UTF-16 units.
                units +=
                    usize::from((b as i8) >= -0x40) + usize::from(self == Unit::Utf16 && b >= 0xF0);
            }
            at = to;
            *offset = units;
        }
    }
}

/// `--format auto|text|html`.
pub fn format(value: &str) -> Result<abrege::Format, Fail> {
    serde_json::from_value(serde_json::Value::String(value.to_string()))
        .map_err(|_| usage(format!("--format takes auto, text or html, got `{value}`")))
}

/// An input read and decoded.
pub struct Input {
    /// The bytes as read: an HTML page is decoded from them by its own charset.
    pub bytes: Vec<u8>,
    /// The text, as UTF-8.
    pub text: String,
    /// Does it look like an HTML page (see [`abrege::html::looks_like_html`])?
    pub page: bool,
    /// What the decoding had to do that the user should know.
    pub warning: Option<String>,
}

impl Input {
    /// Is the input read as an HTML page under `format`?
    pub fn is_html(&self, format: abrege::Format) -> bool {
        match format {
            abrege::Format::Html => true,
            abrege::Format::Text => false,
            _ => self.page,
        }
    }
}

/// Reads a file, or standard input for `-`, and decodes it: the one place
/// where an input's bytes become text. Bytes that are not UTF-8 are
/// replaced by U+FFFD, with a warning.
pub fn read_input(path: &str) -> Result<Input, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    }
    let (text, replaced) = utf8_lossy(bytes.clone());
    // A page is decoded by the charset it declares: not being UTF-8 is no
    // reason for a warning.
    let page = abrege::html::looks_like_html(&text);
    Ok(Input {
        bytes,
        warning: (replaced > 0 && !page).then(|| not_utf8(display_name(path), replaced)),
        page,
        text,
    })
}

/// The warning for an input `name` in which `replaced` invalid sequences were replaced.
pub fn not_utf8(name: &str, replaced: usize) -> String {
    format!(
        "{name}: not valid UTF-8: {} replaced by U+FFFD",
        plural(replaced, "invalid byte sequence", "invalid byte sequences")
    )
}

/// `bytes` as UTF-8, each invalid sequence replaced by U+FFFD as
/// [`String::from_utf8_lossy`] does, and how many there were.
pub fn utf8_lossy(bytes: Vec<u8>) -> (String, usize) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, 0),
        Err(e) => {
            let bytes = e.into_bytes();
            let mut text = String::with_capacity(bytes.len() + 16);
            let mut replaced = 0;
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    text.push(char::REPLACEMENT_CHARACTER);
                    replaced += 1;
                }
            }
            (text, replaced)
        }
    }
}

/// How an input is named to a person: `standard input` for `-`.
pub fn display_name(path: &str) -> &str {
    if path == "-" {
        "standard input"
    } else {
        path
    }
}

/// `1 document`, `2 documents`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes to standard output; a closed pipe gives [`Fail::Closed`] instead of a panic.
pub fn write_out(args: std::fmt::Arguments) -> Result<(), Fail> {
    use std::io::Write;
    match std::io::stdout().lock().write_fmt(args) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Fail::Closed),
        Err(e) => Err(Fail::Input(format!("standard output: {e}"))),
    }
}

/// `println!` for the commands: returns early with an error instead of
/// panicking when standard output is closed.
macro_rules! outln {
    ($($t:tt)*) => {
        $crate::args::write_out(format_args!("{}\n", format_args!($($t)*)))?
    };
}

/// `print!` for the commands, as [`outln!`].
macro_rules! out {
    ($($t:tt)*) => {
        $crate::args::write_out(format_args!($($t)*))?
    };
}

/// One JSON line: `value`'s fields after a `file` field naming its input.
pub fn json_line<T: serde::Serialize>(file: &str, value: &T) -> Result<(), Fail> {
    #[derive(serde::Serialize)]
    struct WithFile<'a, T> {
        file: &'a str,
        #[serde(flatten)]
        value: &'a T,
    }
    let line = serde_json::to_string(&WithFile { file, value })
        .map_err(|e| Fail::Input(format!("{file}: {e}")))?;
    outln!("{line}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn values_follow_their_flag_or_an_equals_sign() {
        let mut args = Args::new(&argv("--sentences=2 --lang fr --json=yes"));
        assert_eq!(args.next().unwrap().as_deref(), Some("--sentences"));
        assert_eq!(args.value("--sentences").unwrap(), "2");
        assert_eq!(args.next().unwrap().as_deref(), Some("--lang"));
        assert_eq!(args.value("--lang").unwrap(), "fr");
        assert_eq!(args.next().unwrap().as_deref(), Some("--json"));
        assert_eq!(args.next(), Err(usage("--json takes no value, got `yes`")));
    }

    #[test]
    fn offsets_in_each_unit() {
        // é: 2 bytes, 1 char, 1 unit; 😀: 4 bytes, 1 char, 2 units.
        let text = "aé😀b";
        for (unit, expected) in [
            (Unit::Bytes, [0, 1, 3, 7, 8]),
            (Unit::Chars, [0, 1, 2, 3, 4]),
            (Unit::Utf16, [0, 1, 2, 4, 5]),
        ] {
            let mut offsets = [8, 3, 0, 7, 1];
            unit.convert(text, offsets.iter_mut().collect());
            let mut got = offsets;
            got.sort_unstable();
            assert_eq!(got, expected, "{unit:?}");
        }
    }

    #[test]
    fn invalid_sequences_are_counted() {
        assert_eq!(
            utf8_lossy(b"caf\xe9 cr\xe8me".to_vec()),
            ("caf\u{fffd} cr\u{fffd}me".into(), 2)
        );
        assert_eq!(utf8_lossy("déjà".as_bytes().to_vec()), ("déjà".into(), 0));
        assert_eq!(plural(1, "document", "documents"), "1 document");
        assert_eq!(plural(0, "document", "documents"), "0 documents");
    }
}
