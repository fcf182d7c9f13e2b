//! The `abrege` command line: summarise files or standard input.

#[macro_use]
mod args;
mod clean_cmd;
mod eval_cmd;
mod summarize_cmd;

use std::process::ExitCode;

const HELP: &str = "\
abrege: extractive summaries of news articles

Usage:
  abrege [OPTIONS] [FILE...]     summarise each FILE, or standard input
  abrege eval CORPUS.jsonl [OPTIONS]   ROUGE against reference summaries, next to Lead-N
  abrege clean FILE [--lang CODE] [--json]   show the article kept and what is dropped, with reasons
  abrege --help

Options:
  --sentences N     pick N sentences (default 3)
  --ratio R         pick this share of the sentences, 0 < R <= 1
  --max-words N     at most N words in all
  --max-chars N     at most N characters in all
  --lang CODE       ISO 639-1 code, or auto (default)
  --title TEXT      the article's title, if known
  --no-clean        do not drop menus, teasers and widgets
  --no-idf          weigh terms by the document alone, not the shipped IDF table
  --json            one JSON object per input, with offsets, scores and features
  --help            show this help
";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = match argv.first().map(String::as_str) {
        Some("--help" | "-h") => args::write_out(format_args!("{HELP}")),
        Some("eval") => eval_cmd::run(&argv[1..]),
        Some("clean") => clean_cmd::run(&argv[1..]),
        _ => summarize_cmd::run(&argv),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) if message == args::STDOUT_CLOSED => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("abrege: {message}");
            ExitCode::from(2)
        }
    }
}
