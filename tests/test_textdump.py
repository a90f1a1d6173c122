"""Reading text dumps of web pages, with the seed as the real case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.ingest.detect import read_file
from detente.ingest.textdump import read_textdump
from detente.records import Article


def _seed(shared: Path) -> Article:
    found = read_file(shared / "seed" / "000_b071daaa21252f3f.txt")
    assert isinstance(found, Article)
    return found


def test_seed_metadata_is_kept_apart_from_the_body(shared: Path) -> None:
    article = _seed(shared)
    assert article.title == "US open to 'practical' diplomacy with North Korea"
    assert article.published == date(2021, 5, 1)
    assert article.short_url == "https://p.dw.com/p/3sp5v"
    assert article.authors == ("fb", "aw")
    assert article.agencies == ("AFP", "AP", "Reuters")
    text = "\n".join(p.text for p in article.paragraphs)
    for noise in ("Skip to", "p.dw.com", "fb/aw", "Image:", "Smialowski"):
        assert noise not in text


def test_seed_caption_and_credit_are_split(shared: Path) -> None:
    article = _seed(shared)
    caption = next(c for c in article.captions if c.credit)
    assert (
        caption.text == "Biden previously referred to North Korean leader Kim Jong Un as "
        'a "brutal dictator."'
    )
    assert caption.credit == "Brendan Smialowski/AFP"
    roles = {p.text: p.role for p in article.paragraphs}
    assert roles[caption.text] == "caption"
    assert roles["Why did Hanoi summit fail?"] == "subhead"
    assert roles["US drops ambitions for 'grand bargain'"] == "subhead"
    assert roles[article.title] == "headline"


def test_plain_text_without_title_keeps_every_sentence() -> None:
    text = "Russia shelled Kharkiv on Monday, officials said.\n\nUkraine condemned the attack."
    article = read_textdump(text, source="x", doc_id="x")
    assert [p.text for p in article.paragraphs] == text.split("\n\n")
    assert article.title == ""
    assert article.published is None
