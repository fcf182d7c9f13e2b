//! HTML input: pages written for the tests imitate what real sites do
//! (navigation, cookie banners, paywalls, related rails, comments, JSON-LD,
//! figure credits, AMP), in French, English, German, Spanish and Arabic.
//! Each gives its article, the markup's reasons for what it drops, its
//! metadata, and a summary whose offsets index the text abrege made of it.
//! Then the bad input of the issue: each case gives a clear result.

use abrege::clean::{clean_as, clean_bytes, Cleaned, Reason};
use abrege::{EmptyReason, Error, Format, Options, Summarizer, Summary};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../tests/fixtures/html/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whitespace collapsed and apostrophes straightened, to compare texts
/// whatever typography the output keeps.
fn flat(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn summarize(bytes: &[u8]) -> Summary {
    Summarizer::new(Options::default())
        .unwrap()
        .summarize_bytes(bytes)
        .unwrap()
}

/// Every offset of the summary indexes its source, on character
/// boundaries, and the text there is the sentence.
fn check_offsets(summary: &Summary) {
    let source = summary
        .source
        .as_deref()
        .expect("HTML input carries its source");
    for s in &summary.sentences {
        let span = source
            .get(s.start..s.end)
            .expect("offsets on character boundaries");
        assert_eq!(flat(span), flat(&s.text));
    }
}

fn check_spans(cleaned: &Cleaned) {
    let source = cleaned.source.as_deref().expect("a source");
    for span in cleaned
        .kept
        .iter()
        .chain(cleaned.dropped.iter().map(|d| &d.span))
    {
        assert_eq!(flat(&source[span.start..span.end]), flat(&span.text));
    }
}

fn reasons(cleaned: &Cleaned) -> Vec<Reason> {
    cleaned.dropped.iter().map(|d| d.reason).collect()
}

fn dropped_for(cleaned: &Cleaned, reason: Reason) -> Vec<&str> {
    cleaned
        .dropped
        .iter()
        .filter(|d| d.reason == reason)
        .map(|d| d.span.text.as_str())
        .collect()
}

#[test]
fn a_french_news_page_gives_its_article_and_says_why_it_drops_the_rest() {
    let page = fixture("fr-quotidien.html");
    let cleaned = clean_bytes(&page, "auto", Format::Auto);
    assert_eq!(cleaned.format, Format::Html);
    assert_eq!(cleaned.language, "fr");
    check_spans(&cleaned);
    let kept: Vec<String> = cleaned.kept.iter().map(|s| flat(&s.text)).collect();
    assert_eq!(
        kept,
        [
            "Le conseil municipal de Lyon a adopté mardi soir un budget de 812 millions d'euros, dont 120 millions pour la rénovation des écoles de la ville.",
            "Le maire a défendu un budget « sincère et ambitieux », qui prévoit l'isolation des bâtiments les plus anciens et la création de douze cantines d'ici à 2028.",
            "L'opposition a dénoncé une hausse de la dette, tandis qu'une partie des élus écologistes s'est abstenue lors du vote, qui a duré plus de trois heures.",
            "Les premiers travaux commenceront dès l'été dans les écoles du 8e arrondissement, selon l'adjoint chargé de l'éducation.",
        ]
    );
    // The section heading belongs to the article's text, not to its sentences.
    assert!(flat(&cleaned.text()).contains("Une opposition divisée L'opposition"));
    let r = reasons(&cleaned);
    for reason in [
        Reason::Consent,
        Reason::Navigation,
        Reason::Title,
        Reason::Byline,
        Reason::Related,
        Reason::Heading,
        Reason::Paywall,
        Reason::Comments,
    ] {
        assert!(r.contains(&reason), "no {reason:?} in {r:?}");
    }
    assert!(dropped_for(&cleaned, Reason::Comments)
        .iter()
        .any(|t| t.contains("Enfin une bonne nouvelle")));
    assert!(dropped_for(&cleaned, Reason::Paywall)[0].contains("réservé aux abonnés"));
    // The script's and the style's text is never text.
    let source = cleaned.source.as_deref().unwrap();
    assert!(!source.contains("dataLayer") && !source.contains("font-family"));
    let meta = cleaned.metadata.as_ref().unwrap();
    assert_eq!(
        meta.title.as_deref(),
        Some("Lyon : le conseil municipal adopte un budget record pour les écoles")
    );
    assert_eq!(meta.site_name.as_deref(), Some("Le Quotidien du Rhône"));
    assert_eq!(meta.byline.as_deref(), Some("Claire Fontaine"));
    assert_eq!(meta.published.as_deref(), Some("2025-03-11T18:30:00+01:00"));
    assert_eq!(
        meta.url.as_deref(),
        Some("https://quotidien-rhone.example/lyon/budget-ecoles-2025")
    );
    assert_eq!(
        meta.description.as_deref(),
        Some("La ville investira 120 millions d'euros dans ses écoles d'ici 2028.")
    );
    assert_eq!(meta.language.as_deref(), Some("fr"));

    let summary = summarize(&page);
    assert_eq!(summary.format, Format::Html);
    assert_eq!(summary.title, meta.title);
    assert_eq!(summary.sentences.len(), 3);
    assert!(summary.empty_reason.is_none());
    check_offsets(&summary);
    let article = flat(&cleaned.text());
    for s in &summary.sentences {
        assert!(article.contains(&flat(&s.text)), "{:?}", s.text);
    }
    // The description is the site's summary: reported, never a sentence.
    assert!(!summary
        .sentences
        .iter()
        .any(|s| s.text.contains("investira 120 millions")));
}

#[test]
fn an_amp_page_in_english() {
    let page = fixture("en-amp.html");
    let cleaned = clean_bytes(&page, "auto", Format::Auto);
    assert_eq!(cleaned.language, "en");
    check_spans(&cleaned);
    assert_eq!(cleaned.kept.len(), 4, "{:#?}", cleaned.kept);
    assert!(cleaned.kept[0].text.starts_with("More than 20,000 homes"));
    assert!(cleaned.kept[3].text.starts_with("Flood warnings remain"));
    assert!(reasons(&cleaned).contains(&Reason::Consent));
    assert!(dropped_for(&cleaned, Reason::Navigation).contains(&"Weather"));
    // Hidden elements and AMP's ads are never text.
    let source = cleaned.source.as_deref().unwrap();
    assert!(!source.contains("hidden and is never text") && !source.contains("Advertisement"));
    let meta = cleaned.metadata.unwrap();
    assert_eq!(
        meta.title.as_deref(),
        Some("Storm Ciara: thousands without power as winds reach 90mph")
    );
    assert_eq!(meta.byline.as_deref(), Some("Tom Baker"));
    assert_eq!(meta.site_name.as_deref(), Some("The Coastal Herald"));
}

#[test]
fn a_german_page_in_latin_1_is_decoded_by_its_declared_charset() {
    let page = fixture("de-nachrichten.html");
    assert!(
        std::str::from_utf8(&page).is_err(),
        "the fixture is ISO-8859-1"
    );
    let summary = summarize(&page);
    assert_eq!(summary.language, "de");
    check_offsets(&summary);
    assert!(summary.sentences[0]
        .text
        .starts_with("Die Lokführergewerkschaft"));
    let cleaned = clean_bytes(&page, "auto", Format::Auto);
    assert_eq!(cleaned.kept.len(), 4);
    let r = reasons(&cleaned);
    assert!(r.contains(&Reason::Consent) && r.contains(&Reason::Comments));
    assert!(dropped_for(&cleaned, Reason::Related)[0].starts_with("Mehr zum Thema"));
}

#[test]
fn spanish_and_arabic_pages() {
    let es = clean_bytes(&fixture("es-noticias.html"), "auto", Format::Auto);
    assert_eq!(es.language, "es");
    assert_eq!(es.kept.len(), 3);
    assert!(es.kept[0].text.starts_with("El Ayuntamiento de Madrid"));
    assert!(dropped_for(&es, Reason::Related)
        .contains(&"El metro de Madrid abrirá tres estaciones nuevas"));
    let ar = clean_bytes(&fixture("ar-akhbar.html"), "auto", Format::Auto);
    assert_eq!(ar.language, "ar");
    assert_eq!(ar.kept.len(), 3);
    assert!(ar.kept[0].text.starts_with("افتتح المغرب"));
    assert!(reasons(&ar).contains(&Reason::Comments));
    let summary = summarize(&fixture("ar-akhbar.html"));
    assert_eq!(summary.sentences.len(), 3);
    check_offsets(&summary);
}

#[test]
fn a_front_page_or_a_login_wall_has_no_article() {
    for name in ["fr-une.html", "en-login.html"] {
        let summary = summarize(&fixture(name));
        assert!(
            summary.sentences.is_empty(),
            "{name}: {:?}",
            summary.sentences
        );
        assert_eq!(summary.empty_reason, Some(EmptyReason::NoArticle), "{name}");
        assert_eq!(summary.sentence_count, 0);
        let cleaned = clean_bytes(&fixture(name), "auto", Format::Auto);
        assert!(
            cleaned.kept.is_empty() && !cleaned.dropped.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn auto_reads_html_only_on_strong_evidence() {
    let html = Summarizer::new(Options::default()).unwrap();
    for (text, format) in [
        (
            "<!DOCTYPE html><p>Le conseil a voté le budget de la ville mardi soir.</p>",
            Format::Html,
        ),
        (
            "<p>Le conseil a voté le budget.</p><p>Les écoles seront rénovées.</p>",
            Format::Html,
        ),
        (
            "Le conseil a voté le <b>budget</b> de la ville mardi soir.",
            Format::Text,
        ),
        (
            "Si a < b et b > c, alors a < c : le conseil a voté.",
            Format::Text,
        ),
    ] {
        let s = html.summarize(text).unwrap();
        assert_eq!(s.format, format, "{text:?}");
        assert_eq!(s.source.is_some(), format == Format::Html, "{text:?}");
    }
    let forced = Summarizer::new(Options {
        format: Format::Html,
        ..Options::default()
    })
    .unwrap()
    .summarize("Le conseil a voté le <b>budget</b> de la ville mardi soir.")
    .unwrap();
    assert_eq!(forced.format, Format::Html);
    assert_eq!(
        forced.sentences[0].text,
        "Le conseil a voté le budget de la ville mardi soir."
    );
    let as_text = clean_as("<!DOCTYPE html><p>Un texte.</p>", "fr", Format::Text);
    assert_eq!(as_text.format, Format::Text);
    assert!(as_text.source.is_none());
}

#[test]
fn inline_markup_never_breaks_a_sentence() {
    let page = "<html><body><article><p>Le maire de <a href=\"/lyon\">Lyon</a> a présenté \
        <em>mardi</em> un budget<br>de 812 millions d'euros, selon <strong>la mairie</strong>.</p>\
        <p>Les écoles seront rénovées d'ici à 2028, a-t-il promis devant le conseil.</p></article>";
    let s = summarize(page.as_bytes());
    assert_eq!(
        s.sentences[0].text,
        "Le maire de Lyon a présenté mardi un budget de 812 millions d'euros, selon la mairie."
    );
    check_offsets(&s);
}

/// A plain article, as a page and as its text.
fn article_paragraphs() -> [&'static str; 4] {
    [
        "Le parquet de Marseille a ouvert une enquête après l'effondrement d'un immeuble dans le quartier de Noailles, qui a fait trois morts lundi.",
        "Les pompiers ont fouillé les décombres toute la nuit, aidés par des chiens spécialisés venus de toute la région.",
        "Le maire a promis de reloger les familles évacuées dans les prochains jours, dans des logements de la ville.",
        "Une marche blanche est prévue samedi devant l'immeuble, à l'appel des associations du quartier.",
    ]
}

#[test]
fn the_same_page_as_text_and_as_html_gives_the_same_sentences() {
    let paragraphs = article_paragraphs();
    let text = paragraphs.join("\n\n");
    let html = format!(
        "<!doctype html><html lang=fr><head><title>Noailles</title></head><body><article>{}</article></body></html>",
        paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
    );
    let options = Options {
        sentences: Some(2),
        title: Some("Effondrement à Marseille".into()),
        ..Options::default()
    };
    let summarizer = Summarizer::new(options).unwrap();
    let from_text = summarizer.summarize(&text).unwrap();
    let from_html = summarizer.summarize(&html).unwrap();
    assert_eq!(from_text.format, Format::Text);
    assert_eq!(from_html.format, Format::Html);
    let sentences = |s: &Summary| -> Vec<(usize, String)> {
        s.sentences
            .iter()
            .map(|x| (x.index, x.text.clone()))
            .collect()
    };
    assert_eq!(sentences(&from_text), sentences(&from_html));
    // The document abrege made of the page is the text itself.
    assert_eq!(from_html.source.as_deref(), Some(text.as_str()));
    assert_eq!(
        from_text
            .sentences
            .iter()
            .map(|s| (s.start, s.end))
            .collect::<Vec<_>>(),
        from_html
            .sentences
            .iter()
            .map(|s| (s.start, s.end))
            .collect::<Vec<_>>()
    );
}

/// The bad input of the issue, each as bytes, with what it must give.
fn bad_pages() -> Vec<(&'static str, Vec<u8>)> {
    let article = article_paragraphs()
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect::<String>();
    let full = String::from_utf8(fixture("fr-quotidien.html")).unwrap();
    let mut invalid = b"<html><head><meta charset=\"utf-8\"></head><body><p>Le conseil a vot\xE9 le budget de la ville mardi soir, \xFF\xFE apr\xE8s trois heures de d\xE9bat.</p>".to_vec();
    invalid.extend_from_slice(article.as_bytes());
    vec![
        ("truncated", full.as_bytes()[..full.find("cantines</a>").unwrap()].to_vec()),
        ("truncated in a tag", full.as_bytes()[..full.find("<p>Le maire").unwrap() + 2].to_vec()),
        ("script without an end tag", format!("<html><body>{article}<script>var a = '<p>pas du texte</p>';").into_bytes()),
        ("style without an end tag", format!("<html><body>{article}<style>p {{ color: red }}").into_bytes()),
        ("100,000 nested elements", format!("<html><body>{}{article}", "<div>".repeat(100_000)).into_bytes()),
        ("a 1 MB attribute", format!("<html><body><div class=\"{}\" data-x=\"{}\">{article}</div>", "a ".repeat(500_000), "x".repeat(1 << 20)).into_bytes()),
        ("50,000 empty paragraphs", format!("<html><body>{}{article}", "<p></p>".repeat(50_000)).into_bytes()),
        ("a comment that never closes", format!("<html><body>{article}<!-- <p>Jamais affiché, car dans un commentaire.</p>").into_bytes()),
        ("NUL bytes", format!("<html><body>\0{}\0", article.replace("le quartier", "le\0quartier")).into_bytes()),
        ("invalid UTF-8 declared UTF-8", invalid),
        ("a frameset", b"<html><head><title>Cadres</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>".to_vec()),
    ]
}

#[test]
fn bad_pages_give_a_clear_result() {
    let summarizer = Summarizer::new(Options::default()).unwrap();
    for (name, page) in bad_pages() {
        let s = summarizer
            .summarize_bytes(&page)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(s.format, Format::Html, "{name}");
        check_offsets(&s);
        let source = s.source.as_deref().unwrap();
        match name {
            "a frameset" => {
                assert!(s.sentences.is_empty());
                assert_eq!(s.empty_reason, Some(EmptyReason::NoText));
            }
            "truncated" | "truncated in a tag" => {
                assert!(!s.sentences.is_empty(), "{name}");
                assert!(
                    s.sentences.iter().all(|x| !x.text.contains("cookies")),
                    "{name}: {:?}",
                    s.sentences
                );
            }
            "invalid UTF-8 declared UTF-8" => {
                assert!(source.contains("vot\u{FFFD} le budget"), "{source}");
                assert_eq!(s.sentences.len(), 3);
            }
            _ => {
                assert_eq!(s.sentences.len(), 3, "{name}: {:?}", s.sentences);
                assert!(
                    s.sentences[0].text.starts_with("Le parquet de Marseille"),
                    "{name}"
                );
            }
        }
        assert!(
            !source.contains("pas du texte") && !source.contains("color: red"),
            "{name}"
        );
        assert!(!source.contains("Jamais affiché"), "{name}");
        assert!(!source.contains('\0'), "{name}");
    }
}

#[test]
fn a_50_mb_page_is_too_large_under_the_default_limit() {
    let page = format!(
        "<html><body>{}",
        "<p>Le conseil a voté le budget de la ville.</p>".repeat(1_100_000)
    );
    assert!(page.len() > 50_000_000);
    let summarizer = Summarizer::new(Options::default()).unwrap();
    match summarizer.summarize_bytes(page.as_bytes()) {
        Err(Error::InputTooLarge { size, limit }) => {
            assert_eq!((size, limit), (page.len(), abrege::DEFAULT_MAX_INPUT_BYTES))
        }
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    assert!(matches!(
        summarizer.summarize(&page),
        Err(Error::InputTooLarge { .. })
    ));
}

#[test]
fn format_options_round_trip_and_are_checked() {
    let o: Options = serde_json::from_str(r#"{"format": "html"}"#).unwrap();
    assert_eq!(o.format, Format::Html);
    assert!(serde_json::from_str::<Options>(r#"{"format": "pdf"}"#).is_err());
    assert_eq!(serde_json::to_value(Format::Auto).unwrap(), "auto");
}

/// A page whose body is marked up as the article, with its headline and
/// standfirst in an element of their own, and a byline and a photo
/// between them and the body.
fn page_with_header(standfirst: &str) -> String {
    let body: String = article_paragraphs()
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    format!(
        "<!doctype html><html lang=fr><head><title>Le budget de la ville est voté</title></head><body>\
         <nav><a href=/>Accueil</a> <a href=/politique>Politique</a> <a href=/sport>Sport</a></nav>\
         <main><div><h1>Le budget de la ville est voté</h1>{standfirst}</div>\
         <div class=byline>Par Jeanne Martin, le 3 mars</div>\
         <figure><img src=a.jpg><figcaption>La mairie, mardi soir.</figcaption></figure>\
         <div itemprop=articleBody><h2>Des écoles rénovées</h2>{body}</div>\
         <aside class=related><ul><li><a href=/a>Le maire répond à l'opposition sur la dette</a></li>\
         <li><a href=/b>Les parents d'élèves inquiets pour la rentrée</a></li></ul></aside></main></body></html>"
    )
}

#[test]
fn the_standfirst_and_the_first_subheading_are_the_articles() {
    let standfirst = "Le conseil municipal a adopté mardi soir un budget en hausse, \
                      porté par les investissements dans les écoles de la ville.";
    // The standfirst is reached across the byline and the caption, which
    // stay dropped for what they are.
    let cleaned = clean_as(
        &page_with_header(&format!("<p>{standfirst}</p>")),
        "fr",
        Format::Html,
    );
    check_spans(&cleaned);
    assert_eq!(flat(&cleaned.kept[0].text), flat(standfirst));
    assert_eq!(
        dropped_for(&cleaned, Reason::Byline),
        ["Par Jeanne Martin, le 3 mars"]
    );
    let text = cleaned.text();
    assert!(text.starts_with(standfirst), "{text}");
    assert!(text.contains("Des écoles rénovées"), "{text}");
    // Without a standfirst, the subheading that opens the body still
    // leads the article's text; the headline does not.
    let cleaned = clean_as(&page_with_header(""), "fr", Format::Html);
    let text = cleaned.text();
    assert!(text.starts_with("Des écoles rénovées\n\n"), "{text}");
    assert_eq!(flat(&cleaned.kept[0].text), flat(article_paragraphs()[0]));
}

/// A page whose article stands in two sections opened by `section` and
/// closed by `end`, before a share bar opened by `share`; and the texts
/// of the article's paragraphs.
fn sectioned_page(section: &str, end: &str, share: &str) -> (String, Vec<String>) {
    let [a, b, c, d] = article_paragraphs();
    let e = "Les experts de la ville examinent depuis mardi les immeubles voisins, \
             dont plusieurs ont été évacués par précaution.";
    let page = format!(
        "<!doctype html><html lang=fr><head><title>Effondrement à Marseille</title></head><body>\
         <nav><a href=/>Accueil</a> <a href=/faits-divers>Faits divers</a></nav>\
         <h1>Effondrement à Marseille</h1>\
         {section}<p>{a}</p><p>{b}</p>{end}{section}<p>{c}</p><p>{d}</p><p>{e}</p>{end}\
         {share}<a href=/f>Partager sur Facebook</a> <a href=/t>Partager sur X</a></div>\
         </body></html>"
    );
    (page, [a, b, c, d, e].iter().map(|p| flat(p)).collect())
}

fn kept_texts(cleaned: &Cleaned) -> Vec<String> {
    check_spans(cleaned);
    cleaned.kept.iter().map(|s| flat(&s.text)).collect()
}

#[test]
fn a_page_builders_text_widgets_are_the_article() {
    // Each block of text sits in an element a page builder names a
    // widget: many words of prose, so not furniture. The share bar is.
    let (page, want) = sectioned_page(
        "<div class=\"builder-widget\">",
        "</div>",
        "<div class=share-buttons>",
    );
    let cleaned = clean_as(&page, "fr", Format::Html);
    assert_eq!(kept_texts(&cleaned), want);
    assert!(reasons(&cleaned).contains(&Reason::Widget));
}

#[test]
fn prose_in_sections_named_for_their_ads_is_the_article() {
    // Sections a site names for the ad slots between them hold the
    // article; a share bar named the same way holds no prose and is furniture.
    let (page, want) = sectioned_page(
        "<section class=\"report report--ads\">",
        "</section>",
        "<div class=\"bar bar--share\">",
    );
    let cleaned = clean_as(&page, "fr", Format::Html);
    assert_eq!(kept_texts(&cleaned), want);
    assert_eq!(
        dropped_for(&cleaned, Reason::Widget),
        ["Partager sur Facebook Partager sur X"]
    );
}

#[test]
fn prose_before_the_best_section_is_the_article_and_an_images_text_is_its_caption() {
    // A gallery repeats its photo's alt text, then an introduction stands
    // in a section of its own, apart from the body by a rail of links.
    let [a, b, c, d] = article_paragraphs();
    let alt = "Le maire devant la mairie de la ville, le 3 mars, avant le vote du budget.";
    let intro = "La ville vote mardi un budget en hausse, le premier du mandat, \
                 après trois mois de débats entre la majorité et l'opposition.";
    let page = format!(
        "<!doctype html><html lang=fr><head><title>Le budget de la ville</title></head><body>\
         <div class=gallery><img src=m.jpg alt=\"{alt}\"><div class=slide-text>{alt}</div></div>\
         <section class=intro><p>{intro}</p></section>\
         <div class=related><ul><li><a href=/a>Le maire répond à l'opposition sur la dette</a></li>\
         <li><a href=/b>Les parents d'élèves inquiets pour la rentrée</a></li></ul></div>\
         <section class=body><p>{a}</p><p>{b}</p><p>{c}</p><p>{d}</p></section>\
         </body></html>"
    );
    let cleaned = clean_as(&page, "fr", Format::Html);
    let want: Vec<String> = [intro, a, b, c, d].iter().map(|p| flat(p)).collect();
    assert_eq!(kept_texts(&cleaned), want);
    assert_eq!(dropped_for(&cleaned, Reason::Caption), [alt]);
    let summary = summarize(page.as_bytes());
    assert!(summary
        .sentences
        .iter()
        .all(|s| !s.text.contains("devant la mairie")));
}

#[test]
fn an_article_held_in_an_aside_is_found_on_a_second_look() {
    // A site's template puts the whole story in an `<aside>` (a name for
    // a side rail): with nothing else on the page, it is the article. The
    // menu and the comment thread stay dropped for what they are.
    let [a, b, c, _] = article_paragraphs();
    let comment = "Quelle honte, encore des impôts en plus pour les familles de la ville !";
    let page = format!(
        "<!doctype html><html lang=fr><head><title>Le budget de la ville</title></head><body>\
         <nav><a href=/>Accueil</a> <a href=/politique>Politique</a> <a href=/sport>Sport</a></nav>\
         <main><aside class=direct-content><h1>Le budget de la ville</h1>\
         <p>{a}</p><p>{b}</p><p>{c}</p></aside>\
         <section class=comments><p>{comment}</p></section></main></body></html>"
    );
    let cleaned = clean_as(&page, "fr", Format::Html);
    let want: Vec<String> = [a, b, c].iter().map(|p| flat(p)).collect();
    assert_eq!(kept_texts(&cleaned), want);
    assert_eq!(dropped_for(&cleaned, Reason::Comments), [comment]);
    let summary = summarize(page.as_bytes());
    assert_eq!(summary.empty_reason, None);
    assert!(summary.sentences.iter().all(|s| !s.text.contains("honte")));
    // A front page stays without an article on the second look too: its
    // excerpts each follow a linked headline.
    let summary = summarize(&fixture("fr-une.html"));
    assert_eq!(summary.empty_reason, Some(EmptyReason::NoArticle));
}

#[test]
fn ruby_readings_are_not_part_of_the_sentence() {
    // Japanese news for learners writes each reading above its characters
    // (`<rt>`), with fallback parentheses (`<rp>`) for old browsers: the
    // sentence is the base text.
    let page = "<!doctype html><html lang=ja><head><title>ニュース</title></head><body><article>\
                <p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で<ruby>大雨<rt>おおあめ</rt></ruby>が\
                <ruby>降<rt>ふ</rt></ruby>りました。<ruby>電車<rt>でんしゃ</rt></ruby>が\
                <ruby>止<rt>と</rt></ruby>まりました。</p></article></body></html>";
    let cleaned = clean_as(page, "ja", Format::Html);
    check_spans(&cleaned);
    let source = cleaned.source.as_deref().expect("a source");
    assert!(
        source.contains("東京で大雨が降りました。電車が止まりました。"),
        "{source}"
    );
    assert!(
        !source.contains("とうきょう") && !source.contains('('),
        "{source}"
    );
}

#[test]
fn an_image_described_by_the_standfirst_does_not_make_it_a_caption() {
    // The lead photo's alt text repeats the standfirst, as content
    // management systems fill it in; the photo stands after the first
    // paragraphs, so the standfirst is not its caption.
    let [a, b, c, d] = article_paragraphs();
    let standfirst = "Le conseil municipal a adopté mardi soir un budget en hausse, \
                      porté par les investissements dans les écoles de la ville.";
    let page = format!(
        "<!doctype html><html lang=fr><head><title>Le budget de la ville</title></head><body>\
         <article><h1>Le budget de la ville</h1><p class=chapo>{standfirst}</p>\
         <p>{a}</p><p>{b}</p><figure><img src=m.jpg alt=\"{standfirst}\"></figure>\
         <p>{c}</p><p>{d}</p></article></body></html>"
    );
    let cleaned = clean_as(&page, "fr", Format::Html);
    let want: Vec<String> = [standfirst, a, b, c, d].iter().map(|p| flat(p)).collect();
    assert_eq!(kept_texts(&cleaned), want);
}
