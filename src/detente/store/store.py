"""The embedded DuckDB store: articles, events, skipped inputs and runs in one file.

Each article is written with its events in one transaction, keyed by its content id, so a
second run over the same input — or a re-run after a crash — stores nothing twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from detente.errors import StoreError
from detente.records import Actor, Event, Location, Result, Skipped, Trigger
from detente.settings import Settings

SCHEMA_VERSION = "1"
EVENT_COLUMNS = (
    "event_id",
    "doc_id",
    "url",
    "published",
    "sentence",
    "sentence_index",
    "source_code",
    "source_country",
    "source_sector",
    "source_name",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_sector",
    "target_name",
    "target_start",
    "target_end",
    "cameo",
    "cameo_root",
    "cameo_label",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_context",
    "negated",
    "modality",
    "date",
    "date_precision",
    "date_text",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "rule",
    "confidence",
    "run_id",
)


class Store:
    """A DuckDB file holding coded events; use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        if not read_only:
            self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        schema = resources.files("detente.store").joinpath("schema.sql").read_text("utf-8")
        self.db.execute(schema)
        self.db.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
        )

    def start_run(self, settings: Settings, version: str) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.db.execute(
            "INSERT INTO runs (run_id, started, version, settings) VALUES (?, ?, ?, ?)",
            [run_id, datetime.now(), version, json.dumps(asdict(settings))],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, int]) -> None:
        self.db.execute(
            "UPDATE runs SET finished = ?, inputs = ?, articles = ?, skipped = ?, events = ? "
            "WHERE run_id = ?",
            [
                datetime.now(),
                counts.get("inputs", 0),
                counts.get("articles", 0),
                counts.get("skipped", 0),
                counts.get("events", 0),
                run_id,
            ],
        )

    def has_article(self, doc_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None

    def add(self, item: Result | Skipped, run_id: str = "") -> int:
        """Store one result (article + events, atomically) or skip; return events added."""
        if isinstance(item, Skipped):
            self.db.execute(
                "INSERT OR IGNORE INTO skipped VALUES (?, ?, ?)", [item.source, item.reason, run_id]
            )
            return 0
        if self.has_article(item.article.doc_id):
            return 0
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._insert_article(item, run_id)
            rows = [_event_row(e, run_id) for e in item.events]
            if rows:
                marks = ", ".join("?" * len(EVENT_COLUMNS))
                self.db.executemany(f"INSERT OR IGNORE INTO events VALUES ({marks})", rows)
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return len(rows)

    def _insert_article(self, item: Result, run_id: str) -> None:
        a = item.article
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                a.doc_id,
                a.source,
                a.title,
                a.url,
                a.short_url,
                a.published,
                list(a.authors),
                list(a.agencies),
                a.body,
                a.content_hash,
                run_id,
            ],
        )

    def add_all(self, items: Iterable[Result | Skipped], run_id: str = "") -> int:
        return sum(self.add(item, run_id) for item in items)

    def count(self, table: str) -> int:
        if table not in ("articles", "events", "skipped", "runs"):
            raise StoreError(f"no table {table!r}")
        row = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def events(self, limit: int | None = None) -> list[Event]:
        """Stored events in date, document and sentence order."""
        sql = (
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY published, doc_id, "
            "sentence_index, trigger_start, event_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [
            _event_from_row(dict(zip(EVENT_COLUMNS, r, strict=True)))
            for r in self.db.execute(sql).fetchall()
        ]

    def skipped(self) -> list[Skipped]:
        rows = self.db.execute("SELECT source, reason FROM skipped ORDER BY source").fetchall()
        return [Skipped(str(s), str(r)) for s, r in rows]


def _event_row(e: Event, run_id: str) -> list[Any]:
    src, tgt = e.source, e.target
    loc = e.location
    return [
        e.event_id,
        e.doc_id,
        e.url,
        e.published,
        e.sentence,
        e.sentence_index,
        src.code,
        src.country,
        src.sector,
        src.name,
        *(e.source_span or (None, None)),
        tgt.code if tgt else None,
        tgt.country if tgt else None,
        tgt.sector if tgt else None,
        tgt.name if tgt else None,
        *(e.target_span or (None, None)),
        e.cameo,
        e.cameo_root,
        e.cameo_label,
        e.goldstein,
        e.quad_class,
        e.plover_type,
        e.plover_mode,
        e.plover_context,
        e.negated,
        e.modality,
        e.date,
        e.date_precision,
        e.date_text,
        loc.name if loc else None,
        loc.country if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        e.trigger.text,
        e.trigger.start,
        e.trigger.end,
        e.rule,
        e.confidence,
        run_id,
    ]


def _actor(row: dict[str, Any], side: str) -> Actor | None:
    if row[f"{side}_code"] is None:
        return None
    return Actor(
        row[f"{side}_code"],
        row[f"{side}_country"],
        row[f"{side}_sector"] or "",
        row[f"{side}_name"] or "",
    )


def _span(row: dict[str, Any], side: str) -> tuple[int, int] | None:
    start, end = row[f"{side}_start"], row[f"{side}_end"]
    return (int(start), int(end)) if start is not None and end is not None else None


def _event_from_row(row: dict[str, Any]) -> Event:
    source = _actor(row, "source")
    if source is None:
        raise StoreError(f"event {row['event_id']} has no source actor")
    published = row["published"]
    location = (
        Location(
            row["location_name"], row["location_country"], row["location_lat"], row["location_lon"]
        )
        if row["location_name"]
        else None
    )
    return Event(
        event_id=row["event_id"],
        doc_id=row["doc_id"],
        sentence=row["sentence"],
        sentence_index=row["sentence_index"],
        source=source,
        source_span=_span(row, "source"),
        target=_actor(row, "target"),
        target_span=_span(row, "target"),
        cameo=row["cameo"],
        cameo_label=row["cameo_label"],
        goldstein=row["goldstein"],
        quad_class=row["quad_class"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        plover_context=row["plover_context"],
        trigger=Trigger(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        rule=row["rule"],
        confidence=row["confidence"],
        negated=row["negated"],
        modality=row["modality"],
        date=row["date"],
        date_precision=row["date_precision"],
        date_text=row["date_text"],
        location=location,
        url=row["url"],
        published=published.isoformat() if isinstance(published, date) else published,
    )
