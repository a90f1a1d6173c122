"""What ``detente ingest`` needs beyond storing: choosing the runner, and Parquet output."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import DataError
from detente.records import Result, Skipped
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.pipeline import Pipeline
    from detente.store import Store

ENGINES = ("local", "spark")
PARQUET_NAME = "events.parquet"


def coded(
    engine: str,
    paths: Iterable[str],
    published: date | None,
    settings: Settings,
    pipeline: Pipeline | None = None,
) -> Iterator[Result | Skipped]:
    """The results of the chosen runner, in input order."""
    if engine == "spark":
        from detente.run.spark import run_spark

        return run_spark(paths, published, settings, workers=max(settings.workers, 1))
    from detente.run.local import run_local

    return run_local(paths, published, settings, settings.workers, pipeline)


def kb_problems(settings: Settings) -> list[str]:
    """The lines of the user's actor files that are left out (the workers say nothing)."""
    from detente.actors import load_kb

    return load_kb(settings.actors).problems if settings.actors else []


def write_parquet(store: Store, out: str) -> tuple[int, str]:
    """The store's events table, in the order it was filled, as ``OUT/events.parquet``."""
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot write to {out}: {exc}") from exc
    target = str(folder / PARQUET_NAME)
    quoted = target.replace("'", "''")
    store.db.execute(f"COPY (SELECT * FROM events ORDER BY rowid) TO '{quoted}' (FORMAT PARQUET)")
    return store.count("events"), target
