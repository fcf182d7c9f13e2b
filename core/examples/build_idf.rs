//! Builds the French news IDF table shipped in `core/data/idf/fr.tsv`.
//!
//! It fits an [`IdfTable`] on the `text` of every article of the OrangeSum
//! training split (CC BY-SA 4.0), keeps the stems found in at least
//! `MIN_DF` articles (rarer ones weigh as unseen) and writes the compact
//! form. Deterministic: the same corpus gives the same file.
//!
//! Run from the repository root:
//! `cargo run --release --example build_idf [-- CORPUS.jsonl OUT.tsv]`

use std::process::ExitCode;

use abrege::eval::read_corpus;
use abrege::IdfTable;

/// Stems found in fewer articles than this are left out of the shipped table.
const MIN_DF: u64 = 3;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let corpus = args
        .next()
        .unwrap_or_else(|| "../shared/data/orangesum-abstract-train.jsonl".into());
    let out = args.next().unwrap_or_else(|| "core/data/idf/fr.tsv".into());
    let docs = match read_corpus(&corpus) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("build_idf: FAILED: {e}");
            return ExitCode::FAILURE;
        }
    };
    let table = IdfTable::fit("fr", docs.iter().map(|d| d.text.as_str()));
    let stems = table.df.len();
    let table = table.pruned(MIN_DF);
    let text = table.to_tsv();
    if let Err(e) = std::fs::write(&out, &text) {
        eprintln!("build_idf: FAILED: {out}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{} documents, {stems} stems, {} kept (df >= {MIN_DF}), {} bytes written to {out}",
        table.documents,
        table.df.len(),
        text.len()
    );
    ExitCode::SUCCESS
}
