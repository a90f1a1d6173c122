"""The dashboard's pieces without a server (highlighting, chart layouts, filters), and the
helpers the API and browser tests share: a store of invented USA–North Korea events and a
real uvicorn server on a free localhost port."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.analysis.dyads import Bucket
from detente.analysis.phases import Phase
from detente.records import Actor, Article, Event, Location, Paragraph, Result, Trigger
from detente.store import Store
from detente.web import charts
from detente.web.deps import AppConfig, phases_for
from detente.web.markup import highlight, safe_url
from detente.web.queries import Filters, SearchQuery, period_days

USA, PRK = (
    Actor("USAGOV", "USA", "GOV", "United States"),
    Actor("PRKGOV", "PRK", "GOV", "North Korea"),
)
KOR, RUS, UKR = Actor("KORGOV", "KOR", "GOV"), Actor("RUSMIL", "RUS", "MIL"), Actor("UKR", "UKR")
WALKOUT = "North Korean envoys walked away from the talks with the US in Stockholm."
SUMMIT = "Trump met Kim Jong Un in Singapore for a summit."


def make_event(n: int, day: str, **changes: Any) -> Event:
    """An invented event, by default North Korea walking out of talks with the US."""
    base = Event(
        event_id=f"ev{n:03d}", doc_id=f"doc{n:03d}", sentence=WALKOUT, sentence_index=0,
        source=PRK, source_span=(0, 19), target=USA, target_span=(56, 58), cameo="164",
        cameo_label="Halt negotiations", goldstein=-7.0, quad_class=4, plover_type="SANCTION",
        plover_mode="withdraw", plover_context="diplomatic",
        trigger=Trigger("walked away from the talks", 20, 46), rule="verb:walk away from",
        confidence=0.9, date=day, date_precision="day", date_text="on Saturday", published=day,
        location=Location("Stockholm", "SWE", 59.33, 18.07),
        url=f"https://outlet{n}.example/story",
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def summit(n: int, day: str) -> Event:
    return make_event(n, day, sentence=SUMMIT, source=USA, source_span=(0, 5), target=PRK,
                      target_span=(10, 21), cameo="043", cameo_label="Host or receive a visit",
                      goldstein=2.8, quad_class=1, plover_type="CONSULT", plover_mode=None,
                      trigger=Trigger("met", 6, 9), location=Location("Singapore", "SGP", 1.29,
                      103.85), date_text=None)  # fmt: skip


def demo_events() -> list[Event]:
    """Nineteen events: USA–PRK across three presidencies (the October 2019 walk-out among
    them), a South Korean appeal and Russian shelling, one report repeated by a second outlet."""
    events = [summit(n, f"2018-0{n}-12") for n in range(1, 7)]
    events += [make_event(n, f"2019-10-{7 * (n - 7) + 1:02d}") for n in range(7, 11)]
    events += [summit(11, "2016-03-02"), summit(12, "2021-04-30"), summit(13, "2019-02-27")]
    events += [
        make_event(
            14,
            "2016-03-20",
            cameo="111",
            cameo_label="Criticize or denounce",
            quad_class=3,
            goldstein=-2.0,
            plover_type="ACCUSE",
            location=None,
            date_precision="month",
            date="2016-03",
            date_text="in March",
        )
    ]
    events += [
        make_event(
            15,
            "2021-05-01",
            source=KOR,
            target=USA,
            cameo="020",
            cameo_label="Make an appeal or request",
            quad_class=1,
            goldstein=3.0,
        )
    ]
    events += [
        make_event(
            16 + k,
            f"2023-10-{7 * k + 2:02d}",
            source=RUS,
            target=UKR,
            cameo="194",
            cameo_label="Fight with artillery and tanks",
            goldstein=-10.0,
            location=Location("Kharkiv", "UKR", 49.99, 36.23),
        )
        for k in range(4)
    ]
    return events  # fmt: skip


def build_store(path: Path) -> Path:
    """The demo events through the library, plus a second report of the first walk-out."""
    with Store(path) as store:
        for e in demo_events():
            article = Article(e.doc_id, e.doc_id, f"Story {e.doc_id}", (Paragraph("x"),),
                              url=e.url, publisher=f"Outlet {e.doc_id}",
                              published=date.fromisoformat(e.published or ""))  # fmt: skip
            store.add(Result(article, (e,)))
        again = make_event(99, "2019-10-01", url="https://second.example/walkout")
        store.add(Result(Article("doc099", "doc099", "Second story", (Paragraph("y"),),
                                 url=again.url, publisher="Second"), (again,)))  # fmt: skip
    return path


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """A real uvicorn server for ``app`` on a free localhost port, in a thread."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


# --- the pieces -------------------------------------------------------------------------


def test_highlight_marks_escapes_and_nests() -> None:
    out = highlight("<b>Kim</b> met Moon", (0, 10), (15, 19), (11, 14))
    assert out.startswith('<mark class="src" title="source">&lt;b&gt;Kim&lt;/b&gt;</mark>')
    assert '<mark class="trg" title="trigger">met</mark>' in out
    assert '<mark class="tgt" title="target">Moon</mark>' in out
    nested = highlight("abcdef", (0, 4), None, (2, 6))
    assert '<mark class="src trg" title="source, trigger">cd</mark>' in nested


def test_highlight_cuts_offsets_out_of_range() -> None:
    assert highlight("abc", (2, 99), (-5, 1), (7, 9)) == (
        '<mark class="tgt" title="target">a</mark>b<mark class="src" title="source">c</mark>'
    )


def test_safe_url_only_allows_http() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a") == "https://example.org/a"


def test_period_days() -> None:
    assert period_days("2019-10", "month") == (date(2019, 10, 1), date(2019, 10, 31))
    assert period_days("2019-12", "month") == (date(2019, 12, 1), date(2019, 12, 31))
    assert period_days("2019-W41", "week") == (date(2019, 10, 7), date(2019, 10, 13))
    with pytest.raises(ValueError, match="2019-W41"):
        period_days("2019-10", "week")


def test_search_query_keeps_values_out_of_the_sql() -> None:
    hostile = "'; DROP TABLE events; --"
    sql, params = SearchQuery(actor=hostile, text=hostile, doc_id=hostile).where()
    assert "DROP" not in sql
    assert params.count(hostile.upper()) == 4
    assert hostile.lower() in params


def test_filters_refuse_nonsense() -> None:
    for bad in (Filters(root="1; --"), Filters(dyad="USA"), Filters(text="x" * 500),
                Filters(since=date(2020, 1, 2), until=date(2020, 1, 1)),
                Filters(period="2019-13")):  # fmt: skip
        with pytest.raises(ValueError):
            bad.query()


def test_default_phases_are_presidents_for_the_usa_only() -> None:
    config = AppConfig("x.duckdb")
    assert phases_for(None, "USA", "PRK", config)[0].name == "Clinton"
    assert phases_for(None, "RUS", "UKR", config) == []
    assert phases_for("none", "USA", "PRK", config) == []
    with pytest.raises(ValueError, match="us-presidents"):
        phases_for("/etc/passwd", "USA", "PRK", config)


def _bucket(label: str, start: date, quads: tuple[int, int, int, int], mean: float) -> Bucket:
    return Bucket(label, start, sum(quads), sum(quads), quads, mean * sum(quads), mean)


def test_timeline_stacks_bars_and_places_phases() -> None:
    buckets = [_bucket("2018-06", date(2018, 6, 1), (2, 0, 1, 0), 1.0),
               _bucket("2019-10", date(2019, 10, 1), (0, 0, 0, 4), -7.0)]  # fmt: skip
    phases = [Phase("Trump", date(2017, 1, 20), date(2021, 1, 20))]
    chart = charts.timeline(buckets, "month", phases)
    assert chart is not None
    first, last = chart.periods
    slot = (chart.right - chart.left) / 17
    assert first.centre == pytest.approx(chart.left + slot / 2, abs=2)
    assert last.centre == pytest.approx(chart.right - slot / 2, abs=2)
    stacked = sum(b.height for b in last.bars)
    assert stacked == pytest.approx(chart.bottom - min(b.y for b in last.bars))
    assert last.mean_y is not None and first.mean_y is not None and last.mean_y > first.mean_y
    assert [b.name for b in chart.bands] == ["Trump"]
    assert chart.bands[0].width == pytest.approx(chart.right - chart.left)
    assert charts.timeline([], "month", phases) is None


def test_a_short_timeline_is_widened() -> None:
    chart = charts.timeline([_bucket("2023-10", date(2023, 10, 1), (1, 0, 3, 1), -2.0)],
                            "month", [])  # fmt: skip
    assert chart is not None
    (only,) = chart.periods
    assert only.width == charts.MAX_BAR
    assert only.centre == pytest.approx((chart.left + chart.right) / 2, abs=40)
    assert [t.label for t in chart.x_ticks][:2] == ["2023-07", "2023-10"]


def test_map_point_is_equirectangular() -> None:
    point = charts.map_point(59.33, 18.07)
    assert point is not None and (point.x, point.y) == pytest.approx((198.07, 30.67))
    assert charts.map_point(None, 3.0) is None
    assert charts.map_point(91.0, 0.0) is None


def test_nice_ceiling() -> None:
    assert [charts.nice_ceiling(v) for v in (0, 1, 3, 7, 11, 260)] == [1, 1, 5, 10, 20, 500]
