'use strict'
// One version for the crate, the wheel and the npm package: the workspace
// version in Cargo.toml. The wheel reads it through maturin; the npm files
// and the changelog must repeat it. scripts/release.sh runs this test first.
const assert = require('node:assert/strict')
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const root = path.join(__dirname, '..', '..')
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8')

const metadata = JSON.parse(
  execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1', '--manifest-path', path.join(root, 'Cargo.toml')]),
)
const crate = (name) => metadata.packages.find((p) => p.name === name)
const version = crate('abrege').version

test('the crates of the workspace share its version', () => {
  for (const name of ['abrege', 'abrege-python', 'abrege-node']) assert.equal(crate(name).version, version, name)
})

test('package.json and its lock file carry the workspace version', () => {
  const pkg = JSON.parse(read('bindings-node/package.json'))
  const lock = JSON.parse(read('bindings-node/package-lock.json'))
  assert.equal(pkg.version, version)
  assert.equal(lock.version, version)
  assert.equal(lock.packages[''].version, version)
})

test('the generated loader binding.js checks the platform packages for the same version', () => {
  const pinned = new Set([...read('bindings-node/binding.js').matchAll(/PackageVersion !== '([^']+)'/g)].map((m) => m[1]))
  assert.deepEqual([...pinned], [version])
})

test('the wheel takes its version from the crate', () => {
  const pyproject = read('bindings-python/pyproject.toml')
  assert.match(pyproject, /^dynamic = \["version"\]$/m)
  assert.doesNotMatch(pyproject, /^version\s*=/m)
})

test('CHANGELOG.md has an entry for the version', () => {
  assert.match(read('CHANGELOG.md'), new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'))
})

test('the three packages name the same repository', () => {
  const repository = crate('abrege').repository
  assert.ok(repository, 'the core crate names its repository')
  assert.equal(JSON.parse(read('bindings-node/package.json')).repository.url, repository)
  assert.match(read('bindings-python/pyproject.toml'), new RegExp(`^Repository = "${repository}"$`, 'm'))
})
