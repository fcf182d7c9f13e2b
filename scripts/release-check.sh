#!/usr/bin/env bash
# The release artifacts install and work where there is no Rust. Builds them
# (scripts/release.sh), then, with cargo and rustc off PATH, installs the wheel
# into a fresh venv and the npm packages into a fresh npm project, summarises
# the shared vectors (tests/vectors/) in each and checks the results equal them.
# Also checks the wheel's tags, glibc floor, size, contents and metadata; that
# the sdist builds and works; that the npm package builds its addon from its
# own sources with cargo when no platform package fits, and that without cargo
# it fails saying so.
#
# Source builds here share target/ with the tests, so only the abrege crates
# themselves are compiled again. Registries are not needed for the installs
# (pip --no-index, npm --offline), except maturin for the sdist's build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

step() { echo; echo "== $*"; }
fail() { echo "release-check: FAILED: $*" >&2; exit 1; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f s", b - a }'; }
size() { numfmt --to=iec --suffix=B --format='%.1f' "$(stat -c %s "$1")"; }

step "build the release artifacts"
# --no-verify: the packaged crate is built below, in release, reusing the tests' build.
bash scripts/release.sh --allow-dirty --no-verify
version=$(node -p 'require("./bindings-node/package.json").version')
wheel=$(ls dist/abrege-"$version"-cp310-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl) ||
    fail "no abi3 manylinux2014 wheel in dist/"
sdist=dist/abrege-$version.tar.gz
npm_main=dist/abrege-$version.tgz
npm_platform=dist/abrege-linux-x64-gnu-$version.tgz
crate=dist/abrege-$version.crate
for f in "$sdist" "$npm_main" "$npm_platform" "$crate"; do [ -f "$f" ] || fail "$f was not built"; done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
venv_tools=target/release-venv/bin

step "the wheel: tags, glibc floor, size, contents, metadata"
"$venv_tools/auditwheel" show "$wheel" | tee "$work/auditwheel.txt"
tr -s ' \n' ' ' <"$work/auditwheel.txt" | grep -q 'consistent with the following platform tag: "manylinux_2_17_x86_64"' ||
    fail "auditwheel does not find the wheel consistent with manylinux_2_17"
[ "$(stat -c %s "$wheel")" -lt $((10 * 1024 * 1024)) ] || fail "the wheel is $(size "$wheel"), over 10 MB"
python3 - "$wheel" <<'EOF'
import sys, zipfile
wheel = zipfile.ZipFile(sys.argv[1])
names = set(wheel.namelist())
for want in ["abrege/__init__.py", "abrege/_abrege.pyi", "abrege/py.typed", "abrege/_abrege.abi3.so"]:
    assert want in names, f"{want} is not in the wheel"
info = next(n.rsplit("/", 1)[0] for n in names if n.endswith(".dist-info/METADATA"))
for licence in ["LICENSE-MIT", "LICENSE-APACHE"]:
    assert f"{info}/licenses/{licence}" in names, f"{licence} is not in the wheel"
meta = wheel.read(f"{info}/METADATA").decode()
head, _, readme = meta.partition("\n\n")
fields = [line.split(": ", 1) for line in head.splitlines() if ": " in line]
have = {key for key, _ in fields}
for key in ["Requires-Python", "License-Expression", "License-File", "Classifier", "Project-URL",
            "Description-Content-Type", "Summary", "Keywords"]:
    assert key in have, f"METADATA has no {key}"
assert ("Requires-Python", ">=3.10") in [tuple(f) for f in fields]
assert ("License-Expression", "MIT OR Apache-2.0") in [tuple(f) for f in fields]
assert "pip install abrege" in readme, "the readme is not in METADATA"
tag = wheel.read(f"{info}/WHEEL").decode()
assert "Tag: cp310-abi3-manylinux_2_17_x86_64" in tag and "Tag: cp310-abi3-manylinux2014_x86_64" in tag, tag
print(f"wheel contents and metadata: ok ({len(names)} files, "
      f"{sum(1 for k, _ in fields if k == 'Classifier')} classifiers, "
      f"{sum(1 for k, _ in fields if k == 'Project-URL')} project URLs)")
EOF

step "the crate: its files; built from the package, the README example (included from core/README.md) runs"
tar -tzf "$crate" | sed 's|^[^/]*/||' | sort >"$work/crate.txt"
for want in Cargo.toml README.md LICENSE-MIT LICENSE-APACHE src/lib.rs data/idf/fr.tsv src/bin/abrege/main.rs; do
    grep -qx "$want" "$work/crate.txt" || fail "$want is not in the crate"
done
if grep -E '^(tests|benches|examples|proptest-regressions)/' "$work/crate.txt"; then
    fail "the crate carries files it does not need (above)"
fi
echo "crate: $(wc -l <"$work/crate.txt") files, $(size "$crate")"
mkdir "$work/crate" && tar -xzf "$crate" -C "$work/crate" --strip-components=1
# In the workspace's target/ and with its release profile, so that the
# dependencies built by the tests are reused.
export CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1
CARGO_TARGET_DIR=$repo/target cargo build --release --manifest-path "$work/crate/Cargo.toml" 2>&1 | tail -n 1
CARGO_TARGET_DIR=$repo/target cargo test --release --doc --manifest-path "$work/crate/Cargo.toml" -- ReadmeDoctests 2>&1 |
    grep -E '^test |^test result'
unset CARGO_PROFILE_RELEASE_LTO CARGO_PROFILE_RELEASE_CODEGEN_UNITS

# A PATH without any directory that holds cargo or rustc.
norust=""
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
    [ -n "$dir" ] && [ ! -e "$dir/cargo" ] && [ ! -e "$dir/rustc" ] && norust="${norust:+$norust:}$dir"
done
PATH=$norust bash -c '! command -v cargo && ! command -v rustc' >/dev/null || fail "cargo is still on PATH"
PATH=$norust bash -c 'command -v python3 && command -v node && command -v npm' >/dev/null ||
    fail "python3, node or npm is not on the PATH without Rust"
without_rust() { env PATH="$norust" "$@"; }

step "Python, without Rust: pip install the wheel into a fresh venv"
without_rust python3 -m venv "$work/venv"
t0=$(now)
without_rust "$work/venv/bin/python" -m pip install --quiet --no-index --no-deps "$wheel"
wheel_time=$(seconds "$t0" "$(now)")
(cd "$work" && without_rust "$work/venv/bin/python" "$repo/scripts/check-vectors.py" "$repo/tests/vectors")
without_rust "$work/venv/bin/python" -c '
import abrege
s = abrege.summarize("Le conseil municipal a voté mardi le budget des écoles de la ville. Il faisait beau.", sentences=1)
print("summary:", s.language, "|", s.sentences[0].text)'

step "Node, without Rust: npm install the packages into a fresh project"
mkdir "$work/npm" && (cd "$work/npm" && without_rust npm init -y >/dev/null)
t0=$(now)
(cd "$work/npm" && without_rust npm install --offline --no-audit --no-fund --foreground-scripts \
    "$repo/$npm_platform" "$repo/$npm_main")
npm_time=$(seconds "$t0" "$(now)")
[ -f "$work/npm/node_modules/abrege-linux-x64-gnu/abrege.linux-x64-gnu.node" ] || fail "the platform package holds no addon"
if ls "$work/npm/node_modules/abrege/"*.node 2>/dev/null; then fail "the install script built an addon it did not need"; fi
(cd "$work/npm" && without_rust node "$repo/scripts/check-vectors.js" "$repo/tests/vectors")
(cd "$work/npm" && without_rust node -e '
const { summarizeSync } = require("abrege")
const s = summarizeSync("Le conseil municipal a voté mardi le budget des écoles de la ville. Il faisait beau.", { sentences: 1 })
console.log("summary:", s.language, "|", s.sentences[0].text)')

step "Node, without Rust or a platform package: the install fails and says why"
mkdir "$work/npm-bare" && (cd "$work/npm-bare" && without_rust npm init -y >/dev/null)
if (cd "$work/npm-bare" && without_rust npm install --offline --no-audit --no-fund --omit=optional \
    "$repo/$npm_main") >"$work/bare.log" 2>&1; then
    cat "$work/bare.log"
    fail "npm install succeeded with no prebuilt addon and no cargo"
fi
sed -n '/^npm error abrege: /,/^npm error A complete log/p' "$work/bare.log" | sed 's/^npm error //' | grep -v '^A complete log' | head -n 20
grep -q '`cargo` is not on PATH' "$work/bare.log" || { cat "$work/bare.log"; fail "the failure does not say that cargo is missing"; }

step "Node, with cargo but no platform package: the install builds the addon from the package's sources"
mkdir "$work/npm-source" && (cd "$work/npm-source" && npm init -y >/dev/null)
t0=$(now)
(cd "$work/npm-source" && CARGO_TARGET_DIR=$repo/target npm install --offline --no-audit --no-fund \
    --omit=optional --foreground-scripts "$repo/$npm_main" 2>&1 | grep -v '^ *Compiling ' | tail -n 8)
npm_source_time=$(seconds "$t0" "$(now)")
[ -f "$work/npm-source/node_modules/abrege/abrege.linux-x64-gnu.node" ] || fail "no addon was built from the sources"
(cd "$work/npm-source" && node "$repo/scripts/check-vectors.js" "$repo/tests/vectors")

# With target/ shared, cargo rebuilds only what the sdist's files require
# (they are older than the tests' objects), so this proves the sdist holds
# every file the build reads; scripts/install-times.sh times a cold build.
step "the sdist builds from source (maturin from PyPI), and the wheel it builds works"
t0=$(now)
CARGO_TARGET_DIR=$repo/target python3 -m pip wheel --quiet --no-cache-dir --no-deps --wheel-dir "$work/sdist-wheel" "$sdist"
sdist_time=$(seconds "$t0" "$(now)")
without_rust python3 -m venv "$work/venv-sdist"
without_rust "$work/venv-sdist/bin/python" -m pip install --quiet --no-index --no-deps "$work"/sdist-wheel/*.whl
(cd "$work" && without_rust "$work/venv-sdist/bin/python" "$repo/scripts/check-vectors.py" "$repo/tests/vectors")

step "summary"
addon=$(ls target/release-npm/abrege/npm/linux-x64-gnu/*.node)
python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("abrege/_abrege.abi3.so"))' \
    "$wheel" "$work/wheel.so"
# The newest glibc symbol version a library asks for is the oldest glibc it runs on.
floor() { objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1; }
row() { printf '%-68s %8s  %s\n' "$(basename "$1")" "$(size "$1")" "$2"; }
row "$wheel" "needs $(floor "$work/wheel.so"); pip install without Rust: $wheel_time"
row "$sdist" "pip wheel from source, target/ warm: $sdist_time"
row "$npm_main" "npm install with its platform package, without Rust: $npm_time"
row "$npm_platform" "addon needs $(floor "$addon"); npm install from source, target/ warm: $npm_source_time"
row "$crate" ""
echo "release-check: ok"
