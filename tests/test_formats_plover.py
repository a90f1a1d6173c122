"""PLOVER JSON Lines and POLECAT tables: the schema and column list in ../shared."""

from __future__ import annotations

import io
import json
from pathlib import Path

from detente.formats.plover import auxiliary_modes, plover_record, write_plover
from detente.formats.polecat import COLUMNS, write_polecat
from detente.records import Actor, Event
from tests.test_formats_data import make_event, shared_columns


def _events() -> list[Event]:
    return [
        make_event(0),
        make_event(1, date="2019-10", date_precision="month", negated=True),
        make_event(
            2,
            source=Actor("IGOUNO", "IGO", "", "United Nations"),
            target=Actor("KSVGOV", "KSV", "GOV", "Kosovo"),
            cameo="036",
            plover_type="AGREE",
            plover_mode=None,
            plover_context="crime; corruption",
            modality="intended",
            date="2021-05-01",
            location=None,
            url=None,
        ),
        make_event(3, target=None, target_span=None, sentence="", trigger=make_event().trigger),
    ]


def _records(events: list[Event]) -> list[dict[str, object]]:
    out = io.StringIO()
    assert write_plover(events, out) == len(events)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_record_is_valid_against_the_schema(shared: Path) -> None:
    import jsonschema  # type: ignore[import-untyped,unused-ignore]  # a dev dependency

    schema = json.loads((shared / "formats" / "plover_event.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for record in _records(_events()):
        assert not list(validator.iter_errors(record)), record


def test_record_fields() -> None:
    first = _records(_events())[0]
    assert (first["id"], first["date"], first["event"]) == (
        make_event(0).event_id,
        "2019-10-05",
        ["SANCTION"],
    )
    assert first["actor"] == [
        {
            "code": "PRK",
            "sector": "GOV",
            "entity_text": "North Korea",
            "identifier_text": "North Korea",
        }
    ]
    assert first["recipient"] == [
        {"code": "USA", "entity_text": "United States", "identifier_text": "United States"}
    ]
    assert (first["mode"], first["quad_code"], first["event_scale"]) == (["discontinue"], 4, -6.0)
    assert first["context"] == ["diplomatic", "historical"]  # a 2019 event told in 2021
    assert (first["text"], first["event_text"]) == (make_event().sentence, ["walked away from"])
    assert first["text_info"] == {"sequence": 0, "start": 12, "end": 28}
    assert first["event_loc"] == {
        "extracted_place": "Stockholm",
        "country_code": "SWE",
        "country": "Sweden",
        "lat": 59.33,
        "lon": 18.07,
    }
    cite = first["cite_info"]
    assert isinstance(cite, dict) and cite["url"] == "https://www.dw.com/en/a-57389112"
    assert "CAMEO 164 PRKGOV→USA" in str(first["comment"])


def test_month_precision_gives_an_end_date_and_negation_goes_in_context() -> None:
    second = _records(_events())[1]
    assert (second["date"], second["enddate"]) == ("2019-10-01", "2019-10-31")
    assert second["context"] == ["diplomatic", "negation", "historical"]
    assert "negation" not in second["mode"]  # type: ignore[operator]


def test_codes_for_un_kosovo_and_future_intent() -> None:
    third = _records(_events())[2]
    assert [a["code"] for a in third["actor"]] == ["UNO"]  # type: ignore[attr-defined]
    assert [a["code"] for a in third["recipient"]] == ["KOS"]  # type: ignore[attr-defined]
    assert third["context"] == ["crime", "corruption", "future"]
    assert "event_loc" not in third and "url" not in third["cite_info"]  # type: ignore[operator]


def test_auxiliary_modes() -> None:
    assert auxiliary_modes(make_event(date="2021-04-30")) == []
    assert auxiliary_modes(make_event(modality="hypothetical", date="2021-04-30")) == [
        "hypothetical"
    ]
    assert auxiliary_modes(make_event(modality="denied", negated=True, date=None)) == ["negation"]


def test_events_plover_cannot_hold_are_not_written() -> None:
    statement = make_event(cameo="010", plover_type=None)
    undated = make_event(date=None, published=None)
    assert plover_record(statement) is None and plover_record(undated) is None
    assert write_plover([statement, undated, make_event()], io.StringIO()) == 1


def test_polecat_header_and_40_columns(shared: Path) -> None:
    out = io.StringIO()
    assert write_polecat(_events(), out) == 4
    header, *rows = out.getvalue().splitlines()
    assert header.split("\t") == list(COLUMNS) == shared_columns(shared, "polecat.tsv")
    assert [len(r.split("\t")) for r in rows] == [40] * 4
    row = dict(zip(COLUMNS, rows[1].split("\t"), strict=True))
    assert (row["Event Type"], row["Event Mode"], row["Event Intensity"]) == (
        "SANCTION",
        "discontinue",
        "-6",
    )
    assert (row["Quad Code"], row["Contexts"]) == ("4", "diplomatic;negation;historical")
    assert (row["Actor Country"], row["Primary Actor Sector"], row["Actor Name Raw"]) == (
        "PRK",
        "GOV",
        "North Korea",
    )
    assert (row["Event Date"], row["Publication Date"], row["Source"]) == (
        "2019-10-01",
        "2021-05-01",
        "dw.com",
    )
    assert (row["Placename"], row["Country"], row["Latitude"]) == ("Stockholm", "Sweden", "59.33")
    third = dict(zip(COLUMNS, rows[2].split("\t"), strict=True))
    assert (third["Recipient Country"], third["Source"]) == ("KOS", "1dc364018e113f30")
