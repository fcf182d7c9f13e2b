"""The notebook display in a real browser.

Two notebooks are executed with nbclient, exported to HTML with nbconvert and
rendered by headless Chromium (Debian's), and the tests read the laid-out DOM:
a test notebook written here (a scraped page, the same page cleaned, a hostile
page, a 4.6 MB page) and the shipped example, examples/python/summarize_pages.ipynb.

Run by bindings-python/notebook-test.sh, which installs what this needs; the
executed notebooks, their HTML and the screenshots are left in target/notebook/.
"""

import json
import re
import subprocess
from pathlib import Path

import abrege
import nbformat
import pytest
from nbclient import NotebookClient
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "target" / "notebook"
EXAMPLE = ROOT / "examples" / "python" / "summarize_pages.ipynb"
SAMPLE = ROOT / "examples" / "python" / "sample-pages.jsonl"
PAGE_FILE = ROOT / "tests" / "fixtures" / "pages" / "fr-portail.txt"
PAGE = PAGE_FILE.read_text(encoding="utf-8")

# A page that tries to run code, break out of an attribute and load an image.
HOSTILE = """\
Accueil <script>alert("menu")</script>
Une faille <script>alert("xss")</script> dans le site de la mairie

La mairie a reconnu mardi qu'une faille de sécurité avait exposé les données de 3 000 habitants & leurs adresses.

Un pirate avait inséré le code <img src=x onerror='alert(1)'> dans le formulaire de contact du site.

Les habitants concernés recevront un courrier d'ici la fin du mois, a précisé l'adjoint au numérique " onmouseover="alert(2).

Partager <iframe src="javascript:alert(3)"></iframe>
"""

# Cells of the test notebook. Each displayed object is followed by a cell that
# prints, as JSON, what the summary says of itself, for the tests to compare
# the display with.
SETUP = f"""\
import json
import abrege

PAGE = open({str(PAGE_FILE)!r}, encoding="utf-8").read()
HOSTILE = {HOSTILE!r}
# 4.6 MB: the page, then generated news prose, as in the report that 4.6 MB gave 4.8 MB of HTML.
FILLER = "\\n\\n".join(
    f"Le conseil numéro {{i}} a examiné mardi le dossier {{i * 7}} de la commune, "
    f"dont le budget atteint {{i * 13 % 997}} millions d'euros selon le rapport {{i % 89}}."
    for i in range(33_000)
)
BIG = PAGE + "\\n\\n" + FILLER


def facts(summary, text):
    return {{
        "slices": [text[s.start : s.end] for s in summary.sentences],
        "texts": [s.text for s in summary.sentences],
        "indices": [s.index for s in summary.sentences],
        "scores": [s.score for s in summary.sentences],
        "keywords": [term for term, _ in summary.keywords],
        "title": summary.title,
        "chars": len(text),
        "bytes": len(text.encode()),
    }}
"""
CELLS = [
    SETUP,
    "summary = abrege.summarize(PAGE, sentences=3)\nsummary",
    "print(json.dumps(facts(summary, PAGE)))",
    "abrege.clean(PAGE)",
    "hostile = abrege.summarize(HOSTILE, sentences=2)\nhostile",
    "print(json.dumps(facts(hostile, HOSTILE)))",
    "big = abrege.summarize(BIG, sentences=3)\nbig",
    "print(json.dumps(facts(big, BIG)))",
]


def execute(nb: nbformat.NotebookNode, cwd: Path) -> nbformat.NotebookNode:
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def export(nb: nbformat.NotebookNode, name: str) -> Path:
    nbformat.write(nb, OUT / f"{name}.ipynb")
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    html = OUT / f"{name}.html"
    html.write_text(body, encoding="utf-8")
    return html


def probe(html: Path, name: str, mode: str) -> dict:
    facts = OUT / f"{name}.dom.json"
    args = ["node", str(Path(__file__).with_name("probe.js")), str(html), str(facts), str(OUT / name), mode]
    run = subprocess.run(args, capture_output=True, text=True, timeout=180)
    # No skip: a browser that cannot start fails the test.
    assert run.returncode == 0, f"Chromium did not render {html}:\n{run.stdout}\n{run.stderr}"
    return json.loads(facts.read_text(encoding="utf-8"))


def printed(nb: nbformat.NotebookNode, cell: int) -> dict:
    # A long printed line may reach the notebook in several stream outputs.
    streams = [o.text for o in nb.cells[cell].outputs if o.output_type == "stream" and o.name == "stdout"]
    assert streams, f"cell {cell} printed nothing"
    return json.loads("".join(streams))


def html_output(nb: nbformat.NotebookNode, cell: int) -> str:
    (out,) = [o for o in nb.cells[cell].outputs if o.output_type == "execute_result"]
    return out.data["text/html"]


@pytest.fixture(scope="session")
def display():
    OUT.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(c) for c in CELLS],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    nb = execute(nb, OUT)
    dom = probe(export(nb, "display-test"), "display-test", "views")
    return nb, dom


@pytest.fixture(scope="session")
def example():
    OUT.mkdir(parents=True, exist_ok=True)
    nb = execute(nbformat.read(EXAMPLE, as_version=4), EXAMPLE.parent)
    dom = probe(export(nb, "example"), "example", "full")
    return nb, dom


def squash(text: str) -> str:
    return " ".join(text.split())


def lines(text: str) -> list[str]:
    """The text's non-blank lines."""
    return [line for line in text.splitlines() if line.strip()]


def test_highlighted_spans_are_the_chosen_sentences(display) -> None:
    nb, dom = display
    view, said = dom["views"][0], printed(nb, 2)
    assert view["kind"] == "summary"
    marks = view["marks"]
    assert len(said["slices"]) == 3
    # The page as written, and the summary's own sentence text.
    assert [m["text"] for m in marks] == said["slices"]
    assert [squash(m["text"]) for m in marks] == [squash(t) for t in said["texts"]]
    assert [m["index"] for m in marks] == said["indices"]
    assert [m["score"] for m in marks] == pytest.approx(said["scores"])
    for m, score in zip(marks, said["scores"]):
        assert m["rendered"] and not m["beyond"]
        assert m["background"] == "rgb(255, 233, 122)"
        assert f"score {score:.3f}" in m["hover"]
        assert "position" in m["hover"]
    # The article's sentences, not the menus: the first is the article's opening.
    assert said["slices"][0].startswith("L'usine de vélos électriques installée depuis 2019")


def test_dropped_spans_are_dimmed_and_carry_their_reasons(display) -> None:
    _, dom = display
    view = dom["views"][0]
    by_text = {squash(d["text"]): d for d in view["dropped"]}
    # What the page's furniture is, as the fixture was written.
    expected = {
        "Accueil": "menu",
        "Grenoble Hebdo": "menu",
        "Accueil > Économie > Industrie": "byline",
        "Par Jeanne Martin": "byline",
        "Partager": "widget",
        "© Léa Fontaine / Hans Lucas": "credit",
        "À lire aussi : Le marché du vélo d'occasion s'envole dans la région": "teaser",
        "Les ventes de trottinettes en chute libre": "teaser",
        "Newsletter": "widget",
    }
    for text, reason in expected.items():
        assert by_text[text]["reason"] == reason, text
    ticker = [d for d in view["dropped"] if d["text"].startswith("La grève des contrôleurs")]
    assert [d["reason"] for d in ticker] == ["ticker"]
    for d in view["dropped"]:
        assert d["hover"].startswith(f"dropped: {d['reason']} (")
        if d["reason"] != "title":
            # Dimmed: grey, unlike the article's text.
            r, g, b = map(int, re.findall(r"\d+", d["color"])[:3])
            assert r == g == b and r > 120, d
            assert d["color"] != view["bodyColor"]
    # The page's headline is shown in bold, and it is the summary's title.
    (headline,) = [d for d in view["dropped"] if d["reason"] == "title"]
    assert int(headline["fontWeight"]) >= 700 and headline["rendered"]
    assert headline["text"] == "Lyon : l'usine de vélos électriques de Vaise double ses effectifs"
    assert view["title"] == headline["text"]
    # Every span the cleaning stage drops, in order, and no other.
    cleaned = abrege.clean(PAGE, "fr")
    assert [(d["reason"], squash(d["text"])) for d in view["dropped"]] == [
        (d.reason, squash(d.text)) for d in cleaned.dropped
    ]
    assert "menu 12" in view["legend"] and "teaser 8" in view["legend"]


def test_long_runs_of_dropped_spans_are_folded(display) -> None:
    _, dom = display
    view = dom["views"][0]
    assert view["folds"], "the page's menu and teasers should be folded"
    for fold in view["folds"]:
        assert not fold["open"]
        assert re.fullmatch(r"dropped: \d+ spans, [\d,]+ characters \(.+\)", fold["caption"]), fold
    # The 12-line menu and the ticker are folded away, hence not laid out ...
    menu = [d for d in view["dropped"] if d["reason"] == "menu"]
    assert menu and all(d["folded"] and not d["rendered"] for d in menu)
    # ... a lone credit between two paragraphs is short, and stays in view.
    (credit,) = [d for d in view["dropped"] if d["reason"] == "credit"]
    assert not credit["folded"] and credit["rendered"]
    assert view["folds"][0]["caption"].startswith("dropped: 17 spans")
    # Clicking the first fold lays its spans out.
    assert dom["opened"]["open"] is True
    assert len(dom["opened"]["rendered"]) == 17 and all(dom["opened"]["rendered"])


def test_keywords_are_shown(display) -> None:
    nb, dom = display
    view, said = dom["views"][0], printed(nb, 2)
    assert [k["text"] for k in view["keywords"]] == said["keywords"]
    assert len(said["keywords"]) >= 5
    assert all(k["rendered"] for k in view["keywords"])
    weights = [k["weight"] for k in view["keywords"]]
    assert weights[0] == 1.0 and weights == sorted(weights, reverse=True)


def test_the_page_reads_whole_and_in_order(display) -> None:
    _, dom = display
    text = dom["views"][0]["pageText"]
    # Every line of the page, once, in order (blank lines aside: a fold is a
    # block, and the line break after it goes inside).
    assert lines(text) == lines(PAGE)
    assert not dom["views"][0]["notes"]


def test_cleaned_has_a_view_of_its_own(display) -> None:
    _, dom = display
    view = dom["views"][1]
    cleaned = abrege.clean(PAGE)
    assert view["kind"] == "cleaned"
    assert view["marks"] == [] and view["keywords"] == []
    assert view["kept"] == [s.text for s in cleaned.kept]
    assert [(d["reason"], d["text"]) for d in view["dropped"]] == [(d.reason, d.text) for d in cleaned.dropped]
    assert view["title"] == cleaned.title.text
    assert f"{len(cleaned.kept)} kept" in view["header"]
    assert f"{len(cleaned.dropped)} dropped" in view["header"]
    assert any(f["caption"].startswith("dropped: 17 spans") for f in view["folds"])


def test_hostile_page_stays_text(display) -> None:
    nb, dom = display
    # Nothing the page says ran or became an element.
    assert dom["events"]["dialogs"] == []
    assert all(v["foreign"] == 0 for v in dom["views"])
    view, said = dom["views"][2], printed(nb, 5)
    assert [m["text"] for m in view["marks"]] == said["slices"]
    assert '<script>alert("xss")</script>' in view["pageText"]
    assert "<img src=x onerror='alert(1)'>" in view["pageText"]
    assert lines(view["pageText"]) == lines(HOSTILE)
    page = html_output(nb, 4)
    assert "<script" not in page and "<img" not in page and "<iframe" not in page


def test_large_page_is_cut_with_a_note(display) -> None:
    nb, dom = display
    view, said = dom["views"][3], printed(nb, 7)
    assert said["bytes"] > 4_600_000
    # The 4.6 MB page gave 4.8 MB of HTML; now the view is bounded.
    size = len(html_output(nb, 6).encode())
    assert size < 1_000_000, size
    (note,) = view["notes"]
    assert note["rendered"]
    chars = said["chars"]
    assert f"The page is {chars:,} characters long; this view shows its first 200,000 characters" in note["text"]
    # The chosen sentences are all there, those past the cut after the note.
    assert [m["text"] for m in view["marks"]] == said["slices"]
    assert len(view["pageText"]) <= 200_000


def test_example_notebook_runs_and_renders(example) -> None:
    nb, dom = example
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # The plot of what was kept and dropped, per page.
    assert any("image/png" in o.get("data", {}) for o in outputs)
    # One summary and one cleaned page are displayed; the summary's marks are
    # three sentences of the sample's first page, as written.
    first = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])["text"]
    kinds = [v["kind"] for v in dom["views"]]
    assert kinds == ["summary", "cleaned"]
    marks = dom["views"][0]["marks"]
    assert len(marks) == 3 and all(m["text"] in first and m["rendered"] for m in marks)
    assert dom["views"][0]["keywords"] and dom["views"][0]["dropped"]
    assert (OUT / "example.png").stat().st_size > 10_000


def test_screenshots_are_kept(display) -> None:
    _, dom = display
    names = ["display-test-summary.png", "display-test-cleaned.png", "display-test-note.png"]
    assert dom["screenshots"] == [str(OUT / n) for n in names]
    for name in names:
        assert (OUT / name).stat().st_size > 5_000, name
