"""HTML pages modelled on news sites (invented text): bodies, dates and metadata.

The corpus in tests/data/html has wire stories, broadcaster pages, newspaper pages behind a
paywall teaser, government press releases and live blogs, with figures, related-link boxes,
cookie banners, newsletter boxes and comments. ``expected.json`` holds what a reader should
keep of each: line-level body F1 and date accuracy over the corpus must stay at 0.95 or above.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.ingest.html import read_html
from detente.records import Article

CORPUS = Path(__file__).parent / "data" / "html"
EXPECTED: dict[str, dict[str, object]] = json.loads((CORPUS / "expected.json").read_text())


def _read(name: str) -> Article:
    found = read_html((CORPUS / name).read_text(encoding="utf-8"), source=name)
    assert isinstance(found, Article), found
    return found


def _lines(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs if p.role == "body"]


def body_scores() -> tuple[float, float, float, float]:
    """Micro-averaged line precision, recall, F1 over the corpus, and date accuracy."""
    hits = found = wanted = dates = 0
    for name, expected in EXPECTED.items():
        article = _read(name)
        lines, gold = set(_lines(article)), {str(line) for line in expected["body"]}  # type: ignore[attr-defined]
        hits += len(lines & gold)
        found += len(lines)
        wanted += len(gold)
        dates += article.published == date.fromisoformat(str(expected["published"]))
    precision, recall = hits / max(found, 1), hits / max(wanted, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1, dates / len(EXPECTED)


def test_the_corpus_is_big_and_varied() -> None:
    kinds = {name.split("_", 1)[1].removesuffix(".html") for name in EXPECTED}
    assert len(EXPECTED) >= 20
    assert kinds == {"wire", "broadcaster", "newspaper", "press_release", "live_blog"}


def test_body_f1_and_dates_reach_the_floor() -> None:
    precision, recall, f1, dates = body_scores()
    assert f1 >= 0.95, (precision, recall)
    assert dates >= 0.95


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata(name: str) -> None:
    article, expected = _read(name), EXPECTED[name]
    assert article.title == expected["title"]
    for key in ("standfirst", "publisher", "canonical_url", "short_url"):
        if key in expected:
            assert getattr(article, key) == expected[key], key
    for key in ("authors", "agencies", "subheads"):
        if key in expected:
            assert list(getattr(article, key)) == expected[key], key
    if "captions" in expected:
        captions = [{"text": c.text, "credit": c.credit} for c in article.captions]
        assert captions == expected["captions"]
    text = "\n".join(p.text for p in article.paragraphs)
    for noise in ("cookie", "Subscribe", "Read more", "Related", "###", "Comments", "GMT"):
        assert noise not in text, noise


if __name__ == "__main__":
    print("precision {:.3f} recall {:.3f} F1 {:.3f} dates {:.3f}".format(*body_scores()))
