//! Page furniture told by its own shape or wording, wherever it sits:
//! tickers, one-line menus, widgets, list headings and inline "Lire aussi",
//! bylines, dates, breadcrumbs, photo credits and captions.

use super::phrases::Phrases;
use super::signals::{key_of, Signals};
use super::Reason;
use crate::text::chars::is_alphanumeric;
use crate::text::words::lowercase_into;

/// What a block is on its own, before its neighbours are looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Dropped, for this reason.
    Noise(Reason),
    /// The heading of a list of other articles ("Lire aussi", "Latest
    /// articles") on a line of its own: the lines after it are teasers.
    /// `inline` when the block goes on with a first title.
    ListHeading {
        /// The block goes on after the heading, with a title.
        inline: bool,
    },
    /// "Lire aussi : <title>" on one line, inside an article.
    ReadAlso,
}

/// Separators between a home crumb and the next, or a list heading and its title.
const SEPARATORS: &[char] = &[':', '>', '›', '»', '/', '|', '-', '–', '—', '•'];

/// Looks at one block alone.
pub(crate) fn mark(sig: &Signals, first_line: &Signals) -> Option<Mark> {
    let p = Phrases::get();
    if let Some(reason) = one_line_list(sig) {
        return Some(Mark::Noise(reason));
    }
    if technical(&sig.text) {
        return Some(Mark::Noise(Reason::Widget));
    }
    if let Some(m) = list_heading(sig, first_line, p) {
        return Some(m);
    }
    type Check = fn(&Signals, &Phrases) -> bool;
    let checks: [(Check, Reason); 6] = [
        (breadcrumb, Reason::Byline),
        (byline, Reason::Byline),
        (sourced_byline, Reason::Byline),
        (caption, Reason::Caption),
        (credit, Reason::Credit),
        (widget, Reason::Widget),
    ];
    checks
        .iter()
        .find(|(check, _)| check(sig, p))
        .map(|&(_, reason)| Mark::Noise(reason))
        .or_else(|| agency_credit(sig, p).map(Mark::Noise))
}

/// Several items on one line, joined by runs of spaces or by separators:
/// a ticker of headlines, or a menu when the items are a word or two.
fn one_line_list(sig: &Signals) -> Option<Reason> {
    let n = sig.segments.len();
    if n < 2 {
        return dashed_ticker(sig).then_some(Reason::Ticker);
    }
    let words: Vec<usize> = sig
        .segments
        .iter()
        .map(|s| s.split_whitespace().count())
        .collect();
    let total: usize = words.iter().sum();
    let unpunctuated = sig
        .segments
        .iter()
        .filter(|s| !super::signals::ends_like_sentence(s))
        .count();
    if n >= 3 && total <= 3 * n {
        Some(Reason::Menu)
    } else if (n >= 3 && 2 * unpunctuated >= n) || (n == 2 && unpunctuated == 2 && total >= 6) {
        Some(Reason::Ticker)
    } else {
        None
    }
}

/// Dashes that join the headlines of a ticker, between single spaces.
const DASHES: [&str; 3] = [" — ", " – ", " - "];

/// The fewest words of a headline joined by dashes.
const DASHED_HEADLINE_WORDS: usize = 3;

/// Headlines joined by dashes: "Grève à la SNCF : le trafic perturbé jeudi —
/// Le prix du gazole repart à la hausse — Un séisme frappe le Chili". A dash
/// also sets off words inside a sentence, so it takes three items or more,
/// each a headline of its own: three words or more, not starting in lower
/// case, most of them without sentence punctuation. (An ellipsis that cuts
/// the ticker short is not an item.)
fn dashed_ticker(sig: &Signals) -> bool {
    // A flattened list ("- Spend three years on probation - Have…") starts
    // with its dash, and a sentence that holds dashes ends like one.
    if sig.words < 3 * DASHED_HEADLINE_WORDS
        || sig.final_punct
        || sig.text.starts_with(['-', '–', '—'])
    {
        return false;
    }
    let Some(dash) = DASHES.iter().find(|d| sig.text.contains(**d)) else {
        return false;
    };
    let items: Vec<&str> = sig
        .text
        .split(dash)
        .map(str::trim)
        .filter(|s| !matches!(*s, "" | "…" | "..."))
        .collect();
    let headline = |s: &&str| {
        s.split_whitespace().count() >= DASHED_HEADLINE_WORDS
            && s.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| !c.is_lowercase())
    };
    let unpunctuated = items
        .iter()
        .filter(|s| !super::signals::ends_like_sentence(s))
        .count();
    items.len() >= 3 && items.iter().all(headline) && 2 * unpunctuated >= items.len()
}

/// Markup or template debris: `spot_img`, `{{title}}`, a lone icon letter.
fn technical(text: &str) -> bool {
    let one_token = !text.contains(' ');
    text.chars().count() <= 2
        || (one_token && text.contains(['_', '{', '<', '=']))
        || !text.chars().any(is_alphanumeric)
}

/// "Lire aussi", "Latest articles", alone or before a title.
fn list_heading(sig: &Signals, first_line: &Signals, p: &Phrases) -> Option<Mark> {
    // A listed heading's words are all within the block's phrase reach.
    let listed = |s: &Signals| {
        s.words <= s.phrase_reach && s.whole_key().is_some_and(|k| p.list.contains(k))
    };
    if listed(sig) {
        return Some(Mark::ListHeading { inline: false });
    }
    // The heading on its own line, the title joined to it on the next.
    if first_line.whole_key() != sig.whole_key() && listed(first_line) {
        return Some(Mark::ListHeading { inline: true });
    }
    // "Lire aussi : <title>", "READ MORE - <title>".
    let (n, rest) = sig.starts_with_phrase(&p.list)?;
    let phrase_chars: usize = sig.key.split(' ').take(n).map(str::len).sum::<usize>() + n;
    let head: String = sig.text.chars().take(phrase_chars + 3).collect();
    (n >= 2 && rest >= 2 && head.contains(SEPARATORS)).then_some(Mark::ReadAlso)
}

/// The words of the block as written (case kept), split like [`Signals::key`].
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A person's or an outlet's name: one to five capitalised words, allowing
/// the particles of names (`de`, `van`, `el`...).
fn name_like(words: &[&str]) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "el", "al", "da", "di", "dos",
        "bin", "ben", "y", "e", "et", "and", "und",
    ];
    (1..=5).contains(&words.len())
        && words.first().is_some_and(|w| starts_upper(w))
        && words
            .iter()
            .all(|w| starts_upper(w) || PARTICLES.contains(w))
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A date or a time: `01 - 07 - 2025`, `2 juillet 2025`, `March 3, 2024`, `14h30`.
fn has_date(text: &str, p: &Phrases) -> bool {
    let words = words_of(text);
    let numeric = |w: &str| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4;
    // "2 juillet", "12 de mayo", "March 3". (Lower-cased character by
    // character: no month name has a final sigma to tell apart.)
    let mut lower = String::new();
    let month_with_number = words.iter().enumerate().any(|(i, w)| {
        lowercase_into(w, &mut lower);
        p.month.contains(lower.as_str())
            && words[i.saturating_sub(2)..(i + 3).min(words.len())]
                .iter()
                .any(|w| numeric(w))
    });
    let numeric_date = words
        .windows(3)
        .any(|w| w.iter().all(|w| numeric(w)) && w.iter().any(|w| w.len() == 4 || w.len() == 2));
    let clock = text.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    });
    let time = clock
        || words.iter().any(|w| {
            let b = w.as_bytes();
            b.len() >= 4
                && b.len() <= 5
                && b[0].is_ascii_digit()
                && w.contains('h')
                && b[b.len() - 1].is_ascii_digit()
        });
    month_with_number || numeric_date || time
}

/// "AccueilNewsSommet de Paris…", "Home > World > Europe".
fn breadcrumb(sig: &Signals, p: &Phrases) -> bool {
    // A breadcrumb never ends on sentence punctuation: most blocks stop here.
    if sig.final_punct {
        return false;
    }
    let lower = sig.text.to_lowercase();
    let glued_or_separated = p.home.iter().any(|home| {
        lower.starts_with(home.as_str()) && {
            let after = &sig.text[home.len().min(sig.text.len())..];
            let after = if sig.text.is_char_boundary(home.len()) {
                after
            } else {
                ""
            };
            after.starts_with(|c: char| c.is_uppercase())
                || after.trim_start().starts_with(SEPARATORS)
        }
    });
    let crumbs = [" > ", " › ", " » ", " / "]
        .iter()
        .map(|s| sig.text.matches(s).count())
        .sum::<usize>();
    glued_or_separated || (crumbs >= 2 && sig.words <= 25)
}

/// "Publié dans Hespress le 02 - 07 - 2025", "Par Jeanne Martin", "Updated 3 March 2024".
fn byline(sig: &Signals, p: &Phrases) -> bool {
    if sig.words > 14 || sig.ellipsis {
        return false;
    }
    let date = has_date(&sig.text, p);
    let words = words_of(&sig.text);
    // "Par Jeanne Martin", "By Jane Smith, BBC News".
    if let Some((n, _)) = sig.starts_with_phrase(&p.author) {
        let after = &words[n.min(words.len())..];
        if !after.is_empty() && name_like(&after[..after.len().min(2)]) && !sig.final_punct {
            return true;
        }
    }
    // "Publié dans", "Mis à jour le 3 juillet 2025", "le 02 - 07 - 2025".
    if let Some((n, rest)) = sig.starts_with_phrase(&p.byline) {
        if (n >= 2 && (rest == 0 || date)) || (date && rest <= 8) {
            return true;
        }
    }
    // A date on its own line, perhaps with a day name or a place.
    date && !sig.final_punct && sig.words <= 8
}

/// The longest line read as a source then a dated byline phrase.
const SOURCED_BYLINE_WORDS: usize = 18;

/// "Orange avec AFP, publié le mardi 3 mars 2025 à 14h05", "Reuters,
/// updated on 3 March 2024": a source (an outlet, an agency, a name), then a
/// byline phrase of two words or more, then a date.
fn sourced_byline(sig: &Signals, p: &Phrases) -> bool {
    if sig.final_punct
        || sig.ellipsis
        || !(4..=SOURCED_BYLINE_WORDS).contains(&sig.words)
        || !sig.text.bytes().any(|b| b.is_ascii_digit())
        || !has_date(&sig.text, p)
    {
        return false;
    }
    let key = key_of(&sig.text);
    let words: Vec<&str> = key.split(' ').collect();
    (1..words.len().saturating_sub(1)).any(|from| {
        (2..=3.min(words.len() - from)).any(|n| p.byline.contains(&words[from..from + n].join(" ")))
    })
}

/// "©Souhail Rmidi", "Photo : Reuters/John Doe", "Crédit photo : AFP".
fn credit(sig: &Signals, p: &Phrases) -> bool {
    if sig.words > 12 || sig.final_punct && sig.text.ends_with('.') && sig.words > 6 {
        return false;
    }
    if sig.text.contains('©') || sig.text.starts_with("(c) ") || sig.text.starts_with("(C) ") {
        return true;
    }
    sig.starts_with_phrase(&p.credit)
        .is_some_and(|(n, rest)| rest >= 1 && (n >= 2 || sig.text.contains([':', '/', '|', '©'])))
}

/// A caption that says it is one: "Photo d'illustration", "Pictured: …".
fn caption(sig: &Signals, p: &Phrases) -> bool {
    sig.words <= 40
        && sig
            .starts_with_phrase(&p.caption)
            .is_some_and(|(n, rest)| n >= 2 || rest == 0 || sig.text.contains([':', '/', '|', '(']))
}

/// A button, a form or a notice: "Partager", "Merci d'avoir signalé!",
/// "Cliquez ici pour lire l'article depuis sa source."
fn widget(sig: &Signals, p: &Phrases) -> bool {
    sig.starts_with_phrase(&p.widget).is_some_and(|(n, rest)| {
        rest == 0
            || (n >= 3 && rest <= 10)
            || (rest <= 4 && sig.words <= 6 && !sig.text.ends_with('.'))
    })
}

/// The longest line [`agency_credit`] reads.
const CREDIT_LINE_WORDS: usize = 30;

/// A line of at most [`CREDIT_LINE_WORDS`] words that ends on an agency's
/// name after a separator: a credit when short ("Jean Dupont / AFP"), a
/// caption when it also describes the picture.
fn agency_credit(sig: &Signals, p: &Phrases) -> Option<Reason> {
    if sig.final_punct || sig.words > CREDIT_LINE_WORDS {
        return None;
    }
    let key = key_of(&sig.text);
    let words: Vec<&str> = key.split(' ').collect();
    let ends_on_agency =
        (1..=2.min(words.len())).any(|n| p.agency.contains(&words[words.len() - n..].join(" ")));
    let tail: String = sig.text.chars().rev().take(24).collect();
    let separated = tail.contains(['/', '(', '|', '©', ':', '.', '-']);
    let reason = if sig.words <= 6 {
        Reason::Credit
    } else {
        Reason::Caption
    };
    (ends_on_agency && separated && sig.words >= 2).then_some(reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Resources;

    fn m(text: &str) -> Option<Mark> {
        let res = Resources::get("fr");
        let sig = Signals::of(text, res);
        let first = Signals::of(text.split('\n').next().unwrap(), res);
        mark(&sig, &first)
    }

    fn noise(text: &str) -> Option<Reason> {
        match m(text) {
            Some(Mark::Noise(r)) => Some(r),
            _ => None,
        }
    }

    #[test]
    fn tickers_and_one_line_menus() {
        assert_eq!(
            noise("Le budget est voté    La grève continue à la SNCF    Un séisme frappe le Chili"),
            Some(Reason::Ticker)
        );
        assert_eq!(
            noise("Sport | Culture | Météo | Vidéos"),
            Some(Reason::Menu)
        );
        assert_eq!(noise("Le conseil a voté  le budget."), None);
    }

    #[test]
    fn tickers_joined_by_dashes() {
        for t in [
            "Grève à la SNCF : le trafic perturbé jeudi — Le prix du gazole repart à la hausse — Un séisme frappe le Chili — …",
            "Storm hits the east coast - Fuel prices fall again - Council approves the new budget",
            "Huelga en el metro de Madrid – El Gobierno aprueba los presupuestos – Un incendio arrasa un almacén",
        ] {
            assert_eq!(noise(t), Some(Reason::Ticker), "{t}");
        }
        for t in [
            "Le ministre de l'Intérieur – Gérald Darmanin, qui était en visite – a annoncé une réforme.",
            "Trois villes – Lyon, Paris et Marseille – ont voté le même budget mardi soir.",
            "Coupe du monde – L'Espagne bat la France en demi-finale",
            "- Spend three years on probation - Have one year's counselling - Do 100 hours of community service",
            "The fans chose Ghost Town - The Specials, Love Will Tear Us Apart - Joy Division, and Blue Monday - New Order.",
        ] {
            assert_eq!(noise(t), None, "{t}");
        }
    }

    #[test]
    fn widgets() {
        for t in [
            "Merci d'avoir signalé !",
            "OK",
            "spot_img",
            "f",
            "Partager sur Facebook",
            "Cliquez ici pour lire l'article depuis sa source.",
            "Click here to read the full story on the publisher's website.",
            "Published on",
            "Newsletter",
        ] {
            assert_eq!(noise(t), Some(Reason::Widget), "{t}");
        }
        for t in [
            "Partager les richesses est le premier devoir de l'État, a-t-il dit.",
            "Shares in the company fell by 10% on Monday.",
        ] {
            assert_eq!(noise(t), None, "{t}");
        }
    }

    #[test]
    fn list_headings() {
        assert_eq!(m("Lire aussi"), Some(Mark::ListHeading { inline: false }));
        assert_eq!(
            m("Latest articles"),
            Some(Mark::ListHeading { inline: false })
        );
        assert_eq!(
            m("Lire aussi : Le port de Tanger bat son record"),
            Some(Mark::ReadAlso)
        );
        assert_eq!(
            m("À lire aussi\nLe port de Tanger bat son record"),
            Some(Mark::ListHeading { inline: true })
        );
        assert_eq!(m("Lire aussi les analyses de nos correspondants."), None);
    }

    #[test]
    fn bylines_dates_breadcrumbs() {
        for t in [
            "Publié dans Le Matin le 01 - 07 - 2025",
            "Publié dans",
            "le 02 - 07 - 2025",
            "Par Jeanne Martin",
            "By Jane Smith, BBC News",
            "Mis à jour le 3 juillet 2025 à 14h05",
            "Mardi 2 juillet 2025",
            "Actualizado el 12 de mayo de 2025 a las 09:30",
            "AccueilPolitiqueLe budget adopté...",
            "Accueil > Monde > Afrique",
            "Home › World › Europe",
        ] {
            assert_eq!(noise(t), Some(Reason::Byline), "{t}");
        }
        for t in [
            "Par ailleurs, le Royaume veut accueillir le sommet en 2027.",
            "Le Maroc trace sa stratégie",
            "Le Soir Echos",
            "Le festival accueille ses premiers visiteurs du 5 au 7 décembre...",
            "Le 14 juillet 2025, la foule s'est massée sur les Champs-Élysées pour le défilé.",
        ] {
            assert_eq!(noise(t), None, "{t}");
        }
    }

    #[test]
    fn credits_and_captions() {
        for t in [
            "©Souhail Rmidi",
            "© Marie Durand",
            "Photo : Reuters/John Doe",
            "Crédit photo : AFP",
            "Jean Dupont / AFP",
            "(c) Marie Durand",
            "(C) Studio Martin",
        ] {
            assert_eq!(noise(t), Some(Reason::Credit), "{t}");
        }
        for t in [
            "Photo d'illustration",
            "Le président lors de sa visite au port de Tanger, mardi (Jean Dupont / AFP)",
            "Pictured: the new bridge over the river",
        ] {
            assert_eq!(noise(t), Some(Reason::Caption), "{t}");
        }
        assert_eq!(noise("Le directeur de l'AFP a démissionné."), None);
    }
}
