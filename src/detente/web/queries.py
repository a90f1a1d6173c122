"""The dashboard's questions of the store, as parameterised SQL (never string-built values).

``SearchQuery`` is an ``EventQuery`` with what the pages also filter on: words of the
sentence, one period of a series (by the event's first day, as the series counts it) and an
article. The overview's figures group actors into *parties*: a country, or the full code of
an international body (``IGOUNO`` and ``IGOEUREEC`` are both of country ``IGO``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from detente.store import Store
from detente.store.queries import EventQuery, parse_dyad

Period = Literal["week", "month"]
BODIES = ("IGO", "NGO", "IMG")
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class SearchQuery(EventQuery):
    """An ``EventQuery`` that also matches words, one period's first days and an article."""

    text: str | None = None  # words of the sentence or the CAMEO label, any case
    started: tuple[date, date] | None = None  # the event's first day, both ends included
    doc_id: str | None = None  # any article that reported the event

    def where(self) -> tuple[str, list[Any]]:
        # Zero-argument super() does not work in a slotted dataclass.
        sql, params = EventQuery.where(self)
        clauses: list[str] = []
        if self.text:
            clauses.append("(contains(lower(sentence), ?) OR contains(lower(cameo_label), ?))")
            params += [self.text.lower(), self.text.lower()]
        if self.started is not None:
            clauses.append("date_start BETWEEN ? AND ?")
            params += list(self.started)
        if self.doc_id is not None:
            clauses.append("event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?)")
            params.append(self.doc_id)
        if not clauses:
            return sql, params
        joined = " AND ".join(clauses)
        return (f"{sql} AND {joined}" if sql else f" WHERE {joined}"), params


@dataclass(frozen=True, slots=True)
class Filters:
    """The filters a request may carry, as given (strings), before they are checked."""

    dyad: str | None = None
    directed: bool = False
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    root: str | None = None
    plover: str | None = None
    origin: str | None = None
    text: str | None = None
    period: str | None = None
    by: Period = "month"

    def query(self, limit: int | None = None, offset: int = 0) -> SearchQuery:
        """The query these filters ask; ValueError names the first filter that is wrong."""
        if self.root and not (self.root.isdigit() and len(self.root) <= 4):
            raise ValueError(f"root must be a CAMEO code or its first digits, like 16 or 164 "
                             f"(got {self.root!r})")  # fmt: skip
        if self.text and len(self.text) > MAX_TEXT:
            raise ValueError(f"text must be at most {MAX_TEXT} characters")
        if self.since and self.until and self.since > self.until:
            raise ValueError("since must not be after until")
        return SearchQuery(
            dyad=parse_dyad(self.dyad) if self.dyad else None, directed=self.directed,
            actor=_blank(self.actor), since=self.since, until=self.until,
            root=_blank(self.root), plover=_blank(self.plover), origin=_blank(self.origin),
            text=_blank(self.text), started=period_days(self.period, self.by)
            if self.period else None, limit=limit, offset=offset,
        )  # fmt: skip


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def period_days(label: str, by: Period) -> tuple[date, date]:
    """ "2019-10" (month) or "2019-W41" (ISO week) → its first and last day."""
    try:
        if by == "month":
            start = date.fromisoformat(f"{label}-01")
            return start, _month_after(start) - timedelta(days=1)
        year, week = label.split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
        return start, start + timedelta(days=6)
    except ValueError as exc:
        example = "2019-10" if by == "month" else "2019-W41"
        raise ValueError(f"period must look like {example} for by={by} (got {label!r})") from exc


def period_end(start: date, by: Period) -> date:
    """The day after a period that starts on ``start``."""
    return _month_after(start) if by == "month" else start + timedelta(days=7)


def _month_after(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def party_sql(side: str) -> str:
    """A side of an event as the overview counts it: its country, or a body's full code."""
    return (
        f"CASE WHEN {side}_country IS NULL OR {side}_country IN {BODIES!r} "
        f"THEN {side}_code ELSE {side}_country END"
    )


@dataclass(frozen=True, slots=True)
class Totals:
    events: int
    articles: int
    mentions: int
    first: date | None
    last: date | None


def totals(store: Store) -> Totals:
    row = store.db.execute(
        "SELECT count(*), coalesce(sum(num_mentions), 0), min(date_start), max(date_start) "
        "FROM events"
    ).fetchone()
    assert row is not None  # an aggregate always gives one row
    return Totals(int(row[0]), store.count("articles"), int(row[1]), row[2], row[3])


@dataclass(frozen=True, slots=True)
class DyadCount:
    """Events between two parties, either way round, with their mean Goldstein score."""

    a: str
    b: str
    events: int
    goldstein_mean: float


def active_dyads(store: Store, top: int = 10) -> list[DyadCount]:
    """The pairs of parties with the most events between them."""
    src, tgt = party_sql("source"), party_sql("target")
    sql = f"""
    WITH pairs AS (SELECT {src} AS s, {tgt} AS t, goldstein FROM events
                   WHERE target_code IS NOT NULL)
    SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS n, avg(goldstein) FROM pairs
    WHERE s <> t GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?
    """
    rows = store.db.execute(sql, [top]).fetchall()
    return [DyadCount(str(r[0]), str(r[1]), int(r[2]), float(r[3] or 0.0)) for r in rows]


@dataclass(frozen=True, slots=True)
class Edge:
    """Events of one party acting on another."""

    source: str
    target: str
    events: int
    goldstein_mean: float


def network(store: Store, nodes: int = 12) -> list[Edge]:
    """Who acts on whom among the most active parties."""
    src, tgt = party_sql("source"), party_sql("target")
    sql = f"""
    WITH sides AS (SELECT {src} AS s, {tgt} AS t, goldstein FROM events
                   WHERE target_code IS NOT NULL),
    active AS (SELECT p FROM (SELECT s AS p FROM sides UNION ALL SELECT t FROM sides)
               GROUP BY p ORDER BY count(*) DESC, p LIMIT ?)
    SELECT s, t, count(*) AS n, avg(goldstein) FROM sides
    WHERE s <> t AND s IN (SELECT p FROM active) AND t IN (SELECT p FROM active)
    GROUP BY s, t ORDER BY n DESC, s, t
    """
    rows = store.db.execute(sql, [nodes]).fetchall()
    return [Edge(str(r[0]), str(r[1]), int(r[2]), float(r[3] or 0.0)) for r in rows]


@dataclass(frozen=True, slots=True)
class RootCount:
    """Events of one CAMEO root in one period."""

    root: str
    start: date
    events: int


def roots_over_time(store: Store, by: Literal["month", "year"]) -> list[RootCount]:
    """Events per CAMEO root per month or year (by the event's first day)."""
    sql = (
        f"SELECT cameo_root, CAST(date_trunc('{'year' if by == 'year' else 'month'}', "
        "date_start) AS DATE) AS p, count(*) FROM events WHERE date_start IS NOT NULL "
        "GROUP BY cameo_root, p ORDER BY p, cameo_root"
    )
    return [RootCount(str(r[0]), r[1], int(r[2])) for r in store.db.execute(sql).fetchall()]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    publisher: str | None


def article_info(store: Store, doc_id: str) -> ArticleInfo | None:
    row = store.article(doc_id)
    if row is None:
        return None
    return ArticleInfo(row["doc_id"], row.get("title") or None, row.get("source"),
                       row.get("url"), row.get("published"), row.get("publisher"))  # fmt: skip
