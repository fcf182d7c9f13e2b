//! The cleaning stage on scraped pages written for these tests: a French
//! regional portal, an English news site, a Spanish one, and a clean article.

use abrege::clean::{clean, Cleaned, Reason};
use abrege::{Options, Summarizer};

const FR: &str = include_str!("../../tests/fixtures/pages/fr-portail.txt");
const EN: &str = include_str!("../../tests/fixtures/pages/en-news.txt");
const ES: &str = include_str!("../../tests/fixtures/pages/es-noticias.txt");
const CLEAN: &str = include_str!("../../tests/fixtures/pages/sans-bruit.txt");

/// The reason the span starting with `start` was dropped, if it was.
fn reason(cleaned: &Cleaned, start: &str) -> Option<Reason> {
    cleaned
        .dropped
        .iter()
        .find(|d| d.span.text.starts_with(start))
        .map(|d| d.reason)
}

/// Asserts each `(line start, reason)` pair.
fn assert_dropped(cleaned: &Cleaned, expected: &[(&str, Reason)]) {
    for (start, r) in expected {
        assert_eq!(reason(cleaned, start), Some(*r), "{start:?}");
    }
}

/// Asserts that the kept text is exactly the article's paragraphs: those
/// that start with one of `paragraphs`.
fn assert_kept(cleaned: &Cleaned, paragraphs: &[&str]) {
    let kept: Vec<&str> = cleaned.kept.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(kept.len(), paragraphs.len(), "{kept:#?}");
    for (k, p) in kept.iter().zip(paragraphs) {
        assert!(k.starts_with(p), "{k:?} should start with {p:?}");
    }
}

#[test]
fn french_portal_keeps_the_article_only() {
    let c = clean(FR, "auto");
    assert_eq!(c.language, "fr");
    assert_eq!(
        c.title.as_ref().map(|t| t.text.as_str()),
        Some("Lyon : l'usine de vélos électriques de Vaise double ses effectifs")
    );
    assert_kept(
        &c,
        &[
            "L'usine de vélos électriques installée depuis 2019",
            "Cette croissance s'explique",
            "Selon le directeur du site",
            "Les nouveaux salariés",
            "Rien n'y a fait.",
            "La municipalité, qui avait",
            "L'agrandissement du site",
            "La direction promet",
        ],
    );
    // The line broken at a link is one paragraph again.
    assert!(c.kept[1]
        .text
        .contains("Plusieurs métropoles, dont Grenoble et Saint-Étienne, ont passé commande"));
    assert_dropped(
        &c,
        &[
            ("Accueil", Reason::Menu),
            ("Le Courrier alpin", Reason::Menu),
            ("La grève des contrôleurs", Reason::Ticker),
            ("Accueil > Économie", Reason::Byline),
            ("Merci pour votre signalement", Reason::Widget),
            ("OK", Reason::Widget),
            ("Lyon : l'usine", Reason::Title),
            ("Par Jeanne Martin", Reason::Byline),
            ("Mis à jour le 3 mars", Reason::Byline),
            ("Partager", Reason::Widget),
            ("Photo d'illustration", Reason::Caption),
            ("Une demande portée par les villes", Reason::Heading),
            ("© Léa Fontaine", Reason::Credit),
            ("À lire aussi : Le marché", Reason::Teaser),
            ("Un défi logistique", Reason::Heading),
            ("Lire aussi", Reason::Widget),
            ("À Villeurbanne", Reason::Teaser),
            ("Sur le même sujet", Reason::Widget),
            ("La ville a validé mardi un achat groupé", Reason::Teaser),
            ("Newsletter", Reason::Widget),
        ],
    );
    // Whatever is not furniture by its wording still goes, for its place.
    assert!(reason(&c, "Ce commentaire sera masqué").is_some());
    assert!(reason(&c, "Recevez chaque matin").is_some());
}

#[test]
fn offsets_point_into_the_input() {
    let c = clean(FR, "fr");
    for d in &c.dropped {
        let original = &FR[d.span.start..d.span.end];
        assert_eq!(
            original.split_whitespace().collect::<Vec<_>>().join(" "),
            d.span.text,
            "{d:?}"
        );
    }
    let first = &c.kept[0];
    assert!(FR[first.start..first.end].starts_with("L'usine de vélos"));
    let mut previous = 0;
    for s in c.kept.iter() {
        assert!(s.start >= previous && s.end > s.start);
        previous = s.end;
    }
}

#[test]
fn english_page() {
    let c = clean(EN, "auto");
    assert_eq!(c.language, "en");
    assert_eq!(
        c.title.as_ref().map(|t| t.text.as_str()),
        Some("Harbour town bets on offshore wind to replace fishing jobs")
    );
    assert_kept(
        &c,
        &[
            "The small harbour town",
            "About 120 jobs",
            "\"We have lost three generations",
            "Not everyone is convinced.",
            "The energy company says",
        ],
    );
    assert_dropped(
        &c,
        &[
            ("Home › Business", Reason::Byline),
            ("Weather", Reason::Menu),
            ("By Thomas Reid", Reason::Byline),
            ("Published 4 March 2025", Reason::Byline),
            ("Share", Reason::Widget),
            ("A row of fishing boats", Reason::Caption),
            ("Photo: Getty Images", Reason::Credit),
            ("Read more: How a Welsh port", Reason::Teaser),
            ("Related stories", Reason::Widget),
            ("Offshore wind: the jobs", Reason::Teaser),
            ("Sign up for our morning newsletter", Reason::Widget),
            ("City council approves new budget", Reason::Teaser),
        ],
    );
    assert!(c
        .dropped
        .iter()
        .any(|d| d.reason == Reason::Ticker
            && d.span.text.contains("Fuel prices hit a six-month low")));
}

#[test]
fn spanish_page() {
    let c = clean(ES, "auto");
    assert_eq!(c.language, "es");
    assert_eq!(
        c.title.as_ref().map(|t| t.text.as_str()),
        Some("Valencia estrena un corredor verde de doce kilómetros junto al antiguo cauce")
    );
    assert_kept(
        &c,
        &[
            "El Ayuntamiento de Valencia inauguró",
            "Según la concejala",
            "Las asociaciones vecinales",
        ],
    );
    assert_dropped(
        &c,
        &[
            ("Inicio > Sociedad", Reason::Byline),
            ("Deportes", Reason::Menu),
            ("Última hora", Reason::Ticker),
            ("Por María López", Reason::Byline),
            ("Actualizado el 12 de mayo", Reason::Byline),
            ("Compartir", Reason::Widget),
            ("Foto: EFE", Reason::Credit),
            ("Lee también: Sevilla", Reason::Teaser),
            ("Noticias relacionadas", Reason::Widget),
            ("Madrid amplía", Reason::Teaser),
            ("Suscríbete", Reason::Widget),
        ],
    );
}

#[test]
fn a_clean_article_loses_nothing() {
    let c = clean(CLEAN, "auto");
    assert!(c.dropped.is_empty(), "{:#?}", c.dropped);
    assert!(c.title.is_none());
    assert_eq!(c.kept.len(), 5);
    assert_eq!(c.kept[2].text, "Les horaires ont été élargis.");
}

#[test]
fn teaser_pairs_and_repeats_are_dropped_without_a_heading() {
    let page = "Le port de Sète accueille son premier paquebot électrique\n\n\
        Le port de Sète a accueilli mardi son premier paquebot entièrement électrique, \
        un navire de croisière de 120 mètres construit en Norvège. Les autorités portuaires \
        y voient le début d'une nouvelle ère pour la ville.\n\n\
        Le navire restera à quai deux jours avant de repartir vers Barcelone, où il doit \
        embarquer ses premiers passagers à la fin du mois.\n\n\
        Montpellier ouvre une nouvelle ligne de tramway\n\n\
        La cinquième ligne relie désormais le nord de la ville à l'aéroport, avec...\n\n\
        Nîmes rénove ses arènes\n\n\
        Les travaux, estimés à douze millions d'euros, doivent durer...\n";
    let c = clean(page, "fr");
    assert_eq!(c.kept.len(), 2, "{:#?}", c.kept);
    for start in [
        "Montpellier ouvre",
        "La cinquième ligne",
        "Nîmes rénove",
        "Les travaux",
    ] {
        assert_eq!(reason(&c, start), Some(Reason::Teaser), "{start}");
    }
}

#[test]
fn a_short_line_inside_the_article_survives_and_a_long_line_in_a_menu_does_not() {
    let c = clean(FR, "fr");
    assert!(c.kept.iter().any(|s| s.text == "Rien n'y a fait."));
    let menu = "Politique\nÉconomie\nLe marché du travail peine à absorber une jeunesse nombreuse et diplômée\nSport\nCulture\n\n\
        Le conseil municipal de Lyon a adopté mardi soir le budget de la ville, qui prévoit \
        la rénovation de trois écoles et la construction d'une piscine olympique.\n\n\
        Les travaux commenceront au printemps, a précisé l'adjoint aux finances, qui promet \
        de ne pas augmenter les impôts locaux.";
    let c = clean(menu, "fr");
    assert_eq!(reason(&c, "Le marché du travail"), Some(Reason::Teaser));
    assert_eq!(reason(&c, "Politique"), Some(Reason::Menu));
    assert_eq!(c.kept.len(), 2);
}

#[test]
fn summaries_of_pages_hold_article_sentences_only() {
    for (page, lang, furniture) in [
        (
            FR,
            "fr",
            &[
                "Par Jeanne",
                "Lire aussi",
                "Grenoble commande",
                "Partager",
                "Photo",
                "©",
            ][..],
        ),
        (
            EN,
            "en",
            &[
                "By Thomas",
                "Read more",
                "Related",
                "Photo",
                "Sign up",
                "A row of",
            ][..],
        ),
        (
            ES,
            "es",
            &[
                "Por María",
                "Lee también",
                "Foto",
                "Compartir",
                "Madrid amplía",
            ][..],
        ),
    ] {
        let all = Summarizer::new(Options {
            sentences: Some(1000),
            ..Options::default()
        })
        .unwrap()
        .summarize(page)
        .unwrap();
        assert_eq!(all.language, lang);
        let kept = clean(page, "auto");
        let article = kept.text();
        for s in &all.sentences {
            assert!(
                article.contains(&s.text),
                "{:?} is not article text",
                s.text
            );
            for f in furniture {
                assert!(!s.text.starts_with(f), "{:?}", s.text);
            }
        }
        assert_eq!(
            all.title.as_deref(),
            kept.title.as_ref().map(|t| t.text.as_str())
        );
        // Every article sentence is there: the article's last words are.
        let last = kept.kept.last().unwrap().text.as_str();
        assert!(all.sentences.iter().any(|s| last.ends_with(&s.text)));
    }
}

#[test]
fn turning_cleaning_off_keeps_the_furniture() {
    let count = |clean: bool| {
        Summarizer::new(Options {
            clean,
            language: "fr".into(),
            ..Options::default()
        })
        .unwrap()
        .summarize(FR)
        .unwrap()
    };
    let (on, off) = (count(true), count(false));
    assert!(off.sentence_count > on.sentence_count + 20);
    // The headline is found either way.
    assert_eq!(on.title, off.title);
    assert!(on.title.is_some());
}

#[test]
fn reasons_serialise_in_snake_case() {
    let json =
        serde_json::to_string(&[Reason::Ticker, Reason::Boilerplate, Reason::Heading]).unwrap();
    assert_eq!(json, r#"["ticker","boilerplate","heading"]"#);
}

#[test]
fn degenerate_inputs() {
    for text in [
        "",
        "   \n\n  ",
        "OK",
        "Bonjour.",
        "Un titre seul",
        "\u{a0}\u{a0}\u{a0}",
    ] {
        let c = clean(text, "auto");
        assert!(c.kept.len() + c.dropped.len() <= 1, "{text:?}: {c:?}");
    }
    // A one-sentence text is kept.
    let c = clean("Le conseil a voté le budget.", "fr");
    assert_eq!(c.kept.len(), 1);
}

#[test]
fn the_command_line_shows_kept_and_dropped_text_with_reasons() {
    let dir = std::env::temp_dir().join(format!("abrege-clean-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.txt");
    std::fs::write(&page, ES).unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_abrege"))
            .arg("clean")
            .args(args)
            .arg(&page)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let text = run(&[]);
    assert!(text.contains("title:    Valencia estrena un corredor verde"));
    assert!(text
        .lines()
        .any(|l| l.starts_with("- credit") && l.ends_with("Foto: EFE")));
    assert!(text
        .lines()
        .any(|l| l.starts_with("keep") && l.contains("Las asociaciones vecinales")));
    let json: serde_json::Value = serde_json::from_str(run(&["--json"]).trim()).unwrap();
    assert_eq!(json["language"], "es");
    assert_eq!(json["kept"].as_array().unwrap().len(), 3);
    assert!(json["dropped"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["reason"] == "ticker"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn german_and_portuguese_pages() {
    let de = clean(
        include_str!("../../tests/fixtures/pages/de-nachrichten.txt"),
        "auto",
    );
    assert_eq!(de.language, "de");
    assert_eq!(
        de.title.as_ref().map(|t| t.text.as_str()),
        Some("Hamburg eröffnet neue Elbbrücke für Radfahrer")
    );
    assert_kept(&de, &["Die Stadt Hamburg", "Der Bau hat", "Kritik kommt"]);
    assert_dropped(
        &de,
        &[
            ("Startseite > Politik", Reason::Byline),
            ("Von Anna Schmidt", Reason::Byline),
            ("Stand: 12.03.2025", Reason::Byline),
            ("Teilen", Reason::Widget),
            ("Foto: dpa", Reason::Credit),
            ("Lesen Sie auch:", Reason::Teaser),
            ("Mehr zum Thema", Reason::Widget),
            ("München plant Seilbahn", Reason::Teaser),
        ],
    );
    // The last paragraph is short and sits between an inline "Leia também"
    // and a list heading: it is still the article's.
    let pt = clean(
        include_str!("../../tests/fixtures/pages/pt-noticias.txt"),
        "auto",
    );
    assert_eq!(pt.language, "pt");
    assert_kept(
        &pt,
        &["A Câmara Municipal", "Segundo a autarquia", "Os moradores"],
    );
    assert_dropped(
        &pt,
        &[
            ("Início > Sociedade", Reason::Byline),
            ("Por Ana Costa", Reason::Byline),
            ("Publicado em 5 de junho", Reason::Byline),
            ("Foto: Lusa", Reason::Credit),
            ("Leia também:", Reason::Teaser),
            ("Coimbra renova a Baixa", Reason::Teaser),
        ],
    );
}

#[test]
fn arabic_page() {
    let ar = clean(
        include_str!("../../tests/fixtures/pages/ar-akhbar.txt"),
        "auto",
    );
    assert_eq!(ar.language, "ar");
    assert_eq!(
        ar.title.as_ref().map(|t| t.text.as_str()),
        Some("افتتاح أكبر محطة للطاقة الشمسية في المغرب")
    );
    assert_kept(&ar, &["افتتحت الحكومة", "وقال وزير", "وأكد خبراء"]);
    assert_dropped(
        &ar,
        &[
            ("الرئيسية > أخبار", Reason::Byline),
            ("نشر في 12 مايو 2025", Reason::Byline),
            ("شارك", Reason::Widget),
            ("اقرأ أيضا:", Reason::Teaser),
            ("مقالات ذات صلة", Reason::Widget),
            ("طنجة تستقبل", Reason::Teaser),
        ],
    );
}

/// Pages laid out like a news portal with a rail of other articles: each
/// holds every failure class of scraped real pages (a ticker joined by
/// dashes or bullets, rail headlines after a time and a section name, a
/// poll question, a caption above its credit, a source line with a date,
/// a button glued to the first sentence, the title of an embedded video
/// with its source glued on or on the next line).
struct Portal {
    page: &'static str,
    lang: &'static str,
    title: &'static str,
    paragraphs: &'static [&'static str],
    button: &'static str,
    dropped: &'static [(&'static str, Reason)],
    polls: &'static [&'static str],
}

const PORTALS: [Portal; 3] = [
    Portal {
        page: include_str!("../../tests/fixtures/pages/fr-fil-info.txt"),
        lang: "fr",
        title: "Marseille ouvre cinq nouvelles piscines municipales avant juillet",
        paragraphs: &[
            "La ville de Marseille ouvrira",
            "Selon la mairie",
            "Les associations de parents",
            "L'opposition municipale",
        ],
        button: "Réagir",
        dropped: &[
            ("Grève à la SNCF", Reason::Ticker),
            ("12:44", Reason::Byline),
            ("Inondations au Brésil", Reason::Teaser),
            ("Le prix de l'électricité", Reason::Teaser),
            ("Une nageuse dans le bassin", Reason::Caption),
            ("© Jean Rivière", Reason::Credit),
            ("La Gazette du Midi avec AFP, publié le", Reason::Byline),
            ("\"Les enfants de ces quartiers", Reason::Caption),
            ("Natation : comment", Reason::Caption),
            ("par Le Journal des Parents", Reason::Caption),
            ("Le gouvernement présente", Reason::Teaser),
            ("Le PSG s'impose", Reason::Teaser),
        ],
        polls: &[
            "Faut-il rendre la natation obligatoire",
            "Réforme des retraites : faut-il",
        ],
    },
    Portal {
        page: include_str!("../../tests/fixtures/pages/en-live.txt"),
        lang: "en",
        title: "Seaside town opens its first lido in fifty years",
        paragraphs: &[
            "The seaside town of Margate",
            "The council said",
            "Local schools have welcomed",
            "Some residents, however,",
        ],
        button: "Share",
        dropped: &[
            ("Rail strike disrupts", Reason::Ticker),
            ("09:58", Reason::Byline),
            ("Floods force thousands", Reason::Teaser),
            ("Energy bills to fall", Reason::Teaser),
            ("Swimmers at the new open-air pool", Reason::Caption),
            ("Photo: Jane Doe", Reason::Credit),
            (
                "The Harbour Gazette with Reuters, last updated",
                Reason::Byline,
            ),
            ("\"Every child in this town", Reason::Caption),
            ("How are schools teaching", Reason::Caption),
            ("by Coast Radio", Reason::Caption),
            ("Government sets out", Reason::Teaser),
            ("Arsenal beat Chelsea", Reason::Teaser),
        ],
        polls: &[
            "Should swimming lessons be compulsory",
            "Should there be a second referendum",
        ],
    },
    Portal {
        page: include_str!("../../tests/fixtures/pages/es-portada.txt"),
        lang: "es",
        title: "Sevilla abre cinco piscinas municipales nuevas este verano",
        paragraphs: &[
            "El Ayuntamiento de Sevilla abrirá",
            "Según el consistorio",
            "Las asociaciones de padres",
            "La oposición municipal",
        ],
        button: "Compartir",
        dropped: &[
            ("Huelga en el metro", Reason::Ticker),
            ("10:12", Reason::Byline),
            ("Inundaciones en Brasil", Reason::Teaser),
            ("La luz bajará", Reason::Teaser),
            ("Una nadadora en la piscina", Reason::Caption),
            ("Foto: Juan Pérez", Reason::Credit),
            ("El Diario del Sur con EFE, actualizado el", Reason::Byline),
            ("\"Los niños de estos barrios", Reason::Caption),
            ("¿Cómo enseñan a nadar", Reason::Caption),
            ("por Radio del Sur", Reason::Caption),
            ("El Gobierno presenta", Reason::Teaser),
            ("El Betis gana", Reason::Teaser),
        ],
        polls: &[
            "¿Debe ser obligatoria la natación",
            "¿Hace falta un nuevo referéndum",
        ],
    },
];

#[test]
fn portals_with_rails_keep_the_article_only() {
    for p in &PORTALS {
        let c = clean(p.page, "auto");
        assert_eq!(c.language, p.lang);
        assert_eq!(c.title.as_ref().map(|t| t.text.as_str()), Some(p.title));
        assert_kept(&c, p.paragraphs);
        assert_dropped(&c, p.dropped);
        // Poll questions are other pages' business, wherever they stand.
        for poll in p.polls.iter().copied() {
            assert!(
                matches!(reason(&c, poll), Some(Reason::Teaser | Reason::Boilerplate)),
                "{poll:?}: {:?}",
                reason(&c, poll)
            );
        }
    }
}

#[test]
fn a_button_glued_to_the_first_sentence_is_dropped_on_its_own() {
    for p in &PORTALS {
        let c = clean(p.page, "auto");
        let first = &c.kept[0];
        // The kept block starts after the button, in the input too.
        assert!(first.text.starts_with(p.paragraphs[0]), "{:?}", first.text);
        assert!(p.page[first.start..].starts_with(p.paragraphs[0]));
        let button = c
            .dropped
            .iter()
            .find(|d| d.span.end <= first.start && d.span.end + 1 == first.start)
            .expect("the button right before the first paragraph");
        assert_eq!(button.span.text, p.button);
        assert_eq!(&p.page[button.span.start..button.span.end], p.button);
        assert_eq!(button.reason, Reason::Widget);
        // The summary's first sentence starts with the article's words.
        let summary = Summarizer::new(Options::default())
            .unwrap()
            .summarize(p.page)
            .unwrap();
        assert!(summary.sentences[0].text.starts_with(p.paragraphs[0]));
        assert!(!summary.text().contains(p.button));
    }
}

#[test]
fn summaries_of_portals_hold_article_sentences_only() {
    for p in &PORTALS {
        let article = clean(p.page, "auto").text();
        for n in [3, 1000] {
            let summary = Summarizer::new(Options {
                sentences: Some(n),
                ..Options::default()
            })
            .unwrap()
            .summarize(p.page)
            .unwrap();
            assert_eq!(summary.language, p.lang);
            for s in &summary.sentences {
                assert!(
                    article.contains(&s.text),
                    "{:?} is not article text",
                    s.text
                );
            }
        }
    }
}
