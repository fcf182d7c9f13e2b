'use strict'
// HTML input through Node: a page's Buffer (or markup as a string) gives the
// same article, reasons, metadata and sentences as the Rust API, Python and
// the command line; the bad input of the issue gives a clear result. The same
// cases run in core/tests/html.rs and bindings-python/tests/test_html_input.py.
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const abrege = require('..')

const PAGES = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'html')
const page = (name) => fs.readFileSync(path.join(PAGES, name))
const flat = (s) => s.replace(/\u2019/g, "'").split(/\s+/).filter(Boolean).join(' ')

// The offsets index the summary's source, the text abrege made of the page.
function checkOffsets(summary) {
  assert.equal(typeof summary.source, 'string')
  for (const s of summary.sentences) {
    assert.equal(flat(summary.source.slice(s.start, s.end)), flat(s.text))
  }
}

const ARTICLE = [
  "Le parquet de Marseille a ouvert une enquête après l'effondrement d'un immeuble dans le quartier de Noailles, qui a fait trois morts lundi.",
  'Les pompiers ont fouillé les décombres toute la nuit, aidés par des chiens spécialisés venus de toute la région.',
  'Le maire a promis de reloger les familles évacuées dans les prochains jours, dans des logements de la ville.',
  "Une marche blanche est prévue samedi devant l'immeuble, à l'appel des associations du quartier.",
]
const PARAGRAPHS = ARTICLE.map((p) => `<p>${p}</p>`).join('')

test('a page as a Buffer gives its article and metadata', async () => {
  const summary = await abrege.summarize(page('fr-quotidien.html'))
  assert.equal(summary.format, 'html')
  assert.equal(summary.language, 'fr')
  assert.equal(summary.title, 'Lyon : le conseil municipal adopte un budget record pour les écoles')
  assert.equal(summary.sentences.length, 3)
  checkOffsets(summary)
  assert.deepEqual(summary.metadata, {
    title: 'Lyon : le conseil municipal adopte un budget record pour les écoles',
    byline: 'Claire Fontaine',
    published: '2025-03-11T18:30:00+01:00',
    siteName: 'Le Quotidien du Rhône',
    url: 'https://quotidien-rhone.example/lyon/budget-ecoles-2025',
    description: "La ville investira 120 millions d'euros dans ses écoles d'ici 2028.",
    language: 'fr',
  })
  // As a string, sync, and through a Summarizer: the same sentences.
  const asString = new abrege.Summarizer().summarizeSync(page('fr-quotidien.html').toString('utf8'))
  assert.deepEqual(asString.sentences.map((s) => s.text), summary.sentences.map((s) => s.text))
  const u8 = abrege.summarizeSync(new Uint8Array(page('fr-quotidien.html')))
  assert.deepEqual(u8.sentences.map((s) => s.text), summary.sentences.map((s) => s.text))
})

test('clean gives the reasons the markup reveals', async () => {
  const cleaned = await abrege.clean(page('fr-quotidien.html'), 'auto', 'html')
  assert.equal(cleaned.format, 'html')
  assert.deepEqual(
    cleaned.kept.map((s) => flat(s.text).slice(0, 30)),
    ['Le conseil municipal de Lyon a', 'Le maire a défendu un budget «', "L'opposition a dénoncé une hau", 'Les premiers travaux commencer'],
  )
  const reasons = new Set(cleaned.dropped.map((d) => d.reason))
  for (const r of ['consent', 'navigation', 'related', 'paywall', 'comments', 'heading', 'title']) {
    assert.ok(reasons.has(r), r)
  }
  for (const s of cleaned.kept) assert.equal(flat(cleaned.source.slice(s.start, s.end)), flat(s.text))
  assert.ok(cleaned.text.includes('Une opposition divisée'))
  assert.equal(cleaned.metadata.siteName, 'Le Quotidien du Rhône')
  const sync = abrege.cleanSync(page('fr-quotidien.html'))
  assert.deepEqual(sync.kept, cleaned.kept)
})

test('a Latin-1 page and the other languages', async () => {
  const german = await abrege.summarize(page('de-nachrichten.html'))
  assert.equal(german.language, 'de')
  assert.ok(german.sentences[0].text.startsWith('Die Lokführergewerkschaft'))
  assert.equal(abrege.cleanSync(page('es-noticias.html')).language, 'es')
  const arabic = abrege.summarizeSync(page('ar-akhbar.html'))
  assert.equal(arabic.language, 'ar')
  assert.equal(arabic.sentences.length, 3)
  checkOffsets(arabic)
  assert.equal(abrege.cleanSync(page('en-amp.html')).kept.length, 4)
})

for (const name of ['fr-une.html', 'en-login.html']) {
  test(`a page without an article says so: ${name}`, async () => {
    const summary = await abrege.summarize(page(name))
    assert.deepEqual(summary.sentences, [])
    assert.equal(summary.emptyReason, 'no_article')
  })
}

test('format is an option', async () => {
  const text = 'Le conseil a voté le <b>budget</b> de la ville mardi soir.'
  assert.equal(abrege.summarizeSync(text).format, 'text')
  const forced = abrege.summarizeSync(text, { format: 'html' })
  assert.equal(forced.format, 'html')
  assert.equal(forced.sentences[0].text, 'Le conseil a voté le budget de la ville mardi soir.')
  assert.equal(new abrege.Summarizer({ format: 'html' }).options.format, 'html')
  assert.equal(abrege.cleanSync('<!DOCTYPE html><p>Un texte.</p>', 'fr', 'text').source, null)
  const badFormat = (e) => e.code === 'ABREGE_INVALID_OPTION' && e.field === 'format' && /"auto", "text" or "html"/.test(e.message)
  assert.throws(() => abrege.summarizeSync(text, { format: 'pdf' }), badFormat)
  await assert.rejects(abrege.clean(text, 'auto', 'xml'), badFormat)
  assert.throws(() => abrege.summarizeSync(42), (e) => e instanceof TypeError && /Buffer or Uint8Array/.test(e.message))
})

test('the same page as text and as HTML gives the same sentences', () => {
  const text = ARTICLE.join('\n\n')
  const html = `<!doctype html><html lang=fr><body><article>${PARAGRAPHS}</article></body></html>`
  const summarizer = new abrege.Summarizer({ sentences: 2, title: 'Effondrement à Marseille' })
  const a = summarizer.summarizeSync(text)
  const b = summarizer.summarizeSync(html)
  assert.deepEqual([a.format, b.format], ['text', 'html'])
  const key = (s) => s.sentences.map((x) => [x.index, x.text, x.start, x.end])
  assert.deepEqual(key(a), key(b))
  assert.equal(b.source, text)
})

function badPages() {
  const full = page('fr-quotidien.html').toString('utf8')
  const invalid = Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Le conseil a vot', 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from(' le budget de la ville mardi soir, ', 'latin1'),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(' apr', 'latin1'),
    Buffer.from([0xe8]),
    Buffer.from('s trois heures de d', 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from('bat.</p>', 'latin1'),
    Buffer.from(PARAGRAPHS, 'utf8'),
  ])
  return [
    ['truncated', Buffer.from(full.slice(0, full.indexOf('cantines</a>')))],
    ['truncated in a tag', Buffer.from(full.slice(0, full.indexOf('<p>Le maire') + 2))],
    ['script without an end tag', Buffer.from(`<html><body>${PARAGRAPHS}<script>var a = '<p>pas du texte</p>';`)],
    ['style without an end tag', Buffer.from(`<html><body>${PARAGRAPHS}<style>p { color: red }`)],
    ['100,000 nested elements', Buffer.from(`<html><body>${'<div>'.repeat(100_000)}${PARAGRAPHS}`)],
    ['a 1 MB attribute', Buffer.from(`<html><body><div class="${'a '.repeat(500_000)}" data-x="${'x'.repeat(1 << 20)}">${PARAGRAPHS}</div>`)],
    ['50,000 empty paragraphs', Buffer.from(`<html><body>${'<p></p>'.repeat(50_000)}${PARAGRAPHS}`)],
    ['a comment that never closes', Buffer.from(`<html><body>${PARAGRAPHS}<!-- <p>Jamais affiché, car dans un commentaire.</p>`)],
    ['NUL bytes', Buffer.from(`<html><body>\0${PARAGRAPHS.replace('le quartier', 'le\0quartier')}\0`)],
    ['invalid UTF-8 declared UTF-8', invalid],
    ['a frameset', Buffer.from('<html><head><title>Cadres</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>')],
  ]
}

for (const [name, data] of badPages()) {
  test(`bad page gives a clear result: ${name}`, async () => {
    const s = await abrege.summarize(data)
    assert.equal(s.format, 'html')
    checkOffsets(s)
    if (name === 'a frameset') {
      assert.deepEqual(s.sentences, [])
      assert.equal(s.emptyReason, 'no_text')
    } else if (name.startsWith('truncated')) {
      assert.ok(s.sentences.length > 0 && !s.sentences.some((x) => x.text.includes('cookies')))
    } else if (name === 'invalid UTF-8 declared UTF-8') {
      assert.ok(s.source.includes('vot\ufffd le budget'))
      assert.equal(s.sentences.length, 3)
    } else {
      assert.equal(s.sentences.length, 3)
      assert.ok(s.sentences[0].text.startsWith('Le parquet de Marseille'))
    }
    for (const never of ['pas du texte', 'color: red', 'Jamais affiché', '\0']) assert.ok(!s.source.includes(never), never)
  })
}

test('a 50 MB page is too large under the default limit', async () => {
  const big = Buffer.from('<html><body>' + '<p>Le conseil a voté le budget de la ville.</p>'.repeat(1_100_000))
  assert.ok(big.length > 50_000_000)
  await assert.rejects(abrege.summarize(big), (e) => /over the limit/.test(e.message))
})
