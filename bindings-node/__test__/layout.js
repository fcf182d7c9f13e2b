'use strict'
// The documented relation between a sentence's `text` and its slice of the
// input, written again in JavaScript from the README's definition (not from
// the Rust code), so the tests check the binding against the contract:
//
//   text === layout(input.slice(start, end))
//
// where layout() removes soft hyphens (U+00AD), then rewrites each
// whitespace run (characters that are Unicode white space or controls):
//   - a run at either end of the span is removed;
//   - a run holding a line break right before `.`, `,`, `)` or `]` is
//     removed (a line broken at a link);
//   - a run of one character that is not a line break, tab or other control
//     (a space, a no-break space) stays as it is;
//   - any other run becomes one space.

const BLANK = /[\p{White_Space}\p{Cc}]/u
const CONTROL = /\p{Cc}/u
const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029'])
const AFTER_A_LINK = new Set(['.', ',', ')', ']'])

function layout(span) {
  const chars = [...span.replaceAll('\u00ad', '')]
  let out = ''
  let i = 0
  while (i < chars.length) {
    if (!BLANK.test(chars[i])) {
      out += chars[i]
      i += 1
      continue
    }
    let end = i
    while (end < chars.length && BLANK.test(chars[end])) end += 1
    const run = chars.slice(i, end)
    const next = chars[end]
    i = end
    const breaksLine = run.some((c) => LINE_BREAKS.has(c))
    if (out === '' || next === undefined) continue
    if (breaksLine && AFTER_A_LINK.has(next)) continue
    out += run.length === 1 && !breaksLine && !CONTROL.test(run[0]) ? run[0] : ' '
  }
  return out
}

/**
 * Every place a text is handed back with its span, for `input`: the
 * sentences of `summary`, and the title, kept and dropped spans of `cleaned`.
 * Each is `[what, text, slice]`, the slice taken of the input, or of the
 * `source` abrege made of it when it was read as HTML.
 */
function spans(input, summary, cleaned) {
  const out = []
  // For a page read as HTML the offsets index the text made of it (`source`).
  const indexed = summary?.source ?? input
  for (const s of summary?.sentences ?? []) out.push([`sentence ${s.index}`, s.text, indexed.slice(s.start, s.end)])
  if (cleaned) {
    input = cleaned.source ?? input
    const all = [...(cleaned.title ? [['title', cleaned.title]] : []), ...cleaned.kept.map((s) => ['kept', s]), ...cleaned.dropped.map((s) => [`dropped (${s.reason})`, s])]
    for (const [what, s] of all) out.push([`${what} at ${s.start}`, s.text, input.slice(s.start, s.end)])
  }
  return out
}

module.exports = { layout, spans }
