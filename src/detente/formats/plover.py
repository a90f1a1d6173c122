"""PLOVER JSON Lines: one event per line, valid against ``plover_event.schema.json``.

The PLOVER manual (openeventdata/PLOVER, "Data Fields") defines the record; detente fills:

- ``id`` (the event id), ``date``, and ``enddate`` when detente knows only the month or the
  year: "2019-10" is written ``date`` 2019-10-01, ``enddate`` 2019-10-31, so the
  imprecision is stated rather than hidden behind a made-up day.
- ``actor``/``recipient``: one entity each, ``code`` the PLOVER country code (ISO alpha-3;
  Kosovo "KOS" as the manual has it; non-state IGO/NGO/IMG/MNC, with the UN as "UNO" and
  EU bodies as "EUR"), ``sector`` the CAMEO sector, ``entity_text`` the words of the
  sentence, ``identifier_text`` the actor's canonical name. The full CAMEO dyad and code go
  in ``comment`` because PLOVER has no field for a CAMEO actor code.
- ``event``/``mode``/``context`` from detente's CAMEO→PLOVER crosswalk; ``quad_code`` and
  ``event_scale`` from PLOVER's own quad table and scores (``ontology/data/plover.json``),
  not CAMEO's (SANCTION is material conflict, as its section of the manual says).
- **Auxiliary modes** go in ``context``, where the manual puts them ("historical", "future",
  "hypothetical", "negation"), never in ``mode``, which holds the type's own sub-category.
  detente's flags map: negated or denied → negation; intended or expected → future;
  hypothetical or question → hypothetical; an event that ended more than 30 days before
  the report was published → historical.
- ``text`` (the sentence), ``event_text`` (the trigger words), ``text_info`` (sentence
  number and trigger offsets), ``event_loc``, ``cite_info`` (url, the document id as
  citation, coder and codebook), ``coder`` (detente and the rule that fired).

Events that have no PLOVER type (CAMEO 01 and 02, which PLOVER drops) or no date at all are
not written; ``write_plover`` returns how many were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from typing import TextIO

from detente import __version__
from detente.formats._common import country_by_code, date_span, day_of, fold, iso3
from detente.records import Actor, Event, Location

__all__ = [
    "auxiliary_modes",
    "plover_contexts",
    "plover_country",
    "plover_quad",
    "plover_record",
    "plover_score",
    "write_plover",
]

QUADS = {
    "VERBAL COOPERATION": 1,
    "MATERIAL COOPERATION": 2,
    "VERBAL CONFLICT": 3,
    "MATERIAL CONFLICT": 4,
}
PLOVER_COUNTRY = {"KSV": "KOS", "XKX": "KOS"}  # the manual's own code for Kosovo
CODEBOOK = "plover-base-1.3.1"
HISTORICAL_DAYS = 30
AUXILIARY = {
    "denied": "negation",
    "intended": "future",
    "expected": "future",
    "hypothetical": "hypothetical",
    "question": "hypothetical",
}


@cache
def _ontology() -> tuple[dict[str, int], dict[str, float]]:
    """PLOVER quads by type and scores by "TYPE" or "TYPE: Mode" from plover.json."""
    text = resources.files("detente.ontology").joinpath("data/plover.json").read_text("utf-8")
    data = json.loads(text)
    quads = {e["event"]: QUADS[e["quad"]] for e in data["events"]}
    scores = {str(k): float(v) for k, v in data["scores"].items()}
    return quads, scores


def plover_quad(plover_type: str) -> int | None:
    """PLOVER's quad of a type (1–4), from the manual's sections."""
    return _ontology()[0].get(plover_type)


def plover_score(plover_type: str, mode: str | None) -> float | None:
    """PLOVER's score for a type and mode, falling back to the type's base score."""
    scores = _ontology()[1]
    if mode:
        found = scores.get(f"{plover_type}: {mode[:1].upper()}{mode[1:]}")
        if found is not None:
            return found
    return scores.get(plover_type)


def plover_contexts(event: Event) -> list[str]:
    """The event's contexts ("crime; corruption" is two) followed by its auxiliary modes."""
    found = [c.strip() for c in (event.plover_context or "").split(";") if c.strip()]
    for aux in auxiliary_modes(event):
        if aux not in found:
            found.append(aux)
    return found


def auxiliary_modes(event: Event) -> list[str]:
    """PLOVER's auxiliary modes that the event's flags and dates imply."""
    modes = ["negation"] if event.negated else []
    aux = AUXILIARY.get(event.modality)
    if aux and aux not in modes:
        modes.append(aux)
    if _historical(event):
        modes.append("historical")
    return modes


def _historical(event: Event) -> bool:
    span = date_span(event.date)
    published = day_of(event.published)
    if span is None or published is None or event.date_precision == "published":
        return False
    return (date(*published) - date.fromisoformat(span[1])).days > HISTORICAL_DAYS


def plover_country(actor: Actor) -> str:
    """PLOVER's country code of an actor: ISO alpha-3, KOS, or the non-state code."""
    if actor.code.startswith("IGO") and "UNO" in actor.code[3:]:
        return "UNO"
    if actor.code.startswith("IGOEUR"):
        return "EUR"
    country = actor.country or actor.code[:3]
    return PLOVER_COUNTRY.get(country) or iso3(country)


def entity(actor: Actor, sentence: str, span: tuple[int, int] | None) -> dict[str, object]:
    """A PLOVER entity: code, sector, the words of the sentence and the canonical name."""
    out: dict[str, object] = {}
    if code := plover_country(actor):
        out["code"] = code
    if actor.sector:
        out["sector"] = actor.sector
    text = sentence[span[0] : span[1]] if span and sentence else ""
    if text or actor.name:
        out["entity_text"] = text or actor.name
    if actor.name:
        out["identifier_text"] = actor.name
    return out


def location(place: Location) -> dict[str, object]:
    """A PLOVER location object (``event_loc``)."""
    out: dict[str, object] = {"extracted_place": place.name}
    if place.country:
        out["country_code"] = iso3(place.country)
        found = country_by_code().get(place.country)
        if found:
            out["country"] = found.name
            if fold(found.name) == fold(place.name):
                out["resolution"] = 1
    if place.lat is not None and place.lon is not None:
        out["lat"], out["lon"] = place.lat, place.lon
    return out


def plover_record(event: Event) -> dict[str, object] | None:
    """The PLOVER record of an event, or None when PLOVER cannot hold it (see module doc)."""
    span = date_span(event.date) or date_span(event.published)
    if not event.plover_type or span is None:
        return None
    record: dict[str, object] = {"id": event.event_id, "date": span[0]}
    if span[1] != span[0]:
        record["enddate"] = span[1]
    record["actor"] = [entity(event.source, event.sentence, event.source_span)]
    if event.target is not None:
        record["recipient"] = [entity(event.target, event.sentence, event.target_span)]
    record["event"] = [event.plover_type]
    record |= _event_fields(event, event.plover_type)
    record |= _text_fields(event)
    return record


def _event_fields(event: Event, plover_type: str) -> dict[str, object]:
    out: dict[str, object] = {}
    if quad := plover_quad(plover_type):
        out["quad_code"] = quad
    score = plover_score(plover_type, event.plover_mode)
    if score is not None:
        out["event_scale"] = score
    if event.plover_mode:
        out["mode"] = [event.plover_mode]
    if contexts := plover_contexts(event):
        out["context"] = contexts
    if event.location is not None:
        out["event_loc"] = location(event.location)
    return out


def _text_fields(event: Event) -> dict[str, object]:
    out: dict[str, object] = {}
    if event.trigger.text:
        out["event_text"] = [event.trigger.text]
    if event.sentence:
        out["text"] = event.sentence
        out["text_info"] = {
            "sequence": event.sentence_index,
            "start": event.trigger.start,
            "end": event.trigger.end,
        }
    cite: dict[str, object] = {"citation": event.doc_id, "coder": f"detente {__version__}"}
    cite["codebook"] = CODEBOOK
    if event.url:
        cite["url"] = event.url
    out["cite_info"] = cite
    out["coder"] = f"detente {__version__}: {event.rule}"
    target = event.target.code if event.target else "-"
    out["comment"] = f"CAMEO {event.cameo} {event.source.code or '-'}→{target}"
    return out


def write_plover(events: Iterable[Event], out: TextIO) -> int:
    """Write PLOVER JSON Lines; returns the number of records written."""
    written = 0
    for event in events:
        record = plover_record(event)
        if record is not None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written
