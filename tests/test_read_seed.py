"""The seed dump through ``detente read``: what the issue's "Checked by" asks of it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_seed_reads_to_its_parts(shared: Path) -> None:
    out = run_cli("read", str(shared / "seed"), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    (seed,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert seed["title"] == "US open to 'practical' diplomacy with North Korea"
    assert seed["published"] == "2021-05-01"
    assert seed["short_url"] == "https://p.dw.com/p/3sp5v"
    assert seed["standfirst"].startswith("The White House says Joe Biden is aiming")
    assert {"text": 'Biden previously referred to North Korean leader Kim Jong Un as a "brutal '
            'dictator."', "credit": "Brendan Smialowski/AFP"} in seed["captions"]  # fmt: skip
    assert seed["agencies"] == ["AFP", "AP", "Reuters"] and seed["authors"] == ["fb", "aw"]
    assert seed["language"] == "en"
    for noise in ("Skip to", "p.dw.com", "fb/aw", "Image:", "Smialowski", "at The White House."):
        assert noise not in seed["body"]
