"""Summary._repr_html_: the whole article, escaped, chosen sentences highlighted
with their scores."""

import html
import re

import abrege

HOSTILE = """\
Une faille <script>alert("xss")</script> dans le site de la mairie

La mairie a reconnu mardi qu'une faille de sécurité avait exposé les données de 3 000 habitants & leurs adresses.

Un pirate avait inséré le code <img src=x onerror='alert(1)'> dans le formulaire de contact du site.

Les habitants concernés recevront un courrier d'ici la fin du mois, a précisé l'adjoint au numérique.

Le site restera fermé jusqu'à nouvel ordre.
"""


def body(page: str) -> str:
    """The article part of the view, with markup and scores taken out and unescaped."""
    article = page.split('<div style="white-space:pre-wrap;line-height:1.5">', 1)[1]
    article = re.sub(r"<sup[^>]*>.*?</sup>", "", article)
    article = re.sub(r"<[^>]+>", "", article)
    return html.unescape(article)


def test_article_is_escaped() -> None:
    page = abrege.summarize(HOSTILE, sentences=2)._repr_html_()
    assert "<script" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page
    assert "onerror=&#39;alert(1)&#39;" in page
    assert "3 000 habitants &amp; leurs" in page


def test_view_holds_the_whole_article_in_order() -> None:
    page = abrege.summarize(HOSTILE, sentences=2)._repr_html_()
    assert body(page) == HOSTILE


def test_chosen_sentences_are_highlighted_with_scores() -> None:
    summary = abrege.summarize(HOSTILE, sentences=2)
    page = summary._repr_html_()
    marks = re.findall(r"<mark[^>]*>(.*?)</mark>", page, flags=re.S)
    assert [html.unescape(m) for m in marks] == [
        HOSTILE[s.start : s.end] for s in summary.sentences
    ]
    for s in summary.sentences:
        assert f"[{s.score:.2f}]" in page
        assert f"score {s.score:.3f}" in page


def test_header_shows_language_count_and_escaped_title() -> None:
    summary = abrege.summarize(HOSTILE, sentences=1, title="Faille <b>grave</b>")
    page = summary._repr_html_()
    assert f"1 of {summary.sentence_count} sentences" in page
    assert "<code>fr</code>" in page
    assert "Faille &lt;b&gt;grave&lt;/b&gt;" in page


def test_empty_summary_still_renders() -> None:
    page = abrege.summarize("")._repr_html_()
    assert "0 of 0 sentences" in page
    assert "<mark" not in page
