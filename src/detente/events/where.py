"""Where: a place named with a locative preposition on the event's clause chain."""

from __future__ import annotations

from detente.events.syntax import ancestors
from detente.records import Location, Mention, Sentence

LOCATIVE = {"in", "inside", "near", "outside", "across", "throughout"}
# "at" names a place for a building ("met at the White House") but a target for a country
# ("fired rockets at Israel").
LOCATIVE_FOR_SEATS = {"at"}


def locative_mentions(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are the object of "in/at …": places, not participants."""
    out = []
    for m in mentions:
        head = sentence.tokens[m.head]
        prep = sentence.tokens[head.head]
        word = prep.text.lower()
        place = word in LOCATIVE or (word in LOCATIVE_FOR_SEATS and m.actor.kind == "seat")
        if head.dep == "pobj" and place and m.actor.kind != "person":
            out.append(m)
    return out


def nearest_place(sentence: Sentence, trigger: int, places: list[Mention]) -> Mention | None:
    """The nearest place attached to the trigger or a verb above it."""
    chain = ancestors(sentence, trigger)
    best: tuple[int, Mention] | None = None
    for m in places:
        prep = sentence.tokens[m.head].head
        # "held talks in Cairo": the place may hang from the verb's object, one step down.
        for steps, anchor in enumerate(ancestors(sentence, sentence.tokens[prep].head)[:2]):
            if anchor in chain:
                rank = chain.index(anchor) + steps
                if best is None or rank < best[0]:
                    best = (rank, m)
                break
    return best[1] if best else None


def as_location(place: Mention | None) -> Location | None:
    if place is None:
        return None
    return Location(name=place.text, country=place.actor.country, lat=place.lat, lon=place.lon)
