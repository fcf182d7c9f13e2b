//! Widgets that close an article on news sites in many languages (a
//! feedback question, a share prompt, a "you may also like" heading) are
//! dropped as furniture, with their reason, and the article stays whole.

use abrege::clean::{clean, Reason};

fn check(language: &str, article: &[&str], widgets: &[(&str, Reason)]) {
    let mut text = article.join("\n\n");
    for (line, _) in widgets {
        text.push_str("\n\n");
        text.push_str(line);
    }
    let cleaned = clean(&text, language);
    let kept: Vec<&str> = cleaned.kept.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(kept, article, "{language}");
    for (line, reason) in widgets {
        assert!(
            cleaned
                .dropped
                .iter()
                .any(|d| d.span.text == *line && d.reason == *reason),
            "{language}: {line:?} in {:?}",
            cleaned.dropped
        );
    }
}

#[test]
fn feedback_and_share_prompts_after_the_article() {
    check(
        "en",
        &[
            "The city council approved a new budget on Tuesday night after three hours of debate.",
            "Spending on schools will rise by a tenth, the mayor said, while taxes stay the same.",
            "The opposition voted against it and called the plan a gamble on future growth.",
        ],
        &[("Was this article helpful?", Reason::Widget)],
    );
    check(
        "de",
        &[
            "Der Stadtrat hat am Dienstagabend nach drei Stunden Debatte einen neuen Haushalt beschlossen.",
            "Die Ausgaben für Schulen steigen um ein Zehntel, sagte der Bürgermeister, die Steuern bleiben gleich.",
            "Die Opposition stimmte dagegen und nannte den Plan eine Wette auf künftiges Wachstum.",
        ],
        &[
            ("War der Artikel hilfreich?", Reason::Widget),
            ("Möchten Sie den Artikel teilen?", Reason::Widget),
        ],
    );
    check(
        "es",
        &[
            "El ayuntamiento aprobó el martes por la noche un nuevo presupuesto tras tres horas de debate.",
            "El gasto en escuelas subirá una décima parte, dijo el alcalde, y los impuestos no cambian.",
            "La oposición votó en contra y calificó el plan de apuesta por el crecimiento futuro.",
        ],
        &[("¿Te ha resultado útil este artículo?", Reason::Widget)],
    );
}

#[test]
fn a_hard_wrapped_page_scraped_with_its_indentation_is_prose() {
    // `get_text("\n")` keeps the page source's line breaks and leading
    // spaces: the lines are rejoined as sentences, never read as the
    // space-separated items of a ticker.
    let wrapped = |lines: &[&str]| format!("\n\n\n        {}\n    ", lines.join("\n        "));
    let text = wrapped(&[
        "The city council approved a new budget on Tuesday night after three",
        "hours of debate, with spending on schools rising by a tenth while the",
        "mayor promised that taxes would stay the same for every family in the",
        "city.",
    ]) + &wrapped(&[
        "The opposition voted against the plan, which it called a gamble on",
        "future growth, and said it would ask the regional court to look at",
        "the accounts before the end of the year.",
    ]);
    let cleaned = clean(&text, "en");
    assert!(cleaned.dropped.is_empty(), "{:?}", cleaned.dropped);
    assert_eq!(cleaned.kept.len(), 2);
}
