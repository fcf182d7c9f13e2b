'use strict'
// Sentence and span offsets are UTF-16 indices: `text.slice(start, end)` is the span.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')
const { layout } = require('./layout')

// Emoji outside the BMP (two UTF-16 units, four UTF-8 bytes), precomposed and
// combining accents, a CJK quote and a Windows line end, before and inside sentences.
const TEXT = [
  '🇫🇷 Fête à Besançon 🎉',
  '',
  "Des milliers d'habitants 👨‍👩‍👧 ont défilé samedi dans les rues de Besançon pour la fête de la musique.\r\nLes cafés 🍷 sont restés ouverts jusqu'à l'aube, ce qui a réjoui les commerçants du centre‑ville.",
  '',
  'La préfète a salué une édition « sans incident », malgré une affluence record de 40 000 personnes 😮.',
  '',
  "Un touriste japonais a résumé l'ambiance : 「最高の夜でした」, a-t-il dit en souriant.",
  '',
  'Le maire a promis que la fête reviendrait l’an prochain, avec plus de scènes.',
].join('\n')

// The sentence text is the span with the page's layout undone; the typography (’, « ») is kept.
const normalise = layout

test('sentence offsets slice the input to the sentence, past emoji and accents', () => {
  const summary = abrege.summarizeSync(TEXT, { ratio: 1, language: 'fr', clean: false })
  assert.ok(summary.sentences.length >= 5, `got ${summary.sentences.length} sentences`)
  let previousEnd = 0
  for (const s of summary.sentences) {
    assert.ok(s.start >= previousEnd && s.end > s.start)
    assert.equal(normalise(TEXT.slice(s.start, s.end)), s.text)
    assert.equal(TEXT.indexOf(s.text.slice(0, 12), previousEnd), s.start)
    if (!/\s\s|\r|\n/.test(TEXT.slice(s.start, s.end))) assert.equal(TEXT.slice(s.start, s.end), s.text)
    previousEnd = s.end
  }
  const last = summary.sentences.at(-1)
  assert.equal(last.end, TEXT.length, 'the last sentence ends the text, in UTF-16 units')
})

test('offsets differ from byte and code point offsets where they must', () => {
  const summary = abrege.summarizeSync(TEXT, { ratio: 1, language: 'fr', clean: false })
  const s = summary.sentences.find((x) => x.text.startsWith('Les cafés'))
  assert.ok(s, 'the second sentence of the paragraph is found')
  const before = TEXT.slice(0, s.start)
  assert.ok(Buffer.byteLength(before) > s.start, 'not a byte offset')
  assert.ok([...before].length < s.start, 'not a code point offset')
})

test('clean spans are UTF-16 indices too', () => {
  const cleaned = abrege.cleanSync(TEXT, 'fr')
  for (const span of [cleaned.title, ...cleaned.kept, ...cleaned.dropped].filter(Boolean)) {
    assert.equal(normalise(TEXT.slice(span.start, span.end)), span.text)
  }
})

test('a lone surrogate is read as U+FFFD and keeps offsets aligned', () => {
  const text = 'Un caractère cassé \uD83D ici. Le conseil a voté le budget des écoles mardi soir.'
  const summary = abrege.summarizeSync(text, { ratio: 1, language: 'fr' })
  const last = summary.sentences.at(-1)
  assert.equal(text.slice(last.start, last.end), 'Le conseil a voté le budget des écoles mardi soir.')
})
