//! The learned scorer: one row of [`Weights`] per language and budget,
//! shipped as `core/data/scorer.tsv` and parsed once, at first use.
//!
//! `core/examples/train.rs` writes the table: French rows are learned from
//! OrangeSum train, English rows from BBC news; every other language
//! (the `*` rows) keeps weights that hold for news in general. What to
//! pick for one sentence and for five differs, so each language has a
//! row per budget: 1, 2, 3, 4, and 5 or more sentences. A budget in words
//! or characters counts as the number of the article's sentences of
//! average length that it holds.

use std::sync::OnceLock;

use super::Weights;
use crate::options::Budget;

/// The shipped table.
const TABLE: &str = include_str!("../../data/scorer.tsv");

/// The budget classes: 1 to 4 sentences, and 5 or more.
pub(crate) const CLASSES: usize = 5;

/// Rows by language, then by budget class.
struct Model {
    rows: Vec<(String, [Weights; CLASSES])>,
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| parse(TABLE).expect("the shipped scorer table is well formed"))
}

/// The rows of a shipped table, each by language and budget class.
pub(crate) type Classes<T> = Vec<(String, [Option<T>; CLASSES])>;

/// Reads a shipped, tab-separated table: `#` comments and blank lines are
/// skipped; the first line is the header, which must start with `fixed`;
/// each further line has as many cells as the header, a language first and
/// a budget class (1 to [`CLASSES`]) second. Every header name after the
/// fixed ones must be `known`. `row(fixed cells, names, cells)` turns a
/// line into a value, filed under its language and class.
pub(crate) fn read_table<T>(
    table: &str,
    fixed: &[&str],
    known: impl Fn(&str) -> bool,
    mut row: impl FnMut(&[&str], &[&str], &[&str]) -> Result<T, String>,
) -> Result<Classes<T>, String> {
    let mut lines = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().ok_or("no header")?.split('\t').collect();
    if header.get(..fixed.len()) != Some(fixed) {
        return Err(format!("bad header {header:?}"));
    }
    let names = &header[fixed.len()..];
    if let Some(bad) = names.iter().find(|n| !known(n)) {
        return Err(format!("unknown column {bad}"));
    }
    let mut rows: Classes<T> = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != header.len() {
            return Err(format!(
                "{} cells, not {}: {line}",
                cells.len(),
                header.len()
            ));
        }
        let class: usize = cells[1].parse().map_err(|_| format!("bad class: {line}"))?;
        if !(1..=CLASSES).contains(&class) {
            return Err(format!("class out of range: {line}"));
        }
        let value = row(&cells[..fixed.len()], names, &cells[fixed.len()..])?;
        let at = match rows.iter().position(|r| r.0 == cells[0]) {
            Some(at) => at,
            None => {
                rows.push((cells[0].to_string(), Default::default()));
                rows.len() - 1
            }
        };
        rows[at].1[class - 1] = Some(value);
    }
    Ok(rows)
}

/// Reads a table: `#` comments, a header `language sentences <weight names…>`,
/// then one row per language and class, tab-separated. Every language must
/// have every class, and the `*` language must be there.
fn parse(table: &str) -> Result<Model, String> {
    // A weight's name is checked where it is set, row by row.
    let rows = read_table(
        table,
        &["language", "sentences"],
        |_| true,
        |_, names, cells| {
            let mut w = Weights::zero();
            for (name, cell) in names.iter().zip(cells) {
                let v: f64 = cell.parse().map_err(|_| format!("bad weight {cell}"))?;
                if !w.set(name, v) {
                    return Err(format!("unknown weight {name}"));
                }
            }
            Ok(w)
        },
    )?;
    let rows = rows
        .into_iter()
        .map(|(lang, ws)| {
            let missing = || format!("{lang} lacks a class");
            let ws: Vec<Weights> = ws.into_iter().collect::<Option<_>>().ok_or_else(missing)?;
            Ok((lang, ws.try_into().map_err(|_| "five classes")?))
        })
        .collect::<Result<Vec<_>, String>>()?;
    if !rows.iter().any(|r| r.0 == "*") {
        return Err("no `*` row".into());
    }
    Ok(Model { rows })
}

/// The learned weights for a text in `language` (an ISO 639-1 code) and a
/// budget of `sentences` sentences.
pub(crate) fn learned(language: &str, sentences: usize) -> &'static Weights {
    let m = model();
    let row = m
        .rows
        .iter()
        .find(|r| r.0 == language)
        .or_else(|| m.rows.iter().find(|r| r.0 == "*"))
        .expect("a `*` row");
    &row.1[sentences.clamp(1, CLASSES) - 1]
}

/// The budget in sentences that `budget` amounts to for a document of
/// `sentences` sentences holding `words` words and `chars` characters.
pub(crate) fn sentences_of(budget: Budget, sentences: usize, words: usize, chars: usize) -> usize {
    let n = sentences.max(1) as f64;
    let k = match budget {
        Budget::Sentences(k) => k as f64,
        Budget::Ratio(r) => (r * n).ceil(),
        Budget::MaxWords(w) => (w as f64 * n / words.max(1) as f64).round(),
        Budget::MaxChars(c) => (c as f64 * n / chars.max(1) as f64).round(),
    };
    (k as usize).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_has_every_class_of_fr_en_and_the_rest() {
        for lang in ["fr", "en", "*"] {
            assert!(model().rows.iter().any(|r| r.0 == lang), "{lang}");
        }
        // Another language takes the `*` row; budgets past five take the last class.
        assert_eq!(learned("de", 2), learned("*", 2));
        assert_eq!(learned("fr", 9), learned("fr", 5));
        assert_eq!(learned("fr", 0), learned("fr", 1));
        assert_eq!(*learned("fr", 3), Weights::default());
    }

    #[test]
    fn bad_tables_are_refused() {
        let header = "language\tsentences\tposition\n";
        let full = |lang: &str| {
            (1..=5)
                .map(|k| format!("{lang}\t{k}\t1\n"))
                .collect::<String>()
        };
        assert!(parse(&format!("{header}{}", full("*"))).is_ok());
        for bad in [
            format!("{header}{}", full("fr")),                   // no `*`
            format!("{header}*\t1\t1\n"),                        // classes missing
            format!("{header}{}*\t6\t1\n", full("*")),           // class out of range
            format!("language\tsentences\tnope\n{}", full("*")), // unknown weight
            format!("{header}{}*\t1\tx\n", full("*")),           // not a number
            format!("lang\tk\n{}", full("*")),                   // bad header
        ] {
            assert!(parse(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn budgets_count_as_sentences_of_average_length() {
        assert_eq!(sentences_of(Budget::Sentences(2), 10, 250, 1500), 2);
        assert_eq!(sentences_of(Budget::Ratio(0.25), 10, 250, 1500), 3);
        // 10 sentences of 25 words: 40 words hold about 2, 80 about 3.
        assert_eq!(sentences_of(Budget::MaxWords(40), 10, 250, 1500), 2);
        assert_eq!(sentences_of(Budget::MaxWords(80), 10, 250, 1500), 3);
        assert_eq!(sentences_of(Budget::MaxChars(300), 10, 250, 1500), 2);
        assert_eq!(sentences_of(Budget::MaxWords(1), 10, 250, 1500), 1);
        assert_eq!(sentences_of(Budget::MaxWords(5), 0, 0, 0), 5);
    }
}
