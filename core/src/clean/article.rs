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
    } else if sig.headline_shaped() || !sig.final_punct && sig.words < 6 {
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
        if sum > 0.0 && best.as_ref().map_or(true, |(b, _)| sum > *b) {
            best = Some((sum, start..i + 1));
        }
    }
    best.map(|(_, r)| r)
}

/// How many lines without sentence punctuation the article may reach
/// across when it is extended.
const EXTEND_ACROSS: usize = 2;

/// Extends the article run over the sentences next to it that are not
/// furniture, such as a team line-up or a list closing the article: prose
/// too thin to weigh much, but nothing separates it from the article. The
/// extension stops at a wall (furniture that does not sit inside articles,
/// unlike a credit or an inline "Lire aussi"), at the headline, or after
/// crossing [`EXTEND_ACROSS`] lines without sentence punctuation.
pub(crate) fn extend(
    run: Range<usize>,
    signals: &[Signals],
    walls: &[bool],
    title: Option<usize>,
) -> Range<usize> {
    let reach = |indices: &mut dyn Iterator<Item = usize>| {
        let mut last = None;
        let mut crossed = 0;
        for j in indices {
            if walls[j] || Some(j) == title {
                break;
            }
            if signals[j].final_punct {
                last = Some(j);
            } else {
                crossed += 1;
                if crossed > EXTEND_ACROSS {
                    break;
                }
            }
        }
        last
    };
    let start = reach(&mut (0..run.start).rev()).unwrap_or(run.start);
    let end = reach(&mut (run.end..signals.len())).map_or(run.end, |j| j + 1);
    start..end
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
