'use strict'
// Texts written for these tests, shaped like the pages the library meets:
// a headline line, then paragraphs separated by blank lines.

const TITLE = 'Lyon adopte un budget record pour rénover ses écoles'

const ARTICLE = `${TITLE}

Le conseil municipal de Lyon a adopté mardi soir un budget de 120 millions d'euros pour rénover les écoles de la ville d'ici 2030. Le vote a été acquis par 45 voix contre 18.

Les travaux porteront d'abord sur l'isolation des bâtiments les plus anciens, construits avant 1975. La mairie estime que la facture énergétique des écoles baissera d'un tiers une fois le programme achevé.

L'opposition a dénoncé un calendrier trop long et réclamé que les écoles des quartiers nord passent en priorité. « Les enfants ne peuvent pas attendre huit ans », a lancé une conseillère.

Le maire a répondu que les premiers chantiers commenceront dès l'été prochain, pendant les vacances scolaires, afin de ne pas perturber les cours.

Il faisait beau ce jour-là.`

module.exports = { ARTICLE, TITLE }
