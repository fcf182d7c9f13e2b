//! The `abrege` command line: summarise files or standard input.

#[macro_use]
mod args;
mod batch;
mod clean_cmd;
mod eval_cmd;
mod extract_cmd;
mod summarize_cmd;

use std::process::ExitCode;

use args::{usage, Fail};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = match argv.first().map(String::as_str) {
        Some("help") => help(&argv[1..]),
        Some("eval") => eval_cmd::run(&argv[1..]),
        Some("clean") => clean_cmd::run(&argv[1..]),
        Some("extract") => extract_cmd::run(&argv[1..]),
        _ => summarize_cmd::run(&argv),
    };
    match result {
        Ok(()) | Err(Fail::Closed) => ExitCode::SUCCESS,
        Err(Fail::Reported) => ExitCode::from(1),
        Err(Fail::Input(message)) => {
            eprintln!("abrege: {message}");
            ExitCode::from(1)
        }
        Err(Fail::Usage(message)) => {
            eprintln!("abrege: {message}");
            ExitCode::from(2)
        }
    }
}

/// `abrege help [COMMAND]`.
fn help(argv: &[String]) -> Result<(), Fail> {
    let text = match argv {
        [] => summarize_cmd::HELP,
        [command] => match command.as_str() {
            "clean" => clean_cmd::HELP,
            "extract" => extract_cmd::HELP,
            "eval" => eval_cmd::HELP,
            "help" | "summarize" => summarize_cmd::HELP,
            other => {
                return Err(usage(format!(
                "no command `{other}`: the commands are clean, extract and eval, and summarising \
                     (the default; see abrege --help)"
            )))
            }
        },
        _ => return Err(usage("abrege help takes at most one command")),
    };
    out!("{text}");
    Ok(())
}

/// `abrege --version`.
fn version() -> Result<(), Fail> {
    outln!("abrege {}", env!("CARGO_PKG_VERSION"));
    Ok(())
}
