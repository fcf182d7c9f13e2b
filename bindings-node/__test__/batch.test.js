'use strict'
// Batches: one summary per document, in order, as summarize gives it; any
// iterable; null and undefined as missing texts; objects with their own
// title and language; one result per document with its index in the settled
// form; the first failing document named by the raising form.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')
const { AbregeError } = abrege
const { ARTICLE, articles } = require('./fixtures')

const ENGLISH = 'The city council approved the school budget on Tuesday night. Work starts in June. It was sunny.'
const TEXTS = [
  ARTICLE,
  '',
  ENGLISH,
  'Un texte court 🙂 sur la météo. Il pleuvra demain sur toute la Bretagne, selon Météo-France.',
  ARTICLE.split('\n\n').reverse().join('\n\n'),
]

test('a batch equals the texts summarised one by one, in input order', async () => {
  for (const options of [{}, { sentences: 2, language: 'fr' }, { maxWords: 25 }]) {
    const summarizer = new abrege.Summarizer(options)
    const one = TEXTS.map((t) => summarizer.summarizeSync(t))
    assert.deepEqual(await summarizer.summarizeBatch(TEXTS), one)
    assert.deepEqual(summarizer.summarizeBatchSync(TEXTS), one)
    assert.deepEqual(await Promise.all(TEXTS.map((t) => summarizer.summarize(t))), one)
    const settled = await summarizer.summarizeBatchSettled(TEXTS)
    assert.deepEqual(settled, one.map((value) => ({ status: 'fulfilled', value })))
    assert.deepEqual(summarizer.summarizeBatchSettledSync(TEXTS), settled)
  }
})

test('an empty batch gives an empty array', async () => {
  const s = new abrege.Summarizer()
  assert.deepEqual(await s.summarizeBatch([]), [])
  assert.deepEqual(await s.summarizeBatchSettled(new Set()), [])
  assert.deepEqual(s.summarizeBatchSync([]), [])
})

test('any iterable of documents: a Set, a generator, an iterator helper, a frozen array', async () => {
  const s = new abrege.Summarizer({ sentences: 1 })
  const expected = TEXTS.map((t) => s.summarizeSync(t))
  function* generate() {
    yield* TEXTS
  }
  const unique = [...new Set(TEXTS)]
  assert.deepEqual(await s.summarizeBatch(new Set(TEXTS)), unique.map((t) => s.summarizeSync(t)))
  assert.deepEqual(await s.summarizeBatch(generate()), expected)
  assert.deepEqual(await s.summarizeBatch(new Map(TEXTS.map((t, i) => [i, t])).values()), expected)
  assert.deepEqual(await s.summarizeBatch(Object.freeze([...TEXTS])), expected)
  assert.deepEqual(s.summarizeBatchSync(generate()), expected)
})

test('the documents are taken when the call is made', async () => {
  const s = new abrege.Summarizer({ sentences: 1 })
  const texts = [...TEXTS]
  const pending = s.summarizeBatch(texts)
  texts.length = 0
  texts.push('Autre chose.')
  assert.equal((await pending).length, TEXTS.length)
})

test('what is not an iterable of documents is a TypeError naming `items`, rejected by the async forms', async () => {
  const s = new abrege.Summarizer()
  for (const items of ['one text', 42, null, undefined, { text: 'not a list' }]) {
    const typeError = (err) => {
      assert.ok(err instanceof TypeError, String(items))
      assert.equal(err.code, 'ERR_INVALID_ARG_TYPE')
      assert.equal(err.field, 'items')
      assert.match(err.message, /^The "items" argument must be an iterable of documents/)
      return true
    }
    const promise = s.summarizeBatch(items)
    assert.ok(promise instanceof Promise)
    await assert.rejects(promise, typeError)
    await assert.rejects(s.summarizeBatchSettled(items), typeError)
    assert.throws(() => s.summarizeBatchSync(items), typeError)
    assert.throws(() => s.summarizeBatchSettledSync(items), typeError)
  }
  assert.throws(() => s.summarizeBatchSync('text'), /Received type string \('text'\)/)
})

test('null, undefined and holes are missing texts: an empty summary each', async () => {
  const s = new abrege.Summarizer()
  const items = [ARTICLE, null, undefined, { text: null, title: 'Sans texte' }, {}]
  items.length = 6 // a hole at 5
  const summaries = await s.summarizeBatch(items)
  assert.equal(summaries.length, 6)
  assert.deepEqual(summaries[0], s.summarizeSync(ARTICLE))
  for (const i of [1, 2, 3, 4, 5]) {
    const summary = summaries[i]
    assert.deepEqual(summary.sentences, [], `document ${i}`)
    assert.equal(summary.emptyReason, 'no_text')
    assert.equal(summary.language, 'und')
    assert.equal(summary.text, '')
  }
  assert.equal(summaries[3].title, 'Sans texte')
  assert.deepEqual(summaries[1], s.summarizeSync(''))
})

test('objects carry their own title and language; other properties are ignored', async () => {
  const s = new abrege.Summarizer({ sentences: 2 })
  const rows = [
    { id: 'a', text: ARTICLE, title: 'Le budget des écoles', summary: 'ignored' },
    { text: ENGLISH, language: 'EN' },
    { text: ARTICLE, language: 'fr-FR', title: null },
    ARTICLE,
  ]
  const summaries = await s.summarizeBatch(rows)
  assert.deepEqual(summaries[0], abrege.summarizeSync(ARTICLE, { sentences: 2, title: 'Le budget des écoles' }))
  assert.equal(summaries[0].title, 'Le budget des écoles')
  assert.deepEqual(summaries[1], abrege.summarizeSync(ENGLISH, { sentences: 2, language: 'en' }))
  assert.equal(summaries[1].language, 'en')
  assert.equal(summaries[1].languageConfidence, 1)
  assert.deepEqual(summaries[2], abrege.summarizeSync(ARTICLE, { sentences: 2, language: 'fr' }))
  assert.deepEqual(summaries[3], s.summarizeSync(ARTICLE))
  // A document's own options win over the summariser's.
  const titled = new abrege.Summarizer({ title: 'Titre commun', language: 'en' })
  const [own, common] = await titled.summarizeBatch([{ text: ARTICLE, title: 'Titre propre', language: 'fr' }, ARTICLE])
  assert.equal(own.title, 'Titre propre')
  assert.equal(own.language, 'fr')
  assert.equal(common.title, 'Titre commun')
  assert.equal(common.language, 'en')
})

// One bad document of each kind among good ones.
const MIXED = [
  ARTICLE, // 0
  'é'.repeat(600), // 1: 1,200 bytes, over the limit
  { text: ENGLISH, language: 'xx' }, // 2: unsupported language
  42, // 3: not a document
  { text: ARTICLE, title: 7 }, // 4: a title that is not a string
  null, // 5: missing
  ENGLISH, // 6
]

test('settled: one result per document, each failure with its index, the others summarised', async () => {
  const s = new abrege.Summarizer({ maxInputBytes: 1000, sentences: 2 })
  const settled = await s.summarizeBatchSettled(MIXED)
  assert.deepEqual(settled, s.summarizeBatchSettledSync(MIXED))
  assert.deepEqual(
    settled.map((r) => r.status),
    ['fulfilled', 'rejected', 'rejected', 'rejected', 'rejected', 'fulfilled', 'fulfilled'],
  )
  assert.deepEqual(settled[0].value, s.summarizeSync(ARTICLE))
  assert.deepEqual(settled[6].value, s.summarizeSync(ENGLISH))
  assert.equal(settled[5].value.emptyReason, 'no_text')
  const [tooLarge, language, notADocument, title] = [1, 2, 3, 4].map((i) => settled[i].reason)
  assert.ok(tooLarge instanceof AbregeError)
  assert.deepEqual({ ...tooLarge }, { code: 'ABREGE_INPUT_TOO_LARGE', field: 'maxInputBytes', size: 1200, limit: 1000, index: 1 })
  assert.match(tooLarge.message, /^document 1: input of 1200 bytes is over the limit of 1000 bytes/)
  assert.ok(language instanceof AbregeError)
  assert.deepEqual([language.code, language.field, language.index], ['ABREGE_UNSUPPORTED_LANGUAGE', 'language', 2])
  assert.match(language.message, /^document 2: unsupported language `xx`/)
  assert.ok(notADocument instanceof TypeError)
  assert.deepEqual([notADocument.code, notADocument.field, notADocument.index], ['ERR_INVALID_ARG_TYPE', 'items', 3])
  assert.equal(notADocument.message, 'The "items[3]" argument must be one of type string, object, null, or undefined. Received type number (42)')
  assert.ok(title instanceof TypeError)
  assert.deepEqual([title.field, title.index], ['title', 4])
  assert.match(title.message, /^The "items\[4\]\.title" property must be one of type string, null, or undefined\. Received type number \(7\)$/)
})

test('the raising form rejects with the first failing document, named by its index', async () => {
  const s = new abrege.Summarizer({ maxInputBytes: 1000 })
  const first = (index, code) => (err) => {
    assert.equal(err.index, index)
    assert.equal(err.code, code)
    return true
  }
  await assert.rejects(s.summarizeBatch(MIXED), first(1, 'ABREGE_INPUT_TOO_LARGE'))
  assert.throws(() => s.summarizeBatchSync(MIXED), first(1, 'ABREGE_INPUT_TOO_LARGE'))
  await assert.rejects(s.summarizeBatch(MIXED.slice(3)), first(0, 'ERR_INVALID_ARG_TYPE'))
  await assert.rejects(s.summarizeBatch([ARTICLE, ARTICLE, { text: ARTICLE, language: 'qq' }]), (err) => {
    assert.ok(err instanceof AbregeError)
    assert.equal(err.index, 2)
    assert.match(err.message, /^document 2: unsupported language `qq`/)
    return true
  })
})

test('a large batch keeps its order and the event loop keeps ticking', async () => {
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
  const summarizer = new abrege.Summarizer({ sentences: 2 })
  const summaries = await summarizer.summarizeBatch(texts)
  running = false
  clearInterval(timer)
  assert.equal(summaries.length, texts.length)
  for (const i of [0, 1, 7, 1234, 2999]) assert.deepEqual(summaries[i], summarizer.summarizeSync(texts[i]), `document ${i}`)
  assert.ok(immediates > 10, `setImmediate ran ${immediates} times during the batch`)
  assert.ok(intervals > 0, `setInterval ran ${intervals} times during the batch`)
})
