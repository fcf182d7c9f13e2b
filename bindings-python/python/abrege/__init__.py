"""Extractive summarisation of news text, tuned for French news.

>>> import abrege
>>> summary = abrege.summarize(
...     "Le conseil municipal a voté le budget de la ville mardi soir. "
...     "Le budget prévoit la rénovation des écoles de la ville. Il faisait beau.",
...     sentences=1,
... )
>>> summary.sentences[0].text
'Le conseil municipal a voté le budget de la ville mardi soir.'

Everything is computed by the Rust core; this package is a thin binding.
"""

from abrege._abrege import (
    AbregeError,
    Cleaned,
    Dropped,
    InputTooLargeError,
    InternalError,
    InvalidOptionError,
    IoError,
    Metadata,
    Sentence,
    Span,
    Summarizer,
    Summary,
    UnsupportedLanguageError,
    __version__,
    clean,
    summarize,
)
from abrege._typing import Columns, EmptyReason, FeatureWeights, Format, Weights

__all__ = [
    "AbregeError",
    "Cleaned",
    "Dropped",
    "InputTooLargeError",
    "InternalError",
    "InvalidOptionError",
    "IoError",
    "Metadata",
    "Sentence",
    "Span",
    "Summarizer",
    "Summary",
    "UnsupportedLanguageError",
    "__version__",
    "clean",
    "summarize",
    "Columns",
    "EmptyReason",
    "FeatureWeights",
    "Format",
    "Weights",
]
