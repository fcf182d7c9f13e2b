"""Summarise a corpus with Spark: JSONL or Parquet in, Parquet out.

    python examples/engines/spark_summarize.py [INPUT] [OUTPUT] [--master URL] [--way WAY]

INPUT is a JSONL file (one {"id": ..., "title": ..., "lang": ..., "text": ...}
a line; only "text" is required) or a Parquet file or folder; it defaults to
the sample corpus beside this script. OUTPUT (default: abrege-spark.parquet)
gets the input's columns, the text left out, plus abrege's columns: summary,
sentences, scores, starts, ends, language, title, empty_reason, error.

The master comes from --master, else $SPARK_MASTER, else spark-submit's
--master when run under spark-submit, else local[2] (two worker processes
on this machine). Every node needs abrege installed in the Python its
executors run (see the README, "Beyond one machine").

WAY is "mapInPandas" (the default: one Summarizer per partition, columns
added to each pandas batch) or "pandas_udf" (a column-wise UDF used with
withColumn, for a pipeline that already selects its columns).
"""

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Tuple

import pandas as pd

# The options of every Summarizer the executors build.
OPTIONS: dict[str, Any] = {"sentences": 3}

# abrege's columns, as Spark types (offsets are code points of the text).
COLUMNS = (
    "summary string, sentences array<string>, scores array<double>, "
    "starts array<bigint>, ends array<bigint>, language string, title string, "
    "empty_reason string, error string"
)

SAMPLE = Path(__file__).resolve().parent / "articles.jsonl"


def summarize(df: Any, way: str = "mapInPandas", options: dict[str, Any] = OPTIONS) -> Any:
    """`df` (columns text, title and lang, and any others) with abrege's
    columns added and the text left out; abrege's title (the one given, or
    the page's headline) takes the place of the input's."""
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import StructType

    added = StructType.fromDDL(COLUMNS)
    kept = [f for f in df.schema.fields if f.name != "text" and f.name not in added.names]

    if way == "mapInPandas":

        def partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
            # One Summarizer for the partition, one call per Arrow batch
            # (10,000 rows by default).
            import abrege

            summarizer = abrege.Summarizer(**options)
            for pdf in batches:
                columns = summarizer.summarize_columns(
                    pdf["text"], titles=pdf["title"], languages=pdf["lang"],
                    errors="return",  # a bad document gets an error, not a failed job
                )
                yield pdf[[f.name for f in kept]].assign(**columns)

        return df.mapInPandas(partition, StructType(kept + added.fields))

    # typing.Tuple, not tuple: Spark reads these hints to tell the UDF's kind.
    @pandas_udf(COLUMNS)
    def columns(batches: Iterator[Tuple[pd.Series, pd.Series, pd.Series]]) -> Iterator[pd.DataFrame]:
        import abrege

        summarizer = abrege.Summarizer(**options)  # once per partition
        for text, title, lang in batches:
            yield pd.DataFrame(summarizer.summarize_columns(text, titles=title, languages=lang, errors="return"))

    return df.withColumn("abrege", columns("text", "title", "lang")).select(
        *[f.name for f in kept], "abrege.*"
    )


def session(master: str | None) -> Any:
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("abrege")
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[2]"  # not under spark-submit, which gives its own master
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # Executors run on this machine: make them start this very Python,
        # the one that has abrege (and pyspark), not whatever `python3` is
        # first on the PATH. On a cluster, set PYSPARK_PYTHON to the nodes' one.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # And keep the driver and its workers on the loopback interface.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1")
    # Each Spark task is one Python worker: let each summarise on one thread,
    # so that N task slots use N cores, not N times every core.
    builder = builder.config("spark.executorEnv.RAYON_NUM_THREADS", "1")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read(spark: Any, path: str) -> Any:
    from pyspark.sql import functions as F

    if path.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz")):
        # A schema, so that a file whose first rows lack a column still reads it.
        df = spark.read.schema("id bigint, lang string, title string, text string").json(path)
    else:
        df = spark.read.parquet(path)
    for name in ("title", "lang"):
        if name not in df.columns:
            df = df.withColumn(name, F.lit(None).cast("string"))
    return df


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default=str(SAMPLE))
    parser.add_argument("output", nargs="?", default="abrege-spark.parquet")
    parser.add_argument("--master", default=os.environ.get("SPARK_MASTER"))
    parser.add_argument("--way", choices=["mapInPandas", "pandas_udf"], default="mapInPandas")
    parser.add_argument("--partitions", type=int, help="repartition the input first")
    args = parser.parse_args()

    spark = session(args.master)
    df = read(spark, args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    summarize(df, args.way).write.mode("overwrite").parquet(args.output)

    written = spark.read.parquet(args.output)
    total, empty, failed = written.selectExpr("count(*)", "count(empty_reason)", "count(error)").first()
    print(f"{total} documents summarised into {args.output} ({empty} empty, {failed} failed)")
    for row in written.limit(3).collect():
        print(f"- {row['title']!r}: {row['summary']!r}")
    spark.stop()


if __name__ == "__main__":
    main()
