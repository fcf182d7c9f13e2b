//! An interner: each distinct string stored once, in one buffer, and named
//! by a dense id.
//!
//! A document's vocabulary is a few hundred short words, each looked up many
//! times. Keeping them as `Box<str>` keys cost an allocation and a free per
//! distinct word and per stem, which showed in the profile as much as the
//! hashing; here all of them share one growing buffer.

use std::hash::BuildHasher;
use std::ops::Range;

use hashbrown::HashTable;

/// Interned strings, named by ids `0..len()` in the order they were added.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    /// Every string, back to back.
    buffer: String,
    /// Id → its range in `buffer`.
    spans: Vec<Range<u32>>,
    /// The ids, found by their string's hash.
    table: HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

impl Interner {
    /// Room for `strings` strings of about `bytes` bytes in all.
    pub fn with_capacity(strings: usize, bytes: usize) -> Interner {
        Interner {
            buffer: String::with_capacity(bytes),
            spans: Vec::with_capacity(strings),
            table: HashTable::with_capacity(strings),
            hasher: Default::default(),
        }
    }

    /// The number of distinct strings.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// The bytes of all the strings.
    pub fn bytes(&self) -> usize {
        self.buffer.len()
    }

    /// The string named `id`.
    pub fn get(&self, id: u32) -> &str {
        slice(&self.buffer, &self.spans, id)
    }

    /// The id of `s`, adding it if new; and whether it was new.
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        let hash = self.hasher.hash_one(s);
        let (buffer, spans) = (&self.buffer, &self.spans);
        if let Some(&id) = self.table.find(hash, |&id| slice(buffer, spans, id) == s) {
            return (id, false);
        }
        let id = u32::try_from(self.spans.len()).expect("fewer than 2^32 strings");
        let start = self.buffer.len();
        self.buffer.push_str(s);
        let end = u32::try_from(self.buffer.len()).expect("interned text under 4 GiB");
        self.spans.push(start as u32..end);
        let hasher = &self.hasher;
        let (buffer, spans) = (&self.buffer, &self.spans);
        self.table
            .insert_unique(hash, id, |&id| hasher.hash_one(slice(buffer, spans, id)));
        (id, true)
    }

    /// Every string with its id, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> {
        (0..self.spans.len() as u32).map(|id| (id, self.get(id)))
    }
}

/// The string named `id`, from the interner's parts: the table's closures
/// borrow them apart from the table itself.
fn slice<'a>(buffer: &'a str, spans: &[Range<u32>], id: u32) -> &'a str {
    let span = &spans[id as usize];
    &buffer[span.start as usize..span.end as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_dense_and_stable() {
        let mut i = Interner::default();
        assert_eq!(i.intern("école"), (0, true));
        assert_eq!(i.intern("rabat"), (1, true));
        assert_eq!(i.intern("école"), (0, false));
        assert_eq!(i.intern("rab"), (2, true));
        assert_eq!(i.get(0), "école");
        assert_eq!(i.len(), 3);
        // Growing past the first allocation keeps every string.
        for n in 0..5000 {
            i.intern(&format!("mot{n}"));
        }
        assert_eq!(i.intern("mot4999"), (5002, false));
        assert_eq!(i.get(1), "rabat");
        assert_eq!(i.iter().nth(3), Some((3, "mot0")));
    }
}
