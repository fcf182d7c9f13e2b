'use strict'
// abrege for Node.js: extractive summarisation of news text.
//
// The native addon is loaded by binding.js, which `napi build` generates;
// this file is the public API over it. It raises failures as AbregeError or
// TypeError with the caller's stack (lib/errors.js) and runs batches in
// slices so that the event loop keeps turning (lib/batch.js). index.d.ts
// types it.

const native = require('./binding.js')
const batch = require('./lib/batch.js')
const { AbregeError, callSite, fromNative, rethrow } = require('./lib/errors.js')

/** `promise`, rejecting with the error a program sees, stack at `site`. */
function settle(promise, site) {
  return promise.then(undefined, (err) => {
    throw fromNative(err, site)
  })
}

/** A configured summariser: the options are checked once, then used for every text. */
class Summarizer {
  #native

  constructor(options) {
    this.#native = rethrow(Summarizer, () => new native.Summarizer(options))
  }

  /** The options in force, every field filled in (a budget not set is null). */
  get options() {
    return this.#native.options
  }

  summarize(text) {
    return settle(this.#native.summarize(text), callSite(Summarizer.prototype.summarize))
  }

  summarizeSync(text) {
    return rethrow(Summarizer.prototype.summarizeSync, () => this.#native.summarizeSync(text))
  }

  summarizeBatch(items) {
    return batch.run(this.#native, items, callSite(Summarizer.prototype.summarizeBatch), false)
  }

  summarizeBatchSettled(items) {
    return batch.run(this.#native, items, callSite(Summarizer.prototype.summarizeBatchSettled), true)
  }

  summarizeBatchSync(items) {
    return batch.runSync(this.#native, items, callSite(Summarizer.prototype.summarizeBatchSync), false)
  }

  summarizeBatchSettledSync(items) {
    return batch.runSync(this.#native, items, callSite(Summarizer.prototype.summarizeBatchSettledSync), true)
  }
}

function summarize(text, options) {
  return settle(native.summarize(text, options), callSite(summarize))
}

function summarizeSync(text, options) {
  return rethrow(summarizeSync, () => native.summarizeSync(text, options))
}

function clean(text, language, format) {
  return settle(native.clean(text, language, format), callSite(clean))
}

function cleanSync(text, language, format) {
  return rethrow(cleanSync, () => native.cleanSync(text, language, format))
}

module.exports.AbregeError = AbregeError
module.exports.Summarizer = Summarizer
module.exports.clean = clean
module.exports.cleanSync = cleanSync
module.exports.summarize = summarize
module.exports.summarizeSync = summarizeSync
