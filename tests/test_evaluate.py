"""``detente eval`` computes the reference scorer's figures by the same rules."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from detente.evaluate import coded_from_json, headline, read_gold, score


@pytest.fixture(scope="module")
def reference(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _perturbed_events(rows: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Events built from gold with random errors: wrong actors, roots, negation, extras."""
    rng = random.Random(seed)
    countries = ["USA", "PRK", "KOR", "JPN", "RUS", "CHN", "IGO", None]
    events = []
    for row in rows:
        for g in row["events"] + ([{}] if rng.random() < 0.3 else []):
            if rng.random() < 0.2:
                continue
            cameo = g.get("cameo") or rng.choice(["040", "111", "190", "036", "020"])
            if rng.random() < 0.2:
                cameo = rng.choice(["040", "111", "190", "036", "020", "057"])
            swap = rng.random() < 0.2
            src, tgt = g.get("source"), g.get("target")
            if swap:
                src, tgt = tgt, src
            if rng.random() < 0.15:
                src = rng.choice(countries)
            sentence = row["sentence"]
            if rng.random() < 0.1:
                sentence = sentence.upper() + "  "
            events.append(
                {
                    "sentence": sentence,
                    "source": {"country": src} if src else None,
                    "target": {"country": tgt} if tgt else None,
                    "cameo": cameo,
                    "plover": {"type": g.get("plover") if rng.random() < 0.8 else "ASSAULT"},
                    "negated": bool(g.get("negated")) ^ (rng.random() < 0.1),
                    "date": g.get("date") if rng.random() < 0.7 else "2021-05-01",
                }
            )
    events.append({"sentence": "A sentence that is in no gold file at all.", "cameo": "010"})
    return events


@pytest.mark.parametrize("gold_name", ["seed.gold.jsonl", "plover_gsr.gold.jsonl"])
@pytest.mark.parametrize("seed", range(8))
def test_same_figures_as_reference(
    shared: Path, reference: ModuleType, gold_name: str, seed: int
) -> None:
    path = shared / "eval" / gold_name
    events = _perturbed_events(_gold_rows(path), seed)
    expected = reference.score(_gold_rows(path), events)
    got = headline(score(read_gold(path), [coded_from_json(e) for e in events]))
    assert got == expected
    assert got["tp"] > 0


def test_perfect_output_scores_one(shared: Path) -> None:
    path = shared / "eval" / "seed.gold.jsonl"
    events = [
        {
            "sentence": row["sentence"],
            "source": g["source"],
            "target": g["target"],
            "cameo": g["cameo"],
            "plover": g["plover"],
            "negated": g["negated"],
            "date": g["date"],
        }
        for row in _gold_rows(path)
        for g in row["events"]
        if g.get("required", True)
    ]
    result = score(read_gold(path), [coded_from_json(e) for e in events])
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)
