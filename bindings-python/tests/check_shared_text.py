"""The text contract on the shared evaluation data, for the quality gate: every
sentence of every seed page and of the 1,500 OrangeSum validation articles is
its slice of the input with the page's layout undone (see layout.py), and the
article's typography survives. Fails loudly when the data is missing.

Run from the repository root with the test venv's Python:
    target/py-venv/bin/python bindings-python/tests/check_shared_text.py ../shared
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import abrege  # noqa: E402
from layout import layout  # noqa: E402


def check(name: str, text: str, summarizer: abrege.Summarizer) -> tuple[int, int]:
    """Checks every sentence and span of one text; returns (sentences, typographic ones)."""
    summary = summarizer.summarize(text)
    typographic = 0
    for s in summary.sentences:
        source = text[s.start : s.end]
        if layout(source) != s.text:
            raise SystemExit(f"{name}: sentence {s.index}: {s.text!r} is not the laid-out {source!r}")
        typographic += any(c in s.text for c in "’«»\u00a0\u202f")
    for span in [*abrege.clean(text).kept, *abrege.clean(text).dropped]:
        if layout(text[span.start : span.end]) != span.text:
            raise SystemExit(f"{name}: span {span.start}..{span.end}: {span.text!r}")
    return len(summary.sentences), typographic


def main(shared: Path) -> None:
    seeds = sorted((shared / "seeds").glob("*.txt"))
    corpus = shared / "data" / "orangesum-abstract-valid.jsonl"
    if len(seeds) != 5 or not corpus.is_file():
        raise SystemExit(f"check_shared_text: FAILED: the seeds or {corpus} are missing under {shared}")
    every = abrege.Summarizer(ratio=1.0, redundancy=1.0)
    three = abrege.Summarizer()
    totals = [0, 0]
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        for summarizer in (every, three):
            n, t = check(path.name, text, summarizer)
            totals[0] += n
            totals[1] += t
    articles = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(articles) != 1500:
        raise SystemExit(f"check_shared_text: FAILED: expected 1500 articles in {corpus}, found {len(articles)}")
    for article in articles:
        n, t = check(f"orangesum {article['id']}", article["text"], every)
        totals[0] += n
        totals[1] += t
    print(
        f"text contract: {totals[0]} sentences of 5 seed pages and 1500 OrangeSum articles "
        f"are their laid-out slices; {totals[1]} keep typographic characters"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))
