#!/usr/bin/env bash
# Rebuilds the addon with the napi CLI and fails if the committed index.js or
# index.d.ts would change: the generated files must match the Rust source.
set -euo pipefail
cd "$(dirname "$0")/.."

saved=$(mktemp -d)
trap 'rm -rf "$saved"' EXIT
cp index.js index.d.ts "$saved/"
npx --no-install napi build --platform --release >"$saved/build.log" 2>&1 || {
  cat "$saved/build.log"
  echo "napi build failed" >&2
  exit 1
}
if ! diff -u "$saved/index.d.ts" index.d.ts || ! diff -u "$saved/index.js" index.js; then
  echo "index.js / index.d.ts are out of date: run \`npm run generate\` in bindings-node and commit them." >&2
  exit 1
fi
echo "index.js and index.d.ts match the Rust source"
