//! The `abrege` command line, run as a user would.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs `abrege` with `args` and this standard input, in the crate's directory.
fn abrege(args: &[&str], stdin: Option<&str>) -> Output {
    run_in(Path::new("."), args, &[], stdin.unwrap_or("").as_bytes())
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../tests/fixtures/articles/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn json_output_has_offsets_scores_and_features() {
    let path = fixture("budget-lyon.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let out = abrege(&["--json", "--sentences", "3", &path], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["language"], "fr");
    let sentences = v["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3);
    for s in sentences {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b) && a < b);
        assert!(s["score"].is_f64());
        assert!(s["features"]["centrality"].is_f64());
        assert!(s["index"].is_u64());
    }
    // Two runs print the same bytes.
    let again = abrege(&["--json", "--sentences", "3", &path], None);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), stdout);
}

#[test]
fn plain_output_is_one_sentence_per_line_and_reads_stdin() {
    let text = "Le Parlement a voté la loi mardi. Le texte entre en vigueur en janvier. Les syndicats protestent.";
    let out = abrege(&["--sentences", "2", "--lang", "fr"], Some(text));
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(stdout.lines().all(|l| text.contains(l)));
}

#[test]
fn one_json_object_per_input_file() {
    let (a, b) = (fixture("budget-lyon.txt"), fixture("sommet-quotes.txt"));
    let out = abrege(&["--json", "--max-words", "60", &a, &b], None);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let objects: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objects.len(), 2);
}

#[test]
fn errors_are_one_line_without_a_panic() {
    let cases: &[&[&str]] = &[
        &["--sentences", "0"],
        &["--sentences", "deux"],
        &["--ratio", "2"],
        &["--sentences", "2", "--max-words", "10"],
        &["--lang", "klingon"],
        &["--bogus"],
        &["--sentences"],
        &["/nonexistent/article.txt"],
    ];
    for args in cases {
        let out = abrege(args, Some("Un texte. Deux phrases."));
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("abrege: ") && !stderr.contains("panicked"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn help_lists_the_options() {
    let out = abrege(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--sentences",
        "--ratio",
        "--max-words",
        "--max-chars",
        "--lang",
        "--title",
        "--json",
    ] {
        assert!(help.contains(flag), "{flag}");
    }
}

#[test]
fn a_reader_that_goes_away_is_not_a_panic() {
    // Far more output than a pipe buffers, read only in part (`abrege … | head -1`).
    let text: String = (0..20_000)
        .map(|i| format!("Le conseil numéro {i} a voté une motion sur les écoles de la ville. "))
        .collect();
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("many-sentences.txt");
    std::fs::write(&path, text).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_abrege"))
        .args([
            "--lang",
            "fr",
            "--no-clean",
            "--sentences",
            "20000",
            path.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
}

// ---- Running the command --------------------------------------------------

/// Runs `abrege` with `args` in `dir`, these environment variables and this
/// standard input; standard error is a pipe, not a terminal.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abrege"))
        .current_dir(dir)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // The command may exit before reading its input (a bad option): a broken pipe is fine.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn all_fixtures() -> Vec<String> {
    let mut files: Vec<String> = ["articles", "pages"]
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(fixture(&format!("../{dir}")))
                .unwrap()
                .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        })
        .collect();
    files.sort();
    files
}

// ---- Help and version -------------------------------------------------------

#[test]
fn version_prints_the_crate_version() {
    for flag in ["--version", "-V"] {
        let out = abrege(&[flag], None);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert_eq!(
            stdout(&out),
            format!("abrege {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn every_command_has_its_help_and_help_is_no_file_name() {
    let dir = scratch("help");
    // A file named `help` in the current directory is not read by `abrege help`.
    std::fs::write(
        dir.join("help"),
        "Le conseil municipal a voté le budget. Les écoles seront rénovées.",
    )
    .unwrap();
    let text = |args: &[&str]| {
        let out = run_in(&dir, args, &[], b"");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let main = text(&["--help"]);
    assert!(main.starts_with("abrege: extractive summaries"), "{main}");
    for args in [
        &["-h"][..],
        &["help"],
        &["help", "help"],
        &["--json", "--help"],
    ] {
        assert_eq!(text(args), main, "{args:?}");
    }
    let clean = text(&["clean", "--help"]);
    assert!(clean.starts_with("abrege clean:"), "{clean}");
    assert_eq!(text(&["clean", "-h"]), clean);
    assert_eq!(text(&["help", "clean"]), clean);
    let eval = text(&["eval", "--help"]);
    assert!(eval.starts_with("abrege eval:"), "{eval}");
    assert_eq!(text(&["eval", "-h"]), eval);
    assert_eq!(text(&["help", "eval"]), eval);

    // Each help names every flag its command reads.
    for flag in [
        "--sentences",
        "--ratio",
        "--max-words",
        "--max-chars",
        "--lang",
        "--title",
        "--no-clean",
        "--no-idf",
        "--max-input-bytes",
        "--json",
        "--offsets",
        "--version",
    ] {
        assert!(main.contains(flag), "abrege --help lacks {flag}");
    }
    for flag in ["--lang", "--json", "--offsets"] {
        assert!(clean.contains(flag), "abrege clean --help lacks {flag}");
    }
    for flag in [
        "--sentences",
        "--max-words",
        "--lang",
        "--no-clean",
        "--no-idf",
        "--max-input-bytes",
        "--use-title",
        "--stem",
        "--lead",
        "--limit",
        "--gate",
        "--json",
    ] {
        assert!(eval.contains(flag), "abrege eval --help lacks {flag}");
    }
    // The defaults it states are the crate's.
    assert!(main.contains("bytes (default"), "{main}");
    assert!(main.contains(&abrege::DEFAULT_MAX_INPUT_BYTES.to_string()));
    assert!(main.contains(&format!(
        "(the default budget: {})",
        abrege::DEFAULT_SENTENCES
    )));

    // The file is still reachable by a path, or after `--`.
    for args in [&["./help"][..], &["--", "help"]] {
        let summary = text(args);
        assert!(
            summary.contains("Le conseil municipal a voté le budget."),
            "{args:?}: {summary}"
        );
    }
    let out = run_in(&dir, &["help", "summarise-this"], &[], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no command `summarise-this`"),
        "{}",
        stderr(&out)
    );
}

// ---- Several files ----------------------------------------------------------

#[test]
fn several_files_are_named_in_text_output() {
    let (a, b) = (fixture("budget-lyon.txt"), fixture("sommet-quotes.txt"));
    let one = |path: &str| stdout(&abrege(&["--sentences", "2", path], None));
    let (only_a, only_b) = (one(&a), one(&b));
    assert!(!only_a.contains("==>"), "one input, no header: {only_a}");
    assert_eq!(only_a.lines().count(), 2);
    let out = abrege(&["--sentences", "2", &a, &b], None);
    assert_eq!(out.status.code(), Some(0));
    // `head`'s layout: a header per file, a blank line between files.
    assert_eq!(
        stdout(&out),
        format!("==> {a} <==\n{only_a}\n==> {b} <==\n{only_b}")
    );
    // Standard input is named as `head` names it.
    let text = std::fs::read_to_string(&a).unwrap();
    let out = abrege(&["--sentences", "2", "-", &b], Some(&text));
    assert!(
        stdout(&out).starts_with(&format!("==> standard input <==\n{only_a}\n==> {b} <==\n")),
        "{}",
        stdout(&out)
    );
    // clean names its inputs the same way.
    let out = abrege(&["clean", &a, &b], None);
    let listing = stdout(&out);
    assert_eq!(listing.matches("==> ").count(), 2, "{listing}");
    assert!(
        listing.starts_with(&format!("==> {a} <==\nlanguage: fr\n")),
        "{listing}"
    );
    assert!(
        listing.contains(&format!("\n\n==> {b} <==\nlanguage: fr\n")),
        "{listing}"
    );
}

#[test]
fn every_json_object_names_its_file() {
    let files = all_fixtures();
    let args: Vec<&str> = ["--json"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let objects = json_lines(&abrege(&args, None));
    let named: Vec<&str> = objects
        .iter()
        .map(|o| o["file"].as_str().unwrap())
        .collect();
    assert_eq!(named, files.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(objects.iter().all(|o| o["sentences"].is_array()));

    let mut clean_args = vec!["clean"];
    clean_args.extend(&args);
    let objects = json_lines(&abrege(&clean_args, None));
    let named: Vec<&str> = objects
        .iter()
        .map(|o| o["file"].as_str().unwrap())
        .collect();
    assert_eq!(named, files.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(objects
        .iter()
        .all(|o| o["kept"].is_array() && o["dropped"].is_array()));

    // Standard input is `-`, as typed; one input still carries its name.
    let objects = json_lines(&abrege(&["--json"], Some("Un texte court. Une phrase.")));
    assert_eq!(objects.len(), 1);
    assert_eq!(objects[0]["file"], "-");
    let objects = json_lines(&abrege(&["clean", "--json", &files[0]], None));
    assert_eq!(objects[0]["file"], files[0].as_str());
}

#[test]
fn a_file_that_fails_is_reported_and_the_others_go_on() {
    let (a, b) = (fixture("budget-lyon.txt"), fixture("sommet-quotes.txt"));
    let out = abrege(&["--json", &a, "/nonexistent/page.txt", &b], None);
    assert_eq!(out.status.code(), Some(1));
    let files: Vec<_> = json_lines(&out)
        .iter()
        .map(|o| o["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, [a.clone(), b.clone()]);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("abrege: /nonexistent/page.txt: "), "{err}");
    // One input over the size limit: named, with the flag that raises the limit.
    let out = abrege(&["--max-input-bytes", "1000", &a, &b], None);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "abrege: {a}: 1184 bytes is over the limit of 1000 bytes"
        )),
        "{err}"
    );
    assert!(
        err.contains("--max-input-bytes") && !err.contains("max_input_bytes"),
        "{err}"
    );
    assert_eq!(
        stdout(&out)
            .lines()
            .filter(|l| l.starts_with("==>"))
            .count(),
        1
    );
}

// ---- Offsets ----------------------------------------------------------------

/// An article whose characters take one to four bytes and one or two UTF-16
/// units, so that the three units disagree.
const WIDE: &str = "Lyon 🚲 : le vélo électrique gagne du terrain\n\n\
    Le conseil de la métropole 🏛️ a voté jeudi un plan de 40 millions d’euros pour les pistes cyclables.\n\n\
    « C’est un tournant », a déclaré la présidente ; les travaux commenceront en mars 𝟐𝟎𝟐𝟔.\n\n\
    Les associations d’usagers saluent l’effort mais réclament des garages sécurisés près des gares.\n\n\
    Abonnez-vous à notre lettre d’information 📩\n";

/// `(start, end)` pairs of every span in a JSON object: the summary's
/// sentences, or clean's title, kept and dropped spans, with their text.
fn spans(object: &serde_json::Value) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    let mut add = |s: &serde_json::Value| {
        found.push((
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
            s["text"].as_str().unwrap().to_string(),
        ))
    };
    for key in ["sentences", "kept", "dropped"] {
        object[key]
            .as_array()
            .into_iter()
            .flatten()
            .for_each(&mut add);
    }
    if object["title"].is_object() {
        add(&object["title"]);
    }
    found
}

#[test]
fn offsets_come_in_bytes_chars_or_utf16() {
    assert!(WIDE.chars().count() < WIDE.encode_utf16().count());
    let dir = scratch("offsets");
    let path = dir.join("wide.txt");
    std::fs::write(&path, WIDE).unwrap();
    let path = path.to_str().unwrap();
    for command in [&["--sentences", "3"][..], &["clean"]] {
        let json = |unit: Option<&str>| {
            let mut args = command.to_vec();
            args.extend(["--json", "--lang", "fr"]);
            if let Some(u) = unit {
                args.extend(["--offsets", u]);
            }
            args.push(path);
            let out = abrege(&args, None);
            assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
            let objects = json_lines(&out);
            assert_eq!(objects.len(), 1);
            spans(&objects[0])
        };
        let bytes = json(Some("bytes"));
        assert!(bytes.len() >= 3, "{command:?}: {bytes:?}");
        assert_eq!(json(None), bytes, "bytes are the default");
        let chars = json(Some("chars"));
        let utf16 = json(Some("utf16"));
        let units: Vec<u16> = WIDE.encode_utf16().collect();
        let code_points: Vec<char> = WIDE.chars().collect();
        for ((b, c), u) in bytes.iter().zip(&chars).zip(&utf16) {
            let slice = &WIDE[b.0..b.1];
            // Each unit counts what precedes the offset in the text.
            assert_eq!(c.0, WIDE[..b.0].chars().count());
            assert_eq!(c.1, WIDE[..b.1].chars().count());
            assert_eq!(u.0, WIDE[..b.0].encode_utf16().count());
            assert_eq!(u.1, WIDE[..b.1].encode_utf16().count());
            // And slicing in that unit gives the same characters back.
            assert_eq!(code_points[c.0..c.1].iter().collect::<String>(), slice);
            assert_eq!(String::from_utf16(&units[u.0..u.1]).unwrap(), slice);
            assert!(b.2 == c.2 && c.2 == u.2);
        }
        // The spans past the first wide characters really differ between units.
        assert!(bytes
            .iter()
            .zip(&chars)
            .zip(&utf16)
            .any(|((b, c), u)| b.0 > c.0 && c.0 < u.0));
    }
    let out = abrege(&["--offsets", "words", path], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--offsets takes bytes, chars or utf16"),
        "{}",
        stderr(&out)
    );
}

// ---- Errors name the flags --------------------------------------------------

#[test]
fn option_errors_name_the_flag_as_typed() {
    let a = fixture("budget-lyon.txt");
    let cases: &[(&[&str], &str)] = &[
        (
            &["--max-words", "0"],
            "invalid value for --max-words: must be at least 1",
        ),
        (
            &["--max-words=0"],
            "invalid value for --max-words: must be at least 1",
        ),
        (
            &["--max-chars", "0"],
            "invalid value for --max-chars: must be at least 1",
        ),
        (
            &["--sentences", "0"],
            "invalid value for --sentences: must be at least 1",
        ),
        (
            &["--ratio", "2"],
            "invalid value for --ratio: must be in (0, 1]",
        ),
        (&["--ratio", "NaN"], "invalid value for --ratio"),
        (
            &["--max-input-bytes", "0"],
            "invalid value for --max-input-bytes",
        ),
        (
            &["--lang", "klingon"],
            "invalid value for --lang: unsupported language `klingon`",
        ),
        (
            &["--language", "klingon"],
            "invalid value for --language: unsupported language",
        ),
        (
            &["--max-words", "dix"],
            "--max-words takes a whole number, got `dix`",
        ),
        (
            &["--ratio", "0.5", "--max-words", "60"],
            "--ratio and --max-words both set the summary's length",
        ),
        (&["--json=yes"], "--json takes no value"),
        (&["-s", "2"], "unknown option -s"),
        (
            &["eval", "corpus.jsonl", "--max-chars", "0"],
            "invalid value for --max-chars: must be at least 1",
        ),
        (
            &[
                "eval",
                "corpus.jsonl",
                "--sentences",
                "2",
                "--max-chars",
                "50",
            ],
            "--sentences and --max-chars both set",
        ),
        (
            &["eval", "corpus.jsonl", "--lang", "xx"],
            "invalid value for --lang",
        ),
        (
            &["clean", "--lang", "xx"],
            "invalid value for --lang: unsupported language `xx`",
        ),
        (
            &["clean", "--sentences", "2"],
            "unknown option --sentences (see abrege clean --help",
        ),
    ];
    for (args, message) in cases {
        let mut argv = args.to_vec();
        if argv[0] != "eval" {
            argv.push(&a);
        }
        let out = abrege(&argv, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.starts_with("abrege: ") && err.contains(message),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        // Never the core's field names.
        for field in ["max_words", "max_chars", "max_input_bytes", "option `"] {
            assert!(!err.contains(field), "{args:?}: {err}");
        }
        assert!(stdout(&out).is_empty(), "{args:?}");
    }
    // `--flag=value` is read as `--flag value`.
    let spaced = abrege(&["--max-words", "40", "--lang", "fr", &a], None);
    let joined = abrege(&["--max-words=40", "--lang=fr", &a], None);
    assert_eq!(joined.status.code(), Some(0));
    assert_eq!(stdout(&joined), stdout(&spaced));
}

// ---- Evaluation -------------------------------------------------------------

const ARTICLE: &str = "Le conseil municipal de Lyon a adopté mardi soir le budget de la ville.\n\n\
    Le budget prévoit la rénovation des écoles et de nouvelles pistes cyclables.\n\n\
    La séance a duré six heures.";

fn corpus_line(id: &str, fields: &[(&str, &str)]) -> String {
    let mut object = serde_json::Map::new();
    object.insert("id".into(), id.into());
    object.insert("lang".into(), "fr".into());
    for (k, v) in fields {
        object.insert(k.to_string(), (*v).into());
    }
    serde_json::Value::Object(object).to_string()
}

#[test]
fn eval_counts_documents_in_the_singular_and_the_plural() {
    let dir = scratch("eval-count");
    let summary = "Lyon a adopté le budget de la ville, qui rénove les écoles.";
    let line = corpus_line("a", &[("text", ARTICLE), ("summary", summary)]);
    std::fs::write(dir.join("one.jsonl"), format!("{line}\n")).unwrap();
    std::fs::write(dir.join("two.jsonl"), format!("{line}\n\n{line}\n")).unwrap();
    let out = run_in(&dir, &["eval", "one.jsonl", "--sentences", "1"], &[], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.starts_with("one.jsonl: 1 document, not stemmed\n"),
        "{table}"
    );
    assert!(
        table.contains("Lead-1") && table.contains("ROUGE-L"),
        "{table}"
    );
    let out = run_in(&dir, &["eval", "two.jsonl", "--sentences", "1"], &[], b"");
    assert!(
        stdout(&out).starts_with("two.jsonl: 2 documents, not stemmed\n"),
        "{}",
        stdout(&out)
    );
    // The JSON report names its corpus, and the count agrees.
    let out = run_in(&dir, &["eval", "two.jsonl", "--json"], &[], b"");
    let report = &json_lines(&out)[0];
    assert_eq!(
        (report["file"].as_str(), report["documents"].as_u64()),
        (Some("two.jsonl"), Some(2))
    );
    // The corpus may come on standard input.
    let out = run_in(
        &dir,
        &["eval", "-", "--json"],
        &[],
        format!("{line}\n").as_bytes(),
    );
    let report = &json_lines(&out)[0];
    assert_eq!(
        (report["file"].as_str(), report["documents"].as_u64()),
        (Some("-"), Some(1))
    );
}

#[test]
fn eval_without_reference_summaries_names_the_file_and_line() {
    let dir = scratch("eval-no-summary");
    let good = corpus_line(
        "a",
        &[("text", ARTICLE), ("summary", "Lyon vote son budget.")],
    );
    for (name, bad, missing) in [
        (
            "no-summary.jsonl",
            corpus_line("b", &[("text", ARTICLE)]),
            "summary",
        ),
        (
            "blank-summary.jsonl",
            corpus_line("b", &[("text", ARTICLE), ("summary", " ")]),
            "summary",
        ),
        (
            "no-text.jsonl",
            corpus_line("b", &[("article", ARTICLE), ("summary", "Un résumé.")]),
            "text",
        ),
    ] {
        // The bad document is on line 3, after a blank line.
        std::fs::write(dir.join(name), format!("{good}\n\n{bad}\n{good}\n")).unwrap();
        let out = run_in(&dir, &["eval", name], &[], b"");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("abrege: {name}:3: document b has no `{missing}`")),
            "{name}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(stdout(&out).is_empty());
    }
    // Every line of a corpus of articles only: the first line is named.
    std::fs::write(
        dir.join("articles.jsonl"),
        corpus_line("z", &[("text", ARTICLE)]) + "\n",
    )
    .unwrap();
    let out = run_in(&dir, &["eval", "articles.jsonl"], &[], b"");
    assert!(
        stderr(&out).contains("articles.jsonl:1: document z has no `summary`"),
        "{}",
        stderr(&out)
    );
    // A line that is not JSON is named too.
    std::fs::write(dir.join("broken.jsonl"), format!("{good}\n{{oops\n")).unwrap();
    let out = run_in(&dir, &["eval", "broken.jsonl"], &[], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("abrege: broken.jsonl:2: "),
        "{}",
        stderr(&out)
    );
}

// ---- Encodings --------------------------------------------------------------

#[test]
fn text_that_is_not_utf8_is_read_with_a_warning() {
    let dir = scratch("latin1");
    // The article in Latin-1: each accented letter is one byte no UTF-8 text holds.
    let utf8 = "Le conseil municipal a voté mardi le budget de la ville. \
                Les écoles seront rénovées en 2026. La séance a duré six heures.";
    let latin1: Vec<u8> = utf8
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    let accented = utf8.chars().filter(|c| !c.is_ascii()).count();
    std::fs::write(dir.join("latin1.txt"), &latin1).unwrap();
    let out = run_in(&dir, &["--json", "--lang", "fr", "latin1.txt"], &[], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(
        err,
        format!("abrege: warning: latin1.txt: not valid UTF-8: {accented} invalid byte sequences replaced by U+FFFD\n")
    );
    // Offsets index the text as read, every invalid byte one U+FFFD.
    let read = String::from_utf8_lossy(&latin1);
    let objects = json_lines(&out);
    let sentences = objects[0]["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3);
    for s in sentences {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(read[a..b], *s["text"].as_str().unwrap());
    }
    assert!(sentences[1]["text"]
        .as_str()
        .unwrap()
        .starts_with("Les \u{fffd}coles"));
    // One sequence is said in the singular; standard input is named as such.
    let out = run_in(
        &dir,
        &["--lang", "fr"],
        &[],
        b"Un texte en caf\xe9. Une autre phrase.",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        "abrege: warning: standard input: not valid UTF-8: 1 invalid byte sequence replaced by U+FFFD\n"
    );
    // clean reads the same way.
    let out = run_in(&dir, &["clean", "latin1.txt"], &[], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("latin1.txt: not valid UTF-8"),
        "{}",
        stderr(&out)
    );
    // And a corpus line that is not UTF-8 is scored, with a warning naming the line.
    let good = corpus_line(
        "a",
        &[("text", ARTICLE), ("summary", "Lyon vote son budget.")],
    );
    let mut corpus = format!("{good}\n{good}\n").into_bytes();
    corpus.extend(
        good.as_bytes()
            .iter()
            .map(|&b| if b == b'L' { 0xff } else { b }),
    );
    corpus.extend(b"\n");
    std::fs::write(dir.join("corpus.jsonl"), corpus).unwrap();
    let out = run_in(&dir, &["eval", "corpus.jsonl"], &[], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = good.matches('L').count();
    assert_eq!(
        stderr(&out),
        format!("abrege: warning: corpus.jsonl: not valid UTF-8: {lines} invalid byte sequences replaced by U+FFFD (the first on line 3)\n")
    );
    assert!(
        stdout(&out).starts_with("corpus.jsonl: 3 documents"),
        "{}",
        stdout(&out)
    );
}

// ---- Many inputs: every core, same output, a bar only on a terminal ---------

#[test]
fn many_inputs_give_the_same_output_on_one_or_many_threads() {
    let files = all_fixtures();
    let mut args = vec!["--json", "--offsets", "utf16"];
    args.extend(files.iter().map(String::as_str));
    // More files than are worked on at a time.
    let repeated: Vec<&str> = args
        .iter()
        .copied()
        .chain((0..8).flat_map(|_| files.iter().map(String::as_str)))
        .collect();
    let dir = scratch("threads");
    let one = run_in(&dir, &repeated, &[("RAYON_NUM_THREADS", "1")], b"");
    let four = run_in(&dir, &repeated, &[("RAYON_NUM_THREADS", "4")], b"");
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(json_lines(&one).len(), files.len() * 9);
    assert_eq!(stdout(&one), stdout(&four));
    // Piped, standard error holds no progress output.
    assert_eq!(stderr(&one), "");
    assert_eq!(stderr(&four), "");

    // The same for eval, docs/s aside (a timing).
    let mut corpus = String::new();
    for (i, f) in files.iter().enumerate() {
        let text = std::fs::read_to_string(f).unwrap();
        let first_line = text
            .lines()
            .find(|l| l.len() > 40)
            .unwrap_or("")
            .to_string();
        corpus += &corpus_line(&i.to_string(), &[("text", &text), ("summary", &first_line)]);
        corpus.push('\n');
    }
    std::fs::write(dir.join("corpus.jsonl"), corpus.repeat(150)).unwrap();
    let report = |threads: &str| {
        let out = run_in(
            &dir,
            &["eval", "corpus.jsonl", "--json", "--stem"],
            &[("RAYON_NUM_THREADS", threads)],
            b"",
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stderr(&out), "", "no progress output when piped");
        let mut report = json_lines(&out).remove(0);
        assert!(report["docs_per_second"].as_f64().unwrap() > 0.0);
        report.as_object_mut().unwrap().remove("docs_per_second");
        report
    };
    let one = report("1");
    assert_eq!(one["documents"], files.len() * 150);
    assert_eq!(one, report("4"));
}

/// Runs `command` (a shell command line) with a terminal as its standard
/// error, through util-linux `script`; returns what the terminal showed.
fn on_a_terminal(dir: &Path, command: &str) -> String {
    let out = Command::new("script")
        .current_dir(dir)
        .args(["-q", "-e", "-c", command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("util-linux `script` runs a command on a terminal");
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_terminal_shows_a_progress_bar_that_is_cleared() {
    let dir = scratch("terminal");
    let files = all_fixtures();
    let bin = env!("CARGO_BIN_EXE_abrege");
    let shown = on_a_terminal(
        &dir,
        &format!("{bin} --json {} > out.jsonl", files.join(" ")),
    );
    assert!(
        shown.contains(&format!("/{} files", files.len())),
        "{shown:?}"
    );
    // The bar is erased at the end (ANSI "erase line"), and stdout got the results only.
    assert!(shown.contains("\x1b[2K"), "{shown:?}");
    let out = std::fs::read_to_string(dir.join("out.jsonl")).unwrap();
    assert_eq!(out.lines().count(), files.len());

    let line = corpus_line(
        "a",
        &[("text", ARTICLE), ("summary", "Lyon vote son budget.")],
    );
    std::fs::write(dir.join("corpus.jsonl"), format!("{line}\n").repeat(300)).unwrap();
    let shown = on_a_terminal(&dir, &format!("{bin} eval corpus.jsonl > report.txt"));
    assert!(shown.contains("/300 documents"), "{shown:?}");
    let report = std::fs::read_to_string(dir.join("report.txt")).unwrap();
    assert!(
        report.starts_with("corpus.jsonl: 300 documents"),
        "{report}"
    );
    // One input: no bar.
    let shown = on_a_terminal(&dir, &format!("{bin} {} > one.txt", files[0]));
    assert_eq!(shown, "");
}

fn html_fixture(name: &str) -> String {
    format!(
        "{}/../tests/fixtures/html/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_page_file_is_read_as_html_and_gives_the_api_s_sentences() {
    let path = html_fixture("de-nachrichten.html"); // ISO-8859-1, as it declares
    let bytes = std::fs::read(&path).unwrap();
    let api = abrege::Summarizer::new(abrege::Options::default())
        .unwrap()
        .summarize_bytes(&bytes)
        .unwrap();
    let out = abrege(&[&path], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Decoded by its charset: no warning about UTF-8.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let want: Vec<String> = api.sentences.iter().map(|s| s.text.clone()).collect();
    assert_eq!(lines, want);
    let out = abrege(&["--json", &path], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "html");
    let source = v["source"].as_str().unwrap();
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(source[a..b].starts_with(&s["text"].as_str().unwrap()[..10]));
    }
    // Standard input is read as bytes too.
    let piped = abrege(
        &["-"],
        Some(&String::from_utf8_lossy(
            &std::fs::read(html_fixture("en-amp.html")).unwrap(),
        )),
    );
    assert!(String::from_utf8(piped.stdout)
        .unwrap()
        .starts_with("More than 20,000 homes"));
}

#[test]
fn clean_detects_html_and_format_forces_text() {
    let path = html_fixture("fr-quotidien.html");
    let out = abrege(&["clean", &path], None);
    let text = String::from_utf8(out.stdout).unwrap();
    for reason in [
        "- consent",
        "- navigation",
        "- comments",
        "- paywall",
        "- related",
        "keep ",
    ] {
        assert!(text.contains(reason), "{reason} in\n{text}");
    }
    let out = abrege(&["clean", "--json", "--format", "text", &path], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "text");
    assert!(v["source"].is_null());
    let out = abrege(&["--format", "pdf", &path], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format takes auto, text or html"));
}

#[test]
fn extract_prints_the_article_and_its_metadata() {
    let path = html_fixture("fr-quotidien.html");
    let out = abrege(&["extract", &path], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let paragraphs: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert_eq!(paragraphs.len(), 5, "{text}"); // four paragraphs and a section heading
    assert!(paragraphs[0].starts_with("Le conseil municipal de Lyon"));
    assert_eq!(paragraphs[2], "Une opposition divisée");
    assert!(!text.contains("cookies") && !text.contains("Enfin une bonne nouvelle"));
    let out = abrege(&["extract", "--json", &path], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["text"].as_str().unwrap(), text.trim_end());
    assert_eq!(v["metadata"]["byline"], "Claire Fontaine");
    assert_eq!(
        v["title"],
        "Lyon : le conseil municipal adopte un budget record pour les écoles"
    );
    let blocks = v["blocks"].as_array().unwrap();
    let source = v["source"].as_str().unwrap();
    assert!(blocks.iter().any(|b| b["reason"] == "comments"));
    assert!(blocks.iter().any(|b| b["reason"].is_null()));
    for b in blocks {
        let (a, e) = (
            b["start"].as_u64().unwrap() as usize,
            b["end"].as_u64().unwrap() as usize,
        );
        assert!(!source[a..e].is_empty());
    }
}
