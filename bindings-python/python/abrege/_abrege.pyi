"""Type stubs for the compiled module ``abrege._abrege``, written by hand."""

from collections.abc import Iterable
from typing import Any, Literal, final, overload

from typing_extensions import Unpack

from abrege._typing import Columns, EmptyReason, Errors, FeatureWeights, Format, Weights

__all__ = [
    "__version__",
    "AbregeError",
    "InvalidOptionError",
    "UnsupportedLanguageError",
    "InputTooLargeError",
    "IoError",
    "InternalError",
    "Summary",
    "Sentence",
    "Summarizer",
    "Cleaned",
    "Span",
    "Dropped",
    "Metadata",
    "summarize",
    "clean",
]

__version__: str

class AbregeError(ValueError):
    """Base class of every error abrege raises; a ValueError.

    ``field`` names the option at fault, ``size`` and ``limit`` give an
    input too large and the limit (bytes), ``index`` the failing document
    of a batch; each is None where it does not apply."""

    field: str | None
    size: int | None
    limit: int | None
    index: int | None

class InvalidOptionError(AbregeError):
    """An option is out of its accepted range, or two options conflict (such as two budgets)."""

class UnsupportedLanguageError(AbregeError):
    """The language option names no language abrege knows."""

class InputTooLargeError(AbregeError):
    """The input is larger than the max_input_bytes option."""

class IoError(AbregeError):
    """A file or stream could not be read or parsed."""

class InternalError(AbregeError):
    """A bug in abrege: a Rust panic, caught before it could reach the interpreter."""

@final
class Sentence:
    """One chosen sentence; ``text[s.start:s.end]`` is its span in the input."""

    @property
    def text(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def index(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def features(self) -> dict[str, float]: ...
    @property
    def expected_words(self) -> float | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Sentence: ...

@final
class Summary:
    """The result of summarising one text."""

    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def language(self) -> str: ...
    @property
    def language_confidence(self) -> float: ...
    @property
    def title(self) -> str | None: ...
    @property
    def keywords(self) -> list[tuple[str, float]]:
        """The document's top terms as (term, weight) pairs, heaviest first (weight 1.0)."""
    @property
    def sentence_count(self) -> int: ...
    @property
    def empty_reason(self) -> EmptyReason | None: ...
    @property
    def input(self) -> str:
        """The text the offsets index: the input, or the text abrege made of a page or of bytes."""
    @property
    def format(self) -> Literal["text", "html"]: ...
    @property
    def source(self) -> str | None:
        """The text the offsets index when the input was HTML or bytes; None for a str read as text."""
    @property
    def metadata(self) -> Metadata | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def _repr_html_(self) -> str: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Summary: ...

@final
class Metadata:
    """What an HTML page states about itself; each field is None when it does not."""

    @property
    def title(self) -> str | None: ...
    @property
    def byline(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def site_name(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    def to_dict(self) -> dict[str, str | None]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Metadata: ...

@final
class Summarizer:
    """A configured summariser: validated options, ready for many texts.

    See ``help(abrege.Summarizer)`` for every option, its default and meaning.
    """

    def __new__(
        cls,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        max_words: int | None = None,
        max_chars: int | None = None,
        language: str = "auto",
        title: str | None = None,
        clean: bool = True,
        idf: bool = True,
        redundancy: float | None = 0.6,
        max_input_bytes: int | None = 33554432,
        weights: Weights | None = None,
        format: Format = "auto",
        **feature_weights: Unpack[FeatureWeights],
    ) -> Summarizer: ...
    def summarize(self, text: str | bytes | bytearray | memoryview) -> Summary: ...
    @overload
    def summarize_batch(
        self,
        texts: Iterable[str | float | None],
        *,
        titles: Iterable[str | float | None] | None = None,
        languages: Iterable[str | float | None] | None = None,
        errors: Literal["raise"] = "raise",
    ) -> list[Summary]: ...
    @overload
    def summarize_batch(
        self,
        texts: Iterable[str | float | None],
        *,
        titles: Iterable[str | float | None] | None = None,
        languages: Iterable[str | float | None] | None = None,
        errors: Errors,
    ) -> list[Summary | AbregeError]: ...
    def summarize_columns(
        self,
        texts: Iterable[str | float | None],
        *,
        titles: Iterable[str | float | None] | None = None,
        languages: Iterable[str | float | None] | None = None,
        errors: Errors = "raise",
    ) -> Columns:
        """The batch's results as plain lists, one per field (see ``Columns``)."""
    @property
    def options(self) -> dict[str, Any]: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Summarizer: ...

def summarize(
    text: str | bytes | bytearray | memoryview,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    max_words: int | None = None,
    max_chars: int | None = None,
    language: str = "auto",
    title: str | None = None,
    clean: bool = True,
    idf: bool = True,
    redundancy: float | None = 0.6,
    max_input_bytes: int | None = 33554432,
    weights: Weights | None = None,
    format: Format = "auto",
    **feature_weights: Unpack[FeatureWeights],
) -> Summary:
    """Summarises ``text`` in one call; the options are those of ``Summarizer``."""

@final
class Span:
    """A span of the input: ``text[span.start:span.end]`` is where it came from."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Span: ...

@final
class Dropped:
    """A span the cleaning stage dropped, and why (``reason``: "title", "menu", ...)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def reason(self) -> str: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Dropped: ...

@final
class Cleaned:
    """What the cleaning stage made of a page."""

    @property
    def language(self) -> str: ...
    @property
    def title(self) -> Span | None: ...
    @property
    def kept(self) -> list[Span]: ...
    @property
    def dropped(self) -> list[Dropped]: ...
    @property
    def text(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def metadata(self) -> Metadata | None: ...
    def _repr_html_(self) -> str: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...
    @classmethod
    def _from_state(cls, state: bytes) -> Cleaned: ...

def clean(
    text: str | bytes | bytearray | memoryview, language: str = "auto", format: Format = "auto"
) -> Cleaned: ...
def _panic(message: str) -> None: ...
