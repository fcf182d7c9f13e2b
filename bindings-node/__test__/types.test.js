'use strict'
// index.d.ts is precise: no `any`, no `Promise<unknown>`, and it declares what index.js exports.
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const abrege = require('..')

const dts = fs.readFileSync(path.join(__dirname, '..', 'index.d.ts'), 'utf8')
// The declarations without their doc comments.
const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')

test('index.d.ts has no any and no Promise<unknown>', () => {
  assert.doesNotMatch(code, /\bany\b/)
  assert.doesNotMatch(code, /\bunknown\b/)
  assert.match(code, /summarize\(text: string, options\?: Options \| undefined \| null\): Promise<Summary>/)
  assert.match(code, /summarizeBatch\(texts: string\[\]\): Promise<Array<Summary>>|summarizeBatch\(texts: string\[\]\): Promise<Summary\[\]>/)
})

test('every export of index.js is declared in index.d.ts', () => {
  for (const name of Object.keys(abrege).filter((n) => !n.startsWith('__'))) {
    assert.match(code, new RegExp(`export declare (function|class) ${name}\\b`), name)
  }
})

test('the declared Weights and Features list the names the addon uses', () => {
  const fields = (iface) =>
    [...code.match(new RegExp(`export interface ${iface} \\{([^}]*)\\}`))[1].matchAll(/(\w+)\??:/g)].map((m) => m[1]).sort()
  const weights = Object.keys(new abrege.Summarizer().options.weights).sort()
  assert.deepEqual(fields('Weights'), weights)
  assert.deepEqual(fields('Features'), weights)
})
