"""The notebook views, Summary._repr_html_ and Cleaned._repr_html_, read back
with the standard library's HTML parser.

A summary's view is the page as written: the chosen sentences highlighted with
their scores, the spans the cleaning stage drops dimmed with their reason,
folded when long, the keywords, and a note where a large page is cut. The
browser test (bindings-python/notebook-test.sh) checks the same in Chromium.
"""

import pickle
import re
from html.parser import HTMLParser
from pathlib import Path

import abrege

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "fr-portail.txt").read_text(encoding="utf-8")

HOSTILE = """\
Accueil <script>alert("menu")</script>
Une faille <script>alert("xss")</script> dans le site de la mairie

La mairie a reconnu mardi qu'une faille de sécurité avait exposé les données de 3 000 habitants & leurs adresses.

Un pirate avait inséré le code <img src=x onerror='alert(1)'> dans le formulaire de contact du site.

Les habitants concernés recevront un courrier d'ici la fin du mois, a précisé l'adjoint au numérique " onmouseover="alert(2).

Le site restera fermé jusqu'à nouvel ordre.

Partager <iframe src="javascript:alert(3)"></iframe>
"""

ARTICLE = (
    "Le conseil municipal de Lyon a adopté mardi soir un budget de 1,2 milliard d'euros, "
    "dont un tiers pour la rénovation des écoles. Le maire a défendu un budget sincère. "
    "L'opposition a dénoncé une hausse de la dette de la ville.\n\n"
    "Les travaux commenceront dès l'été dans les écoles les plus anciennes du centre-ville."
)


class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None") -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list["Node | str"] = []

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self, skip: tuple[str, ...] = ()) -> str:
        return "".join(
            c if isinstance(c, str) else c.text(skip) for c in self.children if isinstance(c, str) or c.tag not in skip
        )

    def find(self, cls: str) -> list["Node"]:
        found = [self] if cls in self.classes else []
        for c in self.children:
            if isinstance(c, Node):
                found += c.find(cls)
        return found

    def inside(self, tag: str) -> bool:
        node = self.parent
        while node is not None:
            if node.tag == tag:
                return True
            node = node.parent
        return False


class Tree(HTMLParser):
    """The view as a tree; fails on an end tag that closes nothing open."""

    VOID = {"br", "img", "hr", "input", "meta", "link"}

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {}, None)
        self.node = self.root
        self.tags: list[str] = []
        self.feed(page)
        self.close()
        assert self.node is self.root, "unclosed element"

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        if tag not in self.VOID:
            self.node = node

    def handle_endtag(self, tag):
        assert self.node.tag == tag, f"</{tag}> closes <{self.node.tag}>"
        self.node = self.node.parent

    def handle_data(self, data):
        self.node.children.append(data)


def view(obj) -> Node:
    return Tree(obj._repr_html_()).root


def page_text(root: Node) -> str:
    """The page part of a view as a reader sees it: no fold captions, no scores.
    HTML drops the line break right after <pre>, and so does this."""
    (page,) = root.find("abrege-page")
    return page.text(skip=("summary", "sup")).removeprefix("\n")


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_article_is_escaped() -> None:
    page = abrege.summarize(HOSTILE, sentences=2, title='Faille " onload="alert(4)')._repr_html_()
    tags = set(Tree(page).tags)
    assert tags <= {"div", "b", "code", "i", "span", "mark", "sup", "pre", "details", "summary"}, tags
    assert "<script" not in page and "<img" not in page and "<iframe" not in page
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page
    assert "onerror=&#39;alert(1)&#39;" in page
    assert "3 000 habitants &amp; leurs" in page
    assert "Faille &quot; onload=&quot;alert(4)" in page
    # ... and reads as the page says it.
    assert '<script>alert("xss")</script>' in page_text(Tree(page).root)
    # No attribute was opened by the page's text.
    for attrs in re.findall(r"<[a-z]+ ([^>]*)>", page):
        names = re.findall(r'(\S+?)="[^"]*"', attrs)
        assert set(names) <= {"class", "style", "title", "data-index", "data-score", "data-reason", "data-weight"}


def test_cleaned_view_is_escaped() -> None:
    page = abrege.clean(HOSTILE)._repr_html_()
    assert set(Tree(page).tags) <= {"div", "b", "code", "i", "span", "pre", "details", "summary"}
    assert "<script" not in page and "<iframe" not in page
    assert "&lt;iframe src=&quot;javascript:alert(3)&quot;&gt;" in page


def test_view_holds_the_whole_page_in_order() -> None:
    for text in [PAGE, HOSTILE, ARTICLE]:
        root = view(abrege.summarize(text, sentences=2))
        # Every line of the page, once, in order (blank lines aside: a fold is
        # a block, and the line break after it goes inside).
        assert lines(page_text(root)) == lines(text)


def test_chosen_sentences_are_highlighted_with_scores() -> None:
    summary = abrege.summarize(PAGE, sentences=3)
    root = view(summary)
    marks = root.find("abrege-sentence")
    assert [m.text() for m in marks] == [PAGE[s.start : s.end] for s in summary.sentences]
    assert [squash(m.text()) for m in marks] == [squash(s.text) for s in summary.sentences]
    for m, s in zip(marks, summary.sentences):
        assert m.tag == "mark"
        assert int(m.attrs["data-index"]) == s.index
        assert float(m.attrs["data-score"]) == s.score
        assert m.attrs["title"].startswith(f"sentence {s.index} · score {s.score:.3f} · ")
        assert f"position {s.features['position']:.2f}" in m.attrs["title"]
        if s.expected_words is not None:
            assert f"expected summary words {s.expected_words:.1f}" in m.attrs["title"]
        assert not m.inside("details")
    scores = [n.text() for n in root.find("abrege-score")]
    assert scores == [f"[{s.score:.2f}]" for s in summary.sentences]


def test_dropped_spans_carry_their_reasons() -> None:
    root = view(abrege.summarize(PAGE, sentences=3))
    spans = root.find("abrege-dropped")
    cleaned = abrege.clean(PAGE)
    assert [(d.attrs["data-reason"], squash(d.text())) for d in spans] == [
        (d.reason, squash(d.text)) for d in cleaned.dropped
    ]
    by_text = {squash(d.text()): d.attrs["data-reason"] for d in spans}
    # The fixture's furniture, as it was written.
    assert by_text["Accueil"] == "menu"
    assert by_text["Par Jeanne Martin"] == "byline"
    assert by_text["© Léa Fontaine / Hans Lucas"] == "credit"
    assert by_text["À lire aussi : Le marché du vélo d'occasion s'envole dans la région"] == "teaser"
    assert by_text["Partager sur Facebook"] == "widget"
    hovers = {d.attrs["data-reason"]: d.attrs["title"] for d in spans}
    assert hovers["menu"] == "dropped: menu (a navigation menu)"
    assert hovers["credit"] == "dropped: credit (a photo credit)"
    assert all(h.startswith(f"dropped: {r} (") for r, h in hovers.items())
    # Dimmed: each run sits in a grey wrapper; the headline alone is bold.
    for d in spans:
        if d.attrs["data-reason"] == "title":
            assert "abrege-headline" in d.classes and "font-weight:bold" in d.attrs["style"]
        else:
            assert "color:#9a9a9a" in d.parent.attrs["style"], d.text()
    legend = root.find("abrege-legend")[0].text()
    assert "menu 12, teaser 8, widget 7" in legend


def test_long_runs_are_folded_short_ones_are_not() -> None:
    root = view(abrege.summarize(PAGE, sentences=3))
    folds = root.find("abrege-fold")
    assert folds and all(f.tag == "details" and "open" not in f.attrs for f in folds)
    # The 12-line menu, the ticker and the breadcrumb open the page in one fold.
    first = folds[0]
    captions = [c for c in first.children if isinstance(c, Node) and c.tag == "summary"]
    assert captions[0].text() == (
        "dropped: 17 spans, 512 characters (menu ×12, widget ×2, boilerplate ×1, byline ×1, ticker ×1)"
    )
    assert len(first.find("abrege-dropped")) == 17
    # A lone credit line between two paragraphs stays in view.
    (credit,) = [d for d in root.find("abrege-dropped") if d.attrs["data-reason"] == "credit"]
    assert not credit.inside("details")
    # The headline is never folded away.
    (headline,) = root.find("abrege-headline")
    assert not headline.inside("details")
    assert headline.text() == "Lyon : l'usine de vélos électriques de Vaise double ses effectifs"


def test_one_long_dropped_line_is_folded() -> None:
    teaser = "À lire aussi : " + "les ventes de vélos reculent encore dans la région " * 8
    text = ARTICLE + "\n\n" + teaser.strip() + "\n\n" + ARTICLE.split("\n\n")[1]
    root = view(abrege.summarize(text, sentences=1, language="fr"))
    (d,) = root.find("abrege-dropped")
    assert d.attrs["data-reason"] == "teaser" and d.inside("details")


def test_keywords_are_shown() -> None:
    summary = abrege.summarize(PAGE, sentences=3)
    chips = view(summary).find("abrege-keyword")
    assert [c.text() for c in chips] == [term for term, _ in summary.keywords]
    assert [float(c.attrs["data-weight"]) for c in chips] == [round(w, 3) for _, w in summary.keywords]
    assert chips[0].attrs["title"] == "weight 1.00"


def test_header_shows_language_count_and_escaped_title() -> None:
    summary = abrege.summarize(HOSTILE, sentences=1, title="Faille <b>grave</b>")
    page = summary._repr_html_()
    assert f"1 of {summary.sentence_count} sentences" in page
    assert "<code>fr</code>" in page
    assert "Faille &lt;b&gt;grave&lt;/b&gt;" in page


def test_a_summary_made_without_cleaning_shows_its_sentences() -> None:
    # With clean=False a sentence may come from a span the cleaning stage drops:
    # the view highlights it, and does not call it dropped.
    summary = abrege.summarize(PAGE, sentences=5, clean=False)
    root = view(summary)
    marks = root.find("abrege-sentence")
    assert [m.text() for m in marks] == [PAGE[s.start : s.end] for s in summary.sentences]
    assert "Accueil" in [m.text() for m in marks]
    assert not any(m.inside("details") for m in marks)
    assert "Accueil" not in [d.text() for d in root.find("abrege-dropped")]
    assert lines(page_text(root)) == lines(PAGE)


def test_large_page_is_cut_with_a_note() -> None:
    filler = "\n\n".join(
        f"Le conseil numéro {i} a examiné mardi le dossier {i * 7} de la commune, "
        f"dont le budget atteint {i * 13 % 997} millions d'euros selon le rapport {i % 89}."
        for i in range(33_000)
    )
    text = PAGE + "\n\n" + filler
    assert len(text.encode()) > 4_600_000
    summary = abrege.summarize(text, sentences=3)
    page = summary._repr_html_()
    # The 4.6 MB page gave 4.8 MB of HTML.
    assert len(page.encode()) < 400_000, len(page.encode())
    root = Tree(page).root
    (note,) = root.find("abrege-truncated")
    assert note.text().startswith(
        f"The page is {len(text):,} characters long; this view shows its first 200,000 characters "
        "(a view stops at 200,000 characters or 1,000 highlighted and dropped spans)."
    )
    shown = page_text(root)
    assert len(shown) <= 200_000 + sum(len(s.text) for s in summary.sentences)
    # The page from its start; the last line shown may be cut.
    assert lines(shown)[:-1] == lines(text)[: len(lines(shown)) - 1]
    marks = root.find("abrege-sentence")
    assert [m.text() for m in marks] == [text[s.start : s.end] for s in summary.sentences]


def test_many_dropped_spans_cut_the_view_and_later_sentences_follow_the_note() -> None:
    menu = "\n".join(f"Rubrique {i}" for i in range(3_000))
    text = menu + "\n\n" + ARTICLE
    summary = abrege.summarize(text, sentences=2, language="fr")
    assert summary.sentences
    root = view(summary)
    assert len(root.find("abrege-dropped")) == 1_000
    (note,) = root.find("abrege-truncated")
    assert "2,000 more dropped spans are not shown." in note.text()
    assert "2 chosen sentences lie further on; here they are." in note.text()
    (beyond,) = root.find("abrege-beyond")
    assert [m.text() for m in beyond.find("abrege-sentence")] == [text[s.start : s.end] for s in summary.sentences]


def test_sentences_past_the_cut_get_bounded_room() -> None:
    # One sentence of 1.8 million characters (no full stop anywhere): the view
    # shows its first 200,000, and says so.
    text = " ".join(f"le conseil municipal vote le budget numéro {i} de la ville" for i in range(30_000))
    summary = abrege.summarize(text, sentences=1)
    (sentence,) = summary.sentences
    assert sentence.end - sentence.start > 1_000_000
    page = summary._repr_html_()
    assert len(page.encode()) < 300_000
    root = Tree(page).root
    (note,) = root.find("abrege-truncated")
    assert "1 chosen sentence lies further on; here it is, cut at 200,000 characters or 1,000 sentences" in note.text()
    (mark,) = root.find("abrege-sentence")
    assert mark.text() == text[sentence.start : sentence.start + 200_000]


def test_a_long_summary_stays_bounded() -> None:
    # Every sentence of a 500 KB text chosen: the view shows the page up to its
    # 1,000th sentence, and 1,000 sentences more after the note.
    def name(i: int) -> str:
        letters = ""
        while True:
            i, r = divmod(i, 26)
            letters += "abcdefghijklmnopqrstuvwxyz"[r]
            if i == 0:
                return "v" + letters

    text = "\n\n".join(
        f"La commune de {name(i)} a voté le budget de {name(i * 7 + 1)} avec {name(i * 13 + 2)}."
        for i in range(8_000)
    )
    summary = abrege.summarize(text, ratio=1.0, language="fr")
    assert len(summary.sentences) > 5_000
    page = summary._repr_html_()
    assert len(page.encode()) < 1_200_000, len(page.encode())
    root = Tree(page).root
    (note,) = root.find("abrege-truncated")
    assert "(a view stops at 200,000 characters or 1,000 highlighted and dropped spans)" in note.text()
    assert "cut at 200,000 characters or 1,000 sentences (sentences holds them all)" in note.text()
    (beyond,) = root.find("abrege-beyond")
    later = beyond.find("abrege-sentence")
    assert len(later) == 1_000
    assert len(root.find("abrege-sentence")) == 2_000
    marks = root.find("abrege-sentence")
    assert [m.text() for m in marks] == [text[s.start : s.end] for s in summary.sentences[: len(marks)]]


def test_cleaned_has_a_view_of_its_own() -> None:
    cleaned = abrege.clean(PAGE)
    root = view(cleaned)
    (top,) = root.find("abrege-cleaned")
    assert not root.find("abrege-sentence") and not root.find("abrege-keyword")
    assert [k.text() for k in root.find("abrege-kept")] == [s.text for s in cleaned.kept]
    assert [(d.attrs["data-reason"], d.text()) for d in root.find("abrege-dropped")] == [
        (d.reason, d.text) for d in cleaned.dropped
    ]
    header = root.find("abrege-header")[0].text()
    assert header.startswith("abrege · cleaned page · language fr · 8 kept (")
    assert "38 dropped · title: Lyon : l'usine de vélos électriques de Vaise double ses effectifs" in header
    (headline,) = root.find("abrege-headline")
    assert headline.text() == cleaned.title.text and not headline.inside("details")
    assert root.find("abrege-fold")
    # The blocks in page order, kept and dropped interleaved as on the page.
    expected = sorted([(s.start, s.text) for s in cleaned.kept] + [(d.start, d.text) for d in cleaned.dropped])
    shown = [n.text() for n in _walk(top) if {"abrege-kept", "abrege-dropped"} & set(n.classes)]
    assert shown == [text for _, text in expected]


def _walk(node: Node):
    for c in node.children:
        if isinstance(c, Node):
            yield c
            yield from _walk(c)


def test_large_cleaned_page_is_cut_with_a_note() -> None:
    text = "\n".join(f"Rubrique {i}" for i in range(3_000)) + "\n\n" + ARTICLE
    cleaned = abrege.clean(text, "fr")
    root = view(cleaned)
    blocks = root.find("abrege-kept") + root.find("abrege-dropped")
    assert len(blocks) == 1_000
    (note,) = root.find("abrege-truncated")
    hidden = len(cleaned.kept) + len(cleaned.dropped) - 1_000
    assert f"{hidden:,} more blocks are not shown" in note.text()


def test_empty_summary_still_renders() -> None:
    page = abrege.summarize("")._repr_html_()
    assert "0 of 0 sentences" in page
    assert "<mark class" not in page
    assert "the cleaning stage drops nothing" in page
    Tree(page)
    Tree(abrege.clean("")._repr_html_())


def test_an_unpickled_summary_shows_the_same_view() -> None:
    summary = abrege.summarize(PAGE, sentences=3)
    assert pickle.loads(pickle.dumps(summary))._repr_html_() == summary._repr_html_()
    cleaned = abrege.clean(PAGE)
    assert pickle.loads(pickle.dumps(cleaned))._repr_html_() == cleaned._repr_html_()
