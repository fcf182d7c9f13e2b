//! An interner: each distinct string stored once, in one buffer, and named
//! by a dense id.
//!
//! The stem cache holds tens of thousands of short words and stems, each
//! looked up many times. Keeping them as `Box<str>` keys cost an allocation
//! and a free per distinct word and per stem, which showed in the profile as
//! much as the hashing; here all of them share one growing buffer.

use std::hash::BuildHasher;
use std::ops::Range;

use hashbrown::HashTable;

/// An id, its string's span in the buffer, and the value kept with it.
#[derive(Debug, Clone, Copy)]
struct Entry<V> {
    id: u32,
    start: u32,
    end: u32,
    value: V,
}

impl<V> Entry<V> {
    fn text(self, buffer: &str) -> &str {
        &buffer[self.start as usize..self.end as usize]
    }

    /// Is this entry's string `s`?
    fn is(self, buffer: &str, s: &str) -> bool {
        same(self.text(buffer).as_bytes(), s.as_bytes())
    }
}

/// `a == b`, without a call to `memcmp` for the short strings that words
/// are: up to 16 bytes are compared as two overlapping machine words.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"));
    let half = |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().expect("4 bytes"));
    match n {
        0..=3 => a == b,
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// Interned strings, named by ids `0..len()` in the order they were added,
/// each with a value of type `V` set when it is added.
#[derive(Debug)]
pub(crate) struct Interner<V = ()> {
    /// Every string, back to back.
    buffer: String,
    /// Id → its range in `buffer`.
    spans: Vec<Range<u32>>,
    /// The ids, found by their string's hash, each beside its span so that
    /// a look-up reads the buffer without going through `spans`.
    table: HashTable<Entry<V>>,
    hasher: foldhash::fast::RandomState,
}

impl<V: Copy> Default for Interner<V> {
    fn default() -> Self {
        Interner::with_capacity(0, 0)
    }
}

impl<V: Copy> Interner<V> {
    /// Room for `strings` strings of about `bytes` bytes in all.
    pub fn with_capacity(strings: usize, bytes: usize) -> Interner<V> {
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

    /// The value kept with `s`, if `s` was added.
    pub fn find(&self, s: &str) -> Option<V> {
        let hash = self.hasher.hash_one(s);
        let buffer = &self.buffer;
        self.table.find(hash, |e| e.is(buffer, s)).map(|e| e.value)
    }

    /// The id of `s` and its value, adding it with the value `value(s)` if
    /// new; and whether it was new.
    pub fn intern_with(&mut self, s: &str, value: impl FnOnce(&str) -> V) -> (u32, V, bool) {
        let hash = self.hasher.hash_one(s);
        let buffer = &self.buffer;
        if let Some(entry) = self.table.find(hash, |e| e.is(buffer, s)) {
            return (entry.id, entry.value, false);
        }
        let id = u32::try_from(self.spans.len()).expect("fewer than 2^32 strings");
        let start = self.buffer.len() as u32;
        self.buffer.push_str(s);
        let end = u32::try_from(self.buffer.len()).expect("interned text under 4 GiB");
        self.spans.push(start..end);
        let value = value(s);
        let (hasher, buffer) = (&self.hasher, &self.buffer);
        let entry = Entry {
            id,
            start,
            end,
            value,
        };
        self.table
            .insert_unique(hash, entry, |e| hasher.hash_one(e.text(buffer)));
        (id, value, true)
    }
}

impl Interner {
    /// The id of `s`, adding it if new; and whether it was new.
    pub fn intern(&mut self, s: &str) -> (u32, bool) {
        let (id, (), new) = self.intern_with(s, |_| ());
        (id, new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_is_equality() {
        let words = [
            "", "a", "ab", "abc", "abcd", "abce", "abcdefg", "abcdefh", "abcdefgh",
        ];
        let longer = [
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "bbcdefghijklmnop",
            "été",
            "étè",
        ];
        let all: Vec<&str> = words.iter().chain(&longer).copied().collect();
        for a in &all {
            for b in &all {
                assert_eq!(same(a.as_bytes(), b.as_bytes()), a == b, "{a:?} {b:?}");
            }
        }
        let long = "x".repeat(40);
        assert!(same(long.as_bytes(), long.clone().as_bytes()));
        assert!(!same(long.as_bytes(), "x".repeat(39).as_bytes()));
    }

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
        assert_eq!(i.get(3), "mot0");
        let mut valued = Interner::default();
        valued.intern_with("école", |_| 2.5);
        assert_eq!(valued.find("école"), Some(2.5));
        assert_eq!(valued.find("écol"), None);
    }
}
