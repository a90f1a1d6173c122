"""Bytes → text: UTF-8 first, then what news files really come in.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM (every
other byte NUL); UTF-8; a charset the document declares (``<meta charset>``, an XML
declaration); then Windows-1252, which is a superset of the printable Latin-1 range. A file
that is mostly UTF-8 with a few Windows-1252 bytes (two files pasted together, an editor
that saved one line in another encoding) keeps its UTF-8 and reads each stray byte as
Windows-1252, so neither half turns to mojibake. Binary data is refused, not guessed at.
"""

from __future__ import annotations

import codecs
import re

from detente.records import Skipped

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
ESCAPED = re.compile("[\udc80-\udcff]+")
SNIFF = 8192
CONTROL = bytes([*(b for b in range(32) if b not in (9, 10, 12, 13)), 127])
HIGH = bytes(range(0x80, 0x100))


def decode(data: bytes, declared: str | None = None) -> str | Skipped:
    """Decode ``data``; say why not (``Skipped`` with an empty source) when it is not text."""
    if not data.strip():
        return Skipped("", "empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, f"broken {encoding.upper().removesuffix('-SIG')} text")
    head = data[:SNIFF]
    wide = _utf16_without_bom(head)
    if wide:
        return _strict(data, wide, "broken UTF-16 text")
    if b"\x00" in head or _share(head, CONTROL) > 0.02:
        return Skipped("", "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data, declared or _declared(head))


def _strict(data: bytes, encoding: str, reason: str) -> str | Skipped:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return Skipped("", reason)
    return text if text.strip() else Skipped("", "empty file")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM: NUL in every other byte, the same side throughout."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0) / pairs
    odd = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0) / pairs
    if odd > 0.6 and even < 0.05:
        return "utf-16-le"
    if even > 0.6 and odd < 0.05:
        return "utf-16-be"
    return None


def _declared(head: bytes) -> str | None:
    found = DECLARED.search(head)
    if not found:
        return None
    try:
        return codecs.lookup(found[1].decode("ascii")).name
    except LookupError:
        return None


def _legacy(data: bytes, declared: str | None) -> str | Skipped:
    """Not UTF-8: the declared charset, else UTF-8 and Windows-1252 line by line."""
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    if _share(data[:SNIFF], HIGH) > 0.3:
        return Skipped("", "text in an unknown encoding (not UTF-8, UTF-16 or Windows-1252)")
    mixed = data.decode("utf-8", "surrogateescape")
    return ESCAPED.sub(lambda m: cp1252(bytes(ord(c) - 0xDC00 for c in m[0])), mixed)


def cp1252(data: bytes) -> str:
    """Windows-1252, with the five bytes it leaves undefined read as Latin-1."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


def _share(data: bytes, kind: bytes) -> float:
    """The share of ``data``'s bytes that are in ``kind``."""
    return (len(data) - len(data.translate(None, kind))) / max(len(data), 1)
