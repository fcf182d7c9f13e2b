"""Spark local[2]: the example's ways of calling abrege give, row for row,
what one summarize_batch call gives in this process."""

import os
from collections.abc import Iterator
from typing import Any

import pytest

import abrege
import corpus

example = corpus.example("spark_summarize")
INPUT = "id bigint, title string, lang string, text string"


def frame(spark: Any, rows: list[dict[str, Any]]) -> Any:
    return spark.createDataFrame([(r["id"], r["title"], r["lang"], r["text"]) for r in rows], INPUT).repartition(4)


def test_the_workers_are_two_other_processes_on_one_thread_each(spark: Any) -> None:
    def probe(_: Iterator[Any]) -> Iterator[tuple[int, str | None]]:
        yield os.getpid(), os.environ.get("RAYON_NUM_THREADS")

    seen = set(spark.sparkContext.parallelize(range(8), 8).mapPartitions(probe).collect())
    pids = {pid for pid, _ in seen}
    assert os.getpid() not in pids
    assert len(pids) == 2, seen
    assert {threads for _, threads in seen} == {"1"}


@pytest.mark.parametrize("way", ["mapInPandas", "pandas_udf"])
def test_the_examples_ways_match_summarize_batch(
    spark: Any, rows: list[dict[str, Any]], expected: dict[int, dict[str, Any]], way: str
) -> None:
    out = example.summarize(frame(spark, rows), way, corpus.OPTIONS)
    assert out.columns == ["id", "lang", *corpus.NAMES]
    got = corpus.by_id([r.asDict(recursive=True) for r in out.collect()])
    assert got == expected
    assert got[150]["error"].startswith("input of ") and got[150]["summary"] is None
    assert got[13]["empty_reason"] == got[42]["empty_reason"] == "no_text"


def test_summaries_travel_back_through_collect(spark: Any, rows: list[dict[str, Any]]) -> None:
    # A Summarizer pickled into the closure, Summary objects pickled back.
    summarizer = abrege.Summarizer(**corpus.OPTIONS)
    texts = [r["text"] for r in rows]

    def summarize(part: Iterator[str | None]) -> list[Any]:
        return summarizer.summarize_batch(list(part), errors="return")

    got = spark.sparkContext.parallelize(texts, 4).mapPartitions(summarize).collect()
    want = summarizer.summarize_batch(texts, errors="return")
    assert len(got) == len(want)
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, abrege.AbregeError):
            assert type(g) is type(w) and i == 150
        else:
            assert g == w, i
