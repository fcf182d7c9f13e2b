#!/usr/bin/env node
// A small summarisation service on node:http alone.
//
//   POST /summarize   Content-Type: text/plain          body: the article
//   POST /summarize   Content-Type: application/json    body: {"text": "...", "options": {"sentences": 2}}
//
// Answers 200 with the summary as JSON, or 4xx with {"error": {"code", "message", "field"}}:
// 413 for an article over abrege's maxInputBytes (ABREGE_INPUT_TOO_LARGE), 400 for a bad
// option, an unknown language or a value of the wrong type. The work runs off the event loop,
// so one slow article does not hold up the others.
//
//   node server.js                       # listens on 127.0.0.1:8080 (PORT and HOST change it)
//   MAX_ARTICLE_BYTES=200000 node server.js   # refuse longer articles with 413
//   curl -s --data-binary @article.txt -H 'Content-Type: text/plain' localhost:8080/summarize
'use strict'

const http = require('node:http')
const { AbregeError, summarize } = require('abrege')

// Largest request body read, in bytes.
const MAX_BODY_BYTES = 4 * 1024 * 1024
// Largest article summarised, in UTF-8 bytes (abrege's maxInputBytes); MAX_ARTICLE_BYTES changes it.
const MAX_ARTICLE_BYTES = Number(process.env.MAX_ARTICLE_BYTES ?? 1024 * 1024)

class HttpError extends Error {
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

// The request body as a string, refusing bodies over MAX_BODY_BYTES.
async function readBody(req) {
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'PayloadTooLarge', `body over ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

// The article and options a request carries.
async function readArticle(req) {
  const type = (req.headers['content-type'] ?? 'text/plain').split(';')[0].trim().toLowerCase()
  const body = await readBody(req)
  if (type === 'text/plain') return { text: body, options: undefined }
  if (type !== 'application/json') {
    throw new HttpError(415, 'UnsupportedMediaType', 'send text/plain or application/json')
  }
  let json
  try {
    json = JSON.parse(body)
  } catch (err) {
    throw new HttpError(400, 'InvalidJson', err.message)
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new HttpError(400, 'InvalidBody', 'the JSON body must be an object {"text", "options"}')
  }
  return { text: json.text, options: json.options }
}

// The HTTP status for an error abrege raised: its code says whose fault it is.
function statusOf(err) {
  if (err instanceof AbregeError) {
    if (err.code === 'ABREGE_INPUT_TOO_LARGE') return 413
    if (err.code === 'ABREGE_INTERNAL') return 500
    return 400 // ABREGE_INVALID_OPTION, ABREGE_UNSUPPORTED_LANGUAGE
  }
  if (err.code === 'ERR_INVALID_ARG_TYPE') return 400 // a text or an option of the wrong type
  return 500
}

function send(res, status, value) {
  const body = JSON.stringify(value)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

async function handle(req, res) {
  try {
    const { pathname } = new URL(req.url, 'http://localhost')
    if (pathname !== '/summarize') throw new HttpError(404, 'NotFound', 'POST articles to /summarize')
    if (req.method !== 'POST') throw new HttpError(405, 'MethodNotAllowed', 'use POST')
    const { text, options } = await readArticle(req)
    // The service's own limit wins; options of the wrong type are left for abrege to refuse.
    const withLimit = options == null || typeof options === 'object' ? { ...options, maxInputBytes: MAX_ARTICLE_BYTES } : options
    send(res, 200, await summarize(text, withLimit))
  } catch (err) {
    const status = err.status ?? statusOf(err)
    const code = status === 500 ? 'InternalError' : err.code
    send(res, status, { error: { code, message: status === 500 ? 'internal error' : err.message, field: err.field ?? null } })
    if (status === 500) console.error(err)
  }
}

function createServer() {
  return http.createServer((req, res) => {
    handle(req, res)
  })
}

module.exports = { createServer }

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080)
  const host = process.env.HOST ?? '127.0.0.1'
  const server = createServer()
  server.listen(port, host, () => {
    const { address, port } = server.address()
    console.log(`abrege listening on http://${address}:${port}/summarize`)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
}
