'use strict'
// The event loop keeps turning during a large batch: the documents go in and
// the summaries come out in slices (lib/batch.js), so no turn waits long.
// The longest gap between two ticks of a 1 ms interval is measured during one
// summarizeBatch of 20,000 articles, and printed.
//
// The bound is generous: 50 ms, or twice the machine's own noise when that is
// larger. The machine that runs the tests is shared and can be busy, and then
// the operating system alone holds a waiting thread back tens of
// milliseconds; the noise is the longest gap measured while the main thread
// idles and two pool threads compute, as during a batch's work. Converting
// the results in one go stalls the loop for hundreds of milliseconds on a
// quiet machine, seconds on a busy one.
const assert = require('node:assert/strict')
const crypto = require('node:crypto')
const { monitorEventLoopDelay, performance } = require('node:perf_hooks')
const { test } = require('node:test')
const { promisify } = require('node:util')

const abrege = require('..')
const { articles } = require('./fixtures')

const DOCUMENTS = 20_000
const BOUND_MS = 50

/** Runs `work()` while a 1 ms interval ticks: its result, the longest gap between ticks, and the histogram's maximum. */
async function longestStall(work) {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  let last = performance.now()
  let longest = 0
  const tick = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }
  const timer = setInterval(tick, 1)
  histogram.enable()
  const result = await work()
  tick()
  histogram.disable()
  clearInterval(timer)
  return { result, longest, histogramMax: histogram.max / 1e6 }
}

/** The longest gap while the main thread idles and two pool threads compute for a few seconds. */
async function noise() {
  const pbkdf2 = promisify(crypto.pbkdf2)
  const burn = async () => {
    for (let i = 0; i < 6; i++) await pbkdf2('abrege', 'salt', 100_000, 64, 'sha512')
  }
  const { longest } = await longestStall(() => Promise.all([burn(), burn()]))
  return longest
}

test(`no stall over ${BOUND_MS} ms during a batch of ${DOCUMENTS} articles`, async (t) => {
  const texts = articles(DOCUMENTS)
  const summarizer = new abrege.Summarizer({ sentences: 3 })
  await summarizer.summarizeBatch(texts.slice(0, 50)) // warm up
  const floor = await noise()
  const started = performance.now()
  const { result, longest, histogramMax } = await longestStall(() => summarizer.summarizeBatch(texts))
  const seconds = (performance.now() - started) / 1000
  const bound = Math.max(BOUND_MS, 2 * floor)
  const line =
    `summarizeBatch of ${DOCUMENTS} articles: ${seconds.toFixed(1)} s; longest event-loop stall ` +
    `${longest.toFixed(1)} ms (setInterval), ${histogramMax.toFixed(1)} ms (monitorEventLoopDelay); ` +
    `machine noise ${floor.toFixed(1)} ms; bound ${bound.toFixed(0)} ms`
  t.diagnostic(line)
  console.log(line)
  assert.equal(result.length, DOCUMENTS)
  for (const i of [0, 7, 12_345, DOCUMENTS - 1]) assert.deepEqual(result[i], summarizer.summarizeSync(texts[i]), `document ${i}`)
  assert.ok(longest < bound, line)
})
