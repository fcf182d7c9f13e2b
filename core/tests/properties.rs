//! Properties that hold for every input and every valid option: no panic,
//! offsets that index the input, sentences in input order, the budget kept,
//! and the same output on every run. Invalid options give a typed error that
//! names the field.

use abrege::lang::Resources;
use abrege::text::words::words;
use abrege::{Error, Options, Summarizer, Summary, Weights};
use proptest::prelude::*;

/// Pieces that stress the pipeline: French words, abbreviations, sentence
/// punctuation, quotes, line structure, invisible and control characters,
/// emoji, combining marks and right-to-left overrides.
const PIECES: &[&str] = &[
    "Le",
    "gouvernement",
    "a",
    "annoncé",
    "une",
    "réforme",
    "des",
    "retraites",
    "mardi",
    "l'État",
    "qu'il",
    "M.",
    "Mme",
    "J.-N.",
    "etc.",
    "2,6",
    "400.000",
    "n°",
    "Rabat",
    "ÉCOLE",
    ".",
    ". ",
    "!",
    "?",
    "…",
    "...",
    "?!",
    ";",
    ",",
    ":",
    "« ",
    " »",
    "«",
    "»",
    "\"",
    "(",
    ")",
    "[",
    "]",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{202f}",
    "\u{2028}",
    "\0",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{200b}",
    "\u{ad}",
    "\u{feff}",
    "\u{202e}",
    "\u{202c}",
    "\u{2067}",
    "\u{200f}",
    "e\u{301}",
    "\u{308}",
    "\u{20dd}",
    "👍🏽",
    "👨\u{200d}👩\u{200d}👧",
    "🇫🇷",
    "。",
    "؟",
    "مرحبا",
    "שלום",
    "日本語",
    "<p>",
    "</div>",
    "&amp;",
    "'",
    "\u{2019}",
    "-",
    "—",
];

/// Texts built from [`PIECES`] and arbitrary characters, up to a few hundred bytes.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|p| p.concat())
}

/// One of the four budgets, or none.
#[derive(Debug, Clone)]
enum BudgetChoice {
    Default,
    Sentences(usize),
    Ratio(f64),
    MaxWords(usize),
    MaxChars(usize),
}

fn budget() -> impl Strategy<Value = BudgetChoice> {
    prop_oneof![
        Just(BudgetChoice::Default),
        (1usize..8).prop_map(BudgetChoice::Sentences),
        (0.01f64..=1.0).prop_map(BudgetChoice::Ratio),
        (1usize..80).prop_map(BudgetChoice::MaxWords),
        (1usize..500).prop_map(BudgetChoice::MaxChars),
    ]
}

fn weights() -> impl Strategy<Value = Weights> {
    prop::collection::vec(-10.0f64..10.0, Weights::NAMES.len()).prop_map(|values| {
        let mut w = Weights::default();
        for (name, v) in Weights::NAMES.iter().zip(values) {
            w.set(name, v);
        }
        w
    })
}

/// Valid options: any budget, language, title, switches and weights.
fn options() -> impl Strategy<Value = (Options, BudgetChoice)> {
    (
        budget(),
        prop::sample::select(&["auto", "fr", "en", "zh"][..]),
        prop::option::of(text()),
        any::<bool>(),
        any::<bool>(),
        0.01f64..=1.0,
        weights(),
    )
        .prop_map(|(b, language, title, clean, idf, redundancy, weights)| {
            let mut o = Options {
                language: language.to_string(),
                title,
                clean,
                idf,
                redundancy,
                weights,
                ..Options::default()
            };
            match b {
                BudgetChoice::Default => {}
                BudgetChoice::Sentences(n) => o.sentences = Some(n),
                BudgetChoice::Ratio(r) => o.ratio = Some(r),
                BudgetChoice::MaxWords(n) => o.max_words = Some(n),
                BudgetChoice::MaxChars(n) => o.max_chars = Some(n),
            }
            (o, b)
        })
}

/// Only the letters and digits of `s`: what normalisation and rendering keep intact.
fn alphanumerics(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn check_summary(text: &str, summary: &Summary, budget: &BudgetChoice) {
    let n = summary.sentence_count;
    assert!(summary.sentences.len() <= n);
    let mut last: Option<(usize, usize)> = None;
    for s in &summary.sentences {
        // Offsets fall on character boundaries and index the input.
        assert!(s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let original = &text[s.start..s.end];
        assert_eq!(alphanumerics(original), alphanumerics(&s.text));
        assert!(!s.text.is_empty() && s.text.trim() == s.text);
        assert!(s.index < n);
        assert!(s.score.is_finite());
        for (name, v) in s.features.iter() {
            assert!((0.0..=1.0).contains(&v), "feature {name} = {v}");
        }
        // Sentences come out in input order.
        if let Some((index, start)) = last {
            assert!(s.index > index && s.start > start);
        }
        last = Some((s.index, s.start));
    }
    let chosen = summary.sentences.len();
    match *budget {
        BudgetChoice::Default => assert!(chosen <= abrege::DEFAULT_SENTENCES),
        BudgetChoice::Sentences(k) => assert!(chosen <= k),
        BudgetChoice::Ratio(r) => assert!(chosen <= ((r * n as f64).ceil() as usize).max(1)),
        BudgetChoice::MaxWords(w) => {
            let res = Resources::get(&summary.language);
            let total: usize = summary
                .sentences
                .iter()
                .map(|s| words(&s.text, res).len())
                .sum();
            assert!(total <= w, "{total} words over a budget of {w}");
        }
        BudgetChoice::MaxChars(c) => {
            let total = summary.text().chars().count();
            assert!(total <= c, "{total} chars over a budget of {c}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_with_any_valid_options((options, budget) in options(), text in text()) {
        let summarizer = Summarizer::new(options).expect("valid options");
        let summary = summarizer.summarize(&text).expect("small input gives a summary");
        check_summary(&text, &summary, &budget);
        // Deterministic: the same text gives the same summary, alone or in a batch.
        prop_assert_eq!(&summarizer.summarize(&text).unwrap(), &summary);
        let batch = summarizer.summarize_batch(&[text.as_str(), "", text.as_str()]).unwrap();
        prop_assert_eq!(&batch[0], &summary);
        prop_assert_eq!(&batch[2], &summary);
    }

    #[test]
    fn news_like_text_gets_sentences(
        paragraphs in prop::collection::vec(
            prop::collection::vec(prop::sample::select(&PIECES[..20]), 4..30),
            1..8,
        )
    ) {
        // Words only, each paragraph closed by a period: there is always a sentence.
        let text: Vec<String> = paragraphs.iter().map(|p| format!("{}.", p.join(" "))).collect();
        let text = text.join("\n\n");
        let summary = abrege::summarize(&text, &Options::default()).unwrap();
        prop_assert!(!summary.sentences.is_empty());
        check_summary(&text, &summary, &BudgetChoice::Default);
    }

    #[test]
    fn invalid_options_name_the_field(case in 0usize..10, x in -5.0f64..5.0) {
        let mut o = Options::default();
        let field = match case {
            0 => { o.sentences = Some(0); "sentences" }
            1 => { o.ratio = Some(if x > 0.0 { 1.0 + x } else { x }); "ratio" }
            2 => { o.ratio = Some(f64::NAN); "ratio" }
            3 => { o.max_words = Some(0); "max_words" }
            4 => { o.max_chars = Some(0); "max_chars" }
            5 => { o.sentences = Some(2); o.max_chars = Some(100); "sentences" }
            6 => { o.redundancy = if x > 0.0 { 1.0 + x } else { x }; "redundancy" }
            7 => { o.max_input_bytes = 0; "max_input_bytes" }
            8 => { o.weights.position = f64::NAN; "weights" }
            _ => { o.weights.centrality = 1001.0 + x.abs(); "weights" }
        };
        match Summarizer::new(o.clone()) {
            Err(Error::InvalidOption { field: got, reason }) => {
                prop_assert_eq!(got, field);
                prop_assert!(!reason.is_empty());
            }
            other => prop_assert!(false, "{:?} gave {:?}", o, other),
        }
        prop_assert!(abrege::summarize("Un texte. Une phrase.", &o).is_err());
    }
}
