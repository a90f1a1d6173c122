"""Articles as text, so a user can see what the coder will see (``detente read``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from detente.records import Article, Skipped

TABLE_COLUMNS = ("published", "lang", "words", "agencies", "title", "source")
WIDTHS = (10, 4, 6, 18, 50, 40)


def article_json(article: Article) -> dict[str, object]:
    """The fields of ``detente read --format jsonl``."""
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "short_url": article.short_url,
        "authors": list(article.authors),
        "agencies": list(article.agencies),
        "standfirst": article.standfirst,
        "subheads": list(article.subheads),
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "body": article.body,
        "language": article.language,
        "content_hash": article.content_hash,
    }


def to_jsonl(records: Iterable[Article | Skipped]) -> Iterator[str]:
    """One JSON object per article; a skipped input is ``{"skipped": reason, "source": path}``."""
    for record in records:
        shape = (
            {"skipped": record.reason, "source": record.source}
            if isinstance(record, Skipped)
            else article_json(record)
        )
        yield json.dumps(shape, ensure_ascii=False)


def to_table(articles: Iterable[Article]) -> Iterator[str]:
    """A fixed-width table, one line per article, with a header."""
    yield "  ".join(h.upper().ljust(w) for h, w in zip(TABLE_COLUMNS, WIDTHS, strict=True)).rstrip()
    for article in articles:
        cells = (
            article.published.isoformat() if article.published else "-",
            article.language,
            str(sum(len(p.text.split()) for p in article.paragraphs)),
            ",".join(article.agencies) or "-",
            article.title or "-",
            article.source,
        )
        yield "  ".join(_fit(c, w).ljust(w) for c, w in zip(cells, WIDTHS, strict=True)).rstrip()


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
