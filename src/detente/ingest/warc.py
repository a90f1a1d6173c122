"""WARC and ARC web archives → one ``Article`` (or ``Skipped``) per HTML response record.

warcio streams the archive (plain or gzipped per record), so archives of any size are read
in bounded memory; a record larger than the page limit is skipped, not loaded. Requests,
metadata and non-HTML responses (images, scripts) are not news and are passed over; an
archive that holds no HTML page at all is one ``Skipped``. A truncated or damaged archive
keeps the pages before the damage and reports the rest as one ``Skipped``. Each record's
source is ``FILE#N`` (N counts HTML responses from 1); its URL is the record's target URI.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from detente.ingest.decode import decode
from detente.ingest.html import read_html
from detente.records import Article, Skipped

MAX_RECORD = 20 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(head: bytes) -> bool:
    """WARC files start with a version line; ARC files with a ``filedesc://`` record."""
    return head.startswith((b"WARC/", b"filedesc://"))


def read_warc(
    stream: IO[bytes], source: str, published: date | None = None
) -> Iterator[Article | Skipped]:
    """Every HTML response in the archive; damage ends the walk with a ``Skipped``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if is_page(record):
                found = read_record(record, f"{source}#{pages + 1}", published)
                pages += 1
                yield found
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        yield Skipped(source, f"truncated or damaged archive after {pages} pages ({exc})")
        return
    if not pages:
        yield Skipped(source, "web archive with no HTML pages")


def is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return kind.startswith(HTML_TYPES) or not kind


def read_record(record: Any, source: str, published: date | None) -> Article | Skipped:
    """One HTML response record → an article (its URL is the record's target URI)."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = record.http_headers.get_statuscode() or ""
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > MAX_RECORD:
        return Skipped(source, f"record too large ({length} bytes; the limit is {MAX_RECORD})")
    data = record.content_stream().read(MAX_RECORD + 1)
    missing = getattr(record.raw_stream, "limit", 0)
    if len(data) <= MAX_RECORD and isinstance(missing, int) and missing > 0:
        return Skipped(source, f"truncated record: {missing} bytes missing (damaged archive)")
    if not status.startswith("2"):
        return Skipped(source, f"HTTP status {status or 'missing'} for {url}")
    if len(data) > MAX_RECORD:
        return Skipped(source, f"record too large (over {MAX_RECORD} bytes)")
    kind = record.http_headers.get_header("Content-Type") or ""
    text = decode(data, _charset(kind))
    if isinstance(text, Skipped):
        return Skipped(source, text.reason)
    return read_html(text, source, url=url, published=published)


def _charset(content_type: str) -> str | None:
    import codecs

    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                return None
    return None
