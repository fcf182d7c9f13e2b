//! jusText's classes and its context smoothing: a block is first judged on
//! its own (good prose, near-good, short, bad), then short and near-good
//! blocks take the class of the prose around them, so that a short line
//! inside the article survives and a long line inside a menu does not.

use super::signals::Signals;

/// A block's class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Prose: long enough, with function words and sentence punctuation.
    Good,
    /// Could be prose; decided by its neighbours.
    NearGood,
    /// Too short to tell; decided by its neighbours.
    Short,
    /// Not prose.
    Bad,
}

/// Below this share of stop words a long line is a list of names or tags.
const STOP_BAD: f64 = 0.12;
/// From this share of stop words (and length) a block is prose.
const STOP_GOOD: f64 = 0.22;
/// From this many characters a block can be good on its own.
const GOOD_CHARS: usize = 120;

/// The class of one block on its own. `noise` is true for blocks already
/// known to be furniture, `repeated` for blocks whose text occurs twice.
pub(crate) fn initial(sig: &Signals, noise: bool, repeated: bool) -> Class {
    let stop = sig.stop_ratio;
    if noise
        || (repeated && sig.words < 40)
        || (sig.words >= 8 && stop.is_some_and(|r| r < STOP_BAD))
    {
        Class::Bad
    } else if sig.headline_shaped() || sig.words < 6 {
        Class::Short
    } else if sig.text.len() >= GOOD_CHARS
        && stop.map_or(true, |r| r >= STOP_GOOD)
        && (sig.final_punct || sig.words >= 30)
        && !sig.ellipsis
    {
        Class::Good
    } else {
        Class::NearGood
    }
}

/// Context smoothing, after jusText. When nothing on the page is good on
/// its own (a short clean text), near-good blocks that end like sentences
/// are taken as good first.
pub(crate) fn smooth(classes: &mut [Class], signals: &[Signals], noise: &[bool]) {
    if !classes.contains(&Class::Good) {
        for (i, c) in classes.iter_mut().enumerate() {
            if *c == Class::NearGood && signals[i].final_punct {
                *c = Class::Good;
            }
        }
    }
    // Short blocks: between good and good → good, bad and bad → bad,
    // else near-good (bad when the other side is only near-good).
    let fixed: Vec<Class> = classes.to_vec();
    let around = neighbours(&fixed, |c| c == Class::Short);
    for i in 0..classes.len() {
        if fixed[i] != Class::Short {
            continue;
        }
        let (prev, next) = around[i];
        classes[i] = match (prev, next) {
            (Class::Good, Class::Good) => Class::Good,
            (Class::Bad, Class::Bad) => Class::Bad,
            (Class::Bad, Class::NearGood) | (Class::NearGood, Class::Bad) => Class::Bad,
            _ => Class::NearGood,
        };
    }
    // Near-good blocks: good unless the nearest good-or-bad block on both
    // sides is bad. Furniture never turns good.
    let fixed: Vec<Class> = classes.to_vec();
    let around = neighbours(&fixed, |c| matches!(c, Class::Short | Class::NearGood));
    for i in 0..classes.len() {
        if fixed[i] != Class::NearGood || noise[i] {
            continue;
        }
        let (prev, next) = around[i];
        classes[i] = if prev == Class::Bad && next == Class::Bad {
            Class::Bad
        } else {
            Class::Good
        };
    }
}

/// For each block, the class of the nearest block before it and after it
/// that `skip` does not pass over; the page's edges count as bad. Two passes,
/// so a page of 50,000 short lines stays linear.
fn neighbours(classes: &[Class], skip: impl Fn(Class) -> bool) -> Vec<(Class, Class)> {
    let mut out = vec![(Class::Bad, Class::Bad); classes.len()];
    let mut last = Class::Bad;
    for (i, &c) in classes.iter().enumerate() {
        out[i].0 = last;
        if !skip(c) {
            last = c;
        }
    }
    last = Class::Bad;
    for (i, &c) in classes.iter().enumerate().rev() {
        out[i].1 = last;
        if !skip(c) {
            last = c;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Resources;
    use Class::*;

    fn classes(texts: &[&str]) -> Vec<Class> {
        let res = Resources::get("fr");
        let signals: Vec<Signals> = texts.iter().map(|t| Signals::of(t, res)).collect();
        let noise = vec![false; texts.len()];
        let mut c: Vec<Class> = signals.iter().map(|s| initial(s, false, false)).collect();
        smooth(&mut c, &signals, &noise);
        c
    }

    const PROSE: &str = "Le conseil municipal a adopté mardi soir le budget de la ville, \
        qui prévoit la rénovation de trois écoles et la construction d'une piscine.";

    #[test]
    fn a_short_line_inside_the_article_survives() {
        assert_eq!(
            classes(&[PROSE, "Rien n'y a fait.", PROSE]),
            [Good, Good, Good]
        );
    }

    #[test]
    fn a_long_line_inside_a_menu_does_not() {
        let menu = [
            "Politique",
            "Economie",
            "Le marché du travail peine à absorber une population jeune et nombreuse",
            "Sport",
            "Culture",
        ];
        assert!(
            classes(&menu).iter().all(|&c| c == Bad),
            "{:?}",
            classes(&menu)
        );
    }

    #[test]
    fn short_clean_texts_are_prose() {
        let text = [
            "Le Maroc accueille le sommet africain sur l'intelligence artificielle.",
            "Le sommet réunit des ministres de trente pays africains à Rabat.",
            "Il faisait beau.",
        ];
        assert_eq!(classes(&text), [Good, Good, Good]);
    }

    #[test]
    fn names_without_function_words_are_bad() {
        let sig = Signals::of(
            "Hespress Barlamane Yabiladi Challenge EcoActu Lakome Albayane Aldar TanjaNews",
            Resources::get("fr"),
        );
        assert_eq!(initial(&sig, false, false), Bad);
    }
}
