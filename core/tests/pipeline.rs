//! End-to-end behaviour on French fixture articles written for these tests
//! (`tests/fixtures/articles/`), some with the noise of scraped pages.

use abrege::{Error, Options, Summarizer, Summary};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/articles/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const FIXTURES: [&str; 3] = ["budget-lyon.txt", "crue-scraped.txt", "sommet-quotes.txt"];

fn summarize(text: &str, options: Options) -> Summary {
    Summarizer::new(options).unwrap().summarize(text).unwrap()
}

/// Every sentence of `text`: a budget larger than any fixture.
fn every_sentence(text: &str) -> Summary {
    summarize(
        text,
        Options {
            sentences: Some(1000),
            ..Default::default()
        },
    )
}

/// The input span with its whitespace collapsed and lines broken before
/// punctuation rejoined, as the sentence text is documented to be.
fn collapse(span: &str) -> String {
    let words: Vec<&str> = span.split_whitespace().collect();
    let mut out = String::new();
    for w in words {
        if !out.is_empty() && !w.starts_with(['.', ',']) {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[test]
fn offsets_index_the_input_and_sentences_are_in_order() {
    for name in FIXTURES {
        let text = fixture(name);
        let summary = every_sentence(&text);
        assert!(summary.sentences.len() >= 4, "{name}");
        let mut last_end = 0;
        let mut last_index = None;
        for s in &summary.sentences {
            assert!(
                s.start >= last_end && s.start < s.end && s.end <= text.len(),
                "{name}: {s:?}"
            );
            assert_eq!(collapse(&text[s.start..s.end]), s.text, "{name}");
            assert!(last_index.map_or(true, |i| s.index > i), "{name}: order");
            assert!(s.score.is_finite());
            last_end = s.end;
            last_index = Some(s.index);
        }
    }
}

#[test]
fn the_lede_leads_a_three_sentence_summary() {
    let text = fixture("budget-lyon.txt");
    let summary = summarize(&text, Options::default());
    assert_eq!(summary.language, "fr");
    assert_eq!(summary.sentences.len(), 3);
    assert!(summary.sentences[0]
        .text
        .starts_with("Le conseil municipal de Lyon a adopté mardi soir"));
    assert_eq!(
        summary.title.as_deref(),
        Some("Lyon adopte un budget de 812 millions d'euros tourné vers les écoles")
    );
    assert!(
        summary
            .sentences
            .iter()
            .all(|s| !s.text.starts_with("Lyon adopte")),
        "the title is not a sentence"
    );
    assert!(summary.sentences[0].features.title > 0.0);
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(
        keywords.contains(&"écoles") || keywords.contains(&"école"),
        "{keywords:?}"
    );
    assert!(
        keywords
            .iter()
            .all(|k| !["de", "la", "les", "le"].contains(k)),
        "{keywords:?}"
    );
}

#[test]
fn broken_lines_come_out_whole() {
    let text = fixture("crue-scraped.txt");
    let summary = every_sentence(&text);
    let texts: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    for whole in [
        "Les pompiers ont mené près de 300 interventions, selon le service départemental d'incendie et de secours.",
        "D'après la mairie, une centaine de lits de camp et des repas chauds ont été distribués.",
    ] {
        assert!(texts.contains(&whole), "missing {whole:?} in {texts:#?}");
    }
}

#[test]
fn quotes_abbreviations_and_etc_segment_as_in_french_news() {
    let text = fixture("sommet-quotes.txt");
    let summary = every_sentence(&text);
    let texts: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(texts.contains(&"« C'est un pas historique, mais ce n'est qu'un début ! », a lancé la présidente de la Commission de l'Union africaine, Mme Ngozi Adeyemi, à l'issue des débats."), "{texts:#?}");
    assert!(
        texts.contains(&"Il plaide pour des prêts à taux zéro, voire des dons, etc."),
        "{texts:#?}"
    );
    assert!(
        texts.contains(&"Les pays donateurs restent divisés sur ce point."),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Le Dr Kamau, climatologue")),
        "{texts:#?}"
    );
}

#[test]
fn every_budget_is_respected() {
    let text = fixture("budget-lyon.txt");
    let all = every_sentence(&text);
    let n = all.sentence_count;
    assert_eq!(
        all.sentences.len(),
        n,
        "a budget over the length gives every sentence"
    );
    let ratio = summarize(
        &text,
        Options {
            ratio: Some(0.5),
            ..Default::default()
        },
    );
    assert_eq!(ratio.sentences.len(), n.div_ceil(2));
    for max_words in [15, 40, 80] {
        let s = summarize(
            &text,
            Options {
                max_words: Some(max_words),
                ..Default::default()
            },
        );
        let words: usize = s
            .sentences
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum();
        assert!(
            !s.sentences.is_empty() && words <= max_words + 2,
            "{max_words}: {words}"
        );
    }
    for max_chars in [120, 300] {
        let s = summarize(
            &text,
            Options {
                max_chars: Some(max_chars),
                ..Default::default()
            },
        );
        assert!(!s.sentences.is_empty());
        assert!(
            s.text().chars().count() <= max_chars,
            "{max_chars}: {}",
            s.text()
        );
    }
}

#[test]
fn word_and_character_budgets_count_the_text_handed_back() {
    use abrege::lang::Resources;
    use abrege::text::words::words;
    // A zero-width space, a combining accent, a no-break space: the text
    // handed back keeps them, so the budgets count them as it shows them.
    let text = "Le\u{200b}e\u{301}J.-N.Le. a\n\nLa r\u{e9}union du conseil\u{a0}: un vote.";
    for max_words in 1..=6 {
        let s = summarize(
            text,
            Options {
                max_words: Some(max_words),
                clean: false,
                ..Default::default()
            },
        );
        let res = Resources::get(&s.language);
        let total: usize = s.sentences.iter().map(|x| words(&x.text, res).len()).sum();
        assert!(
            total <= max_words,
            "{max_words}: {total} words in {:?}",
            s.text()
        );
    }
    for max_chars in 1..=60 {
        let s = summarize(
            text,
            Options {
                max_chars: Some(max_chars),
                clean: false,
                ..Default::default()
            },
        );
        assert!(
            s.text().chars().count() <= max_chars,
            "{max_chars}: {:?}",
            s.text()
        );
    }
}

#[test]
fn output_is_deterministic_and_batch_equals_single() {
    let texts: Vec<String> = FIXTURES.iter().map(|f| fixture(f)).collect();
    let summarizer = Summarizer::new(Options::default()).unwrap();
    let single: Vec<Summary> = texts
        .iter()
        .map(|t| summarizer.summarize(t).unwrap())
        .collect();
    let again: Vec<Summary> = texts
        .iter()
        .map(|t| summarizer.summarize(t).unwrap())
        .collect();
    assert_eq!(
        serde_json::to_string(&single).unwrap(),
        serde_json::to_string(&again).unwrap()
    );
    let batch = summarizer.summarize_batch(&texts).unwrap();
    assert_eq!(batch, single);
}

#[test]
fn empty_blank_and_oversized_inputs() {
    for text in ["", "   \n\n \t", "\u{a0}\u{200b}"] {
        let s = summarize(text, Options::default());
        assert!(s.sentences.is_empty() && s.sentence_count == 0, "{text:?}");
    }
    let text = fixture("budget-lyon.txt");
    let small = Summarizer::new(Options {
        max_input_bytes: 100,
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        small.summarize(&text),
        Err(Error::InputTooLarge {
            size: text.len(),
            limit: 100
        })
    );
}

#[test]
fn weights_change_the_choice() {
    let text = fixture("budget-lyon.txt");
    // With the position prior alone, the lede wins; reversed, it loses.
    let only = |position: f64| {
        let mut weights = abrege::Weights::default();
        for name in abrege::Weights::NAMES {
            weights.set(name, 0.0);
        }
        weights.position = position;
        weights
    };
    let pick = |weights: abrege::Weights| {
        let options = Options {
            sentences: Some(1),
            weights,
            ..Default::default()
        };
        summarize(&text, options).sentences.remove(0)
    };
    assert_eq!(pick(only(1.0)).index, 0);
    let last = pick(only(-1.0));
    assert!(last.index > 3, "{last:?}");
    // The score is the weighted sum of the features, with any weights.
    let weights = abrege::Weights {
        title: 2.0,
        ..Default::default()
    };
    let s = pick(weights);
    let recomputed: f64 = s
        .features
        .iter()
        .map(|(name, v)| v * weights.get(name).unwrap())
        .sum();
    assert!((recomputed - s.score).abs() < 1e-9);
}
