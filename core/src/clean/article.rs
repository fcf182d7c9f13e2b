//! Where the article is: the densest run of prose on the page.
//!
//! Every block gets a weight, positive for prose (its word count), negative
//! for furniture and for short lines; the article is the run of blocks with
//! the largest total (the maximum-sum subarray). Headings and short lines
//! inside the article cost little, so they do not split it; a menu, a ticker
//! or a list of teasers costs much, so the article does not reach across it.

use std::ops::Range;

use super::signals::Signals;
use super::smoothing::Class;

/// The weight of one block.
pub(crate) fn weight(sig: &Signals, class: Class, noise: bool) -> f64 {
    let words = sig.words as f64;
    if noise {
        -(3.0 + words.min(60.0) / 2.0)
    } else if sig.headline_shaped() {
        -1.0
    } else {
        match class {
            Class::Good if sig.words >= 6 => words,
            Class::Good | Class::NearGood => 1.0,
            Class::Short => -1.0,
            Class::Bad => -(2.0 + words.min(40.0) / 4.0),
        }
    }
}

/// The run of `weights` with the largest positive sum, or `None` when no
/// block weighs anything.
pub(crate) fn densest_run(weights: &[f64]) -> Option<Range<usize>> {
    let mut best: Option<(f64, Range<usize>)> = None;
    let mut sum = 0.0;
    let mut start = 0;
    for (i, &w) in weights.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += w;
        if sum > 0.0 && best.as_ref().is_none_or(|(b, _)| sum > *b) {
            best = Some((sum, start..i + 1));
        }
    }
    best.map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_crosses_headings_not_menus() {
        let w = [-1.0, -1.0, -20.0, 40.0, -1.0, 35.0, 50.0, -30.0, 12.0];
        assert_eq!(densest_run(&w), Some(3..7));
        assert_eq!(densest_run(&[-1.0, -2.0]), None);
        assert_eq!(densest_run(&[]), None);
        assert_eq!(densest_run(&[5.0]), Some(0..1));
    }
}
