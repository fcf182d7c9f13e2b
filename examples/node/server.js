#!/usr/bin/env node
// A small summarisation service on node:http alone.
//
//   POST /summarize   Content-Type: text/plain          body: the article
//   POST /summarize   Content-Type: application/json    body: {"text": "...", "options": {"sentences": 2}}
//
// Answers 200 with the summary as JSON, or 4xx with {"error": {"code", "message"}}.
// The work runs off the event loop, so one slow article does not hold up the others.
//
//   node server.js                       # listens on 127.0.0.1:8080 (PORT and HOST change it)
//   curl -s --data-binary @article.txt -H 'Content-Type: text/plain' localhost:8080/summarize
'use strict'

const http = require('node:http')
const { summarize } = require('abrege')

// Largest request body read, in bytes.
const MAX_BODY_BYTES = 4 * 1024 * 1024

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
    throw new HttpError(400, 'InvalidArg', 'the JSON body must be an object {"text", "options"}')
  }
  return { text: json.text, options: json.options }
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
    send(res, 200, await summarize(text, options))
  } catch (err) {
    // InvalidArg comes from abrege: a bad option or a text that is not a string.
    const status = err.status ?? (err.code === 'InvalidArg' ? 400 : 500)
    send(res, status, { error: { code: err.code ?? 'InternalError', message: err.message } })
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
