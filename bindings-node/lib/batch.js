'use strict'
// Batches in slices, so that the event loop never waits long.
//
// Reading 20,000 strings into Rust, or building 20,000 summaries as
// JavaScript objects, takes the main thread hundreds of milliseconds in one
// go. So the documents go into a native Batch a slice at a time (about
// 512 KB of text each), the work runs on the thread pool on every core, and
// the results come back a slice at a time (about a millisecond of
// conversion each), with a turn of the event loop (setImmediate) between
// slices. The sync forms do the same without the turns.

const native = require('../binding.js')
const { fromNative, invalidArgType } = require('./errors.js')

const EXPECTED = 'an iterable of documents (strings, { text, title?, language? } objects, null or undefined)'

/** The documents of `items`, taken now: later changes to the array or iterable do not reach the batch. */
function documents(items, site) {
  if (typeof items === 'string' || items == null || typeof items[Symbol.iterator] !== 'function') {
    throw invalidArgType('items', EXPECTED, items, site)
  }
  return Array.isArray(items) ? items.slice() : Array.from(items)
}

/** A turn of the event loop: timers and I/O callbacks run before the next slice. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** One slice of results, as summaries or as settled entries. */
function convert(slice, start, failures, site, settled, out) {
  let index = start
  for (const summary of slice) {
    if (!settled) out.push(summary)
    else if (summary !== null) out.push({ status: 'fulfilled', value: summary })
    else out.push({ status: 'rejected', reason: fromNative(failures.get(index), site) })
    index += 1
  }
  return index
}

/** The first failure of a raising batch, or a map from index to failure for a settled one. */
function failuresOf(results, site, settled) {
  const failures = results.failures()
  if (!settled && failures.length > 0) throw fromNative(failures[0], site)
  return new Map(failures.map((f) => [f.index, f]))
}

/** A batch off the event loop: `Summary[]`, or settled entries when `settled`. */
async function run(summarizer, items, site, settled) {
  const docs = documents(items, site)
  const batch = new native.Batch()
  for (let i = 0; i < docs.length; ) {
    i = batch.push(docs, i)
    if (i < docs.length) await nextTurn()
  }
  let results
  try {
    results = await summarizer.summarizeEach(batch)
  } catch (err) {
    throw fromNative(err, site)
  }
  const failures = failuresOf(results, site, settled)
  const out = []
  for (let i = 0; i < results.length; ) {
    await nextTurn()
    i = convert(results.take(i), i, failures, site, settled, out)
  }
  return out
}

/** The same batch on the calling thread (the summaries are still made on every core). */
function runSync(summarizer, items, site, settled) {
  const docs = documents(items, site)
  const batch = new native.Batch()
  for (let i = 0; i < docs.length; ) i = batch.push(docs, i)
  let results
  try {
    results = summarizer.summarizeEachSync(batch)
  } catch (err) {
    throw fromNative(err, site)
  }
  const failures = failuresOf(results, site, settled)
  const out = []
  for (let i = 0; i < results.length; ) i = convert(results.take(i), i, failures, site, settled, out)
  return out
}

module.exports = { run, runSync }
