//! `abrege clean [--lang CODE] [--json] FILE`: show what the cleaning stage
//! keeps and what it drops, and why.

use abrege::clean::clean;

use crate::args::{read_input, Args};

pub fn run(argv: &[String]) -> Result<(), String> {
    let mut args = Args::new(argv);
    let mut language = "auto".to_string();
    let mut json = false;
    let mut files = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" | "--language" => language = args.value(&arg)?,
            "--json" => json = true,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} (see --help)"))
            }
            _ => files.push(arg),
        }
    }
    abrege::lang::check_code(&language).map_err(|e| e.to_string())?;
    if files.is_empty() {
        files.push("-".to_string());
    }
    for file in &files {
        let text = read_input(file)?;
        let cleaned = clean(&text, &language);
        if json {
            outln!(
                "{}",
                serde_json::to_string(&cleaned).map_err(|e| e.to_string())?
            );
            continue;
        }
        // Page order: kept blocks and dropped spans interleaved by offset.
        let mut lines: Vec<(usize, String, String)> = cleaned
            .kept
            .iter()
            .map(|s| (s.start, "keep".to_string(), s.text.clone()))
            .chain(cleaned.dropped.iter().map(|d| {
                let reason = serde_json::to_value(d.reason)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                (d.span.start, format!("- {reason}"), d.span.text.clone())
            }))
            .collect();
        lines.sort_by_key(|l| l.0);
        if files.len() > 1 {
            outln!("== {file}");
        }
        outln!("language: {}", cleaned.language);
        if let Some(t) = &cleaned.title {
            outln!("title:    {}", t.text);
        }
        for (_, tag, text) in lines {
            outln!("{tag:<13} {}", shorten(&text, 110));
        }
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
