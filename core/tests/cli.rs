//! The `abrege` command line, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn abrege(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abrege"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // The command may exit before reading its input (a bad option): a broken pipe is fine.
    let _ = input.write_all(stdin.unwrap_or("").as_bytes());
    drop(input);
    child.wait_with_output().unwrap()
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
