'use strict'
// Hostile input through Node: each text gives a summary or a typed error, and
// the process survives. The same inputs as the Rust suite (core/tests/hostile.rs)
// and the Python one.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')

const isAlnum = (c) => /[\p{L}\p{N}]/u.test(c)
const letters = (s) => [...s].filter(isAlnum).join('')

// What every summary must satisfy, whatever the input.
function check(text, summary, maxSentences) {
  assert.ok(summary.sentences.length <= maxSentences)
  assert.ok(summary.sentences.length <= summary.sentenceCount)
  let last = null
  for (const s of summary.sentences) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${s.start}..${s.end}`)
    assert.ok(s.text.length > 0)
    // Offsets index the JS string: the span holds the sentence's letters.
    assert.equal(letters(text.slice(s.start, s.end)), letters(s.text))
    if (last) assert.ok(s.index > last.index && s.start > last.start, 'out of order')
    last = s
  }
}

const plain = new abrege.Summarizer()
const short = new abrege.Summarizer({ maxChars: 200, language: 'fr' })

// The offsets index the input, or for a page read as HTML the text abrege made of it.
function survives(text) {
  const summary = plain.summarizeSync(text)
  check(summary.source ?? text, summary, 3)
  const s = short.summarizeSync(text)
  check(s.source ?? text, s, Infinity)
  assert.ok([...s.sentences.map((x) => x.text).join(' ')].length <= 200)
  return summary
}

// A small deterministic generator (mulberry32), so failures reproduce.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

test('empty and blank text give empty summaries', () => {
  for (const text of ['', ' ', '\n\n\n', ' \t\u00a0\u2028\r\n \u200b\ufeff', '\0\0\0']) {
    const s = survives(text)
    assert.deepEqual(s.sentences, [])
    assert.equal(s.sentenceCount, 0)
  }
})

test('200,000 dots', () => {
  assert.deepEqual(survives('.'.repeat(200_000)).sentences, [])
  assert.deepEqual(survives('. '.repeat(200_000)).sentences, [])
})

test('a 5 MB sentence without punctuation', async () => {
  const next = rng(7)
  const words = ['le', 'gouvernement', 'annonce', 'une', 'réforme', 'des', 'retraites', 'et']
  const parts = []
  for (let i = 0; i < 800_000; i++) parts.push(words[Math.floor(next() * words.length)])
  const text = parts.join(' ')
  assert.ok(Buffer.byteLength(text) > 5_000_000)
  const s = survives(text)
  assert.equal(s.sentenceCount, 1)
  assert.equal(s.sentences.length, 1)
  assert.equal(s.language, 'fr')
  // The same through the thread pool.
  assert.deepEqual(await plain.summarize(text), s)
})

test('300,000 tiny sentences', () => {
  const parts = ['Il part. ', 'Elle vient. ', 'On vote. ', 'Ça va ! ']
  let text = ''
  for (let i = 0; i < 300_000; i++) text += parts[i % 4]
  const s = survives(text)
  assert.equal(s.sentenceCount, 300_000)
  assert.equal(s.sentences.length, 3)
})

test('a 1 MB word', () => {
  for (const unit of ['a', 'é', 'x.', 'a.)', '«', '👍🏽', 'e\u0301']) {
    const word = unit.repeat(Math.floor(1_000_000 / Buffer.byteLength(unit)))
    survives(word)
    survives(`Le mot est ${word} et il est long. Puis la fin.`)
  }
})

test('random code points, with NUL, controls, bidi overrides, emoji and combining marks', () => {
  const palette = [
    ...'\0\x01\x07\x1b\x7f\x85\u202e\u202d\u2066\u200f\u200b\ufeff\u00ad\u0301\u0308\u20dd',
    '👍', '🏽', '\u200d', '🇫', '🇷',
    ...'«».!?…\n\r \u00a0\u2028\'\u2019。؟éAz1',
  ]
  const next = rng(42)
  for (let round = 0; round < 4; round++) {
    const chars = []
    for (let i = 0; i < 100_000; i++) {
      if (next() < 1 / 3) {
        const v = Math.floor(next() * (0x110000 - 0x800))
        chars.push(String.fromCodePoint(v >= 0xd800 ? v + 0x800 : v))
      } else {
        chars.push(palette[Math.floor(next() * palette.length)])
      }
    }
    survives(chars.join(''))
  }
})

test('lone surrogates give a result or a typed error, never a crash', async () => {
  for (const text of ['\ud800', 'Le conseil a voté. \udfff Il pleut.', '\udc80'.repeat(100_000)]) {
    for (const run of [() => plain.summarizeSync(text), () => plain.summarize(text)]) {
      try {
        const s = await run()
        assert.ok(s.sentences.length <= 3)
        for (const x of s.sentences) assert.ok(x.start >= 0 && x.start < x.end && x.end <= text.length)
      } catch (err) {
        assert.ok(err instanceof abrege.AbregeError)
        assert.match(err.code, /^ABREGE_/)
      }
    }
  }
})

test('unbalanced guillemets', () => {
  const texts = [
    '« Il a dit ! Il est parti ? Et puis rien. '.repeat(20_000),
    'Le ministre parle » sans ouvrir ! La suite ? '.repeat(20_000),
    '«'.repeat(100_000),
    '« « « ! ? » » ! Fin. '.repeat(30_000),
  ]
  for (const text of texts) survives(text)
  assert.ok(survives(texts[0]).sentences.length > 0)
})

test('HTML soup', () => {
  const chunk =
    '<html><head><script>var a = 1 < 2 && b > 3; if (x) { y(); }</script>' +
    '<style>p { color: red; }</style></head><body><div class="menu"><a href="/">Accueil</a>' +
    "<a href='/politique'>Politique</a></div><p>Le conseil municipal a voté le budget.</p>" +
    '<p>Les écoles &amp; les crèches seront rénovées&nbsp;!</p><!-- commentaire --><br/>' +
    '<img src=x onerror=alert(1)><table><tr><td>1</td><td>2</td></tr></table></body></html>\n'
  const soup = survives(chunk.repeat(5_000))
  assert.ok(soup.sentenceCount > 0 && soup.format === 'html')
  const asText = new abrege.Summarizer({ format: 'text' }).summarizeSync(chunk.repeat(5_000))
  check(chunk.repeat(5_000), asText, 3)
  survives('<<<<>>>>'.repeat(50_000))
  survives('Politique | Sport • Culture · '.repeat(35_000))
})

test('50,000 one-word paragraphs', () => {
  const words = ['Politique', 'économie', 'Sport', 'culture']
  const paragraphs = Array.from({ length: 50_000 }, (_, i) => words[i % 4])
  assert.equal(survives(paragraphs.join('\n\n')).sentenceCount, 50_000)
  survives(paragraphs.join('\n'))
})

test('a batch of hostile texts, nulls and a text over the limit: one result each', async () => {
  const s = new abrege.Summarizer({ maxInputBytes: 100_000 })
  const items = ['', null, '\0\0\0', '.'.repeat(200_000), '«'.repeat(60_000), undefined, '<<<<>>>>'.repeat(5_000), 'Le conseil a voté. '.repeat(100)]
  const settled = await s.summarizeBatchSettled(items)
  assert.deepEqual(settled.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'])
  assert.equal(settled[3].reason.code, 'ABREGE_INPUT_TOO_LARGE')
  assert.equal(settled[4].reason.index, 4)
  assert.equal(settled[7].value.sentences.length, 1, 'repeated sentences are redundant')
})

test('input over the limit is a typed error', async () => {
  const text = 'Le conseil a vote le budget. '.repeat(50)
  const s = new abrege.Summarizer({ maxInputBytes: 1000 })
  const tooLarge = { code: 'ABREGE_INPUT_TOO_LARGE', size: 1450, limit: 1000, message: /over the limit of 1000 bytes \(option `maxInputBytes`\)/ }
  assert.throws(() => s.summarizeSync(text), tooLarge)
  await assert.rejects(s.summarize(text), tooLarge)
  assert.ok(s.summarizeSync(text.slice(0, 1000)).sentences.length > 0)
  // The limit counts UTF-8 bytes: 600 "é" are 1200 bytes.
  assert.throws(() => s.summarizeSync('é'.repeat(600)), { code: 'ABREGE_INPUT_TOO_LARGE', size: 1200 })
})
