//! Hostile input: each text gives a summary or a typed error, never a panic,
//! and never takes quadratic time (the suite would not finish if it did).
//!
//! The same inputs run through the Python and Node bindings.

use abrege::{Error, Options, Summarizer, Summary};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Checks what every summary must satisfy, whatever the input.
fn check(text: &str, summary: &Summary, max_sentences: usize) {
    assert!(summary.sentences.len() <= max_sentences);
    assert!(summary.sentences.len() <= summary.sentence_count);
    let mut last: Option<(usize, usize)> = None;
    for s in &summary.sentences {
        assert!(
            s.start < s.end && s.end <= text.len(),
            "{}..{}",
            s.start,
            s.end
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(!s.text.is_empty());
        assert!(s.score.is_finite());
        if let Some((index, start)) = last {
            assert!(s.index > index && s.start > start, "sentences out of order");
        }
        last = Some((s.index, s.start));
    }
    for k in &summary.keywords {
        assert!(!k.term.is_empty() && k.weight.is_finite() && k.weight > 0.0);
    }
}

/// Summarises `text` with the default budget and with a character budget,
/// checking both results.
fn survives(text: &str) -> Summary {
    let summary = Summarizer::new(Options::default())
        .unwrap()
        .summarize(text)
        .expect("hostile text under the size limit gives a summary");
    check(text, &summary, 3);
    let short = Summarizer::new(Options {
        max_chars: Some(200),
        language: "fr".into(),
        ..Default::default()
    })
    .unwrap()
    .summarize(text)
    .unwrap();
    check(text, &short, usize::MAX);
    assert!(short.text().chars().count() <= 200);
    summary
}

#[test]
fn empty_and_blank_text_give_empty_summaries() {
    for text in [
        "",
        " ",
        "\n\n\n",
        " \t\u{a0}\u{2028}\r\n \u{200b}\u{feff}",
        "\0\0\0",
    ] {
        let s = survives(text);
        assert!(s.sentences.is_empty(), "{text:?}");
        assert_eq!(s.sentence_count, 0);
        assert_eq!(s.language, "und");
    }
}

#[test]
fn two_hundred_thousand_dots() {
    let s = survives(&".".repeat(200_000));
    assert!(s.sentences.is_empty());
    let s = survives(&". ".repeat(200_000));
    assert!(s.sentences.is_empty());
}

#[test]
fn five_megabyte_sentence_without_punctuation() {
    let words = [
        "le",
        "gouvernement",
        "annonce",
        "une",
        "réforme",
        "des",
        "retraites",
        "et",
    ];
    let mut rng = Rng(7);
    let mut text = String::with_capacity(5_000_100);
    while text.len() < 5_000_000 {
        text.push_str(words[rng.below(words.len() as u64) as usize]);
        text.push(' ');
    }
    let s = survives(&text);
    assert_eq!(s.sentence_count, 1);
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.language, "fr");
}

#[test]
fn three_hundred_thousand_tiny_sentences() {
    let mut text = String::new();
    for i in 0..300_000 {
        text.push_str(["Il part. ", "Elle vient. ", "On vote. ", "Ça va ! "][i % 4]);
    }
    let s = survives(&text);
    assert_eq!(s.sentence_count, 300_000);
    assert_eq!(s.sentences.len(), 3);
    // With every sentence allowed, near-duplicates are still skipped.
    let all = Summarizer::new(Options {
        ratio: Some(1.0),
        ..Default::default()
    })
    .unwrap()
    .summarize(&text)
    .unwrap();
    check(&text, &all, 300_000);
    assert!(
        all.sentences.len() < 10,
        "{} sentences",
        all.sentences.len()
    );
}

#[test]
fn one_megabyte_word() {
    for unit in ["a", "é", "x.", "a.)", "«", "👍🏽", "e\u{301}"] {
        let word = unit.repeat(1_000_000 / unit.len());
        survives(&word);
        survives(&format!("Le mot est {word} et il est long. Puis la fin."));
    }
}

#[test]
fn random_code_points() {
    let palette: &[char] = &[
        '\0', '\u{1}', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{202e}', '\u{202d}', '\u{2066}',
        '\u{200f}', '\u{200b}', '\u{feff}', '\u{ad}', '\u{301}', '\u{308}', '\u{20dd}', '👍', '🏽',
        '\u{200d}', '🇫', '🇷', '«', '»', '.', '!', '?', '…', '\n', '\r', ' ', '\u{a0}', '\u{2028}',
        '\'', '\u{2019}', '。', '؟', 'é', 'A', 'z', '1',
    ];
    let mut rng = Rng(42);
    for round in 0..8 {
        let mut text = String::new();
        while text.len() < 200_000 {
            let c = if rng.below(3) == 0 {
                // Any scalar value: skip the surrogate range.
                let v = rng.below(0x11_0000 - 0x800) as u32;
                char::from_u32(if v >= 0xD800 { v + 0x800 } else { v }).unwrap()
            } else {
                palette[rng.below(palette.len() as u64) as usize]
            };
            text.push(c);
        }
        let s = survives(&text);
        assert!(s.language_confidence.is_finite(), "round {round}");
    }
}

#[test]
fn unbalanced_guillemets() {
    let texts = [
        "« Il a dit ! Il est parti ? Et puis rien. ".repeat(20_000),
        "Le ministre parle » sans ouvrir ! La suite ? ".repeat(20_000),
        "«".repeat(100_000),
        "« « « ! ? » » ! Fin. ".repeat(30_000),
    ];
    for text in &texts {
        survives(text);
    }
    let s = survives(&texts[0]);
    assert!(!s.sentences.is_empty());
}

#[test]
fn html_soup() {
    let chunk = "<html><head><script>var a = 1 < 2 && b > 3; if (x) { y(); }</script>\
        <style>p { color: red; }</style></head><body><div class=\"menu\"><a href=\"/\">Accueil</a>\
        <a href='/politique'>Politique</a></div><p>Le conseil municipal a voté le budget.</p>\
        <p>Les écoles &amp; les crèches seront rénovées&nbsp;!</p><!-- commentaire --><br/>\
        <img src=x onerror=alert(1)><table><tr><td>1</td><td>2</td></tr></table></body></html>\n";
    let text = chunk.repeat(5_000);
    let s = survives(&text);
    assert!(s.sentence_count > 0);
    survives("<<<<>>>>".repeat(50_000).as_str());
    // A one-line menu of 100,000 items.
    survives("Politique | Sport • Culture · ".repeat(35_000).as_str());
    survives("<p>".repeat(100_000).as_str());
}

#[test]
fn fifty_thousand_one_word_paragraphs() {
    let words = ["Politique", "économie", "Sport", "culture"];
    let text: String = (0..50_000)
        .map(|i| format!("{}\n\n", words[i % 4]))
        .collect();
    let s = survives(&text);
    assert_eq!(s.sentence_count, 50_000);
    let lines: String = (0..50_000).map(|i| format!("{}\n", words[i % 4])).collect();
    survives(&lines);
}

#[test]
fn input_over_the_limit_is_a_typed_error() {
    let options = Options {
        max_input_bytes: 1000,
        ..Default::default()
    };
    let summarizer = Summarizer::new(options).unwrap();
    let text = "Le conseil a voté. ".repeat(100);
    assert_eq!(
        summarizer.summarize(&text),
        Err(Error::InputTooLarge {
            size: text.len(),
            limit: 1000
        })
    );
    assert!(summarizer.summarize(&text[..1000]).is_ok());
    // The default limit is 32 MiB.
    let big = " ".repeat(abrege::DEFAULT_MAX_INPUT_BYTES + 1);
    let err = abrege::summarize(&big, &Options::default()).unwrap_err();
    assert_eq!(err.kind(), "InputTooLarge");
    assert!(abrege::summarize(&big[1..], &Options::default()).is_ok());
}
