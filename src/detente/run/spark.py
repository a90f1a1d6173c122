"""``detente ingest --engine spark`` and ``spark-submit``: the same pipeline on Spark.

The inputs are read as whole files (``binaryFiles``: local paths, ``hdfs://``, ``s3a://``,
``gs://`` …) and mapped, partition by partition, through one ``Pipeline`` per Python worker
(built on first use and kept while Spark reuses the worker). Each result carries its input's
rank and its rank in the file; the driver takes them back in that order — the order a
one-process run reads them — and stores them, because the store merges reports of one event
in the order it receives them. ``--output DIR`` then writes the events table as Parquet
(``detente import parquet DIR/events.parquet`` gives the same store).

Run with ``spark-submit`` (see docs/scale.md)::

    spark-submit --master yarn src/detente/run/spark.py s3a://bucket/news/ --output out/

pyspark is imported here only, and only when a run starts.
"""

from __future__ import annotations

import heapq
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.records import Article, Result, Skipped
from detente.settings import Settings

if TYPE_CHECKING:
    from detente.pipeline import Pipeline

Key = tuple[int, str, int]  # (rank of the input, its name, rank of the record in it)
Item = Result | Skipped
REMOTE = "://"

_pipelines: dict[Settings, Pipeline] = {}


def session(workers: int = 2, local_dir: str | None = None) -> Any:
    """The active Spark session, or a new one: ``local[workers]`` unless ``spark-submit``
    (or ``spark.master``) says where to run; no web UI, quiet logs."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this Python
    builder = SparkSession.builder.appName("detente").config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    if not SparkConf().contains("spark.master"):
        builder = builder.master(f"local[{max(workers, 1)}]")
    if local_dir is not None:
        builder = builder.config("spark.local.dir", local_dir)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _pipeline(settings: Settings) -> Pipeline:
    """One pipeline (one model) per Python worker process, built on first use."""
    if settings not in _pipelines:
        from detente.pipeline import Pipeline

        _pipelines[settings] = Pipeline(settings)
    return _pipelines[settings]


def read_bytes(data: bytes, name: str, published: date | None) -> Iterator[Article | Skipped]:
    """The records of one input given as bytes, read as ``read_paths`` reads a file."""
    from detente.ingest.detect import Reader
    from detente.ingest.sources import Input

    reader = Reader(published)
    suffix = "".join(Path(name).suffixes[-2:])
    with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
        tmp.write(data)
        tmp.flush()
        for record in reader.read_input(Input(name, Path(tmp.name))):
            yield reader._check(record)


def _local_name(uri: str) -> str:
    """Spark's ``file:/abs/path`` back to ``/abs/path``."""
    return uri[len("file:") :] if uri.startswith("file:") else uri


def code_partition(
    rows: Iterable[tuple[str, bytes]],
    settings: Settings,
    published: date | None,
    ranks: dict[str, tuple[int, str]],
) -> Iterator[tuple[Key, Item]]:
    """Executor side: code every input of a partition; key each result by its place."""
    pipeline = _pipeline(settings)
    remote_rank = len(ranks)
    for uri, data in rows:
        rank, name = ranks.get(_local_name(uri), (remote_rank, uri))
        records = read_bytes(bytes(data), name, published)
        for n, item in enumerate(pipeline.code_all(records)):
            yield (rank, name, n), item


def plan(paths: Iterable[str]) -> tuple[list[str], dict[str, tuple[int, str]], list[Any]]:
    """Driver side: local paths expanded as ``read_paths`` does (same order, same skips);
    remote URIs passed to Spark as they are. Returns (URIs, ranks of local files, skips)."""
    from detente.ingest.sources import expand

    uris: list[str] = []
    ranks: dict[str, tuple[int, str]] = {}
    skips: list[tuple[Key, Item]] = []
    local = [p for p in paths if REMOTE not in p]
    for rank, found in enumerate(expand(local)):
        if isinstance(found, Skipped):
            skips.append(((rank, found.source, 0), found))
        elif found.path is not None:
            resolved = str(found.path.resolve())
            ranks[resolved] = (rank, found.name)
            uris.append(resolved)
    uris += [p for p in paths if REMOTE in p]
    return uris, ranks, skips


def run_spark(
    paths: Iterable[str],
    published: date | None,
    settings: Settings,
    workers: int = 2,
    local_dir: str | None = None,
) -> Iterator[Item]:
    """Code every input on Spark; results come back in input order."""
    from pyspark import StorageLevel

    uris, ranks, skips = plan(list(paths))
    spark = session(workers, local_dir)
    if not uris:
        yield from (item for _, item in skips)
        return
    context = spark.sparkContext
    files = context.binaryFiles(",".join(uris), minPartitions=max(workers, 1) * 2)
    coded = files.mapPartitions(lambda rows: code_partition(rows, settings, published, ranks))
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        coded.count()  # compute every partition in parallel, once
        ordered = coded.sortByKey().toLocalIterator()
        for _, item in heapq.merge(skips, ordered, key=lambda pair: pair[0]):
            yield item
    finally:
        coded.unpersist()


def main(argv: list[str] | None = None) -> None:
    """``spark-submit …/detente/run/spark.py PATH… [--db FILE | --output DIR]``: the
    ``detente ingest`` command with ``--engine spark``."""
    from detente.cli import main as cli

    args = sys.argv[1:] if argv is None else argv
    cli(["ingest", "--engine", "spark", *args], prog_name="detente-spark")


if __name__ == "__main__":
    from detente.run.spark import main as _main  # functions pickled by module, not by value

    _main()
