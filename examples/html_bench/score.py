"""Scores abrege's HTML path (the output of `core/examples/html_pages.rs`)
against the ground truth of each page set in ../shared/data/pages/.

    python3 examples/html_bench/score.py orange  PAGES.html.jsonl.gz OUT.jsonl
    python3 examples/html_bench/score.py snippets PAGES.jsonl.gz      OUT.jsonl
    python3 examples/html_bench/score.py readability PAGES.jsonl.gz   OUT.jsonl

Standard library only: the quality gate runs it. `bench.py` runs it beside
trafilatura. Definitions:
- orange: recall is the share of the gold article's characters covered by
  the kept sentences (a sentence covers the gold text it is found in, after
  whitespace and apostrophes are normalised); leak is the share of kept
  sentences found nowhere in the gold article; a summary is clean when its 3
  sentences all are article text; ROUGE-1 F1 of the 3-sentence summary
  against the journalist's abstract (tokens: NFC, lower case, runs of
  letters and digits).
- snippets (trafilatura's set): every `with` snippet found in the text is a
  true positive, every `without` snippet found a false positive, summed over
  the set; precision, recall and F1 from those counts.
- readability: F1 of the 4-word shingles of the text against those of the
  expected article, per page, macro-averaged.
"""
import gzip
import html.parser
import json
import re
import sys
import unicodedata
from collections import Counter


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flat(text):
    """Whitespace collapsed, apostrophes straight, invisible characters removed."""
    text = unicodedata.normalize("NFC", text or "")
    text = re.sub("[\u2019\u2018\u02bc\uff07]", "'", text)
    text = re.sub("[\u00ad\u200b\u2060\ufeff]", "", text)
    return " ".join(text.split())


def tokens(text):
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text or "").lower())


def rouge1(candidate, reference):
    c, r = Counter(tokens(candidate)), Counter(tokens(reference))
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)


def lead(text, n=3):
    """The first n sentences of a text: a plain splitter, the same for every tool."""
    parts = re.split(r"(?<=[.!?…»])\s+(?=[«\"A-ZÀ-ÖØ-Þ0-9])", " ".join(text.split()))
    return " ".join(parts[:n])


def coverage(gold, sentences):
    """Share of gold's characters covered by sentences found in it, and the
    sentences found nowhere."""
    g = flat(gold)
    covered = bytearray(len(g))
    missing = []
    for s in sentences:
        s = flat(s)
        if not s:
            continue
        at = g.find(s)
        if at < 0:
            missing.append(s)
            continue
        covered[at : at + len(s)] = b"\x01" * len(s)
    chars = sum(1 for ch in g if ch != " ")
    hit = sum(1 for i, ch in enumerate(g) if covered[i] and ch != " ")
    return (hit / chars if chars else 1.0), missing


def orange(pages, out):
    by_id = {o["id"]: o for o in out}
    recall, kept, leaked, clean, r1 = [], 0, 0, 0, []
    for p in pages:
        o = by_id[p["id"]]
        share, missing = coverage(p["article"], o["kept"])
        recall.append(share)
        kept += len(o["kept"])
        leaked += len(missing)
        _, bad = coverage(p["article"], o["summary"])
        clean += not bad and len(o["summary"]) > 0
        r1.append(rouge1(" ".join(o["summary"]), p["summary"]))
    n = len(pages)
    return {
        "pages": n,
        "recall": sum(recall) / n,
        "leak": leaked / max(kept, 1),
        "clean_summaries": clean / n,
        "rouge1": 100 * sum(r1) / n,
    }


def snippet_counts(item, text):
    t = flat(text)
    tp = sum(1 for w in item["with"] if flat(w) in t)
    fp = sum(1 for w in item["without"] if flat(w) in t)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def snippets(pages, texts):
    tp = fp = fn = 0
    for item, text in zip(pages, texts):
        a, b, c, _ = snippet_counts(item, text)
        tp, fp, fn = tp + a, fp + b, fn + c
    p, r, f = prf(tp, fp, fn)
    return {"pages": len(pages), "precision": p, "recall": r, "f1": f}


class _Text(html.parser.HTMLParser):
    """The text of an HTML fragment, blocks on lines of their own."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "pre",
              "blockquote", "figcaption", "section", "article", "ul", "ol", "table", "dd", "dt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(fragment):
    parser = _Text()
    parser.feed(fragment or "")
    parser.close()
    return "".join(parser.parts)


def shingles(text, n=4):
    t = tokens(text)
    return Counter(tuple(t[i : i + n]) for i in range(max(len(t) - n + 1, 0)))


def shingle_f1(candidate, reference):
    c, r = shingles(candidate), shingles(reference)
    if not c and not r:
        return 1.0, 1.0, 1.0
    overlap = sum((c & r).values())
    p = overlap / sum(c.values()) if c else 0.0
    rec = overlap / sum(r.values()) if r else 0.0
    return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0)


def readability(pages, texts):
    scores = [shingle_f1(t, html_text(p["expected_html"])) for p, t in zip(pages, texts)]
    n = len(scores)
    return {"pages": n, "precision": sum(s[0] for s in scores) / n,
            "recall": sum(s[1] for s in scores) / n, "f1": sum(s[2] for s in scores) / n}


def key(page):
    return page.get("id") or page.get("name") or page.get("url") or page.get("file")


# The quality gate's floors (`--gate`): the targets on the orange.fr
# pages; on the other sets, floors a little under today's figures, so that
# a regression fails CI.
GATES = {
    "orange": [("recall", ">=", 0.97), ("leak", "<=", 0.01), ("clean_summaries", ">=", 0.99)],
    "snippets": [("f1", ">=", 0.91)],
    "readability": [("f1", ">=", 0.90)],
}


def gate(kind, result):
    """The names of the floors `result` falls through."""
    failed = []
    for field, op, bound in GATES.get(kind, []):
        value = result[field]
        if (op == ">=" and value < bound) or (op == "<=" and value > bound):
            failed.append(f"{field} {value:.4f} (must be {op} {bound})")
    return failed


def main():
    args = [a for a in sys.argv[1:] if a != "--gate"]
    kind, pages_path, out_path = args[:3]
    pages = read_jsonl(pages_path)
    out = read_jsonl(out_path)
    if kind == "orange":
        result = orange(pages, out)
        if len(args) > 3:
            # The same pages' gold articles summarised as text: the HTML path
            # must stay within 0.3 ROUGE-1 of them.
            gold = {o["id"]: o for o in read_jsonl(args[3])}
            result["rouge1_clean_article"] = 100 * sum(
                rouge1(" ".join(gold[p["id"]]["summary"]), p["summary"]) for p in pages
            ) / len(pages)
    else:
        by_key = {o["id"]: o["text"] for o in out}
        texts = [by_key[key(p)] for p in pages]
        result = snippets(pages, texts) if kind == "snippets" else readability(pages, texts)
    print(json.dumps(result))
    if "--gate" in sys.argv:
        failed = gate(kind, result)
        if "rouge1_clean_article" in result and result["rouge1"] < result["rouge1_clean_article"] - 0.3:
            failed.append(f"rouge1 {result['rouge1']:.2f} more than 0.3 below the clean article's "
                          f"{result['rouge1_clean_article']:.2f}")
        if failed:
            print(f"score: GATE FAILED on {kind}: " + "; ".join(failed), file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
