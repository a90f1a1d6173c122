"""RSS and Atom feeds → one ``Article`` (or ``Skipped``) per entry, with feedparser.

An entry's full content is read where the feed carries it; otherwise its summary is, and
the article is marked ``summary_only`` (a teaser codes fewer events than the story).
Each entry's source is ``FILE#N`` (N counts entries from 1).
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

from detente.ingest import credits
from detente.ingest.draft import Draft, finish
from detente.ingest.html import read_fragment
from detente.records import Article, Skipped

FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^)]+)\)$")


def is_feed(head: bytes) -> bool:
    """Whether the first bytes of a file look like an RSS, RDF or Atom feed."""
    return bool(FEED_START.search(head[:2048]))


def read_feed(
    data: bytes, source: str, published: date | None = None
) -> Iterator[Article | Skipped]:
    """One record per entry; a feed that cannot be read at all is one ``Skipped``."""
    import feedparser

    # A stream, never bytes or str: given those, feedparser may open a path or fetch a URL.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True)
    entries = list(parsed.get("entries", []))
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if problem else "feed with no entries"
        yield Skipped(source, reason)
        return
    publisher = parsed.get("feed", {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        yield read_entry(entry, f"{source}#{number}", publisher, published)


def read_entry(
    entry: Any, source: str, publisher: str | None, published: date | None
) -> Article | Skipped:
    """One feed entry: its content if the feed carries it, else its summary."""
    try:
        draft = Draft(
            source=source,
            title=credits.strip_title(_text(entry.get("title")), [publisher or ""]),
            url=_text(entry.get("link")) or None,
            published=_date(entry) or published,
            publisher=publisher,
        )
        content = [_text(c.get("value")) for c in entry.get("content", []) if isinstance(c, dict)]
        body = max(content, key=len, default="")
        if not body:
            body = _text(entry.get("summary"))
            draft.summary_only = True
        draft.blocks = read_fragment(body) if body else []
        _add_authors(draft, entry)
    except (AttributeError, TypeError, ValueError) as exc:
        return Skipped(source, f"broken feed entry ({type(exc).__name__}: {exc})")
    return finish(draft, "feed entry with no text")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _date(entry: Any) -> date | None:
    for key in ("published_parsed", "created_parsed", "updated_parsed"):
        value = dict.get(entry, key)  # feedparser's own get() warns when it falls back
        if isinstance(value, time.struct_time):
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _add_authors(draft: Draft, entry: Any) -> None:
    for author in entry.get("authors", []) or []:
        name = _text(author.get("name")) if isinstance(author, dict) else ""
        found = EMAIL_NAME.match(name)
        people, agencies, organisation = credits.split_people(
            found["name"] if found else name, draft.publisher
        )
        draft.authors += [p for p in people if "@" not in p]
        draft.agencies += agencies
        draft.publisher = draft.publisher or organisation or None
