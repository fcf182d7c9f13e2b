# Writes tests/vectors/*.json: the cross-language vectors. The expected sentences
# are chosen by hand; byte offsets are computed here from the text, independently
# of abrege. Run from the repo root: python3 tests/make_vectors.py tests/vectors
import json, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)

def vec(name, description, text, options, language, title, sentences):
    """sentences: list of (index, expected text, substring of the input it spans)."""
    exp = []
    b = text.encode()
    for index, expected, raw in sentences:
        pos = text.index(raw)
        start = len(text[:pos].encode())
        end = start + len(raw.encode())
        assert b[start:end].decode() == raw
        exp.append({"index": index, "text": expected, "start": start, "end": end})
    obj = {"name": name, "description": description, "text": text, "options": options,
           "expected": {"language": language, "title": title, "sentences": exp}}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

vec("empty", "Empty text gives an empty summary, not an error; the language is unknown.",
    "", {}, "und", None, [])

vec("blank-given-language", "Blank text with a given language keeps that language and has no sentences.",
    " \n\n\t \u00a0\n", {"language": "fr"}, "fr", None, [])

s1 = "Le conseil municipal de Lyon a adopté mardi un budget de 812 millions d'euros."
s2 = "Les écoles de la ville seront rénovées d'ici à 2028."
vec("shorter-than-budget", "Two sentences and a budget of three: both come back, in order.",
    s1 + " " + s2, {"sentences": 3, "language": "fr"}, "fr", None,
    [(0, s1, s1), (1, s2, s2)])

a = "Le gouvernement a présenté mercredi son projet de loi sur l'eau, après des mois de sécheresse dans le sud du pays."
b = "Le texte prévoit de limiter les prélèvements agricoles et de financer la réparation des canalisations qui fuient."
c = "Il pleuvait."
d = "Les associations d'élus saluent un premier pas mais réclament davantage de moyens pour les petites communes rurales."
vec("max-chars-fits-one", "Only the 12-character sentence fits in 20 characters; whole sentences only.",
    "\n\n".join([a, b, c, d]), {"max_chars": 20, "language": "fr"}, "fr", None,
    [(2, c, c)])

raw = ("L'atmosphère était électrique ce mardi à l'Université Mohammed VI Polytechnique de\nRabat\n. "
       "Devant un parterre d'experts, l'ambassadeur n'a pas mâché ses mots.")
vec("broken-link-lines", "A line broken at a link (`de` / `Rabat` / `. Devant`) comes out as one whole sentence.",
    raw + "\nD'un côté,\nWashington\nprône la déréglementation pour laisser les géants du numérique innover.",
    {"sentences": 10, "language": "fr"}, "fr", None,
    [(0, "L'atmosphère était électrique ce mardi à l'Université Mohammed VI Polytechnique de Rabat.",
      "L'atmosphère était électrique ce mardi à l'Université Mohammed VI Polytechnique de\nRabat\n."),
     (1, "Devant un parterre d'experts, l'ambassadeur n'a pas mâché ses mots.",
      "Devant un parterre d'experts, l'ambassadeur n'a pas mâché ses mots."),
     (2, "D'un côté, Washington prône la déréglementation pour laisser les géants du numérique innover.",
      "D'un côté,\nWashington\nprône la déréglementation pour laisser les géants du numérique innover.")])

t = ("M. Jean-Noël Barrot et Mme Amal El Fallah ont signé la déclaration à 11 h, selon le Quai d'Orsay. "
     "J.-N. Barrot a salué « une avancée majeure ! » devant la presse. "
     "Le texte mobilise 2,6 milliards d'euros, soit 11,5 % de plus qu'en 2024. "
     "Des pays d'Afrique, d'Asie, etc. Rien n'est encore décidé pour 2026…")
parts = ["M. Jean-Noël Barrot et Mme Amal El Fallah ont signé la déclaration à 11 h, selon le Quai d'Orsay.",
         "J.-N. Barrot a salué « une avancée majeure ! » devant la presse.",
         "Le texte mobilise 2,6 milliards d'euros, soit 11,5 % de plus qu'en 2024.",
         "Des pays d'Afrique, d'Asie, etc.",
         "Rien n'est encore décidé pour 2026…"]
vec("french-segmentation", "Abbreviations, initials, numbers and a quoted ! do not split; `etc.` before a capital does.",
    t, {"sentences": 10, "language": "fr"}, "fr", None, [(i, p, p) for i, p in enumerate(parts)])

u1 = "À Montréal, l'équipe 🇨🇦 a gagné 3–1 🎉 devant 21 000 spectateurs ravis."
u2 = "Le gardien Zoé Lefèvre a arrêté un penalty décisif à la 89e minute."
u3 = "La saison reprendra en janvier, après la trêve hivernale."
vec("unicode-offsets", "Offsets count bytes here; bindings convert them to code points (Python) or UTF-16 units (Node).",
    "Sport\u00a0: " + u1 + "\n\n" + u2 + " " + u3, {"sentences": 10, "language": "fr"}, "fr", None,
    [(0, "Sport\u00a0: " + u1, "Sport\u00a0: " + u1), (1, u2, u2), (2, u3, u3)])

ty1 = "L’Assemblée nationale a adopté mardi la réforme des retraites\u202f; le texte part au Sénat."
ty2 = "«\u00a0C’est une étape\u00a0», a dit la Première ministre devant la presse\u202f!"
ty3 = "Le texte, jugé anti\u00adconstitutionnel par la gauche, sera examiné à\nParis\n."
ty4 = "Le vote est prévu jeudi."
vec("typography", "Sentences keep the source's characters (’, « », no-break spaces); only a soft hyphen and a line broken at a link are undone.",
    ty1 + "\n\n" + ty2 + "\n\n" + ty3 + " " + ty4, {"sentences": 10, "language": "fr"}, "fr", None,
    [(0, ty1, ty1), (1, ty2, ty2),
     (2, "Le texte, jugé anticonstitutionnel par la gauche, sera examiné à Paris.", ty3), (3, ty4, ty4)])

l1 = "Le parquet de Marseille a ouvert une enquête après l'effondrement d'un immeuble dans le quartier de Noailles, qui a fait trois morts lundi."
l2 = "Les pompiers ont fouillé les décombres toute la nuit."
l3 = "Le maire a promis de reloger les familles évacuées dans les prochains jours."
l4 = "Une marche blanche est prévue samedi."
vec("lede", "A news article with a given title: the lede, which carries the title's words, is the one-sentence summary.",
    "\n\n".join([l1 + " " + l2, l3, l4]),
    {"sentences": 1, "language": "fr", "title": "Effondrement d'un immeuble à Marseille : le parquet ouvre une enquête"},
    "fr", "Effondrement d'un immeuble à Marseille : le parquet ouvre une enquête", [(0, l1, l1)])

dup = "La Banque centrale européenne a relevé ses taux directeurs de 0,25 point jeudi."
o1 = "La décision était attendue par les marchés après une inflation record en zone euro."
vec("near-duplicate", "A sentence repeated later (a scraped page often repeats its lede) is chosen once, at its first place.",
    dup + " " + o1 + "\n\n" + dup, {"sentences": 3, "language": "fr"}, "fr", None,
    [(0, dup, dup), (1, o1, o1)])

e1 = "The Bank of England held interest rates at 5.25% on Thursday, as inflation eased for a third month."
e2 = "Mr. Bailey said the U.S. slowdown weighed on the decision."
e3 = "Markets had expected the move."
vec("english-auto", "English is detected and its abbreviations (Mr., U.S.) do not split sentences.",
    e1 + " " + e2 + " " + e3, {"sentences": 10}, "en", None, [(0, e1, e1), (1, e2, e2), (2, e3, e3)])

def html_vec(name, description, page, options, language, title, source, sentences,
             as_bytes=False, empty_reason=None):
    """An HTML page. `source` is the text abrege makes of the page, written by
    hand: every visible block in page order, blank lines between; the
    sentences' offsets index it. With `as_bytes`, bindings pass the page's
    UTF-8 bytes rather than a string."""
    exp = []
    b = source.encode()
    for index, expected, raw in sentences:
        pos = source.index(raw)
        start = len(source[:pos].encode())
        end = start + len(raw.encode())
        assert b[start:end].decode() == raw
        exp.append({"index": index, "text": expected, "start": start, "end": end})
    expected = {"language": language, "title": title, "format": "html", "source": source,
                "sentences": exp}
    if empty_reason:
        expected["empty_reason"] = empty_reason
    obj = {"name": name, "description": description, "text": page,
           "input": "bytes" if as_bytes else "str", "options": options, "expected": expected}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

h1 = "Le conseil municipal de Lyon a adopté mardi soir un budget de 812 millions d’euros pour la rénovation des écoles."
h2 = "Le maire a défendu un budget « sincère et ambitieux », qui prévoit l’isolation des bâtiments les plus anciens."
h3 = "L’opposition a dénoncé une hausse de la dette, et une partie des élus s’est abstenue lors du vote."
page = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        "<title>Le budget des écoles adopté - Le Quotidien</title>"
        "<meta property=\"og:title\" content=\"Le budget des écoles adopté\">"
        "<meta property=\"og:site_name\" content=\"Le Quotidien\"></head><body>"
        "<div class=\"cookie-banner\"><p>Nous utilisons des cookies pour mesurer l’audience de ce site.</p></div>"
        "<nav><a href=\"/\">Accueil</a> <a href=\"/lyon\">Lyon</a> <a href=\"/sport\">Sport</a></nav>"
        "<article><h1>Le budget des écoles adopté</h1>"
        f"<p>{h1.replace('812 millions', '812&nbsp;millions')}</p>"
        f"<p>{h2.replace('sincère', '<em>sincère</em>')}</p>"
        f"<p>{h3}</p></article>"
        "<section class=\"comments\"><p>Enfin une bonne nouvelle pour les écoles du quartier, il était temps.</p></section>"
        "</body></html>")
source = "\n\n".join([
    "Nous utilisons des cookies pour mesurer l’audience de ce site.",
    "Accueil Lyon Sport",
    "Le budget des écoles adopté",
    h1.replace("812 millions", "812\u00a0millions"),
    h2, h3,
    "Enfin une bonne nouvelle pour les écoles du quartier, il était temps."])
html_vec("html-article", "An HTML page as bytes: the cookie notice, the menu, the headline and the comments are dropped; offsets index the text abrege made of the page.",
    page, {"sentences": 2}, "fr", "Le budget des écoles adopté", source,
    [(0, h1.replace("812 millions", "812\u00a0millions"), h1.replace("812 millions", "812\u00a0millions")), (1, h2, h2)],
    as_bytes=True)

i1 = "Le maire de Lyon a présenté mardi un budget\nde 812 millions d’euros, selon la mairie & ses services."
i2 = "Les écoles seront rénovées d’ici à 2028, a promis le maire devant le conseil."
page = ("<html><body><article><p>Le maire de <a href=\"/lyon\">Lyon</a> a présenté <em>mardi</em> un budget<br>"
        "de 812 millions d&rsquo;euros, selon <strong>la mairie</strong> &amp; ses services.</p>"
        f"<p>{i2}</p></article></body></html>")
html_vec("html-inline", "Inline markup never breaks a sentence: a link, emphasis and a single <br> are inside one; entities are decoded.",
    page, {"sentences": 5, "language": "fr"}, "fr", None, "\n\n".join([i1, i2]),
    [(0, "Le maire de Lyon a présenté mardi un budget de 812 millions d’euros, selon la mairie & ses services.", i1), (1, i2, i2)])

page = ("<!DOCTYPE html><html lang=\"fr\"><head><title>Le Quotidien - L’actualité de Lyon</title></head><body>"
        "<nav><a href=\"/\">Accueil</a> <a href=\"/lyon\">Lyon</a></nav><main>"
        + "".join(f"<div class=\"card\"><h2><a href=\"/a{i}\">{t}</a></h2><p>{e}</p></div>" for i, (t, e) in enumerate([
            ("Le budget des écoles adopté", "La ville investira 120 millions d’euros dans ses écoles d’ici 2028, a dit le maire."),
            ("Le tramway T9 arrivera en 2026", "Les travaux ont pris du retard à cause des intempéries de l’hiver, selon la métropole."),
            ("L’OL s’impose face à Marseille", "Les Lyonnais ont battu l’OM deux buts à un au stade, dimanche soir devant leur public."),
        ])) + "</main></body></html>")
source = "\n\n".join(["Accueil Lyon",
    "Le budget des écoles adopté", "La ville investira 120 millions d’euros dans ses écoles d’ici 2028, a dit le maire.",
    "Le tramway T9 arrivera en 2026", "Les travaux ont pris du retard à cause des intempéries de l’hiver, selon la métropole.",
    "L’OL s’impose face à Marseille", "Les Lyonnais ont battu l’OM deux buts à un au stade, dimanche soir devant leur public."])
html_vec("html-front-page", "A front page of teasers has no article: an empty summary that says so.",
    page, {}, "und", "Le Quotidien - L’actualité de Lyon", source, [], as_bytes=True, empty_reason="no_article")
