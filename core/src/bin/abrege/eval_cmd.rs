//! `abrege eval CORPUS.jsonl [OPTIONS]`: ROUGE of abrege and of Lead-N on a corpus.

use abrege::eval::{evaluate, read_corpus, EvalConfig};
use abrege::Options;

use crate::args::{summary_option, Args};

pub const HELP: &str = "\
abrege eval: mean ROUGE-1/2/L of abrege and of Lead-N against reference summaries

Usage:
  abrege eval CORPUS.jsonl [OPTIONS]

The corpus is JSON Lines with the fields id, lang, title, text, summary.

Options:
  --sentences N, --ratio R, --max-words N, --max-chars N, --lang CODE, --no-clean
                    as for summarising (default: 3 sentences, auto language)
  --no-idf          do not use the IDF table shipped for the language
  --use-title       give each article's title to the summariser
  --stem            stem tokens with the Snowball stemmer of each document's lang
  --lead N          the baseline's sentences (default: the --sentences budget, else 3)
  --limit N         score only the first N documents
  --gate            exit with status 1 if abrege's F1 is below Lead-N's on any score
  --json            print the report as JSON
";

struct Command {
    corpus: String,
    options: Options,
    config: EvalConfig,
    lead: Option<usize>,
    limit: Option<usize>,
    gate: bool,
    json: bool,
}

fn parse(argv: &[String]) -> Result<Command, String> {
    let mut args = Args::new(argv);
    let mut options = Options::default();
    let mut config = EvalConfig::default();
    let (mut lead, mut limit, mut gate, mut json) = (None, None, false, false);
    let mut corpus = None;
    while let Some(arg) = args.next() {
        if summary_option(&arg, &mut args, &mut options)? {
            continue;
        }
        match arg.as_str() {
            "--use-title" => config.use_title = true,
            "--stem" => config.stem = true,
            "--lead" => lead = Some(args.parsed(&arg, "a whole number")?),
            "--limit" => limit = Some(args.parsed(&arg, "a whole number")?),
            "--gate" => gate = true,
            "--json" => json = true,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} (see abrege eval --help)"))
            }
            _ if corpus.is_none() => corpus = Some(arg),
            _ => return Err(format!("one corpus at a time, got a second: {arg}")),
        }
    }
    let corpus = corpus.ok_or("abrege eval needs a corpus file (see abrege eval --help)")?;
    Ok(Command {
        corpus,
        options,
        config,
        lead,
        limit,
        gate,
        json,
    })
}

pub fn run(argv: &[String]) -> Result<(), String> {
    if argv.iter().any(|a| a == "--help" || a == "-h") {
        out!("{HELP}");
        return Ok(());
    }
    let mut cmd = parse(argv)?;
    cmd.config.lead = cmd
        .lead
        .or(cmd.options.sentences)
        .unwrap_or(abrege::DEFAULT_SENTENCES);
    if cmd.config.lead == 0 {
        return Err("--lead must be at least 1".into());
    }
    let mut docs = read_corpus(&cmd.corpus).map_err(|e| e.to_string())?;
    if let Some(n) = cmd.limit {
        docs.truncate(n);
    }
    let report = evaluate(&docs, &cmd.options, &cmd.config).map_err(|e| e.to_string())?;
    if cmd.json {
        outln!(
            "{}",
            serde_json::to_string(&report).map_err(|e| e.to_string())?
        );
    } else {
        outln!("{}: {report}", cmd.corpus);
    }
    let below = report.below_lead();
    if cmd.gate && !below.is_empty() {
        eprintln!(
            "abrege eval: GATE FAILED on {}: F1 below Lead-{} on {}",
            cmd.corpus,
            cmd.config.lead,
            below.join(", ")
        );
        std::process::exit(1);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn reads_eval_flags() {
        let cmd = parse(&argv(
            "c.jsonl --sentences 2 --stem --no-idf --lead 4 --limit 10 --gate",
        ))
        .unwrap();
        assert_eq!(cmd.corpus, "c.jsonl");
        assert_eq!(cmd.options.sentences, Some(2));
        assert!(cmd.config.stem && !cmd.options.idf && cmd.gate && !cmd.config.use_title);
        assert_eq!((cmd.lead, cmd.limit), (Some(4), Some(10)));
    }

    #[test]
    fn rejects_bad_command_lines() {
        for (line, message) in [
            ("", "needs a corpus"),
            ("a.jsonl b.jsonl", "one corpus"),
            ("a.jsonl --frobnicate", "unknown option --frobnicate"),
            ("a.jsonl --lead", "--lead needs a value"),
            ("a.jsonl --limit many", "--limit takes a whole number"),
        ] {
            let err = parse(&argv(line)).err().unwrap_or_default();
            assert!(err.contains(message), "{line:?}: {err}");
        }
        assert!(run(&argv("missing-corpus.jsonl"))
            .unwrap_err()
            .contains("missing-corpus.jsonl"));
        assert!(run(&argv("a.jsonl --lead 0"))
            .unwrap_err()
            .contains("at least 1"));
    }
}
