#!/usr/bin/env bash
# Builds the Python binding from source into a venv and runs its tests and the
# stub check. Needs only python3 (3.10+) and cargo; installs maturin, pytest and
# mypy from PyPI into target/py-venv, which later runs reuse.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=target/py-venv
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
    echo "-- creating $venv"
    "$python" -m venv "$venv"
fi
py="$venv/bin/python"
if ! "$py" -c "import maturin, pytest, mypy" 2>/dev/null; then
    echo "-- installing maturin, pytest, mypy"
    "$py" -m pip install --quiet --upgrade pip
    "$py" -m pip install --quiet "maturin>=1.9.4,<2" pytest mypy
fi

echo "-- pip install ./bindings-python (from source)"
"$py" -m pip install --quiet --force-reinstall --no-deps ./bindings-python

echo "-- pytest"
# Run from the tests folder, so `import abrege` is the installed wheel, not the source tree.
(cd bindings-python/tests && "../../$py" -m pytest -q)

echo "-- stubtest"
"$py" -m mypy.stubtest abrege._abrege
