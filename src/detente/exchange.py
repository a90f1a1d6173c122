"""Exports and imports between the store and the formats the field uses."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from detente.errors import DataError
from detente.records import Counts, Event
from detente.store import Store
from detente.store.queries import EventQuery


@contextmanager
def _output(out: str) -> Iterator[TextIO]:
    if out == "-":
        yield sys.stdout
        return
    with Path(out).open("w", encoding="utf-8", newline="") as f:
        yield f


def export_events(store: Store, query: EventQuery, fmt: str, out: str) -> int:
    """Write the events matching ``query``; return the number of rows written."""
    if fmt == "parquet":
        return _export_parquet(store, query, out)
    stored = store.select(query)
    with _output(out) as f:
        if fmt == "jsonl":
            for s in stored:
                f.write(json.dumps(s.event.to_dict(), ensure_ascii=False) + "\n")
            return len(stored)
        if fmt == "gdelt-mentions":
            from detente.formats.gdelt import write_gdelt_mentions

            return write_gdelt_mentions(
                (r for s in stored for r in store.reports(s.event.event_id)), f
            )
        return _write(fmt, [(s.event, s.counts) for s in stored], f)


def _write(fmt: str, rows: list[tuple[Event, Counts]], f: TextIO) -> int:
    events = [e for e, _ in rows]
    if fmt == "gdelt":
        from detente.formats.gdelt import write_gdelt_events

        return write_gdelt_events(rows, f)
    if fmt == "icews":
        from detente.formats.icews import write_icews

        return write_icews(events, f)
    if fmt == "plover":
        from detente.formats.plover import write_plover

        return write_plover(events, f)
    if fmt == "polecat":
        from detente.formats.polecat import write_polecat

        return write_polecat(events, f)
    raise DataError(f"unknown export format {fmt!r}")


def _export_parquet(store: Store, query: EventQuery, out: str) -> int:
    if out == "-":
        raise DataError("Parquet needs a file name, not stdout")
    where, params = query.where()
    target = out.replace("'", "''")
    store.db.execute(f"COPY (SELECT * FROM events{where} ORDER BY date_start, event_id) "
                     f"TO '{target}' (FORMAT PARQUET)", params)  # fmt: skip
    return store.count_events(query)


def import_events(store: Store, kind: str, path: str) -> tuple[int, str]:
    """Add events from a GDELT, ICEWS or Parquet file; return (added, what was skipped)."""
    if kind == "parquet":
        return _import_parquet(store, path), ""
    if kind == "gdelt":
        from detente.formats.gdelt import ReadStats, read_gdelt_events

        stats = ReadStats()
        added = store.add_imported(read_gdelt_events(path, stats), "gdelt")
        return added, stats.summary() if stats.skipped else ""
    if kind == "icews":
        from detente.formats.icews import ReadStats as IcewsStats
        from detente.formats.icews import read_icews

        icews = IcewsStats()
        rows = ((e, Counts()) for e in read_icews(path, icews))
        added = store.add_imported(rows, "icews")
        return added, icews.summary() if icews.skipped else ""
    raise DataError(f"cannot import {kind!r}: gdelt, icews or parquet")


def _import_parquet(store: Store, path: str) -> int:
    import duckdb

    before = store.count("events")
    try:
        store.db.execute("INSERT OR IGNORE INTO events BY NAME SELECT * FROM read_parquet(?)",
                         [path])  # fmt: skip
    except duckdb.Error as exc:
        raise DataError(f"cannot import {path}: {exc}") from exc
    return store.count("events") - before
