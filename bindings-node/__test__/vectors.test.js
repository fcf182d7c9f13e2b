'use strict'
// The shared cross-language vectors: Node returns exactly what Rust returns.
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const abrege = require('..')

const DIR = path.join(__dirname, '..', '..', 'tests', 'vectors')
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : []

const camel = (key) => key.replace(/_([a-z])/g, (_, c) => c.toUpperCase())

// The core's snake_case options as this binding spells them.
function toOptions(options) {
  return Object.fromEntries(
    Object.entries(options).map(([k, v]) => [
      camel(k),
      k === 'weights' ? Object.fromEntries(Object.entries(v).map(([w, x]) => [camel(w), x])) : v,
    ]),
  )
}

// A UTF-8 byte offset of `text` as a UTF-16 index.
function utf16(text, byteOffset) {
  return Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length
}

test('the vector files are there', () => {
  assert.ok(files.length > 0, `no vector files in ${DIR}`)
})

for (const file of files) {
  const vector = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'))
  test(`vector ${vector.name}`, async () => {
    const { expected } = vector
    // An HTML vector may give the page as bytes (a Buffer), as a crawler holds it.
    const given = vector.input === 'bytes' ? Buffer.from(vector.text, 'utf8') : vector.text
    const summary = await abrege.summarize(given, toOptions(vector.options))
    // For HTML the offsets index the text abrege made of the page.
    assert.equal(summary.source, expected.source ?? null)
    const text = expected.source ?? vector.text
    if (expected.format) assert.equal(summary.format, expected.format)
    if (expected.empty_reason) assert.equal(summary.emptyReason, expected.empty_reason)
    assert.equal(summary.language, expected.language)
    assert.equal(summary.title, expected.title)
    assert.deepEqual(
      summary.sentences.map((s) => [s.index, s.text]),
      expected.sentences.map((s) => [s.index, s.text]),
    )
    const bytes = Buffer.from(text, 'utf8')
    summary.sentences.forEach((s, i) => {
      const want = expected.sentences[i]
      assert.equal(s.start, utf16(text, want.start))
      assert.equal(s.end, utf16(text, want.end))
      assert.equal(text.slice(s.start, s.end), bytes.subarray(want.start, want.end).toString('utf8'))
    })
  })
}
