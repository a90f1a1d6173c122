"""A generator of news-like articles for benchmarks (invented text, fixed seed).

Most sentences in real news hold no codable event between two actors; here about 30% do.
The others are what fills real reports: background with an actor but no act ("Iran has
long denied …"), acts with no second party, quotes, pronoun follow-ups, market and weather
news. Each article has a headline, a date line, a standfirst, body paragraphs, a caption
with its photo credit and a trailing agency credit line, like the page dumps detente reads.
"""

from __future__ import annotations

import random

ACTORS = [
    "Russia",
    "Ukraine",
    "China",
    "Japan",
    "South Korea",
    "North Korea",
    "Iran",
    "Israel",
    "the United States",
    "France",
    "Germany",
    "India",
    "Pakistan",
    "Turkey",
    "Egypt",
    "Ethiopia",
    "the European Union",
    "the United Nations",
    "NATO",
    "Brazil",
]
EVENTS = [
    "{a} accused {b} of violating the ceasefire.",
    "{a} imposed new sanctions on {b} on {day}.",
    "Officials from {a} met their counterparts from {b} in Geneva.",
    "{a} urged {b} to return to the negotiating table.",
    "{a} sent humanitarian aid to {b} after the floods.",
    "The foreign minister of {a} criticized {b} for its military build-up.",
    "{a} and {b} agreed to expand trade and cooperation.",
    "{a} expelled two diplomats from {b} on {day}, the ministry said.",
    "Troops from {a} shelled positions held by {b} near the border.",
    "{a} threatened to cut economic ties with {b}.",
]
FILLER = [
    "Markets were calm in early trading as investors awaited new figures.",
    "The ministry published its annual report on infrastructure spending.",
    "Analysts said the figures pointed to a slow recovery in the second half.",
    "Weather forecasters expect heavy rain in the north over the weekend.",
    "The committee will publish its findings later this year.",
    "Officials did not give further details.",
    "The city council approved a new budget for public transport.",
    "Prices of staple foods rose for the third month in a row.",
]
# Sentences with an actor or a trigger word but no codable dyad: what the pre-filter weighs.
BACKGROUND = [
    "{a} has a population of more than ten million people.",
    "The talks were the first of their kind in more than a decade.",
    "{a} is one of the largest exporters of grain in the region.",
    "Relations between the two countries have been strained for years.",
    "The agreement is expected to be reviewed next year.",
    "He declined to comment on the matter.",
    '"We are ready to listen," a spokesperson said.',
    "The visit comes at a sensitive time for the region.",
    "It was not clear when the meeting would take place.",
    "Protesters gathered outside the parliament building on {day}.",
]
HEADLINES = [
    "{a} and {b} trade accusations over border clash",
    "{a} in talks, officials say",
    "Markets steady as investors await data",
    "{a} sends aid to {b}",
    "What we know about the crisis",
]
CAPTIONS = [
    "Delegates arrive for the talks.Image: Invented Photographer/Sample Agency",
    "Soldiers on patrol near the border. Photo: Sample Wire",
    "The foreign ministers met in Geneva (file photo)",
]
CREDITS = [
    "ab/cd (AFP, Reuters)",
    "xy/jk (dpa, AP)",
    "Reporting by Sample Reporter; editing by A. Editor",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _sentence(rng: random.Random, pool: list[str]) -> str:
    a, b = rng.sample(ACTORS, 2)
    text = rng.choice(pool).format(a=a, b=b, day=rng.choice(DAYS))
    return text[0].upper() + text[1:]


def article(rng: random.Random, n_sentences: int = 12, event_share: float = 0.3) -> str:
    headline = _sentence(rng, HEADLINES).replace("The ", "")
    lines = [headline, f"March {rng.randint(1, 28)}, 2024", rng.choice(FILLER)]
    body = []
    for _ in range(n_sentences):
        if rng.random() < event_share:
            body.append(_sentence(rng, EVENTS))
        elif rng.random() < 0.4:
            body.append(_sentence(rng, BACKGROUND))
        else:
            body.append(rng.choice(FILLER))
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    tail = [rng.choice(CAPTIONS), rng.choice(CREDITS)]
    return "\n\n".join([*lines, *paragraphs, *tail]) + "\n"


def corpus(n_articles: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(n_articles)]
