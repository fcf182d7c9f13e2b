// The package imports from ESM: named exports and the default export.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import abrege, { AbregeError, Summarizer, clean, cleanSync, summarize, summarizeSync } from 'abrege'

test('named ESM imports are the CommonJS exports', async () => {
  assert.equal(summarize, abrege.summarize)
  assert.equal(clean, abrege.clean)
  assert.equal(cleanSync, abrege.cleanSync)
  assert.equal(AbregeError, abrege.AbregeError)
  const text = 'La ville a voté le budget des écoles mardi. Les travaux commencent en juin.'
  const summary = await summarize(text, { sentences: 1 })
  assert.deepEqual(summary, summarizeSync(text, { sentences: 1 }))
  const summarizer = new Summarizer({ sentences: 1 })
  assert.deepEqual(summarizer.summarizeSync(text), summary)
  assert.deepEqual(await summarizer.summarizeBatch([text]), [summary])
})

test('errors raised through ESM are AbregeErrors', async () => {
  await assert.rejects(summarize('Un texte.', { sentences: 0 }), (err) => err instanceof AbregeError && err.code === 'ABREGE_INVALID_OPTION')
})
