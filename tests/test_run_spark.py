"""The Spark runner in local mode stores what the local runner stores (issue 8).

Selected with ``-m spark``; part of ``make test`` (pyspark is in the dev extra).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.test_run_local import events_of, write_inputs

pytestmark = [pytest.mark.spark, pytest.mark.model]


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One local[2] session for the module: no UI, a scratch local dir, quiet logs."""
    if os.environ.get("CI") != "true":
        pytest.importorskip("pyspark")
    from detente.run.spark import session

    active = session(workers=2, local_dir=str(tmp_path_factory.mktemp("spark-local")))
    yield active
    active.stop()


def test_spark_and_local_runners_store_the_same_events(spark: Any, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from detente.cli import main

    inputs = write_inputs(tmp_path / "in", n_generated=20)
    local, on_spark, imported = (tmp_path / f"{n}.duckdb" for n in ("local", "spark", "imp"))
    assert run_cli("ingest", str(inputs), "--db", str(local)).returncode == 3
    runner = CliRunner()
    args = ["ingest", "--engine", "spark", "--workers", "2", str(inputs), "--db", str(on_spark)]
    done = runner.invoke(main, [*args, "--output", str(tmp_path / "out")])
    assert done.exit_code == 3, done.output
    stored = events_of(local)
    assert stored and stored == events_of(on_spark)
    parquet = tmp_path / "out" / "events.parquet"
    assert run_cli("import", "parquet", str(parquet), "--db", str(imported)).returncode == 0
    assert events_of(imported) == stored
