"""The notebook-style example runs, here on its plain-list path."""

import runpy
import subprocess
import sys
from pathlib import Path

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
