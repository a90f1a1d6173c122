"""The embedded DuckDB store: articles, evidence sentences, events, their mentions, skipped
inputs and runs, in one file.

Each article is written with its sentences and reports in one transaction, keyed by its
content id, so a second run over the same input — or a re-run after a crash — stores
nothing twice. Reports of one event are merged across articles (see ``dedup``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from detente.errors import StoreError
from detente.records import Counts, Event, Report, Result, Skipped
from detente.settings import Settings
from detente.store.dedup import DEFAULT_WINDOW_DAYS, date_span, find_event, recount
from detente.store.queries import EventQuery
from detente.store.rows import (
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    counts_from_row,
    event_from_row,
    event_row,
    mention_row,
    report_from_row,
    source_name,
)

TABLES = ("articles", "events", "mentions", "sentences", "skipped", "runs")


@dataclass(frozen=True, slots=True)
class Stored:
    """An event as the store holds it: its face (first report), counts and origin."""

    event: Event
    counts: Counts
    origin: str = "detente"


class Store:
    """A DuckDB file holding coded events; use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False,
                 window_days: int = DEFAULT_WINDOW_DAYS) -> None:  # fmt: skip
        import duckdb

        self.path = str(path)
        self.window_days = window_days
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        if not read_only:
            self._migrate()
        elif self.schema_version() < len(_migrations()):
            raise StoreError(
                f"the store {self.path} is from an older detente; open it "
                "for writing once (e.g. 'detente ingest') to upgrade it"
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.close()

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> int:
        exists = self.db.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        """Apply the migrations this file has not seen, each in its own transaction."""
        for version, sql in enumerate(_migrations()[self.schema_version():],
                                      start=self.schema_version() + 1):  # fmt: skip
            self.db.execute("BEGIN TRANSACTION")
            try:
                self.db.execute(sql)
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                                [str(version)])  # fmt: skip
                self.db.execute("COMMIT")
            except Exception:
                self.db.execute("ROLLBACK")
                raise

    def start_run(self, settings: Settings, version: str, data_version: str = "") -> str:
        """Record a run: detente's version, its settings and the version of its data."""
        from detente.versions import data_version as current

        data_version = data_version or current([*settings.lexicon, *settings.actors])
        run_id = uuid.uuid4().hex[:12]
        self.db.execute(
            "INSERT INTO runs (run_id, started, version, settings, data_version) "
            "VALUES (?, ?, ?, ?, ?)",
            [run_id, datetime.now(), version, json.dumps(asdict(settings)), data_version],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, int]) -> None:
        self.db.execute(
            "UPDATE runs SET finished = ?, inputs = ?, articles = ?, skipped = ?, events = ? "
            "WHERE run_id = ?",
            [datetime.now(), counts.get("inputs", 0), counts.get("articles", 0),
             counts.get("skipped", 0), counts.get("events", 0), run_id],
        )  # fmt: skip

    def has_article(self, doc_id: str, canonical_url: str | None = None) -> bool:
        """Stored already, by content id or by canonical URL."""
        row = self.db.execute(
            "SELECT 1 FROM articles WHERE doc_id = ? OR (? IS NOT NULL AND canonical_url = ?)",
            [doc_id, canonical_url, canonical_url],
        ).fetchone()
        return row is not None

    def add(self, item: Result | Skipped, run_id: str = "") -> int:
        """Store one result atomically (or a skip); return how many new events it made."""
        if isinstance(item, Skipped):
            self.db.execute("INSERT OR IGNORE INTO skipped VALUES (?, ?, ?)",
                            [item.source, item.reason, run_id])  # fmt: skip
            return 0
        article = item.article
        if self.has_article(article.doc_id, getattr(article, "canonical_url", None)):
            return 0
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._insert_article(item, run_id)
            created = sum(self._insert_report(e, source_name(article), run_id)
                          for e in item.events)  # fmt: skip
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return created

    def _insert_article(self, item: Result, run_id: str) -> None:
        a = item.article
        self.db.execute(
            "INSERT INTO articles (doc_id, source, title, url, short_url, published, authors, "
            "agencies, body, content_hash, run_id, publisher, canonical_url, language) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.doc_id, a.source, a.title, a.url, a.short_url, a.published, list(a.authors),
             list(a.agencies), a.body, a.content_hash, run_id, getattr(a, "publisher", None),
             getattr(a, "canonical_url", None), a.language],
        )  # fmt: skip
        sentences = {(e.sentence_index, e.sentence) for e in item.events}
        if sentences:
            self.db.executemany(
                "INSERT OR IGNORE INTO sentences VALUES (?, ?, ?, ?)",
                [[a.doc_id, i, text, None] for i, text in sorted(sentences)],
            )

    def _insert_report(self, event: Event, source: str | None, run_id: str) -> int:
        """Attach a report to the event it repeats, or make it a new event."""
        known = find_event(self.db, event, self.window_days)
        target = known or event.event_id
        if known is None:
            span = date_span(event)
            row = event_row(
                event, run_id, Counts(), (span.start, span.end) if span else (None, None)
            )
            marks = ", ".join("?" * len(EVENT_COLUMNS))
            columns = ", ".join(EVENT_COLUMNS)
            self.db.execute(f"INSERT OR IGNORE INTO events ({columns}) VALUES ({marks})", row)
        marks = ", ".join("?" * len(MENTION_COLUMNS))
        self.db.execute(f"INSERT OR IGNORE INTO mentions VALUES ({marks})",
                        mention_row(event, target, source, run_id))  # fmt: skip
        if known is not None:
            recount(self.db, known)
        return int(known is None)

    def add_all(self, items: Iterable[Result | Skipped], run_id: str = "") -> int:
        return sum(self.add(item, run_id) for item in items)

    def add_imported(self, rows: Iterable[tuple[Event, Counts]], origin: str,
                     run_id: str = "") -> int:  # fmt: skip
        """Lay events from another dataset (GDELT, ICEWS …) beside detente's own."""
        marks = ", ".join("?" * len(EVENT_COLUMNS))
        columns = ", ".join(EVENT_COLUMNS)
        before = self.count("events")
        self.db.execute("BEGIN TRANSACTION")
        try:
            for event, counts in rows:
                span = date_span(event)
                bounds = (span.start, span.end) if span else (None, None)
                self.db.execute(
                    f"INSERT OR IGNORE INTO events ({columns}) VALUES ({marks})",
                    event_row(event, run_id, counts, bounds, origin),
                )
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return self.count("events") - before

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}")
        row = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def select(self, query: EventQuery | None = None) -> list[Stored]:
        """Stored events matching ``query``, in date, document and sentence order."""
        query = query or EventQuery()
        where, params = query.where()
        sql = (
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} ORDER BY date_start, "
            f"doc_id, sentence_index, trigger_start, event_id{query.page()}"
        )
        return [_stored(dict(zip(EVENT_COLUMNS, r, strict=True)))
                for r in self.db.execute(sql, params).fetchall()]  # fmt: skip

    def count_events(self, query: EventQuery | None = None) -> int:
        where, params = (query or EventQuery()).where()
        row = self.db.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
        return int(row[0]) if row else 0

    def events(self, limit: int | None = None) -> list[Event]:
        return [s.event for s in self.select(EventQuery(limit=limit))]

    def get(self, event_id: str) -> Stored | None:
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?"
        row = self.db.execute(sql, [event_id]).fetchone()
        return _stored(dict(zip(EVENT_COLUMNS, row, strict=True))) if row else None

    def reports(self, event_id: str) -> list[Report]:
        """Every report of an event, with the sentence it came from."""
        sql = (
            f"SELECT {', '.join('m.' + c for c in MENTION_COLUMNS)}, s.text FROM mentions m "
            "LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = "
            "m.sentence_index WHERE m.event_id = ? ORDER BY m.published, m.doc_id, "
            "m.sentence_index"
        )
        rows = self.db.execute(sql, [event_id]).fetchall()
        return [report_from_row(dict(zip(MENTION_COLUMNS, r[:-1], strict=True)), r[-1] or "")
                for r in rows]  # fmt: skip

    def all_reports(self) -> list[Report]:
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT event_id FROM mentions ORDER BY event_id"
            ).fetchall()
        ]
        return [report for event_id in ids for report in self.reports(event_id)]

    def article(self, doc_id: str) -> dict[str, Any] | None:
        cursor = self.db.execute(
            "SELECT doc_id, source, title, url, published, publisher FROM articles "
            "WHERE doc_id = ?", [doc_id])  # fmt: skip
        row = cursor.fetchone()
        names = [d[0] for d in cursor.description or []]
        return dict(zip(names, row, strict=True)) if row else None

    def skipped(self) -> list[Skipped]:
        rows = self.db.execute("SELECT source, reason FROM skipped ORDER BY source").fetchall()
        return [Skipped(str(s), str(r)) for s, r in rows]


def _stored(row: dict[str, Any]) -> Stored:
    return Stored(event_from_row(row), counts_from_row(row), row["origin"] or "detente")


def _migrations() -> list[str]:
    folder = resources.files("detente.store").joinpath("migrations")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [folder.joinpath(name).read_text("utf-8") for name in names]
