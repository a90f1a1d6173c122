"""Exports and imports through the store, as `detente export` and `detente import` run them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from detente.exchange import export_events, import_events
from detente.records import Actor, Article, Event, Location, Paragraph, Result, Trigger
from detente.store import Store
from detente.store.queries import EventQuery
from tests.conftest import make_event

USA, PRK = Actor("USAGOV", "USA", "GOV", "United States"), Actor("PRKGOV", "PRK", "GOV", "")


def _event(n: int, **kw: Any) -> Event:
    fields: dict[str, Any] = dict(
        event_id=hashlib.sha256(str(n).encode()).hexdigest()[:16], doc_id=f"doc{n}",
        sentence=f"Sentence {n}.", source=USA, source_span=(0, 2), target=PRK,
        target_span=(5, 8), cameo="0311", cameo_label="x", goldstein=5.2, quad_class=1,
        plover_type="AGREE", plover_context="economic", trigger=Trigger("agreed", 3, 9),
        date=f"2019-0{1 + n % 9}-1{n % 9}", date_precision="day", published="2019-10-10",
        location=Location("Stockholm", "SWE", 59.33, 18.07), url=f"https://example.org/{n}",
    )  # fmt: skip
    return make_event(**{**fields, **kw})


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.duckdb")
    for n in range(1, 8):
        odd = n % 2 == 1
        e = _event(
            n,
            cameo="164" if odd else "0311",
            quad_class=4 if odd else 1,
            plover_type="SANCTION" if odd else "AGREE",
        )
        s.add(Result(Article(e.doc_id, e.doc_id, "t", (Paragraph("x"),), url=e.url), (e,)))
    return s


def test_gdelt_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.CSV"
    assert export_events(store, EventQuery(), "gdelt", str(out)) == 7
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert all(len(row) == 61 for row in rows)
    assert sorted(row[26] for row in rows) == sorted(["164", "0311"] * 3 + ["164"])
    fresh = Store(tmp_path / "fresh.duckdb")
    added, problems = import_events(fresh, "gdelt", str(out))
    assert (added, problems) == (7, "")
    back = sorted((s.event.cameo, s.event.source.code, s.event.date) for s in fresh.select())
    assert back == sorted(
        (s.event.cameo, s.event.source.code, s.event.date) for s in store.select()
    )
    assert {s.origin for s in fresh.select()} == {"gdelt"}


def test_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export_events(store, EventQuery(root="16"), "parquet", str(out)) == 4
    fresh = Store(tmp_path / "fresh.duckdb")
    assert import_events(fresh, "parquet", str(out)) == (4, "")
    assert [s.event for s in fresh.select()] == [
        s.event for s in store.select(EventQuery(root="16"))
    ]


def test_plover_and_mentions_exports(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "plover.jsonl"
    written = export_events(store, EventQuery(dyad=("USA", "PRK")), "plover", str(out))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert written == len(records) == 7
    assert {r["event"][0] for r in records} == {"AGREE", "SANCTION"}
    mentions = tmp_path / "mentions.CSV"
    assert export_events(store, EventQuery(), "gdelt-mentions", str(mentions)) == 7
    assert all(len(line.split("\t")) == 16 for line in mentions.read_text().splitlines())
