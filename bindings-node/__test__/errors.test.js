'use strict'
// Errors a program can act on: a distinct code per kind, the field at fault,
// sizes for a too large input, a TypeError as Node's own for a wrong type,
// and a stack that shows where the call was made, for rejections too.
const assert = require('node:assert/strict')
const { test } = require('node:test')

const abrege = require('..')
const { AbregeError } = abrege
const native = require('../binding.js')
const { callSite, fromNative, rethrow } = require('../lib/errors.js')
const { ARTICLE } = require('./fixtures')

// [options, code, field, what the message must say]
const BAD_OPTIONS = [
  [{ sentences: 0 }, 'ABREGE_INVALID_OPTION', 'sentences', /^invalid option `sentences`: must be at least 1$/],
  [{ sentences: -2 }, 'ABREGE_INVALID_OPTION', 'sentences', /must be at least 1, got -2$/],
  [{ sentences: 1.5 }, 'ABREGE_INVALID_OPTION', 'sentences', /must be an integer, got 1\.5$/],
  [{ sentences: NaN }, 'ABREGE_INVALID_OPTION', 'sentences', /must be an integer, got NaN$/],
  [{ sentences: 2 ** 53 }, 'ABREGE_INVALID_OPTION', 'sentences', /too large: got 9007199254740992, at most 9007199254740991/],
  [{ maxWords: Infinity }, 'ABREGE_INVALID_OPTION', 'maxWords', /too large: got Infinity/],
  [{ maxChars: -Infinity }, 'ABREGE_INVALID_OPTION', 'maxChars', /must be at least 1, got -Infinity$/],
  [{ ratio: 2 }, 'ABREGE_INVALID_OPTION', 'ratio', /must be in \(0, 1\], got 2$/],
  [{ ratio: Infinity }, 'ABREGE_INVALID_OPTION', 'ratio', /got Infinity$/],
  [{ redundancy: 0 }, 'ABREGE_INVALID_OPTION', 'redundancy', /must be in \(0, 1\], got 0$/],
  [{ redundancy: 1e300 }, 'ABREGE_INVALID_OPTION', 'redundancy', /got 1e\+300$/],
  [{ maxWords: 0 }, 'ABREGE_INVALID_OPTION', 'maxWords', /`maxWords`/],
  [{ maxInputBytes: 0 }, 'ABREGE_INVALID_OPTION', 'maxInputBytes', /`maxInputBytes`/],
  [{ sentences: 2, maxChars: 100 }, 'ABREGE_INVALID_OPTION', 'sentences', /at most one budget among sentences, ratio, maxWords and maxChars/],
  [{ weights: { runOn: Infinity } }, 'ABREGE_INVALID_OPTION', 'weights.runOn', /weight `runOn` must be a finite number in \[-1000, 1000\], got Infinity$/],
  [{ weights: { title: 2000 } }, 'ABREGE_INVALID_OPTION', 'weights.title', /weight `title`.*got 2000$/],
  [{ weights: { run_on: 1 } }, 'ABREGE_INVALID_OPTION', 'weights.run_on', /`weights\.run_on`: not an option; expected one of centrality, position, .*runOn/],
  [{ maxWord: 10 }, 'ABREGE_INVALID_OPTION', 'maxWord', /`maxWord`: not an option; expected one of sentences, ratio, maxWords/],
  [{ language: 'xx' }, 'ABREGE_UNSUPPORTED_LANGUAGE', 'language', /unsupported language `xx`.*: fr, en, /],
  [{ language: 'klingon-KL' }, 'ABREGE_UNSUPPORTED_LANGUAGE', 'language', /`klingon-KL`/],
  [{ sentences: '3' }, 'ERR_INVALID_ARG_TYPE', 'sentences', /^The "options\.sentences" property must be of type number\. Received type string \('3'\)$/],
  [{ maxChars: true }, 'ERR_INVALID_ARG_TYPE', 'maxChars', /"options\.maxChars" property must be of type number\. Received type boolean \(true\)$/],
  [{ language: 7 }, 'ERR_INVALID_ARG_TYPE', 'language', /"options\.language" property must be of type string\. Received type number \(7\)$/],
  [{ title: ['a'] }, 'ERR_INVALID_ARG_TYPE', 'title', /Received an instance of Array$/],
  [{ clean: 'yes' }, 'ERR_INVALID_ARG_TYPE', 'clean', /of type boolean\. Received type string \('yes'\)$/],
  [{ weights: { runOn: 'high' } }, 'ERR_INVALID_ARG_TYPE', 'weights.runOn', /"options\.weights\.runOn" property must be of type number/],
  [{ weights: [1, 2] }, 'ERR_INVALID_ARG_TYPE', 'weights', /"options\.weights" property must be of type object\. Received an instance of Array$/],
  ['fr', 'ERR_INVALID_ARG_TYPE', 'options', /^The "options" argument must be of type object\. Received type string \('fr'\)$/],
]

/** `err` is the error the table says, of the right class. */
function expected(options, code, field, message) {
  return (err) => {
    const what = `${JSON.stringify(options)}: ${err && err.message}`
    assert.equal(err.code, code, what)
    assert.equal(err.field, field, what)
    assert.match(err.message, message, what)
    if (code === 'ERR_INVALID_ARG_TYPE') {
      assert.ok(err instanceof TypeError, what)
      assert.ok(!(err instanceof AbregeError), what)
    } else {
      assert.ok(err instanceof AbregeError && err instanceof Error, what)
      assert.equal(err.name, 'AbregeError')
    }
    assert.doesNotMatch(err.message, /\binf\b/, what)
    assert.ok(err.stack.startsWith(`${err.name} [${code}]: ${err.message}`), err.stack)
    return true
  }
}

test('a bad option throws its code and field (sync calls, the constructor)', () => {
  for (const [options, ...rest] of BAD_OPTIONS) {
    assert.throws(() => abrege.summarizeSync(ARTICLE, options), expected(options, ...rest))
    assert.throws(() => new abrege.Summarizer(options), expected(options, ...rest))
  }
})

test('a bad option rejects with its code and field (async calls)', async () => {
  for (const [options, ...rest] of BAD_OPTIONS) {
    const promise = abrege.summarize(ARTICLE, options)
    assert.ok(promise instanceof Promise, 'the call returns a promise instead of throwing')
    await assert.rejects(promise, expected(options, ...rest))
  }
})

test('an argument of the wrong type is a TypeError as Node words it', async () => {
  const typeError = (field, message) => (err) => {
    assert.ok(err instanceof TypeError)
    assert.equal(err.code, 'ERR_INVALID_ARG_TYPE')
    assert.equal(err.field, field)
    assert.match(err.message, message)
    return true
  }
  assert.throws(() => abrege.summarizeSync(42), typeError('text', /^The "text" argument must be of type string or an instance of Buffer or Uint8Array\. Received type number \(42\)$/))
  assert.throws(() => abrege.cleanSync(null), typeError('text', /Received null$/))
  assert.throws(() => abrege.summarizeSync(new Float64Array(2)), typeError('text', /Received an instance of Float64Array$/))
  await assert.rejects(abrege.summarize(undefined), typeError('text', /Received undefined$/))
  await assert.rejects(abrege.clean(ARTICLE, 5), typeError('language', /The "language" argument must be of type string/))
  const s = new abrege.Summarizer()
  await assert.rejects(s.summarize({}), typeError('text', /Received an instance of Object$/))
  assert.throws(() => s.summarizeSync(Symbol('x')), typeError('text', /Received type symbol$/))
  const long = 'un texte bien plus long que vingt-cinq caractères'
  assert.throws(() => abrege.summarizeSync(ARTICLE, { sentences: long }), typeError('sentences', /Received type string \('un texte bien plus long q'\.\.\.\)$/))
})

test('an input over maxInputBytes is ABREGE_INPUT_TOO_LARGE, with its size and the limit', async () => {
  const s = new abrege.Summarizer({ maxInputBytes: 1000 })
  const text = 'é'.repeat(600) // 1,200 UTF-8 bytes
  const tooLarge = (err) => {
    assert.ok(err instanceof AbregeError)
    assert.equal(err.code, 'ABREGE_INPUT_TOO_LARGE')
    assert.equal(err.field, 'maxInputBytes')
    assert.equal(err.size, 1200)
    assert.equal(err.limit, 1000)
    assert.equal(err.index, undefined)
    assert.equal(err.message, 'input of 1200 bytes is over the limit of 1000 bytes (option `maxInputBytes`)')
    return true
  }
  assert.throws(() => s.summarizeSync(text), tooLarge)
  await assert.rejects(s.summarize(text), tooLarge)
  await assert.rejects(abrege.summarize(text, { maxInputBytes: 1000 }), tooLarge)
})

test('an unsupported language lists the codes accepted', async () => {
  await assert.rejects(abrege.clean(ARTICLE, 'klingon'), (err) => {
    assert.equal(err.code, 'ABREGE_UNSUPPORTED_LANGUAGE')
    assert.equal(err.field, 'language')
    assert.match(err.message, /^unsupported language `klingon`: use "auto" or one of these ISO 639-1 codes .*: fr, en, .*, zu$/)
    return true
  })
})

// Named functions, so that the stacks can be checked for them.
function callsSummarizeSync() {
  return abrege.summarizeSync(ARTICLE, { sentences: 0 })
}
async function awaitsSummarize() {
  await abrege.summarize(ARTICLE, { sentences: 0 })
}
async function awaitsBatch(summarizer) {
  await summarizer.summarizeBatch(['Un texte court.', 'é'.repeat(600)])
}

test('the stack shows where the call was made, for a rejection too', async () => {
  const frames = (err) => err.stack.split('\n').slice(1)
  assert.throws(callsSummarizeSync, (err) => {
    assert.match(frames(err)[0], /at callsSummarizeSync /)
    assert.ok(!err.stack.includes('index.js'), 'no frame of abrege itself')
    return true
  })
  await assert.rejects(awaitsSummarize(), (err) => {
    assert.match(frames(err)[0], /at awaitsSummarize /)
    assert.match(err.stack, /errors\.test\.js:\d+:\d+/)
    return true
  })
  await assert.rejects(awaitsBatch(new abrege.Summarizer({ maxInputBytes: 1000 })), (err) => {
    assert.match(frames(err)[0], /at awaitsBatch /)
    assert.equal(err.index, 1)
    assert.match(err.message, /^document 1: input of 1200 bytes/)
    return true
  })
})

test('a panic in Rust is an ABREGE_INTERNAL error, sync or async, and the process lives on', async () => {
  const internal = (err) => {
    assert.ok(err instanceof AbregeError)
    assert.equal(err.code, 'ABREGE_INTERNAL')
    assert.equal(err.field, null)
    assert.match(err.message, /^abrege panicked \(this is a bug, please report it\): a panic raised for the tests$/)
    return true
  }
  // The native test hook, raised through the same mapping as the public calls.
  function panicsSync() {
    return rethrow(panicsSync, () => native.__panicForTests(true))
  }
  assert.throws(panicsSync, internal)
  const site = callSite(test)
  await assert.rejects(
    native.__panicForTests(false).catch((err) => {
      throw fromNative(err, site)
    }),
    internal,
  )
  assert.equal(abrege.summarizeSync(ARTICLE, { sentences: 1 }).sentences.length, 1)
})

test('AbregeError can be built, for tests of code that handles it', () => {
  const err = new AbregeError('input of 5 bytes is over the limit of 4 bytes', { code: 'ABREGE_INPUT_TOO_LARGE', field: 'maxInputBytes', size: 5, limit: 4 })
  assert.ok(err instanceof Error)
  assert.equal(err.name, 'AbregeError')
  assert.deepEqual({ ...err }, { code: 'ABREGE_INPUT_TOO_LARGE', field: 'maxInputBytes', size: 5, limit: 4 })
  assert.equal(Object.prototype.toString.call(err), '[object Error]')
})
