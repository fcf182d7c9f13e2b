//! Language detection.

use super::{Resources, LANGUAGES};

/// A detected language and how sure the detector is.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// ISO 639-1 code; `"und"` when nothing could be told.
    pub code: &'static str,
    /// In `[0, 1]`.
    pub confidence: f64,
}

/// Detects the main language of `text` by counting stop words of each
/// language with a stop list.
pub fn detect(text: &str) -> Detection {
    let mut counts = vec![0usize; LANGUAGES.len()];
    let mut total = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        let lower = word.to_lowercase();
        total += 1;
        for (i, info) in LANGUAGES.iter().enumerate() {
            if Resources::get(info.code).is_stop(&lower) {
                counts[i] += 1;
            }
        }
    }
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
        .expect("at least one language");
    if n == 0 || total == 0 {
        return Detection {
            code: "und",
            confidence: 0.0,
        };
    }
    let second = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    Detection {
        code: LANGUAGES[best].code,
        confidence: (n - second) as f64 / n as f64,
    }
}
