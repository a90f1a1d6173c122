"""Dyad series and policy phases, checked against hand counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.analysis.dyads import dyad_series, phase_summary, top_actors
from detente.analysis.phases import load_phases, parse_phases
from detente.errors import DataError
from detente.records import Actor, Article, Event, Paragraph, Result
from detente.store import Store
from detente.store.queries import EventQuery
from tests.conftest import make_event

USA, PRK = Actor("USAGOV", "USA", "GOV"), Actor("PRKGOV", "PRK", "GOV")
KOR = Actor("KORGOV", "KOR", "GOV")


def _event(n: int, day: str, cameo: str, quad: int, goldstein: float, **kw: Any) -> Event:
    fields: dict[str, Any] = dict(
        event_id=f"e{n}", doc_id=f"d{n}", source=USA, target=PRK, cameo=cameo,
        goldstein=goldstein, quad_class=quad, date=day, date_precision="day",
    )  # fmt: skip
    return make_event(**{**fields, **kw})


@pytest.fixture
def store(tmp_path: Path) -> Store:
    events = [
        _event(1, "2016-03-02", "163", 4, -8.0),  # Obama: sanctions
        _event(2, "2016-03-20", "111", 3, -2.0, target=USA, source=PRK),  # Obama: criticism
        _event(3, "2018-06-12", "043", 1, 2.8),  # Trump: Singapore summit
        _event(4, "2019-02-27", "043", 1, 2.8),  # Trump: Hanoi summit
        _event(5, "2019-10-05", "164", 4, -7.0, source=PRK, target=USA),  # Stockholm walk-out
        _event(6, "2021-04-30", "036", 1, 4.0),  # Biden: calibrated approach
        _event(7, "2021-04-30", "020", 1, 3.0, source=KOR, target=USA),  # not the dyad
    ]
    s = Store(tmp_path / "s.duckdb")
    for e in events:
        s.add(Result(Article(e.doc_id, e.doc_id, "", (Paragraph("x"),)), (e,)))
    return s


def test_monthly_series_of_a_dyad(store: Store) -> None:
    series = dyad_series(
        store, EventQuery(dyad=("USA", "PRK")), by="month", phases=load_phases("us-presidents")
    )
    assert [(b.label, b.events, b.quads, b.goldstein_sum, b.phase) for b in series] == [
        ("2016-03", 2, (0, 0, 1, 1), -10.0, "Obama"),
        ("2018-06", 1, (1, 0, 0, 0), 2.8, "Trump"),
        ("2019-02", 1, (1, 0, 0, 0), 2.8, "Trump"),
        ("2019-10", 1, (0, 0, 0, 1), -7.0, "Trump"),
        ("2021-04", 1, (1, 0, 0, 0), 4.0, "Biden"),
    ]


def test_weekly_labels_are_iso_weeks(store: Store) -> None:
    series = dyad_series(store, EventQuery(dyad=("USA", "PRK")), by="week")
    assert series[0].label == "2016-W09" and series[0].start == date(2016, 2, 29)


def test_phase_summary_answers_what_changed(store: Store) -> None:
    phases = load_phases("us-presidents")
    summary = phase_summary(
        dyad_series(store, EventQuery(dyad=("USA", "PRK")), "month", phases), phases
    )
    by_name = {b.label: b for b in summary}
    assert (by_name["Obama"].events, by_name["Obama"].goldstein_mean) == (2, -5.0)
    assert by_name["Trump"].events == 3
    assert by_name["Trump"].goldstein_mean == pytest.approx(-1.4 / 3)
    assert (by_name["Biden"].events, by_name["Biden"].goldstein_mean) == (1, 4.0)
    assert by_name["Bush"].events == 0 and by_name["Bush"].goldstein_mean is None


def test_top_actors(store: Store) -> None:
    assert top_actors(store, 2) == [("USAGOV", 4, 3, 7), ("PRKGOV", 2, 4, 6)]


def test_phase_files_are_checked(tmp_path: Path) -> None:
    good = parse_phases("name,start,end\nA,2001-01-01,2002-01-01\nB,2002-01-01,\n", "x")
    assert [p.name for p in good] == ["A", "B"]
    with pytest.raises(DataError, match="overlap"):
        parse_phases("name,start,end\nA,2001-01-01,2003-01-01\nB,2002-01-01,\n", "x")
    with pytest.raises(DataError, match="line 2"):
        parse_phases("name,start,end\nA,someday,\n", "x")
    with pytest.raises(DataError, match="cannot read"):
        load_phases(str(tmp_path / "missing.csv"))
