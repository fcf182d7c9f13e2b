//! A small hand-written argument reader: library users pull in no parser crate.

/// Arguments left to read, front first.
pub struct Args {
    rest: std::collections::VecDeque<String>,
}

impl Args {
    pub fn new(argv: &[String]) -> Args {
        Args {
            rest: argv.iter().cloned().collect(),
        }
    }

    /// The next argument, if any.
    pub fn next(&mut self) -> Option<String> {
        self.rest.pop_front()
    }

    /// The value that must follow `flag`.
    pub fn value(&mut self, flag: &str) -> Result<String, String> {
        self.next().ok_or_else(|| format!("{flag} needs a value"))
    }

    /// The value that must follow `flag`, parsed.
    pub fn parsed<T: std::str::FromStr>(&mut self, flag: &str, what: &str) -> Result<T, String> {
        let v = self.value(flag)?;
        v.parse()
            .map_err(|_| format!("{flag} takes {what}, got `{v}`"))
    }
}

/// Applies `flag` to `options` if it is one of the summarising options that
/// every command shares; returns `false` if it is not one of them.
pub fn summary_option(
    flag: &str,
    args: &mut Args,
    options: &mut abrege::Options,
) -> Result<bool, String> {
    match flag {
        "--sentences" => options.sentences = Some(args.parsed(flag, "a whole number")?),
        "--ratio" => options.ratio = Some(args.parsed(flag, "a number")?),
        "--max-words" => options.max_words = Some(args.parsed(flag, "a whole number")?),
        "--max-chars" => options.max_chars = Some(args.parsed(flag, "a whole number")?),
        "--lang" | "--language" => options.language = args.value(flag)?,
        "--no-clean" => options.clean = false,
        "--no-idf" => options.idf = false,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Reads a file, or standard input for `-`.
pub fn read_input(path: &str) -> Result<String, String> {
    use std::io::Read;
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("standard input: {e}"))?;
        Ok(s)
    } else {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        String::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 text ({e})"))
    }
}

/// The error text of a write to a reader that went away (`abrege … | head`):
/// the command stops quietly and successfully, as Unix filters do.
pub const STDOUT_CLOSED: &str = "standard output closed";

/// Writes to standard output; a closed pipe gives [`STDOUT_CLOSED`] instead of a panic.
pub fn write_out(args: std::fmt::Arguments) -> Result<(), String> {
    use std::io::Write;
    match std::io::stdout().lock().write_fmt(args) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(STDOUT_CLOSED.to_string()),
        Err(e) => Err(format!("standard output: {e}")),
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
