"""A generator of news-like articles for benchmarks (invented text, fixed seed).

Most sentences in real news hold no codable event between two actors; here about 30% do.
Each article has a headline, a date line, a standfirst, body paragraphs, a caption with its
credit and a trailing credit line, like the page dumps detente reads.
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
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(rng: random.Random, n_sentences: int = 12, event_share: float = 0.3) -> str:
    lines = [
        f"{rng.choice(ACTORS).replace('the ', '').title()} in talks, officials say",
        f"March {rng.randint(1, 28)}, 2024",
        rng.choice(FILLER),
    ]
    body = []
    for _ in range(n_sentences):
        if rng.random() < event_share:
            a, b = rng.sample(ACTORS, 2)
            text = rng.choice(EVENTS).format(a=a, b=b, day=rng.choice(DAYS))
            body.append(text[0].upper() + text[1:])
        else:
            body.append(rng.choice(FILLER))
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    caption = "Delegates arrive for the talks.Image: Invented Photographer/Sample Agency"
    return "\n\n".join([*lines, *paragraphs, caption, "ab/cd (AFP, Reuters)"]) + "\n"


def corpus(n_articles: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(n_articles)]
