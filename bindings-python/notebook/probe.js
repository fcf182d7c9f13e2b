// Opens a notebook exported to HTML in headless Chromium (Debian's, never a
// downloaded one), reads what every abrege view shows, and takes screenshots.
//
//   CHROMIUM=/usr/bin/chromium NOTEBOOK_JS=target/notebook-js/node_modules \
//     node probe.js page.html facts.json SHOTS full|views
//
// Writes facts.json: for each view, in page order, its marks, dropped spans,
// folds, keywords and notes as the browser laid them out, plus what happened
// on the page (dialogs, script errors, requests that left file://). With
// `full`, SHOTS.png is the whole page; with `views`, SHOTS-summary.png,
// SHOTS-cleaned.png and SHOTS-note.png are the first summary's view, the
// first cleaned page's and the first truncation note (a page holding a
// 200,000-character view is too tall to take whole).
'use strict'

const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const { chromium } = require(require.resolve('playwright-core', { paths: [process.env.NOTEBOOK_JS || '.'] }))

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

// Runs in the page: what each view shows. A span is "rendered" when the
// browser shows it (text inside a closed <details> is not shown).
function readViews () {
  const rendered = (el) => el.checkVisibility()
  const text = (el) => el.textContent
  // The page part of a view as text, without the fold captions and scores.
  const pageText = (el) => {
    if (!el) return null
    const copy = el.cloneNode(true)
    copy.querySelectorAll('summary, sup').forEach((x) => x.remove())
    return copy.textContent
  }
  return [...document.querySelectorAll('.abrege-summary, .abrege-cleaned')].map((view) => ({
    kind: view.classList.contains('abrege-summary') ? 'summary' : 'cleaned',
    header: text(view.querySelector('.abrege-header')),
    title: view.querySelector('.abrege-title') ? text(view.querySelector('.abrege-title')) : null,
    legend: text(view.querySelector('.abrege-legend')),
    marks: [...view.querySelectorAll('mark.abrege-sentence')].map((m) => ({
      text: text(m),
      index: Number(m.dataset.index),
      score: Number(m.dataset.score),
      hover: m.getAttribute('title'),
      background: getComputedStyle(m).backgroundColor,
      rendered: rendered(m),
      beyond: m.closest('.abrege-beyond') !== null,
    })),
    dropped: [...view.querySelectorAll('.abrege-dropped')].map((d) => ({
      text: text(d),
      reason: d.dataset.reason,
      hover: d.getAttribute('title'),
      color: getComputedStyle(d).color,
      fontWeight: getComputedStyle(d).fontWeight,
      folded: d.closest('details') !== null,
      rendered: rendered(d),
    })),
    folds: [...view.querySelectorAll('details.abrege-fold')].map((f) => ({
      open: f.open,
      caption: text(f.querySelector('summary')),
      spans: f.querySelectorAll('.abrege-dropped').length,
    })),
    kept: [...view.querySelectorAll('.abrege-kept')].map(text),
    keywords: [...view.querySelectorAll('.abrege-keyword')].map((k) => ({
      text: text(k),
      weight: Number(k.dataset.weight),
      rendered: rendered(k),
    })),
    notes: [...view.querySelectorAll('.abrege-truncated')].map((n) => ({ text: text(n), rendered: rendered(n) })),
    pageText: pageText(view.querySelector('.abrege-page')),
    foreign: view.querySelectorAll('script, img, iframe, object, embed, svg, style, a, form, input').length,
    bodyColor: getComputedStyle(view.querySelector('.abrege-page')).color,
  }))
}

async function main () {
  const [html, out, shots, mode] = process.argv.slice(2)
  if (!html || !out || !shots || !['full', 'views'].includes(mode)) {
    throw new Error('usage: probe.js page.html facts.json SHOTS full|views')
  }
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium'
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'abrege-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1100, height: 900 },
    timeout: 60000,
  })
  const events = { dialogs: [], pageErrors: [], blocked: [] }
  try {
    // Nothing leaves the machine: the exported page's CDN scripts are refused.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue()
      events.blocked.push(url)
      return route.abort()
    })
    const page = context.pages()[0] || (await context.newPage())
    page.on('dialog', (d) => { events.dialogs.push(d.message()); d.dismiss().catch(() => {}) })
    page.on('pageerror', (e) => events.pageErrors.push(String(e)))
    await page.goto('file://' + path.resolve(html), { waitUntil: 'load', timeout: 60000 })
    const views = await page.evaluate(readViews)
    const taken = []
    if (mode === 'full') {
      await page.screenshot({ path: `${shots}.png`, fullPage: true, timeout: 60000 })
      taken.push(`${shots}.png`)
    } else {
      for (const [name, selector] of [['summary', '.abrege-summary'], ['cleaned', '.abrege-cleaned'], ['note', '.abrege-truncated']]) {
        const el = page.locator(selector).first()
        if (await el.count()) {
          await el.screenshot({ path: `${shots}-${name}.png`, timeout: 60000 })
          taken.push(`${shots}-${name}.png`)
        }
      }
    }
    // A person clicks the first fold open: its spans must then be laid out.
    let opened = null
    const fold = page.locator('.abrege-summary details.abrege-fold').first()
    if (await fold.count()) {
      await fold.locator('summary').click()
      opened = await fold.evaluate((f) => ({
        open: f.open,
        rendered: [...f.querySelectorAll('.abrege-dropped')].map((d) => d.checkVisibility()),
      }))
    }
    fs.writeFileSync(out, JSON.stringify({ views, opened, events, screenshots: taken }, null, 1))
  } finally {
    await context.close()
    fs.rmSync(profile, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
