#!/usr/bin/env bash
# The notebook display in a real browser: executes a test notebook and the
# shipped example (examples/python/summarize_pages.ipynb) with nbclient,
# exports them to HTML with nbconvert, renders them in headless Chromium and
# asserts on the DOM (bindings-python/notebook/test_notebook.py).
#
# Installs what it needs: Debian's chromium (apt-get, only if missing, so it
# needs root or a machine that has it), nbclient, nbconvert, ipykernel, pandas
# and matplotlib in target/notebook-venv, and playwright-core (which drives
# that Chromium and never downloads a browser) in target/notebook-js. Fails,
# never skips, when Chromium cannot be installed or started. Leaves the
# executed notebooks, their HTML and screenshots in target/notebook/.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -q .; then
    echo "-- installing chromium and a font from Debian's packages"
    if ! command -v apt-get >/dev/null; then
        echo "notebook-test: chromium is missing and there is no apt-get to install it" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends \
        chromium fonts-dejavu-core fontconfig >/dev/null
fi
chromium_bin=$(command -v chromium) || { echo "notebook-test: chromium did not install" >&2; exit 1; }
echo "-- $("$chromium_bin" --version 2>/dev/null)"

venv=target/notebook-venv
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
    echo "-- creating $venv"
    "$python" -m venv "$venv"
fi
py="$venv/bin/python"
if ! "$py" -c "import nbclient, nbconvert, ipykernel, pandas, matplotlib, pytest" 2>/dev/null; then
    echo "-- installing nbclient, nbconvert, ipykernel, pandas, matplotlib, pytest"
    "$py" -m pip install --quiet nbclient nbconvert nbformat ipykernel pandas matplotlib pytest
fi
# Built as tests/all.sh builds it (pip fetches maturin for the build); with
# its cargo cache this is a relink at most.
echo "-- pip install ./bindings-python (from source)"
"$py" -m pip install --quiet --force-reinstall --no-deps ./bindings-python

js=target/notebook-js
mkdir -p "$js"
cp bindings-python/notebook/package.json bindings-python/notebook/package-lock.json "$js/"
if [ ! -d "$js/node_modules/playwright-core" ]; then
    echo "-- npm ci playwright-core (no browser download)"
    (cd "$js" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --quiet --no-audit --no-fund --ignore-scripts)
fi

echo "-- pytest bindings-python/notebook (nbclient, nbconvert, headless Chromium)"
rm -rf target/notebook
CHROMIUM="$chromium_bin" NOTEBOOK_JS="$PWD/$js/node_modules" \
    "$py" -m pytest -q -p no:cacheprovider bindings-python/notebook
for shot in target/notebook/*.png; do
    echo "screenshot: $shot"
done
echo "-- notebook test: $((SECONDS - started)) s"
