#!/usr/bin/env bash
# Builds every release artifact of this platform (Linux x86-64) into dist/ and
# prints each one's size:
#   abrege-V.crate                      the Rust crate, as `cargo publish` uploads it
#   abrege-V-cp310-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl
#                                       the Python wheel: CPython 3.10+, glibc 2.17+
#   abrege-V.tar.gz                     the Python sdist, which builds with Rust
#   abrege-V.tgz                        the npm package: loader, types, install
#                                       script and the Rust sources of the addon
#   abrege-linux-x64-gnu-V.tgz          its prebuilt addon, glibc 2.17+
# V is the workspace version in Cargo.toml; the script refuses to run when the
# npm files or CHANGELOG.md disagree with it (bindings-node/__test__/version.test.js).
#
# Needs Rust, Python 3.10+ and Node 20. Installs maturin, ziglang (zig links
# against glibc 2.17 without Docker), cargo-zigbuild and auditwheel from PyPI
# into target/release-venv, and the napi CLI into bindings-node/node_modules.
#
#   bash scripts/release.sh [--allow-dirty] [--no-verify]
#
# --allow-dirty packages a work tree with uncommitted changes, and --no-verify
# leaves the build of the packaged crate to the caller (both for
# scripts/release-check.sh; a release comes from a clean commit, verified).
# RELEASING.md tells how a release pipeline adds the other platforms.
set -euo pipefail
cd "$(dirname "$0")/.."

dirty=()
verify=()
for arg in "$@"; do
    case "$arg" in
        --allow-dirty) dirty=(--allow-dirty) ;;
        --no-verify) verify=(--no-verify) ;;
        *) echo "usage: bash scripts/release.sh [--allow-dirty] [--no-verify]" >&2; exit 2 ;;
    esac
done
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "release: this script builds the Linux x86-64 artifacts; see RELEASING.md for the others" >&2
    exit 1
fi

# The glibc every Linux binary is linked against: manylinux2014's.
GLIBC=2.17
TARGET=x86_64-unknown-linux-gnu

echo "== one version"
(cd bindings-node && node --test __test__/version.test.js >/dev/null) || {
    node --test bindings-node/__test__/version.test.js || true
    echo "release: the versions disagree (see above); nothing was built" >&2
    exit 1
}
version=$(cargo metadata --no-deps --format-version 1 |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="abrege").version))')
echo "abrege $version"

echo "== build tools"
venv=target/release-venv
if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import maturin, ziglang, auditwheel" 2>/dev/null || [ ! -x "$venv/bin/cargo-zigbuild" ]; then
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet "maturin>=1.9.4,<2" "ziglang>=0.13" "cargo-zigbuild>=0.19" "auditwheel>=6"
fi
# maturin finds zig through `python -m ziglang`, cargo-zigbuild through PATH's python3.
export PATH="$PWD/$venv/bin:$PATH"
if [ ! -x bindings-node/node_modules/.bin/napi ]; then
    # The napi CLI only: the addon itself is built below.
    (cd bindings-node && npm install --no-audit --no-fund --ignore-scripts)
fi

rm -rf dist
mkdir -p dist

echo "== Rust: cargo package and cargo publish --dry-run, -p abrege"
# Packages the crate and builds it from the package; then the checks of a
# publication, stopping before the upload. The examples, tests and benches are
# left out of the package (core/Cargo.toml); the warning cargo gives for each
# of them is filtered out.
cargo package -p abrege "${dirty[@]}" "${verify[@]}" 2> >(grep -v "^warning: ignoring .* is not included in the published package$" >&2)
cargo publish --dry-run --no-verify -p abrege "${dirty[@]}" 2> >(grep -v "^warning: ignoring .* is not included in the published package$" >&2)
cp "target/package/abrege-$version.crate" dist/

echo "== Python: abi3 wheel (manylinux2014, zig) and sdist"
maturin build --release --zig --target "$TARGET" --compatibility manylinux2014 \
    -m bindings-python/Cargo.toml --out dist
maturin sdist -m bindings-python/Cargo.toml --out dist
wheel=$(ls dist/abrege-"$version"-*.whl)
auditwheel show "$wheel"

echo "== Node: the addon for linux-x64-gnu (zig, glibc $GLIBC), and the npm packages"
addon_dir=target/release-addon
rm -rf "$addon_dir"
(cd bindings-node && npx --no-install napi build --platform --release --strip \
    --target "$TARGET.$GLIBC" --cross-compile --no-js --output-dir "../$addon_dir")
node scripts/stage-npm.js --crate "dist/abrege-$version.crate" --addon-dir "$addon_dir" \
    --stage target/release-npm --out dist

echo "== dist/"
for f in dist/*; do
    printf '%10s  %s\n' "$(numfmt --to=iec --suffix=B --format='%.1f' "$(stat -c %s "$f")")" "${f#dist/}"
done
