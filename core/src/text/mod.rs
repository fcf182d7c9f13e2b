//! The text side of the pipeline: normalise, structure, split sentences, split words.

pub(crate) mod chars;
mod layout;
pub mod normalize;
pub mod sentences;
pub mod structure;
mod wordbreak;
pub mod words;

pub use layout::layout;
pub use normalize::Normalized;

/// The set of `bytes`, as a table indexed by byte: the scanners that skip
/// most of a text at one look-up a byte build theirs with it.
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
}
