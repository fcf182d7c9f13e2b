#!/usr/bin/env bash
# The HTML path on the shared page sets, with floors (examples/html_bench/score.py
# --gate): on the 500 orange.fr pages, the gold article kept (>= 97%), kept
# sentences not from the article (<= 1%), 3-sentence summaries of article
# sentences only (>= 99%), ROUGE-1 within 0.3 of the gold article's; on
# trafilatura's evaluation set and Readability's pages, F1 floors. Needs
# ../shared next to the checkout and fails loudly without it. trafilatura
# itself is not run here: examples/html_bench/bench.py runs it beside abrege.
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=../shared/data/pages
for f in orangesum-pages-valid.html.jsonl.gz trafilatura-eval.jsonl.gz readability-test-pages.jsonl.gz; do
    if [ ! -f "$PAGES/$f" ]; then
        echo "html-check: FAILED: $PAGES/$f is missing (the shared data must sit next to the checkout)" >&2
        exit 1
    fi
done

cargo build --release -p abrege --example html_pages
run=./target/release/examples/html_pages
score=examples/html_bench/score.py
out=${TMPDIR:-/tmp}/abrege-html-check
mkdir -p "$out"

echo "== orange.fr pages as HTML, 3 sentences"
gzip -dc "$PAGES/orangesum-pages-valid.html.jsonl.gz" | "$run" > "$out/orange.jsonl"
gzip -dc "$PAGES/orangesum-pages-valid.html.jsonl.gz" | "$run" --text article > "$out/orange-gold.jsonl"
python3 "$score" orange "$PAGES/orangesum-pages-valid.html.jsonl.gz" "$out/orange.jsonl" "$out/orange-gold.jsonl" --gate

echo "== trafilatura's evaluation set, with/without snippets"
gzip -dc "$PAGES/trafilatura-eval.jsonl.gz" | "$run" > "$out/snippets.jsonl"
python3 "$score" snippets "$PAGES/trafilatura-eval.jsonl.gz" "$out/snippets.jsonl" --gate

echo "== Readability's test pages, 4-word shingles"
gzip -dc "$PAGES/readability-test-pages.jsonl.gz" | "$run" > "$out/readability.jsonl"
python3 "$score" readability "$PAGES/readability-test-pages.jsonl.gz" "$out/readability.jsonl" --gate
