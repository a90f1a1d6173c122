"""Actor resolution on hand-built parses, with a small hand-made knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.kb import Entry, KnowledgeBase
from detente.actors.mentions import Memory
from detente.actors.resolve import ActorResolver
from tests.conftest import sentence


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    entries = [
        Entry("United States", "country", "USA", "USA", "", "United States"),
        Entry("US", "country", "USA", "USA", "", "United States"),
        Entry("North Korea", "country", "PRK", "PRK", "", "North Korea"),
        Entry("North Korean", "adjective", "PRK", "PRK", "", "North Korea"),
        Entry("Pyongyang", "seat", "PRKGOV", "PRK", "GOV", "North Korea"),
        Entry(
            "Donald Trump",
            "person",
            "USAGOV",
            "USA",
            "GOV",
            "Donald Trump",
            "head of state and government",
            date(2017, 1, 20),
            date(2021, 1, 20),
        ),
        Entry(
            "Trump",
            "person",
            "USAGOV",
            "USA",
            "GOV",
            "Donald Trump",
            "head of state and government",
            date(2017, 1, 20),
            date(2021, 1, 20),
        ),
    ]
    return ActorResolver(KnowledgeBase(entries, {"envoy": "GOV", "president": "GOV"}))


def _codes(resolver: ActorResolver, s, day: date) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.text, m.actor.code) for m in resolver.resolve_sentence(s, day, Memory())]


def test_role_noun_takes_the_country_that_modifies_it(resolver: ActorResolver) -> None:
    s = sentence(
        ["North", "Korean", "envoys", "walked", "away"],
        [1, 2, 3, 3, 3],
        ["amod", "amod", "nsubj", "ROOT", "advmod"],
        ["PROPN", "ADJ", "NOUN", "VERB", "ADV"],
        ["north", "korean", "envoy", "walk", "away"],
    )
    assert _codes(resolver, s, date(2019, 10, 5)) == [("North Korean envoys", "PRKGOV")]


def test_a_person_is_coded_by_the_office_held_on_the_day(resolver: ActorResolver) -> None:
    s = sentence(
        ["former", "President", "Donald", "Trump", "spoke"],
        [3, 3, 3, 4, 4],
        ["amod", "compound", "compound", "nsubj", "ROOT"],
        ["ADJ", "PROPN", "PROPN", "PROPN", "VERB"],
    )
    assert ("Donald Trump", "USAELI") in _codes(resolver, s, date(2021, 5, 1))
    assert ("Donald Trump", "USAGOV") in _codes(resolver, s, date(2019, 6, 30))


def test_capitals_only_acronyms_and_lower_case_words(resolver: ActorResolver) -> None:
    upper = sentence(["US", "troops"], [1, 1], ["compound", "ROOT"], ["PROPN", "NOUN"])
    lower = sentence(["tell", "us"], [0, 0], ["ROOT", "dobj"], ["VERB", "PRON"])
    assert _codes(resolver, upper, date(2020, 1, 1)) == [("US", "USA")]
    assert _codes(resolver, lower, date(2020, 1, 1)) == []


def test_surname_and_pronoun_point_back_to_the_person(resolver: ActorResolver) -> None:
    day = date(2019, 2, 27)
    memory = Memory()
    first = sentence(
        ["Donald", "Trump", "arrived"],
        [1, 2, 2],
        ["compound", "nsubj", "ROOT"],
        ["PROPN", "PROPN", "VERB"],
    )
    later = sentence(
        ["He", "met", "Pyongyang", "'s", "envoy"],
        [1, 1, 4, 2, 1],
        ["nsubj", "ROOT", "poss", "case", "dobj"],
        ["PRON", "VERB", "PROPN", "PART", "NOUN"],
        ["he", "meet", "pyongyang", "'s", "envoy"],
        index=1,
    )
    resolver.resolve_sentence(first, day, memory)
    found = [(m.text, m.actor.code) for m in resolver.resolve_sentence(later, day, memory)]
    assert found == [("He", "USAGOV"), ("Pyongyang's envoy", "PRKGOV")]


def test_it_in_what_a_country_says_is_that_country(resolver: ActorResolver) -> None:
    s = sentence(
        ["North", "Korea", "said", "it", "would", "respond"],
        [1, 2, 2, 5, 5, 2],
        ["compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp"],
        ["PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB"],
    )
    assert _codes(resolver, s, date(2020, 1, 1)) == [("North Korea", "PRK"), ("it", "PRK")]
