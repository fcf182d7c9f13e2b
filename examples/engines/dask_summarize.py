"""Summarise a corpus with Dask: JSONL or Parquet in, Parquet out.

    python examples/engines/dask_summarize.py [INPUT] [OUTPUT] [--scheduler ADDRESS]

INPUT is a JSONL file (one {"text": ..., "title": ..., "lang": ...} a line;
only "text" is required) or a Parquet file or folder; it defaults to the
sample corpus beside this script. OUTPUT (default: abrege-dask.parquet, a
folder) gets the input's columns, the text left out, plus abrege's columns:
summary, sentences, scores, starts, ends, language, title, empty_reason, error.

With --scheduler (or $DASK_SCHEDULER_ADDRESS), the work goes to that
cluster, whose workers need abrege installed (see the README, "Beyond one
machine"); without, the script starts a LocalCluster of two single-threaded
worker processes on this machine.
"""

from __future__ import annotations

import argparse
import os
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

# The options of every Summarizer the workers build.
OPTIONS: dict[str, Any] = {"sentences": 3}

# abrege's columns as Arrow types, so that every partition writes the same
# Parquet schema (a partition with no failure would otherwise give `error`
# the type null).
COLUMNS = pa.schema(
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

SAMPLE = Path(__file__).resolve().parent / "articles.jsonl"


def summarize_partition(pdf: pd.DataFrame, options: dict[str, Any]) -> pd.DataFrame:
    """One partition: one Summarizer, one summarize_columns call."""
    import abrege

    summarizer = abrege.Summarizer(**options)
    columns = summarizer.summarize_columns(
        pdf["text"],
        titles=pdf["title"] if "title" in pdf else None,
        languages=pdf["lang"] if "lang" in pdf else None,
        errors="return",  # a bad document gets an error, not a failed task
    )
    # The text is left out; abrege's title (the one given, or the page's
    # headline) takes the place of the input's.
    kept = [c for c in pdf.columns if c != "text" and c not in columns]
    return pdf[kept].assign(**columns)


def summarize(df: dd.DataFrame, options: dict[str, Any] = OPTIONS) -> dd.DataFrame:
    """`df` (a text column, and optionally title and lang) with abrege's
    columns added and the text left out."""
    # meta: the empty frame each partition gives, so Dask knows the columns
    # without summarising anything.
    meta = df._meta[[c for c in df.columns if c != "text" and c not in COLUMNS.names]]
    meta = meta.assign(**{name: pd.Series([], dtype=object) for name in COLUMNS.names})
    return df.map_partitions(summarize_partition, options, meta=meta)


def write(df: dd.DataFrame, path: str) -> None:
    # abrege's column types are given, the input's are inferred.
    df.to_parquet(path, write_index=False, schema={f.name: f.type for f in COLUMNS})


def read(path: str) -> dd.DataFrame:
    if path.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz")):
        # blocksize splits a large file into partitions; dtype keeps a column
        # whose first rows are null from becoming a float.
        return dd.read_json(
            path, lines=True, blocksize=64 * 2**20,
            dtype={"text": object, "title": object, "lang": object},
        )
    return dd.read_parquet(path)


def client(stack: ExitStack, address: str | None) -> Any:
    from dask.distributed import Client, LocalCluster

    if address:
        return stack.enter_context(Client(address))
    # Processes, one thread each: summarising holds no GIL, but one thread
    # per process keeps each worker's memory and its Rust thread pool small;
    # RAYON_NUM_THREADS=1 makes abrege use that one core, not every core.
    cluster = stack.enter_context(
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True,
            env={"RAYON_NUM_THREADS": "1"}, dashboard_address=None,
        )
    )
    return stack.enter_context(Client(cluster))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default=str(SAMPLE))
    parser.add_argument("output", nargs="?", default="abrege-dask.parquet")
    parser.add_argument("--scheduler", default=os.environ.get("DASK_SCHEDULER_ADDRESS"))
    parser.add_argument("--partitions", type=int, help="repartition the input first")
    args = parser.parse_args()

    with ExitStack() as stack:
        client(stack, args.scheduler)
        df = read(args.input)
        if args.partitions:
            df = df.repartition(npartitions=args.partitions)
        write(summarize(df), args.output)

    written = pd.read_parquet(args.output)
    failed = int(written["error"].notna().sum())
    empty = int(written["empty_reason"].notna().sum())
    print(f"{len(written)} documents summarised into {args.output} ({empty} empty, {failed} failed)")
    for _, row in written.head(3).iterrows():
        print(f"- {row['title']!r}: {row['summary']!r}")


if __name__ == "__main__":
    main()
