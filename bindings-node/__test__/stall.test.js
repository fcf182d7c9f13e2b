'use strict'
// The event loop keeps turning during a large batch: the documents go in and
// the summaries come out in slices (lib/batch.js), so no turn of abrege's
// waits long. The gaps between the ticks of a 1 ms interval are measured
// during one summarizeBatch of 20,000 articles, and printed.
//
// What is asserted is the longest gap less the garbage collector's pauses
// within it: abrege controls how long its own slices take, while V8's
// scavenges of a young generation full of new summaries (each 10 to 100 ms
// on this shared machine) come with any program that builds 20,000
// summaries. The bound is generous: 50 ms, or three times the machine's own
// noise when that is larger (a busy machine alone holds a waiting thread
// back tens of milliseconds; the noise is the longest gap while the main
// thread idles and two pool threads compute, as during a batch's work).
// Converting the results in one go, as before, stalls the loop for hundreds
// of milliseconds on a quiet machine and seconds on a busy one (2.8 s and
// 3.3 s, less GC, at the noise that gave this test a 90 ms bound).
const assert = require('node:assert/strict')
const crypto = require('node:crypto')
const { PerformanceObserver, monitorEventLoopDelay, performance } = require('node:perf_hooks')
const { test } = require('node:test')
const { promisify } = require('node:util')

const abrege = require('..')
const { articles } = require('./fixtures')

const DOCUMENTS = 20_000
const BOUND_MS = 50

/**
 * Runs `work()` while a 1 ms interval ticks. Gives its result, the longest
 * gap between ticks, the longest gap less the GC pauses within it, and
 * monitorEventLoopDelay's maximum.
 */
async function stalls(work) {
  const pauses = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.startTime + e.duration])
  })
  observer.observe({ entryTypes: ['gc'] })
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  const gaps = []
  let last = performance.now()
  const tick = () => {
    const now = performance.now()
    gaps.push([last, now])
    last = now
  }
  const timer = setInterval(tick, 1)
  histogram.enable()
  const result = await work()
  tick()
  histogram.disable()
  clearInterval(timer)
  await new Promise((resolve) => setImmediate(resolve)) // the last GC entries
  observer.disconnect()
  const gcWithin = ([from, to]) => pauses.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0)
  let longest = 0
  let longestLessGc = 0
  for (const gap of gaps) {
    longest = Math.max(longest, gap[1] - gap[0])
    longestLessGc = Math.max(longestLessGc, gap[1] - gap[0] - gcWithin(gap))
  }
  return { result, longest, longestLessGc, histogramMax: histogram.max / 1e6 }
}

/** The longest gap while the main thread idles and two pool threads compute for a few seconds. */
async function noise() {
  const pbkdf2 = promisify(crypto.pbkdf2)
  const burn = async () => {
    for (let i = 0; i < 6; i++) await pbkdf2('abrege', 'salt', 100_000, 64, 'sha512')
  }
  return (await stalls(() => Promise.all([burn(), burn()]))).longest
}

test(`no stall of abrege's over ${BOUND_MS} ms during a batch of ${DOCUMENTS} articles`, async (t) => {
  const texts = articles(DOCUMENTS)
  const summarizer = new abrege.Summarizer({ sentences: 3 })
  await summarizer.summarizeBatch(texts.slice(0, 50)) // warm up
  const floor = await noise()
  const started = performance.now()
  const { result, longest, longestLessGc, histogramMax } = await stalls(() => summarizer.summarizeBatch(texts))
  const seconds = (performance.now() - started) / 1000
  const bound = Math.max(BOUND_MS, 3 * floor)
  const line =
    `summarizeBatch of ${DOCUMENTS} articles: ${seconds.toFixed(1)} s; longest event-loop stall ` +
    `${longest.toFixed(1)} ms (setInterval; ${histogramMax.toFixed(1)} ms monitorEventLoopDelay), ` +
    `${longestLessGc.toFixed(1)} ms less GC pauses; machine noise ${floor.toFixed(1)} ms; bound ${bound.toFixed(0)} ms`
  t.diagnostic(line)
  console.log(line)
  assert.equal(result.length, DOCUMENTS)
  for (const i of [0, 7, 12_345, DOCUMENTS - 1]) assert.deepEqual(result[i], summarizer.summarizeSync(texts[i]), `document ${i}`)
  assert.ok(longestLessGc < bound, line)
})
