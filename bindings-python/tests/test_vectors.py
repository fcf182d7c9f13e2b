"""The shared vectors in tests/vectors/: Python returns exactly the sentences
that Rust returns, with offsets converted to code points."""

import json
from pathlib import Path

import pytest

import abrege
from layout import layout

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"
FILES = sorted(VECTORS.glob("*.json"))


def test_there_are_vectors() -> None:
    # A test over zero vectors proves nothing.
    assert FILES, f"no vector files in {VECTORS}"


def code_points(text: str, byte_offset: int) -> int:
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_vector(path: Path) -> None:
    vector = json.loads(path.read_text(encoding="utf-8"))
    text = vector["text"]
    # The vector's options are the core's JSON, whose fields are our keywords.
    # An HTML vector may give the page as bytes, as a crawler holds it.
    given = text.encode("utf-8") if vector.get("input") == "bytes" else text
    summary = abrege.summarize(given, **vector.get("options", {}))
    expected = vector["expected"]
    # For HTML the offsets index the text abrege made of the page.
    assert summary.source == expected.get("source")
    if "source" in expected:
        text = expected["source"]
        assert summary.format == expected["format"] and summary.input == text
    if "empty_reason" in expected:
        assert summary.empty_reason == expected["empty_reason"]
    assert summary.language == expected["language"]
    assert summary.title == expected["title"]
    assert [(s.index, s.text) for s in summary.sentences] == [
        (e["index"], e["text"]) for e in expected["sentences"]
    ]
    for s, e in zip(summary.sentences, expected["sentences"]):
        assert (s.start, s.end) == (code_points(text, e["start"]), code_points(text, e["end"]))
        # The sentence text is the slice with the page's layout undone.
        assert layout(text[s.start : s.end]) == s.text
