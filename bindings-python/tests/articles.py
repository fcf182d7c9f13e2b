"""Articles for the tests, written for them: French and English news, some with
the page noise that scraping leaves around an article."""

BUDGET = """\
Le conseil municipal adopte un budget record pour les écoles

Le conseil municipal de Lyon a adopté mardi soir un budget de 1,2 milliard d'euros pour l'année prochaine, dont un tiers consacré à la rénovation des écoles.

Le maire a défendu un budget « sincère et ambitieux », qui prévoit la rénovation de quarante écoles élémentaires d'ici trois ans. L'opposition a dénoncé une hausse de la dette de la ville.

Les travaux commenceront dès l'été dans les écoles les plus anciennes du centre-ville. Les parents d'élèves, consultés au printemps, avaient réclamé en priorité l'isolation des bâtiments.

La séance a duré plus de six heures. Il faisait très chaud dans la salle du conseil.

Le budget sera présenté aux habitants lors de réunions publiques en septembre.
"""

SOMMET = """\
Accueil | Politique | Économie | Sport | Culture

Rabat accueille le premier sommet africain sur l'intelligence artificielle

Le Maroc accueille depuis lundi à Rabat le premier sommet africain consacré à l'intelligence artificielle, qui réunit des ministres de trente pays.

Les délégations doivent adopter jeudi une déclaration commune sur la gouvernance des données et la formation des ingénieurs africains.

Lire aussi : Le numérique, nouvelle priorité des gouvernements africains

« L'Afrique ne doit pas rester spectatrice de cette révolution », a déclaré le ministre marocain du numérique à l'ouverture du sommet.

Plusieurs grandes entreprises technologiques ont annoncé des investissements dans des centres de données sur le continent.

Publicité

Le prochain sommet se tiendra à Nairobi dans deux ans.
"""

GRAINS = """\
Les prix des céréales flambent après une récolte décevante

Les prix du blé et du maïs ont bondi de près de 20 % en un mois sur les marchés européens, après une récolte jugée décevante en Europe de l'Est.

Les meuniers s'inquiètent d'une hausse du prix du pain dès l'automne. Le gouvernement a promis de réunir les acteurs de la filière la semaine prochaine.

La sécheresse du printemps a réduit les rendements de près d'un quart dans plusieurs régions productrices. Les stocks mondiaux sont à leur plus bas niveau depuis dix ans.

Les agriculteurs, eux, espèrent profiter de cette hausse pour compenser l'envolée du prix des engrais.
"""

FLOODS = """\
Severe floods force thousands from their homes

Heavy rain has forced more than ten thousand people to leave their homes in the north of the country, the authorities said on Sunday.

Rivers burst their banks after three days of continuous rain, flooding several towns and cutting major roads.

Emergency services have opened shelters in schools and sports halls. The army has been deployed to help evacuate elderly residents.

Forecasters expect the rain to ease on Tuesday, but warned that water levels could keep rising until the end of the week.
"""

FRENCH = [BUDGET, SOMMET, GRAINS]
ALL = [BUDGET, SOMMET, GRAINS, FLOODS]
