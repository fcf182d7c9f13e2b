"""One Summarizer shared by many Python threads gives the single-threaded
results, and every call long enough to matter lets other threads run."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import abrege
from articles import ALL

PARAGRAPHS = [
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine.",
    "Les écoles du quartier nord seront rénovées avant la rentrée, selon le maire.",
    "L'opposition dénonce une hausse des impôts locaux de 3 % qu'elle juge injustifiée.",
    "Les travaux de la piscine municipale commenceront au printemps, pour un coût de 12 millions d'euros.",
    "« Nous tiendrons nos engagements », a assuré l'adjoint aux finances devant la presse.",
]


def texts() -> list[str]:
    """A few dozen different articles: the fixtures, and paragraphs shuffled into new ones."""
    out = list(ALL)
    for i in range(30):
        order = PARAGRAPHS[i % 5 :] + PARAGRAPHS[: i % 5]
        out.append("\n\n".join(order[: 2 + i % 4]))
    return out


def dump(summary: abrege.Summary) -> dict[str, Any]:
    return summary.to_dict()


def test_shared_summarizer_across_threads_matches_single_thread() -> None:
    inputs = texts()
    summarizer = abrege.Summarizer(sentences=2)
    expected = [dump(summarizer.summarize(t)) for t in inputs]

    def work(k: int) -> list[dict[str, Any]]:
        # Each thread walks the texts from a different place, several times.
        order = [(k + j) % len(inputs) for j in range(3 * len(inputs))]
        return [dump(summarizer.summarize(inputs[i])) for i in order] + [
            dump(s) for s in summarizer.summarize_batch(inputs)
        ]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(16)))
    for k, got in enumerate(results):
        order = [(k + j) % len(inputs) for j in range(3 * len(inputs))]
        assert got[: len(order)] == [expected[i] for i in order]
        assert got[len(order) :] == expected


@pytest.fixture
def no_forced_switches() -> Iterator[None]:
    """Stops the interpreter from handing the GIL over on a timer, so another
    thread runs only when the running one releases the GIL itself."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def progress_during(call: Callable[[], object]) -> int:
    """How many loop turns a counting thread makes while `call` runs."""
    count = 0
    started = threading.Event()
    stop = threading.Event()

    def counter() -> None:
        nonlocal count
        started.set()
        while not stop.is_set():
            count += 1
            # Give the GIL back for a moment, so the calling thread gets it
            # (sleep(0) hands it back and takes it again at once, which can
            # starve the caller forever when timed switches are off).
            time.sleep(0.0001)

    thread = threading.Thread(target=counter)
    thread.start()
    started.wait()
    before = count
    call()
    after = count
    stop.set()
    thread.join()
    return after - before


def long_text() -> str:
    return "\n\n".join(PARAGRAPHS * 4000)  # about 2 MB


def test_a_pure_python_loop_starves_the_counter(no_forced_switches: None) -> None:
    # The control: holding the GIL (a Python loop) lets the counter make no progress,
    # so progress during a call can only come from the call releasing the GIL.
    assert progress_during(lambda: sum(range(3_000_000))) == 0


def test_the_gil_is_released_during_long_calls(no_forced_switches: None) -> None:
    text = long_text()
    summarizer = abrege.Summarizer()
    assert progress_during(lambda: summarizer.summarize(text)) > 0
    assert progress_during(lambda: summarizer.summarize_batch([text, text])) > 0
    assert progress_during(lambda: summarizer.summarize_columns([text, text])) > 0
    assert progress_during(lambda: abrege.summarize(text)) > 0
    assert progress_during(lambda: abrege.clean(text)) > 0
