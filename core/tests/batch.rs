//! Batches: one result per document, documents with options of their own,
//! missing texts, and errors that name the failing document.

use abrege::{EmptyReason, Error, Input, Options, Summarizer};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/articles/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn summarizer(options: Options) -> Summarizer {
    Summarizer::new(options).unwrap()
}

#[test]
fn each_document_gets_its_own_result_in_order() {
    let budget = fixture("budget-lyon.txt");
    let crue = fixture("crue-scraped.txt");
    let s = summarizer(Options {
        max_input_bytes: budget.len().max(crue.len()),
        ..Options::default()
    });
    let too_long = "Une phrase. ".repeat(budget.len());
    let texts = [
        budget.as_str(),
        too_long.as_str(),
        crue.as_str(),
        too_long.as_str(),
    ];
    let results = s.summarize_each(&texts);
    assert_eq!(results.len(), 4);
    assert_eq!(results[0].as_ref().unwrap(), &s.summarize(&budget).unwrap());
    assert_eq!(results[2].as_ref().unwrap(), &s.summarize(&crue).unwrap());
    for i in [1, 3] {
        assert!(
            matches!(results[i], Err(Error::InputTooLarge { .. })),
            "{i}"
        );
    }
    // The raising form names the first failing document.
    let err = s.summarize_batch(&texts).unwrap_err();
    assert_eq!(err.index, 1);
    assert!(matches!(err.error, Error::InputTooLarge { .. }));
    assert!(
        err.to_string().starts_with("document 1: input of "),
        "{err}"
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn missing_texts_give_empty_summaries() {
    let s = summarizer(Options::default());
    let budget = fixture("budget-lyon.txt");
    let texts = [Some(budget.as_str()), None, Some(""), None];
    let batch = s.summarize_batch(&texts).unwrap();
    assert!(!batch[0].sentences.is_empty());
    assert_eq!(batch[0].empty_reason, None);
    for summary in &batch[1..] {
        assert!(summary.sentences.is_empty());
        assert_eq!(summary.empty_reason, Some(EmptyReason::NoText));
        assert_eq!(summary.language, "und");
    }
}

#[test]
fn documents_carry_their_own_title_and_language() {
    let budget = fixture("budget-lyon.txt");
    let english = "The city council passed the budget on Tuesday. Schools will be renovated first.";
    let s = summarizer(Options {
        sentences: Some(1),
        ..Options::default()
    });
    let title = "Écoles : le budget de Lyon est adopté";
    let inputs = [
        Input::new(&budget).title(title),
        Input::new(english).language("EN-gb"),
        Input::new(&budget),
    ];
    let batch = s.summarize_batch(&inputs).unwrap();
    assert_eq!(batch[0].title.as_deref(), Some(title));
    let with_title = summarizer(Options {
        sentences: Some(1),
        title: Some(title.to_string()),
        ..Options::default()
    });
    assert_eq!(batch[0], with_title.summarize(&budget).unwrap());
    assert_eq!(batch[1].language, "en");
    assert_eq!(batch[1].language_confidence, 1.0);
    assert_eq!(batch[2], s.summarize(&budget).unwrap());
    // A document's bad language fails that document only.
    let bad = [Input::new(&budget), Input::new(&budget).language("xx")];
    let results = s.summarize_each(&bad);
    assert!(results[0].is_ok());
    assert!(matches!(&results[1], Err(Error::UnsupportedLanguage { code }) if code == "xx"));
}

#[test]
fn language_codes_are_canonical() {
    for code in ["FR", "fr-FR", "fr_FR", " fr ", "Fr-CA"] {
        let s = summarizer(Options {
            language: code.to_string(),
            ..Options::default()
        });
        assert_eq!(s.options().language, "fr", "{code}");
        let summary = s.summarize(&fixture("budget-lyon.txt")).unwrap();
        assert_eq!(summary.language, "fr", "{code}");
    }
    let err = Summarizer::new(Options {
        language: "klingon".into(),
        ..Options::default()
    })
    .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("`klingon`") && message.contains("fr, en, ar"),
        "{message}"
    );
}

#[test]
fn an_empty_summary_says_why() {
    let s = summarizer(Options::default());
    // Only widgets, a teaser and a credit: nothing is article.
    let widgets = "Partager sur Facebook\nLire aussi : Le budget de la ville adopté mardi\nPhoto : AFP\nNewsletter";
    assert_eq!(
        s.summarize(widgets).unwrap().empty_reason,
        Some(EmptyReason::NoArticle)
    );
    let tight = summarizer(Options {
        max_chars: Some(10),
        ..Options::default()
    });
    let summary = tight.summarize(&fixture("budget-lyon.txt")).unwrap();
    assert!(summary.sentences.is_empty() && summary.sentence_count > 0);
    assert_eq!(summary.empty_reason, Some(EmptyReason::BudgetTooSmall));
}
