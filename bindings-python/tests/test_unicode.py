"""Offsets are Python string indices (code points), whatever the input holds:
accents, emoji (astral, flags, ZWJ sequences), combining marks, CRLF, NBSP."""

import pytest

import abrege
from layout import layout

E_ACUTE = "e\u0301"  # e + combining acute accent: two code points, one glyph
FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467"  # ZWJ sequence: five code points

ARTICLE = (
    "Fête de la musique 🎉 : la ville célèbre l'été\n\n"
    "La municipalité a annoncé lundi un programme de quarante concerts gratuits 🎶 pour la fête de la musique.\n\n"
    f"Les familles {FAMILY} pourront assister aux concerts du parc, où la scène principale accueillera un orchestre de cafe{E_ACUTE} - concert.\n\n"
    "Le maire a salué « une fête populaire » 🇫🇷 qui attire chaque année des milliers de visiteurs dans le centre.\n\n"
    "Les commerçants du quartier espèrent une fréquentation record, après deux années difficiles.\n\n"
    "Les transports en commun circuleront toute la nuit pour permettre aux habitants de rentrer chez eux.\n"
)

# The same kind of article with Windows line ends and no-break spaces.
CRLF_NBSP = (
    "Le port de Marseille modernise ses quais\r\n\r\n"
    "Le port de Marseille a lancé mardi des travaux de modernisation de ses quais,\u00a0pour accueillir des navires plus grands.\r\n\r\n"
    "Les travaux dureront deux ans et coûteront près de 300\u00a0millions d'euros 💶 selon la direction du port.\r\n\r\n"
    "Les dockers ont obtenu des garanties sur l'emploi pendant la durée du chantier.\r\n"
)


@pytest.mark.parametrize("text", [ARTICLE, CRLF_NBSP])
def test_every_sentence_span_slices_the_input(text: str) -> None:
    summary = abrege.summarize(text, ratio=1.0, redundancy=1.0)
    assert len(summary.sentences) == summary.sentence_count >= 3
    for s in summary.sentences:
        assert layout(text[s.start : s.end]) == s.text
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()


def test_offsets_count_code_points_not_bytes() -> None:
    summary = abrege.summarize(ARTICLE, ratio=1.0, redundancy=1.0)
    for s in summary.sentences:
        # These sentences are written on one line with plain spaces, so they
        # appear verbatim: their index in the str is the expected start.
        assert s.start == ARTICLE.index(s.text)
        assert s.end == s.start + len(s.text)
    last = summary.sentences[-1]
    assert len(ARTICLE[: last.start].encode()) > last.start, "multi-byte text before it"


def test_combining_marks_and_zwj_sequences_stay_whole() -> None:
    summary = abrege.summarize(ARTICLE, ratio=1.0, redundancy=1.0)
    families = [s for s in summary.sentences if FAMILY in s.text]
    assert len(families) == 1
    s = families[0]
    assert ARTICLE[s.start : s.end].endswith(f"cafe{E_ACUTE} - concert.")


def test_batch_offsets_match_single() -> None:
    summarizer = abrege.Summarizer(ratio=1.0)
    texts = [ARTICLE, CRLF_NBSP, "Plain ASCII text. It has two sentences."]
    batch = summarizer.summarize_batch(texts)
    for text, summary in zip(texts, batch):
        single = summarizer.summarize(text)
        assert [(s.start, s.end) for s in summary.sentences] == [
            (s.start, s.end) for s in single.sentences
        ]


def test_clean_spans_are_code_point_indices() -> None:
    cleaned = abrege.clean(ARTICLE)
    spans = [*cleaned.kept, *cleaned.dropped]
    assert len(spans) == 6, "one span a paragraph"
    for span in spans:
        assert layout(ARTICLE[span.start : span.end]) == span.text
    last = max(spans, key=lambda s: s.start)
    assert last.text.startswith("Les transports en commun")
    assert len(ARTICLE[: last.start].encode()) > last.start, "multi-byte text before it"
