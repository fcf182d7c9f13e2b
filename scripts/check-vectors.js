'use strict'
// Summarises each shared vector (tests/vectors/*.json) with the `abrege`
// package installed in the current directory's project, as a user's program
// would, and checks that the result is the vector's: language, title, and
// each sentence's index, text and offsets (the vectors give UTF-8 byte
// offsets; Node's are UTF-16 indices). An HTML vector may give its page as
// bytes (a Buffer); its offsets index the text abrege makes of the page,
// which the vector holds as `source`.
//
//   (cd some-project && node path/to/scripts/check-vectors.js path/to/tests/vectors)
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const entry = require.resolve('abrege', { paths: [process.cwd()] })
const abrege = require(entry)
const dir = path.resolve(process.argv[2])

const camel = (key) => key.replace(/_([a-z])/g, (_, c) => c.toUpperCase())
// The core's snake_case options as the binding spells them.
const toOptions = (options = {}) =>
  Object.fromEntries(
    Object.entries(options).map(([k, v]) => [
      camel(k),
      k === 'weights' ? Object.fromEntries(Object.entries(v).map(([w, x]) => [camel(w), x])) : v,
    ]),
  )
// A UTF-8 byte offset of `text` as a UTF-16 index.
const utf16 = (text, byteOffset) => Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length

async function main() {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  if (files.length === 0) throw new Error(`no vector files in ${dir}`)
  let failed = 0
  for (const file of files) {
    const vector = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    const { options, expected } = vector
    const given = vector.input === 'bytes' ? Buffer.from(vector.text, 'utf8') : vector.text
    const summary = await abrege.summarize(given, toOptions(options))
    const text = expected.source ?? vector.text
    try {
      assert.deepEqual(
        [summary.source, summary.language, summary.title, summary.sentences.map((s) => [s.index, s.text, s.start, s.end])],
        [
          expected.source ?? null,
          expected.language,
          expected.title,
          expected.sentences.map((s) => [s.index, s.text, utf16(text, s.start), utf16(text, s.end)]),
        ],
      )
    } catch (err) {
      failed += 1
      console.log(`FAILED ${file}\n${err.message}`)
    }
  }
  const pkg = require(path.join(path.dirname(entry), 'package.json'))
  console.log(`node: abrege ${pkg.version} from ${path.dirname(entry)}`)
  console.log(`vectors: ${files.length - failed} passed, ${failed} failed`)
  process.exitCode = failed ? 1 : 0
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
