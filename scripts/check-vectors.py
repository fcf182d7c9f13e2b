"""Summarises each shared vector (tests/vectors/*.json) with the installed
`abrege` package, as a user's program would, and checks that the result is the
vector's: language, title, and each sentence's index, text and offsets (the
vectors give UTF-8 byte offsets; Python's are code points). An HTML vector
may give its page as bytes; its offsets index the text abrege makes of the
page, which the vector holds as `source`.

    python scripts/check-vectors.py tests/vectors
"""

import json
import sys
from pathlib import Path

import abrege


def code_points(text: str, byte_offset: int) -> int:
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8"))


def main(directory: str) -> int:
    files = sorted(Path(directory).glob("*.json"))
    if not files:
        print(f"no vector files in {directory}")
        return 1
    failed = 0
    for path in files:
        vector = json.loads(path.read_text(encoding="utf-8"))
        text, want = vector["text"], vector["expected"]
        given = text.encode("utf-8") if vector.get("input") == "bytes" else text
        summary = abrege.summarize(given, **vector.get("options", {}))
        text = want.get("source", text)
        got = (
            summary.source,
            summary.language,
            summary.title,
            [(s.index, s.text, s.start, s.end) for s in summary.sentences],
        )
        expected = (
            want.get("source"),
            want["language"],
            want["title"],
            [
                (s["index"], s["text"], code_points(text, s["start"]), code_points(text, s["end"]))
                for s in want["sentences"]
            ],
        )
        if got != expected:
            failed += 1
            print(f"FAILED {path.name}\n  expected {expected}\n  got      {got}")
    where = Path(abrege.__file__).parent
    print(f"python: abrege {abrege.__version__} from {where}")
    print(f"vectors: {len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
