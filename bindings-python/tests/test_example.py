"""The notebook-style example runs, here on its plain-list path, and the shipped
notebook and its sample are in order."""

import json
import runpy
import subprocess
import sys
from pathlib import Path

import abrege

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "python" / "summarize_frame.py"


def test_example_runs_without_pandas() -> None:
    # Hide pandas, installed or not, so that the plain-list path runs.
    code = (
        "import runpy, sys\n"
        "sys.modules['pandas'] = None\n"
        f"runpy.run_path({str(EXAMPLE)!r}, run_name='__main__')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "plain list (pandas is not installed):"
    articles = runpy.run_path(str(EXAMPLE), run_name="not_main")["ARTICLES"]
    rows = [line.split("\t") for line in lines[1:]]
    assert [row[0] for row in rows] == list(articles)
    assert [row[1] for row in rows] == ["fr", "fr", "en"]
    for id_, _, summary in rows:
        # Each summary is two sentences taken from its own article.
        article = " ".join(articles[id_].split())
        first, second = summary.split(". ", 1)
        assert first + "." in article and second in article


NOTEBOOK = EXAMPLE.with_name("summarize_pages.ipynb")
SAMPLE = EXAMPLE.with_name("sample-pages.jsonl")


def test_notebook_is_committed_without_outputs() -> None:
    # The browser test (bindings-python/notebook-test.sh) executes it; here,
    # the committed file stays clean and its code at least compiles.
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell["outputs"] == [] and cell["execution_count"] is None
        compile("".join(cell["source"]), str(NOTEBOOK), "exec")
    assert '"sample-pages.jsonl"' in "".join(s for c in code for s in c["source"])


def test_sample_pages_summarise() -> None:
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and len({r["id"] for r in rows}) == 6
    summaries = abrege.Summarizer(sentences=3).summarize_batch([r["text"] for r in rows])
    assert [s.language for s in summaries] == ["fr", "fr", "fr", "fr", "en", "es"]
    for row, summary in zip(rows, summaries):
        assert len(summary.sentences) == 3
        assert summary.title and summary.title in row["text"]
        # Every page carries furniture for the cleaning stage to drop.
        assert abrege.clean(row["text"]).dropped
