"""The corpus the engine tests summarise: a few hundred articles made from
the project's fixtures and the examples' sample corpus, with the rows that
break engines: missing texts (None), empty and blank texts, and one text
over the summariser's max_input_bytes."""

import importlib.util
import json
import random
from pathlib import Path
from typing import Any

import abrege

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "engines" / "articles.jsonl"

# Every engine builds its Summarizer from these options.
OPTIONS: dict[str, Any] = {"sentences": 2, "max_input_bytes": 100_000}

NAMES = ["summary", "sentences", "scores", "starts", "ends", "language", "title", "empty_reason", "error"]


def example(name: str) -> Any:
    """An example script of examples/engines, as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / "engines" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def base_articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))]
    with SAMPLE.open(encoding="utf-8") as f:
        texts += [t for t in (json.loads(line)["text"] for line in f) if t]
    return texts


def records(n: int = 320) -> list[dict[str, Any]]:
    """`n` rows of id, title, lang, text. Articles are the fixtures and
    their paragraphs reordered, cut and joined; titles and languages are
    given on some rows only."""
    rng = random.Random(19)
    bases = base_articles()
    rows: list[dict[str, Any]] = []
    for i in range(n):
        base = bases[i % len(bases)]
        paragraphs = base.split("\n\n")
        if i >= len(bases):
            head, rest = paragraphs[:1], paragraphs[1:]
            rng.shuffle(rest)
            paragraphs = head + rest[: rng.randint(1, max(1, len(rest)))]
            if i % 7 == 0:
                paragraphs += bases[(i * 3) % len(bases)].split("\n\n")[1:3]
        rows.append(
            {
                "id": i,
                "title": f"Titre {i}" if i % 5 == 0 else None,
                "lang": ["fr", "en", None, None][i % 4] if i % 3 == 0 else None,
                "text": "\n\n".join(paragraphs),
            }
        )
    for i, text in [(13, None), (41, None), (42, ""), (77, " \n\n "), (200, None)]:
        rows[i]["text"] = text
    rows[150]["text"] = "\n\n".join(bases[:12]) * 12  # over 100,000 bytes
    assert len(rows[150]["text"].encode()) > OPTIONS["max_input_bytes"]
    return rows


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


def expected(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Row by id, from one summarize_batch call in this process."""
    results = abrege.Summarizer(**OPTIONS).summarize_batch(
        [r["text"] for r in rows],
        titles=[r["title"] for r in rows],
        languages=[r["lang"] for r in rows],
        errors="return",
    )
    return {r["id"]: row_of(result) for r, result in zip(rows, results)}


def plain(value: Any) -> Any:
    """A value as plain Python: lists for arrays, None for every kind of missing."""
    if value is None:
        return None
    if hasattr(value, "tolist"):  # numpy arrays, from pandas
        return value.tolist()
    if isinstance(value, float) and value != value:
        return None
    if type(value).__name__ == "NAType":
        return None
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def by_id(frame_rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Engine output rows (id plus abrege's columns) by id, as plain values."""
    return {int(r["id"]): {name: plain(r[name]) for name in NAMES} for r in frame_rows}
