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

/// An id and its string's span in the buffer.
#[derive(Debug, Clone, Copy)]
struct Entry {
    id: u32,
    start: u32,
    end: u32,
}

impl Entry {
    fn text(self, buffer: &str) -> &str {
        &buffer[self.start as usize..self.end as usize]
    }
}

/// Interned strings, named by ids `0..len()` in the order they were added.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    /// Every string, back to back.
    buffer: String,
    /// Id → its range in `buffer`.
    spans: Vec<Range<u32>>,
    /// The ids, found by their string's hash, each beside its span so that
    /// a look-up reads the buffer without going through `spans`.
    table: HashTable<Entry>,
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
        let span = &self.spans[id as usize];
        &self.buffer[span.start as usize..span.end as usize]
    }

    /// The id of `s`, adding it if new; and whether it was new.
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        let hash = self.hasher.hash_one(s);
        let buffer = &self.buffer;
        if let Some(entry) = self.table.find(hash, |e| e.text(buffer) == s) {
            return (entry.id, false);
        }
        let id = u32::try_from(self.spans.len()).expect("fewer than 2^32 strings");
        let start = self.buffer.len() as u32;
        self.buffer.push_str(s);
        let end = u32::try_from(self.buffer.len()).expect("interned text under 4 GiB");
        self.spans.push(start..end);
        let (hasher, buffer) = (&self.hasher, &self.buffer);
        let entry = Entry { id, start, end };
        self.table
            .insert_unique(hash, entry, |e| hasher.hash_one(e.text(buffer)));
        (id, true)
    }

    /// Every string with its id, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> {
        (0..self.spans.len() as u32).map(|id| (id, self.get(id)))
    }
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
