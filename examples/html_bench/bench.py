"""abrege's HTML path beside trafilatura, in one run, on the page sets of
../shared/data/pages/: trafilatura's evaluation set (with/without
snippets), the 500 orange.fr pages (gold article and abstract) and
Readability's test pages (expected article).

    python3 examples/html_bench/bench.py [--skip-trafilatura]

It builds abrege's `html_pages` example, installs trafilatura in its own
venv under target/ (once), runs both over every page on one thread, and
prints every figure beside the other's. Outputs are kept in
target/html_bench/.
"""
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import score  # noqa: E402

PAGES = os.path.join(ROOT, "..", "shared", "data", "pages")
SETS = {
    "snippets": "trafilatura-eval.jsonl.gz",
    "orange": "orangesum-pages-valid.html.jsonl.gz",
    "readability": "readability-test-pages.jsonl.gz",
}
OUT = os.path.join(ROOT, "target", "html_bench")
VENV = os.path.join(ROOT, "target", "bench-venv")


def run_abrege(kind, path, text_field=None):
    exe = os.path.join(ROOT, "target", "release", "examples", "html_pages")
    out = os.path.join(OUT, f"abrege-{kind}{'-text' if text_field else ''}.jsonl")
    args = [exe] + (["--text", text_field] if text_field else [])
    with open(out, "w") as sink:
        gz = subprocess.Popen(["gzip", "-dc", path], stdout=subprocess.PIPE)
        proc = subprocess.run(args, stdin=gz.stdout, stdout=sink, stderr=subprocess.PIPE, text=True)
        gz.wait()
    if proc.returncode:
        sys.exit(f"html_pages failed: {proc.stderr}")
    print("  " + proc.stderr.strip().replace("\n", "\n  "))
    tokenizer = re.search(r"tokenizer alone.*?: ([0-9.]+) pages/s", proc.stderr)
    return score.read_jsonl(out), float(tokenizer.group(1)) if tokenizer else None


def venv_python():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "trafilatura", "lxml_html_clean"], check=True)
    return python


def run_trafilatura(kind, path):
    out = os.path.join(OUT, f"trafilatura-{kind}.jsonl")
    proc = subprocess.run([venv_python(), os.path.join(HERE, "trafilatura_run.py"), path, out],
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode:
        sys.exit(f"trafilatura failed: {proc.stderr[-2000:]}")
    print("  " + proc.stderr.strip().splitlines()[-1])
    return score.read_jsonl(out)


def rate(records):
    seconds = sum(r["seconds"] for r in records)
    return len(records) / seconds if seconds else float("nan")


def main():
    skip = "--skip-trafilatura" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "-p", "abrege", "--example", "html_pages"],
                   cwd=ROOT, check=True)
    version = "-"
    if not skip:
        version = subprocess.run([venv_python(), "-c", "import trafilatura; print(trafilatura.__version__)"],
                                 capture_output=True, text=True).stdout.strip()
    rows = []
    for kind, name in SETS.items():
        path = os.path.join(PAGES, name)
        if not os.path.exists(path):
            sys.exit(f"bench: {path} is missing (the shared data must sit next to the checkout)")
        pages = score.read_jsonl(path)
        print(f"== {kind}: {len(pages)} pages")
        ours, tokenizer = run_abrege(kind, path)
        theirs = [] if skip else run_trafilatura(kind, path)
        our_text = {o["id"]: o["text"] for o in ours}
        their_text = {o["id"]: o["text"] for o in theirs}
        keys = [score.key(p) for p in pages]
        if kind == "snippets":
            a = score.snippets(pages, [our_text[k] for k in keys])
            rows.append(("trafilatura set, with/without snippets", "abrege", a))
            if theirs:
                rows.append(("", f"trafilatura {version}", score.snippets(pages, [their_text[k] for k in keys])))
        elif kind == "readability":
            a = score.readability(pages, [our_text[k] for k in keys])
            rows.append(("Readability pages, 4-word shingles", "abrege", a))
            if theirs:
                rows.append(("", f"trafilatura {version}", score.readability(pages, [their_text[k] for k in keys])))
        else:
            a = score.orange(pages, ours)
            gold, _ = run_abrege(kind, path, text_field="article")
            a["rouge1_clean_article"] = 100 * sum(
                score.rouge1(" ".join(g["summary"]), p["summary"]) for g, p in zip(gold, pages)) / len(pages)
            if theirs:
                a["rouge1_trafilatura_lead3"] = 100 * sum(
                    score.rouge1(score.lead(their_text[p["id"]]), p["summary"]) for p in pages) / len(pages)
            rows.append(("orange.fr pages, 3 sentences", "abrege", a))
        speed = {"pages_per_s": rate(ours)}
        if theirs:
            speed["trafilatura_pages_per_s"] = rate(theirs)
            speed["ratio"] = speed["pages_per_s"] / speed["trafilatura_pages_per_s"]
            # The ceiling of any call that parses with html5ever.
            speed["html5ever_tokenizer_alone_pages_per_s"] = tokenizer
            speed["tokenizer_ratio"] = tokenizer / speed["trafilatura_pages_per_s"]
        rows.append((f"speed on the {kind} pages, one thread", "abrege page in, summary out", speed))
    print()
    for what, who, figures in rows:
        shown = ", ".join(f"{k} {v:.4g}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        print(f"{what:42} {who:30} {shown}")
    with open(os.path.join(OUT, "report.json"), "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
