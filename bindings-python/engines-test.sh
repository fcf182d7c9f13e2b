#!/usr/bin/env bash
# abrege on real engines: Spark local[2] and a Dask LocalCluster of two worker
# processes, started here, summarise a few hundred articles (nulls, empty
# texts, one oversized text) and must give, row for row, what one
# summarize_batch call gives; then the engine examples run as a user runs
# them. Installs what it needs: a Java runtime from Debian's packages when
# none is on the PATH, and the pinned engines (examples/engines/requirements.txt)
# into target/engines-venv, and abrege built with the cargo feature arrow
# (summarize_arrow). Fails, never skips, when an engine cannot be
# installed or started.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

if ! command -v java >/dev/null 2>&1; then
    echo "-- no Java runtime: installing default-jre-headless from Debian's packages"
    if [ "$(id -u)" != 0 ]; then
        echo "engines: FAILED: Spark needs Java and this user cannot apt-get install it" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi
java -version 2>&1 | head -1

venv=target/engines-venv
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
    echo "-- creating $venv"
    "$python" -m venv "$venv"
fi
py="$venv/bin/python"
echo "-- pip install the engines (examples/engines/requirements.txt), pytest, maturin"
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet -r examples/engines/requirements.txt pytest "maturin>=1.9.4,<2"

echo "-- pip install ./bindings-python (from source, with the cargo feature arrow)"
MATURIN_PEP517_ARGS="--features arrow" \
    "$py" -m pip install --quiet --force-reinstall --no-deps ./bindings-python
"$py" -c "import abrege; assert hasattr(abrege.Summarizer, 'summarize_arrow'), 'built without arrow'"
installed=$SECONDS
echo "-- installed in $((installed - start)) s"

echo "-- pytest: Spark, Dask, the Arrow path, the examples"
(cd bindings-python/engines && "../../$py" -m pytest -q -p no:cacheprovider)
echo "-- engines tests took $((SECONDS - installed)) s (install $((installed - start)) s)"
