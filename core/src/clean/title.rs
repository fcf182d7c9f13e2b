//! The page's headline: a headline-shaped line shortly before the article,
//! the one that shares the most words with the article's opening.

use crate::hash::Set;
use crate::text::chars::is_alphanumeric;

use super::signals::Signals;
use crate::lang::Resources;

/// How many blocks before the article the headline may sit.
const WINDOW: usize = 10;

/// Content words (not stop words), stemmed.
fn terms(text: &str, res: &Resources) -> Set<String> {
    text.split(|c: char| !is_alphanumeric(c))
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
        .filter(|w| !res.is_stop(w))
        .map(|w| crate::stems::stem(res, &w))
        .collect()
}

/// Picks the headline among the blocks before `article_start`.
/// `eligible[i]` is false for blocks already known to be furniture.
pub(crate) fn find(
    signals: &[Signals],
    eligible: &[bool],
    article_start: usize,
    opening: &str,
    res: &Resources,
) -> Option<usize> {
    // The opening's terms are only needed once there is a candidate: most
    // clean articles have none, and stemming three paragraphs is not free.
    let mut article: Option<Set<String>> = None;
    let from = article_start.saturating_sub(WINDOW);
    let candidates = (from..article_start)
        .filter(|&i| eligible[i] && signals[i].headline_shaped() && signals[i].words >= 3);
    let mut best: Option<(usize, usize)> = None; // (overlap, index)
    let mut nearest = None;
    for i in candidates {
        let article = article.get_or_insert_with(|| terms(opening, res));
        let overlap = terms(&signals[i].text, res).intersection(article).count();
        if overlap > 0 && best.map_or(true, |(b, _)| overlap > b) {
            best = Some((overlap, i));
        }
        // With no word in common, only a line right before the article
        // (or before its byline and widgets) can be the headline.
        if (i + 1..article_start).all(|j| !eligible[j]) {
            nearest = Some(i);
        }
    }
    best.map(|(_, i)| i).or(nearest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_shares_words_with_the_article() {
        let res = Resources::get("fr");
        let blocks = [
            "Le port de Tanger bat son record",
            "Politique",
            "La grève des contrôleurs aériens se poursuit",
            "Par Jeanne Martin",
            "Le conseil municipal de Lyon adopte son budget",
            "Une photo de la mairie au coucher du soleil",
        ];
        let signals: Vec<Signals> = blocks.iter().map(|t| Signals::of(t, res)).collect();
        let eligible = [true, true, true, false, true, true];
        let opening = "Le conseil municipal de Lyon a adopté mardi le budget de la ville.";
        assert_eq!(find(&signals, &eligible, 6, opening, res), Some(4));
        // Nothing in common: the headline-shaped line right before the article.
        let opening = "Il faisait beau sur la ville ce jour-là.";
        assert_eq!(find(&signals, &eligible, 6, opening, res), Some(5));
        assert_eq!(find(&signals, &eligible, 4, opening, res), Some(2));
        assert_eq!(find(&signals, &eligible, 2, opening, res), None);
        assert_eq!(find(&signals, &eligible, 0, opening, res), None);
    }
}
