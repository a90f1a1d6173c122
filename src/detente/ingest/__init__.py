"""Ingest: read sources into ``Article`` records, or ``Skipped`` ones with the reason.

Text dumps, HTML pages, RSS/Atom feeds, WARC/ARC archives and JSON Lines, from files,
directories, globs, gzip and stdin (``-``). See docs/ingest.md.
"""

from detente.ingest.detect import Reader, count_inputs, read_file, read_paths
from detente.ingest.identity import Seen, article_keys, content_id, url_key

__all__ = [
    "Reader",
    "Seen",
    "article_keys",
    "content_id",
    "count_inputs",
    "read_file",
    "read_paths",
    "url_key",
]
