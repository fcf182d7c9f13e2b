//! Corpus IDF tables: fit one from documents, save and load it, and the
//! tables shipped inside the crate.
//!
//! A stem's IDF says how rare it is across news articles: `ln(1 + N / (df + 1))`
//! for a stem found in `df` of `N` documents. Without a table, abrege falls
//! back on the document's own sentences, which cannot tell a rare name from a
//! common word used twice.
//!
//! The French table shipped with the crate is fitted on the training split of
//! OrangeSum (articles of actu.orange.fr; CC BY-SA 4.0) by
//! `cargo run --release --example build_idf`.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::intern::Interner;
use crate::lang::Resources;
use crate::text::words::{for_each_word, lowercase_into};

/// Inverse document frequencies of stems, learnt from a corpus.
///
/// Stems are what the summariser scores: lower-cased words that are not stop
/// words and hold a letter, stemmed with the Snowball stemmer of `language`.
///
/// ```
/// use abrege::IdfTable;
/// let docs = ["Le chat dort.", "Le chien dort.", "Le chat mange."];
/// let table = IdfTable::fit("fr", docs.iter().copied());
/// assert_eq!(table.documents, 3);
/// assert!(table.idf("chien") > table.idf("chat"));
/// let json = serde_json::to_string(&table).unwrap();
/// let back: IdfTable = serde_json::from_str(&json).unwrap();
/// assert_eq!(back.idf("chat"), table.idf("chat"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdfTable {
    /// The language whose stemmer produced the stems.
    pub language: String,
    /// How many documents the table was fitted on.
    pub documents: u64,
    /// Document frequency of each stem.
    pub df: HashMap<String, u64>,
}

impl IdfTable {
    /// Fits a table on `docs`, stemming with the resources of `language`.
    pub fn fit<'a>(language: &str, docs: impl IntoIterator<Item = &'a str>) -> IdfTable {
        let res = Resources::get(language);
        let mut df: HashMap<String, u64> = HashMap::new();
        let mut documents = 0;
        let mut seen = HashSet::new();
        let mut buf = String::new();
        for doc in docs {
            documents += 1;
            seen.clear();
            for_each_word(doc, res, |w, _| {
                lowercase_into(w, &mut buf);
                if !res.is_stop(&buf) && buf.chars().any(char::is_alphabetic) {
                    seen.insert(res.stem(&buf).into_owned());
                }
            });
            for s in seen.drain() {
                *df.entry(s).or_default() += 1;
            }
        }
        IdfTable {
            language: language.to_string(),
            documents,
            df,
        }
    }

    /// The IDF of `stem`: `ln(1 + N / (df + 1))`, so that unseen stems weigh most.
    pub fn idf(&self, stem: &str) -> f64 {
        self.idf_of_df(self.df.get(stem).copied().unwrap_or(0))
    }

    /// The IDF of a stem found in `df` documents.
    fn idf_of_df(&self, df: u64) -> f64 {
        (1.0 + self.documents as f64 / (df as f64 + 1.0)).ln()
    }

    /// The table without the stems found in fewer than `min_df` documents,
    /// which then weigh as unseen stems: a much smaller table that scores
    /// almost the same.
    pub fn pruned(mut self, min_df: u64) -> IdfTable {
        self.df.retain(|_, &mut df| df >= min_df);
        self
    }

    /// Saves the table as JSON (the serde form).
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("abrege-idf-doc-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir).unwrap();
    /// use abrege::IdfTable;
    /// let table = IdfTable::fit("en", ["The council voted.", "The school reopened."]);
    /// let path = dir.join("news.idf.json");
    /// table.save(&path)?;
    /// assert_eq!(IdfTable::load(&path)?, table);
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// # Ok::<(), abrege::Error>(())
    /// ```
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let json = serde_json::to_string(self).map_err(|e| Error::Io(e.to_string()))?;
        std::fs::write(path, json).map_err(|e| Error::Io(format!("{}: {e}", path.display())))
    }

    /// Loads a table saved by [`IdfTable::save`].
    pub fn load(path: impl AsRef<Path>) -> Result<IdfTable, Error> {
        let path = path.as_ref();
        let bytes =
            std::fs::read(path).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
        serde_json::from_slice(&bytes)
            .map_err(|e| Error::Io(format!("{}: not an IDF table: {e}", path.display())))
    }

    /// The compact text form the crate ships its tables in: a header line
    /// `language<TAB>documents`, then one `stem<TAB>df` line a stem, most
    /// frequent first (ties: alphabetical order).
    ///
    /// ```
    /// use abrege::IdfTable;
    /// let table = IdfTable::fit("fr", ["Le chat dort.", "Le chat mange."]);
    /// let text = table.to_tsv();
    /// assert!(text.starts_with("fr\t2\nchat\t2\n"));
    /// assert_eq!(IdfTable::from_tsv(&text)?, table);
    /// # Ok::<(), abrege::Error>(())
    /// ```
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<(&String, &u64)> = self.df.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let mut out = format!("{}\t{}\n", self.language, self.documents);
        for (stem, df) in rows {
            out.push_str(stem);
            out.push('\t');
            out.push_str(&df.to_string());
            out.push('\n');
        }
        out
    }

    /// Reads the form written by [`IdfTable::to_tsv`].
    pub fn from_tsv(text: &str) -> Result<IdfTable, Error> {
        let bad = |line: usize, what: &str| Error::Io(format!("IDF table line {line}: {what}"));
        let mut lines = text.lines();
        let header = lines.next().ok_or_else(|| bad(1, "empty table"))?;
        let (language, documents) = header
            .split_once('\t')
            .ok_or_else(|| bad(1, "expected `language<TAB>documents`"))?;
        let documents = documents
            .parse()
            .map_err(|_| bad(1, "documents is not a whole number"))?;
        let mut df = HashMap::new();
        for (i, line) in lines.enumerate() {
            let (stem, n) = line
                .split_once('\t')
                .ok_or_else(|| bad(i + 2, "expected `stem<TAB>df`"))?;
            let n = n
                .parse()
                .map_err(|_| bad(i + 2, "df is not a whole number"))?;
            df.insert(stem.to_string(), n);
        }
        Ok(IdfTable {
            language: language.to_string(),
            documents,
            df,
        })
    }

    /// The table shipped inside the crate for `language` (an ISO 639-1
    /// code), if there is one; today only French (`"fr"`).
    ///
    /// ```
    /// let fr = abrege::IdfTable::builtin("fr").expect("French ships a table");
    /// assert!(fr.idf("gouvern") < fr.idf("hydrolien"));
    /// assert!(abrege::IdfTable::builtin("xx").is_none());
    /// ```
    pub fn builtin(language: &str) -> Option<&'static IdfTable> {
        builtin(language)
    }
}

/// The French news table: OrangeSum train, stems found in at least 3 articles.
static FRENCH: LazyLock<IdfTable> = LazyLock::new(|| {
    IdfTable::from_tsv(include_str!("../data/idf/fr.tsv")).expect("the shipped table parses")
});

/// The IDF table shipped inside the crate for `language`, if there is one.
pub(crate) fn builtin(language: &str) -> Option<&'static IdfTable> {
    match language {
        "fr" => Some(&FRENCH),
        _ => None,
    }
}

/// [`builtin`], ready to look up.
pub(crate) fn builtin_weights(language: &str) -> Option<&'static IdfWeights> {
    static FRENCH_WEIGHTS: LazyLock<IdfWeights> = LazyLock::new(|| IdfWeights::new(&FRENCH));
    match language {
        "fr" => Some(&FRENCH_WEIGHTS),
        _ => None,
    }
}

/// An [`IdfTable`] turned into what scoring looks up: each stem's IDF,
/// computed once, kept beside the stem in one buffer (a look-up does not
/// follow a pointer to a separately allocated key).
#[derive(Debug)]
pub(crate) struct IdfWeights {
    /// Names this table among all those built by the process (from 1).
    id: u64,
    idf: Interner<f64>,
    /// The IDF of a stem the table has not seen.
    unseen: f64,
}

impl IdfWeights {
    pub fn new(table: &IdfTable) -> IdfWeights {
        let bytes = table.df.keys().map(String::len).sum();
        let mut idf = Interner::with_capacity(table.df.len(), bytes);
        for (stem, &df) in &table.df {
            idf.intern_with(stem, |_| table.idf_of_df(df));
        }
        static BUILT: AtomicU64 = AtomicU64::new(1);
        IdfWeights {
            id: BUILT.fetch_add(1, Ordering::Relaxed),
            idf,
            unseen: table.idf_of_df(0),
        }
    }

    /// Names this table: no other built by the process has the same.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Same as [`IdfTable::idf`].
    pub fn idf(&self, stem: &str) -> f64 {
        self.idf.find(stem).unwrap_or(self.unseen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_give_the_table_s_idf() {
        let table = builtin("fr").unwrap();
        let weights = builtin_weights("fr").unwrap();
        for stem in ["gouvern", "hydrolien", "pas-un-mot"] {
            assert_eq!(weights.idf(stem), table.idf(stem), "{stem}");
        }
    }

    #[test]
    fn fit_counts_documents_not_occurrences() {
        let docs = [
            "Le maire de Lyon a parlé. Le maire a ensuite quitté la salle.",
            "Lyon accueille le sommet. Il a duré 3 jours.",
            "La ville de Nantes vote son budget de 2025.",
        ];
        let t = IdfTable::fit("fr", docs);
        assert_eq!(t.df["mair"], 1, "twice in one document counts once");
        assert_eq!(t.df["lyon"], 2);
        assert!(!t.df.contains_key("le"), "stop words are left out");
        assert!(
            !t.df.contains_key("2025") && !t.df.contains_key("3"),
            "numbers too"
        );
        assert!(t.idf("nant") > t.idf("lyon"));
        assert!(t.idf("inconnu") > t.idf("nant"), "unseen stems weigh most");
        let pruned = t.clone().pruned(2);
        assert_eq!(pruned.df.len(), 1);
        assert_eq!(pruned.idf("nant"), pruned.idf("inconnu"));
    }

    #[test]
    fn tsv_errors_name_the_line() {
        for (text, line) in [
            ("", 1),
            ("fr", 1),
            ("fr\tx", 1),
            ("fr\t3\nchat", 2),
            ("fr\t3\nchat\t2\nchien\t-1", 3),
        ] {
            let err = IdfTable::from_tsv(text).unwrap_err();
            assert!(
                err.to_string().contains(&format!("line {line}")),
                "{text:?}: {err}"
            );
        }
    }

    #[test]
    fn french_table_ranks_news_words() {
        let fr = builtin("fr").unwrap();
        let res = Resources::get("fr");
        let idf = |w: &str| fr.idf(&res.stem(w));
        assert!(fr.documents > 20_000);
        // Everyday news words are common; names of rare places are not.
        assert!(idf("année") < idf("volcan"));
        assert!(idf("président") < idf("hydrolienne"));
        assert!(idf("police") < idf("kirghizistan"));
        assert!(builtin("en").is_none());
    }
}
