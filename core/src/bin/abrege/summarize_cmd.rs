//! `abrege [OPTIONS] [FILE...]`: summarise.

use abrege::{Options, Summarizer};

use crate::args::{read_input, summary_option, Args};

/// Reads the summarising options and the input files.
fn parse(argv: &[String]) -> Result<(Options, bool, Vec<String>), String> {
    let mut args = Args::new(argv);
    let mut options = Options::default();
    let mut json = false;
    let mut files = Vec::new();
    while let Some(arg) = args.next() {
        if summary_option(&arg, &mut args, &mut options)? {
            continue;
        }
        match arg.as_str() {
            "--title" => options.title = Some(args.value(&arg)?),
            "--json" => json = true,
            "--" => files.extend(std::iter::from_fn(|| args.next())),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} (see --help)"))
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        files.push("-".to_string());
    }
    Ok((options, json, files))
}

pub fn run(argv: &[String]) -> Result<(), String> {
    let (options, json, files) = parse(argv)?;
    let summarizer = Summarizer::new(options).map_err(|e| e.to_string())?;
    for file in &files {
        let text = read_input(file)?;
        let summary = summarizer
            .summarize(&text)
            .map_err(|e| format!("{file}: {e}"))?;
        if json {
            outln!(
                "{}",
                serde_json::to_string(&summary).map_err(|e| e.to_string())?
            );
        } else {
            for s in &summary.sentences {
                outln!("{}", s.text);
            }
        }
    }
    Ok(())
}
