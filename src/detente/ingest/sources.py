"""Where inputs come from: paths, directories, globs and stdin, opened (through gzip) and sniffed.

``expand`` turns what a user typed into inputs, or ``Skipped`` ones for paths that lead
nowhere. ``open_input`` gives a buffered binary stream (gzip undone transparently) whose
first bytes can be peeked at, and ``sniff`` says from those bytes and the name which reader
the input needs: content first, where it is unmistakable, then the suffix.
"""

from __future__ import annotations

import glob
import gzip
import io
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from detente.ingest.feeds import is_feed
from detente.ingest.jsonl import is_jsonl
from detente.ingest.warc import is_warc
from detente.records import Skipped

Kind = Literal["warc", "feed", "html", "jsonl", "json", "text"]
STDIN = "-"
STDIN_NAME = "<stdin>"
SNIFF = 4096
GZIP_MAGIC = b"\x1f\x8b"
HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|article)\b", re.I)
SUFFIXES: dict[str, Kind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".arc": "warc",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    "": "text",
}


@dataclass(frozen=True, slots=True)
class Input:
    """One file (or stdin, when ``path`` is None) to read; ``name`` is its source in records."""

    name: str
    path: Path | None = None


def expand(paths: Iterable[str]) -> Iterator[Input | Skipped]:
    """Each file under ``paths``: directories walked and globs matched, both sorted."""
    for raw in paths:
        path = Path(raw)
        if raw == STDIN:
            yield Input(STDIN_NAME)
        elif path.is_dir():
            yield from _walk(path, raw)
        elif path.exists():
            yield Input(raw, path)
        elif any(c in raw for c in "*?["):
            yield from _glob(raw)
        else:
            yield Skipped(raw, "no such file or directory")


def _walk(root: Path, raw: str) -> Iterator[Input | Skipped]:
    files = sorted(p for p in root.rglob("*") if p.is_file() and not _hidden(p, root))
    if not files:
        yield Skipped(raw, "empty directory")
    for file in files:
        yield Input(str(file), file)


def _glob(pattern: str) -> Iterator[Input | Skipped]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Skipped(pattern, "no file matches this pattern")
    for match in matches:
        path = Path(match)
        yield from _walk(path, match) if path.is_dir() else [Input(match, path)]


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


@contextmanager
def open_input(item: Input) -> Iterator[IO[bytes]]:
    """A peekable binary stream of the input's content, gunzipped if it was gzipped; the
    file is closed afterwards (stdin is left open)."""
    with ExitStack() as stack:
        if item.path is None:
            stream: IO[bytes] = sys.stdin.buffer
        else:
            stream = stack.enter_context(item.path.open("rb"))
        if head(stream)[:2] == GZIP_MAGIC:
            unzipped = gzip.GzipFile(fileobj=stream)
            stream = stack.enter_context(io.BufferedReader(unzipped, buffer_size=64 * 1024))
        yield stream


def head(stream: IO[bytes]) -> bytes:
    """The first bytes of a stream, without consuming them."""
    peek = getattr(stream, "peek", None)
    return peek(SNIFF)[:SNIFF] if peek else b""


def sniff(first: bytes, name: str) -> Kind | None:
    """The reader an input needs, from its first bytes and its name; None if none fits."""
    start = first.lstrip(b"\xef\xbb\xbf \t\r\n")
    suffix = _suffix(name)
    if is_warc(start):
        return "warc"
    if is_feed(start) and (start.startswith(b"<?xml") or suffix in ("feed", None)):
        return "feed"
    if start.startswith(b"<") and HTML_START.search(start[:1024]):
        return "html"
    if suffix in ("jsonl", "json", "text", None) and is_jsonl(start):
        return "jsonl"
    return suffix


def _suffix(name: str) -> Kind | None:
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes.pop()
    last = suffixes[-1] if suffixes and len(suffixes[-1]) <= 8 else ""
    return SUFFIXES.get(last)
