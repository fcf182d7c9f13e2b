"""The module's API: summarize(), Summarizer, Summary, Sentence, clean()."""

import importlib.metadata
import re

import pytest

import abrege
from articles import ALL, BUDGET, FLOODS, FRENCH, GRAINS, SOMMET
from layout import layout


def words(text: str) -> list[str]:
    """Whitespace tokens with a letter or digit: never more than the core's words."""
    return [t for t in text.split() if re.search(r"\w", t)]


def test_version_is_the_package_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", abrege.__version__)
    assert abrege.__version__ == importlib.metadata.version("abrege")


def test_default_budget_is_three_sentences_in_document_order() -> None:
    summary = abrege.summarize(BUDGET)
    assert len(summary.sentences) == 3
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(indices)
    assert summary.sentence_count > 3


def test_summary_fields() -> None:
    summary = abrege.summarize(BUDGET, sentences=2)
    assert summary.language == "fr"
    assert 0.0 < summary.language_confidence <= 1.0
    assert summary.title == "Le conseil municipal adopte un budget record pour les écoles"
    assert summary.text == " ".join(s.text for s in summary.sentences)
    for s in summary.sentences:
        assert layout(BUDGET[s.start : s.end]) == s.text
        assert isinstance(s.score, float)
        assert set(s.features) == set(abrege.Summarizer().options["weights"])
    terms = [term for term, _ in summary.keywords]
    assert "budget" in terms or "écoles" in terms
    assert summary.keywords[0][1] == pytest.approx(1.0)
    weights = [w for _, w in summary.keywords]
    assert weights == sorted(weights, reverse=True)


def test_the_word_model_says_how_many_summary_words_each_sentence_brings() -> None:
    summary = abrege.summarize(BUDGET, sentences=3)
    assert len(summary.sentences) == 3
    for s in summary.sentences:
        assert s.expected_words is not None
        assert 0.0 < s.expected_words < len(s.text.split())
    # Weights of one's own select by score alone, and say so.
    own = abrege.summarize(BUDGET, sentences=3, position=0.25)
    assert own.sentences and all(s.expected_words is None for s in own.sentences)


def test_score_is_the_weighted_sum_of_features_with_the_given_weights() -> None:
    summarizer = abrege.Summarizer(position=0.25, weights={"title": 2.0})
    weights = summarizer.options["weights"]
    assert weights["position"] == 0.25 and weights["title"] == 2.0
    for s in summarizer.summarize(BUDGET).sentences:
        assert s.score == pytest.approx(sum(weights[n] * v for n, v in s.features.items()))


def test_weights_change_the_choice() -> None:
    # A strong position weight picks the lede; a negative one pushes it out.
    lede = abrege.summarize(GRAINS, sentences=1, position=3.0)
    late = abrege.summarize(GRAINS, sentences=1, position=-3.0, paragraph_start=0.0)
    assert lede.sentences[0].index == 0
    assert late.sentences[0].index > 0


def test_given_title_and_language_are_used() -> None:
    summary = abrege.summarize(FLOODS, language="en", title="Floods in the north")
    assert summary.language == "en"
    assert summary.language_confidence == 1.0
    assert summary.title == "Floods in the north"


def test_language_is_detected() -> None:
    assert abrege.summarize(FLOODS).language == "en"
    assert abrege.summarize(SOMMET).language == "fr"


@pytest.mark.parametrize(
    ("budget", "check"),
    [
        ({"sentences": 1}, lambda s: len(s.sentences) == 1),
        ({"ratio": 0.5}, lambda s: len(s.sentences) == -(-s.sentence_count // 2)),
        ({"max_words": 40}, lambda s: 0 < len(words(s.text)) <= 40),
        ({"max_chars": 200}, lambda s: 0 < len(s.text) <= 200),
    ],
)
def test_each_budget_is_honoured(budget: dict, check) -> None:
    summary = abrege.summarize(BUDGET, **budget)
    assert check(summary), summary


def test_empty_text_gives_an_empty_summary() -> None:
    summary = abrege.summarize("   \n\n ")
    assert summary.sentences == []
    assert summary.text == ""
    assert summary.language == "und"


def test_to_dict_matches_the_attributes() -> None:
    summary = abrege.summarize(SOMMET, sentences=2)
    d = summary.to_dict()
    assert d["text"] == summary.text
    assert d["language"] == summary.language
    assert d["title"] == summary.title
    assert d["sentence_count"] == summary.sentence_count
    assert d["keywords"] == summary.keywords
    assert d["sentences"] == [
        {
            "text": s.text,
            "score": s.score,
            "index": s.index,
            "start": s.start,
            "end": s.end,
            "features": s.features,
            "expected_words": s.expected_words,
        }
        for s in summary.sentences
    ]


def test_reprs_are_short_and_readable() -> None:
    summary = abrege.summarize(SOMMET, sentences=2)
    r = repr(summary)
    assert r.startswith("Summary(language='fr', title=")
    assert "sentences=2/" in r
    assert len(r) < 300
    s = summary.sentences[0]
    assert repr(s).startswith(f"Sentence(index={s.index}, score=")
    assert repr(abrege.Summarizer(sentences=2, language="fr")) == (
        "Summarizer(sentences=2, language='fr')"
    )
    assert repr(abrege.Summarizer()) == "Summarizer()"


def test_options_rebuild_the_same_summarizer() -> None:
    summarizer = abrege.Summarizer(ratio=0.3, language="fr", clean=False, run_on=-0.5)
    options = summarizer.options
    assert options["ratio"] == 0.3
    assert options["clean"] is False
    assert options["sentences"] is None
    assert options["max_input_bytes"] == 32 * 1024 * 1024
    assert options["weights"]["run_on"] == -0.5
    assert abrege.Summarizer(**options).options == options


def test_summarizer_matches_summarize() -> None:
    summarizer = abrege.Summarizer(sentences=2)
    for text in ALL:
        assert summarizer.summarize(text).to_dict() == abrege.summarize(text, sentences=2).to_dict()


def test_batch_equals_single_in_input_order() -> None:
    summarizer = abrege.Summarizer(sentences=2)
    texts = ALL * 5
    batch = summarizer.summarize_batch(texts)
    assert [b.to_dict() for b in batch] == [summarizer.summarize(t).to_dict() for t in texts]


def test_batch_takes_any_iterable_of_str() -> None:
    summarizer = abrege.Summarizer(sentences=1)
    from_generator = summarizer.summarize_batch(t for t in FRENCH)
    assert [s.language for s in from_generator] == ["fr", "fr", "fr"]
    assert summarizer.summarize_batch([]) == []


def test_clean_reports_title_kept_and_dropped_spans() -> None:
    cleaned = abrege.clean(BUDGET)
    assert cleaned.language == "fr"
    assert cleaned.title is not None
    title = "Le conseil municipal adopte un budget record pour les écoles"
    assert cleaned.title.text == title
    assert BUDGET[cleaned.title.start : cleaned.title.end] == title
    assert [(d.reason, d.text) for d in cleaned.dropped] == [("title", title)]
    assert cleaned.kept[0].text.startswith("Le conseil municipal de Lyon a adopté mardi soir")
    assert cleaned.text == "\n\n".join(s.text for s in cleaned.kept)
    assert repr(cleaned).startswith("Cleaned(language='fr'")


@pytest.mark.parametrize("page", ALL)
def test_clean_spans_slice_the_page_in_order(page: str) -> None:
    cleaned = abrege.clean(page)
    spans = sorted([*cleaned.kept, *cleaned.dropped], key=lambda s: s.start)
    assert spans, "a page has blocks"
    for span in spans:
        assert layout(page[span.start : span.end]) == span.text
    for before, after in zip(spans, spans[1:]):
        assert before.end <= after.start
    assert cleaned.text, "every page here has an article"


def test_clean_with_a_given_language() -> None:
    assert abrege.clean(FLOODS, language="en").language == "en"


def test_objects_live_in_the_extension_module() -> None:
    for cls in (abrege.Summary, abrege.Sentence, abrege.Summarizer, abrege.Cleaned,
                abrege.Span, abrege.Dropped):
        assert cls.__module__ == "abrege._abrege"
