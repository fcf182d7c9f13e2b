'use strict'
// The API: functions, the Summarizer class, the clean stage, and their errors.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')
const { ARTICLE, TITLE } = require('./fixtures')

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
    assert.equal(ARTICLE.slice(s.start, s.end).replace(/\s+/g, ' '), s.text)
  }
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
})

test('a Summarizer keeps its options, defaults filled in', async () => {
  const s = new abrege.Summarizer({ maxWords: 40, language: 'fr', weights: { runOn: -1 } })
  assert.equal(s.options.maxWords, 40)
  assert.equal(s.options.sentences, undefined)
  assert.equal(s.options.language, 'fr')
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

// [call, options, field the message must name]
const BAD_OPTIONS = [
  [{ sentences: 0 }, 'sentences'],
  [{ sentences: -2 }, 'sentences'],
  [{ sentences: 1.5 }, 'sentences'],
  [{ sentences: '3' }, 'sentences'],
  [{ ratio: 2 }, 'ratio'],
  [{ maxWords: 0 }, 'maxWords'],
  [{ maxChars: true }, 'maxChars'],
  [{ sentences: 2, maxChars: 100 }, 'sentences'],
  [{ language: 'xx' }, 'xx'],
  [{ language: 7 }, 'language'],
  [{ title: ['a'] }, 'title'],
  [{ clean: 'yes' }, 'clean'],
  [{ redundancy: 0 }, 'redundancy'],
  [{ maxInputBytes: 0 }, 'maxInputBytes'],
  [{ weights: { runOn: 'high' } }, 'runOn'],
  [{ weights: { runOn: Infinity } }, 'runOn'],
  [{ weights: { run_on: 1 } }, 'run_on'],
  [{ weights: [1, 2] }, 'weights'],
  [{ maxWord: 10 }, 'maxWord'],
  ['fr', 'options'],
]

test('a bad option throws InvalidArg naming the field (sync calls)', () => {
  for (const [options, field] of BAD_OPTIONS) {
    for (const call of [() => abrege.summarizeSync(ARTICLE, options), () => new abrege.Summarizer(options)]) {
      assert.throws(call, (err) => {
        assert.ok(err instanceof Error)
        assert.equal(err.code, 'InvalidArg', `${JSON.stringify(options)}: ${err.message}`)
        assert.ok(err.message.includes(field), `${JSON.stringify(options)}: "${err.message}" should name ${field}`)
        return true
      })
    }
  }
})

test('a bad option rejects InvalidArg naming the field (async calls)', async () => {
  for (const [options, field] of BAD_OPTIONS) {
    const promise = abrege.summarize(ARTICLE, options)
    assert.ok(promise instanceof Promise, 'the call returns a promise instead of throwing')
    await assert.rejects(promise, (err) => {
      assert.equal(err.code, 'InvalidArg')
      assert.ok(err.message.includes(field), `"${err.message}" should name ${field}`)
      return true
    })
  }
})

test('a text of the wrong type is an InvalidArg error naming it', async () => {
  assert.throws(() => abrege.summarizeSync(42), { code: 'InvalidArg', message: /`text` must be a string, got number/ })
  assert.throws(() => abrege.cleanSync(null), { code: 'InvalidArg', message: /`text`.*null/ })
  await assert.rejects(abrege.summarize(undefined), { code: 'InvalidArg', message: /`text`.*undefined/ })
  const s = new abrege.Summarizer()
  await assert.rejects(s.summarize({}), { code: 'InvalidArg', message: /`text`.*object/ })
  await assert.rejects(s.summarizeBatch('one text'), { code: 'InvalidArg', message: /`texts` must be an array/ })
  await assert.rejects(s.summarizeBatch(['fine', 3]), { code: 'InvalidArg', message: /`texts\[1\]` must be a string, got number/ })
})

test('an input over maxInputBytes is an InvalidArg error naming the option', async () => {
  const s = new abrege.Summarizer({ maxInputBytes: 100 })
  assert.throws(() => s.summarizeSync(ARTICLE), { code: 'InvalidArg', message: /maxInputBytes/ })
  await assert.rejects(s.summarize(ARTICLE), { code: 'InvalidArg', message: /maxInputBytes/ })
  await assert.rejects(s.summarizeBatch(['Court.', ARTICLE]), { code: 'InvalidArg' })
})

test('clean separates the headline from the article, offsets in UTF-16', async () => {
  const cleaned = await abrege.clean(ARTICLE, 'fr')
  assert.deepEqual(cleaned, abrege.cleanSync(ARTICLE, 'fr'))
  assert.equal(cleaned.language, 'fr')
  assert.equal(cleaned.title.text, TITLE)
  assert.equal(ARTICLE.slice(cleaned.title.start, cleaned.title.end), TITLE)
  assert.ok(cleaned.kept.length >= 3)
  for (const span of [...cleaned.kept, ...cleaned.dropped]) {
    assert.equal(ARTICLE.slice(span.start, span.end).replace(/\s+/g, ' '), span.text)
  }
  for (const d of cleaned.dropped) assert.match(d.reason, /^[a-z_]+$/)
  assert.ok(cleaned.dropped.some((d) => d.reason === 'title'))
  assert.equal(abrege.cleanSync(ARTICLE).language, 'fr')
  assert.throws(() => abrege.cleanSync(ARTICLE, 'klingon'), { code: 'InvalidArg', message: /klingon/ })
  await assert.rejects(abrege.clean(ARTICLE, 5), { code: 'InvalidArg', message: /`language`/ })
})
