#!/usr/bin/env node
// Builds the native addon from source: `cargo build --release -p abrege-node`,
// then copies the library to the file that `index.js` loads. Plain Node, so an
// install needs only Node and Rust (no napi CLI, no prebuilt-binary download).
'use strict'

const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const pkgDir = path.resolve(__dirname, '..')
const manifest = path.join(pkgDir, 'Cargo.toml')

function fail(message) {
  console.error(`abrege: ${message}`)
  process.exit(1)
}

// The name index.js looks for first: abrege.<platform>-<arch>[-<abi>].node.
function addonName() {
  const { platform, arch } = process
  let abi = ''
  if (platform === 'linux') {
    const glibc = process.report?.getReport()?.header?.glibcVersionRuntime
    abi = arch === 'arm' ? (glibc ? '-gnueabihf' : '-musleabihf') : glibc ? '-gnu' : '-musl'
  } else if (platform === 'win32') {
    abi = '-msvc'
  }
  return `abrege.${platform}-${arch}${abi}.node`
}

// The file cargo writes for a cdylib named abrege_node.
function libraryName() {
  if (process.platform === 'win32') return 'abrege_node.dll'
  if (process.platform === 'darwin') return 'libabrege_node.dylib'
  return 'libabrege_node.so'
}

function cargo(args, options = {}) {
  try {
    return execFileSync('cargo', args, { cwd: pkgDir, ...options })
  } catch (err) {
    if (err.code === 'ENOENT') fail('building the native addon needs Rust: install it from https://rustup.rs and retry.')
    fail(`\`cargo ${args.join(' ')}\` failed (exit ${err.status}).`)
  }
}

if (!fs.existsSync(manifest) || !fs.existsSync(path.join(pkgDir, '..', 'core', 'Cargo.toml'))) {
  if (fs.existsSync(path.join(pkgDir, addonName()))) process.exit(0) // a package that ships its addon
  fail(
    `the Rust sources are not beside this package (${pkgDir}). ` +
      'Install from a checkout of the repository (`npm install path/to/bindings-node`), which npm links rather than copies.',
  )
}

console.error('abrege: building the native addon with cargo (release)...')
cargo(['build', '--release', '-p', 'abrege-node', '--manifest-path', manifest], { stdio: 'inherit' })
const metadata = JSON.parse(cargo(['metadata', '--format-version', '1', '--no-deps', '--manifest-path', manifest]))
const built = path.join(metadata.target_directory, 'release', libraryName())
const dest = path.join(pkgDir, addonName())
// Copy then rename, so a process that has the old addon loaded keeps a whole file.
const tmp = `${dest}.${process.pid}.tmp`
fs.copyFileSync(built, tmp)
fs.renameSync(tmp, dest)

// Prove index.js finds and loads what was built.
try {
  execFileSync(process.execPath, ['-e', `require(${JSON.stringify(pkgDir)}).summarizeSync('Un essai.')`], {
    stdio: 'inherit',
  })
} catch {
  fail(`the addon was built and copied to ${dest}, but index.js could not load it.`)
}
console.error(`abrege: native addon ready (${path.basename(dest)})`)
