'use strict'
// Concurrency: one Summarizer shared by many concurrent async calls (the
// libuv thread pool) and the addon loaded in many worker_threads give the
// same summaries as one thread, call by call.
const assert = require('node:assert/strict')
const { test } = require('node:test')
const { Worker } = require('node:worker_threads')
const path = require('node:path')

const abrege = require('..')
const { ARTICLE } = require('./fixtures')

const PARAGRAPHS = [
  "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine.",
  'Les écoles du quartier nord seront rénovées avant la rentrée, selon le maire.',
  "L'opposition dénonce une hausse des impôts locaux de 3 % qu'elle juge injustifiée.",
  "Les travaux de la piscine municipale commenceront au printemps, pour un coût de 12 millions d'euros.",
  '« Nous tiendrons nos engagements », a assuré l\'adjoint aux finances devant la presse.',
]

// A few dozen different articles: the fixture, and paragraphs rotated into new ones.
const TEXTS = [ARTICLE]
for (let i = 0; i < 30; i++) {
  const order = PARAGRAPHS.slice(i % 5).concat(PARAGRAPHS.slice(0, i % 5))
  TEXTS.push(order.slice(0, 2 + (i % 4)).join('\n\n'))
}
const OPTIONS = { sentences: 2 }

test('one Summarizer shared by many concurrent async calls', async () => {
  const summarizer = new abrege.Summarizer(OPTIONS)
  const expected = TEXTS.map((t) => summarizer.summarizeSync(t))
  const calls = []
  for (let round = 0; round < 8; round++) {
    for (const t of TEXTS) calls.push(summarizer.summarize(t))
    calls.push(summarizer.summarizeBatch(TEXTS))
  }
  const results = await Promise.all(calls)
  let k = 0
  for (let round = 0; round < 8; round++) {
    for (const e of expected) assert.deepEqual(results[k++], e)
    assert.deepEqual(results[k++], expected)
  }
})

// Each worker loads the addon, builds a Summarizer from the same options,
// summarises every text (sync and async, from a different starting point)
// and posts the results back.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const abrege = require(workerData.addon)
const summarizer = new abrege.Summarizer(workerData.options)
const { texts, offset } = workerData
;(async () => {
  const order = texts.map((_, j) => (offset + j) % texts.length)
  const sync = order.map((i) => summarizer.summarizeSync(texts[i]))
  const asyncResults = await Promise.all(order.map((i) => summarizer.summarize(texts[i])))
  const batch = await summarizer.summarizeBatch(texts)
  parentPort.postMessage({ order, sync, asyncResults, batch })
})().catch((err) => parentPort.postMessage({ error: String(err && err.stack) }))
`

function runWorker(offset) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { addon: path.join(__dirname, '..'), options: OPTIONS, texts: TEXTS, offset },
    })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)))
  })
}

test('worker_threads give the single-threaded results', async () => {
  const summarizer = new abrege.Summarizer(OPTIONS)
  const expected = TEXTS.map((t) => summarizer.summarizeSync(t))
  const results = await Promise.all(Array.from({ length: 6 }, (_, k) => runWorker(k * 5)))
  for (const r of results) {
    assert.equal(r.error, undefined)
    const inOrder = r.order.map((i) => expected[i])
    assert.deepEqual(r.sync, inOrder)
    assert.deepEqual(r.asyncResults, inOrder)
    assert.deepEqual(r.batch, expected)
  }
})
