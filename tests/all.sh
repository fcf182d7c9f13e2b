#!/usr/bin/env bash
# Every test of the project, in all three languages. Needs only Rust, Python 3.10+
# and Node 20: it installs what else it needs (a venv with maturin and pytest,
# the npm packages) and does not read ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, integration, property and doc tests"
# Every target but the criterion benchmarks, which `cargo bench` runs (and
# clippy, in .ci/run, builds): the test command compiles criterion no more.
cargo test --release --lib --bins --tests --examples
cargo test --release --doc

echo "== Python binding"
bash bindings-python/test.sh

echo "== Node binding"
bash bindings-node/test.sh
