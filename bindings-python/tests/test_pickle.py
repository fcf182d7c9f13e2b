"""Summarizer and Summary pickle through serde state, so they travel to worker
processes (multiprocessing with spawn, as Dask and Spark use)."""

import copy
import multiprocessing
import pickle

import pytest

import abrege
from articles import ALL, BUDGET, SOMMET

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_summarizer_round_trips(protocol: int) -> None:
    summarizer = abrege.Summarizer(
        max_words=60, language="fr", title="Un titre", clean=False, idf=False,
        redundancy=0.5, max_input_bytes=100_000, run_on=-0.1, weights={"title": 0.9},
    )
    back = pickle.loads(pickle.dumps(summarizer, protocol=protocol))
    assert type(back) is abrege.Summarizer
    assert back.options == summarizer.options
    assert back.summarize(BUDGET).to_dict() == summarizer.summarize(BUDGET).to_dict()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_summary_round_trips(protocol: int) -> None:
    summary = abrege.summarize(SOMMET, sentences=2)
    back = pickle.loads(pickle.dumps(summary, protocol=protocol))
    assert type(back) is abrege.Summary
    assert back.to_dict() == summary.to_dict()
    assert repr(back) == repr(summary)
    # It keeps the input, so the notebook view survives too.
    assert back._repr_html_() == summary._repr_html_()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_sentence_and_cleaned_round_trip(protocol: int) -> None:
    for s in abrege.summarize(SOMMET, sentences=2).sentences:
        back = pickle.loads(pickle.dumps(s, protocol=protocol))
        assert type(back) is abrege.Sentence
        assert back.to_dict() == s.to_dict()
    cleaned = abrege.clean(BUDGET)
    back = pickle.loads(pickle.dumps(cleaned, protocol=protocol))
    assert type(back) is abrege.Cleaned
    assert back.language == cleaned.language and back.text == cleaned.text
    assert back.title is not None and cleaned.title is not None
    assert (back.title.start, back.title.end, back.title.text) == (
        cleaned.title.start, cleaned.title.end, cleaned.title.text
    )
    assert [(d.start, d.end, d.text, d.reason) for d in back.dropped] == [
        (d.start, d.end, d.text, d.reason) for d in cleaned.dropped
    ]
    assert [(k.start, k.end, k.text) for k in back.kept] == [
        (k.start, k.end, k.text) for k in cleaned.kept
    ]


def test_copy_and_deepcopy() -> None:
    summary = abrege.summarize(BUDGET)
    assert copy.copy(summary).to_dict() == summary.to_dict()
    assert copy.deepcopy(summary).to_dict() == summary.to_dict()
    summarizer = abrege.Summarizer(sentences=1)
    assert copy.deepcopy(summarizer).options == summarizer.options


def test_pickled_summary_keeps_unicode_offsets() -> None:
    text = "Élan 🎉 du café. " + BUDGET
    summary = abrege.summarize(text, sentences=2)
    back = pickle.loads(pickle.dumps(summary))
    assert [(s.start, s.end) for s in back.sentences] == [
        (s.start, s.end) for s in summary.sentences
    ]


def test_spawn_pool_runs_summarizer_in_workers() -> None:
    summarizer = abrege.Summarizer(sentences=2)
    texts = ALL * 3
    expected = [summarizer.summarize(t).to_dict() for t in texts]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        # The bound method pickles the summariser; the summaries come back pickled.
        got = pool.map(summarizer.summarize, texts)
        summaries = pool.map(abrege.summarize, texts)
        cleaned = pool.map(abrege.clean, texts)
    assert [s.to_dict() for s in got] == expected
    assert [s.to_dict() for s in summaries] == [abrege.summarize(t).to_dict() for t in texts]
    assert [c.text for c in cleaned] == [abrege.clean(t).text for t in texts]
