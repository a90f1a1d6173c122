"""What the format modules share: country tables, input opening, skip counts, dates, ids.

Private to ``detente.formats``. The tables are reviewable TSV files in ``formats/data`` and
``actors/data`` (sources in the README beside them), read once with ``importlib.resources``
and cached because they never change while the process runs.
"""

from __future__ import annotations

import calendar
import csv
import gzip
import hashlib
import io
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, TypeAlias
from urllib.parse import urlsplit

from detente.errors import DataError, InputError

Source: TypeAlias = str | os.PathLike[str] | Iterable[str]
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO"})
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_EXAMPLES = 5


@dataclass(frozen=True, slots=True)
class Country:
    """One row of ``countries_fips.tsv``: detente's CAMEO code, ISO alpha-3, FIPS 10-4."""

    cameo: str
    iso3: str
    fips: str
    name: str
    lat: float
    lon: float


@dataclass(slots=True)
class ReadStats:
    """What a reader did with its rows, filled in while it iterates (readers never raise
    on bad rows: the CLI reports ``summary()`` as "N rows skipped: reason")."""

    read: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def skip(self, where: str, reason: str) -> None:
        self.skipped += 1
        self.reasons[reason] += 1
        if len(self.examples) < _EXAMPLES:
            self.examples.append(f"{where}: {reason}")

    def summary(self) -> str:
        """One line: rows read and rows skipped with their reasons, most frequent first."""
        text = f"{self.read} rows read, {self.skipped} rows skipped"
        if self.reasons:
            text += ": " + "; ".join(f"{r} ({n})" for r, n in self.reasons.most_common())
        return text


def data_rows(package: str, name: str) -> list[dict[str, str]]:
    text = resources.files(package).joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@cache
def countries() -> tuple[Country, ...]:
    """Every row of ``formats/data/countries_fips.tsv`` in file order."""
    out = []
    for n, row in enumerate(data_rows("detente.formats", "countries_fips.tsv"), start=2):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            out.append(Country(row["cameo"], row["iso3"], row["fips"], row["name"], lat, lon))
        except (KeyError, ValueError, TypeError) as exc:
            raise DataError(f"countries_fips.tsv line {n}: {exc}") from exc
    return tuple(out)


@cache
def country_by_code() -> dict[str, Country]:
    """CAMEO code (full and 3-letter) and ISO alpha-3 → country; the first row wins."""
    table: dict[str, Country] = {}
    for c in countries():
        for key in (c.cameo, c.iso3, c.cameo[:3]):
            table.setdefault(key, c)
    return table


@cache
def country_by_fips() -> dict[str, Country]:
    """FIPS 10-4 → country; where a dependency shares its FIPS code (Åland is FI), the
    sovereign state (the row with a 3-letter CAMEO code) wins."""
    table: dict[str, Country] = {}
    for c in sorted(countries(), key=lambda c: len(c.cameo)):
        if c.fips:
            table.setdefault(c.fips, c)
    return table


def fold(text: str) -> str:
    """A name's matching key: lower-case letters and digits only."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


@cache
def country_by_name() -> dict[str, str]:
    """Folded country name or alias → 3-letter CAMEO country code (from ``actors/data``)."""
    table: dict[str, str] = {}
    for row in data_rows("detente.actors", "countries.tsv"):
        for alias in [row["name"], *row["aliases"].split("|")]:
            key = fold(re.sub(r"^the\s+", "", alias.strip(), flags=re.IGNORECASE))
            if key:
                table.setdefault(key, row["code"][:3])
    return table


def country_name(code: str) -> str:
    """The English name of a 3-letter CAMEO or ISO code; "" when it is not a country."""
    found = country_by_code().get(code)
    return found.name if found else ""


def iso3(code: str) -> str:
    """ISO alpha-3 of a CAMEO country code (KSV → XKX, TMP → TLS); others unchanged."""
    found = country_by_code().get(code)
    return found.iso3 if found else code


def lines(source: Source) -> Iterator[str]:
    """Text lines of a path (plain, ``.gz`` or ``.zip`` with every member read in order)
    or of an iterable of lines, without line endings. Bad bytes become U+FFFD rather than
    stopping an import of millions of rows."""
    if isinstance(source, str | os.PathLike):
        yield from _file_lines(Path(source))
        return
    for line in source:
        yield line.rstrip("\r\n")


def _file_lines(path: Path) -> Iterator[str]:
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                for member in archive.infolist():
                    if not member.is_dir():
                        with archive.open(member) as raw:
                            yield from _decoded(raw)
        elif path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as raw:
                yield from _decoded(raw)
        else:
            with path.open("rb") as raw:
                yield from _decoded(raw)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from exc


def _decoded(raw: IO[bytes] | gzip.GzipFile) -> Iterator[str]:
    with io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="") as text:
        for line in text:
            yield line.rstrip("\r\n")


def stable_int(key: str) -> int:
    """A positive integer below 2**60 from an id: the first 15 hex digits of a hex id
    (detente's event ids are hex), else of its SHA-1; the same key always gives the same
    number, so re-exports agree."""
    digits = key[:15]
    if len(digits) == 15 and all(ch in "0123456789abcdef" for ch in digits):
        return int(digits, 16)
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)


def day_of(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of "YYYY-MM-DD", "YYYY-MM" or "YYYY"; a missing month or day is 1."""
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month or 1), int(day or 1)


def date_span(value: str | None) -> tuple[str, str] | None:
    """First and last day of "YYYY-MM-DD", "YYYY-MM" or "YYYY" as ISO dates."""
    found = day_of(value)
    if found is None or value is None:
        return None
    year, month, day = found
    first = date(year, month, day)
    if len(value) == 4:
        return first.isoformat(), date(year, 12, 31).isoformat()
    if len(value) == 7:
        return first.isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    return first.isoformat(), first.isoformat()


def clean(value: str | None) -> str:
    """A cell for a tab-separated file: tabs and line breaks become spaces."""
    if not value:
        return ""
    return re.sub(r"[\t\r\n]+", " ", value)


def number(value: float | None) -> str:
    """A float as the field writes it ("-6.5", "10", not "10.0"), no digits lost; "" for
    missing."""
    if value is None:
        return ""
    text = repr(float(value))
    return text.removesuffix(".0")


def domain(url: str | None) -> str:
    """The host of a URL without "www." ("dw.com"): the outlet's name when none is given."""
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
