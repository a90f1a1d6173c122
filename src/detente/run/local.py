"""``detente ingest --workers N``: one model per worker process, input streamed in chunks.

The main process reads the inputs (lazily) and cuts them into chunks of a few articles;
each worker builds its ``Pipeline`` once (the pool initializer) and codes whole chunks. At
most ``2 × workers`` chunks are in flight, so memory stays bounded whatever the input size,
and results are yielded in input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice
from multiprocessing import get_context
from typing import TYPE_CHECKING

from detente.records import Article, Result, Skipped
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.pipeline import Pipeline

CHUNK = 16  # articles per task: large enough to batch the parse, small enough to stream
IN_FLIGHT_PER_WORKER = 2

_worker: Pipeline | None = None


def _init(settings: Settings) -> None:
    """Pool initializer: build this process's pipeline (its model) once."""
    global _worker  # noqa: PLW0603 - one pipeline per worker process, by design
    from detente.pipeline import Pipeline

    _worker = Pipeline(settings)


def _code_chunk(chunk: list[Article | Skipped]) -> list[Result | Skipped]:
    if _worker is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker pipeline not initialised")
    return list(_worker.code_all(chunk))


def chunks(
    items: Iterable[Article | Skipped], size: int = CHUNK
) -> Iterator[list[Article | Skipped]]:
    """Consecutive lists of ``size`` items, read lazily."""
    stream = iter(items)
    while chunk := list(islice(stream, size)):
        yield chunk


def code_parallel(
    items: Iterable[Article | Skipped], settings: Settings, workers: int, chunk: int = CHUNK
) -> Iterator[Result | Skipped]:
    """Code ``items`` over ``workers`` processes; results in input order."""
    context = get_context("spawn")  # a clean process: no inherited store or threads
    with ProcessPoolExecutor(workers, context, initializer=_init, initargs=(settings,)) as pool:
        pending: deque[Future[list[Result | Skipped]]] = deque()
        for part in chunks(items, chunk):
            pending.append(pool.submit(_code_chunk, part))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def run_local(
    paths: Iterable[str],
    published: date | None,
    settings: Settings,
    workers: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[Result | Skipped]:
    """Read and code every input under ``paths``, in one process or ``workers``."""
    from detente.ingest import read_paths

    if workers <= 1:
        if pipeline is None:
            from detente.pipeline import Pipeline

            pipeline = Pipeline(settings)
        return pipeline.run(paths, published)
    return code_parallel(read_paths(paths, published=published), settings, workers)
