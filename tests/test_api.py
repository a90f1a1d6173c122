"""The public surface: one sorted ``__all__``, and nothing heavy on import."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

import detente
from detente.records import Actor, Event, Location, Trigger


def test_all_is_sorted_and_complete() -> None:
    assert detente.__all__ == sorted(detente.__all__)
    for name in (
        "code_text",
        "Pipeline",
        "Store",
        "Settings",
        "Article",
        "Skipped",
        "Sentence",
        "Mention",
        "Actor",
        "Event",
        "Location",
    ):
        assert name in detente.__all__
        assert hasattr(detente, name)


def test_import_loads_no_model_or_database() -> None:
    code = (
        "import sys, detente; print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('spacy', 'duckdb', 'thinc', 'fastapi', 'starlette', "
        "'uvicorn', 'jinja2')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_records_are_frozen() -> None:
    actor = Actor("USAGOV", "USA", "GOV", "United States")
    with pytest.raises(dataclasses.FrozenInstanceError):
        actor.code = "RUS"  # type: ignore[misc]


def _event(**changes: object) -> Event:
    base = Event(
        event_id="e1",
        doc_id="d1",
        sentence="Russia attacked Ukraine in Kharkiv.",
        sentence_index=0,
        source=Actor("RUS", "RUS", "", "Russia"),
        source_span=(0, 6),
        target=Actor("UKR", "UKR", "", "Ukraine"),
        target_span=(16, 23),
        cameo="190",
        cameo_label="Use conventional military force",
        goldstein=-10.0,
        quad_class=4,
        plover_type="ASSAULT",
        plover_mode=None,
        plover_context=None,
        trigger=Trigger("attacked", 7, 15),
        rule="verb:attack",
        confidence=0.9,
        location=Location("Kharkiv", "UKR"),
        date="2022-02-24",
        date_precision="day",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_event_json_has_the_documented_fields() -> None:
    data = _event().to_dict()
    for key in (
        "event_id",
        "doc_id",
        "url",
        "published",
        "sentence",
        "sentence_index",
        "source",
        "target",
        "cameo",
        "cameo_root",
        "cameo_label",
        "goldstein",
        "quad_class",
        "plover",
        "negated",
        "modality",
        "date",
        "date_precision",
        "location",
        "trigger",
        "rule",
        "confidence",
    ):
        assert key in data
    source = data["source"]
    assert isinstance(source, dict)
    assert set(source) >= {"text", "code", "country", "sector", "name", "start", "end"}
    assert source["text"] == "Russia"
    assert data["trigger"] == {"text": "attacked", "start": 7, "end": 15}
    assert data["cameo_root"] == "19"
    assert data["plover"] == {"type": "ASSAULT", "mode": None, "context": None}


def test_event_offsets_point_into_the_sentence() -> None:
    event = _event()
    data = event.to_dict()
    target = data["target"]
    assert isinstance(target, dict)
    assert event.sentence[target["start"] : target["end"]] == "Ukraine"


def test_event_without_target_serialises_null() -> None:
    assert _event(target=None, target_span=None).to_dict()["target"] is None
