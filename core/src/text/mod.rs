//! The text side of the pipeline: normalise, structure, split sentences, split words.

pub mod normalize;
pub mod sentences;
pub mod structure;
mod wordbreak;
pub mod words;

pub use normalize::Normalized;
