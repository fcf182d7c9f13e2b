"""Typed errors: each core error kind has its class; wrong types are TypeErrors;
bad strings and panics give exceptions, never a crash."""

import pickle
import subprocess
import sys

import pytest

import abrege
from abrege import _abrege
from articles import BUDGET, FLOODS


def test_error_classes_form_one_tree_under_value_error() -> None:
    assert issubclass(abrege.AbregeError, ValueError)
    for cls in (
        abrege.InvalidOptionError,
        abrege.UnsupportedLanguageError,
        abrege.InputTooLargeError,
        abrege.IoError,
        abrege.InternalError,
    ):
        assert issubclass(cls, abrege.AbregeError)
        assert cls.__module__ == "abrege"


@pytest.mark.parametrize(
    "options",
    [
        {"sentences": 2, "ratio": 0.5},
        {"max_words": 10, "max_chars": 100},
        {"sentences": 0},
        {"sentences": -1},
        {"max_words": -5},
        {"ratio": 1.5},
        {"ratio": 0.0},
        {"redundancy": 0.0},
        {"max_input_bytes": 0},
        {"position": float("nan")},
        {"weights": {"centrality": float("inf")}},
        {"weights": {"no_such_feature": 1.0}},
    ],
)
def test_invalid_options(options: dict) -> None:
    with pytest.raises(abrege.InvalidOptionError):
        abrege.summarize(BUDGET, **options)
    with pytest.raises(ValueError):
        abrege.Summarizer(**options)


def test_two_budgets_name_the_conflict() -> None:
    with pytest.raises(ValueError, match="at most one budget"):
        abrege.summarize(BUDGET, sentences=2, max_words=50)


def test_unsupported_language() -> None:
    with pytest.raises(abrege.UnsupportedLanguageError, match="xx"):
        abrege.summarize(BUDGET, language="xx")
    with pytest.raises(abrege.UnsupportedLanguageError):
        abrege.Summarizer(language="klingon")
    with pytest.raises(abrege.UnsupportedLanguageError):
        abrege.clean(BUDGET, language="xx")


def test_input_too_large() -> None:
    limit = len(FLOODS.encode()) - 1
    with pytest.raises(abrege.InputTooLargeError, match=str(limit)):
        abrege.summarize(FLOODS, max_input_bytes=limit)
    summarizer = abrege.Summarizer(max_input_bytes=limit)
    with pytest.raises(abrege.InputTooLargeError):
        summarizer.summarize_batch(["Court.", FLOODS])
    assert abrege.summarize(FLOODS, max_input_bytes=limit + 1).sentences


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: abrege.summarize(42), "text"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(["bytes"]), "text"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, sentences="3"), "sentences"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, ratio="half"), "ratio"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, language=None), "language"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, clean="yes"), "clean"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, position="high"), "position"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, weights=[1.0]), "mapping"),  # type: ignore[arg-type]
        (lambda: abrege.summarize(BUDGET, 3), "positional"),  # type: ignore[misc]
        (lambda: abrege.summarize(BUDGET, sentence=3), "'sentence'"),  # type: ignore[call-arg]
        (lambda: abrege.Summarizer(lenght=3), "'lenght'"),  # type: ignore[call-arg]
        (lambda: abrege.Summarizer().summarize(None), "text"),  # type: ignore[arg-type]
        (lambda: abrege.Summarizer().summarize_batch(BUDGET), "not a str"),
        (lambda: abrege.Summarizer().summarize_batch(["a", 2]), "text 1 must be str or None, not int"),  # type: ignore[list-item]
        (lambda: abrege.Summarizer().summarize_batch(7), "iterable"),  # type: ignore[arg-type]
        (lambda: abrege.clean(3.5), "text"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_raise_type_error(call, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_weight_given_twice_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="twice"):
        abrege.summarize(BUDGET, position=0.5, weights={"position": 0.2})


def test_lone_surrogate_is_a_unicode_error() -> None:
    bad = "Le conseil a voté le budget. \ud800 Les écoles seront rénovées."
    with pytest.raises(UnicodeEncodeError):
        abrege.summarize(bad)
    with pytest.raises(UnicodeEncodeError):
        abrege.Summarizer().summarize(bad)
    with pytest.raises(UnicodeEncodeError):
        abrege.Summarizer().summarize_batch([BUDGET, bad])
    with pytest.raises(UnicodeEncodeError):
        abrege.clean(bad)
    with pytest.raises(UnicodeEncodeError):
        abrege.summarize(BUDGET, title="titre \udc80")


def test_a_panic_becomes_internal_error_and_the_interpreter_goes_on() -> None:
    with pytest.raises(abrege.InternalError, match="deliberate test panic"):
        _abrege._panic("deliberate test panic")
    assert abrege.summarize(BUDGET, sentences=1).sentences


def test_a_panic_does_not_abort_a_fresh_interpreter() -> None:
    code = (
        "import abrege, abrege._abrege as m\n"
        "try:\n"
        "    m._panic('boom')\n"
        "except abrege.InternalError as e:\n"
        "    print('caught', type(e).__name__)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "caught InternalError"


def test_errors_pickle() -> None:
    try:
        abrege.summarize(BUDGET, language="xx")
    except abrege.UnsupportedLanguageError as e:
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is abrege.UnsupportedLanguageError
        assert str(back) == str(e)
    else:
        pytest.fail("no error raised")


def test_bad_pickle_state_is_an_io_error() -> None:
    with pytest.raises(abrege.IoError):
        abrege.Summary._from_state(b"{not json")
    with pytest.raises(abrege.IoError):
        abrege.Summarizer._from_state(b'{"sentences": 2, "unknown": 1}')
