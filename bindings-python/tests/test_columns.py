"""summarize_columns: a batch as plain lists, the same rows as summarize_batch."""

import math
import pydoc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import abrege
from articles import ALL, BUDGET, FLOODS
from layout import layout

NAMES = ["summary", "sentences", "scores", "starts", "ends", "language", "title", "empty_reason", "error"]


def row_of(result: "abrege.Summary | abrege.AbregeError") -> dict[str, Any]:
    """The row summarize_columns documents for one summarize_batch result."""
    if isinstance(result, abrege.AbregeError):
        message = str(result).removeprefix(f"document {result.index}: ")
        return {**{name: None for name in NAMES}, "error": message}
    return {
        "summary": result.text,
        "sentences": [s.text for s in result.sentences],
        "scores": [s.score for s in result.sentences],
        "starts": [s.start for s in result.sentences],
        "ends": [s.end for s in result.sentences],
        "language": result.language,
        "title": result.title,
        "empty_reason": result.empty_reason,
        "error": None,
    }


def rows(columns: abrege.Columns) -> list[dict[str, Any]]:
    assert list(columns) == NAMES
    lengths = {len(v) for v in columns.values()}
    assert len(lengths) == 1, lengths
    return [{name: columns[name][i] for name in NAMES} for i in range(lengths.pop())]  # type: ignore[literal-required]


def test_columns_hold_the_rows_of_summarize_batch() -> None:
    summarizer = abrege.Summarizer(sentences=2, max_input_bytes=4000)
    oversized = "\n\n".join([BUDGET] * 5)
    texts = [*ALL, None, "", math.nan, oversized, "Un seul mot", *ALL]
    titles = [None, "Un titre donné", None, None, None, None, None, "Titre", None, None, None, None, None]
    expected = [row_of(r) for r in summarizer.summarize_batch(texts, titles=titles, errors="return")]
    got = rows(summarizer.summarize_columns(texts, titles=titles, errors="return"))
    assert got == expected
    assert got[1]["title"] == "Un titre donné"
    for row in got[4:7]:
        assert row["empty_reason"] == "no_text" and row["sentences"] == [] and row["language"] == "und"
    assert got[7]["error"].startswith("input of ") and got[7]["summary"] is None
    assert all(row["error"] is None for i, row in enumerate(got) if i != 7)


def test_offsets_are_string_indices_of_the_text() -> None:
    texts = [*ALL, "L’été à Paris\u202f: «\u00a0chaleur record\u00a0» mardi. Les écoles ferment.\n\nLe préfet parle."]
    columns = abrege.Summarizer(ratio=1.0).summarize_columns(texts)
    for text, sentences, starts, ends in zip(texts, columns["sentences"], columns["starts"], columns["ends"]):
        assert sentences and starts and ends
        for sentence, start, end in zip(sentences, starts, ends):
            assert layout(text[start:end]) == sentence
    assert columns["summary"][0] == " ".join(columns["sentences"][0])


def test_languages_and_any_iterable() -> None:
    summarizer = abrege.Summarizer()
    columns = summarizer.summarize_columns(iter([BUDGET, FLOODS]), languages=["fr", None])
    assert columns["language"] == ["fr", "en"]
    assert summarizer.summarize_columns([]) == {name: [] for name in NAMES}


def test_errors_raise_names_the_document() -> None:
    summarizer = abrege.Summarizer(max_input_bytes=100)
    with pytest.raises(abrege.InputTooLargeError) as info:
        summarizer.summarize_columns(["Court.", BUDGET, BUDGET])
    assert info.value.index == 1 and str(info.value).startswith("document 1: ")
    with pytest.raises(abrege.InvalidOptionError) as bad:
        summarizer.summarize_columns(["Court."], errors="ignore")
    assert bad.value.field == "errors"
    with pytest.raises(TypeError, match="text 1 must be str or None, not int"):
        summarizer.summarize_columns(["Court.", 3])
    with pytest.raises(abrege.InvalidOptionError, match="titles"):
        summarizer.summarize_columns(["Court."], titles=["a", "b"])


def test_help_documents_the_columns() -> None:
    doc = pydoc.render_doc(abrege.Summarizer.summarize_columns, renderer=pydoc.plaintext)
    assert "errors='raise'" in doc
    for name in NAMES:
        assert f"- {name} (" in doc, name


STRICT = """
import abrege
c: abrege.Columns = abrege.Summarizer().summarize_columns(["a", None], errors="return")
n: list[str | None] = c["summary"]
bad: list[str] = c["summary"]
"""


def test_columns_are_typed(tmp_path: Path) -> None:
    script = tmp_path / "user_code.py"
    script.write_text(STRICT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
    )
    flagged = sorted({int(line.split(":")[1]) for line in run.stdout.splitlines() if ": error:" in line})
    assert flagged == [5], run.stdout
