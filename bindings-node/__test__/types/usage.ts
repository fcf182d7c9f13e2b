// What a TypeScript program may and may not write with abrege (imported by
// its package name, through package.json's "exports"); checked with
// `tsc --strict` by types.test.js. Each `@ts-expect-error` line must be an
// error, or tsc fails.
import {
  AbregeError,
  type AbregeErrorCode,
  type BatchItem,
  type Cleaned,
  type DropReason,
  type EmptyReason,
  type LanguageCode,
  type ResolvedOptions,
  type SettledSummary,
  type Summary,
  Summarizer,
  clean,
  cleanSync,
  summarize,
  summarizeSync,
} from 'abrege'

declare const text: string
/** Stands for whatever the program does with a value. */
declare function use(...values: unknown[]): void

async function typical(): Promise<void> {
  const s = new Summarizer({ sentences: 2, language: 'fr', weights: { runOn: -1 } })
  const summary: Summary = await s.summarize(text)
  const language: LanguageCode | 'und' = summary.language
  const reason: EmptyReason | null = summary.emptyReason
  if (summary.emptyReason === 'budget_too_small') use(reason, language)
  // @ts-expect-error: not an empty reason
  if (summary.emptyReason === 'too_short') use(reason)

  // The options in force: every field there, budgets number | null.
  const options: ResolvedOptions = s.options
  const sentences: number | null = options.sentences
  const runOn: number = options.weights.runOn
  const maxInputBytes: number = options.maxInputBytes
  // @ts-expect-error: a budget may be null
  const budget: number = options.ratio
  use(sentences, runOn, maxInputBytes, budget)
  new Summarizer(options) // the options in force are options

  // Languages: any spelling goes in ('fr-FR'), canonical codes come out.
  await summarize(text, { language: 'fr-FR' })
  summarizeSync(text, { language: 'auto', title: null, maxWords: 50 })
  // @ts-expect-error: a language is a string
  summarizeSync(text, { language: 7 })
  // @ts-expect-error: not an option
  summarizeSync(text, { sentence: 3 })
  // @ts-expect-error: not a weight
  summarizeSync(text, { weights: { run_on: 1 } })
  // @ts-expect-error: the text is a string
  summarizeSync(42)

  // Batches: any iterable of strings, items, null and undefined; readonly arrays.
  const titles: readonly string[] = ['a', 'b']
  const fromArray: Summary[] = await s.summarizeBatch(titles)
  const items: BatchItem[] = [{ text, title: 'Le titre' }, { text: null }, { text, language: 'en' }]
  await s.summarizeBatch(items)
  await s.summarizeBatch(new Set([text, null, undefined]))
  function* rows(): Generator<BatchItem> {
    yield { text }
  }
  s.summarizeBatchSync(rows())
  // @ts-expect-error: a batch is an iterable of documents, not a number
  await s.summarizeBatch(42)
  // @ts-expect-error: nor one text (a string is an iterable of characters)
  await s.summarizeBatch(text)
  // @ts-expect-error: nor one text, in the settled form
  s.summarizeBatchSettledSync('Un texte.')
  // @ts-expect-error: items are strings, objects, null or undefined
  await s.summarizeBatch([1, 2])

  const settled: SettledSummary[] = await s.summarizeBatchSettled(items)
  for (const r of settled) {
    if (r.status === 'fulfilled') use(r.value.sentences.length)
    else if (r.reason instanceof AbregeError) use(r.reason.index, r.reason.code)
    // @ts-expect-error: a rejected entry has no value
    else use(r.value)
  }
  s.summarizeBatchSettledSync(items)
  use(fromArray)

  // Errors: a class to test with instanceof, a closed union of codes.
  try {
    summarizeSync(text, { sentences: 0 })
  } catch (err) {
    if (err instanceof AbregeError) {
      const code: AbregeErrorCode = err.code
      const field: string | null = err.field
      const size: number | undefined = err.size
      if (err.code === 'ABREGE_INPUT_TOO_LARGE') use(err.limit, err.size)
      // @ts-expect-error: not one of abrege's codes
      if (err.code === 'InvalidArg') use(code)
      use(field, size, err.index, err.stack)
    }
  }

  // Cleaning: reasons are a literal union.
  const cleaned: Cleaned = await clean(text, 'fr')
  for (const d of cleanSync(text).dropped) {
    const why: DropReason = d.reason
    if (d.reason === 'paywall' || d.reason === 'menu') use(why)
    // @ts-expect-error: not a reason
    if (d.reason === 'advert') use(why)
  }
  use(cleaned.title?.text, cleaned.language)
}

void typical
