"""The actor knowledge base: countries, seats of power, organisations, groups, people.

Read from the reviewable TSV files in ``actors/data`` (sources and licences in the README
there). Names are indexed by a folded key (lower-case letters and digits only) so that
"Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" meet; case rules are kept per alias so that
"US" is a country and "us" is not.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Literal

from detente.errors import DataError

Kind = Literal["person", "seat", "org", "group", "country", "adjective"]
# When one name means several things, prefer the more specific reading.
KIND_RANK: dict[str, int] = {
    "person": 0,
    "seat": 1,
    "org": 2,
    "group": 3,
    "country": 4,
    "adjective": 5,
}
ROLE_RANK = {
    "head of state and government": 0,
    "head of state": 1,
    "supreme leader": 1,
    "head of government": 2,
    "vice president": 3,
    "foreign minister": 4,
    "defence minister": 5,
    "secretary-general": 4,
    "eu leader": 4,
    "spokesperson": 6,
}
LEADING_ARTICLE = re.compile(r"^(the|The)\s+")


def fold(text: str) -> str:
    """The matching key of a name: lower-case letters and digits only."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of naming an actor, with the code it stands for and when."""

    alias: str
    kind: Kind
    code: str
    country: str
    sector: str
    name: str
    role: str = ""
    start: date | None = None
    end: date | None = None

    @property
    def acronym(self) -> bool:
        """All-capitals aliases ("US", "UN") only match text written in capitals."""
        letters = [ch for ch in self.alias if ch.isalpha()]
        return len(letters) <= 5 and all(ch.isupper() for ch in letters)

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class KnowledgeBase:
    """Names → entries, plus role nouns → sectors."""

    def __init__(self, entries: Iterable[Entry], agents: dict[str, str]) -> None:
        self._by_key: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            key = fold(entry.alias)
            if key:
                self._by_key[key].append(entry)
        for found in self._by_key.values():
            found.sort(key=lambda e: (KIND_RANK[e.kind], ROLE_RANK.get(e.role, 9)))
        self.agents = agents
        self.max_words = max((len(a.split()) for a in agents), default=1)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())

    def lookup(self, key: str) -> list[Entry]:
        """Entries for a folded key, most specific first."""
        return self._by_key.get(key, [])

    def person_at(self, entries: list[Entry], day: date) -> Entry | None:
        """The role a person held on ``day``: the highest-ranked valid one."""
        valid = [e for e in entries if e.valid_on(day)]
        return min(valid, key=lambda e: ROLE_RANK.get(e.role, 9)) if valid else None


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _strip_article(alias: str) -> str:
    return LEADING_ARTICLE.sub("", alias)


def _rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    data = resources.files("detente.actors").joinpath("data", name)
    text = data.read_text("utf-8")
    yield from enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), start=2)


def _country_entries() -> Iterator[Entry]:
    for _, row in _rows("countries.tsv"):
        code = row["code"]
        for alias in [row["name"], *_split(row["aliases"])]:
            yield Entry(_strip_article(alias), "country", code, code[:3], "", row["name"])
        for alias in _split(row["adjectives"]):
            yield Entry(alias, "adjective", code, code[:3], "", row["name"])
        for alias in _split(row["seats"]):
            yield Entry(
                _strip_article(alias), "seat", code[:3] + "GOV", code[:3], "GOV", row["name"]
            )


def _organisation_entries(name: str, kind: Kind) -> Iterator[Entry]:
    for _, row in _rows(name):
        for alias in [row["name"], *_split(row["aliases"])]:
            # "PSEREBHMS" carries a sector (REB); "IGOEUREEC" a region, not a sector.
            international = row["country"] in ("IGO", "NGO", "IMG")
            sector = "" if international else row["code"][3:6]
            yield Entry(
                _strip_article(alias), kind, row["code"], row["country"], sector, row["name"]
            )


def _person_entries() -> Iterator[Entry]:
    for n, row in _rows("people.tsv"):
        try:
            start = date.fromisoformat(row["start"]) if row["start"] else None
            end = date.fromisoformat(row["end"]) if row["end"] else None
        except ValueError as exc:
            raise DataError(f"people.tsv line {n}: {exc}") from exc
        code = row["country"] + row["sector"]
        for alias in [row["name"], *_split(row["aliases"])]:
            yield Entry(
                alias,
                "person",
                code,
                row["country"],
                row["sector"],
                row["name"],
                role=row["role"],
                start=start,
                end=end,
            )


def _agents() -> dict[str, str]:
    agents: dict[str, str] = {}
    for _, row in _rows("agents.tsv"):
        agents.setdefault(row["noun"].strip().lower(), row["sector"].strip())
    return agents


def load_kb() -> KnowledgeBase:
    """Read every packaged actor file (done once, when a ``Pipeline`` is made)."""
    try:
        entries = [
            *_country_entries(),
            *_organisation_entries("organisations.tsv", "org"),
            *_organisation_entries("groups.tsv", "group"),
            *_person_entries(),
        ]
        agents = _agents()
    except (KeyError, FileNotFoundError) as exc:
        raise DataError(f"actor data is incomplete: {exc}") from exc
    return KnowledgeBase(entries, agents)
