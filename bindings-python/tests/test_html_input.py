"""HTML input through Python: a page's bytes (or markup as str) give the same
article, reasons, metadata and sentences as the Rust API and the command
line; the bad input of the issue gives a clear result. The same cases run in
core/tests/html.rs and the Node suite."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import abrege

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "html"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def flat(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def check_offsets(summary: abrege.Summary) -> None:
    """The offsets index the summary's input, the text abrege made of the page."""
    assert summary.source is not None and summary.input == summary.source
    for s in summary.sentences:
        assert flat(summary.input[s.start : s.end]) == flat(s.text)


ARTICLE = [
    "Le parquet de Marseille a ouvert une enquête après l'effondrement d'un immeuble dans le quartier de Noailles, qui a fait trois morts lundi.",
    "Les pompiers ont fouillé les décombres toute la nuit, aidés par des chiens spécialisés venus de toute la région.",
    "Le maire a promis de reloger les familles évacuées dans les prochains jours, dans des logements de la ville.",
    "Une marche blanche est prévue samedi devant l'immeuble, à l'appel des associations du quartier.",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in ARTICLE)


def test_a_page_as_bytes_gives_its_article_and_metadata() -> None:
    summary = abrege.summarize(page("fr-quotidien.html"))
    assert summary.format == "html"
    assert summary.language == "fr"
    assert summary.title == "Lyon : le conseil municipal adopte un budget record pour les écoles"
    assert len(summary.sentences) == 3
    check_offsets(summary)
    meta = summary.metadata
    assert isinstance(meta, abrege.Metadata)
    assert meta.site_name == "Le Quotidien du Rhône"
    assert meta.byline == "Claire Fontaine"
    assert meta.published == "2025-03-11T18:30:00+01:00"
    assert meta.url == "https://quotidien-rhone.example/lyon/budget-ecoles-2025"
    assert meta.language == "fr"
    assert meta.description and "120 millions" in meta.description
    d = summary.to_dict()
    assert d["format"] == "html" and d["metadata"]["byline"] == "Claire Fontaine"
    # The same page as a str, and through a Summarizer, gives the same sentences.
    as_str = abrege.Summarizer().summarize(page("fr-quotidien.html").decode("utf-8"))
    assert [s.text for s in as_str.sentences] == [s.text for s in summary.sentences]
    assert pickle.loads(pickle.dumps(summary)) == summary
    assert pickle.loads(pickle.dumps(meta)) == meta


def test_clean_gives_the_reasons_the_markup_reveals() -> None:
    cleaned = abrege.clean(page("fr-quotidien.html"), format="html")
    assert cleaned.format == "html"
    assert [flat(s.text)[:30] for s in cleaned.kept] == [
        "Le conseil municipal de Lyon a",
        "Le maire a défendu un budget «",
        "L'opposition a dénoncé une hau",
        "Les premiers travaux commencer",
    ]
    reasons = {d.reason for d in cleaned.dropped}
    assert {"consent", "navigation", "related", "paywall", "comments", "heading", "title"} <= reasons
    assert cleaned.source is not None
    for span in cleaned.kept:
        assert flat(cleaned.source[span.start : span.end]) == flat(span.text)
    assert "Une opposition divisée" in cleaned.text
    assert cleaned.metadata is not None and cleaned.metadata.title == cleaned.title.text
    assert pickle.loads(pickle.dumps(cleaned)) == cleaned


def test_a_latin_1_page_and_the_other_languages() -> None:
    german = abrege.summarize(page("de-nachrichten.html"))
    assert german.language == "de"
    assert german.sentences[0].text.startswith("Die Lokführergewerkschaft")
    assert abrege.clean(page("es-noticias.html")).language == "es"
    arabic = abrege.summarize(page("ar-akhbar.html"))
    assert arabic.language == "ar" and len(arabic.sentences) == 3
    check_offsets(arabic)
    amp = abrege.clean(page("en-amp.html"))
    assert amp.language == "en" and len(amp.kept) == 4


@pytest.mark.parametrize("name", ["fr-une.html", "en-login.html"])
def test_a_page_without_an_article_says_so(name: str) -> None:
    summary = abrege.summarize(page(name))
    assert summary.sentences == []
    assert summary.empty_reason == "no_article"


def test_format_is_an_option() -> None:
    text = "Le conseil a voté le <b>budget</b> de la ville mardi soir."
    assert abrege.summarize(text).format == "text"
    forced = abrege.summarize(text, format="html")
    assert forced.format == "html"
    assert forced.sentences[0].text == "Le conseil a voté le budget de la ville mardi soir."
    assert abrege.Summarizer(format="html").options["format"] == "html"
    assert abrege.clean("<!DOCTYPE html><p>Un texte.</p>", format="text").source is None
    with pytest.raises(abrege.InvalidOptionError) as err:
        abrege.summarize(text, format="pdf")
    assert err.value.field == "format"
    with pytest.raises(abrege.InvalidOptionError):
        abrege.clean(text, format="xml")


def test_the_same_page_as_text_and_as_html() -> None:
    text = "\n\n".join(ARTICLE)
    html = f"<!doctype html><html lang=fr><body><article>{PARAGRAPHS}</article></body></html>"
    summarizer = abrege.Summarizer(sentences=2, title="Effondrement à Marseille")
    a, b = summarizer.summarize(text), summarizer.summarize(html)
    assert (a.format, b.format) == ("text", "html")
    assert [(s.index, s.text, s.start, s.end) for s in a.sentences] == [
        (s.index, s.text, s.start, s.end) for s in b.sentences
    ]
    assert b.source == text


def bad_pages() -> list[tuple[str, bytes]]:
    full = page("fr-quotidien.html").decode("utf-8")
    invalid = (
        b'<html><head><meta charset="utf-8"></head><body><p>Le conseil a vot\xe9 le budget de la '
        b"ville mardi soir, \xff\xfe apr\xe8s trois heures de d\xe9bat.</p>" + PARAGRAPHS.encode()
    )
    return [
        ("truncated", full[: full.index("cantines</a>")].encode()),
        ("truncated in a tag", full[: full.index("<p>Le maire") + 2].encode()),
        ("script without an end tag", f"<html><body>{PARAGRAPHS}<script>var a = '<p>pas du texte</p>';".encode()),
        ("style without an end tag", f"<html><body>{PARAGRAPHS}<style>p {{ color: red }}".encode()),
        ("100,000 nested elements", f"<html><body>{'<div>' * 100_000}{PARAGRAPHS}".encode()),
        ("a 1 MB attribute", f"<html><body><div class=\"{'a ' * 500_000}\" data-x=\"{'x' * (1 << 20)}\">{PARAGRAPHS}</div>".encode()),
        ("50,000 empty paragraphs", f"<html><body>{'<p></p>' * 50_000}{PARAGRAPHS}".encode()),
        ("a comment that never closes", f"<html><body>{PARAGRAPHS}<!-- <p>Jamais affiché, car dans un commentaire.</p>".encode()),
        ("NUL bytes", ("<html><body>\0" + PARAGRAPHS.replace("le quartier", "le\0quartier") + "\0").encode()),
        ("invalid UTF-8 declared UTF-8", invalid),
        ("a frameset", b'<html><head><title>Cadres</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'),
    ]


@pytest.mark.parametrize("name,data", bad_pages(), ids=[n for n, _ in bad_pages()])
def test_bad_pages_give_a_clear_result(name: str, data: bytes) -> None:
    s = abrege.summarize(data)
    assert s.format == "html"
    check_offsets(s)
    if name == "a frameset":
        assert s.sentences == [] and s.empty_reason == "no_text"
    elif name.startswith("truncated"):
        assert s.sentences and not any("cookies" in x.text for x in s.sentences)
    elif name == "invalid UTF-8 declared UTF-8":
        assert "vot\ufffd le budget" in s.input and len(s.sentences) == 3
    else:
        assert len(s.sentences) == 3 and s.sentences[0].text.startswith("Le parquet de Marseille")
    for never in ("pas du texte", "color: red", "Jamais affiché", "\0"):
        assert never not in s.input


def test_a_50_mb_page_is_too_large_under_the_default_limit() -> None:
    big = b"<html><body>" + b"<p>Le conseil a vot\xc3\xa9 le budget de la ville.</p>" * 1_100_000
    assert len(big) > 50_000_000
    with pytest.raises(abrege.InputTooLargeError) as err:
        abrege.summarize(big)
    assert err.value.size == len(big)
