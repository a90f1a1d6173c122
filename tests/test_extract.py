"""Event rules on hand-built parses: arguments, voice, modality, subsumption, dates."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from detente.actors.kb import Entry, KnowledgeBase
from detente.actors.resolve import ActorResolver
from detente.events.extract import EventCoder
from detente.events.lexicon import Lexicon, NounPattern, VerbPattern
from detente.ontology import load_codebook
from detente.records import Article, Document, Event, Paragraph, Sentence
from tests.conftest import sentence

PUB = date(2021, 5, 1)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    def country(name: str, code: str) -> Entry:
        return Entry(name, "country", code, code, "", name)

    entries = [
        country("Russia", "RUS"),
        country("Ukraine", "UKR"),
        country("Japan", "JPN"),
        country("China", "CHN"),
        country("Sweden", "SWE"),
        country("Iran", "IRN"),
    ]
    return ActorResolver(KnowledgeBase(entries, {"official": "GOV"}))


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    verbs = [
        VerbPattern("190", "attack"),
        VerbPattern("020", "urge"),
        VerbPattern("040", "meet"),
        VerbPattern("036", "promise"),
        VerbPattern("163", "impose", prep="on", objects=frozenset({"sanction"})),
        VerbPattern("046", "hold", objects=frozenset({"talk"})),
        VerbPattern(
            "164", "walk", particle="away", prep="from", objects=frozenset({"talk", "negotiation"})
        ),
    ]
    nouns = [NounPattern("192", "invasion", frozenset({"of"}))]
    return EventCoder(Lexicon(verbs, nouns), load_codebook())


def _code(resolver: ActorResolver, coder: EventCoder, s: Sentence) -> list[Event]:
    article = Article(
        doc_id="t", source="t", title="", published=PUB, paragraphs=(Paragraph(s.text),)
    )
    return coder(resolver(Document(article=article, sentences=(s,))))


def _summary(events: list[Event]) -> list[tuple[str, str | None, str, bool, str]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo, e.negated, e.modality)
        for e in events
    ]


def test_active_voice(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Russia", "attacked", "Ukraine", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        ["russia", "attack", "ukraine", "."],
    )
    events = _code(resolver, coder, s)
    assert _summary(events) == [("RUS", "UKR", "190", False, "asserted")]
    event = events[0]
    assert event.trigger.text == "attacked"
    assert s.text[event.trigger.start : event.trigger.end] == "attacked"
    assert (event.quad_class, event.plover_type, event.goldstein) == (4, "ASSAULT", -10.0)


def test_passive_voice_swaps_the_roles(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Ukraine", "was", "attacked", "by", "Russia"],
        [2, 2, 2, 2, 3],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
        ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
        ["ukraine", "be", "attack", "by", "russia"],
    )
    assert _summary(_code(resolver, coder, s)) == [("RUS", "UKR", "190", False, "asserted")]


def test_negation_is_flagged_not_dropped(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Russia", "did", "not", "attack", "Ukraine"],
        [3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj"],
        ["PROPN", "AUX", "PART", "VERB", "PROPN"],
        ["russia", "do", "not", "attack", "ukraine"],
    )
    assert _summary(_code(resolver, coder, s)) == [("RUS", "UKR", "190", True, "asserted")]


def test_failed_to_meet_is_negated(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Japan", "failed", "to", "meet", "China"],
        [1, 1, 3, 1, 3],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
        ["PROPN", "VERB", "PART", "VERB", "PROPN"],
        ["japan", "fail", "to", "meet", "china"],
    )
    assert _summary(_code(resolver, coder, s)) == [("JPN", "CHN", "040", True, "asserted")]


def test_future_cooperation_is_an_intent(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Japan", "will", "meet", "China", "in", "May"],
        [2, 2, 2, 2, 2, 4],
        ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj"],
        ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN"],
        ["japan", "will", "meet", "china", "in", "may"],
        ents=["", "", "", "", "", "DATE"],
    )
    events = _code(resolver, coder, s)
    assert _summary(events) == [("JPN", "CHN", "036", False, "intended")]
    assert (events[0].date, events[0].date_precision) == ("2021-05", "month")


def test_a_question_yields_nothing(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Did", "Russia", "attack", "Ukraine", "?"],
        [2, 2, 2, 2, 2],
        ["aux", "nsubj", "ROOT", "dobj", "punct"],
        ["AUX", "PROPN", "VERB", "PROPN", "PUNCT"],
        ["do", "russia", "attack", "ukraine", "?"],
    )
    assert _code(resolver, coder, s) == []


def test_the_content_of_an_appeal_is_not_a_second_event(
    resolver: ActorResolver, coder: EventCoder
) -> None:
    s = sentence(
        ["Japan", "urged", "Russia", "to", "meet", "Ukraine"],
        [1, 1, 1, 4, 1, 4],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
        ["PROPN", "VERB", "PROPN", "PART", "VERB", "PROPN"],
        ["japan", "urge", "russia", "to", "meet", "ukraine"],
    )
    assert _summary(_code(resolver, coder, s)) == [("JPN", "RUS", "020", False, "asserted")]


def test_verb_with_particle_preposition_and_object(
    resolver: ActorResolver, coder: EventCoder
) -> None:
    words = [
        "Iran",
        "walked",
        "away",
        "from",
        "talks",
        "with",
        "China",
        "in",
        "Sweden",
        "in",
        "October",
        "2019",
    ]
    s = sentence(
        words,
        [1, 1, 1, 2, 3, 4, 5, 1, 7, 1, 9, 10],
        [
            "nsubj",
            "ROOT",
            "advmod",
            "prep",
            "pobj",
            "prep",
            "pobj",
            "prep",
            "pobj",
            "prep",
            "pobj",
            "nummod",
        ],
        [
            "PROPN",
            "VERB",
            "ADV",
            "ADP",
            "NOUN",
            "ADP",
            "PROPN",
            "ADP",
            "PROPN",
            "ADP",
            "PROPN",
            "NUM",
        ],
        [
            "iran",
            "walk",
            "away",
            "from",
            "talk",
            "with",
            "china",
            "in",
            "sweden",
            "in",
            "october",
            "2019",
        ],
        ents=[""] * 10 + ["DATE", "DATE"],
    )
    events = _code(resolver, coder, s)
    assert _summary(events) == [("IRN", "CHN", "164", False, "asserted")]
    event = events[0]
    assert event.trigger.text == "walked away from talks"
    assert (event.date, event.date_precision) == ("2019-10", "month")
    assert event.location is not None and event.location.country == "SWE"


def test_nominal_event_with_possessive_and_of(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Russia", "'s", "invasion", "of", "Ukraine", "continued"],
        [2, 0, 5, 2, 3, 5],
        ["poss", "case", "nsubj", "prep", "pobj", "ROOT"],
        ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB"],
        ["russia", "'s", "invasion", "of", "ukraine", "continue"],
    )
    assert _summary(_code(resolver, coder, s)) == [("RUS", "UKR", "192", False, "asserted")]


def test_an_intended_attack_is_a_threat(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Russia", "will", "attack", "Ukraine"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj"],
        ["PROPN", "AUX", "VERB", "PROPN"],
        ["russia", "will", "attack", "ukraine"],
    )
    assert _summary(_code(resolver, coder, s)) == [("RUS", "UKR", "138", False, "intended")]


def test_refusing_to_meet_is_a_rejection(resolver: ActorResolver, coder: EventCoder) -> None:
    s = sentence(
        ["Japan", "refused", "to", "meet", "China"],
        [1, 1, 3, 1, 3],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
        ["PROPN", "VERB", "PART", "VERB", "PROPN"],
        ["japan", "refuse", "to", "meet", "china"],
    )
    assert _summary(_code(resolver, coder, s)) == [("JPN", "CHN", "125", False, "asserted")]


def test_compound_subject_that_meets_acts_on_itself(
    resolver: ActorResolver, coder: EventCoder
) -> None:
    s = sentence(
        ["Japan", "and", "China", "met"],
        [3, 0, 0, 3],
        ["nsubj", "cc", "conj", "ROOT"],
        ["PROPN", "CCONJ", "PROPN", "VERB"],
        ["japan", "and", "china", "meet"],
    )
    assert _summary(_code(resolver, coder, s)) == [("JPN", "CHN", "040", False, "asserted")]


def test_a_recollection_is_not_dated_to_the_report(
    resolver: ActorResolver, coder: EventCoder
) -> None:
    s = sentence(
        ["Japan", "had", "met", "China"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj"],
        ["PROPN", "AUX", "VERB", "PROPN"],
        ["japan", "have", "meet", "china"],
    )
    s = dataclasses.replace(
        s,
        tokens=tuple(
            dataclasses.replace(t, tag={1: "VBD", 2: "VBN"}.get(t.i, "")) for t in s.tokens
        ),
    )
    (event,) = _code(resolver, coder, s)
    assert (event.date, event.date_precision, event.date_text) == (
        None,
        "published",
        "before publication",
    )
