"""Summarise a column of articles, as in a notebook.

With pandas installed, the articles are a DataFrame column and the summaries
become new columns; without it, the same runs on a plain list. Either way one
`summarize_batch` call does the work on every core, with the GIL released.

    python examples/python/summarize_frame.py
"""

import abrege

ARTICLES = {
    "mairie": (
        "La mairie rénove ses écoles\n\n"
        "Le conseil municipal a voté mardi un plan de rénovation de douze écoles, "
        "financé par un emprunt de quarante millions d'euros. "
        "Les travaux commenceront pendant les vacances d'été et dureront trois ans.\n\n"
        "L'opposition a dénoncé une hausse de la dette de la ville. "
        "Le maire a répondu que l'isolation des bâtiments réduirait la facture d'énergie."
    ),
    "port": (
        "Le port de commerce bat son record de trafic\n\n"
        "Le port a accueilli l'an dernier plus de quatre-vingts millions de tonnes de "
        "marchandises, un record depuis sa création. "
        "La hausse vient surtout des conteneurs venus d'Asie.\n\n"
        "La direction prévoit d'agrandir deux terminaux d'ici la fin de la décennie. "
        "Les dockers demandent des embauches pour suivre la hausse du trafic."
    ),
    "floods": (
        "Floods close roads across the region\n\n"
        "Heavy rain closed more than forty roads across the region on Monday, "
        "and two villages were evacuated as rivers rose. "
        "Forecasters expect the rain to continue until Wednesday.\n\n"
        "The council has opened three shelters for residents who had to leave their homes."
    ),
}

summarizer = abrege.Summarizer(sentences=2)

try:
    import pandas as pd
except ImportError:
    pd = None

if pd is not None:
    df = pd.DataFrame({"id": list(ARTICLES), "text": list(ARTICLES.values())})
    summaries = summarizer.summarize_batch(df["text"])
    df["language"] = [s.language for s in summaries]
    df["title"] = [s.title for s in summaries]
    df["summary"] = [s.text for s in summaries]
    print("pandas DataFrame:")
    print(df[["id", "language", "title", "summary"]].to_string(index=False))
else:
    ids = list(ARTICLES)
    summaries = summarizer.summarize_batch(list(ARTICLES.values()))
    print("plain list (pandas is not installed):")
    for id_, summary in zip(ids, summaries):
        print(f"{id_}\t{summary.language}\t{summary.text}")

# In a notebook, a Summary on its own in a cell shows the article with the
# chosen sentences highlighted (Summary._repr_html_).
