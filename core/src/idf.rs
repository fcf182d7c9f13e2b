//! Corpus IDF tables: fit one from documents, save and load it with serde.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::lang::Resources;
use crate::text::words::{for_each_word, lowercase_into};

/// Inverse document frequencies of stems, learnt from a corpus.
///
/// ```
/// use abrege::IdfTable;
/// let docs = ["Le chat dort.", "Le chien dort.", "Le chat mange."];
/// let table = IdfTable::fit("fr", docs.iter().copied());
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
        let mut seen = std::collections::HashSet::new();
        let mut buf = String::new();
        for doc in docs {
            documents += 1;
            seen.clear();
            for_each_word(doc, res, |w, _| {
                lowercase_into(w, &mut buf);
                if !res.is_stop(&buf) {
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
        let df = self.df.get(stem).copied().unwrap_or(0);
        (1.0 + self.documents as f64 / (df as f64 + 1.0)).ln()
    }
}

/// The IDF table shipped inside the crate for `language`, if there is one.
pub(crate) fn builtin(_language: &str) -> Option<&'static IdfTable> {
    None
}
