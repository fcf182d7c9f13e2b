'use strict'
// index.d.ts is precise and true: it declares what index.js exports, its
// literal unions are the values the addon uses, its interfaces have the
// fields the native layer produces, and tsc --strict accepts the typical
// program in types/usage.ts and refuses what that file marks as errors.
const assert = require('node:assert/strict')
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const abrege = require('..')
const { REPO } = require('./fixtures')

const PKG = path.join(__dirname, '..')
const strip = (ts) => ts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
const code = strip(fs.readFileSync(path.join(PKG, 'index.d.ts'), 'utf8'))
const generated = strip(fs.readFileSync(path.join(PKG, 'binding.d.ts'), 'utf8'))

/** The string literals of `export type name = ...`. */
function union(name) {
  const m = code.match(new RegExp(`export type ${name} =([^=]*?)(?=\\nexport |$)`))
  assert.ok(m, `no type ${name}`)
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1])
}

/** The field names of `export interface name { ... }` in `source`. */
function fields(source, name) {
  const m = source.match(new RegExp(`export interface ${name}(?: extends (\\w+))? \\{([^}]*)\\}`))
  assert.ok(m, `no interface ${name}`)
  const own = [...m[2].matchAll(/(\w+)\??:/g)].map((x) => x[1])
  return [...(m[1] ? fields(source, m[1]) : []), ...own].sort()
}

/** The variants of a Rust enum of the core, in snake_case. */
function rustVariants(file, name) {
  const source = fs.readFileSync(path.join(REPO, 'core', 'src', file), 'utf8')
  const body = source.match(new RegExp(`pub enum ${name} \\{([\\s\\S]*?)\\n\\}`))[1]
  return [...body.replace(/\/\/.*$/gm, '').matchAll(/^\s*([A-Z]\w*)/gm)].map((m) => m[1].replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase())
}

test('index.d.ts has no any, and declares every export of index.js', () => {
  assert.doesNotMatch(code, /\bany\b/)
  for (const name of Object.keys(abrege)) {
    assert.match(code, new RegExp(`export declare (function|class) ${name}\\b`), name)
  }
  assert.match(code, /summarizeBatch<T extends Iterable<BatchInput>>\(items: Documents<T>\): Promise<Summary\[\]>/)
})

test('tsc --strict accepts the typical program and refuses the marked errors', () => {
  const tsc = path.join(PKG, 'node_modules', 'typescript', 'bin', 'tsc')
  assert.ok(fs.existsSync(tsc), 'typescript is not installed: run npm install in bindings-node')
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(__dirname, 'types')], { encoding: 'utf8', stdio: 'pipe' })
  } catch (err) {
    assert.fail(`tsc failed:\n${err.stdout}${err.stderr}`)
  }
})

test('the languages are the codes the addon accepts', () => {
  let message = ''
  try {
    abrege.summarizeSync('x', { language: 'xx' })
  } catch (err) {
    message = err.message
  }
  const accepted = message.slice(message.lastIndexOf(': ') + 2).split(', ')
  assert.ok(accepted.length > 50, message)
  assert.deepEqual(union('LanguageCode'), accepted)
  for (const code of accepted) assert.equal(new abrege.Summarizer({ language: code }).options.language, code)
})

test("the reasons are the core's, and the empty reasons too", () => {
  const reasons = union('DropReason')
  for (const reason of rustVariants('clean/mod.rs', 'Reason')) assert.ok(reasons.includes(reason), `DropReason lacks '${reason}'`)
  for (const html of ['navigation', 'comments', 'related', 'consent', 'paywall']) assert.ok(reasons.includes(html), html)
  assert.deepEqual(union('EmptyReason').sort(), rustVariants('summary.rs', 'EmptyReason').sort())
  assert.deepEqual(union('AbregeErrorCode'), ['ABREGE_INVALID_OPTION', 'ABREGE_UNSUPPORTED_LANGUAGE', 'ABREGE_INPUT_TOO_LARGE', 'ABREGE_INTERNAL'])
})

test('the interfaces have the fields the native layer produces', () => {
  for (const name of ['Summary', 'Sentence', 'Features', 'Keyword', 'Cleaned', 'Span', 'Dropped', 'ResolvedOptions']) {
    assert.deepEqual(fields(code, name), fields(generated, name), name)
  }
  const weights = Object.keys(new abrege.Summarizer().options.weights).sort()
  assert.deepEqual(fields(code, 'Weights'), weights)
  assert.deepEqual(fields(code, 'Features'), weights)
  assert.deepEqual(fields(code, 'Options'), Object.keys(new abrege.Summarizer().options).sort())
})
