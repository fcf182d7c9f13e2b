#!/usr/bin/env bash
# The cleaning stage on the scraped seed pages of ../shared/seeds, then on
# clean articles. For each seed page:
#   - summarising with --sentences 1000 keeps every article sentence (the
#     first words of every prose line of the page are in the summary) and at
#     most MAX_EXTRA sentences that come from elsewhere (short lines, tickers,
#     excerpts cut by "...", or one of the known furniture lines below);
#   - the 3-sentence summary holds article sentences only.
# Then clean_stats: on clean corpora, cleaning drops < 0.1% of sentences.
# Needs ../shared next to the checkout and fails loudly without it.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDS=../shared/seeds
if [ ! -d "$SEEDS" ] || ! ls "$SEEDS"/*.txt >/dev/null 2>&1; then
    echo "seeds-check: FAILED: no seed pages in $SEEDS (the shared data must sit next to the checkout)" >&2
    exit 1
fi

cargo build --release --bin abrege --example clean_stats
abrege=./target/release/abrege

status=0
for page in "$SEEDS"/*.txt; do
    all=$("$abrege" --json --sentences 1000 "$page")
    top=$("$abrege" --json --sentences 3 "$page")
    python3 - "$page" "$all" "$top" <<'PY' || status=1
import json, re, sys

MAX_EXTRA = 2
# Furniture seen on news pages: no summary sentence may start with one of these.
FURNITURE = [
    "Merci d'avoir signalé", "Cette image sera automatiquement", "Cliquez ici",
    "Lire aussi", "spot_img", "Published on", "Latest articles", "Publié dans",
    "©", "A compass pointing", "Accueil", "Signaler une annonce", "OK", "Articles",
]

path, all_json, top_json = sys.argv[1], sys.argv[2], sys.argv[3]
page = open(path, encoding="utf-8").read().replace("\u2019", "'")
lines = [l for l in page.split("\n") if l.strip()]
squash = lambda s: " ".join(s.split())

def prose(line):
    """A line of article prose: long, ending like a sentence, not an excerpt or a ticker."""
    t = squash(line)
    return (len(t.split()) >= 15 and not t.endswith(("...", "…"))
            and not re.search(r"\S {3,}\S", line.replace("\u00a0", " "))
            and (t.rstrip("»\" ").endswith((".", "!", "?")) or len(t.split()) >= 40))

prose_lines = [squash(l) for l in lines if prose(l)]
summary = json.loads(all_json)["sentences"]
top = json.loads(top_json)["sentences"]

def article(sentence):
    s = sentence["text"].replace("\u2019", "'")
    if any(s.startswith(f) for f in FURNITURE):
        return False
    head = s[:40]
    return any(head in l for l in prose_lines) or any(
        # A sentence broken at links runs over the next lines.
        head in squash(" ".join(lines[i:i + 3])) and len(lines[i].split()) >= 15
        for i in range(len(lines)))

joined = " ".join(s["text"].replace("\u2019", "'") for s in summary)
missing = [l[:60] for l in prose_lines if squash(l)[:40] not in joined]
extra = [s["text"][:70] for s in summary if not article(s)]
top_bad = [s["text"][:70] for s in top if not article(s)]
name = path.rsplit("/", 1)[-1]
print(f"{name}: {len(summary)} sentences, {len(prose_lines)} prose lines, "
      f"{len(missing)} missing, {len(extra)} not from the article; top 3 all article: {not top_bad}")
ok = not missing and len(extra) <= MAX_EXTRA and not top_bad and len(top) == 3
for m in missing: print("   missing:", m)
for e in extra: print("   extra:", e)
for b in top_bad: print("   top-3 not article:", b)
sys.exit(0 if ok else 1)
PY
done

echo "== seed pages: 3 whole sentences whose byte offsets index the page, the same on every run"
for page in "$SEEDS"/*.txt; do
    one=$("$abrege" --json --sentences 3 "$page")
    two=$("$abrege" --json --sentences 3 "$page")
    [ "$one" = "$two" ] || { echo "seeds-check: $page: two runs differ" >&2; status=1; }
    python3 - "$page" "$one" <<'PY' || status=1
import json, sys

sys.path.insert(0, "bindings-python/tests")
from layout import layout  # the README's rule, written apart from the core

path, out = sys.argv[1], json.loads(sys.argv[2])
raw = open(path, "rb").read()
sentences = out["sentences"]
ok = len(sentences) == 3
for s in sentences:
    span = raw[s["start"]:s["end"]].decode("utf-8")  # fails unless on character boundaries
    # The sentence text is the span as written, only the page's layout undone.
    ok &= layout(span) == s["text"] and isinstance(s["score"], float)
    ok &= s["text"][-1] in ".!?»\"…"  # whole sentences, ending as sentences end
print(f"{path.rsplit('/', 1)[-1]}: 3 whole sentences with offsets into the page: {ok}")
sys.exit(0 if ok else 1)
PY
done
seed002=$(ls "$SEEDS"/002_*.txt 2>/dev/null | head -n 1)
if [ -n "$seed002" ]; then
    "$abrege" --sentences 1000 "$seed002" > "${TMPDIR:-/tmp}/abrege-seed002.txt"
    for whole in "l'Université Mohammed VI Polytechnique de Rabat." \
                 "D'un côté, Washington prône la déréglementation" \
                 "en alternance entre New York et Genève."; do
        grep -qF "$whole" "${TMPDIR:-/tmp}/abrege-seed002.txt" \
            || { echo "seeds-check: seed 002: not rejoined: $whole" >&2; status=1; }
    done
    echo "seed 002: the three sentences broken at links come out whole"
else
    echo "seeds-check: seed 002 is missing" >&2; status=1
fi

echo "== clean articles: share of sentences cleaning drops"
./target/release/examples/clean_stats || status=1

if [ "$status" != 0 ]; then
    echo "seeds-check: FAILED" >&2
fi
exit "$status"
