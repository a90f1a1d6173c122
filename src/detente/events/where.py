"""Where: a place named with a locative preposition on the event's clause chain."""

from __future__ import annotations

from detente.events.syntax import ancestors
from detente.records import Location, Mention, Sentence, Token

LOCATIVE = {"in", "inside", "near", "outside", "across", "throughout"}
BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "outskirts"}  # fmt: skip
# "at" names a place for a building ("met at the White House") but a target for a country
# ("fired rockets at Israel").
LOCATIVE_FOR_SEATS = {"at"}
# "criticism in France, the UK and Germany": those who react, not where
REACTIONS = {"criticism", "condemnation", "outrage", "anger", "concern", "alarm", "dismay",
             "protest", "opposition", "support", "sympathy"}  # fmt: skip
SETTLEMENTS = {"town", "city", "village", "province", "region", "district", "capital",
               "port", "enclave", "area", "state", "county", "island", "suburb"}  # fmt: skip

# "an embassy in Tehran", "its ambassador in Washington": the host, a party to the act
HOSTING = {"embassy", "consulate", "ambassador", "envoy", "consul", "diplomat", "attache"}


def locative_mentions(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are the object of "in/at …": places, not participants."""
    out = []
    for m in mentions:
        head, prep = _phrase(sentence, m)
        word = prep.text.lower()
        place = word in LOCATIVE | BEARINGS or (
            word in LOCATIVE_FOR_SEATS and m.actor.kind == "seat"
        )
        reacting = word == "in" and sentence.tokens[prep.head].lemma in REACTIONS | HOSTING
        if head.dep == "pobj" and place and m.actor.kind != "person" and not reacting:
            out.append(m)
    return out


def _phrase(sentence: Sentence, m: Mention) -> tuple[Token, Token]:
    """The noun a place hangs on and its preposition; "near the town of Samarra" gives
    ("town", "near")."""
    head = sentence.tokens[m.head]
    while head.dep == "conj" and head.head != head.i:
        head = sentence.tokens[head.head]  # "in Syria and Iraq": Iraq as Syria is
    prep = sentence.tokens[head.head]
    if prep.text.lower() == "of" and sentence.tokens[prep.head].lemma in SETTLEMENTS:
        head = sentence.tokens[prep.head]
        prep = sentence.tokens[head.head]
    above = sentence.tokens[prep.head]
    if prep.text.lower() == "of" and above.text.lower() in LOCATIVE | BEARINGS:
        prep = above  # "outside of the city of Basra", "20 km north of Kabul"
    return head, prep


def nearest_place(sentence: Sentence, trigger: int, places: list[Mention]) -> Mention | None:
    """The nearest place attached to the trigger or a verb above it."""
    chain = ancestors(sentence, trigger)
    best: tuple[int, Mention] | None = None
    for m in places:
        _, prep = _phrase(sentence, m)
        # "held talks in Cairo": the place may hang from the verb's object, one step down,
        # or from the object of its preposition ("killed by a bomb near Basra").
        for steps, anchor in enumerate(ancestors(sentence, prep.head)[:3]):
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
