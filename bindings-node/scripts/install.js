#!/usr/bin/env node
// Makes the native addon that `index.js` loads available. Plain Node, no
// dependencies, nothing downloaded:
//
// 1. In a checkout of the repository (the Rust workspace is beside this
//    package): build the addon from source with cargo, so that it always
//    matches the sources.
// 2. In an installed package: use the prebuilt addon when one loads here.
//    npm installs at most one of the per-platform packages listed in
//    `optionalDependencies` (abrege-linux-x64-gnu, ...), the one whose os, cpu
//    and libc fields match; loading it proves it also fits this Node's
//    Node-API version and this C library.
// 3. Otherwise build it from the Rust sources the package carries (`rust/`)
//    with cargo. Without cargo, say what is missing and fail the install.
'use strict'

const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const pkgDir = path.resolve(__dirname, '..')
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'))
const binaryName = pkg.napi?.binaryName ?? pkg.name

function fail(message) {
  console.error(`${pkg.name}: ${message}`)
  process.exit(1)
}

// The napi-rs name of this platform: linux-x64-gnu, darwin-arm64, win32-x64-msvc...
function platformArchAbi() {
  const { platform, arch } = process
  let abi = ''
  if (platform === 'linux') {
    const glibc = process.report?.getReport()?.header?.glibcVersionRuntime
    abi = arch === 'arm' ? (glibc ? '-gnueabihf' : '-musleabihf') : glibc ? '-gnu' : '-musl'
  } else if (platform === 'win32') {
    abi = '-msvc'
  }
  return `${platform}-${arch}${abi}`
}

// The file cargo writes for a cdylib named abrege_node.
function libraryName() {
  if (process.platform === 'win32') return 'abrege_node.dll'
  if (process.platform === 'darwin') return 'libabrege_node.dylib'
  return 'libabrege_node.so'
}

// Loads the package (index.js) in a child process; returns null when it
// loads, the error text otherwise.
function loadError() {
  try {
    execFileSync(process.execPath, ['-e', `require(${JSON.stringify(pkgDir)}).summarizeSync('Un essai.')`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    return null
  } catch (err) {
    // The messages of the error and its causes, without the stack frames.
    const lines = String(err.stderr || err.message)
      .split('\n')
      .filter((line) => line.trim() && !/^\s+at |^\s*[{}^]+\s*$|^\s*throw |\.js:\d+$|lines matching/.test(line))
    return lines.slice(0, 12).join('\n') || `exit ${err.status}`
  }
}

function hasCargo() {
  try {
    execFileSync('cargo', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function cargo(args, options = {}) {
  try {
    return execFileSync('cargo', args, { cwd: pkgDir, ...options })
  } catch (err) {
    fail(`\`cargo ${args.join(' ')}\` failed (exit ${err.status}).`)
  }
}

// Builds the addon from the workspace of `manifest` and copies it to the
// file index.js looks for first, beside it.
function buildFromSource(manifest, extraArgs, removeTargetDir) {
  console.error(`${pkg.name}: building the native addon with cargo (release)...`)
  cargo(['build', '--release', '-p', 'abrege-node', '--manifest-path', manifest, ...extraArgs], { stdio: 'inherit' })
  const metadata = JSON.parse(cargo(['metadata', '--format-version', '1', '--no-deps', '--manifest-path', manifest]))
  const targetDir = metadata.target_directory
  const dest = path.join(pkgDir, `${binaryName}.${platformArchAbi()}.node`)
  // Copy then rename, so a process that has the old addon loaded keeps a whole file.
  const tmp = `${dest}.${process.pid}.tmp`
  fs.copyFileSync(path.join(targetDir, 'release', libraryName()), tmp)
  fs.renameSync(tmp, dest)
  // A build inside an installed package leaves hundreds of MB of objects: drop them.
  if (removeTargetDir && path.resolve(targetDir).startsWith(pkgDir + path.sep)) {
    fs.rmSync(targetDir, { recursive: true, force: true })
  }
  const error = loadError()
  if (error) fail(`the addon was built and copied to ${dest}, but index.js could not load it:\n${error}`)
  console.error(`${pkg.name}: native addon ready (${path.basename(dest)})`)
}

const checkoutManifest = path.join(pkgDir, 'Cargo.toml')
const packedManifest = path.join(pkgDir, 'rust', 'Cargo.toml')
const here = `${platformArchAbi()} (Node ${process.versions.node}, Node-API ${process.versions.napi})`
const noCargo =
  'building the addon from source needs Rust, and `cargo` is not on PATH: install Rust from https://rustup.rs and reinstall'

if (fs.existsSync(checkoutManifest) && fs.existsSync(path.join(pkgDir, '..', 'core', 'Cargo.toml'))) {
  // 1. A checkout: always build, so the addon follows the sources.
  if (!hasCargo()) fail(`${noCargo}.`)
  buildFromSource(checkoutManifest, [], false)
} else {
  // 2. An installed package: a prebuilt addon that loads here is all it takes.
  const error = loadError()
  if (error === null) process.exit(0)
  const prebuilt = Object.keys(pkg.optionalDependencies ?? {}).map((name) => name.slice(pkg.name.length + 1))
  const platform = platformArchAbi()
  const why =
    (prebuilt.includes(platform)
      ? `the prebuilt addon for ${here} is in the package ${pkg.name}-${platform}, which is not installed or does not load here ` +
        '(npm leaves it out with --omit=optional).'
      : `no prebuilt addon for ${here}` + (prebuilt.length ? ` (there are for ${prebuilt.join(', ')}).` : '.')) +
    (error ? `\nLoading the package said:\n${error}` : '') +
    '\n'
  // 3. Build from the sources the package carries.
  if (!fs.existsSync(packedManifest)) fail(`${why}This package carries no Rust sources to build it from.`)
  if (!hasCargo()) fail(`${why}${noCargo}.`)
  console.error(`${pkg.name}: ${why}`)
  buildFromSource(packedManifest, ['--locked'], true)
}
