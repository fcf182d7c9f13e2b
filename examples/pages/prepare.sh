#!/usr/bin/env bash
# Makes the virtual environment of the page renderers (target/pages-venv),
# installs lynx and w3m from Debian's packages when they are missing and we
# may, then renders the evaluation pages into target/pages/ (never committed).
#   bash examples/pages/prepare.sh [render.py arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=target/pages-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r examples/pages/requirements.txt

for tool in lynx w3m; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            apt-get update -qq && apt-get install -y -qq lynx w3m >/dev/null
        else
            echo "prepare: $tool is missing; install it (apt-get install lynx w3m)" >&2
            exit 1
        fi
    fi
done

"$venv/bin/python" examples/pages/render.py "$@"
