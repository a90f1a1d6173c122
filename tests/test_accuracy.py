"""Accuracy is pinned: the gold-set figures in eval/floors.json must not drop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from detente.evaluate import coded_from_event, read_gold, score, sentence_articles
from detente.ingest.detect import read_file
from detente.records import Article, Result
from tests.conftest import ROOT, SEED, SEED_DATE

pytestmark = pytest.mark.model
FLOORS: dict[str, dict[str, float]] = {
    k: v
    for k, v in json.loads((ROOT / "eval" / "floors.json").read_text()).items()
    if not k.startswith("_")
}


def _check(result: dict[str, Any], floors: dict[str, float]) -> None:
    low = {k: (result[k], floor) for k, floor in floors.items() if result[k] < floor}
    assert not low, f"below the floors in eval/floors.json (got, floor): {low}"


def test_seed_floor(shared: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    article = read_file(SEED, published=SEED_DATE)
    assert isinstance(article, Article)
    events = pipeline.code_article(article).events
    result = score(
        read_gold(shared / "eval" / "seed.gold.jsonl"), [coded_from_event(e) for e in events]
    )
    _check(result, FLOORS["seed.gold.jsonl"])


def test_plover_gold_standard_floor(shared: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    gold = read_gold(shared / "eval" / "plover_gsr.gold.jsonl")
    results = [r for r in pipeline.code_all(sentence_articles(gold, None)) if isinstance(r, Result)]
    assert len(results) == len(gold)
    result = score(gold, [coded_from_event(e) for r in results for e in r.events])
    _check(result, FLOORS["plover_gsr.gold.jsonl"])


@pytest.mark.parametrize("name", ["phrasebook.gold.jsonl", "phrasebook2.gold.jsonl"])
def test_invented_phrasebook_floors(pipeline, name: str) -> None:  # type: ignore[no-untyped-def]
    """The team's invented sentence sets (eval/README.md) keep their figures."""
    gold = read_gold(ROOT / "eval" / name)
    results = [r for r in pipeline.code_all(sentence_articles(gold, None)) if isinstance(r, Result)]
    assert len(results) == len(gold)
    result = score(gold, [coded_from_event(e) for r in results for e in r.events])
    _check(result, FLOORS[name])
