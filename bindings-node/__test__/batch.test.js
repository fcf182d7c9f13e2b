'use strict'
// summarizeBatch returns what summarize returns for each text, in input order,
// and runs off the main thread: the event loop keeps ticking meanwhile.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')
const { ARTICLE } = require('./fixtures')

const TEXTS = [
  ARTICLE,
  '',
  'The city council approved the school budget on Tuesday night. Work starts in June. It was sunny.',
  'Un texte court 🙂 sur la météo. Il pleuvra demain sur toute la Bretagne, selon Météo-France.',
  ARTICLE.split('\n\n').reverse().join('\n\n'),
]

test('a batch equals the texts summarised one by one, in input order', async () => {
  for (const options of [{}, { sentences: 2, language: 'fr' }, { maxWords: 25 }]) {
    const summarizer = new abrege.Summarizer(options)
    const batch = await summarizer.summarizeBatch(TEXTS)
    assert.equal(batch.length, TEXTS.length)
    assert.deepEqual(batch, TEXTS.map((t) => summarizer.summarizeSync(t)))
    assert.deepEqual(batch, await Promise.all(TEXTS.map((t) => summarizer.summarize(t))))
  }
})

test('an empty batch gives an empty array', async () => {
  assert.deepEqual(await new abrege.Summarizer().summarizeBatch([]), [])
})

// Varied articles, so no two documents are the same.
function articles(n) {
  const paragraphs = ARTICLE.split('\n\n').slice(1)
  return Array.from({ length: n }, (_, i) => {
    const rotated = [...paragraphs.slice(i % paragraphs.length), ...paragraphs.slice(0, i % paragraphs.length)]
    return [`Dépêche numéro ${i} sur le budget des écoles`, ...rotated, ...rotated].join('\n\n')
  })
}

test('the event loop keeps ticking while a large batch runs', async () => {
  const texts = articles(3000)
  let immediates = 0
  let intervals = 0
  let running = true
  const spin = () => {
    immediates += 1
    if (running) setImmediate(spin)
  }
  setImmediate(spin)
  const timer = setInterval(() => {
    intervals += 1
  }, 1)
  const summaries = await new abrege.Summarizer({ sentences: 2 }).summarizeBatch(texts)
  running = false
  clearInterval(timer)
  assert.equal(summaries.length, texts.length)
  assert.match(summaries[7].title, /numéro 7 /)
  assert.ok(immediates > 1, `setImmediate ran ${immediates} times during the batch`)
  assert.ok(intervals > 0, `setInterval ran ${intervals} times during the batch`)
})
