"""Walk the paths a user gave and hand each file to the reader for its kind.

Nothing escapes as an exception for bad content: an unreadable input becomes a
``Skipped`` record with a reason a person understands.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from detente.ingest.textdump import read_textdump
from detente.records import Article, Skipped

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def read_paths(paths: Iterable[str], published: date | None = None) -> Iterator[Article | Skipped]:
    """Yield one record per input file under ``paths`` (directories are walked, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not files:
                yield Skipped(source=raw, reason="empty directory")
            for file in files:
                yield read_file(file, published)
        elif path.exists():
            yield read_file(path, published)
        else:
            yield Skipped(source=raw, reason="no such file or directory")


def count_inputs(paths: Iterable[str]) -> int:
    """How many records ``read_paths`` will yield (for progress bars)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += max(1, sum(1 for p in path.rglob("*") if p.is_file() and not _hidden(p, path)))
        else:
            total += 1
    return total


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(path: Path, published: date | None = None) -> Article | Skipped:
    """Read one file into an ``Article``, or say why not."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(source, f"file too large ({size} bytes; the limit is {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(source, f"cannot read file: {exc.strerror or exc}")
    text = decode(data)
    if isinstance(text, Skipped):
        return Skipped(source, text.reason)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return Skipped(source, f"unsupported file type {path.suffix!r} (plain text only for now)")
    return read_textdump(text, source=source, doc_id=content_id(text), published=published)


def content_id(text: str) -> str:
    """A stable document id: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def decode(data: bytes) -> str | Skipped:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM); refuse binary and other encodings."""
    if not data.strip():
        return Skipped("", "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Skipped("", "broken UTF-16 text")
    head = data[:8192]
    if b"\x00" in head or _share(head, _is_control) > 0.02:
        return Skipped("", "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _share(head, lambda b: b >= 0x80) > 0.3:
            return Skipped("", "binary file, not text")
        return Skipped("", f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def _is_control(byte: int) -> bool:
    return (byte < 32 and byte not in (9, 10, 12, 13)) or byte == 127


def _share(data: bytes, test: Callable[[int], bool]) -> float:
    return sum(1 for b in data if test(b)) / max(len(data), 1)
