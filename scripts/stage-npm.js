#!/usr/bin/env node
// Lays out the npm packages of a release and packs them, following napi-rs's
// convention: the main package `abrege` (loader, types, install script) lists
// one package per platform in `optionalDependencies`, and npm installs the
// one whose os, cpu and libc match. Each platform package holds one prebuilt
// addon.
//
// The main package also carries the Rust sources of the addon (rust/: the core
// crate as packaged for crates.io, the binding crate, the lock file), so that
// its install script can build the addon with cargo where no platform package
// fits.
//
//   node scripts/stage-npm.js --crate dist/abrege-V.crate --addon-dir DIR --stage DIR --out dist
//
// --addon-dir holds the addons built by `napi build --platform`
// (abrege.linux-x64-gnu.node, ...): each goes into its platform's package.
'use strict'

const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const args = {}
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1]
for (const key of ['crate', 'addon-dir', 'stage', 'out']) {
  if (!args[key]) throw new Error(`missing --${key}`)
}
const stage = path.resolve(args.stage)
const out = path.resolve(args.out)
const pkgDir = path.join(stage, 'abrege')
const napi = path.join(root, 'bindings-node', 'node_modules', '.bin', 'napi')

const run = (cmd, argv, cwd = pkgDir) => execFileSync(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString()
const copy = (from, to) => fs.cpSync(path.join(root, from), path.join(pkgDir, to), { recursive: true })

fs.rmSync(stage, { recursive: true, force: true })
fs.mkdirSync(pkgDir, { recursive: true })

// The main package: what bindings-node publishes, minus the development parts.
const published = ['index.js', 'index.d.ts', 'binding.js', 'binding.d.ts', 'lib/', 'scripts/install.js', 'README.md']
for (const file of published) copy(`bindings-node/${file}`, file)
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) copy(file, file)
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'bindings-node', 'package.json'), 'utf8'))
delete pkg.devDependencies
pkg.scripts = { install: pkg.scripts.install }
pkg.files = [...published, 'rust/', 'LICENSE-MIT', 'LICENSE-APACHE']
fs.writeFileSync(path.join(pkgDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)

// rust/: a workspace of the packaged core crate and the binding crate.
const rust = path.join(pkgDir, 'rust')
fs.mkdirSync(path.join(rust, 'core'), { recursive: true })
run('tar', ['-xzf', path.resolve(args.crate), '-C', path.join(rust, 'core'), '--strip-components=1'])
for (const file of ['Cargo.toml', 'build.rs', 'src']) copy(`bindings-node/${file}`, `rust/bindings-node/${file}`)
const workspace = fs
  .readFileSync(path.join(root, 'Cargo.toml'), 'utf8')
  .replace(/^members = .*$/m, 'members = ["core", "bindings-node"]')
  .replace(/^default-members = .*\n/m, '')
fs.writeFileSync(
  path.join(rust, 'Cargo.toml'),
  `# The npm package's copy of the abrege workspace: the core crate and the Node binding.\n${workspace}`,
)
fs.copyFileSync(path.join(root, 'Cargo.lock'), path.join(rust, 'Cargo.lock'))
// Resolving drops the lock entries of the crates left out (the Python
// binding), so that the install script can build with --locked.
run('cargo', ['metadata', '--offline', '--format-version', '1', '--manifest-path', path.join(rust, 'Cargo.toml')])
run('cargo', ['metadata', '--offline', '--locked', '--format-version', '1', '--manifest-path', path.join(rust, 'Cargo.toml')])

// The platform packages (npm/<platform>/package.json from napi.targets), their
// addons, and the main package's optionalDependencies on them.
run(napi, ['create-npm-dirs'])
run(napi, ['artifacts', '--output-dir', path.resolve(args['addon-dir'])])
run(napi, ['pre-publish', '--skip-optional-publish', '--no-gh-release'])
// The addons belong to the platform packages only (`napi artifacts` leaves a copy here too).
for (const file of fs.readdirSync(pkgDir).filter((f) => f.endsWith('.node'))) fs.rmSync(path.join(pkgDir, file))
const final = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'))
const platforms = Object.keys(final.optionalDependencies ?? {})
if (platforms.length !== pkg.napi.targets.length) throw new Error(`optionalDependencies: ${platforms}`)

fs.mkdirSync(out, { recursive: true })
for (const dir of [...platforms.map((name) => path.join('npm', name.slice(pkg.name.length + 1))), '.']) {
  const cwd = path.join(pkgDir, dir)
  const addons = fs.readdirSync(cwd).filter((f) => f.endsWith('.node'))
  if (dir !== '.' && addons.length !== 1) throw new Error(`${dir} holds ${addons.length} addons`)
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], cwd))
  console.log(`packed ${filename}`)
}
