#!/usr/bin/env bash
# The Node binding's checks, from a bare machine with Node 20, npm and Rust:
# install (the install script builds the addon with cargo), the example's
# install of the package by path, the binding's Rust unit tests, the check that
# the generated loader binding.js/binding.d.ts matches the Rust source, then
# `node --test` (the TypeScript check of index.d.ts included).
set -euo pipefail
cd "$(dirname "$0")"

echo "== npm install (builds the native addon)"
# `npm install` follows package-lock.json; `npm ci` would refuse the lock file
# because it leaves out the other platforms' optional packages of a dev tool.
npm install --no-audit --no-fund

echo "== the example installs the package from another directory"
(cd ../examples/node && npm install --no-audit --no-fund)

echo "== binding unit tests (Rust)"
cargo test --release -p abrege-node --lib

echo "== generated files"
bash scripts/check-generated.sh

echo "== node --test"
node --test __test__/
