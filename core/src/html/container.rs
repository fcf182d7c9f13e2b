//! Which blocks are the article: the markup's verdicts on page furniture,
//! then the element whose prose outweighs everything else, with the
//! paragraphs beside it.
//!
//! Each block of prose (long enough, few links, sentence punctuation,
//! function words) gives its weight to the element that holds it, half to
//! that element's parent and a third to the grandparent, as Readability
//! does: an article's paragraphs share a parent, where a front page's
//! excerpts each sit in a card of their own, so the weight gathers on an
//! article's body and stays spread on a front page. An element's total is
//! scaled down by its link density and up for article markup
//! (`<article>`, `itemprop="articleBody"`, an `article-body` class). The
//! best element's siblings join it when they are prose too. A JSON-LD
//! `articleBody` is one more candidate: the element that holds most of it
//! is preferred, but only if the page shows that text (a paywall cuts it
//! short, and a stale one may not match at all).

use crate::clean::{Hint, Reason};
use crate::hash::Set;
use crate::lang::Resources;

use super::meta::Head;
use super::tokens::Flag;
use super::walk::{Kind, Walk};

/// The article's prose must hold at least this many words…
const MIN_WORDS: usize = 12;
/// …and this share of the prose the markup does not flag as furniture:
/// on a front page, the best card's excerpt is a small part of the page.
const MIN_SHARE: f64 = 0.15;
/// A page of fewer words is a fragment (a feed item's markup, a snippet):
/// whatever prose it holds is its article.
const FRAGMENT_WORDS: usize = 50;
/// A weak flag on an element holding this share of the page's prose is the
/// page's wrapper, not furniture.
const WRAPPER_SHARE: f64 = 0.5;
/// A byline, caption or credit holds at most this many words.
const SMALL_FLAG_WORDS: usize = 40;
/// …and at least this many paragraphs of prose.
const WRAPPER_PARAGRAPHS: u32 = 4;
/// A caption stands within this many blocks of its image.
const IMAGE_REACH: usize = 2;
/// A sibling joins the article when its own score reaches this share of the best.
const SIBLING_SHARE: f64 = 0.2;

/// What one block shows, for scoring.
#[derive(Debug, Clone, Copy, Default)]
struct Prose {
    words: usize,
    /// Its weight as prose: 0 for anything that is not.
    weight: f64,
    link_density: f64,
    final_punct: bool,
}

fn measure(text: &str, chars: u32, link_chars: u32, res: &Resources) -> Prose {
    let mut words = 0;
    let mut stops = 0;
    let mut lower = String::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        stops += usize::from(res.is_stop(&lower));
    }
    let link_density = if chars == 0 {
        0.0
    } else {
        f64::from(link_chars) / f64::from(chars)
    };
    let end = text.trim_end_matches(|c: char| {
        matches!(c, '»' | '"' | '”' | '\'' | ')' | ']' | '’') || c.is_whitespace()
    });
    let ellipsis = end.ends_with("...") || end.ends_with('…');
    let final_punct =
        !ellipsis && end.ends_with(['.', '!', '?', ':', ';', '؟', '。', '！', '？', '।']);
    let has_stop_list = res.is_stop("de") || res.is_stop("the") || stops > 0;
    let stop_ratio = if words == 0 {
        0.0
    } else {
        stops as f64 / words as f64
    };
    let nonlink = words as f64 * (1.0 - link_density);
    let weight = if words < 4 || link_density > 0.5 || ellipsis {
        0.0
    } else if has_stop_list && words >= 8 && stop_ratio < 0.1 {
        0.1 * nonlink
    } else if final_punct {
        nonlink
    } else if words >= 20 {
        0.5 * nonlink
    } else {
        0.0
    };
    Prose {
        words,
        weight,
        link_density,
        final_punct,
    }
}

/// The verdict on every block, from the markup and the article's place.
pub(crate) fn hints(walk: &Walk, head: &Head, res: &Resources) -> Vec<Hint> {
    let blocks = &walk.blocks;
    let scopes = &walk.scopes;
    let prose: Vec<Prose> = blocks
        .iter()
        .map(|b| measure(walk.text_of(b), b.chars, b.link_chars, res))
        .collect();
    // Prefix sums over blocks: prose weight, characters, link characters.
    let mut weight_sum = vec![0.0; blocks.len() + 1];
    let mut chars_sum = vec![0u64; blocks.len() + 1];
    let mut links_sum = vec![0u64; blocks.len() + 1];
    for (i, b) in blocks.iter().enumerate() {
        weight_sum[i + 1] = weight_sum[i] + prose[i].weight;
        chars_sum[i + 1] = chars_sum[i] + u64::from(b.chars);
        links_sum[i + 1] = links_sum[i] + u64::from(b.link_chars);
    }
    let total_weight = weight_sum[blocks.len()];
    let range_weight = |s: usize| {
        let sc = &scopes[s];
        weight_sum[sc.end as usize] - weight_sum[sc.first as usize]
    };
    // Scopes holding article markup, counted over scope indices: a scope's
    // descendants are the indices after it, up to its `scopes_end`.
    let mut markup_sum = vec![0u32; scopes.len() + 1];
    for (s, sc) in scopes.iter().enumerate() {
        markup_sum[s + 1] = markup_sum[s] + u32::from(sc.article_markup);
    }
    let holds_markup = |s: usize| markup_sum[scopes[s].scopes_end as usize] > markup_sum[s];
    // Paragraphs of prose, counted over blocks: a wrapper holds many.
    let mut prose_count = vec![0u32; blocks.len() + 1];
    for b in 0..blocks.len() {
        prose_count[b + 1] = prose_count[b] + u32::from(prose[b].weight > 0.0);
    }
    let paragraphs = |s: usize| {
        let sc = &scopes[s];
        prose_count[sc.end as usize] - prose_count[sc.first as usize]
    };
    // Words, counted over blocks: a byline or a caption is short.
    let mut words_sum = vec![0usize; blocks.len() + 1];
    for b in 0..blocks.len() {
        words_sum[b + 1] = words_sum[b] + prose[b].words;
    }
    let words_in = |s: usize| {
        let sc = &scopes[s];
        words_sum[sc.end as usize] - words_sum[sc.first as usize]
    };
    // Which flags count: not one on the page's wrapper, an element holding
    // most of the page's prose (`<div id="read_more">` around the body).
    // A comment thread longer than the article is still comments, unless
    // it holds the article's own markup. When `relaxed`, only the flags no
    // article ever sits under count (comments, consent notices, navigation
    // named as such): the second look at a page where the first found no
    // article because its body sits in an element named for something else.
    let outer_flags = |relaxed: bool| -> Vec<Option<Flag>> {
        let effective = scopes.iter().enumerate().map(|(s, sc)| {
            sc.flag.filter(|f| {
                if relaxed
                    && !(matches!(f.reason, Reason::Comments | Reason::Consent)
                        || f.reason == Reason::Navigation && f.strong)
                {
                    return false;
                }
                let share = range_weight(s) / total_weight.max(1.0);
                // A cookie notice may be most of a short page's prose: a
                // wrapper holds several paragraphs.
                let wrapper = share >= WRAPPER_SHARE
                    && paragraphs(s) >= WRAPPER_PARAGRAPHS
                    && (f.reason != Reason::Comments || holds_markup(s) || sc.article_names);
                // A `meta` or `time` class on an element of many words is a
                // section (a recipe's ingredients), not a byline.
                let small_only =
                    matches!(f.reason, Reason::Byline | Reason::Caption | Reason::Credit);
                // A layout word for a widget (`widget`, `banner`, `promo`)
                // on an element of many words, nearly all prose, is a page
                // builder's block of text; a player's controls are not prose.
                let text_block = f.reason == Reason::Widget
                    && (!f.strong || paragraphs(s) >= 2)
                    && words_in(s) > SMALL_FLAG_WORDS
                    && range_weight(s) >= 0.8 * words_in(s) as f64;
                !(wrapper || text_block || small_only && words_in(s) > SMALL_FLAG_WORDS)
            })
        });
        // The outermost effective flag over each scope (parents come first).
        let mut outer: Vec<Option<Flag>> = Vec::with_capacity(scopes.len());
        for (s, flag) in effective.enumerate() {
            let p = scopes[s].parent;
            let above = if p == u32::MAX {
                None
            } else {
                outer[p as usize]
            };
            outer.push(above.or(flag));
        }
        outer
    };
    // A block beside an image that says what the image's `alt` or `title`
    // says is its caption. Farther away, the same words are the page's own
    // text that the image's description repeats (a standfirst as the alt
    // text of the lead photo).
    let mut captions = vec![false; blocks.len()];
    for &(key, at) in &walk.image_texts {
        let near = (at as usize).saturating_sub(IMAGE_REACH)
            ..(at as usize + IMAGE_REACH).min(blocks.len());
        for b in near {
            if !captions[b] && super::walk::text_key(walk.text_of(&blocks[b])) == Some(key) {
                captions[b] = true;
            }
        }
    }
    let flag_in = |outer: &[Option<Flag>], b: usize| {
        let s = blocks[b].scope;
        if s == u32::MAX {
            None
        } else {
            outer[s as usize]
        }
    };
    // A fragment too small to hold furniture is what it is.
    let fragment = prose.iter().map(|p| p.words).sum::<usize>() < FRAGMENT_WORDS;
    // Places the article under the flags `outer`: which blocks it holds.
    let place = |outer: &[Option<Flag>]| -> Vec<bool> {
        let flag_of = |b: usize| flag_in(outer, b);

        // Candidates: each prose block scores its holder and two ancestors.
        let mut score = vec![0.0f64; scopes.len()];
        for (b, block) in blocks.iter().enumerate() {
            let w = prose[b].weight;
            if w <= 0.0 || flag_of(b).is_some() || block.scope == u32::MAX {
                continue;
            }
            let mut s = block.scope;
            if scopes[s as usize].paragraph {
                s = scopes[s as usize].parent;
            }
            for share in [1.0, 0.5, 1.0 / 3.0] {
                if s == u32::MAX {
                    break;
                }
                score[s as usize] += w * share;
                s = scopes[s as usize].parent;
            }
        }
        let link_density = |s: usize| {
            let sc = &scopes[s];
            let chars = chars_sum[sc.end as usize] - chars_sum[sc.first as usize];
            let links = links_sum[sc.end as usize] - links_sum[sc.first as usize];
            if chars == 0 {
                0.0
            } else {
                links as f64 / chars as f64
            }
        };
        let candidate = |s: usize| {
            let sc = &scopes[s];
            if outer[s].is_some() || score[s] <= 0.0 {
                return 0.0;
            }
            let bonus = if sc.article_markup {
                1.3
            } else if sc.article_names {
                1.15
            } else {
                1.0
            };
            score[s] * (1.0 - link_density(s)) * bonus
        };
        let scored: Vec<f64> = (0..scopes.len()).map(candidate).collect();
        let mut best = (0..scopes.len()).max_by(|&a, &b| {
            scored[a]
                .partial_cmp(&scored[b])
                .unwrap_or(std::cmp::Ordering::Equal)
                // On a tie, the inner element (found later) is kept.
                .then(a.cmp(&b))
        });
        let mut checked_by_ld = false;
        if let (Some(body), Some(top)) = (&head.article_body, best) {
            if let Some((s, cover)) = json_ld_candidate(walk, &scored, body) {
                checked_by_ld = cover >= 0.6;
                if checked_by_ld && s != top {
                    best = Some(s);
                }
            }
        }

        // The article: the best element, grown to the ancestors that add
        // prose, and its siblings that are prose too.
        let mut in_article = vec![false; blocks.len()];
        let mut article_words = 0;
        if let Some(best) = best.filter(|&t| scored[t] > 0.0) {
            let sums = Sums::new(walk, &prose, |b| flag_of(b).is_some());
            let top = grow(best, walk, &sums, outer);
            let parent = scopes[top].parent;
            let threshold = (10.0f64).max(SIBLING_SHARE * scored[best]);
            let mark = |s: usize, in_article: &mut Vec<bool>| {
                let sc = &scopes[s];
                in_article[sc.first as usize..sc.end as usize].fill(true);
            };
            mark(top, &mut in_article);
            if parent != u32::MAX {
                for s in (parent as usize + 1)..scopes[parent as usize].scopes_end as usize {
                    let sc = &scopes[s];
                    if sc.parent != parent || s == top || outer[s].is_some() {
                        continue;
                    }
                    let own = sc.first as usize..sc.end as usize;
                    let prose_like = sc.paragraph
                        && !own.is_empty()
                        && own.clone().all(|b| {
                            let p = &prose[b];
                            (p.weight > 0.0 && p.link_density < 0.25)
                                || (p.link_density == 0.0 && p.final_punct && p.words >= 3)
                        });
                    if scored[s] >= threshold || prose_like {
                        mark(s, &mut in_article);
                    }
                }
                // Text held by the parent itself, between its children.
                let p = &scopes[parent as usize];
                for b in p.first as usize..p.end as usize {
                    if blocks[b].scope == parent && prose[b].weight > 0.0 {
                        in_article[b] = true;
                    }
                }
            }
            for (b, inside) in in_article.iter_mut().enumerate() {
                if *inside && flag_of(b).is_some() {
                    *inside = false;
                }
            }
            extend(&mut in_article, &prose, &flag_of);
            lead_in(&mut in_article, &prose, &captions, &flag_of);
            for b in 0..blocks.len() {
                if in_article[b] && prose[b].weight > 0.0 {
                    article_words += prose[b].words;
                }
            }
            let page_words: usize = (0..blocks.len())
                .filter(|&b| prose[b].weight > 0.0 && flag_of(b).is_none())
                .map(|b| prose[b].words)
                .sum();
            let thin = !fragment
                && (article_words < MIN_WORDS
                    || (article_words as f64) < MIN_SHARE * page_words as f64
                    || teaser_list(walk, &prose, &in_article, article_words));
            if thin && !checked_by_ld {
                in_article.iter_mut().for_each(|a| *a = false);
            }
        }
        in_article
    };
    let strict = outer_flags(false);
    let mut in_article = place(&strict);
    // A page without an article is not summarised; but one whose prose
    // all sits under a name for furniture (the body in an `<aside>`, a
    // blog's post in a `widget`) is looked at once more, with only the
    // flags no article sits under.
    if !fragment && !in_article.contains(&true) {
        in_article = place(&outer_flags(true));
    }
    // Blocks outside the article keep the markup's verdict on them.
    let flag_of = |b: usize| {
        if in_article[b] {
            None
        } else {
            flag_in(&strict, b)
        }
    };
    let found = in_article.iter().any(|&a| a);

    let title = title_block(walk, head, &in_article);
    (0..blocks.len())
        .map(|b| {
            let p = &prose[b];
            let kind = blocks[b].kind;
            let verdict = if Some(b) == title {
                Some(Reason::Title)
            } else if captions[b] {
                Some(Reason::Caption)
            } else if let Some(f) = flag_of(b) {
                Some(f.reason)
            } else if in_article[b] {
                match kind {
                    Kind::Heading(_) => Some(Reason::Heading),
                    Kind::Caption => Some(Reason::Caption),
                    _ if p.link_density >= 0.6 && (p.words < 40 || p.link_density >= 0.8) => {
                        Some(Reason::Related)
                    }
                    _ => None,
                }
            } else if p.link_density >= 0.5 {
                Some(if p.words <= 4 {
                    Reason::Navigation
                } else {
                    Reason::Related
                })
            } else if !found {
                // No article on the page: nothing is kept.
                Some(if kind == Kind::Caption {
                    Reason::Caption
                } else if p.weight > 0.0 {
                    Reason::Boilerplate
                } else {
                    Reason::Teaser
                })
            } else {
                None
            };
            // Lists and tables in the article are its content, whatever
            // their lines look like (ingredients, results, addresses).
            let keep = in_article[b]
                && verdict.is_none()
                && matches!(kind, Kind::ListItem | Kind::Cell)
                && p.link_density < 0.3;
            Hint {
                verdict,
                in_article: in_article[b],
                keep,
            }
        })
        .collect()
}

/// Is the article a list of teasers, as on a front page: three or more
/// excerpts that each follow a linked headline, making up half of its prose?
fn teaser_list(walk: &Walk, prose: &[Prose], in_article: &[bool], article_words: usize) -> bool {
    let mut pairs = 0;
    let mut words = 0;
    let mut prev: Option<usize> = None;
    for b in (0..walk.blocks.len()).filter(|&b| in_article[b]) {
        let linked_headline = prev.is_some_and(|h| {
            let short = prose[h].words <= 20;
            let heading = matches!(walk.blocks[h].kind, Kind::Heading(_));
            prose[h].link_density >= 0.8 && (short || heading)
        });
        if prose[b].weight > 0.0 && linked_headline {
            pairs += 1;
            words += prose[b].words;
        }
        prev = Some(b);
    }
    pairs >= 3 && words * 2 >= article_words
}

/// Grows the best element to its ancestors while what each adds is mostly
/// prose with few links: an article whose paragraphs each sit in a
/// wrapper of their own (a content management system's "content
/// elements") gathers whole, while a card on a front page does not grow
/// into the grid of cards, whose headlines are links.
fn grow(mut top: usize, walk: &Walk, sums: &Sums, outer: &[Option<Flag>]) -> usize {
    let scopes = &walk.scopes;
    loop {
        let parent = scopes[top].parent;
        // Article markup names the article's own element: it stands.
        if parent == u32::MAX || outer[parent as usize].is_some() || scopes[top].article_markup {
            return top;
        }
        let (t, p) = (&scopes[top], &scopes[parent as usize]);
        let inner = sums.over(t.first, t.end);
        let all = sums.over(p.first, p.end);
        let words = all.words - inner.words;
        let prose_words = all.prose_words - inner.prose_words;
        let chars = all.chars - inner.chars;
        let links = all.links - inner.links;
        let adds_prose = words == 0
            || (prose_words * 2 >= words && links as f64 <= GROW_LINK_DENSITY * chars as f64);
        if !adds_prose {
            return top;
        }
        top = parent as usize;
    }
}

/// Words, prose words, characters and link characters of the blocks
/// outside flagged furniture, as prefix sums over the blocks.
#[derive(Debug, Clone, Copy, Default)]
struct Totals {
    words: usize,
    prose_words: usize,
    chars: u64,
    links: u64,
}

struct Sums(Vec<Totals>);

impl Sums {
    fn new(walk: &Walk, prose: &[Prose], flagged: impl Fn(usize) -> bool) -> Sums {
        let mut out = Vec::with_capacity(walk.blocks.len() + 1);
        let mut t = Totals::default();
        out.push(t);
        for (b, block) in walk.blocks.iter().enumerate() {
            if !flagged(b) {
                t.words += prose[b].words;
                t.prose_words += if prose[b].weight > 0.0 {
                    prose[b].words
                } else {
                    0
                };
                t.chars += u64::from(block.chars);
                t.links += u64::from(block.link_chars);
            }
            out.push(t);
        }
        Sums(out)
    }

    fn over(&self, first: u32, end: u32) -> Totals {
        let (a, b) = (self.0[first as usize], self.0[end as usize]);
        Totals {
            words: b.words - a.words,
            prose_words: b.prose_words - a.prose_words,
            chars: b.chars - a.chars,
            links: b.links - a.links,
        }
    }
}

/// Above this link density, what an ancestor adds is links, not prose.
const GROW_LINK_DENSITY: f64 = 0.2;

/// How many blocks that are not prose the article may reach across when it
/// is extended.
const EXTEND_ACROSS: usize = 3;

/// Extends the article over the prose right before and after it that the
/// markup does not flag: a standfirst in the article's header, a last
/// paragraph after an embedded gallery. It reaches across a few short
/// lines (a byline, a caption), never across flagged furniture.
fn extend(in_article: &mut [bool], prose: &[Prose], flag_of: &dyn Fn(usize) -> Option<Flag>) {
    let (Some(first), Some(last)) = (
        in_article.iter().position(|&a| a),
        in_article.iter().rposition(|&a| a),
    ) else {
        return;
    };
    let is_prose = |b: usize| prose[b].weight >= 8.0 && prose[b].link_density < 0.3;
    let reach = |indices: &mut dyn Iterator<Item = usize>| {
        let (mut taken, mut crossed) = (Vec::new(), 0);
        for b in indices {
            if let Some(f) = flag_of(b) {
                // A byline, a caption, a credit or a share bar sits in an
                // article's header: it is crossed, never taken.
                let small = matches!(
                    f.reason,
                    Reason::Byline | Reason::Caption | Reason::Credit | Reason::Widget
                );
                crossed += 1;
                if !small || crossed > EXTEND_ACROSS {
                    break;
                }
                continue;
            }
            if is_prose(b) {
                taken.push(b);
                crossed = 0;
            } else {
                crossed += 1;
                if crossed > EXTEND_ACROSS {
                    break;
                }
            }
        }
        taken
    };
    // Prose between the article's blocks is the article's too: a
    // standfirst between the headline and the body, a paragraph the
    // markup wraps apart.
    for (b, inside) in in_article.iter_mut().enumerate().take(last).skip(first) {
        if !*inside && flag_of(b).is_none() && is_prose(b) {
            *inside = true;
        }
    }
    for b in reach(&mut (0..first).rev()) {
        in_article[b] = true;
    }
    for b in reach(&mut (last + 1..in_article.len())) {
        in_article[b] = true;
    }
}

/// A block of prose before the article joins it at this weight (words
/// outside links), with sentence punctuation and few links.
const LEAD_IN_WEIGHT: f64 = 15.0;

/// Takes into the article the prose before it that the markup does not
/// flag: an introduction in a section of its own, the first sections of a
/// page whose best-scored section comes later. What follows the article is
/// left out: after an article come author notes, excerpts and comments.
fn lead_in(
    in_article: &mut [bool],
    prose: &[Prose],
    captions: &[bool],
    flag_of: &dyn Fn(usize) -> Option<Flag>,
) {
    let Some(first) = in_article.iter().position(|&a| a) else {
        return;
    };
    for b in 0..first {
        let p = &prose[b];
        if p.weight >= LEAD_IN_WEIGHT
            && p.final_punct
            && p.link_density < 0.1
            && !captions[b]
            && flag_of(b).is_none()
        {
            in_article[b] = true;
        }
    }
}

/// The block that holds the page's headline: a heading that says what the
/// metadata title says, before the article or at its start.
fn title_block(walk: &Walk, head: &Head, in_article: &[bool]) -> Option<usize> {
    let title = head.meta.title.as_deref()?;
    let want = word_set(title);
    if want.is_empty() {
        return None;
    }
    let first_in = in_article
        .iter()
        .position(|&a| a)
        .unwrap_or(walk.blocks.len());
    let mut best: Option<(f64, usize)> = None;
    for (b, block) in walk.blocks.iter().enumerate().take(first_in + 4) {
        // A heading, or the line right before the article.
        if !matches!(block.kind, Kind::Heading(_)) && b + 1 != first_in {
            continue;
        }
        let got = word_set(walk.text_of(block));
        let common = got.intersection(&want).count() as f64;
        let dice = 2.0 * common / (got.len() + want.len()) as f64;
        if dice >= 0.8 && best.map_or(true, |(d, _)| dice > d) {
            best = Some((dice, b));
        }
    }
    best.map(|(_, b)| b)
}

fn word_set(text: &str) -> Set<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Hashes of the 4-word shingles of `text`, lower-cased.
fn shingles(text: &str, limit: usize) -> Set<u64> {
    use std::hash::BuildHasher;
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let build = foldhash::fast::FixedState::with_seed(7);
    words
        .windows(4)
        .take(limit)
        .map(|w| build.hash_one(w))
        .collect()
}

/// The candidate element that holds most of the JSON-LD `articleBody`, and
/// the share of the body it holds. Only the best-scored candidates are
/// compared, so the cost stays that of reading the body once.
fn json_ld_candidate(walk: &Walk, scored: &[f64], body: &str) -> Option<(usize, f64)> {
    let want = shingles(body, 4000);
    if want.len() < 10 {
        return None;
    }
    let mut order: Vec<usize> = (0..scored.len()).filter(|&s| scored[s] > 0.0).collect();
    order.sort_by(|&a, &b| {
        scored[b]
            .partial_cmp(&scored[a])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    order.truncate(5);
    let mut best: Option<(usize, f64)> = None;
    for s in order {
        let sc = &walk.scopes[s];
        let text: Vec<&str> = walk.blocks[sc.first as usize..sc.end as usize]
            .iter()
            .map(|b| walk.text_of(b))
            .collect();
        let got = shingles(&text.join(" "), usize::MAX);
        let cover = want.intersection(&got).count() as f64 / want.len() as f64;
        if best.map_or(true, |(_, c)| cover > c + 0.05) {
            best = Some((s, cover));
        }
    }
    best
}
