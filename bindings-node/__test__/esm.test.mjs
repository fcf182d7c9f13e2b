// The package imports from ESM: named exports and the default export.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import abrege, { Summarizer, summarize, summarizeSync } from 'abrege'

test('named ESM imports are the CommonJS exports', async () => {
  assert.equal(summarize, abrege.summarize)
  const text = 'La ville a voté le budget des écoles mardi. Les travaux commencent en juin.'
  const summary = await summarize(text, { sentences: 1 })
  assert.deepEqual(summary, summarizeSync(text, { sentences: 1 }))
  assert.deepEqual(new Summarizer({ sentences: 1 }).summarizeSync(text), summary)
})
