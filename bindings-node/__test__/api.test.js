'use strict'
// The API: functions, the Summarizer class, the clean stage, and their errors.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')
const { ARTICLE, TITLE } = require('./fixtures')
const { layout } = require('./layout')

test('summarize resolves to the summary summarizeSync returns', async () => {
  const options = { sentences: 2, language: 'fr' }
  const summary = await abrege.summarize(ARTICLE, options)
  assert.deepEqual(summary, abrege.summarizeSync(ARTICLE, options))
  assert.equal(summary.language, 'fr')
  assert.equal(summary.languageConfidence, 1)
  assert.equal(summary.sentences.length, 2)
  assert.equal(summary.text, summary.sentences.map((s) => s.text).join(' '))
  assert.ok(summary.sentenceCount >= 5)
  assert.ok(summary.keywords.length > 0)
  assert.equal(summary.keywords[0].weight, 1)
})

test('the detected headline is the title, not a sentence', () => {
  const summary = abrege.summarizeSync(ARTICLE, { ratio: 1 })
  assert.equal(summary.language, 'fr')
  assert.equal(summary.title, TITLE)
  assert.ok(summary.sentences.every((s) => !s.text.includes(TITLE)))
  assert.equal(abrege.summarizeSync(ARTICLE, { title: 'Un autre titre' }).title, 'Un autre titre')
})

test('a sentence carries its score, index, features and span', () => {
  const summarizer = new abrege.Summarizer({ sentences: 3 })
  const weights = summarizer.options.weights
  const summary = summarizer.summarizeSync(ARTICLE)
  const indices = summary.sentences.map((s) => s.index)
  assert.deepEqual(indices, [...indices].sort((a, b) => a - b), 'document order')
  for (const s of summary.sentences) {
    // Every feature has a weight of the same name, and the score is their dot product.
    assert.deepEqual(Object.keys(s.features).sort(), Object.keys(weights).sort())
    const dot = Object.keys(weights).reduce((sum, k) => sum + weights[k] * s.features[k], 0)
    assert.ok(Math.abs(s.score - dot) < 1e-9, `score ${s.score} is the weighted sum ${dot}`)
    assert.equal(layout(ARTICLE.slice(s.start, s.end)), s.text)
  }
})

test('a sentence the word model chose says how many summary words it brings', () => {
  const summary = abrege.summarizeSync(ARTICLE, { sentences: 3, language: 'fr' })
  assert.equal(summary.sentences.length, 3)
  for (const s of summary.sentences) {
    assert.equal(typeof s.expectedWords, 'number')
    assert.ok(s.expectedWords > 0 && s.expectedWords < s.text.split(/\s+/).length, `${s.expectedWords}`)
  }
  // Weights of one's own select by score alone, and say so.
  const own = abrege.summarizeSync(ARTICLE, { sentences: 3, language: 'fr', weights: { position: 0.25 } })
  assert.ok(own.sentences.length > 0)
  assert.ok(own.sentences.every((s) => !('expectedWords' in s)))
})

test('weights given in camelCase change the scores', () => {
  const options = { ratio: 1, language: 'fr' }
  const summarizer = new abrege.Summarizer({ ...options, weights: { position: 0, paragraphStart: 3 } })
  const weights = summarizer.options.weights
  assert.equal(weights.position, 0)
  assert.equal(weights.paragraphStart, 3)
  const plain = abrege.summarizeSync(ARTICLE, options).sentences
  const weighted = summarizer.summarizeSync(ARTICLE).sentences
  assert.equal(weighted.length, plain.length)
  weighted.forEach((s, i) => {
    assert.deepEqual(s.features, plain[i].features, 'features do not depend on weights')
    const dot = Object.keys(weights).reduce((sum, k) => sum + weights[k] * s.features[k], 0)
    assert.ok(Math.abs(s.score - dot) < 1e-9)
  })
  assert.ok(weighted.some((s, i) => s.score !== plain[i].score))
})

test('each budget is honoured', () => {
  assert.equal(abrege.summarizeSync(ARTICLE, { sentences: 4 }).sentences.length, 4)
  const words = abrege.summarizeSync(ARTICLE, { maxWords: 30 })
  assert.ok(words.text.split(/\s+/).length <= 30)
  const chars = abrege.summarizeSync(ARTICLE, { maxChars: 200 })
  assert.ok(chars.text.length <= 200)
  const all = abrege.summarizeSync(ARTICLE, { ratio: 1 })
  assert.equal(all.sentences.length, all.sentenceCount)
})

test('empty text gives an empty summary', async () => {
  const summary = await abrege.summarize('')
  assert.deepEqual(summary.sentences, [])
  assert.equal(summary.text, '')
  assert.equal(summary.language, 'und')
  assert.equal(summary.title, null)
  assert.equal(summary.emptyReason, 'no_text')
})

test('a summary without sentences says why', () => {
  assert.equal(abrege.summarizeSync(' \n\n ').emptyReason, 'no_text')
  const furniture = 'Partager sur Facebook\nLire aussi : Le budget voté\nPhoto : AFP'
  assert.equal(abrege.summarizeSync(furniture).emptyReason, 'no_article')
  const tight = abrege.summarizeSync(ARTICLE, { maxWords: 2 })
  assert.deepEqual(tight.sentences, [])
  assert.equal(tight.emptyReason, 'budget_too_small')
  assert.equal(abrege.summarizeSync(ARTICLE).emptyReason, null)
})

test('a Summarizer keeps its options, every field filled in', async () => {
  const s = new abrege.Summarizer({ maxWords: 40, language: 'fr-FR', weights: { runOn: -1 } })
  assert.deepEqual(Object.keys(s.options).sort(), [
    'clean', 'format', 'idf', 'language', 'maxChars', 'maxInputBytes', 'maxWords', 'ratio', 'redundancy', 'sentences', 'title', 'weights',
  ])
  assert.equal(s.options.maxWords, 40)
  assert.equal(s.options.sentences, null)
  assert.equal(s.options.ratio, null)
  assert.equal(s.options.title, null)
  assert.equal(s.options.language, 'fr', 'the canonical code')
  assert.equal(s.options.maxInputBytes, 32 * 1024 * 1024)
  assert.equal(s.options.clean, true)
  assert.equal(s.options.redundancy, 0.6)
  assert.equal(s.options.weights.runOn, -1)
  const defaults = new abrege.Summarizer().options.weights
  assert.equal(s.options.weights.centrality, defaults.centrality)
  assert.equal(typeof defaults.centrality, 'number')
  assert.deepEqual(await s.summarize(ARTICLE), s.summarizeSync(ARTICLE))
  assert.deepEqual(s.summarizeSync(ARTICLE), abrege.summarizeSync(ARTICLE, s.options))
})

test('null and undefined options mean the defaults', () => {
  const plain = abrege.summarizeSync(ARTICLE)
  assert.deepEqual(abrege.summarizeSync(ARTICLE, null), plain)
  assert.deepEqual(abrege.summarizeSync(ARTICLE, { sentences: undefined, title: null }), plain)
  assert.equal(plain.sentences.length, 3)
})

test('a Summarizer is a class of this package, and its options a copy', () => {
  const s = new abrege.Summarizer({ sentences: 2 })
  assert.ok(s instanceof abrege.Summarizer)
  s.options.sentences = 5
  assert.equal(s.options.sentences, 2)
})

test('language codes are normalised: case and region are ignored', () => {
  for (const code of ['FR', 'fr-FR', 'fr_FR', 'Fr-ca']) {
    assert.equal(new abrege.Summarizer({ language: code }).options.language, 'fr', code)
    assert.equal(abrege.summarizeSync(ARTICLE, { language: code }).language, 'fr', code)
    assert.equal(abrege.cleanSync(ARTICLE, code).language, 'fr', code)
  }
})

test('clean separates the headline from the article, offsets in UTF-16', async () => {
  const cleaned = await abrege.clean(ARTICLE, 'fr')
  assert.deepEqual(cleaned, abrege.cleanSync(ARTICLE, 'fr'))
  assert.equal(cleaned.language, 'fr')
  assert.equal(cleaned.title.text, TITLE)
  assert.equal(ARTICLE.slice(cleaned.title.start, cleaned.title.end), TITLE)
  assert.ok(cleaned.kept.length >= 3)
  for (const span of [...cleaned.kept, ...cleaned.dropped]) {
    assert.equal(layout(ARTICLE.slice(span.start, span.end)), span.text)
  }
  for (const d of cleaned.dropped) assert.match(d.reason, /^[a-z_]+$/)
  assert.ok(cleaned.dropped.some((d) => d.reason === 'title'))
  assert.equal(abrege.cleanSync(ARTICLE).language, 'fr')
})
