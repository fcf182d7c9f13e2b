"""The engine examples, run as a user runs them: a fresh process, the venv's
Python named on the command line, no PYSPARK_PYTHON, and no venv on the PATH.
Their Parquet output must hold what summarize_batch gives for the same rows."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd

import abrege
import corpus

EXAMPLES = corpus.ROOT / "examples" / "engines"


def user_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYSPARK_", "SPARK_", "DASK_"))}
    env.pop("VIRTUAL_ENV", None)
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return env


def run(script: str, *args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        env=user_env(), capture_output=True, text=True, timeout=300, cwd=cwd,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stdout


def sample() -> list[dict[str, Any]]:
    with corpus.SAMPLE.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def expected_rows(script: str) -> dict[int, dict[str, Any]]:
    options = runpy.run_path(str(EXAMPLES / script), run_name="example")["OPTIONS"]
    rows = sample()
    results = abrege.Summarizer(**options).summarize_batch(
        [r["text"] for r in rows], titles=[r["title"] for r in rows],
        languages=[r["lang"] for r in rows], errors="return",
    )
    return {r["id"]: corpus.row_of(res) for r, res in zip(rows, results)}


def written(path: Path) -> pd.DataFrame:
    out = pd.read_parquet(path)
    assert list(out.columns) == ["id", "lang", *corpus.NAMES]
    return out


def test_the_sample_has_the_rows_that_break_engines() -> None:
    texts = [r["text"] for r in sample()]
    assert None in texts and "" in texts and len(texts) >= 10


def test_spark_example(tmp_path: Path) -> None:
    # Its defaults: the sample corpus, local[2]; run where the output goes.
    out = tmp_path / "abrege-spark.parquet"
    stdout = run("spark_summarize.py", cwd=tmp_path)
    assert "12 documents summarised" in stdout and "(2 empty, 0 failed)" in stdout
    got = written(out)
    assert corpus.by_id(got.to_dict("records")) == expected_rows("spark_summarize.py")
    assert dict(zip(got["id"], got["lang"])) == {r["id"]: r["lang"] for r in sample()}


def test_dask_example_on_its_own_local_cluster(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    stdout = run("dask_summarize.py", str(corpus.SAMPLE), str(out))
    assert "12 documents summarised" in stdout and "(2 empty, 0 failed)" in stdout
    assert corpus.by_id(written(out).to_dict("records")) == expected_rows("dask_summarize.py")


def test_dask_example_against_a_scheduler_address(tmp_path: Path, dask_client: Any) -> None:
    src = tmp_path / "in.parquet"
    pd.DataFrame(sample()).to_parquet(src)
    out = tmp_path / "out.parquet"
    address = dask_client.scheduler.address
    run("dask_summarize.py", str(src), str(out), "--scheduler", address, "--partitions", "3")
    assert corpus.by_id(written(out).to_dict("records")) == expected_rows("dask_summarize.py")
