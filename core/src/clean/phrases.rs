//! The per-language phrase lists of page furniture, shipped in `data/`.
//!
//! Pages mix languages (a French article under an English "Published on"),
//! so every list is the union of all the languages' files.

use crate::hash::Set;
use std::sync::LazyLock;

use super::signals::key_of;

/// The data files, one per language.
const FILES: &[&str] = &[
    include_str!("data/fr.txt"),
    include_str!("data/en.txt"),
    include_str!("data/es.txt"),
    include_str!("data/de.txt"),
    include_str!("data/it.txt"),
    include_str!("data/pt.txt"),
    include_str!("data/ar.txt"),
];

/// The phrase lists, each phrase as a word key (see [`key_of`]).
#[derive(Debug, Default)]
pub(crate) struct Phrases {
    /// Buttons, forms and notices.
    pub widget: Set<String>,
    /// Headings of lists of other articles.
    pub list: Set<String>,
    /// Starts of bylines and date lines.
    pub byline: Set<String>,
    /// Words that introduce an author's name ("Par", "By").
    pub author: Set<String>,
    /// Starts of photo credits.
    pub credit: Set<String>,
    /// Starts of image captions.
    pub caption: Set<String>,
    /// First crumbs of breadcrumbs, as written in lower case.
    pub home: Vec<String>,
    /// Month names.
    pub month: Set<String>,
    /// News and photo agencies.
    pub agency: Set<String>,
    /// Every phrase of the lists matched at a block's start (widget, list,
    /// byline, author, credit, caption) and each of its first words: a
    /// block whose first word is not here starts with none of them.
    prefixes: Set<String>,
}

impl Phrases {
    /// The lists of every language, parsed once.
    pub(crate) fn get() -> &'static Phrases {
        static ALL: LazyLock<Phrases> = LazyLock::new(|| {
            let mut p = Phrases::default();
            for file in FILES {
                p.add(file);
            }
            p
        });
        &ALL
    }

    fn add(&mut self, file: &str) {
        let mut section = "";
        for line in file.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            let key = key_of(line);
            if matches!(
                section,
                "widget" | "list" | "byline" | "author" | "credit" | "caption"
            ) {
                let mut ends: Vec<usize> = key.match_indices(' ').map(|(i, _)| i).collect();
                ends.push(key.len());
                self.prefixes
                    .extend(ends.iter().map(|&e| key[..e].to_string()));
            }
            match section {
                "widget" => drop(self.widget.insert(key)),
                "list" => drop(self.list.insert(key)),
                "byline" => drop(self.byline.insert(key)),
                "author" => drop(self.author.insert(key)),
                "credit" if line == "©" || line == "(c)" => {}
                "credit" => drop(self.credit.insert(key)),
                "caption" => drop(self.caption.insert(key)),
                "home" => self.home.push(line.to_lowercase()),
                "month" => self.month.extend(key.split(' ').map(str::to_string)),
                "agency" => drop(self.agency.insert(key)),
                other => debug_assert!(false, "unknown section [{other}]"),
            }
        }
    }

    /// How many of the first words of `key` (`ends` and `words` as for
    /// [`prefix_in`]) the start of some phrase can span: 0 for most blocks,
    /// found with one look-up.
    pub(crate) fn reach(&self, key: &str, ends: &[usize; PHRASE_WORDS], words: usize) -> usize {
        (1..=words.min(PHRASE_WORDS))
            .take_while(|&n| self.prefixes.contains(&key[..ends[n - 1]]))
            .count()
    }
}

/// The longest phrases are this many words long.
pub(crate) const PHRASE_WORDS: usize = 8;

/// The longest phrase of `set` that `key` starts with, on a word boundary,
/// and how many of the key's `words` words follow it. `key` may be the
/// head of a longer key (see `Signals::key`); `ends` are the byte offsets
/// where its first words end; no phrase is longer than `reach` words (see
/// [`Phrases::reach`]).
pub(crate) fn prefix_in(
    set: &Set<String>,
    key: &str,
    ends: &[usize; PHRASE_WORDS],
    words: usize,
    reach: usize,
) -> Option<(usize, usize)> {
    if key.is_empty() {
        return None;
    }
    (1..=reach.min(words).min(PHRASE_WORDS))
        .rev()
        .find(|&n| set.contains(&key[..ends[n - 1]]))
        .map(|n| (n, words - n))
}

/// Where each of the first words of `key` ends: a key's words are joined
/// by single spaces, so its first n words are a prefix of it. Past the
/// last word, the key's length. (`Signals` notes them as it builds a key.)
#[cfg(test)]
pub(crate) fn word_ends(key: &str) -> [usize; PHRASE_WORDS] {
    let mut ends = [key.len(); PHRASE_WORDS];
    for (k, (i, _)) in key.match_indices(' ').take(PHRASE_WORDS).enumerate() {
        ends[k] = i;
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses() {
        let p = Phrases::get();
        for phrase in [
            "lire aussi",
            "read more",
            "lee también",
            "lesen sie auch",
            "leggi anche",
            "leia também",
            "اقرأ أيضا",
        ] {
            assert!(p.list.contains(phrase), "{phrase}");
        }
        assert!(p.widget.contains("merci d avoir signalé"));
        assert!(p.month.contains("juillet") && p.month.contains("march"));
        assert!(p.agency.contains("afp"));
        assert!(p.home.contains(&"accueil".to_string()));
    }

    /// [`prefix_in`] within the reach [`Phrases::reach`] finds.
    fn find(set: &Set<String>, key: &str, words: usize) -> Option<(usize, usize)> {
        let ends = word_ends(key);
        prefix_in(
            set,
            key,
            &ends,
            words,
            Phrases::get().reach(key, &ends, words),
        )
    }

    #[test]
    fn prefixes_match_on_word_boundaries() {
        let p = Phrases::get();
        let k = "lire aussi ia le maroc";
        assert_eq!(find(&p.list, k, 5), Some((2, 3)));
        assert_eq!(find(&p.widget, "shares fell", 2), None);
        assert_eq!(find(&p.widget, "share", 1), Some((1, 0)));
        // The head of a 40-word key.
        assert_eq!(find(&p.list, k, 40), Some((2, 38)));
        // Prose starts with no phrase: one look-up tells.
        let prose = "gouvernement a annoncé mardi";
        assert_eq!(p.reach(prose, &word_ends(prose), 4), 0);
    }

    #[test]
    fn every_phrase_is_within_its_own_reach() {
        let p = Phrases::get();
        for set in [
            &p.widget, &p.list, &p.byline, &p.author, &p.credit, &p.caption,
        ] {
            for phrase in set {
                let words = phrase.split(' ').count();
                assert_eq!(find(set, phrase, words), Some((words, 0)), "{phrase}");
            }
        }
    }
}
