#!/usr/bin/env node
// Throughput of Summarizer.summarizeBatch on a JSON-lines corpus (one {"text": ...} per line).
//
//   node bench.js [corpus.jsonl] [rounds]
//
// The default corpus is ../shared/data/orangesum-abstract-valid.jsonl beside the checkout.
'use strict'

const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { Summarizer } = require('abrege')

const corpus = process.argv[2] ?? path.resolve(__dirname, '../../../shared/data/orangesum-abstract-valid.jsonl')
const rounds = Number(process.argv[3] ?? 5)
if (!fs.existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus}; pass a JSON-lines file with a "text" field`)
  process.exit(1)
}
const texts = fs
  .readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line).text)
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6

async function main() {
  const summarizer = new Summarizer({ sentences: 3, language: 'fr' })
  await summarizer.summarizeBatch(texts.slice(0, 50)) // warm up
  const rates = []
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint()
    const summaries = await summarizer.summarizeBatch(texts)
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (summaries.length !== texts.length) throw new Error('a summary is missing')
    rates.push(texts.length / seconds)
    console.log(`round ${i + 1}: ${texts.length} docs in ${seconds.toFixed(3)} s = ${(texts.length / seconds).toFixed(0)} docs/s, ${(megabytes / seconds).toFixed(1)} MB/s`)
  }
  rates.sort((a, b) => a - b)
  const median = rates[Math.floor(rates.length / 2)]
  console.log(
    `summarizeBatch: median ${median.toFixed(0)} docs/s (${((median * megabytes) / texts.length).toFixed(1)} MB/s) ` +
      `on ${texts.length} docs, ${megabytes.toFixed(1)} MB, ${os.availableParallelism()} cores`,
  )
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
