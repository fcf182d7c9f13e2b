//! Many inputs: every core works, output keeps the inputs' order, and a
//! terminal shows a progress bar.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::args::{display_name, read_input, Fail, Input};

/// Inputs read and worked on at a time: enough to keep every core busy,
/// few enough that output starts soon and memory stays small.
const CHUNK: usize = 64;

/// A progress bar on standard error counting `total` things called `unit`,
/// hidden unless standard error is a terminal and there is more than one.
/// `total` is `None` when unknown (a spinner then counts).
pub fn progress(total: Option<u64>, unit: &str) -> ProgressBar {
    if total.is_some_and(|n| n < 2) || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match total {
        Some(n) => (
            ProgressBar::new(n),
            format!("{{wide_bar}} {{human_pos}}/{{human_len}} {unit}, {{elapsed}}, {{eta}} left"),
        ),
        None => (
            ProgressBar::new_spinner(),
            format!("{{spinner}} {{human_pos}} {unit}, {{elapsed}}"),
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.tick();
    bar
}

/// Reads every file (in order, on this thread: standard input can be read
/// only once), runs `work` on their texts on every core, and hands each
/// result to `emit` in the files' order, the progress bar set aside while it
/// writes. A file that cannot be read or worked on is reported on standard
/// error and the others go on; the run then ends in [`Fail::Reported`].
pub fn each_file<T: Send>(
    files: &[String],
    work: impl Fn(&Input) -> Result<T, String> + Sync,
    mut emit: impl FnMut(&str, &Input, T) -> Result<(), Fail>,
) -> Result<(), Fail> {
    let bar = progress(Some(files.len() as u64), "files");
    let mut failed = false;
    let mut run = || -> Result<(), Fail> {
        for chunk in files.chunks(CHUNK) {
            let inputs: Vec<Result<Input, String>> = chunk.iter().map(|f| read_input(f)).collect();
            let results: Vec<_> = inputs
                .into_par_iter()
                .map(|input| {
                    let done = input.map(|i| {
                        let result = work(&i);
                        (i, result)
                    });
                    bar.inc(1);
                    done
                })
                .collect();
            bar.suspend(|| -> Result<(), Fail> {
                for (file, result) in chunk.iter().zip(results) {
                    let (input, result) = match result {
                        Ok(done) => done,
                        Err(message) => {
                            eprintln!("abrege: {message}");
                            failed = true;
                            continue;
                        }
                    };
                    if let Some(warning) = &input.warning {
                        eprintln!("abrege: warning: {warning}");
                    }
                    match result {
                        Ok(value) => emit(file, &input, value)?,
                        Err(message) => {
                            eprintln!("abrege: {}: {message}", display_name(file));
                            failed = true;
                        }
                    }
                }
                Ok(())
            })?;
        }
        Ok(())
    };
    let result = run();
    bar.finish_and_clear();
    result?;
    if failed {
        Err(Fail::Reported)
    } else {
        Ok(())
    }
}

/// The header that names each input in text output when there are several,
/// as `head` and `tail` write it; a blank line separates inputs.
pub struct Headers {
    many: bool,
    written: bool,
}

impl Headers {
    pub fn new(files: &[String]) -> Headers {
        Headers {
            many: files.len() > 1,
            written: false,
        }
    }

    /// Writes the header of `file`, if there are several inputs.
    pub fn write(&mut self, file: &str) -> Result<(), Fail> {
        if self.many {
            if self.written {
                outln!("");
            }
            outln!("==> {} <==", display_name(file));
            self.written = true;
        }
        Ok(())
    }
}
