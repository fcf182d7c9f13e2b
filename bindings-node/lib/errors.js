'use strict'
// abrege's errors as a Node program meets them.
//
// The native layer reports every failure with a stable `code` and the
// `field` at fault (plus `size`/`limit` for a too large input and `index`
// for a batch's document). Here they become:
//   - a `TypeError` with `code: 'ERR_INVALID_ARG_TYPE'` for a value of the
//     wrong type, as Node's core modules throw;
//   - an `AbregeError` for everything else, `code` one of CODES.
// Either way the stack shows where the call was made, for a promise that
// rejects too: the call site is captured when the call is made.

const { inspect } = require('node:util')

/** The codes an AbregeError carries. */
const CODES = Object.freeze([
  'ABREGE_INVALID_OPTION',
  'ABREGE_UNSUPPORTED_LANGUAGE',
  'ABREGE_INPUT_TOO_LARGE',
  'ABREGE_INTERNAL',
])

const KNOWN = new Set([...CODES, 'ERR_INVALID_ARG_TYPE'])

/** An error abrege raises for a value a program can check or fix; `code` says which. */
class AbregeError extends Error {
  /**
   * @param {string} message
   * @param {{ code: string, field?: string | null, size?: number, limit?: number, index?: number, cause?: unknown }} details
   */
  constructor(message, details) {
    super(message, details && 'cause' in details ? { cause: details.cause } : undefined)
    const { code, field = null, size, limit, index } = details ?? {}
    this.code = code ?? 'ABREGE_INTERNAL'
    this.field = field
    if (size !== undefined) this.size = size
    if (limit !== undefined) this.limit = limit
    if (index !== undefined) this.index = index
  }
}
Object.defineProperty(AbregeError.prototype, 'name', {
  value: 'AbregeError',
  writable: true,
  configurable: true,
  enumerable: false,
})

/**
 * The call site of `fn`'s caller, captured now, for an error raised later.
 * Capturing costs a microsecond or two; the frames are only formatted if an
 * error is raised.
 */
function callSite(fn) {
  const site = {}
  Error.captureStackTrace(site, fn)
  return site
}

/** `err.stack` as Node writes it for its own errors: `Name [CODE]: message`, then the call site's frames. */
function setStack(err, site) {
  const frames = site.stack
  const at = frames.indexOf('\n')
  Object.defineProperty(err, 'stack', {
    value: `${err.name} [${err.code}]: ${err.message}${at === -1 ? '' : frames.slice(at)}`,
    writable: true,
    configurable: true,
    enumerable: false,
  })
  return err
}

/**
 * The error a program sees for what the native layer reported (a thrown
 * native error or a batch's failure record), with the stack of `site`.
 * Anything else is returned as it is.
 */
function fromNative(failure, site) {
  if (failure === null || typeof failure !== 'object' || !KNOWN.has(failure.code)) return failure
  const { code, message, field = null, size, limit, index } = failure
  let err
  if (code === 'ERR_INVALID_ARG_TYPE') {
    err = new TypeError(message)
    err.code = code
    err.field = field
    if (index !== undefined) err.index = index
  } else {
    err = new AbregeError(message, { code, field, size, limit, index })
  }
  return setStack(err, site)
}

/** Runs `call`, raising what it throws as `fromNative` says, with `fn`'s caller's stack. */
function rethrow(fn, call) {
  try {
    return call()
  } catch (err) {
    throw fromNative(err, callSite(fn))
  }
}

/** Node's `ERR_INVALID_ARG_TYPE` for the argument `name`, as its core modules word it. */
function invalidArgType(name, expected, value, site) {
  const err = new TypeError(`The "${name}" argument must be ${expected}. Received ${describe(value)}`)
  err.code = 'ERR_INVALID_ARG_TYPE'
  err.field = name
  return setStack(err, site)
}

/** The value as Node's messages describe it: `type number (42)`, `null`, `an instance of Map`. */
function describe(value) {
  if (value == null) return String(value)
  if (typeof value === 'function') return `function ${value.name}`
  if (typeof value === 'object') {
    if (value.constructor?.name) return `an instance of ${value.constructor.name}`
    return inspect(value, { depth: -1 })
  }
  let shown = inspect(value, { colors: false })
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`
  return `type ${typeof value} (${shown})`
}

module.exports = { AbregeError, CODES, callSite, fromNative, invalidArgType, rethrow }
