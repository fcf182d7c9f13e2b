//! Every supported language on a short news text written for this test:
//! its sentences (abbreviations and punctuation included), its stop words,
//! and a two-sentence summary with `language = "auto"`.

use abrege::lang::{detect, Resources};
use abrege::text::{sentences, words};
use abrege::Options;

/// One language's news text, cut into sentences by hand.
struct Case {
    code: &'static str,
    /// The sentences, in order; the text is them joined by spaces.
    sentences: &'static [&'static str],
    /// Words of the text that the stop list must hold.
    stop: &'static [&'static str],
    /// Content words of the text that it must not hold.
    content: &'static [&'static str],
}

impl Case {
    fn text(&self) -> String {
        self.sentences.join(" ")
    }

    fn check(&self) {
        let text = self.text();
        let res = Resources::get(self.code);
        assert_eq!(res.info.code, self.code, "the language has resources");

        let mut spans = Vec::new();
        sentences::split(&text, 0..text.len(), res, &mut spans);
        let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, self.sentences, "{}: segmentation", self.code);

        for w in self.stop {
            assert!(res.is_stop(w), "{}: {w:?} is a stop word", self.code);
        }
        for w in self.content {
            assert!(!res.is_stop(w), "{}: {w:?} is not a stop word", self.code);
        }

        let detection = detect(&text);
        assert_eq!(detection.code, self.code, "{}: detected", self.code);

        let summary = abrege::summarize(
            &text,
            &Options {
                sentences: Some(2),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            summary.language, self.code,
            "{}: summary language",
            self.code
        );
        assert!(summary.language_confidence > 0.0);
        assert_eq!(
            summary.sentence_count,
            self.sentences.len(),
            "{}",
            self.code
        );
        let picked: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(picked.len(), 2, "{}: {picked:?}", self.code);
        for s in &summary.sentences {
            assert!(
                self.sentences.contains(&s.text.as_str()),
                "{}: whole sentence {:?}",
                self.code,
                s.text
            );
            assert_eq!(&text[s.start..s.end], s.text);
        }
        assert_eq!(
            picked[0], self.sentences[0],
            "{}: the lede leads the summary",
            self.code
        );
    }
}

macro_rules! language_tests {
    ($($name:ident: $case:expr;)*) => {
        $(
            #[test]
            fn $name() {
                $case.check();
            }
        )*
    };
}

language_tests! {
    english: Case {
        code: "en",
        sentences: &[
            "Dr. Sarah Jones, the city's chief health officer, said on Monday that the new hospital will open in March.",
            "The hospital, built for £40m, will have 300 beds and a large emergency department.",
            "Mr. Patel, who leads the council, called the hospital a turning point for the U.S. city.",
            "Work on a second phase, e.g. a children's wing, is planned for next year.",
        ],
        stop: &["the", "will", "that", "who", "for", "said"],
        content: &["hospital", "council", "beds"],
    };
    french: Case {
        code: "fr",
        sentences: &[
            "M. Dupont, maire de Lyon, a présenté mardi le budget de la ville pour 2025.",
            "Le budget prévoit 120 millions d'euros d'investissements, dont la rénovation de vingt écoles.",
            "L'opposition juge ce budget « insuffisant » et réclame un vote le 12 déc. au conseil municipal.",
            "La ville compte aussi sur l'aide de l'État.",
        ],
        stop: &["le", "de", "la", "pour", "dont", "ce", "et", "un", "au"],
        content: &["budget", "ville", "écoles"],
    };
    german: Case {
        code: "de",
        sentences: &[
            "Die Stadtwerke München erhöhen zum Jahreswechsel die Preise für Strom und Gas.",
            "Ab dem 1. Januar steigt der Preis für Strom um durchschnittlich zwölf Prozent.",
            "Laut Dr. Weber, dem Sprecher der Stadtwerke, liegt das u.a. an höheren Netzentgelten.",
            "Kunden können z.B. online einen günstigeren Tarif für Strom und Gas wählen.",
        ],
        stop: &["die", "der", "dem", "und", "für", "um", "das", "an", "einen"],
        content: &["strom", "stadtwerke", "preis"],
    };
    spanish: Case {
        code: "es",
        sentences: &[
            "El Sr. García, ministro de Economía, anunció este lunes un nuevo plan de ayudas para las familias.",
            "El plan de ayudas costará 3.000 millones de euros y llegará a dos millones de hogares.",
            "¿Quién podrá pedir las ayudas?",
            "Las familias con hijos y con ingresos bajos, según explicó la Sra. López en rueda de prensa.",
            "Las relaciones con EE. UU. no cambiarán, añadió García.",
        ],
        stop: &["el", "de", "un", "para", "las", "y", "con", "en", "no"],
        content: &["ayudas", "familias", "plan"],
    };
    italian: Case {
        code: "it",
        sentences: &[
            "Il sindaco di Roma, il Sig. Bianchi, ha presentato ieri il nuovo piano per il traffico della città.",
            "Il piano per il traffico prevede l'estensione della zona a traffico limitato e nuove piste ciclabili.",
            "Secondo l'assessore ai trasporti, dell'intero progetto si parla da anni.",
            "Il Dott. Rossi, esperto di mobilità, ha definito il piano un passo avanti.",
        ],
        stop: &["il", "di", "ha", "per", "della", "e", "ai", "si", "da", "un"],
        content: &["piano", "traffico", "sindaco"],
    };
    portuguese: Case {
        code: "pt",
        sentences: &[
            "O Sr. Costa, ministro da Saúde, anunciou ontem a abertura de um novo hospital em Lisboa.",
            "O novo hospital terá 400 camas e vai servir mais de 300 mil pessoas em Lisboa.",
            "A Dra. Ferreira, diretora do serviço de urgência, disse que a obra era necessária há muitos anos.",
            "As obras começam em setembro, segundo o governo.",
        ],
        stop: &["o", "da", "a", "de", "um", "em", "e", "mais", "do", "que", "as"],
        content: &["hospital", "lisboa", "obras"],
    };
    dutch: Case {
        code: "nl",
        sentences: &[
            "De gemeente Amsterdam wil het aantal toeristen in de binnenstad verder beperken.",
            "Volgens burgemeester dr. Jansen zijn er te veel hotels en vakantiewoningen in de binnenstad.",
            "De gemeente stopt daarom bijv. met het verlenen van nieuwe vergunningen voor hotels.",
            "Ondernemers in de binnenstad reageren verdeeld op het plan van de gemeente.",
        ],
        stop: &["de", "het", "in", "zijn", "er", "te", "en", "met", "van", "voor", "op"],
        content: &["gemeente", "binnenstad", "hotels"],
    };
    danish: Case {
        code: "da",
        sentences: &[
            "Regeringen vil bruge tre mia. kroner på nye boliger til studerende i København.",
            "Ifølge boligministeren skal der bygges 5.000 nye boliger til studerende inden 2030.",
            "Boligerne skal bl.a. opføres på gamle industrigrunde i byen.",
            "De studerende har i mange år klaget over de høje huslejer, og de glæder sig over planen.",
        ],
        stop: &["vil", "på", "til", "i", "skal", "der", "har", "over", "de", "og", "sig"],
        content: &["boliger", "studerende", "regeringen"],
    };
    norwegian: Case {
        code: "no",
        sentences: &[
            "Regjeringen vil bruke tre milliarder kroner på nye studentboliger i Oslo.",
            "Ifølge statsråden skal det bygges 5000 nye studentboliger før 2030, men det er ikke nok.",
            "Boligene skal bl.a. bygges på gamle industritomter i byen.",
            "Studentene har i mange år klaget over høye leiepriser, og de er også glade for planen.",
        ],
        stop: &["vil", "på", "i", "skal", "det", "men", "er", "ikke", "har", "og", "også"],
        content: &["studentboliger", "regjeringen", "oslo"],
    };
    swedish: Case {
        code: "sv",
        sentences: &[
            "Regeringen vill satsa tre miljarder kronor på nya studentbostäder i Stockholm.",
            "Enligt bostadsministern ska 5 000 nya studentbostäder byggas före år 2030.",
            "Bostäderna ska bl.a. byggas på gamla industritomter i staden.",
            "Studenterna har i många år klagat på höga hyror och välkomnar därför beskedet.",
        ],
        stop: &["på", "i", "har", "och"],
        content: &["studentbostäder", "regeringen", "stockholm"],
    };
    finnish: Case {
        code: "fi",
        sentences: &[
            "Helsingin kaupunki aikoo rakentaa uuden raitiotien keskustasta Vuosaareen.",
            "Raitiotien rakentaminen maksaa noin 400 miljoonaa euroa, ja työt alkavat esim. ensi keväänä.",
            "Kaupungin liikennejohtajan mukaan raitiotie valmistuu vuonna 2029.",
            "Asukkaat ovat toivoneet parempaa joukkoliikennettä jo pitkään.",
        ],
        stop: &["ja", "ovat"],
        content: &["raitiotie", "kaupunki", "euroa"],
    };
    hungarian: Case {
        code: "hu",
        sentences: &[
            "A budapesti önkormányzat új közlekedési tervet mutatott be kedden.",
            "A közlekedési terv szerint a belvárosban kb. ötven kilométer új kerékpárút épül.",
            "Dr. Kovács, a közlekedési bizottság elnöke szerint a beruházás 2027-re készül el.",
            "Az ellenzék szerint a terv túl drága.",
        ],
        stop: &["a", "az", "új", "be", "szerint", "el"],
        content: &["terv", "közlekedési", "belvárosban"],
    };
    romanian: Case {
        code: "ro",
        sentences: &[
            "Guvernul a aprobat ieri un nou program de sprijin pentru agricultori.",
            "Programul de sprijin are un buget de 500 de milioane de lei și va fi lansat în luna mai.",
            "Potrivit lui dr. Popescu, ministrul Agriculturii, banii vor ajunge la aproximativ 100.000 de ferme.",
            "Agricultorii au cerut de mult timp un astfel de program.",
        ],
        stop: &["a", "un", "de", "pentru", "are", "și", "va", "fi", "în", "la", "au"],
        content: &["program", "agricultori", "guvernul"],
    };
    russian: Case {
        code: "ru",
        sentences: &[
            "Правительство Москвы объявило о строительстве новой линии метро.",
            "По словам мэра, новая линия метро длиной 30 км будет открыта в 2028 г.",
            "Стоимость проекта составит около 200 млрд руб.",
            "Новая линия соединит центр города с новыми районами, т.е. с югом и востоком.",
        ],
        stop: &["о", "по", "будет", "в", "с", "и"],
        content: &["метро", "линия", "москвы"],
    };
    greek: Case {
        code: "el",
        sentences: &[
            "Η κυβέρνηση ανακοίνωσε χθες νέο πρόγραμμα στήριξης για τις οικογένειες.",
            "Το πρόγραμμα στήριξης θα κοστίσει 500 εκατ. ευρώ και θα ξεκινήσει τον Ιανουάριο.",
            "Ποιοι θα πάρουν τη στήριξη;",
            "Οι οικογένειες με παιδιά, όπως δήλωσε ο κ. Παπαδόπουλος, υπουργός Οικονομικών.",
        ],
        stop: &["η", "για", "τις", "το", "θα", "και", "τον", "με", "ο"],
        content: &["πρόγραμμα", "οικογένειες", "κυβέρνηση"],
    };
    turkish: Case {
        code: "tr",
        sentences: &[
            "İstanbul Büyükşehir Belediyesi yeni bir metro hattının yapımına başladı.",
            "Yeni metro hattı, Kadıköy ile Ataşehir arasında toplam 20 kilometre uzunluğunda olacak.",
            "Belediye Başkanı Dr. Yılmaz, projenin 2027 yılında tamamlanacağını söyledi.",
            "Proje için yaklaşık 10 milyar lira harcanacak.",
        ],
        stop: &["bir", "ile", "için"],
        content: &["metro", "belediyesi", "proje"],
    };
    arabic: Case {
        code: "ar",
        sentences: &[
            "أعلنت الحكومة المصرية أمس عن خطة جديدة لدعم الأسر الفقيرة.",
            "وتبلغ تكلفة الخطة الجديدة نحو عشرة مليارات جنيه، وستشمل ملايين الأسر في كل المحافظات.",
            "هل تكفي هذه الخطة؟",
            "قال د. أحمد حسن، أستاذ الاقتصاد، إن الخطة خطوة مهمة لكنها غير كافية.",
        ],
        stop: &["عن", "في", "كل", "هل", "هذه", "إن", "غير"],
        content: &["الحكومة", "الخطة"],
    };
    tamil: Case {
        code: "ta",
        sentences: &[
            "சென்னை மாநகராட்சி புதிய குடிநீர் திட்டத்தை நேற்று அறிவித்தது.",
            "இந்த குடிநீர் திட்டத்தின் மொத்த செலவு சுமார் 500 கோடி ரூபாய் ஆகும்.",
            "திரு. ராமன், மாநகராட்சி ஆணையர், இந்த திட்டம் 2026 ஆம் ஆண்டில் நிறைவடையும் என்று கூறினார்.",
            "நகரின் பல பகுதிகளில் குடிநீர் பற்றாக்குறை நீண்ட காலமாக உள்ளது.",
        ],
        stop: &["இந்த", "என்று"],
        content: &["குடிநீர்", "சென்னை"],
    };
    catalan: Case {
        code: "ca",
        sentences: &[
            "El Govern ha aprovat avui un pla d'habitatge per a joves a Barcelona.",
            "El pla d'habitatge preveu la construcció de 5.000 pisos de lloguer per a joves l'any vinent.",
            "Segons el Sr. Puig, conseller de Territori, l'objectiu és frenar la pujada dels preus.",
            "L'oposició considera que el pla arriba tard.",
        ],
        stop: &["el", "ha", "un", "per", "a", "la", "de", "és", "dels", "que"],
        content: &["habitatge", "pla", "joves"],
    };
}

#[test]
fn elisions_are_split_off() {
    let cases = [
        (
            "it",
            "l'estensione dell'intero un'altra all'estero nell'anno sull'isola dall'Italia",
            &[
                "estensione",
                "intero",
                "altra",
                "estero",
                "anno",
                "isola",
                "italia",
            ][..],
        ),
        (
            "ca",
            "l'objectiu d'habitatge s'ha",
            &["objectiu", "habitatge", "ha"],
        ),
        ("fr", "l'État jusqu'ici", &["état", "ici"]),
        (
            "en",
            "the city's rock'n'roll",
            &["the", "city's", "rock'n'roll"],
        ),
    ];
    for (code, text, expected) in cases {
        assert_eq!(words::words(text, Resources::get(code)), expected, "{code}");
    }
}

#[test]
fn english_abbreviations_and_initials() {
    let res = Resources::get("en");
    let text = "Mr. Smith met Dr. Brown at 10 a.m. They spoke about the U.S. economy, i.e. jobs. Prices rose 2.5 per cent.";
    let mut spans = Vec::new();
    sentences::split(text, 0..text.len(), res, &mut spans);
    let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        got,
        [
            "Mr. Smith met Dr. Brown at 10 a.m.",
            "They spoke about the U.S. economy, i.e. jobs.",
            "Prices rose 2.5 per cent."
        ]
    );
}

#[test]
fn german_ordinals_do_not_end_sentences() {
    let res = Resources::get("de");
    let text =
        "Am 3. Oktober feiert Deutschland. Der 2. Weltkrieg endete 1945. Danach kam der Frieden.";
    let mut spans = Vec::new();
    sentences::split(text, 0..text.len(), res, &mut spans);
    let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        got,
        [
            "Am 3. Oktober feiert Deutschland.",
            "Der 2. Weltkrieg endete 1945.",
            "Danach kam der Frieden."
        ]
    );
}

/// Chinese and Japanese: sentences end at 。！？ with no space after them,
/// and terms are character bigrams.
#[test]
fn chinese_and_japanese() {
    let cases: [(&str, &[&str]); 2] = [
        (
            "zh",
            &[
                "北京市政府昨天宣布了新的空气污染治理计划。",
                "该治理计划将在三年内投入五百亿元治理空气污染。",
                "市民对这个计划表示欢迎！",
                "专家认为，计划的效果还需要观察？",
            ],
        ),
        (
            "ja",
            &[
                "東京都は新しい防災計画を発表した。",
                "防災計画では、地震に備えて避難所を増やす。",
                "「防災計画は重要だ。」と知事は述べた。",
                "都民の意見も募集する予定だ。",
            ],
        ),
    ];
    for (code, expected) in cases {
        let text = expected.concat();
        let res = Resources::get(code);
        let mut spans = Vec::new();
        sentences::split(&text, 0..text.len(), res, &mut spans);
        let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, expected, "{code}");
        assert!(words::words(expected[0], res)
            .iter()
            .all(|w| w.chars().count() <= 2));

        let summary = abrege::summarize(
            &text,
            &Options {
                sentences: Some(2),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(summary.language, code);
        assert_eq!(summary.sentence_count, 4, "{code}");
        assert_eq!(summary.sentences.len(), 2);
        assert_eq!(summary.sentences[0].text, expected[0], "{code}: the lede");
        assert!(
            summary
                .keywords
                .iter()
                .any(|k| k.term == "计划" || k.term == "計画"),
            "{code}: {:?}",
            summary.keywords
        );
    }
    let ja = words::words("東京都は新しい防災計画", Resources::get("ja"));
    assert!(ja.contains(&"計画".to_string()) && ja.contains(&"東京".to_string()));
    assert!(
        !ja.contains(&"しい".to_string()),
        "hiragana-only bigrams are left out"
    );
}

/// A language with no resources of its own (Polish) still gets a summary
/// over Unicode words.
#[test]
fn other_languages_get_the_generic_treatment() {
    let text = "Rząd przyjął we wtorek nowy program budowy mieszkań dla młodych rodzin. \
        Program budowy mieszkań będzie kosztował dziesięć miliardów złotych. \
        Opozycja krytykuje program jako spóźniony. \
        Pierwsze mieszkania mają powstać w przyszłym roku.";
    assert_eq!(detect(text).code, "pl");
    assert_eq!(Resources::get("pl").info.code, "und");
    let summary = abrege::summarize(
        text,
        &Options {
            sentences: Some(2),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(summary.language, "pl");
    assert_eq!(summary.sentence_count, 4);
    assert_eq!(summary.sentences.len(), 2);
    assert_eq!(
        summary.sentences[0].text,
        "Rząd przyjął we wtorek nowy program budowy mieszkań dla młodych rodzin."
    );
}

/// A French article under an English ticker and a menu is French.
#[test]
fn mixed_page_takes_the_article_language() {
    let page = "Accueil | Actualités | Sport | Météo\n\
        LIVE: Stocks slide as oil jumps. Fed holds rates. Tech shares fall.\n\n\
        Le conseil municipal de Nantes a adopté lundi soir un plan de rénovation des écoles de la ville.\n\n\
        Ce plan prévoit la rénovation thermique de quarante écoles d'ici à 2030, pour un coût de 80 millions d'euros.\n\n\
        Newsletter: Sign up for our daily briefing";
    let summary = abrege::summarize(page, &Options::default()).unwrap();
    assert_eq!(summary.language, "fr");
    assert!(
        summary.language_confidence > 0.5,
        "{}",
        summary.language_confidence
    );
}
