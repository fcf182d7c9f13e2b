// Types of abrege's Node.js API (index.js). Written by hand over the native
// layer, whose generated types are in binding.d.ts.

/**
 * The ISO 639-1 codes of the languages abrege knows: those with resources of
 * their own first (stop words, abbreviations, a Snowball stemmer), then the
 * others, read with generic rules.
 */
export type LanguageCode =
  | 'fr' | 'en' | 'ar' | 'da' | 'de' | 'el' | 'es' | 'fi' | 'hu' | 'it' | 'nl' | 'no' | 'pt'
  | 'ro' | 'ru' | 'sv' | 'ta' | 'tr' | 'ca' | 'af' | 'ak' | 'am' | 'az' | 'be' | 'bg' | 'bn'
  | 'bs' | 'cs' | 'cy' | 'eo' | 'et' | 'eu' | 'fa' | 'ga' | 'gu' | 'he' | 'hi' | 'hr' | 'hy'
  | 'id' | 'is' | 'ja' | 'jv' | 'ka' | 'kk' | 'km' | 'kn' | 'ko' | 'la' | 'lt' | 'lv' | 'mk'
  | 'ml' | 'mn' | 'mr' | 'ms' | 'my' | 'ne' | 'or' | 'pa' | 'pl' | 'ps' | 'si' | 'sk' | 'sl'
  | 'sn' | 'so' | 'sq' | 'sr' | 'sw' | 'te' | 'th' | 'tk' | 'tl' | 'uk' | 'ur' | 'uz' | 'vi'
  | 'yi' | 'zh' | 'zu'

/**
 * A language as an option takes it: `'auto'` to detect it, or a code. Case
 * and a region are ignored (`'FR'`, `'fr-FR'` and `'fr_CA'` all mean `'fr'`),
 * so any string is accepted by the type; an unknown code is an
 * `ABREGE_UNSUPPORTED_LANGUAGE` error listing the codes accepted.
 */
export type LanguageOption = LanguageCode | 'auto' | (string & {})

/** Why the cleaning stage dropped a span of the page. */
export type DropReason =
  /** The page's headline: reported as the title, not a sentence to pick. */
  | 'title'
  /** A navigation menu: short lines without sentence punctuation. */
  | 'menu'
  /** A ticker: headlines joined on one line by runs of spaces. */
  | 'ticker'
  /** Another article's title or excerpt, or a "Lire aussi" line. */
  | 'teaser'
  /** A button, form, notice or list heading ("Partager", "Latest articles"). */
  | 'widget'
  /** A photo credit ("© Jeanne Martin", "Photo : AFP"). */
  | 'credit'
  /** A byline, a date line or a breadcrumb. */
  | 'byline'
  /** An image caption or alt text. */
  | 'caption'
  /** A section heading inside the article. */
  | 'heading'
  /** Prose outside the article: another article's text, a notice. */
  | 'boilerplate'
  /** A page's navigation, as its HTML marks it. */
  | 'navigation'
  /** Readers' comments. */
  | 'comments'
  /** Links to related articles. */
  | 'related'
  /** A cookie or consent notice. */
  | 'consent'
  /** A paywall or subscription notice. */
  | 'paywall'

/**
 * What the input is: `'auto'` reads it as HTML only when it plainly is a page
 * (a doctype, `<html`, `<head` or `<body` at its start, or markup dominating
 * it); `'text'` reads markup as text; `'html'` parses it as a page.
 */
export type Format = 'auto' | 'text' | 'html'

/**
 * A text to summarise: a string, or a page's bytes (a `Buffer` or any
 * `Uint8Array`), decoded by its byte-order mark, then its `<meta charset>`,
 * else as UTF-8 with replacement characters.
 */
export type Text = string | Uint8Array

/** Why a summary has no sentences. */
export type EmptyReason =
  /** The text was missing (`null` or `undefined` in a batch), empty or blank. */
  | 'no_text'
  /** The text has words, but only page furniture that the cleaning stage dropped. */
  | 'no_article'
  /** The article has sentences, but none fits the `maxWords` or `maxChars` budget: sentences are never cut. */
  | 'budget_too_small'

/**
 * How a summary is made. Every field is optional, and `undefined` or `null`
 * means the default. At most one of the four budgets (`sentences`, `ratio`,
 * `maxWords`, `maxChars`) may be set; with none the summary has 3 sentences.
 */
export interface Options {
  /** Budget: this many sentences (at least 1). */
  sentences?: number | null
  /** Budget: this share of the document's sentences, in `(0, 1]`, rounded up. */
  ratio?: number | null
  /** Budget: at most this many words in all (at least 1). */
  maxWords?: number | null
  /** Budget: at most this many characters in all, counting one space between sentences (at least 1). */
  maxChars?: number | null
  /** `'auto'` (default) to detect the language, or a language code such as `'fr'`. */
  language?: LanguageOption | null
  /** The article's title, if known. Without it a headline is looked for in the text. */
  title?: string | null
  /** Drop the page around the article (menus, teasers, credits) before scoring. Default `true`. */
  clean?: boolean | null
  /** Use the corpus IDF table shipped for the language, when there is one. Default `true`. */
  idf?: boolean | null
  /** A candidate whose word overlap with a chosen sentence is at least this, in `(0, 1]`, is skipped. Default `0.6`. */
  redundancy?: number | null
  /** Inputs larger than this many UTF-8 bytes are rejected. Default 32 MiB. */
  maxInputBytes?: number | null
  /** What the input is. Default `'auto'`. */
  format?: Format | null
  /** How much each sentence feature counts. Left out, the learned scorer picks weights for the language and budget; given, they are used for every text, unset ones taking the defaults. */
  weights?: Weights | null
}

/**
 * How much each sentence feature counts in a sentence's score, each in
 * `[-1000, 1000]` (a negative weight makes a penalty). Unset weights keep
 * their defaults, which `new Summarizer().options.weights` shows: the learned
 * French weights for three sentences, which stand for the learned scorer
 * (weights per language and budget). See `Features` for what each feature
 * measures.
 */
export interface Weights {
  centrality?: number
  position?: number
  firstSentence?: number
  paragraphStart?: number
  firstParagraph?: number
  title?: number
  length?: number
  quote?: number
  numbers?: number
  entities?: number
  fragment?: number
  runOn?: number
}

/**
 * The options in force, every field filled in (`summarizer.options`). A
 * budget that is not set is `null`. Passing it back as options gives the
 * same summariser.
 */
export interface ResolvedOptions {
  sentences: number | null
  ratio: number | null
  maxWords: number | null
  maxChars: number | null
  /** `'auto'`, or the canonical code of the language given (`'fr'` for `'fr-FR'`). */
  language: LanguageCode | 'auto'
  title: string | null
  clean: boolean
  idf: boolean
  redundancy: number
  maxInputBytes: number
  format: Format
  weights: Required<Weights>
}

/** The result of summarising one text. */
export interface Summary {
  /** The chosen sentences joined by single spaces. */
  text: string
  /** The language used (given or detected); `'und'` for a text without sentences read with `'auto'`. */
  language: LanguageCode | 'und'
  /** How sure the detection was, in `[0, 1]`; 1 when the language was given. */
  languageConfidence: number
  /** The title, as given in the options or the batch item, or detected in the text. */
  title: string | null
  /** The chosen sentences, in document order. */
  sentences: Sentence[]
  /** The document's top terms, heaviest first. */
  keywords: Keyword[]
  /** How many candidate sentences the document had after cleaning. */
  sentenceCount: number
  /** Why there are no sentences; `null` when there are some. */
  emptyReason: EmptyReason | null
  /** The format the input was read as. */
  format: 'text' | 'html'
  /**
   * The text the offsets index when the input was HTML or bytes: every
   * visible block of the page, blank lines between; `null` when they index
   * the input itself.
   */
  source: string | null
  /** What an HTML page states about itself; `null` for text. */
  metadata: Metadata | null
}

/**
 * What an HTML page states about itself; each field is `null` when it does
 * not. The description is the site's own summary: reported, never a sentence.
 */
export interface Metadata {
  /** The article's title (og:title, JSON-LD headline, `<h1>`, `<title>`), the site's name stripped. */
  title: string | null
  /** The author or authors. */
  byline: string | null
  /** The publication date, as the page writes it (usually ISO 8601). */
  published: string | null
  /** The site's name. */
  siteName: string | null
  /** The canonical address. */
  url: string | null
  /** The page's description of itself (meta description). */
  description: string | null
  /** The language the page declares (`<html lang>`), an ISO 639-1 code. */
  language: string | null
}

/** One chosen sentence. */
export interface Sentence {
  /**
   * The sentence as the input writes it (`’`, `« »`, no-break spaces kept),
   * only the page's layout undone: it differs from
   * `input.slice(start, end)` only where soft hyphens are removed,
   * whitespace runs are collapsed to one space, and lines broken at a link
   * are rejoined (see the README for the exact rule).
   */
  text: string
  /** The sentence's score: the weighted sum of its features. */
  score: number
  /** The sentence's index among the document's candidate sentences. */
  index: number
  /** The per-feature breakdown of the score. */
  features: Features
  /**
   * When the word model chose the sentence (French, up to eight sentences,
   * the shipped weights): how many of the words of a journalist's summary it
   * is expected to hold that the sentences chosen before it do not. Absent
   * when the sentence scorer chose alone, by `score`.
   */
  expectedWords?: number
  /** UTF-16 index of the sentence's start in the input. */
  start: number
  /** UTF-16 index just past the sentence's end: `input.slice(start, end)` is the sentence as written. */
  end: number
}

/**
 * The per-feature values of one sentence, each in `[0, 1]`: why it scored
 * what it did. The score is the sum of each value times its weight.
 */
export interface Features {
  /** Cosine similarity between the sentence's TF-IDF vector and the whole document's. */
  centrality: number
  /** Closeness to the top of the article: 1 for the lede, decaying with the sentence index. */
  position: number
  /** 1 for the article's first sentence where news sites often open on a hook rather than the lede (French only), else 0. */
  firstSentence: number
  /** 1 for the first sentence of a paragraph. */
  paragraphStart: number
  /** 1 for a sentence of the article's first paragraph. */
  firstParagraph: number
  /** Share of the title's content words that the sentence contains. */
  title: number
  /** The sentence's length in words, over 40, at most 1. */
  length: number
  /** 1 if the sentence holds a quotation (« », “ ” or straight double quotes). */
  quote: number
  /** 1 if the sentence holds a number. */
  numbers: number
  /** Share of its words that are capitalised past the first (names: people, places, bodies), doubled, at most 1. */
  entities: number
  /** How far the sentence falls short of a full sentence (few content words); a penalty. */
  fragment: number
  /** How far the sentence runs past a readable length; a penalty. */
  runOn: number
}

/** A term that characterises the document. */
export interface Keyword {
  /** The term's most frequent surface form, lower-cased. */
  term: string
  /** Its TF-IDF weight; the heaviest keyword weighs 1. */
  weight: number
}

/** What the cleaning stage made of a page. */
export interface Cleaned {
  /** The language the page was read in; `'und'` if unknown. */
  language: LanguageCode | 'und'
  /** The page's headline, if one was found. */
  title: Span | null
  /** The article's blocks (paragraphs or lines), in page order. */
  kept: Span[]
  /** Everything else, in page order, each with its reason. */
  dropped: Dropped[]
  /** The article's text: the kept blocks and the section headings among them, blank lines between. */
  text: string
  /** The format the input was read as. */
  format: 'text' | 'html'
  /** The text the offsets index when the input was HTML or bytes; `null` when they index the input itself. */
  source: string | null
  /** What an HTML page states about itself; `null` for text. */
  metadata: Metadata | null
}

/** A span of the input. */
export interface Span {
  /** UTF-16 index of the span's start in the input. */
  start: number
  /** UTF-16 index just past the span's end: `input.slice(start, end)` is the span as written. */
  end: number
  /** The span as the input writes it, only the page's layout undone (as `Sentence.text`). */
  text: string
}

/** A span the cleaning stage dropped, and why. */
export interface Dropped extends Span {
  reason: DropReason
}

/**
 * One document of a batch with its own options. Other properties are
 * ignored, so rows of a JSON-lines file can be passed as they are.
 */
export interface BatchItem {
  /** The text; `null` or `undefined` gives an empty summary (`emptyReason: 'no_text'`). */
  text?: string | null
  /** The document's title, in place of the summariser's `title` option. */
  title?: string | null
  /** The document's language, in place of the summariser's `language` option. */
  language?: LanguageOption | null
}

/**
 * A document of a batch: its text, a `BatchItem` with its own title and
 * language, or `null`/`undefined` for a missing text (an empty summary with
 * `emptyReason: 'no_text'`).
 */
export type BatchInput = string | BatchItem | null | undefined

/**
 * The documents of a batch: any iterable of `BatchInput` (an array, a
 * readonly array, a `Set`, a generator), but not a string, which is an
 * iterable of its characters.
 */
export type Documents<T extends Iterable<BatchInput>> = T & (T extends string ? never : unknown)

/** One document's result in a settled batch, as `Promise.allSettled` gives them. */
export type SettledSummary =
  | { status: 'fulfilled'; value: Summary }
  | { status: 'rejected'; reason: AbregeError | TypeError }

/** The codes an `AbregeError` carries. */
export type AbregeErrorCode =
  /** An option out of range, unknown, or in conflict with another. */
  | 'ABREGE_INVALID_OPTION'
  /** A language code abrege does not know; the message lists the codes accepted. */
  | 'ABREGE_UNSUPPORTED_LANGUAGE'
  /** A text over `maxInputBytes`: `size` and `limit` say by how much. */
  | 'ABREGE_INPUT_TOO_LARGE'
  /** A bug in abrege (a caught panic): please report it. */
  | 'ABREGE_INTERNAL'

/**
 * The error abrege raises for a value it cannot take. A value of the wrong
 * type is a `TypeError` instead, with `code: 'ERR_INVALID_ARG_TYPE'` and the
 * same `field` and `index`, as Node's core modules throw.
 */
export declare class AbregeError extends Error {
  constructor(
    message: string,
    details: {
      code: AbregeErrorCode
      field?: string | null
      size?: number
      limit?: number
      index?: number
      cause?: unknown
    },
  )
  readonly name: 'AbregeError'
  readonly code: AbregeErrorCode
  /**
   * The option or argument at fault, camelCase: `'sentences'`,
   * `'weights.runOn'`, `'language'`, `'maxInputBytes'` (for a too large
   * input, the option it went over); `null` for `ABREGE_INTERNAL`.
   */
  readonly field: string | null
  /** The input's size in UTF-8 bytes (`ABREGE_INPUT_TOO_LARGE`). */
  readonly size?: number
  /** The `maxInputBytes` it went over (`ABREGE_INPUT_TOO_LARGE`). */
  readonly limit?: number
  /** The document's position in the batch, from 0 (batch calls). */
  readonly index?: number
}

/**
 * A configured summariser. Build one and reuse it: the options are checked
 * once. Throws an `AbregeError` (or a `TypeError`) naming a bad option.
 */
export declare class Summarizer {
  constructor(options?: Options | null)
  /** The options in force, every field filled in. */
  get options(): ResolvedOptions
  /** Summarises `text` off the main thread. */
  summarize(text: Text): Promise<Summary>
  /** Summarises `text` on the calling thread. */
  summarizeSync(text: Text): Summary
  /**
   * Summarises every document on every core, off the main thread, keeping
   * the event loop free (documents go in and summaries come out in slices).
   * One summary per document, in order. Rejects with the first failing
   * document's error, whose `index` names it.
   */
  summarizeBatch<T extends Iterable<BatchInput>>(items: Documents<T>): Promise<Summary[]>
  /**
   * `summarizeBatch` that never rejects for a document: one settled entry
   * per document, in order, as `Promise.allSettled` gives them.
   */
  summarizeBatchSettled<T extends Iterable<BatchInput>>(items: Documents<T>): Promise<SettledSummary[]>
  /** `summarizeBatch` on the calling thread (the work still uses every core). */
  summarizeBatchSync<T extends Iterable<BatchInput>>(items: Documents<T>): Summary[]
  /** `summarizeBatchSettled` on the calling thread. */
  summarizeBatchSettledSync<T extends Iterable<BatchInput>>(items: Documents<T>): SettledSummary[]
}

/** Summarises `text` off the main thread. */
export declare function summarize(text: Text, options?: Options | null): Promise<Summary>

/** Summarises `text` on the calling thread. */
export declare function summarizeSync(text: Text, options?: Options | null): Summary

/**
 * Separates the article from the page around it, off the main thread. For
 * HTML or bytes, the spans' offsets index `source`.
 */
export declare function clean(text: Text, language?: LanguageOption | null, format?: Format | null): Promise<Cleaned>

/** Separates the article from the page around it, on the calling thread. */
export declare function cleanSync(text: Text, language?: LanguageOption | null, format?: Format | null): Cleaned
