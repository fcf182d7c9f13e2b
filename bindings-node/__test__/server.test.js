'use strict'
// The example service: started as a program on a loopback port, then called over HTTP.
const assert = require('node:assert/strict')
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { after, before, test } = require('node:test')

const { ARTICLE, TITLE } = require('./fixtures')
const { layout } = require('./layout')

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'node')
let server
let base

before(async () => {
  assert.ok(
    fs.existsSync(path.join(EXAMPLE, 'node_modules', 'abrege')),
    'the example is not installed: run `npm install` in examples/node',
  )
  server = spawn(process.execPath, ['server.js'], {
    cwd: EXAMPLE,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MAX_ARTICLE_BYTES: '100000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  base = await new Promise((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk) => {
      out += chunk
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)
      if (m) resolve(m[1])
    })
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)))
  })
})

after(() => server?.kill('SIGTERM'))

async function post(body, type) {
  const res = await fetch(`${base}/summarize`, { method: 'POST', headers: { 'Content-Type': type }, body })
  return { status: res.status, json: await res.json() }
}

test('a plain-text article comes back summarised', async () => {
  const { status, json } = await post(ARTICLE, 'text/plain; charset=utf-8')
  assert.equal(status, 200)
  assert.equal(json.language, 'fr')
  assert.equal(json.title, TITLE)
  assert.equal(json.sentences.length, 3)
  for (const s of json.sentences) assert.equal(layout(ARTICLE.slice(s.start, s.end)), s.text)
  assert.equal(json.emptyReason, null)
})

test('JSON carries the options', async () => {
  const { status, json } = await post(JSON.stringify({ text: ARTICLE, options: { sentences: 1 } }), 'application/json')
  assert.equal(status, 200)
  assert.equal(json.sentences.length, 1)
  assert.equal(json.text, json.sentences[0].text)
  assert.ok(ARTICLE.includes(json.text))
})

test('bad requests get a 4xx with the error code and field', async () => {
  let r = await post(JSON.stringify({ text: ARTICLE, options: { sentences: 0 } }), 'application/json')
  assert.equal(r.status, 400)
  assert.deepEqual(r.json.error, { code: 'ABREGE_INVALID_OPTION', field: 'sentences', message: 'invalid option `sentences`: must be at least 1' })
  r = await post(JSON.stringify({ text: ARTICLE, options: { language: 'klingon' } }), 'application/json')
  assert.equal(r.status, 400)
  assert.equal(r.json.error.code, 'ABREGE_UNSUPPORTED_LANGUAGE')
  r = await post(JSON.stringify({ txt: ARTICLE }), 'application/json')
  assert.equal(r.status, 400)
  assert.equal(r.json.error.code, 'ERR_INVALID_ARG_TYPE')
  assert.match(r.json.error.message, /The "text" argument must be of type string/)
  r = await post(ARTICLE.repeat(150), 'text/plain') // 124 KB, over the service's 100 KB
  assert.equal(r.status, 413)
  assert.equal(r.json.error.code, 'ABREGE_INPUT_TOO_LARGE')
  assert.equal(r.json.error.field, 'maxInputBytes')
  r = await post('{not json', 'application/json')
  assert.equal(r.status, 400)
  assert.equal(r.json.error.code, 'InvalidJson')
  r = await post('<p>hi</p>', 'text/html')
  assert.equal(r.status, 415)
  const res = await fetch(`${base}/summarize`)
  assert.equal(res.status, 405)
  assert.equal((await fetch(`${base}/elsewhere`, { method: 'POST', body: 'x' })).status, 404)
})
