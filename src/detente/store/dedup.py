"""Cross-article deduplication: reports of one event become one event with counted mentions.

Two reports are of the same event when they have

- the same source and target actor codes, the same CAMEO code and the same negation;
- event dates whose intervals overlap once widened by ``window`` days on each side — a date
  of day precision covers that day, of month precision the month, of year precision the
  year; an event dated only by its report ("published") covers the publication day;
- compatible places: the same country, or at least one report without a place.

So the same summit reported by five outlets over two days is one event with five mentions;
two summits of the same pair a month apart are two events; and the 2019 talks recalled in
a 2021 article (dated 2019-10) join the 2019 event, never a 2021 one. Reports are taken in
the order they are stored; the first report of an event gives it its id and its face.
Counts follow GDELT: NumMentions counts reports, NumArticles distinct documents, NumSources
distinct outlets (publisher, else the URL's host, else the document).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from detente.records import Event

if TYPE_CHECKING:
    import duckdb

DEFAULT_WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class Span:
    """The days an event date can mean."""

    start: date
    end: date


def date_span(event: Event) -> Span | None:
    """The interval an event's date covers (None when it has no date at all)."""
    value = event.date or event.published
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(parts[0], parts[1], parts[2])
        return Span(day, day)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return Span(date(parts[0], parts[1], 1), date(parts[0], parts[1], last))
    return Span(date(parts[0], 1, 1), date(parts[0], 12, 31))


MATCH_SQL = """
SELECT event_id FROM events
WHERE origin = 'detente' AND source_code = ? AND target_code IS NOT DISTINCT FROM ?
  AND cameo = ? AND negated = ?
  AND date_start <= ? AND date_end >= ?
  AND (location_country IS NULL OR ?::VARCHAR IS NULL OR location_country = ?)
ORDER BY date_start, event_id
LIMIT 1
"""


def find_event(db: duckdb.DuckDBPyConnection, event: Event, window: int) -> str | None:
    """The stored event this report is another mention of, if any."""
    span = date_span(event)
    if span is None:
        return None
    widen = timedelta(days=window)
    country = event.location.country if event.location else None
    row = db.execute(
        MATCH_SQL,
        [
            event.source.code,
            event.target.code if event.target else None,
            event.cameo,
            event.negated,
            span.end + widen,
            span.start - widen,
            country,
            country,
        ],
    ).fetchone()
    return str(row[0]) if row else None


COUNT_SQL = """
UPDATE events SET
    num_mentions = c.n_mentions, num_articles = c.n_articles, num_sources = c.n_sources
FROM (
    SELECT event_id, count(*) AS n_mentions, count(DISTINCT doc_id) AS n_articles,
           count(DISTINCT coalesce(source_name, doc_id)) AS n_sources
    FROM mentions WHERE event_id = ? GROUP BY event_id
) AS c
WHERE events.event_id = c.event_id
"""


def recount(db: duckdb.DuckDBPyConnection, event_id: str) -> None:
    db.execute(COUNT_SQL, [event_id])
