"""User actor dictionaries: detente's own TSV, or TABARI ``.actors`` files with date ranges.

detente's format (tab-separated, header row)::

    name    aliases            code     start       end
    Kim Yo Jong  Kim Yo-jong   PRKGOV   2014-01-01

TABARI's (PETRARCH, Phoenix): a name line with words joined by ``_`` (a trailing ``_`` marks
an exact phrase), ``+`` lines with more names, then one or more code lines in brackets —
``[USAGOV]``, ``[USAGOV >090120]`` (from), ``[USAELI <090120]`` (until), ``[USAELI
780101-000101]`` (between); dates are YYMMDD. The codes apply to every name since the last
code line. ``#`` starts a comment.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detente.actors.kb import INTERNATIONAL, Entry
from detente.errors import DataError

CODE = re.compile(r"\[([A-Z0-9]{3,})(?:\s+([^\]]*?))?\s*\]")
DAY = r"(?:\d{8}|\d{6})"
SPAN = re.compile(rf"[<>]{DAY}|{DAY}-{DAY}")
XML_COMMENT = re.compile(r"<!\s*--.*?-->", re.DOTALL)


def read_user_actors(path: str | Path, problems: list[str] | None = None) -> list[Entry]:
    """Entries from a user's actor file, whichever of the two formats it is in. Lines that
    cannot be read are left out and described in ``problems`` (when given)."""
    try:
        text = Path(path).read_text("utf-8", errors="replace")
    except OSError as exc:
        raise DataError(f"cannot read actor file {path}: {exc.strerror}") from exc
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lower().startswith("name\t"):
        return list(_read_tsv(text, str(path)))
    return list(read_tabari(text, str(path), problems))


def _read_tsv(text: str, origin: str) -> Iterator[Entry]:
    for n, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), start=2):
        try:
            code = row["code"].strip().upper()
            start, end = (row.get(k) or "" for k in ("start", "end"))
            names = [row["name"], *(row.get("aliases") or "").split("|")]
            for name in filter(None, (n.strip() for n in names)):
                yield _entry(name, row["name"].strip(), code, f"user:{origin}:{n}",
                             start=date.fromisoformat(start) if start else None,
                             end=date.fromisoformat(end) if end else None)  # fmt: skip
        except (KeyError, ValueError, AttributeError) as exc:
            raise DataError(f"{origin} line {n}: need name, code, start, end ({exc})") from exc


@dataclass
class _Block:
    """Names that share code lines, and the codes seen so far."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, int]] = field(default_factory=list)


def read_tabari(text: str, origin: str, problems: list[str] | None = None) -> Iterator[Entry]:
    """Entries from a TABARI actors file. A code line with a malformed date range is an
    error naming the line, unless ``problems`` is given: then it is listed there and left out."""
    block = _Block()
    for n, raw in enumerate(without_xml_comments(text).splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        codes = _checked([(code, span, n) for code, span in CODE.findall(line)], origin,
                         problems)  # fmt: skip
        head = CODE.sub("", line).strip()
        if head and not head.startswith("+"):
            if block.codes:  # a new name after code lines starts a new block
                block = _Block()
            block.names.append(head)
        elif head:
            block.names.append(head[1:].strip())
            yield from _entries(block.names[-1:], block.names[0], block.codes, origin)
        yield from _entries(block.names, block.names[0] if block.names else "", codes, origin)
        block.codes += codes


def without_xml_comments(text: str) -> str:
    """PETRARCH's dictionaries carry ``<!-- ... -->`` comments, some over several lines (and
    some written ``<! --``): blanked out, keeping the line numbers."""
    return XML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)


def _checked(codes: list[tuple[str, str, int]], origin: str,
             problems: list[str] | None) -> list[tuple[str, str, int]]:  # fmt: skip
    good = []
    for code in codes:
        try:
            _span(code[1], origin, code[2])
            good.append(code)
        except DataError as exc:
            if problems is None:
                raise
            problems.append(f"{exc}; left out")
    return good


def _entries(names: list[str], canonical: str, codes: list[tuple[str, str, int]],
             origin: str) -> Iterator[Entry]:  # fmt: skip
    """One entry per name and code. A name not ending in ``_`` is a stem: its last word also
    matches the words it begins ("ARGENTIN" → "Argentina", "Argentine")."""
    for code, span, line in codes:
        start, end = _span(span, origin, line)
        for name in names:
            yield _entry(_words(name), _words(canonical), code, f"user:{origin}:{line}",
                         start=start, end=end, stem=not name.endswith("_"))  # fmt: skip


def _words(name: str) -> str:
    """A TABARI name as text. TABARI writes every name in capitals, so only one of three
    letters or fewer ("UN", "PKK") stays an acronym that must be matched in capitals:
    "ARNOR" is "Arnor" (longer names are never taken for acronyms)."""
    text = " ".join(part for part in name.strip().strip("_").split("_") if part)
    letters = sum(ch.isalpha() for ch in text)
    return text.title() if text.isupper() and 3 < letters <= 5 else text


def _entry(alias: str, name: str, code: str, source: str, *, start: date | None,
           end: date | None, stem: bool = False) -> Entry:  # fmt: skip
    country = code[:3]
    sector = code[3:6] if country not in INTERNATIONAL else ""
    return Entry(alias, "user", code, country, sector, name.title() if name.isupper() else name,
                 start=start, end=end, source=source, stem=stem)  # fmt: skip


def _span(text: str, origin: str, line: int) -> tuple[date | None, date | None]:
    text = "".join(text.split())  # "> 140608" is written too
    if not text:
        return None, None
    if not SPAN.fullmatch(text):
        raise DataError(
            f"{origin} line {line}: bad date range {text!r} (YYMMDD, >YYMMDD, "
            "<YYMMDD or YYMMDD-YYMMDD; YYYYMMDD also read)"
        )
    try:
        if text.startswith(">"):
            return _yymmdd(text[1:]), None
        if text.startswith("<"):
            return None, _yymmdd(text[1:])
        first, last = text.split("-")
        return _yymmdd(first), _yymmdd(last)
    except ValueError as exc:  # a month 13 or a 31 February
        raise DataError(f"{origin} line {line}: bad date range {text!r}") from exc


def _yymmdd(text: str) -> date:
    """TABARI's two-digit years: 00-39 are 2000s, 40-99 the 1900s (the files end in 2014);
    some entries give the full year (YYYYMMDD)."""
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    return date(2000 + yy if yy < 40 else 1900 + yy, mm, dd)
