#!/usr/bin/env node
// Checks on the shared data that a sentence's text is the article's text:
// every sentence and every clean() span of the five seed pages and of 1,500
// OrangeSum articles equals the layout of its slice of the input (the
// README's rule, written again in JavaScript in __test__/layout.js).
//
//   node bindings-node/scripts/check-shared-text.js [path/to/shared]
//
// The shared folder defaults to ../shared beside the checkout. Missing data
// is a failure, not a skip: this runs in the quality gate.
'use strict'

const fs = require('node:fs')
const path = require('node:path')

const { layout, spans } = require('../__test__/layout.js')

const ARTICLES = 1500
const shared = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared'))

function fail(message) {
  console.error(`check-shared-text: FAILED: ${message}`)
  process.exit(1)
}

let abrege
try {
  abrege = require('..')
} catch (err) {
  fail(`the addon cannot be loaded (${err.message}); run bash tests/all.sh, or npm install in bindings-node, first`)
}

function need(file) {
  if (!fs.existsSync(file)) fail(`${file} is missing (the shared data must sit beside the checkout, or pass its folder)`)
  return file
}

const seedDir = need(path.join(shared, 'seeds'))
const seeds = fs
  .readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: `seeds/${f}`, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }))
if (seeds.length === 0) fail(`no seed pages in ${seedDir}`)
const corpus = need(path.join(shared, 'data', 'orangesum-abstract-valid.jsonl'))
const rows = fs
  .readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, ARTICLES)
  .map((line) => JSON.parse(line))
if (rows.length < ARTICLES) fail(`${corpus} has ${rows.length} articles, ${ARTICLES} expected`)

const mismatches = []
let checked = 0
let kept = 0

function compare(name, input, summary, cleaned) {
  for (const [what, text, slice] of spans(input, summary, cleaned)) {
    checked += 1
    if (text === slice) kept += 1
    if (text !== layout(slice)) mismatches.push(`${name}, ${what}:\n  text   ${JSON.stringify(text)}\n  layout ${JSON.stringify(layout(slice))}`)
  }
}

async function main() {
  // Every sentence (ratio 1), with and without cleaning, and the spans clean() reports.
  for (const options of [{ ratio: 1 }, { ratio: 1, clean: false }]) {
    const summarizer = new abrege.Summarizer(options)
    const pages = await summarizer.summarizeBatch(seeds.map((s) => s.text))
    pages.forEach((summary, i) => compare(seeds[i].name, seeds[i].text, summary, options.clean === false ? null : abrege.cleanSync(seeds[i].text)))
    // The rows as they are: each article with its own title.
    const articles = await summarizer.summarizeBatch(rows)
    articles.forEach((summary, i) => compare(`${path.basename(corpus)} line ${i + 1}`, rows[i].text, summary, null))
  }
  for (const [i, row] of rows.entries()) compare(`${path.basename(corpus)} line ${i + 1}`, row.text, null, abrege.cleanSync(row.text, 'fr'))

  if (mismatches.length > 0) {
    console.error(mismatches.slice(0, 10).join('\n'))
    fail(`${mismatches.length} of ${checked} texts differ from the layout of their slice`)
  }
  if (checked < ARTICLES) fail(`only ${checked} texts were checked`)
  console.log(
    `check-shared-text: ok: ${checked} sentences and spans of ${seeds.length} seed pages and ${rows.length} OrangeSum articles ` +
      `are the layout of their slice (${kept} are the slice itself)`,
  )
}

main().catch((err) => fail(err.stack))
