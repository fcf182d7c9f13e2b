"""Render evaluation pages to plain text, the ways people scrape them.

Reads the HTML evaluation sets beside the checkout (trafilatura's and Mozilla
Readability's test pages, and the orange.fr pages), turns every page into
text with several renderers, and writes one JSON Lines file per set and
renderer under the output folder (default ``target/pages``):

- ``bs4``: BeautifulSoup's ``get_text("\\n")`` of the body (lxml parser);
- ``inscriptis``: inscriptis' ``get_text``, as it comes (indentation kept);
- ``html2text``: html2text's Markdown, links and images left out, no wrapping;
- ``lynx`` and ``w3m``: ``lynx -dump`` and ``w3m -dump``, when installed;
- ``trafilatura``: trafilatura's extraction (default settings), the
  reference extractor the text path is compared with.

Each line holds ``set``, ``name``, ``renderer``, ``text`` and the set's own
ground truth: ``with`` / ``without`` snippets (trafilatura), ``expected``
text (Readability, the text of its ``expected.html``), ``article`` and
``summary`` (orange.fr). The rendered text is derived from pages that are
not ours: it stays under ``target/`` and is never committed.

    python examples/pages/render.py [--out DIR] [--sets S,..] [--renderers R,..]

``examples/pages/prepare.sh`` makes the virtual environment and runs this.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PAGES = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "pages"))

SETS = {
    "trafilatura": "trafilatura-eval.jsonl.gz",
    "readability": "readability-test-pages.jsonl.gz",
    "orangesum": "orangesum-pages-valid.html.jsonl.gz",
}
RENDERERS = ["bs4", "inscriptis", "html2text", "lynx", "w3m", "trafilatura"]

# A declared charset other than UTF-8 would make lynx and w3m decode the
# UTF-8 we hand them wrongly.
CHARSET = re.compile(r"charset\s*=\s*[\"']?[\w-]+", re.I)


def utf8_html(html):
    return CHARSET.sub("charset=utf-8", html).encode("utf-8", "replace")


def bs4_text(html):
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)

    soup = BeautifulSoup(html, "lxml")
    return (soup.body or soup).get_text("\n")


def inscriptis_text(html):
    import inscriptis

    return inscriptis.get_text(html)


def html2text_text(html):
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    h.ignore_links = True
    h.ignore_images = True
    return h.handle(html)


def command_text(argv, html):
    out = subprocess.run(argv, input=utf8_html(html), capture_output=True, timeout=60)
    return out.stdout.decode("utf-8", "replace")


def lynx_text(html):
    return command_text(
        ["lynx", "-dump", "-stdin", "-nolist", "-width=10000", "-force_html",
         "-assume_charset=utf-8", "-display_charset=utf-8"],
        html,
    )


def w3m_text(html):
    return command_text(
        ["w3m", "-dump", "-T", "text/html", "-cols", "10000", "-I", "UTF-8", "-O", "UTF-8"],
        html,
    )


def trafilatura_text(html):
    import trafilatura

    return trafilatura.extract(html) or ""


FUNCTIONS = {
    "bs4": bs4_text,
    "inscriptis": inscriptis_text,
    "html2text": html2text_text,
    "lynx": lynx_text,
    "w3m": w3m_text,
    "trafilatura": trafilatura_text,
}


def expected_text(html):
    """The text of Readability's expected.html, one line per block."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


def truth(name, record):
    if name == "trafilatura":
        return {"name": record["file"], "with": record["with"], "without": record["without"]}
    if name == "readability":
        return {"name": record["name"], "expected": expected_text(record["expected_html"])}
    return {"name": record["id"], "article": record["article"], "summary": record["summary"],
            "title": record["title"]}


def render_one(job):
    renderer, html = job
    try:
        return FUNCTIONS[renderer](html)
    except Exception as e:  # a renderer that fails on a page gives no text
        print(f"render: {renderer}: {type(e).__name__}: {e}", file=sys.stderr)
        return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "pages"))
    ap.add_argument("--sets", default="trafilatura,readability")
    ap.add_argument("--renderers", default=",".join(RENDERERS))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    renderers = [r for r in args.renderers.split(",") if r]
    for r in renderers:
        if r in ("lynx", "w3m") and shutil.which(r) is None:
            sys.exit(f"render: {r} is not installed (apt-get install {r})")
    for set_name in [s for s in args.sets.split(",") if s]:
        path = os.path.join(PAGES, SETS[set_name])
        if not os.path.exists(path):
            sys.exit(f"render: FAILED: {path} is missing (the shared data must sit beside the checkout)")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        truths = [truth(set_name, r) for r in records]
        for renderer in renderers:
            started = time.time()
            with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
                texts = list(pool.map(render_one, [(renderer, r["html"]) for r in records],
                                      chunksize=8))
            out = os.path.join(args.out, f"{set_name}.{renderer}.jsonl")
            with open(out, "w", encoding="utf-8") as f:
                for t, text in zip(truths, texts):
                    row = {"set": set_name, "renderer": renderer, "text": text, **t}
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{out}: {len(texts)} pages in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
