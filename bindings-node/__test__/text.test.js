'use strict'
// A sentence's text is the article's text: it keeps every character of the
// source (’, « », no-break spaces) and differs from its slice of the input
// only by the page's layout, as the README defines it (./layout.js). Checked
// on every sentence and every clean() span of the repository's fixtures and
// of the shared vectors' texts.
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const abrege = require('..')
const { FIXTURES, REPO } = require('./fixtures')
const { layout, spans } = require('./layout')

const VECTORS = fs
  .readdirSync(path.join(REPO, 'tests', 'vectors'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: `vector ${f}`, text: JSON.parse(fs.readFileSync(path.join(REPO, 'tests', 'vectors', f), 'utf8')).text }))

/** Every sentence of `text` (ratio 1, cleaned and not) and every clean() span keeps the relation; how many were checked. */
function check(name, text) {
  let checked = 0
  const summaries = [abrege.summarizeSync(text, { ratio: 1 }), abrege.summarizeSync(text, { ratio: 1, clean: false })]
  for (const [i, summary] of summaries.entries()) {
    for (const [what, got, slice] of spans(text, summary, i === 0 ? abrege.cleanSync(text) : null)) {
      assert.equal(got, layout(slice), `${name}, ${what}: ${JSON.stringify(slice)}`)
      checked += 1
    }
  }
  return checked
}

test('the layout rule, on the README examples', () => {
  assert.equal(layout('L’été\u00a0: «\u00a0oui\u00a0»'), 'L’été\u00a0: «\u00a0oui\u00a0»')
  assert.equal(layout('Polytechnique de\nRabat\n. Devant'), 'Polytechnique de Rabat. Devant')
  assert.equal(layout('in\u00adcroyable  mais\r\nvrai'), 'incroyable mais vrai')
  assert.equal(layout(' \tfin\u00a0'), 'fin')
})

for (const { name, text } of [...FIXTURES, ...VECTORS]) {
  test(`text is the layout of its slice: ${name}`, () => {
    assert.ok(check(name, text) > 0 || text.trim() === '', `${name}: nothing was checked`)
  })
}

test('the fixtures hold typography that must survive', () => {
  // The relation would hold trivially if the texts had nothing to keep or undo.
  const all = [...FIXTURES, ...VECTORS].map((f) => f.text).join('\n')
  for (const c of ['’', '«', '\u00a0', '\u202f', '\u00ad', '\n.']) assert.ok(all.includes(c), `no ${JSON.stringify(c)} in the fixtures`)
  const typography = VECTORS.find((v) => v.name.includes('typography')).text
  const sentences = abrege.summarizeSync(typography, { ratio: 1, language: 'fr' }).sentences.map((s) => s.text).join(' ')
  for (const c of ['’', '«', '»']) assert.ok(sentences.includes(c), `${c} is kept in the sentences`)
  assert.ok(!sentences.includes('\u00ad'), 'soft hyphens are removed')
})

test('a summary of a typographic text quotes it exactly', () => {
  const text = 'Le maire l’a dit\u202f: «\u00a0Nous tiendrons parole\u00a0». Les tra\u00advaux commencent en juin.\n\nIl pleuvait.'
  const summary = abrege.summarizeSync(text, { ratio: 1, language: 'fr' })
  const first = summary.sentences[0]
  assert.equal(first.text, 'Le maire l’a dit\u202f: «\u00a0Nous tiendrons parole\u00a0».')
  assert.equal(text.slice(first.start, first.end), first.text, 'nothing to undo: the slice itself')
  assert.equal(summary.sentences[1].text, 'Les travaux commencent en juin.')
})
