"""Runs trafilatura over pages given as (gzipped) JSON Lines and writes one
JSON object per page: its id and the extracted text. Run by bench.py with
the Python of the venv it installs trafilatura in.

    python trafilatura_run.py PAGES.jsonl.gz OUT.jsonl
"""
import gzip
import json
import sys
import time

from trafilatura import extract


def main():
    pages_path, out_path = sys.argv[1:3]
    opener = gzip.open if pages_path.endswith(".gz") else open
    total = 0.0
    n = 0
    with opener(pages_path, "rt", encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            page = json.loads(line)
            key = page.get("id") or page.get("name") or page.get("url") or page.get("file")
            html = page["html"].encode("utf-8")
            start = time.perf_counter()
            # trafilatura's own benchmark settings: its default (fallback) extraction,
            # no comments, tables kept, no formatting.
            text = extract(html, include_comments=False, include_tables=True, include_formatting=False)
            took = time.perf_counter() - start
            total += took
            n += 1
            out.write(json.dumps({"id": key, "text": text or "", "seconds": took}) + "\n")
    print(f"trafilatura: {n} pages, {total:.2f} s, {n / total:.1f} pages/s", file=sys.stderr)


if __name__ == "__main__":
    main()
