"""summarize_arrow (the cargo feature "arrow", which engines-test.sh builds):
Arrow string arrays in, a record batch out, the same rows as summarize_batch,
in this process and in Spark's mapInArrow."""

from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pytest

import abrege
import corpus


def arrays(rows: list[dict[str, Any]]) -> dict[str, pa.Array]:
    return {name: pa.array([r[name] for r in rows], type=pa.string()) for name in ("title", "lang", "text")}


def test_the_record_batch_holds_the_rows_of_summarize_batch(
    rows: list[dict[str, Any]], expected: dict[int, dict[str, Any]]
) -> None:
    a = arrays(rows)
    out = abrege.Summarizer(**corpus.OPTIONS).summarize_arrow(
        a["text"], titles=a["title"], languages=a["lang"], errors="return"
    )
    assert isinstance(out, pa.RecordBatch) and out.schema.names == corpus.NAMES
    assert out.schema.field("starts").type == pa.list_(pa.int64())
    got = {r["id"]: row for r, row in zip(rows, out.to_pylist())}
    assert got == expected
    assert got[150]["error"].startswith("input of ") and got[13]["empty_reason"] == "no_text"


@pytest.mark.parametrize("kind", [pa.large_string(), pa.string_view()])
def test_chunked_and_wide_string_arrays(rows: list[dict[str, Any]], kind: pa.DataType) -> None:
    summarizer = abrege.Summarizer(**corpus.OPTIONS)
    texts = [r["text"] for r in rows[:60]]
    want = summarizer.summarize_arrow(pa.array(texts), errors="return")
    chunked = pa.chunked_array([pa.array(texts[:25], type=kind), pa.array(texts[25:], type=kind)])
    assert summarizer.summarize_arrow(chunked, errors="return").to_pylist() == want.to_pylist()


def test_bad_arrays_are_refused() -> None:
    summarizer = abrege.Summarizer(max_input_bytes=100)
    with pytest.raises(TypeError, match="'texts' must be an Arrow array of strings, not Int64"):
        summarizer.summarize_arrow(pa.array([1, 2]))
    with pytest.raises(abrege.InvalidOptionError, match="titles") as info:
        summarizer.summarize_arrow(pa.array(["Court."]), titles=pa.array(["a", "b"]))
    assert info.value.field == "titles"
    with pytest.raises(abrege.InputTooLargeError) as big:
        summarizer.summarize_arrow(pa.array(["Court.", "x" * 200]))
    assert big.value.index == 1
    with pytest.raises(abrege.InvalidOptionError, match="errors"):
        summarizer.summarize_arrow(pa.array(["Court."]), errors="ignore")


def test_spark_map_in_arrow(spark: Any, rows: list[dict[str, Any]], expected: dict[int, dict[str, Any]]) -> None:
    from pyspark.sql.types import StructType

    columns = corpus.example("spark_summarize").COLUMNS
    options = corpus.OPTIONS

    def partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        summarizer = abrege.Summarizer(**options)
        for b in batches:
            out = summarizer.summarize_arrow(
                b.column("text"), titles=b.column("title"), languages=b.column("lang"), errors="return"
            )
            yield pa.RecordBatch.from_arrays([b.column("id"), *out.columns], names=["id", *out.schema.names])

    df = spark.createDataFrame(
        [(r["id"], r["title"], r["lang"], r["text"]) for r in rows], "id bigint, title string, lang string, text string"
    ).repartition(4)
    out = df.mapInArrow(partition, StructType.fromDDL("id bigint, " + columns))
    got = corpus.by_id([r.asDict(recursive=True) for r in out.collect()])
    assert got == expected
