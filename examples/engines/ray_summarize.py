"""Summarise a corpus with Ray Data: JSONL or Parquet in, Parquet out.

    pip install "ray[data]"
    python examples/engines/ray_summarize.py [INPUT] [OUTPUT] [--address ADDRESS]

INPUT and OUTPUT are as in spark_summarize.py. With --address (or
$RAY_ADDRESS) the work goes to that cluster, whose nodes need abrege
installed; without, Ray starts on this machine.

map_batches is given a function, so Ray runs it as tasks. An actor pool
(a class with a Summarizer built once per actor) saves nothing here, since
a Summarizer costs a few microseconds to build, and actor pools hung on a
2-core machine. This example is not run by the project's CI.
"""

import argparse
import os
from pathlib import Path

import pandas as pd

OPTIONS = {"sentences": 3}
SAMPLE = Path(__file__).resolve().parent / "articles.jsonl"


def summarize_batch(pdf: pd.DataFrame) -> pd.DataFrame:
    import abrege

    summarizer = abrege.Summarizer(**OPTIONS)
    columns = summarizer.summarize_columns(
        pdf["text"],
        titles=pdf["title"] if "title" in pdf else None,
        languages=pdf["lang"] if "lang" in pdf else None,
        errors="return",
    )
    kept = [c for c in pdf.columns if c != "text" and c not in columns]
    return pdf[kept].assign(**columns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default=str(SAMPLE))
    parser.add_argument("output", nargs="?", default="abrege-ray.parquet")
    parser.add_argument("--address", default=os.environ.get("RAY_ADDRESS"))
    args = parser.parse_args()

    import ray

    # One Rust thread per task: Ray already runs one task per core.
    ray.init(address=args.address, runtime_env={"env_vars": {"RAYON_NUM_THREADS": "1"}})
    if args.input.endswith((".jsonl", ".json")):
        ds = ray.data.read_json(args.input, lines=True)
    else:
        ds = ray.data.read_parquet(args.input)
    ds.map_batches(summarize_batch, batch_format="pandas").write_parquet(args.output)
    print(f"{ray.data.read_parquet(args.output).count()} documents summarised into {args.output}")


if __name__ == "__main__":
    main()
