#!/usr/bin/env bash
# Install times, measured in one run: the release artifacts in dist/ (from
# scripts/release.sh), installed where cargo and rustc are not on PATH,
# against today's from-source installs, `pip install ./bindings-python` and
# `npm install path/to/bindings-node`, each with a cold cargo target directory
# as on a user's first install (crates already downloaded by earlier builds
# are not fetched again). Every install goes into a fresh venv or npm project.
#
#   bash scripts/release.sh && bash scripts/install-times.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

version=$(node -p 'require("./bindings-node/package.json").version')
wheel=$(ls dist/abrege-"$version"-*.whl)
npm_main=dist/abrege-$version.tgz
npm_platform=dist/abrege-linux-x64-gnu-$version.tgz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f s", b - a }'; }
norust=""
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
    [ -n "$dir" ] && [ ! -e "$dir/cargo" ] && [ ! -e "$dir/rustc" ] && norust="${norust:+$norust:}$dir"
done

echo "== pip install the wheel, without Rust"
env PATH="$norust" python3 -m venv "$work/wheel"
t0=$(now)
env PATH="$norust" "$work/wheel/bin/python" -m pip install --quiet --no-deps "$wheel"
pip_wheel=$(seconds "$t0" "$(now)")

echo "== pip install ./bindings-python, from source"
python3 -m venv "$work/source"
t0=$(now)
CARGO_TARGET_DIR=$work/target-py "$work/source/bin/python" -m pip install --quiet ./bindings-python
pip_source=$(seconds "$t0" "$(now)")

echo "== npm install the packages, without Rust"
mkdir "$work/npm" && (cd "$work/npm" && npm init -y >/dev/null)
t0=$(now)
(cd "$work/npm" && env PATH="$norust" npm install --no-audit --no-fund --offline "$repo/$npm_platform" "$repo/$npm_main" >/dev/null)
npm_prebuilt=$(seconds "$t0" "$(now)")

echo "== npm install bindings-node, from source"
mkdir "$work/npm-source" && (cd "$work/npm-source" && npm init -y >/dev/null)
t0=$(now)
(cd "$work/npm-source" && CARGO_TARGET_DIR=$work/target-node npm install --no-audit --no-fund "$repo/bindings-node" >/dev/null 2>&1)
npm_source=$(seconds "$t0" "$(now)")

echo
printf '%-8s %-44s %s\n' python "wheel (no Rust on PATH)" "$pip_wheel" \
    python "pip install ./bindings-python (from source)" "$pip_source" \
    node "npm packages (no Rust on PATH)" "$npm_prebuilt" \
    node "npm install bindings-node (from source)" "$npm_source"
