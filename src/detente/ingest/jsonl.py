"""JSON Lines exports → one ``Article`` (or ``Skipped``) per line.

Each line is an object ``{"url", "title", "text" | "html", "published"}``; ``html`` is read
as a page, ``text`` as a text dump (so credit lines and photo credits come out of it too).
Lines are read one at a time, so a file of any size streams. Each line's source is
``FILE#N`` with N its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

from detente.ingest.decode import decode
from detente.ingest.html import read_html
from detente.ingest.identity import content_id
from detente.ingest.textdump import read_textdump
from detente.records import Article, Skipped

MAX_LINE = 20 * 1024 * 1024


def is_jsonl(head: bytes) -> bool:
    """Whether the first line of a file is a JSON object."""
    first = head.lstrip().split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return b"\n" not in head.lstrip()  # one long first line, cut off by the sniff


def read_jsonl(
    lines: Iterable[bytes], source: str, published: date | None = None
) -> Iterator[Article | Skipped]:
    """One record per non-blank line."""
    found = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        found = True
        yield read_line(raw, f"{source}#{number}", published)
    if not found:
        yield Skipped(source, "empty file")


def read_json(
    data: bytes, source: str, published: date | None = None
) -> Iterator[Article | Skipped]:
    """A whole ``.json`` file: one object, or a list of them (``FILE#N`` counts items)."""
    text = decode(data)
    if isinstance(text, Skipped):
        yield Skipped(source, text.reason)
        return
    try:
        found = json.loads(text)
    except ValueError as exc:
        yield Skipped(source, f"not JSON ({exc})")
        return
    items = found if isinstance(found, list) else [found]
    for number, item in enumerate(items, start=1):
        name = f"{source}#{number}" if isinstance(found, list) else source
        if isinstance(item, dict):
            yield _read_item(item, name, published)
        else:
            yield Skipped(name, f"not a JSON object (a {type(item).__name__})")
    if not items:
        yield Skipped(source, "empty JSON list")


def read_line(raw: bytes, source: str, published: date | None = None) -> Article | Skipped:
    """One JSON line → an article, or why not."""
    if len(raw) > MAX_LINE:
        return Skipped(source, f"line too long ({len(raw)} bytes; the limit is {MAX_LINE})")
    line = decode(raw)
    if isinstance(line, Skipped):
        return Skipped(source, f"line: {line.reason}")
    try:
        item = json.loads(line)
    except ValueError as exc:
        return Skipped(source, f"not a JSON object ({exc})")
    if not isinstance(item, dict):
        return Skipped(source, f"not a JSON object (a {type(item).__name__})")
    return _read_item(item, source, published)


def _read_item(item: dict[str, object], source: str, published: date | None) -> Article | Skipped:
    url, title = _field(item, "url"), _field(item, "title")
    when = _published(item.get("published")) or published
    html, text = _field(item, "html"), _field(item, "text")
    if html:
        found = read_html(html, source, url=url, published=when)
        if isinstance(found, Article) and title and not found.title:
            found = replace(found, title=title)
        return found
    if not text:
        return Skipped(source, 'no "text" or "html" field')
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    article = read_textdump(text, source=source, doc_id=content_id(text), published=when)
    return replace(article, url=url, title=title or article.title)


def _field(item: dict[str, object], key: str) -> str | None:
    value = item.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _published(value: object) -> date | None:
    """ "2021-05-01", "2021-05-01T10:00:00Z" or a Unix timestamp → a date."""
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, tz=UTC).date()
        if isinstance(value, str) and value.strip():
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except (ValueError, OverflowError, OSError):
        return None
    return None
