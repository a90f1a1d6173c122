"""Where: a place named with a locative preposition on the event's clause chain."""

from __future__ import annotations

from detente.events.syntax import ancestors
from detente.records import Location, Mention, Sentence

LOCATIVE = {"in", "at", "inside", "near", "outside"}


def locative_mentions(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are the object of "in/at …": places, not participants."""
    out = []
    for m in mentions:
        head = sentence.tokens[m.head]
        prep = sentence.tokens[head.head]
        if head.dep == "pobj" and prep.text.lower() in LOCATIVE and m.actor.kind != "person":
            out.append(m)
    return out


def event_location(sentence: Sentence, trigger: int, places: list[Mention]) -> Location | None:
    """The nearest place attached to the trigger or a verb above it."""
    chain = ancestors(sentence, trigger)
    best: tuple[int, Mention] | None = None
    for m in places:
        anchor = sentence.tokens[sentence.tokens[m.head].head].head
        if anchor in chain and (best is None or chain.index(anchor) < best[0]):
            best = (chain.index(anchor), m)
    if best is None:
        return None
    return Location(name=best[1].text, country=best[1].actor.country)
