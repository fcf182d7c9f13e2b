//! The shared vectors in `tests/vectors/`: the Python and Node bindings check
//! the same files, so all three languages return the same sentences.

use std::path::PathBuf;

use abrege::{Options, Summarizer};
use serde_json::Value;

fn vector_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_vector_gives_the_expected_sentences() {
    let files = vector_files();
    assert!(
        files.len() >= 10,
        "expected the shared vectors, found {}",
        files.len()
    );
    for path in files {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = v["name"].as_str().unwrap();
        let text = v["text"].as_str().unwrap();
        let options: Options = serde_json::from_value(v["options"].clone()).unwrap();
        let summarizer = Summarizer::new(options).unwrap();
        // An HTML vector may give the page as bytes, as a crawler holds it.
        let summary = match v["input"].as_str() {
            Some("bytes") => summarizer.summarize_bytes(text.as_bytes()),
            _ => summarizer.summarize(text),
        }
        .unwrap();
        let expected = &v["expected"];
        // For HTML the offsets index the text abrege made of the page.
        assert_eq!(
            summary.source.as_deref(),
            expected["source"].as_str(),
            "{name}: source"
        );
        if let Some(format) = expected["format"].as_str() {
            assert_eq!(
                serde_json::to_value(summary.format).unwrap(),
                format,
                "{name}: format"
            );
        }
        if let Some(reason) = expected["empty_reason"].as_str() {
            assert_eq!(
                summary.empty_reason.map(|r| r.as_str()),
                Some(reason),
                "{name}: empty reason"
            );
        }
        assert_eq!(
            summary.language,
            expected["language"].as_str().unwrap(),
            "{name}: language"
        );
        assert_eq!(
            summary.title.as_deref(),
            expected["title"].as_str(),
            "{name}: title"
        );
        let got: Vec<(u64, &str, u64, u64)> = summary
            .sentences
            .iter()
            .map(|s| {
                (
                    s.index as u64,
                    s.text.as_str(),
                    s.start as u64,
                    s.end as u64,
                )
            })
            .collect();
        let want: Vec<(u64, &str, u64, u64)> = expected["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["index"].as_u64().unwrap(),
                    s["text"].as_str().unwrap(),
                    s["start"].as_u64().unwrap(),
                    s["end"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want, "{name}");
    }
}
