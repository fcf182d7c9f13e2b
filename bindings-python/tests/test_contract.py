"""What a user meets first: a sentence's text is the article's text, batches
that survive one bad document, errors a program can act on, docs where the
user looks."""

import math
import pickle
import pydoc
import subprocess
import sys
from pathlib import Path

import pytest

import abrege
from articles import ALL, BUDGET
from layout import layout

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("articles/*.txt")) + sorted(FIXTURES.glob("pages/*.txt"))

# French typography as a French newsroom writes it: typographic apostrophes,
# guillemets with no-break spaces, narrow no-break spaces before ; ! ?, a
# soft hyphen in a long word, a line broken at a link.
TYPOGRAPHY = (
    "L’Assemblée adopte la réforme des retraites\n\n"
    "L’Assemblée nationale a adopté mardi la réforme des retraites, après trois semaines de débats\u202f; "
    "le texte part au Sénat. «\u00a0C’est une étape\u00a0», a dit la Première ministre devant la presse\u202f!\n\n"
    "Les syndicats appellent à une nouvelle journée de grève jeudi, la dixième depuis janvier, "
    "contre un texte jugé «\u00a0anti\u00adconstitutionnel\u00a0» par la gauche à\n"
    "Paris\n"
    ". Le gouvernement se dit confiant sur l’issue du vote au Sénat.\n"
)


def test_sentences_keep_the_articles_typography() -> None:
    summary = abrege.summarize(TYPOGRAPHY, ratio=1.0, redundancy=1.0, language="fr")
    texts = [s.text for s in summary.sentences]
    assert texts[0].startswith("L’Assemblée nationale a adopté")
    assert texts[0].endswith("débats\u202f; le texte part au Sénat.")
    assert texts[1] == "«\u00a0C’est une étape\u00a0», a dit la Première ministre devant la presse\u202f!"
    # The soft hyphen goes, the broken line is rejoined; nothing else changes.
    assert "«\u00a0anticonstitutionnel\u00a0» par la gauche à Paris." in texts[2]
    assert summary.title == "L’Assemblée adopte la réforme des retraites"
    for s in summary.sentences:
        assert layout(TYPOGRAPHY[s.start : s.end]) == s.text
    assert "’" in summary.text and "'" not in summary.text


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("clean", [True, False])
def test_text_is_the_laid_out_slice_on_every_fixture(path: Path, clean: bool) -> None:
    text = path.read_text(encoding="utf-8")
    summary = abrege.summarize(text, ratio=1.0, redundancy=1.0, clean=clean)
    assert summary.sentences, path.name
    for s in summary.sentences:
        assert layout(text[s.start : s.end]) == s.text, (path.name, s.index)
    cleaned = abrege.clean(text)
    for span in [*cleaned.kept, *cleaned.dropped]:
        assert layout(text[span.start : span.end]) == span.text


def test_batch_keeps_order_and_matches_single_calls() -> None:
    summarizer = abrege.Summarizer(sentences=2)
    texts = list(ALL) * 3
    batch = summarizer.summarize_batch(texts)
    assert batch == [summarizer.summarize(t) for t in texts]
    assert summarizer.summarize_batch(iter(texts)) == batch  # any iterable


def test_missing_texts_give_empty_summaries() -> None:
    summarizer = abrege.Summarizer()
    batch = summarizer.summarize_batch([BUDGET, None, math.nan, "", float("nan")])
    assert batch[0].sentences and batch[0].empty_reason is None
    for summary in batch[1:]:
        assert summary.sentences == []
        assert summary.empty_reason == "no_text"
        assert summary.language == "und"


def test_empty_reasons() -> None:
    assert abrege.summarize(" \n\n ").empty_reason == "no_text"
    widgets = "Partager sur Facebook\nLire aussi : Le budget de la ville adopté mardi\nPhoto : AFP\nNewsletter"
    assert abrege.summarize(widgets).empty_reason == "no_article"
    # Sentences are never cut: a budget no whole sentence fits gives none, and says so.
    tight = abrege.summarize(BUDGET, max_chars=20)
    assert tight.sentences == [] and tight.empty_reason == "budget_too_small"
    assert abrege.summarize(BUDGET, max_words=3).empty_reason == "budget_too_small"


def test_one_bad_document_raises_with_its_index() -> None:
    summarizer = abrege.Summarizer(max_input_bytes=2000)
    texts = [BUDGET[:500], "x" * 3000, BUDGET[:600], "y" * 2500]
    with pytest.raises(abrege.InputTooLargeError) as info:
        summarizer.summarize_batch(texts)
    err = info.value
    assert err.index == 1
    assert (err.size, err.limit, err.field) == (3000, 2000, "max_input_bytes")
    assert str(err).startswith("document 1: input of 3000 bytes")


def test_errors_return_keeps_every_other_document() -> None:
    summarizer = abrege.Summarizer(max_input_bytes=2000)
    texts = [BUDGET[:500], "x" * 3000, None, BUDGET[:600]]
    results = summarizer.summarize_batch(texts, errors="return")
    assert len(results) == 4
    assert isinstance(results[1], abrege.InputTooLargeError) and results[1].index == 1
    assert results[0] == summarizer.summarize(texts[0])
    assert results[3] == summarizer.summarize(texts[3])
    assert isinstance(results[2], abrege.Summary) and results[2].empty_reason == "no_text"
    with pytest.raises(abrege.InvalidOptionError) as info:
        summarizer.summarize_batch(texts, errors="ignore")
    assert info.value.field == "errors"


def test_per_document_titles_and_languages() -> None:
    summarizer = abrege.Summarizer(sentences=1)
    english = "The city council passed the budget on Tuesday. Schools will be renovated first."
    texts = [BUDGET, english, BUDGET]
    titles = ["Écoles : le budget de Lyon adopté", None, math.nan]
    languages = [None, "EN", "fr-FR"]
    batch = summarizer.summarize_batch(texts, titles=titles, languages=languages)
    assert batch[0].title == "Écoles : le budget de Lyon adopté"
    assert batch[1].language == "en"
    assert batch[2].language == "fr" and batch[2].title == summarizer.summarize(BUDGET).title
    assert batch[0] == abrege.summarize(BUDGET, sentences=1, title=titles[0])
    with pytest.raises(abrege.InvalidOptionError) as info:
        summarizer.summarize_batch(texts, titles=titles[:2])
    assert info.value.field == "titles"
    with pytest.raises(abrege.UnsupportedLanguageError) as lang:
        summarizer.summarize_batch(texts, languages=[None, "xx", None])
    assert lang.value.index == 1 and lang.value.field == "language"


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: abrege.summarize(None), r"argument 'text' must be str or bytes, not NoneType"),
        (lambda: abrege.summarize(3), r"argument 'text' must be str or bytes, not int"),
        (lambda: abrege.summarize(BUDGET, title=0.5), r"argument 'title' must be str or None, not float"),
        (lambda: abrege.summarize(BUDGET, sentences=True), r"argument 'sentences' must be an int or None, not bool"),
        (lambda: abrege.summarize(BUDGET, sentences=2.0), r"argument 'sentences' must be an int or None, not float"),
        (lambda: abrege.summarize(BUDGET, ratio=True), r"argument 'ratio' must be a number, not bool"),
        (lambda: abrege.Summarizer(redundancy="0.5"), r"argument 'redundancy' must be a number, not str"),
        (lambda: abrege.Summarizer().summarize_batch([BUDGET, 3]), r"text 1 must be str or None, not int"),
        (lambda: abrege.Summarizer().summarize_batch(BUDGET), r"not a str"),
        (lambda: abrege.Summarizer().summarize_batch([BUDGET], titles=[3]), r"title 0 must be str or None, not int"),
    ],
)
def test_type_errors_name_the_argument(call, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_error_attributes() -> None:
    with pytest.raises(abrege.InvalidOptionError) as info:
        abrege.summarize(BUDGET, max_words=0)
    assert info.value.field == "max_words"
    assert info.value.index is None and info.value.size is None
    with pytest.raises(abrege.InvalidOptionError) as huge:
        abrege.summarize(BUDGET, sentences=2**70)
    assert huge.value.field == "sentences" and "too large" in str(huge.value)
    with pytest.raises(abrege.InputTooLargeError) as big:
        abrege.summarize("x" * 101, max_input_bytes=100)
    assert (big.value.size, big.value.limit) == (101, 100)
    # The attributes survive pickling, as for any exception whose state is its dict.
    again = pickle.loads(pickle.dumps(big.value))
    assert (again.size, again.limit, again.field) == (101, 100, "max_input_bytes")


@pytest.mark.parametrize("code", ["FR", "fr-FR", "fr_FR", " fr ", "Fr-ca"])
def test_language_codes_are_normalised(code: str) -> None:
    assert abrege.summarize(BUDGET, language=code).language == "fr"
    assert abrege.Summarizer(language=code).options["language"] == "fr"
    assert abrege.clean(BUDGET, language=code).language == "fr"


def test_an_unknown_code_lists_the_codes() -> None:
    with pytest.raises(abrege.UnsupportedLanguageError) as info:
        abrege.summarize(BUDGET, language="klingon")
    message = str(info.value)
    assert "`klingon`" in message and "fr, en, ar, da, de" in message and "zh" in message
    assert info.value.field == "language"


def test_help_shows_every_option_with_its_default() -> None:
    for obj in (abrege.Summarizer, abrege.summarize):
        doc = pydoc.render_doc(obj, renderer=pydoc.plaintext)
        for option, default in [
            ("sentences", "None"),
            ("ratio", "None"),
            ("max_words", "None"),
            ("max_chars", "None"),
            ("language", "'auto'"),
            ("title", "None"),
            ("clean", "True"),
            ("idf", "True"),
            ("redundancy", "0.6"),
            ("max_input_bytes", "33554432"),
            ("weights", "None"),
        ]:
            assert f"{option}={default}" in doc, (obj, option)
            assert f"- {option} (" in doc, (obj, option)
    batch_doc = pydoc.render_doc(abrege.Summarizer.summarize_batch, renderer=pydoc.plaintext)
    assert "errors='raise'" in batch_doc and "titles=None" in batch_doc


def test_the_test_hook_is_not_public() -> None:
    assert "_panic" not in abrege._abrege.__all__
    assert "_panic" not in abrege.__all__
    assert set(abrege.__all__) >= {"Summarizer", "summarize", "Weights", "AbregeError"}


def test_summaries_and_sentences_compare_by_value() -> None:
    a = abrege.summarize(BUDGET, sentences=2)
    b = abrege.summarize(BUDGET, sentences=2)
    assert a is not b and a == b
    assert a.sentences == b.sentences and a.sentences[0] == b.sentences[0]
    assert a != abrege.summarize(BUDGET, sentences=3)
    assert a.sentences[0] != a.sentences[1]
    assert a != "not a summary"
    assert pickle.loads(pickle.dumps(a)) == a


STRICT_CHECK = """
import abrege
abrege.summarize("x", sentence=3)
abrege.summarize("x", position=0.5, weights={"title": 0.2})
abrege.Summarizer(weights={"centrality": "high"})
s: list[abrege.Summary] = abrege.Summarizer().summarize_batch(["a", None])
r: list[abrege.Summary] = abrege.Summarizer().summarize_batch(["a"], errors="return")
"""


def test_mypy_strict_catches_a_misspelt_option(tmp_path: Path) -> None:
    script = tmp_path / "user_code.py"
    script.write_text(STRICT_CHECK, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
    )
    lines = [line for line in run.stdout.splitlines() if ": error:" in line]
    # Line 3: the misspelt keyword; line 5: a weight that is not a number;
    # line 7: errors="return" may hold exceptions. Line 4 and 6 are right.
    flagged = sorted({int(line.split(":")[1]) for line in lines})
    assert flagged == [3, 5, 7], run.stdout
    assert '"sentence"' in run.stdout
