"""``detente ingest --workers N``: the same store as one process, input streamed (issue 8)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from detente.records import Article, Paragraph, Skipped
from detente.run.local import CHUNK, IN_FLIGHT_PER_WORKER, chunks, code_parallel
from detente.settings import Settings
from tests.conftest import ROOT, run_cli


def corpus(n: int, seed: int) -> list[str]:
    """Generated news-like articles (benchmarks/corpus.py)."""
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts: list[str] = module.corpus(n, seed=seed)
    return texts


def events_of(db: Path) -> list[tuple[object, ...]]:
    """The events table, as the store keeps it, but for the run that wrote it."""
    with duckdb.connect(str(db), read_only=True) as con:
        columns = [r[0] for r in con.execute("DESCRIBE events").fetchall() if r[0] != "run_id"]
        return con.execute(f"SELECT {', '.join(columns)} FROM events ORDER BY event_id").fetchall()


def write_inputs(folder: Path, n_generated: int = 20) -> Path:
    """The examples and some generated articles (a few dozen inputs), as text dumps."""
    folder.mkdir()
    for example in sorted((ROOT / "examples").glob("*.txt")):
        (folder / example.name).write_text(example.read_text("utf-8"), "utf-8")
    for n, text in enumerate(corpus(n_generated, seed=11)):
        (folder / f"generated_{n:03d}.txt").write_text(text, "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")  # a skipped input, reported in order
    return folder


def test_chunks_are_read_lazily() -> None:
    read: list[int] = []

    def endless() -> Iterator[Skipped]:
        n = 0
        while True:
            read.append(n)
            yield Skipped(str(n), "x")
            n += 1

    first = next(chunks(endless(), 4))
    assert len(first) == 4 and len(read) <= 5


@pytest.mark.model
def test_in_flight_work_is_bounded() -> None:
    read: list[int] = []

    def endless() -> Iterator[Article]:
        n = 0
        while True:
            read.append(n)
            yield Article(f"d{n}", f"s{n}", "", (Paragraph("Markets were calm."),))
            n += 1

    results = code_parallel(endless(), Settings(), workers=1)
    assert next(results).article.doc_id == "d0"  # type: ignore[union-attr]
    results.close()  # type: ignore[attr-defined]
    assert len(read) <= (IN_FLIGHT_PER_WORKER + 1) * CHUNK + 1


@pytest.mark.model
def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path / "in")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    first = run_cli("ingest", str(inputs), "--db", str(one))
    second = run_cli("ingest", str(inputs), "--db", str(two), "--workers", "2")
    assert first.returncode == second.returncode == 3  # the empty file is skipped
    assert (
        first.stderr.splitlines()[-1].split(";")[:2]
        == second.stderr.splitlines()[-1].split(";")[:2]
    )
    assert "skipped" in second.stderr and "empty file" in second.stderr
    stored = events_of(one)
    assert stored and stored == events_of(two)
