"""Throughput of the Python binding on a JSONL corpus (one {"text": ...} a line).

    python examples/python/bench.py [CORPUS] [--repeat N]

CORPUS defaults to ../shared/data/orangesum-abstract-valid.jsonl (beside the
checkout). Prints docs/s for `Summarizer.summarize` in a loop and for
`summarize_batch` on one thread and on every core; each batch figure is
measured in a child process, because the thread count is fixed when the
core's thread pool starts (RAYON_NUM_THREADS).
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import abrege

DEFAULT = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "orangesum-abstract-valid.jsonl"


def load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def best_of(repeat: int, run) -> float:
    """The fastest of `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def child(path: Path, repeat: int) -> None:
    """Times summarize_batch with the thread count of this process's environment."""
    texts = load(path)
    summarizer = abrege.Summarizer()
    summarizer.summarize_batch(texts[:50])  # start the thread pool
    print(best_of(repeat, lambda: summarizer.summarize_batch(texts)))


def batch_seconds(path: Path, repeat: int, threads: int | None) -> float:
    env = dict(os.environ)
    if threads is not None:
        env["RAYON_NUM_THREADS"] = str(threads)
    out = subprocess.run(
        [sys.executable, __file__, str(path), "--repeat", str(repeat), "--child"],
        env=env, capture_output=True, text=True, check=True,
    )
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    if args.child:
        child(args.corpus, args.repeat)
        return

    texts = load(args.corpus)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    summarizer = abrege.Summarizer()
    loop = best_of(args.repeat, lambda: [summarizer.summarize(t) for t in texts])
    one = batch_seconds(args.corpus, args.repeat, 1)
    cores = os.cpu_count() or 1
    every = batch_seconds(args.corpus, args.repeat, None)

    n = len(texts)
    print(f"corpus: {args.corpus.name}, {n} docs, {mb:.1f} MB, best of {args.repeat}")
    print(f"summarize() loop        {n / loop:8.0f} docs/s  {loop / n * 1e6:7.0f} µs/doc")
    print(f"summarize_batch 1 thread {n / one:7.0f} docs/s  {one / n * 1e6:7.0f} µs/doc")
    print(f"summarize_batch {cores} cores  {n / every:7.0f} docs/s  {every / n * 1e6:7.0f} µs/doc")
    print(f"per-call overhead of the loop over a 1-thread batch: {(loop / one - 1) * 100:+.1f}%")
    print(f"batch scaling, {cores} cores over 1 thread: {one / every:.2f}x")


if __name__ == "__main__":
    main()
