"""The documented relation between a sentence's text and its slice of the
input, written from its definition (see `Sentence.text`), not from abrege's code:

- a soft hyphen (U+00AD) is removed;
- a run of white space or control characters of two or more characters, or
  of one line break, tab or control character, becomes one space; a lone
  space or non-breaking space stays as it is;
- a run holding a line break right before ".", ",", ")" or "]" is removed;
- runs at either end are removed.
"""

import unicodedata

LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"


def _blank(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) == "Cc"


def layout(span: str) -> str:
    span = span.replace("\u00ad", "")
    out: list[str] = []
    i, n = 0, len(span)
    while i < n:
        if not _blank(span[i]):
            out.append(span[i])
            i += 1
            continue
        j = i
        while j < n and _blank(span[j]):
            j += 1
        run, i = span[i:j], j
        if j == n or not out:
            continue
        broken = any(c in LINE_BREAKS for c in run)
        if broken and span[j] in ".,)]":
            continue
        lone = len(run) == 1 and not broken and unicodedata.category(run) != "Cc"
        out.append(run if lone else " ")
    return "".join(out)
