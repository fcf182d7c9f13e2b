"""Docs/s of one plain process beside Spark and Dask with two workers, on the
same corpus in one run: Parquet in, summaries, Parquet out.

    python examples/engines/bench.py [CORPUS.jsonl ...] [--docs 30000] [--repeat 3]

CORPUS defaults to OrangeSum train and valid in ../shared/data beside the
checkout, cycled to --docs articles. The corpus is written once as Parquet
(eight files); each path then reads it, summarises every article and writes
the columns of summarize_columns as Parquet:

- plain: one Python process, summarize_batch (Summary objects, turned into
  columns in Python), summarize_columns, and summarize_arrow when abrege was
  built with the cargo feature "arrow"; abrege uses every core;
- Spark local[2]: mapInPandas, a pandas_udf, and mapInArrow with
  summarize_arrow when it exists; one thread per task (RAYON_NUM_THREADS=1);
- Dask LocalCluster, 2 single-threaded worker processes: map_partitions with
  summarize_columns, and with summarize_arrow when it exists.

Each path runs once to warm up (JVM, workers, stem caches), then --repeat
rounds time every path in turn, so that a change of the machine's load hits
all of them; the best round counts. Beside docs/s (wall time), each path's
docs per CPU-second counts the CPU time of this process and all it started
(the JVM, every worker): on a machine shared with other work, wall-time
ratios favour the paths with more processes, which get more of the CPU,
while CPU-time ratios say what each path costs. The ratios to the plain
summarize_batch are the figures to read.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import cycle, islice
from pathlib import Path

import pandas as pd
import psutil
import pyarrow as pa
import pyarrow.parquet as pq

import abrege

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared" / "data"
DEFAULT = [SHARED / "orangesum-abstract-train.jsonl", SHARED / "orangesum-abstract-valid.jsonl"]
OPTIONS = {"sentences": 3}
COLUMNS = (
    "summary string, sentences array<string>, scores array<double>, "
    "starts array<bigint>, ends array<bigint>, language string, title string, "
    "empty_reason string, error string"
)
ARROW = hasattr(abrege.Summarizer, "summarize_arrow")


def load(paths: list[Path], docs: int) -> pa.Table:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    rows = list(islice(cycle(rows), docs))
    return pa.table(
        {
            "id": list(range(len(rows))),
            "title": [r.get("title") or None for r in rows],
            "text": [r["text"] for r in rows],
        }
    )


def columns_of(summaries: list[abrege.Summary]) -> dict[str, list]:
    """What a user of summarize_batch writes to get the same columns."""
    return {
        "summary": [s.text for s in summaries],
        "sentences": [[x.text for x in s.sentences] for s in summaries],
        "scores": [[x.score for x in s.sentences] for s in summaries],
        "starts": [[x.start for x in s.sentences] for s in summaries],
        "ends": [[x.end for x in s.sentences] for s in summaries],
        "language": [s.language for s in summaries],
        "title": [s.title for s in summaries],
        "empty_reason": [s.empty_reason for s in summaries],
        "error": [None] * len(summaries),
    }


# -- one plain process ---------------------------------------------------------


def plain(kind: str, src: Path, dst: Path) -> None:
    table = pq.read_table(src)
    summarizer = abrege.Summarizer(**OPTIONS)
    if kind == "arrow":
        out = summarizer.summarize_arrow(
            table.column("text"), titles=table.column("title"), errors="return"
        )
        out = pa.Table.from_batches([out])
    else:
        texts = table.column("text").to_pylist()
        titles = table.column("title").to_pylist()
        if kind == "batch":
            cols = columns_of(summarizer.summarize_batch(texts, titles=titles))
        else:
            cols = summarizer.summarize_columns(texts, titles=titles, errors="return")
        out = pa.table(cols, schema=schema_arrow())
    out = out.add_column(0, "id", table.column("id"))
    pq.write_table(out, dst / "part-0.parquet")


def schema_arrow() -> pa.Schema:
    return pa.schema(
        [
            ("summary", pa.string()),
            ("sentences", pa.list_(pa.string())),
            ("scores", pa.list_(pa.float64())),
            ("starts", pa.list_(pa.int64())),
            ("ends", pa.list_(pa.int64())),
            ("language", pa.string()),
            ("title", pa.string()),
            ("empty_reason", pa.string()),
            ("error", pa.string()),
        ]
    )


# -- Spark ---------------------------------------------------------------------


def spark_paths(spark) -> dict[str, Callable[[Path, Path], None]]:
    from typing import Tuple

    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import StructType

    schema = StructType.fromDDL("id bigint, " + COLUMNS)

    def in_pandas(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        summarizer = abrege.Summarizer(**OPTIONS)
        for pdf in batches:
            cols = summarizer.summarize_columns(pdf["text"], titles=pdf["title"], errors="return")
            yield pdf[["id"]].assign(**cols)

    @pandas_udf(COLUMNS)
    def udf(batches: Iterator[Tuple[pd.Series, pd.Series]]) -> Iterator[pd.DataFrame]:
        summarizer = abrege.Summarizer(**OPTIONS)
        for text, title in batches:
            yield pd.DataFrame(summarizer.summarize_columns(text, titles=title, errors="return"))

    def in_arrow(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        summarizer = abrege.Summarizer(**OPTIONS)
        for b in batches:
            out = summarizer.summarize_arrow(b.column("text"), titles=b.column("title"), errors="return")
            yield pa.RecordBatch.from_arrays([b.column("id"), *out.columns], names=["id", *out.schema.names])

    def run(build):
        def go(src: Path, dst: Path) -> None:
            build(spark.read.parquet(str(src))).write.mode("overwrite").parquet(str(dst))

        return go

    paths = {
        "Spark mapInPandas": run(lambda df: df.mapInPandas(in_pandas, schema)),
        "Spark pandas_udf": run(lambda df: df.select("id", udf("text", "title").alias("a")).select("id", "a.*")),
    }
    if ARROW:
        paths["Spark mapInArrow, summarize_arrow"] = run(lambda df: df.mapInArrow(in_arrow, schema))
    return paths


def start_spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("abrege-bench")
        .config("spark.executorEnv.RAYON_NUM_THREADS", "1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# -- Dask ----------------------------------------------------------------------


def dask_columns(pdf: pd.DataFrame) -> pd.DataFrame:
    summarizer = abrege.Summarizer(**OPTIONS)
    cols = summarizer.summarize_columns(pdf["text"], titles=pdf["title"], errors="return")
    return pdf[["id"]].assign(**cols)


def dask_arrow(pdf: pd.DataFrame) -> pd.DataFrame:
    summarizer = abrege.Summarizer(**OPTIONS)
    out = summarizer.summarize_arrow(pa.array(pdf["text"]), titles=pa.array(pdf["title"]), errors="return")
    return pd.concat([pdf[["id"]], out.to_pandas(types_mapper=pd.ArrowDtype).set_index(pdf.index)], axis=1)


def dask_paths() -> dict[str, Callable[[Path, Path], None]]:
    import dask.dataframe as dd

    types = {f.name: f.type for f in schema_arrow()}

    def run(fn, arrow: bool):
        def go(src: Path, dst: Path) -> None:
            df = dd.read_parquet(str(src))
            meta = fn(df._meta)
            df.map_partitions(fn, meta=meta).to_parquet(
                str(dst), write_index=False, schema=None if arrow else types
            )

        return go

    paths = {"Dask map_partitions, summarize_columns": run(dask_columns, False)}
    if ARROW:
        paths["Dask map_partitions, summarize_arrow"] = run(dask_arrow, True)
    return paths


def start_dask():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True,
        env={"RAYON_NUM_THREADS": "1"}, dashboard_address=None,
    )
    return Client(cluster)


def tree_cpu() -> float:
    """CPU seconds used so far by this process and all its descendants
    (the JVM, Spark's Python workers, Dask's nannies and workers)."""
    total = 0.0
    me = psutil.Process()
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


# -- the run -------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--docs", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="run only the paths whose name holds this")
    args = parser.parse_args()
    for path in args.corpus:
        if not path.exists():
            sys.exit(f"corpus not found: {path}")

    work = Path(tempfile.mkdtemp(prefix="abrege-bench-"))
    try:
        table = load(args.corpus, args.docs)
        src = work / "corpus"
        src.mkdir()
        step = -(-table.num_rows // 8)
        for i in range(8):
            pq.write_table(table.slice(i * step, step), src / f"part-{i}.parquet")
        mb = sum(len(t.encode()) for t in table.column("text").to_pylist()) / 1e6

        paths: dict[str, Callable[[Path, Path], None]] = {
            "plain summarize_batch": lambda s, d: plain("batch", s, d),
            "plain summarize_columns": lambda s, d: plain("columns", s, d),
        }
        if ARROW:
            paths["plain summarize_arrow"] = lambda s, d: plain("arrow", s, d)
        spark = start_spark()
        paths.update(spark_paths(spark))
        client = start_dask()
        paths.update(dask_paths())
        if args.only:
            paths = {k: v for k, v in paths.items() if args.only in k or k == "plain summarize_batch"}

        def timed(name: str) -> tuple[float, float]:
            """Wall seconds, and CPU seconds of this process, the JVM and every worker."""
            dst = work / "out"
            shutil.rmtree(dst, ignore_errors=True)
            dst.mkdir()
            cpu = tree_cpu()
            start = time.perf_counter()
            paths[name](src, dst)
            seconds = time.perf_counter() - start
            cpu = tree_cpu() - cpu
            written = pq.read_table(dst, columns=["id"]).num_rows
            assert written == table.num_rows, (name, written)
            return seconds, cpu

        best: dict[str, float] = {}
        best_cpu: dict[str, float] = {}
        for name in paths:
            timed(name)  # warm-up
        for r in range(args.repeat):
            for name in paths:
                seconds, cpu = timed(name)
                best[name] = min(best.get(name, seconds), seconds)
                best_cpu[name] = min(best_cpu.get(name, cpu), cpu)
                print(
                    f"  round {r + 1}: {name:38s} {table.num_rows / seconds:8.0f} docs/s"
                    f" {table.num_rows / cpu:8.0f} docs/CPU-s",
                    file=sys.stderr,
                )
        client.close()
        spark.stop()

        anchor, anchor_cpu = best["plain summarize_batch"], best_cpu["plain summarize_batch"]
        n = table.num_rows
        print(f"corpus: {n} docs, {mb:.1f} MB, Parquet in 8 files; best of {args.repeat} rounds")
        print(f"load average before the last round: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'path':40s} {'docs/s':>8s} {'ratio':>6s} {'docs/CPU-s':>11s} {'ratio':>6s}")
        for name in paths:
            print(
                f"{name:40s} {n / best[name]:8.0f} {anchor / best[name]:5.2f}x"
                f" {n / best_cpu[name]:11.0f} {anchor_cpu / best_cpu[name]:5.2f}x"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
