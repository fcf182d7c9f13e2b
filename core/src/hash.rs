//! The crate's hash maps and sets: std's, with foldhash's hasher.
//!
//! Every word of a text goes through several lookups (its surface form, its
//! stem, the stop list), and SipHash, std's default, took a sixth of the
//! time. foldhash is several times faster on short keys and, like std's,
//! is seeded at random per process, so crafted input cannot aim at one
//! bucket. Nothing the crate outputs depends on iteration order.

/// A hash map with foldhash's randomly seeded hasher.
pub(crate) type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// A hash set with foldhash's randomly seeded hasher.
pub(crate) type Set<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// The same hash for the same word in every process, for words whose hash
/// is both combined into a block's key and looked up in a shipped table
/// (the stop lists): one hash serves both.
pub(crate) fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    const FIXED: foldhash::fast::FixedState = foldhash::fast::FixedState::with_seed(0x5eed);
    FIXED.hash_one(word)
}
