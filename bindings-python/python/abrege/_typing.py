"""Types for type checkers: the feature weights by name, and the names
abrege gives to reasons and languages."""

from typing import Literal, TypedDict


class FeatureWeights(TypedDict, total=False):
    """Feature weights that can be given one keyword each (``position=0.5``)."""

    centrality: float
    position: float
    first_sentence: float
    paragraph_start: float
    first_paragraph: float
    length: float
    quote: float
    numbers: float
    entities: float
    fragment: float
    run_on: float


class Weights(FeatureWeights, total=False):
    """Every feature weight, for ``weights=``; ``title`` only goes here, since
    ``title=`` is the title option."""

    title: float


EmptyReason = Literal["no_text", "no_article", "budget_too_small"]
"""Why a summary has no sentences."""

Errors = Literal["raise", "return"]
"""What ``summarize_batch`` does with a failing document."""

Format = Literal["auto", "text", "html"]
"""What the input is: ``"auto"`` reads a plain page as HTML, else text."""


class Columns(TypedDict):
    """What ``Summarizer.summarize_columns`` returns: one list per field,
    one item per text. A row whose document failed (``errors="return"``)
    is None everywhere but ``error``."""

    summary: list[str | None]
    sentences: list[list[str] | None]
    scores: list[list[float] | None]
    starts: list[list[int] | None]
    ends: list[list[int] | None]
    language: list[str | None]
    title: list[str | None]
    empty_reason: list[EmptyReason | None]
    error: list[str | None]
