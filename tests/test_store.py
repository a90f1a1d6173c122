"""The DuckDB store: round trips, idempotent writes, and resuming after a crash."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from detente.records import Actor, Article, Event, Location, Paragraph, Result, Skipped, Trigger
from detente.settings import Settings
from detente.store import Store


def _article(doc_id: str) -> Article:
    return Article(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        title="t",
        paragraphs=(Paragraph("Russia attacked Ukraine."),),
    )


def _event(doc_id: str, n: int) -> Event:
    return Event(
        event_id=f"{doc_id}-{n}",
        doc_id=doc_id,
        sentence="Russia attacked Ukraine.",
        sentence_index=n,
        source=Actor("RUSMIL", "RUS", "MIL", "Russia"),
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
        date="2022-02",
        date_precision="month",
        published="2022-03-01",
        location=Location("Kharkiv", "UKR"),
    )


def _result(doc_id: str, n_events: int) -> Result:
    return Result(_article(doc_id), tuple(_event(doc_id, i) for i in range(n_events)))


def test_events_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add(_result("a", 2)) == 2
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        back = store.events()
    assert back == [_event("a", 0), _event("a", 1)]


def test_adding_twice_stores_nothing_twice(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_all([_result("a", 2), _result("b", 1), Skipped("bad.bin", "binary file")])
        assert (
            store.add_all([_result("a", 2), _result("b", 1), Skipped("bad.bin", "binary file")])
            == 0
        )
        assert (store.count("articles"), store.count("events"), store.count("skipped")) == (2, 3, 1)


def test_a_failed_write_leaves_no_half_article(tmp_path: Path) -> None:
    broken = dataclasses.replace(_event("c", 0), event_id=None)  # type: ignore[arg-type]
    bad = Result(_article("c"), (_event("c", 1), broken))
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(duckdb.ConstraintException):
            store.add(bad)
        assert not store.has_article("c")
        assert store.count("events") == 0
        assert store.add(_result("c", 2)) == 2


def test_resume_after_a_crash_matches_one_clean_run(tmp_path: Path) -> None:
    results = [_result(f"doc{i}", i % 3) for i in range(10)]
    with Store(tmp_path / "clean.duckdb") as clean:
        clean.add_all(results)
        expected = clean.events()
    with Store(tmp_path / "crashed.duckdb") as first:
        first.add_all(results[:4])  # the process dies here
    with Store(tmp_path / "crashed.duckdb") as second:
        second.add_all(results)
        assert second.events() == expected


def test_runs_are_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        run = store.start_run(Settings(), "0.1.0")
        store.finish_run(run, {"inputs": 3, "articles": 2, "skipped": 1, "events": 4})
        row = store.db.execute("SELECT inputs, articles, skipped, events FROM runs").fetchone()
    assert row == (3, 2, 1, 4)
