"""Dask LocalCluster of two worker processes: the example's map_partitions
and a bag give, row for row, what one summarize_batch call gives in this
process."""

import os
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest

import abrege
import corpus

example = corpus.example("dask_summarize")


def test_the_workers_are_two_other_processes_on_one_thread_each(dask_client: Any) -> None:
    info = dask_client.run(lambda: (os.getpid(), os.environ.get("RAYON_NUM_THREADS")))
    assert len(info) == 2
    assert os.getpid() not in {pid for pid, _ in info.values()}
    assert {threads for _, threads in info.values()} == {"1"}
    assert all(w["nthreads"] == 1 for w in dask_client.scheduler_info()["workers"].values())


@pytest.mark.parametrize("convert_string", [True, False])
def test_map_partitions(
    dask_client: Any, rows: list[dict[str, Any]], expected: dict[int, dict[str, Any]], convert_string: bool
) -> None:
    # Dask turns object columns into pyarrow strings by default; abrege reads both.
    with dask.config.set({"dataframe.convert-string": convert_string}):
        df = dd.from_pandas(pd.DataFrame(rows), npartitions=4)
        out = example.summarize(df, corpus.OPTIONS).compute()
    assert list(out.columns) == ["id", "lang", *corpus.NAMES] and len(out) == len(rows)
    got = corpus.by_id(out.to_dict("records"))
    assert got == expected
    assert got[150]["error"].startswith("input of ") and got[42]["empty_reason"] == "no_text"


def test_a_bag_partition_is_read_once(dask_client: Any, rows: list[dict[str, Any]]) -> None:
    summarizer = abrege.Summarizer(**corpus.OPTIONS)

    def summarize(part: Any) -> list[Any]:
        # After a map, a partition is an iterator: make it a list before
        # taking two columns from it.
        part = list(part)
        return summarizer.summarize_batch(
            [r["text"] for r in part], titles=[r["title"] for r in part], errors="return"
        )

    def twice(part: Any) -> list[Any]:
        return summarizer.summarize_batch([r["text"] for r in part], titles=[r["title"] for r in part])

    bag = db.from_sequence(rows, npartitions=4).map(dict)
    got = bag.map_partitions(summarize).compute()
    want = summarizer.summarize_batch(
        [r["text"] for r in rows], titles=[r["title"] for r in rows], errors="return"
    )
    assert len(got) == len(want)
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, abrege.AbregeError):
            assert type(g) is type(w) and i == 150
        else:
            assert g == w, i
    # Reading the iterator twice leaves no titles: abrege says so instead of
    # summarising with the wrong ones.
    with pytest.raises(abrege.InvalidOptionError, match="titles"):
        bag.map_partitions(twice).compute()
