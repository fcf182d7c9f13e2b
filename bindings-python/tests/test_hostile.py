"""Hostile input through Python: each text gives a summary or a typed error,
never a crash of the interpreter. The same inputs as the Rust suite
(core/tests/hostile.rs) and the Node suite."""

from __future__ import annotations

import random

import pytest

import abrege


def check(text: str, summary: abrege.Summary, max_sentences: int) -> None:
    """What every summary must satisfy, whatever the input."""
    assert len(summary.sentences) <= max_sentences
    assert len(summary.sentences) <= summary.sentence_count
    last = None
    for s in summary.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text
        # Offsets index the Python string: the span holds the sentence's letters.
        span_letters = [c for c in text[s.start : s.end] if c.isalnum()]
        assert span_letters == [c for c in s.text if c.isalnum()]
        if last is not None:
            assert s.index > last[0] and s.start > last[1]
        last = (s.index, s.start)


def survives(text: str) -> abrege.Summary:
    """Summarises with the default budget and with a character budget. The
    offsets index the summary's input: the text itself, or for a page read
    as HTML the text abrege made of it."""
    summary = abrege.Summarizer().summarize(text)
    check(summary.input, summary, 3)
    short = abrege.Summarizer(max_chars=200, language="fr").summarize(text)
    check(short.input, short, 10**9)
    assert len(short.text) <= 200
    return summary


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\u00a0\u2028\r\n \u200b\ufeff", "\0\0\0"])
def test_empty_and_blank(text: str) -> None:
    s = survives(text)
    assert s.sentences == []
    assert s.sentence_count == 0


def test_two_hundred_thousand_dots() -> None:
    assert survives("." * 200_000).sentences == []
    assert survives(". " * 200_000).sentences == []


def test_five_megabyte_sentence_without_punctuation() -> None:
    rng = random.Random(7)
    words = ["le", "gouvernement", "annonce", "une", "réforme", "des", "retraites", "et"]
    text = " ".join(rng.choice(words) for _ in range(800_000))
    assert len(text.encode()) > 5_000_000
    s = survives(text)
    assert s.sentence_count == 1
    assert len(s.sentences) == 1
    assert s.language == "fr"


def test_three_hundred_thousand_tiny_sentences() -> None:
    text = "".join(["Il part. ", "Elle vient. ", "On vote. ", "Ça va ! "][i % 4] for i in range(300_000))
    s = survives(text)
    assert s.sentence_count == 300_000
    assert len(s.sentences) == 3


@pytest.mark.parametrize("unit", ["a", "é", "x.", "a.)", "«", "👍🏽", "e\u0301"])
def test_one_megabyte_word(unit: str) -> None:
    word = unit * (1_000_000 // len(unit.encode()))
    survives(word)
    survives(f"Le mot est {word} et il est long. Puis la fin.")


def test_random_code_points() -> None:
    palette = list(
        "\0\x01\x07\x1b\x7f\x85\u202e\u202d\u2066\u200f\u200b\ufeff\u00ad\u0301\u0308\u20dd"
        "👍🏽\u200d🇫🇷«».!?…\n\r \u00a0\u2028'\u2019。؟éAz1"
    )
    rng = random.Random(42)
    for _ in range(4):
        chars = []
        for _ in range(100_000):
            if rng.randrange(3) == 0:
                v = rng.randrange(0x110000 - 0x800)
                chars.append(chr(v + 0x800 if v >= 0xD800 else v))  # no surrogates
            else:
                chars.append(rng.choice(palette))
        survives("".join(chars))


def test_lone_surrogate_is_a_typed_error() -> None:
    # A str Python can hold but UTF-8 cannot encode: refused before the core runs.
    for bad in ["\ud800", "Le conseil a voté. \udfff Il pleut.", "\udc80" * 100_000]:
        with pytest.raises(UnicodeEncodeError):
            abrege.summarize(bad)
        with pytest.raises(UnicodeEncodeError):
            abrege.Summarizer().summarize_batch(["Un texte.", bad])
    # A surrogate pair written as two escapes is one valid character once joined.
    assert abrege.summarize("Un pouce \U0001f44d levé. Fin.").sentences


def test_unbalanced_guillemets() -> None:
    texts = [
        "« Il a dit ! Il est parti ? Et puis rien. " * 20_000,
        "Le ministre parle » sans ouvrir ! La suite ? " * 20_000,
        "«" * 100_000,
        "« « « ! ? » » ! Fin. " * 30_000,
    ]
    for text in texts:
        survives(text)
    assert survives(texts[0]).sentences


def test_html_soup() -> None:
    chunk = (
        "<html><head><script>var a = 1 < 2 && b > 3; if (x) { y(); }</script>"
        "<style>p { color: red; }</style></head><body><div class=\"menu\"><a href=\"/\">Accueil</a>"
        "<a href='/politique'>Politique</a></div><p>Le conseil municipal a voté le budget.</p>"
        "<p>Les écoles &amp; les crèches seront rénovées&nbsp;!</p><!-- commentaire --><br/>"
        "<img src=x onerror=alert(1)><table><tr><td>1</td><td>2</td></tr></table></body></html>\n"
    )
    soup = survives(chunk * 5_000)
    assert soup.sentence_count > 0 and soup.format == "html"
    # Read as text, the same soup is summarised without a crash too.
    as_text = abrege.Summarizer(format="text").summarize(chunk * 5_000)
    check(chunk * 5_000, as_text, 3)
    survives("<<<<>>>>" * 50_000)
    survives("Politique | Sport • Culture · " * 35_000)


def test_fifty_thousand_one_word_paragraphs() -> None:
    words = ["Politique", "économie", "Sport", "culture"]
    s = survives("".join(f"{words[i % 4]}\n\n" for i in range(50_000)))
    assert s.sentence_count == 50_000
    survives("".join(f"{words[i % 4]}\n" for i in range(50_000)))


def test_input_over_the_limit_is_a_typed_error() -> None:
    text = "Le conseil a vote le budget. " * 50
    summarizer = abrege.Summarizer(max_input_bytes=1000)
    with pytest.raises(abrege.InputTooLargeError) as info:
        summarizer.summarize(text)
    assert isinstance(info.value, ValueError)
    assert summarizer.summarize(text[:1000]).sentences
    # The limit counts UTF-8 bytes, not characters: 600 "é" are 1200 bytes.
    with pytest.raises(abrege.InputTooLargeError):
        summarizer.summarize("é" * 600)
