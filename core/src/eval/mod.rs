//! Evaluation: how close summaries come to reference summaries, next to Lead-N.
//!
//! A corpus is JSON Lines, one article a line, with the fields `id`, `lang`,
//! `title`, `text` (paragraphs separated by a blank line) and `summary` (the
//! reference). [`evaluate`] summarises every `text`, scores it with
//! [`rouge`] against `summary`, and does the same for Lead-N, the first N
//! sentences of the article: the baseline that news summarisers must beat.
//!
//! ```
//! use abrege::eval::{evaluate, Document, EvalConfig};
//! let docs = vec![Document {
//!     id: "1".into(),
//!     lang: "fr".into(),
//!     title: String::new(),
//!     text: "Il pleut. Le conseil municipal a voté le budget de la ville mardi. \
//!            Le budget de la ville prévoit de rénover les écoles. Les écoles seront rénovées cet été.".into(),
//!     summary: "Le conseil municipal a voté mardi le budget de la ville.".into(),
//! }];
//! let options = abrege::Options { sentences: Some(1), language: "fr".into(), ..Default::default() };
//! let report = evaluate(&docs, &options, &EvalConfig { lead: 1, ..Default::default() })?;
//! assert_eq!(report.documents, 1);
//! assert!(report.abrege.rouge1.f1 > report.lead.rouge1.f1); // Lead-1 is "Il pleut."
//! # Ok::<(), abrege::Error>(())
//! ```

pub mod rouge;

use std::io::BufRead;
use std::path::Path;
use std::time::Instant;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use rouge::{score, score_tokens, tokenize, Prf, RougeScores};

use crate::error::Error;
use crate::lang::Resources;
use crate::options::Options;
use crate::summarizer::{source_text, Summarizer};
use crate::text::{sentences, structure, Normalized};

/// One article of an evaluation corpus and its reference summary.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    /// An identifier, for error messages.
    pub id: String,
    /// ISO 639-1 code of the article's language; chooses the stemmer of `--stem`.
    pub lang: String,
    /// The headline; may be empty.
    pub title: String,
    /// The article, paragraphs separated by a blank line.
    pub text: String,
    /// The reference summary.
    pub summary: String,
}

/// Reads a JSON Lines corpus; blank lines are skipped.
///
/// Errors name the file and the line that could not be read.
pub fn read_corpus(path: impl AsRef<Path>) -> Result<Vec<Document>, Error> {
    let path = path.as_ref();
    let file =
        std::fs::File::open(path).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    let mut docs = Vec::new();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc = serde_json::from_str(&line)
            .map_err(|e| Error::Io(format!("{}:{}: {e}", path.display(), i + 1)))?;
        docs.push(doc);
    }
    Ok(docs)
}

/// How to evaluate, beyond the summarising options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalConfig {
    /// N of the Lead-N baseline. Default 3.
    pub lead: usize,
    /// Stem tokens with the Snowball stemmer of each document's `lang` before scoring.
    pub stem: bool,
    /// Give each document's `title` to the summariser (as [`Options::title`]).
    pub use_title: bool,
}

impl Default for EvalConfig {
    fn default() -> Self {
        EvalConfig {
            lead: 3,
            stem: false,
            use_title: false,
        }
    }
}

/// Mean scores of abrege and of Lead over a corpus.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Report {
    /// How many documents were scored.
    pub documents: usize,
    /// N of the Lead-N baseline.
    pub lead_sentences: usize,
    /// The Lead baseline's name: `Lead-3`, or `Lead-40w` and `Lead-300c`
    /// for budgets of 40 words and 300 characters (see [`lead_within`]).
    pub lead_name: String,
    /// Whether tokens were stemmed.
    pub stem: bool,
    /// abrege's mean scores.
    pub abrege: RougeScores,
    /// Lead-N's mean scores.
    pub lead: RougeScores,
    /// Documents summarised a second, on one core (summarising only, not scoring).
    pub docs_per_second: f64,
}

impl Report {
    /// The scores (`"ROUGE-1"`, …) on which abrege's F1 is below Lead-N's.
    pub fn below_lead(&self) -> Vec<&'static str> {
        self.abrege
            .named()
            .iter()
            .zip(self.lead.named())
            .filter(|((_, a), (_, l))| a.f1 < l.f1)
            .map(|((name, _), _)| *name)
            .collect()
    }

    /// The scores (`"ROUGE-1"`, …) on which abrege's F1 is less than
    /// `margins` (ROUGE-1, ROUGE-2, ROUGE-L, in points of F1) above Lead's.
    ///
    /// ```
    /// let mut report = abrege::eval::Report::default();
    /// report.abrege.rouge1.f1 = 0.30;
    /// report.lead.rouge1.f1 = 0.295;
    /// assert_eq!(report.short_of([1.0, 0.0, 0.0]), ["ROUGE-1"]);
    /// assert!(report.short_of([0.5, 0.0, 0.0]).is_empty());
    /// ```
    pub fn short_of(&self, margins: [f64; 3]) -> Vec<&'static str> {
        self.abrege
            .named()
            .iter()
            .zip(self.lead.named())
            .zip(margins)
            // A hundredth of a point of slack for rounding.
            .filter(|(((_, a), (_, l)), m)| 100.0 * (a.f1 - l.f1) < m - 1e-9)
            .map(|(((name, _), _), _)| *name)
            .collect()
    }
}

impl std::fmt::Display for Report {
    /// A side-by-side table, scores in percent.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lead = &self.lead_name;
        writeln!(
            f,
            "{} document{}, {}",
            self.documents,
            if self.documents == 1 { "" } else { "s" },
            if self.stem { "stemmed" } else { "not stemmed" }
        )?;
        writeln!(f, "         {:<23}  {:<23}  {:>6}", "abrege", lead, "ΔF1")?;
        writeln!(
            f,
            "         {:>7}{:>8}{:>8}  {:>7}{:>8}{:>8}",
            "P", "R", "F1", "P", "R", "F1"
        )?;
        for ((name, a), (_, l)) in self.abrege.named().iter().zip(self.lead.named()) {
            writeln!(
                f,
                "{name}  {:>7.2}{:>8.2}{:>8.2}  {:>7.2}{:>8.2}{:>8.2}  {:>+6.2}",
                100.0 * a.precision,
                100.0 * a.recall,
                100.0 * a.f1,
                100.0 * l.precision,
                100.0 * l.recall,
                100.0 * l.f1,
                100.0 * (a.f1 - l.f1)
            )?;
        }
        write!(
            f,
            "{:.0} docs/s (summarising, one core)",
            self.docs_per_second
        )
    }
}

/// The first `n` sentences of `text` as the summariser segments it with
/// cleaning off, read in `language` (an ISO 639-1 code): the Lead-N baseline.
///
/// ```
/// let lead = abrege::eval::lead("M. Dupont arrive. Il parle.\n\nPuis il part.", 2, "fr");
/// assert_eq!(lead, ["M. Dupont arrive.", "Il parle."]);
/// ```
pub fn lead(text: &str, n: usize, language: &str) -> Vec<String> {
    let norm = Normalized::new(text);
    let res = Resources::get(language);
    let mut out = Vec::new();
    let mut spans = Vec::new();
    for block in structure::blocks(&norm.text, res) {
        if out.len() >= n {
            break;
        }
        spans.clear();
        sentences::split(&norm.text, block.start..block.end, res, &mut spans);
        out.extend(
            spans
                .iter()
                .take(n - out.len())
                .map(|s| source_text(text, &norm, s.clone())),
        );
    }
    out
}

/// The Lead baseline of a budget in words or characters: the sentences of
/// `text` (segmented as by [`lead`]) in document order, each kept if it
/// fits, whole, in what is left of at most `words` words (as abrege counts
/// them) and `chars` characters (with one space between sentences), the
/// rule by which abrege fills such a budget.
///
/// ```
/// let text = "M. Dupont arrive à Lyon ce matin. Il parle.\n\nPuis il part.";
/// assert_eq!(abrege::eval::lead_within(text, Some(6), None, "fr"), ["Il parle.", "Puis il part."]);
/// assert_eq!(abrege::eval::lead_within(text, None, Some(23), "fr"), ["Il parle.", "Puis il part."]);
/// assert_eq!(abrege::eval::lead_within(text, Some(10), None, "fr").len(), 2);
/// ```
pub fn lead_within(
    text: &str,
    words: Option<usize>,
    chars: Option<usize>,
    language: &str,
) -> Vec<String> {
    let res = Resources::get(language);
    let (mut words_left, mut chars_left) =
        (words.unwrap_or(usize::MAX), chars.unwrap_or(usize::MAX));
    let mut out: Vec<String> = Vec::new();
    for sentence in lead(text, usize::MAX, language) {
        let mut n = 0;
        crate::text::words::for_each_word(&sentence, res, |_, _| n += 1);
        let c = sentence.chars().count() + usize::from(!out.is_empty());
        if n <= words_left && c <= chars_left {
            words_left -= n;
            chars_left -= c;
            out.push(sentence);
        }
    }
    out
}

/// Summarises every document with `options` and scores it, and Lead within
/// the same budget, against its reference.
///
/// Documents are processed in parallel; [`Report::docs_per_second`] counts
/// summarising time on one core. The first summarising error is returned.
pub fn evaluate(
    docs: &[Document],
    options: &Options,
    config: &EvalConfig,
) -> Result<Report, Error> {
    let shared = Summarizer::new(options.clone())?;
    let per_doc = |doc: &Document| -> Result<(RougeScores, RougeScores, f64), Error> {
        let own;
        let summarizer = if config.use_title && !doc.title.is_empty() {
            own = Summarizer::new(Options {
                title: Some(doc.title.clone()),
                ..options.clone()
            })?;
            &own
        } else {
            &shared
        };
        let started = Instant::now();
        let summary = summarizer
            .summarize(&doc.text)
            .map_err(|e| Error::Io(format!("document {}: {e}", doc.id)))?;
        let seconds = started.elapsed().as_secs_f64();
        let language = if summary.language == "und" && options.language != "auto" {
            options.language.as_str()
        } else {
            summary.language.as_str()
        };
        let lead_text = if options.max_words.is_some() || options.max_chars.is_some() {
            lead_within(&doc.text, options.max_words, options.max_chars, language).join(" ")
        } else {
            lead(&doc.text, config.lead, language).join(" ")
        };
        let stem = config.stem.then_some(doc.lang.as_str());
        let reference = tokenize(&doc.summary, stem);
        let ours = score_tokens(&tokenize(&summary.text(), stem), &reference);
        let baseline = score_tokens(&tokenize(&lead_text, stem), &reference);
        Ok((ours, baseline, seconds))
    };
    let results: Vec<_> = docs.par_iter().map(per_doc).collect::<Result<_, _>>()?;
    let n = results.len();
    let mean = |pick: &dyn Fn(&(RougeScores, RougeScores, f64)) -> RougeScores| {
        let mut sum = [0.0f64; 9];
        for r in &results {
            let s = pick(r);
            for (k, (_, p)) in s.named().iter().enumerate() {
                sum[3 * k] += p.precision;
                sum[3 * k + 1] += p.recall;
                sum[3 * k + 2] += p.f1;
            }
        }
        let d = n.max(1) as f64;
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
    let seconds: f64 = results.iter().map(|r| r.2).sum();
    Ok(Report {
        documents: n,
        lead_sentences: config.lead,
        lead_name: match (options.max_words, options.max_chars) {
            (Some(w), _) => format!("Lead-{w}w"),
            (_, Some(c)) => format!("Lead-{c}c"),
            _ => format!("Lead-{}", config.lead),
        },
        stem: config.stem,
        abrege: mean(&|r| r.0),
        lead: mean(&|r| r.1),
        docs_per_second: if seconds > 0.0 {
            n as f64 / seconds
        } else {
            0.0
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, summary: &str) -> Document {
        Document {
            id: "t".into(),
            lang: "fr".into(),
            title: "Le budget de la ville".into(),
            text: text.into(),
            summary: summary.into(),
        }
    }

    #[test]
    fn lead_follows_the_core_segmentation() {
        let text = "Le 3 janv. 2025, M. Durand a parlé. Il a dit « Non ! » puis il est parti.\n\n\
                    Un deuxième paragraphe.";
        assert_eq!(
            lead(text, 3, "fr"),
            [
                "Le 3 janv. 2025, M. Durand a parlé.",
                "Il a dit « Non ! » puis il est parti.",
                "Un deuxième paragraphe."
            ]
        );
        assert_eq!(lead(text, 1, "fr").len(), 1);
        assert!(lead("", 3, "fr").is_empty());
    }

    #[test]
    fn report_compares_with_lead() {
        let docs = vec![
            doc(
                "Il pleuvait ce matin-là sur la place.\n\n\
                 Le conseil municipal a voté mardi le budget de la ville, qui prévoit la rénovation des écoles.\n\n\
                 La rénovation des écoles de la ville commencera cet été.\n\n\
                 La séance a duré trois heures.",
                "Le conseil municipal a voté mardi le budget, qui prévoit la rénovation des écoles.",
            ),
            doc("", "Une référence sans article."),
        ];
        let options = Options {
            sentences: Some(1),
            language: "fr".into(),
            ..Default::default()
        };
        let config = EvalConfig {
            lead: 1,
            ..Default::default()
        };
        let report = evaluate(&docs, &options, &config).unwrap();
        assert_eq!(report.documents, 2);
        // The empty article scores 0, so the means are at most one half.
        assert!(report.abrege.rouge1.f1 > 0.3 && report.abrege.rouge1.f1 <= 0.5);
        assert!(report.lead.rouge1.f1 < 0.1);
        assert!(report.below_lead().is_empty());
        let table = report.to_string();
        assert!(
            table.contains("Lead-1") && table.contains("ROUGE-L"),
            "{table}"
        );
    }

    #[test]
    fn a_word_budget_is_met_by_the_leading_sentences_that_fit() {
        let docs = vec![doc(
            "Il pleuvait ce matin-là sur la place du marché.\n\n\
             Le conseil a voté.\n\nLe budget prévoit la rénovation des écoles.",
            "Il pleuvait. Le conseil a voté le budget.",
        )];
        let options = Options {
            max_words: Some(5),
            language: "fr".into(),
            ..Default::default()
        };
        let report = evaluate(&docs, &options, &EvalConfig::default()).unwrap();
        assert_eq!(report.lead_name, "Lead-5w");
        // Lead is "Le conseil a voté.": the first sentence has 10 words, the third 7.
        assert_eq!(report.lead.rouge1.precision, 1.0);
        assert!((report.lead.rouge1.recall - 4.0 / 8.0).abs() < 1e-12);
        let chars = Options {
            max_words: None,
            max_chars: Some(18),
            ..options
        };
        let report = evaluate(&docs, &chars, &EvalConfig::default()).unwrap();
        assert_eq!(report.lead_name, "Lead-18c");
        assert!((report.lead.rouge1.recall - 4.0 / 8.0).abs() < 1e-12);
    }

    #[test]
    fn bad_corpus_lines_are_errors_with_a_line_number() {
        let dir = std::env::temp_dir().join(format!("abrege-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("corpus.jsonl");
        std::fs::write(
            &path,
            "{\"id\": \"a\", \"text\": \"Un.\", \"summary\": \"Un.\"}\n\n{oops\n",
        )
        .unwrap();
        let err = read_corpus(&path).unwrap_err();
        assert!(err.to_string().contains("corpus.jsonl:3"), "{err}");
        std::fs::write(
            &path,
            "{\"id\": \"a\", \"text\": \"Un.\", \"summary\": \"Un.\"}\n",
        )
        .unwrap();
        assert_eq!(read_corpus(&path).unwrap().len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(
            read_corpus(dir.join("missing.jsonl")),
            Err(Error::Io(_))
        ));
    }
}
