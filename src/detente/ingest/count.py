"""Quick counts of the records an input will yield, for progress bars (not exact for damaged
files: reading them says what went wrong, counting does not)."""

from __future__ import annotations

import re
from typing import IO

from detente.ingest.sources import Input, head, open_input, sniff
from detente.records import Skipped

ENTRY = re.compile(rb"<(?:item|entry)[\s>]", re.IGNORECASE)
LIMIT = 20 * 1024 * 1024


def count_records(item: Input | Skipped) -> int:
    """1 for a skipped path, stdin or a single document; entries, lines or pages otherwise."""
    if isinstance(item, Skipped) or item.path is None:
        return 1
    try:
        with open_input(item) as stream:
            return max(1, _count(stream, item.name))
    except (OSError, EOFError, ValueError):
        return 1


def _count(stream: IO[bytes], name: str) -> int:
    kind = sniff(head(stream), name)
    if kind == "jsonl":
        return sum(1 for line in stream if line.strip())
    if kind == "feed":
        return len(ENTRY.findall(stream.read(LIMIT)))
    if kind == "warc":
        return _count_pages(stream)
    return 1


def _count_pages(stream: IO[bytes]) -> int:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from detente.ingest.warc import is_page

    pages = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            pages += is_page(record)
    except ArchiveLoadFailed:
        pages += 1
    return pages
