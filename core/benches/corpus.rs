//! The corpus that benchmarks and bench examples read: the French news
//! articles of `../shared/data/orangesum-abstract-valid.jsonl` (relative to
//! the checkout; another JSONL file with a `text` field can be named in
//! `ABREGE_BENCH_CORPUS`), or, when the file is absent, generated
//! French-like articles of the same size (about 2.7 KB each), so the numbers
//! stay comparable on a bare machine.

#![allow(dead_code)] // each bench target uses part of it

use std::path::{Path, PathBuf};

/// A named set of documents.
pub struct Corpus {
    /// Where the documents came from.
    pub name: String,
    /// The documents' texts.
    pub docs: Vec<String>,
}

impl Corpus {
    /// The total size in bytes.
    pub fn bytes(&self) -> usize {
        self.docs.iter().map(String::len).sum()
    }

    /// The documents joined by blank lines into one text of at least `size`
    /// bytes (the corpus is cycled as needed).
    pub fn concatenated(&self, size: usize) -> String {
        let mut out = String::with_capacity(size + 4096);
        for doc in self.docs.iter().cycle() {
            if out.len() >= size {
                break;
            }
            out.push_str(doc);
            out.push_str("\n\n");
        }
        out
    }
}

fn shared(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data")
        .join(file)
}

fn default_path() -> PathBuf {
    match std::env::var_os("ABREGE_BENCH_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => shared("orangesum-abstract-valid.jsonl"),
    }
}

/// The documents of a JSONL file with a `text` field, if it can be read.
fn read(path: &Path) -> Option<Corpus> {
    let data = std::fs::read_to_string(path).ok()?;
    let docs: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["text"].as_str().expect("a `text` field").to_string()
        })
        .collect();
    let name = path
        .file_name()
        .map_or("corpus".into(), |n| n.to_string_lossy().into_owned());
    Some(Corpus { name, docs })
}

/// The shared corpus if it is there, else the generated one.
pub fn load() -> Corpus {
    read(&default_path()).unwrap_or_else(|| generated(1500))
}

/// A corpus of at least `bytes` bytes without repeats, when one can be had:
/// `ABREGE_BENCH_CORPUS`, else the OrangeSum train split (60 MB), else
/// [`load`]'s.
pub fn load_large(bytes: usize) -> Corpus {
    if std::env::var_os("ABREGE_BENCH_CORPUS").is_none() {
        if let Some(corpus) = read(&shared("orangesum-abstract-train.jsonl")) {
            if corpus.bytes() >= bytes {
                return corpus;
            }
        }
    }
    load()
}

/// `n` generated French-like news articles of about 2.7 KB.
pub fn generated(n: usize) -> Corpus {
    const WORDS: &str =
        "le la les de des du un une et à en dans pour sur avec par qui que a est ont sont \
        gouvernement ministre président réforme retraites budget ville conseil municipal écoles \
        élèves enseignants syndicats grève mardi mercredi jeudi semaine année millions euros \
        police enquête tribunal procès accusé victimes incendie pompiers habitants quartier \
        région pays France Paris Lyon Marseille Europe élection candidat sondage électeurs \
        entreprise salariés emplois usine croissance économie prix hausse baisse annoncé déclaré \
        expliqué selon après avant depuis contre nouvelle nouveau premier dernière grande \
        plusieurs l'État d'euros qu'il n'a s'est aujourd'hui 2,6 400.000 M. Mme";
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |k: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % k as u64) as usize
    };
    let docs = (0..n)
        .map(|_| {
            let mut doc = String::with_capacity(3000);
            while doc.len() < 2600 {
                for _ in 0..2 + next(3) {
                    let len = 8 + next(20);
                    for w in 0..len {
                        let word = words[next(words.len())];
                        if w == 0 {
                            let mut c = word.chars();
                            let first = c.next().expect("a word");
                            doc.extend(first.to_uppercase());
                            doc.push_str(c.as_str());
                        } else {
                            doc.push(' ');
                            doc.push_str(word);
                        }
                    }
                    doc.push_str(if next(10) == 0 { " ! " } else { ". " });
                }
                doc.truncate(doc.trim_end().len());
                doc.push_str("\n\n");
            }
            doc.truncate(doc.trim_end().len());
            doc
        })
        .collect();
    Corpus {
        name: format!("{n} generated French-like articles"),
        docs,
    }
}
