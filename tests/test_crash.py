"""Killed with SIGKILL at random points and run again, `detente ingest` neither loses nor
duplicates: the store ends up with exactly the events of one uninterrupted run."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.model
COUNTRIES = [
    "Russia",
    "Ukraine",
    "China",
    "Japan",
    "Iran",
    "Israel",
    "France",
    "Germany",
    "India",
    "Pakistan",
    "Turkey",
    "Egypt",
    "Brazil",
    "Mexico",
    "Canada",
    "Kenya",
]
VERBS = [
    "accused {b} of lying",
    "met {b}",
    "criticized {b}",
    "urged {b} to act",
    "attacked {b}",
    "praised {b}",
    "expelled diplomats from {b}",
    "threatened {b}",
]


def _articles(folder: Path, n: int) -> None:
    rng = random.Random(11)
    folder.mkdir()
    for i in range(n):
        a, b = rng.sample(COUNTRIES, 2)
        day = f"2024-0{1 + i % 9}-{1 + i % 28:02d}"
        text = f"{a} {rng.choice(VERBS).format(b=b)} on Monday.\nInvented sample {i}.\n"
        (folder / f"{i:05d}.txt").write_text(f"Sample {i}\n\n{day}\n\n{text}", encoding="utf-8")


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("detente")
    return subprocess.Popen(
        [str(exe), "ingest", str(folder), "--db", str(db), "-q"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _events(db: Path) -> list[str]:
    exe = Path(sys.executable).with_name("detente")
    out = subprocess.run(
        [str(exe), "events", "--db", str(db), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def test_sigkill_and_rerun_gives_the_same_events(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _articles(folder, 1200)
    clean = tmp_path / "clean.duckdb"
    assert _ingest(folder, clean).wait(timeout=900) == 0
    expected = _events(clean)
    assert len(expected) > 500
    crashed = tmp_path / "crashed.duckdb"
    rng = random.Random(5)
    for _ in range(3):
        process = _ingest(folder, crashed)
        time.sleep(rng.uniform(2.0, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    partial = duckdb.connect(str(crashed), read_only=True)
    stored = partial.execute("SELECT count(*) FROM articles").fetchone()
    partial.close()
    assert stored is not None and 0 < stored[0] < 1200  # the kills did land mid-run
    assert _ingest(folder, crashed).wait(timeout=900) == 0
    assert _events(crashed) == expected
