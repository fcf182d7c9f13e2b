'use strict'
// Texts written for these tests, shaped like the pages the library meets:
// a headline line, then paragraphs separated by blank lines; and the
// repository's fixture articles and pages (tests/fixtures), read from disk.
const fs = require('node:fs')
const path = require('node:path')

const TITLE = 'Lyon adopte un budget record pour rénover ses écoles'

const ARTICLE = `${TITLE}

Le conseil municipal de Lyon a adopté mardi soir un budget de 120 millions d'euros pour rénover les écoles de la ville d'ici 2030. Le vote a été acquis par 45 voix contre 18.

Les travaux porteront d'abord sur l'isolation des bâtiments les plus anciens, construits avant 1975. La mairie estime que la facture énergétique des écoles baissera d'un tiers une fois le programme achevé.

L'opposition a dénoncé un calendrier trop long et réclamé que les écoles des quartiers nord passent en priorité. « Les enfants ne peuvent pas attendre huit ans », a lancé une conseillère.

Le maire a répondu que les premiers chantiers commenceront dès l'été prochain, pendant les vacances scolaires, afin de ne pas perturber les cours.

Il faisait beau ce jour-là.`

const REPO = path.join(__dirname, '..', '..')

/** The repository's fixture files, `{ name, text }`, articles then pages, each in name order. */
const FIXTURES = ['articles', 'pages'].flatMap((dir) => {
  const full = path.join(REPO, 'tests', 'fixtures', dir)
  return fs
    .readdirSync(full)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(full, f), 'utf8') }))
})

/**
 * `n` different articles made from the fixtures: each fixture's paragraphs
 * rotated by a different amount, under a numbered headline.
 */
function articles(n) {
  const bases = FIXTURES.map((f) => f.text.split(/\n\s*\n/))
  return Array.from({ length: n }, (_, i) => {
    const paragraphs = bases[i % bases.length]
    const k = Math.floor(i / bases.length) % paragraphs.length
    return [`Dépêche numéro ${i}`, ...paragraphs.slice(k), ...paragraphs.slice(0, k)].join('\n\n')
  })
}

module.exports = { ARTICLE, FIXTURES, REPO, TITLE, articles }
