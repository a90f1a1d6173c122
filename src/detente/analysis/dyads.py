"""A relationship over time: events of a dyad per week or month, by quad class, with the
Goldstein sum and mean, and a summary per policy phase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from detente.analysis.phases import Phase, phase_of
from detente.store import Store
from detente.store.queries import EventQuery

Period = Literal["week", "month"]
QUADS = (1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class Bucket:
    """Events of one period (or phase): counts per quad class and Goldstein figures."""

    label: str
    start: date
    events: int
    mentions: int
    quads: tuple[int, int, int, int]
    goldstein_sum: float
    goldstein_mean: float | None
    phase: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "period": self.label, "start": self.start.isoformat(), "events": self.events,
            "mentions": self.mentions, "verbal_coop": self.quads[0],
            "material_coop": self.quads[1], "verbal_conflict": self.quads[2],
            "material_conflict": self.quads[3], "goldstein_sum": round(self.goldstein_sum, 2),
            "goldstein_mean": None if self.goldstein_mean is None
            else round(self.goldstein_mean, 3), "phase": self.phase,
        }  # fmt: skip


SERIES_SQL = """
SELECT CAST(date_trunc('{period}', date_start) AS DATE) AS period, count(*), sum(num_mentions),
       {quads}, sum(goldstein), avg(goldstein)
FROM events{where} GROUP BY period ORDER BY period
"""


def _quads_sql() -> str:
    return ", ".join(f"count(*) FILTER (WHERE quad_class = {q})" for q in QUADS)


def _dated(query: EventQuery, by: str) -> tuple[str, list[object]]:
    """The query's WHERE clause, limited to dated events, for a series by week or month."""
    if by not in ("week", "month"):
        raise ValueError(f"by must be week or month, not {by!r}")
    where, params = query.where()
    extra = " AND date_start IS NOT NULL" if where else " WHERE date_start IS NOT NULL"
    return where + extra, params


def period_label(start: date, by: str) -> str:
    """ "2019-10" for a month, the ISO week "2019-W41" for a week."""
    return start.strftime("%Y-%m") if by == "month" else start.strftime("%G-W%V")


def dyad_series(store: Store, query: EventQuery, by: Period = "month",
                phases: list[Phase] | None = None) -> list[Bucket]:  # fmt: skip
    """Events matching ``query`` (usually a dyad) per week or month."""
    where, params = _dated(query, by)
    sql = SERIES_SQL.format(period=by, quads=_quads_sql(), where=where)
    out = []
    for row in store.db.execute(sql, params).fetchall():
        start = row[0] if isinstance(row[0], date) else date.fromisoformat(str(row[0])[:10])
        out.append(Bucket(period_label(start, by), start, int(row[1]), int(row[2] or 0),
                          (int(row[3]), int(row[4]), int(row[5]), int(row[6])),
                          float(row[7] or 0.0), None if row[8] is None else float(row[8]),
                          phase_of(start, phases or [])))  # fmt: skip
    return out


def phase_summary(buckets: list[Bucket], phases: list[Phase]) -> list[Bucket]:
    """Sum the periods of each phase: what changed between one policy and the next."""
    out = []
    for phase in phases:
        inside = [b for b in buckets if b.phase == phase.name]
        events = sum(b.events for b in inside)
        total = sum(b.goldstein_sum for b in inside)
        quads = tuple(sum(b.quads[q] for b in inside) for q in range(4))
        out.append(Bucket(phase.name, phase.start, events, sum(b.mentions for b in inside),
                          (quads[0], quads[1], quads[2], quads[3]), total,
                          total / events if events else None, phase.name))  # fmt: skip
    return out


def top_actors(store: Store, top: int = 20) -> list[tuple[str, int, int, int]]:
    """The most active actors: (code, events as source, as target, all)."""
    sql = """
    WITH sides AS (
        SELECT source_code AS code, 1 AS src, 0 AS tgt FROM events
        UNION ALL SELECT target_code, 0, 1 FROM events WHERE target_code IS NOT NULL
    )
    SELECT code, sum(src), sum(tgt), count(*) AS n FROM sides GROUP BY code
    ORDER BY n DESC, code LIMIT ?
    """
    rows = store.db.execute(sql, [top]).fetchall()
    return [(str(r[0]), int(r[1]), int(r[2]), int(r[3])) for r in rows]


def compare_origins(
    store: Store, query: EventQuery, by: Period = "month"
) -> tuple[list[str], list[tuple[str, dict[str, int]]]]:
    """Events per period and per origin (detente, gdelt, icews …) for the same filters."""
    where, params = _dated(query, by)
    sql = (
        f"SELECT CAST(date_trunc('{by}', date_start) AS DATE) AS p, origin, count(*) "
        f"FROM events{where} GROUP BY p, origin ORDER BY p, origin"
    )
    table: dict[str, dict[str, int]] = {}
    origins: set[str] = set()
    for start, origin, n in store.db.execute(sql, params).fetchall():
        table.setdefault(period_label(start, by), {})[origin] = int(n)
        origins.add(origin)
    ordered = sorted(origins, key=lambda o: (o != "detente", o))
    return ordered, sorted(table.items())
