//! `abrege eval CORPUS.jsonl [OPTIONS]`: ROUGE of abrege and of Lead on a corpus.

use std::io::{BufRead, IsTerminal};

use abrege::eval::{evaluate, Document, EvalConfig, Prf, Report, RougeScores};
use rayon::prelude::*;
use serde::Deserialize;

use crate::args::{
    display_name, json_line, not_utf8, plural, unknown, utf8_lossy, Args, Fail, SummaryOptions,
};
use crate::batch::progress;

pub const HELP: &str = "\
abrege eval: mean ROUGE-1/2/L of abrege and of Lead against reference summaries

Usage:
  abrege eval CORPUS.jsonl [OPTIONS]     (- reads the corpus from standard input)

The corpus is JSON Lines, one article a line, with the fields text (the
article, paragraphs separated by a blank line) and summary (the reference),
and optionally id, lang (ISO 639-1, for --stem) and title; blank lines are
skipped. A line without a text or a summary is an error that names the
file and the line.

Options:
  --sentences N, --ratio R, --max-words N, --max-chars N, --lang CODE,
  --no-clean, --max-input-bytes N
                    as for summarising (default: 3 sentences, auto language)
  --no-idf          do not use the IDF table shipped for the language
  --use-title       give each article's title to the summariser
  --stem            stem tokens with the Snowball stemmer of each document's lang
  --lead N          the baseline's sentences (default: the --sentences budget, else 3);
                    with --max-words or --max-chars, Lead is the article's leading
                    sentences that fit whole in that many words or characters
  --limit N         score only the first N documents
  --split even|odd  score only the even-numbered (0, 2, 4…) or odd-numbered documents
  --gate            exit with status 1 if abrege's F1 is below Lead's on any score
  --margin R1,R2,RL exit with status 1 unless abrege's F1 is at least this many points
                    above Lead's on ROUGE-1, ROUGE-2 and ROUGE-L (implies --gate)
  --json            print the report as one JSON object, with a \"file\" field
                    naming the corpus
  -h, --help        show this help

Documents are summarised on every core (RAYON_NUM_THREADS=N sets how many),
with a progress bar when standard error is a terminal; the scores are the
same whatever the number of threads. docs/s is the summarising speed of
one core.

Exit status: 0 if all went well, 1 if the corpus could not be read or the
gate failed, 2 if the command line is wrong.
";

/// Documents read and scored at a time: the corpus is never all in memory.
const CHUNK: usize = 1024;

struct Command {
    corpus: String,
    options: SummaryOptions,
    config: EvalConfig,
    lead: Option<usize>,
    limit: Option<usize>,
    /// Score only the documents whose index has this parity.
    split: Option<usize>,
    /// The gate's margins over Lead, in points; `None`: no gate.
    gate: Option<[f64; 3]>,
    json: bool,
}

/// `R1,R2,RL`: three numbers.
fn margins(flag: &str, value: &str) -> Result<[f64; 3], Fail> {
    let parts: Vec<Result<f64, _>> = value.split(',').map(|p| p.trim().parse()).collect();
    match parts.as_slice() {
        [Ok(a), Ok(b), Ok(c)] if [a, b, c].iter().all(|v| v.is_finite()) => Ok([*a, *b, *c]),
        _ => Err(Fail::Usage(format!(
            "{flag} takes three numbers R1,R2,RL, got `{value}`"
        ))),
    }
}

/// Reads the command line; `None` when help was asked for and printed.
fn parse(argv: &[String]) -> Result<Option<Command>, Fail> {
    let mut args = Args::new(argv);
    let mut options = SummaryOptions::default();
    let mut config = EvalConfig::default();
    let (mut lead, mut limit, mut split, mut gate, mut json) = (None, None, None, None, false);
    let mut corpus: Option<String> = None;
    let mut positional = Vec::new();
    while let Some(arg) = args.next()? {
        if options.take(&arg, &mut args)? {
            continue;
        }
        match arg.as_str() {
            "--use-title" => config.use_title = true,
            "--stem" => config.stem = true,
            "--lead" => lead = Some(args.parsed(&arg, "a whole number")?),
            "--limit" => limit = Some(args.parsed(&arg, "a whole number")?),
            "--split" => {
                split = Some(match args.value(&arg)?.as_str() {
                    "even" => 0,
                    "odd" => 1,
                    other => {
                        return Err(Fail::Usage(format!(
                            "--split takes even or odd, got `{other}`"
                        )))
                    }
                })
            }
            "--gate" => {
                gate.get_or_insert([0.0; 3]);
            }
            "--margin" => gate = Some(margins(&arg, &args.value(&arg)?)?),
            "--json" => json = true,
            "-h" | "--help" => {
                out!("{HELP}");
                return Ok(None);
            }
            "--" => positional.extend(args.rest()),
            "-" => positional.push(arg),
            flag if flag.starts_with('-') => return Err(unknown(flag, "abrege eval")),
            _ => positional.push(arg),
        }
    }
    for arg in positional {
        if corpus.is_some() {
            return Err(Fail::Usage(format!(
                "one corpus at a time, got a second: {arg}"
            )));
        }
        corpus = Some(arg);
    }
    let corpus = corpus.ok_or_else(|| {
        Fail::Usage("abrege eval needs a corpus file (see abrege eval --help)".into())
    })?;
    Ok(Some(Command {
        corpus,
        options,
        config,
        lead,
        limit,
        split,
        gate,
        json,
    }))
}

pub fn run(argv: &[String]) -> Result<(), Fail> {
    let Some(mut cmd) = parse(argv)? else {
        return Ok(());
    };
    cmd.config.lead = cmd
        .lead
        .or(cmd.options.options.sentences)
        .unwrap_or(abrege::DEFAULT_SENTENCES);
    if cmd.config.lead == 0 {
        return Err(Fail::Usage("--lead must be at least 1".into()));
    }
    cmd.options.summarizer()?; // a wrong option fails before the corpus is read
    let report = score(&cmd)?;
    if cmd.json {
        json_line(&cmd.corpus, &report)?;
    } else {
        outln!("{}: {}", display_name(&cmd.corpus), table(&report));
    }
    if let Some(margins) = cmd.gate {
        let short = report.short_of(margins);
        if !short.is_empty() {
            return Err(Fail::Input(format!(
                "eval: GATE FAILED on {}: F1 less than {margins:?} points above {} on {}",
                cmd.corpus,
                report.lead_name,
                short.join(", ")
            )));
        }
    }
    Ok(())
}

/// One corpus line as read: `text` and `summary` must be there; a number
/// is taken as an `id`, and a `null` title as none.
#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    lang: Option<String>,
    title: Option<String>,
    text: Option<String>,
    summary: Option<String>,
}

/// The corpus as a stream of lines, each with its number.
struct Corpus {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    replaced: usize,
    first_replaced: usize,
}

impl Corpus {
    fn open(path: &str) -> Result<Corpus, Fail> {
        let reader: Box<dyn BufRead> = if path == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            let file =
                std::fs::File::open(path).map_err(|e| Fail::Input(format!("{path}: {e}")))?;
            Box::new(std::io::BufReader::new(file))
        };
        Ok(Corpus {
            name: display_name(path).to_string(),
            reader,
            line: 0,
            replaced: 0,
            first_replaced: 0,
        })
    }

    /// The next document, with its line number.
    fn next(&mut self, max_input_bytes: usize) -> Result<Option<(usize, Document)>, Fail> {
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut bytes)
                .map_err(|e| Fail::Input(format!("{}: {e}", self.name)))?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            let (text, replaced) = utf8_lossy(std::mem::take(&mut bytes));
            if replaced > 0 && self.replaced == 0 {
                self.first_replaced = self.line;
            }
            self.replaced += replaced;
            if text.trim().is_empty() {
                continue;
            }
            return self
                .document(&text, max_input_bytes)
                .map(|d| Some((self.line, d)));
        }
    }

    fn document(&self, line: &str, max_input_bytes: usize) -> Result<Document, Fail> {
        let at = format!("{}:{}", self.name, self.line);
        let line: Line =
            serde_json::from_str(line).map_err(|e| Fail::Input(format!("{at}: {e}")))?;
        let id = match line.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) if !v.is_null() => v.to_string(),
            _ => String::new(),
        };
        let document = if id.is_empty() {
            "the document".to_string()
        } else {
            format!("document {id}")
        };
        let needs = |field: &str| {
            Fail::Input(format!(
                "{at}: {document} has no `{field}`: abrege eval needs each line's \
                 article in `text` and its reference summary in `summary`"
            ))
        };
        let text = line.text.ok_or_else(|| needs("text"))?;
        let summary = line
            .summary
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| needs("summary"))?;
        if text.len() > max_input_bytes {
            return Err(Fail::Input(format!(
                "{at}: {document}: {} bytes is over the limit of {max_input_bytes} bytes \
                 (raise it with --max-input-bytes)",
                text.len()
            )));
        }
        Ok(Document {
            id,
            lang: line.lang.unwrap_or_default(),
            title: line.title.unwrap_or_default(),
            text,
            summary,
        })
    }
}

/// The number of lines of `path`, for the progress bar (`None` for standard input).
fn count_lines(path: &str) -> Option<u64> {
    if path == "-" {
        return None;
    }
    let mut reader = std::io::BufReader::new(std::fs::File::open(path).ok()?);
    let mut lines = 0;
    loop {
        let buf = reader.fill_buf().ok()?;
        if buf.is_empty() {
            return Some(lines);
        }
        lines += buf.iter().filter(|&&b| b == b'\n').count() as u64;
        let n = buf.len();
        reader.consume(n);
    }
}

/// Scores the corpus a chunk at a time, each document on its own, on every
/// core; the means add the documents' scores in corpus order, as
/// [`evaluate`] does, so they do not depend on the number of threads.
fn score(cmd: &Command) -> Result<Report, Fail> {
    let mut corpus = Corpus::open(&cmd.corpus)?;
    let limit = cmd.limit.unwrap_or(usize::MAX);
    let total = if std::io::stderr().is_terminal() {
        count_lines(&cmd.corpus).map(|n| n.min(limit as u64))
    } else {
        None
    };
    let bar = progress(total, "documents");
    let mut sums = [[0.0f64; 9]; 2];
    let (mut documents, mut seconds) = (0usize, 0.0f64);
    let mut lead_name = String::new();
    // Documents read so far, for --split.
    let mut read = 0usize;
    let result = (|| -> Result<(), Fail> {
        let mut chunk = Vec::with_capacity(CHUNK);
        loop {
            chunk.clear();
            while chunk.len() < CHUNK && documents + chunk.len() < limit {
                match corpus.next(cmd.options.options.max_input_bytes)? {
                    Some(doc) => {
                        read += 1;
                        if cmd.split.map_or(true, |parity| (read - 1) % 2 == parity) {
                            chunk.push(doc);
                        }
                    }
                    None => break,
                }
            }
            if chunk.is_empty() {
                return Ok(());
            }
            let reports: Vec<Result<Report, Fail>> = chunk
                .par_iter()
                .map(|(line, doc)| {
                    let report =
                        evaluate(std::slice::from_ref(doc), &cmd.options.options, &cmd.config)
                            .map_err(|e| {
                                Fail::Input(format!(
                                    "{}:{line}: {}",
                                    corpus.name,
                                    cmd.options.explain(&e)
                                ))
                            });
                    bar.inc(1);
                    report
                })
                .collect();
            for report in reports {
                let report = report?;
                lead_name.clone_from(&report.lead_name);
                for (sum, scores) in sums.iter_mut().zip([&report.abrege, &report.lead]) {
                    for (k, (_, p)) in scores.named().iter().enumerate() {
                        sum[3 * k] += p.precision;
                        sum[3 * k + 1] += p.recall;
                        sum[3 * k + 2] += p.f1;
                    }
                }
                if report.docs_per_second > 0.0 {
                    seconds += 1.0 / report.docs_per_second;
                }
            }
            documents += chunk.len();
        }
    })();
    bar.finish_and_clear();
    if corpus.replaced > 0 {
        eprintln!(
            "abrege: warning: {} (the first on line {})",
            not_utf8(&corpus.name, corpus.replaced),
            corpus.first_replaced
        );
    }
    result?;
    let mean = |sum: &[f64; 9]| {
        let d = documents.max(1) as f64;
        let prf = |k: usize| Prf {
            precision: sum[3 * k] / d,
            recall: sum[3 * k + 1] / d,
            f1: sum[3 * k + 2] / d,
        };
        RougeScores {
            rouge1: prf(0),
            rouge2: prf(1),
            rouge_l: prf(2),
        }
    };
    Ok(Report {
        documents,
        lead_sentences: cmd.config.lead,
        lead_name: if lead_name.is_empty() {
            format!("Lead-{}", cmd.config.lead)
        } else {
            lead_name
        },
        stem: cmd.config.stem,
        abrege: mean(&sums[0]),
        lead: mean(&sums[1]),
        docs_per_second: if seconds > 0.0 {
            documents as f64 / seconds
        } else {
            0.0
        },
    })
}

/// The report as a side-by-side table, scores in percent.
fn table(report: &Report) -> String {
    let mut t = format!(
        "{}, {}\n",
        plural(report.documents, "document", "documents"),
        if report.stem {
            "stemmed"
        } else {
            "not stemmed"
        }
    );
    t += &format!(
        "         {:<23}  {:<23}  {:>6}\n",
        "abrege", report.lead_name, "ΔF1"
    );
    t += &format!(
        "         {:>7}{:>8}{:>8}  {:>7}{:>8}{:>8}\n",
        "P", "R", "F1", "P", "R", "F1"
    );
    for ((name, a), (_, l)) in report.abrege.named().iter().zip(report.lead.named()) {
        t += &format!(
            "{name}  {:>7.2}{:>8.2}{:>8.2}  {:>7.2}{:>8.2}{:>8.2}  {:>+6.2}\n",
            100.0 * a.precision,
            100.0 * a.recall,
            100.0 * a.f1,
            100.0 * l.precision,
            100.0 * l.recall,
            100.0 * l.f1,
            100.0 * (a.f1 - l.f1)
        );
    }
    t += &format!(
        "{:.0} docs/s (summarising, one core)",
        report.docs_per_second
    );
    t
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
            "c.jsonl --sentences 2 --stem --no-idf --lead 4 --limit 10 --gate --split odd",
        ))
        .unwrap()
        .unwrap();
        assert_eq!(cmd.corpus, "c.jsonl");
        assert_eq!(cmd.options.options.sentences, Some(2));
        assert!(cmd.config.stem && !cmd.options.options.idf && !cmd.config.use_title);
        assert_eq!(
            (cmd.lead, cmd.limit, cmd.split),
            (Some(4), Some(10), Some(1))
        );
        assert_eq!(cmd.gate, Some([0.0; 3]));
        let cmd = parse(&argv("c.jsonl --margin 1,0.5,0 --gate"))
            .unwrap()
            .unwrap();
        assert_eq!(cmd.gate, Some([1.0, 0.5, 0.0]));
        assert_eq!(parse(&argv("c.jsonl")).unwrap().unwrap().gate, None);
    }

    #[test]
    fn rejects_bad_command_lines() {
        for (line, message) in [
            ("", "needs a corpus"),
            ("a.jsonl b.jsonl", "one corpus"),
            ("a.jsonl --frobnicate", "unknown option --frobnicate"),
            ("a.jsonl --lead", "--lead needs a value"),
            ("a.jsonl --limit many", "--limit takes a whole number"),
            ("a.jsonl --margin 1,2", "three numbers"),
            ("a.jsonl --margin 1,x,2", "three numbers"),
            ("a.jsonl --split third", "even or odd"),
        ] {
            match parse(&argv(line)) {
                Err(Fail::Usage(m)) => assert!(m.contains(message), "{line:?}: {m}"),
                Err(other) => panic!("{line:?}: {other:?}"),
                Ok(_) => panic!("{line:?}: accepted"),
            }
        }
        match run(&argv("missing-corpus.jsonl")) {
            Err(Fail::Input(m)) => assert!(m.contains("missing-corpus.jsonl"), "{m}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            run(&argv("a.jsonl --lead 0")),
            Err(Fail::Usage("--lead must be at least 1".into()))
        );
    }

    #[test]
    fn the_table_counts_in_the_singular_and_the_plural() {
        let one = Report {
            documents: 1,
            lead_sentences: 2,
            lead_name: "Lead-2".into(),
            ..Default::default()
        };
        assert!(
            table(&one).starts_with("1 document, not stemmed\n"),
            "{}",
            table(&one)
        );
        let two = Report {
            documents: 2,
            ..one
        };
        assert!(table(&two).starts_with("2 documents,"));
        assert!(table(&two).contains("Lead-2") && table(&two).contains("ROUGE-L"));
    }
}
