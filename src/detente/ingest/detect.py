"""Walk the inputs a user gave and hand each to the reader for its kind.

Nothing escapes as an exception: an unreadable input becomes a ``Skipped`` record with a
reason a person understands, and every input is accounted for — a file that holds many
articles (a feed, a web archive, JSON Lines) yields one record per article, and damage part
way through yields one more ``Skipped`` for the rest.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from detente.ingest.decode import decode
from detente.ingest.identity import Seen, content_id
from detente.ingest.language import check_language
from detente.ingest.sources import Input, Kind, expand, head, open_input, sniff
from detente.records import Article, Skipped

MAX_BYTES = 20 * 1024 * 1024
Record = Article | Skipped

__all__ = ["MAX_BYTES", "Reader", "content_id", "count_inputs", "decode", "read_file"]


class Reader:
    """Reads inputs into records. Options go in here once; ``reader(paths)`` does the work.

    ``published`` dates inputs that carry no date of their own (text dumps: every input).
    ``languages``: skip articles that are confidently not English. ``unique``: skip an
    article whose content hash or canonical URL was met earlier in the same run.
    """

    def __init__(
        self, published: date | None = None, *, languages: bool = True, unique: bool = False
    ) -> None:
        self.published = published
        self.languages = languages
        self.seen = Seen() if unique else None

    def __call__(self, paths: Iterable[str]) -> Iterator[Record]:
        for item in expand(paths):
            if isinstance(item, Skipped):
                yield item
                continue
            for record in self.read_input(item):
                yield self._check(record)

    def read_input(self, item: Input) -> Iterator[Record]:
        """The records of one input; whatever goes wrong becomes a ``Skipped``."""
        done = 0
        try:
            with open_input(item) as stream:
                for record in self._dispatch(stream, item.name):
                    done += 1
                    yield record
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield Skipped(item.name, _after(done, f"truncated or damaged gzip file ({exc})"))
        except OSError as exc:
            yield Skipped(item.name, _after(done, f"cannot read file: {exc.strerror or exc}"))
        except Exception as exc:  # a third-party parser's surprise must not end the batch
            yield Skipped(item.name, _after(done, f"reader failed: {type(exc).__name__}: {exc}"))

    def _dispatch(self, stream: IO[bytes], name: str) -> Iterator[Record]:
        kind = sniff(head(stream), name)
        if kind == "warc":
            from detente.ingest.warc import read_warc

            yield from read_warc(stream, name, self.published)
        elif kind == "jsonl":
            from detente.ingest.jsonl import read_jsonl

            yield from read_jsonl(stream, name, self.published)
        elif kind is None:
            yield _unsupported(stream, name)
        else:
            yield from self._read_document(stream, name, kind)

    def _read_document(self, stream: IO[bytes], name: str, kind: Kind) -> Iterator[Record]:
        """Inputs read whole: a page, a feed, a text dump — up to ``MAX_BYTES``."""
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            yield Skipped(
                name, f"file too large (over {MAX_BYTES // 2**20} MB, the limit for one document)"
            )
            return
        if kind == "feed" and data.strip():
            from detente.ingest.feeds import read_feed

            yield from read_feed(data, name, self.published)
            return
        if kind == "json":
            from detente.ingest.jsonl import read_json

            yield from read_json(data, name, self.published)
            return
        text = decode(data)
        if isinstance(text, Skipped):
            yield Skipped(name, text.reason)
        elif kind == "html":
            from detente.ingest.html import read_html

            yield read_html(text, name, published=self.published)
        else:
            yield _read_text(text, name, self.published)

    def _check(self, record: Record) -> Record:
        if isinstance(record, Skipped):
            return record
        if self.languages:
            record = check_language(record)
        if self.seen is not None and isinstance(record, Article):
            earlier = self.seen.first(record)
            if earlier is not None:
                return Skipped(record.source, f"duplicate of {earlier}")
        return record


def _read_text(text: str, name: str, published: date | None) -> Record:
    from detente.ingest.textdump import read_textdump

    article = read_textdump(text, source=name, doc_id=content_id(text), published=published)
    return article if article.paragraphs else Skipped(name, "no text")


def _unsupported(stream: IO[bytes], name: str) -> Skipped:
    """An input no reader takes: say whether it is binary or just of an unknown kind."""
    text = decode(stream.read(8192))
    if isinstance(text, Skipped):
        return Skipped(name, text.reason)
    return Skipped(name, f"unsupported file type {Path(name).suffix!r}")


def _after(done: int, reason: str) -> str:
    return f"{reason}, after {done} articles" if done else reason


def read_paths(paths: Iterable[str], published: date | None = None) -> Iterator[Record]:
    """Yield one record per article (or skipped input) under ``paths``."""
    return Reader(published)(paths)


def read_file(path: Path, published: date | None = None) -> Record:
    """Read a file that holds one article (a page, a text dump); a feed, an archive or JSON
    Lines file gives its only record, or a ``Skipped`` pointing to ``read_paths``."""
    records = list(Reader(published)([str(path)]))
    if len(records) == 1:
        return records[0]
    return Skipped(str(path), f"holds {len(records)} records: read it with read_paths")


def count_inputs(paths: Iterable[str]) -> int:
    """How many records ``read_paths`` will yield, near enough for a progress bar: files
    that hold many articles are counted by a quick scan, stdin counts as one."""
    from detente.ingest.count import count_records

    return sum(count_records(item) for item in expand(paths))
