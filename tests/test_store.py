"""The DuckDB store: round trips, idempotent writes, resuming, migrations, deduplication."""

from __future__ import annotations

import dataclasses
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.records import Actor, Article, Event, Location, Paragraph, Result, Skipped
from detente.settings import Settings
from detente.store import Store
from detente.store.queries import EventQuery
from detente.versions import data_version
from tests.conftest import make_event

RUS, UKR = Actor("RUSMIL", "RUS", "MIL", "Russia"), Actor("UKR", "UKR", "", "Ukraine")
USA, PRK = Actor("USAGOV", "USA", "GOV", "United States"), Actor("PRKGOV", "PRK", "GOV", "")


def _article(doc_id: str, url: str | None = None, published: date | None = None) -> Article:
    return Article(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        title="t",
        url=url,
        published=published,
        paragraphs=(Paragraph("Russia attacked Ukraine."),),
    )


def _event(doc_id: str, n: int = 0, **changes: Any) -> Event:
    fields: dict[str, Any] = dict(
        event_id=f"{doc_id}-{n}", doc_id=doc_id, sentence=f"Sentence {n} of {doc_id}.",
        sentence_index=n, source=RUS, rule="verb:attack", date=f"2022-02-{10 + 3 * n:02d}",
        date_precision="day", published="2022-03-01", location=Location("Kharkiv", "UKR"),
    )  # fmt: skip
    return make_event(**{**fields, **changes})


def _result(doc_id: str, n_events: int, url: str | None = None) -> Result:
    return Result(_article(doc_id, url), tuple(_event(doc_id, i) for i in range(n_events)))


def test_events_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add(_result("a", 2)) == 2
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.events() == [_event("a", 0), _event("a", 1)]
        reports = store.reports("a-1")
    assert [(r.doc_id, r.sentence, r.trigger.text) for r in reports] == [
        ("a", "Sentence 1 of a.", "attacked")
    ]


def test_adding_twice_stores_nothing_twice(tmp_path: Path) -> None:
    batch: list[Result | Skipped] = [_result("a", 2), _result("b", 1), Skipped("x", "binary")]
    with Store(tmp_path / "s.duckdb") as store:
        store.add_all(batch)
        assert store.add_all(batch) == 0
        counts = [store.count(t) for t in ("articles", "events", "mentions", "skipped")]
    # b's only event repeats a's first one (same dyad, code and day): one event, two mentions
    assert counts == [2, 2, 3, 1]


def test_same_canonical_url_is_the_same_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        first = dataclasses.replace(_article("a"), canonical_url="https://x.test/a")
        store.add(Result(first, ()))
        assert store.has_article("other-id", "https://x.test/a")


def test_a_failed_write_leaves_no_half_article(tmp_path: Path) -> None:
    broken = dataclasses.replace(_event("c", 5), event_id=None)  # type: ignore[arg-type]
    bad = Result(_article("c"), (_event("c", 1), broken))
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(duckdb.ConstraintException):
            store.add(bad)
        assert not store.has_article("c")
        assert store.count("events") == store.count("mentions") == 0
        assert store.add(_result("c", 2)) == 2


def test_resume_after_a_crash_matches_one_clean_run(tmp_path: Path) -> None:
    results = [_result(f"doc{i}", i % 3) for i in range(10)]
    with Store(tmp_path / "clean.duckdb") as clean:
        clean.add_all(results)
        expected = clean.select()
    with Store(tmp_path / "crashed.duckdb") as first:
        first.add_all(results[:4])  # the process dies here
    with Store(tmp_path / "crashed.duckdb") as second:
        second.add_all(results)
        assert second.select() == expected


def _report(doc_id: str, day: str, precision: str = "day", **changes: object) -> Result:
    fields: dict[str, Any] = {"location": Location("Hanoi", "VNM"), **changes}
    event = _event(
        doc_id, date=day, date_precision=precision, source=USA, target=PRK, cameo="043", **fields
    )
    return Result(_article(doc_id, url=f"https://{doc_id}.example/story"), (event,))


def test_one_summit_five_outlets_two_days_is_one_event(tmp_path: Path) -> None:
    days = ["2019-02-27", "2019-02-27", "2019-02-28", "2019-02-28", "2019-02-28"]
    with Store(tmp_path / "s.duckdb") as store:
        created = store.add_all(_report(f"outlet{i}", day) for i, day in enumerate(days))
        (summit,) = store.select()
    assert created == 1
    assert (summit.counts.num_mentions, summit.counts.num_sources, summit.counts.num_articles) == (
        5,
        5,
        5,
    )
    assert summit.event.date == "2019-02-27"


def test_two_summits_a_month_apart_are_two_events(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_all([_report("a", "2019-02-27"), _report("b", "2019-03-29")])
        assert [s.event.date for s in store.select()] == ["2019-02-27", "2019-03-29"]


def test_talks_recalled_years_later_join_the_old_event(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add(_report("in2019", "2019-10-05"))
        store.add(_report("in2021", "2019-10", precision="month"))
        store.add(_report("new2021", "2021-04-30"))
        found = [(s.event.date, s.counts.num_mentions) for s in store.select()]
    assert found == [("2019-10-05", 2), ("2021-04-30", 1)]


def test_other_places_or_negation_are_other_events(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add(_report("a", "2019-02-27"))
        store.add(_report("b", "2019-02-27", location=Location("Singapore", "SGP")))
        store.add(_report("c", "2019-02-27", negated=True))
        store.add(_report("d", "2019-02-27", location=None))
        assert [s.counts.num_mentions for s in store.select()] == [2, 1, 1]


def test_queries_filter_by_dyad_dates_codes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_all([_result("a", 3), _report("b", "2019-02-27")])
        assert len(store.select(EventQuery(dyad=("UKR", "RUS")))) == 3
        assert len(store.select(EventQuery(dyad=("UKR", "RUS"), directed=True))) == 0
        assert len(store.select(EventQuery(actor="PRK"))) == 1
        assert len(store.select(EventQuery(since=date(2022, 2, 12)))) == 2
        assert len(store.select(EventQuery(root="04", plover="assault"))) == 1
        assert store.count_events(EventQuery(limit=1)) == 4
        assert len(store.select(EventQuery(limit=2, offset=3))) == 1
        assert store.select(EventQuery(actor="'; DROP TABLE events; --")) == []
        assert store.count("events") == 4


def test_a_version_1_store_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    old = resources.files("detente.store").joinpath("migrations/0001_initial.sql")
    db = duckdb.connect(str(path))
    db.execute(old.read_text("utf-8"))
    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    db.execute(
        "INSERT INTO events (event_id, doc_id, published, sentence, sentence_index, "
        "source_code, source_country, cameo, date, negated) VALUES ('e1', 'd1', "
        "DATE '2020-01-02', 'Old sentence.', 0, 'USA', 'USA', '040', '2020-01-02', false)"
    )
    db.close()
    with pytest.raises(Exception, match="older detente"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.schema_version() == 2
        assert [r.sentence for r in store.reports("e1")] == ["Old sentence."]
        assert store.select()[0].counts.num_mentions == 1


def test_runs_are_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        run = store.start_run(Settings(), "0.1.0")
        store.finish_run(run, {"inputs": 3, "articles": 2, "skipped": 1, "events": 4})
        row = store.db.execute("SELECT inputs, articles, skipped, events FROM runs").fetchone()
    assert row == (3, 2, 1, 4)


def test_runs_record_the_data_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.start_run(Settings(), "0.1.0")
        (version,) = store.db.execute("SELECT data_version FROM runs").fetchone() or ("",)
    assert len(version) == 12 and version == data_version()
