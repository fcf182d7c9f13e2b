#!/usr/bin/env bash
# Rebuilds the addon with the napi CLI and fails if the committed binding.js
# or binding.d.ts would change: the generated loader and its types must match
# the Rust source. (index.js and index.d.ts are written by hand over them.)
set -euo pipefail
cd "$(dirname "$0")/.."

saved=$(mktemp -d)
trap 'rm -rf "$saved"' EXIT
cp binding.js binding.d.ts "$saved/"
npx --no-install napi build --platform --release --js binding.js --dts binding.d.ts >"$saved/build.log" 2>&1 || {
  cat "$saved/build.log"
  echo "napi build failed" >&2
  exit 1
}
if ! diff -u "$saved/binding.d.ts" binding.d.ts || ! diff -u "$saved/binding.js" binding.js; then
  echo "binding.js / binding.d.ts are out of date: run \`npm run generate\` in bindings-node and commit them." >&2
  exit 1
fi
echo "binding.js and binding.d.ts match the Rust source"
