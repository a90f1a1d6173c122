"""The actor knowledge base: countries, seats of power, organisations, groups, people.

Read from the reviewable TSV files in ``actors/data`` (sources and licences in the README
there). Names are indexed by a folded key (lower-case letters and digits only) so that
"Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" meet; case rules are kept per alias so that
"US" is a country and "us" is not.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal, cast

from detente.errors import DataError

Kind = Literal["user", "person", "seat", "org", "group", "country", "place", "adjective", "waters"]
# When one name means several things, prefer the more specific reading.
KIND_RANK: dict[str, int] = {
    "user": -1,
    "person": 0,
    "seat": 1,
    "org": 2,
    "group": 3,
    "country": 4,
    "place": 5,
    "waters": 5,
    "adjective": 6,
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
# Codes of international actors: no country of their own, no sector after the first three.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
MIN_STEM = 4  # letters of a TABARI stem that may match a longer word
LEADING_ARTICLE = re.compile(r"^(the|The)\s+")


def fold(text: str) -> str:
    """The matching key of a name: lower-case words of letters and digits, one space apart;
    hyphens part words ("Kim Jong-un" = "Kim Jong Un"), other marks vanish ("U.S." = "US").
    Word boundaries stay, so "Israel is" never reads as "Israelis". Accents go ("Perú" =
    "Peru", "López" = "Lopez"): reports and dictionaries spell them either way."""
    if not text.isascii():
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
        )
    kept = "".join(ch if ch.isalnum() else " " if ch in " -_\t\n" else "" for ch in text.lower())
    return " ".join(kept.split())


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
    source: str = ""  # where the entry comes from, for users to check ("user:my.actors:12")
    lat: float | None = None  # for places, seats and countries (their centre)
    lon: float | None = None
    stem: bool = False  # TABARI: the last word also matches longer words ("ISRAEL" → "Israelis")

    @property
    def kb_id(self) -> str:
        return f"{self.kind}:{self.name or self.code}"

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
        self._stems = {key: [e for e in found if e.stem] for key, found in self._by_key.items()
                       if any(e.stem for e in found)}  # fmt: skip
        self.agents = agents
        self.problems: list[str] = []  # lines of user files that were left out, and why
        self.max_words = max((len(a.split()) for a in agents), default=1)
        self._offices: dict[tuple[str, str], dict[tuple[str, date | None], Entry]] = {}
        for found in self._by_key.values():
            for e in found:
                if e.kind == "person" and e.role:
                    office = self._offices.setdefault((e.country, e.role), {})
                    office[(e.name, e.start)] = e

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())

    def lookup(self, key: str) -> list[Entry]:
        """Entries for a folded key, most specific first; else a user's TABARI stem that the
        key's last word begins with ("Dagolathi" for "DAGOLATH", at least four letters)."""
        found = self._by_key.get(key)
        if found or not self._stems:
            return found or []
        last = key.rfind(" ") + 1
        for cut in range(len(key) - 1, last + MIN_STEM - 1, -1):
            stems = self._stems.get(key[:cut])
            if stems:
                return stems
        return []

    def holders(self, country: str, roles: Iterable[str], day: date) -> list[Entry]:
        """Who held one of ``roles`` for ``country`` on ``day`` ("the US president")."""
        found = {
            e.name: e
            for role in roles
            for e in self._offices.get((country, role), {}).values()
            if e.valid_on(day)
        }
        return list(found.values())

    def person_at(self, entries: list[Entry], day: date) -> Entry | None:
        """The role a person held on ``day``: the highest-ranked valid one."""
        valid = [e for e in entries if e.valid_on(day)]
        if not valid:
            return None
        # Phoenix rows have no role: a dated office beats an undated "elite" fallback.
        return min(valid, key=lambda e: (ROLE_RANK.get(e.role, 9), e.sector == "ELI",
                                         e.start is None and e.end is None))  # fmt: skip


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _strip_article(alias: str) -> str:
    return LEADING_ARTICLE.sub("", alias)


def _rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    data = resources.files("detente.actors").joinpath("data", name)
    text = data.read_text("utf-8")
    yield from enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), start=2)


def _country_entries() -> Iterator[Entry]:
    centres = _centres()
    for _, row in _rows("countries.tsv"):
        code = row["code"]
        lat, lon = centres.get(code, (None, None))
        for alias in [row["name"], *_split(row["aliases"])]:
            yield Entry(_strip_article(alias), "country", code, code[:3], "", row["name"],
                        lat=lat, lon=lon)  # fmt: skip
        for alias in _split(row["adjectives"]):
            yield Entry(alias, "adjective", code, code[:3], "", row["name"])
        for alias in _split(row["seats"]):
            yield Entry(
                _strip_article(alias), "seat", code[:3] + "GOV", code[:3], "GOV", row["name"]
            )


def _centres() -> dict[str, tuple[float, float]]:
    """Country centres, from the table GDELT's geography also uses."""
    data = resources.files("detente.formats").joinpath("data", "countries_fips.tsv")
    rows = csv.DictReader(data.read_text("utf-8").splitlines(), delimiter="\t")
    return {r["cameo"]: (float(r["lat"]), float(r["lon"])) for r in rows if r["lat"]}


def _place_entries() -> Iterator[Entry]:
    for n, row in _rows("places.tsv"):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise DataError(f"places.tsv line {n}: {exc}") from exc
        for alias in [row["name"], *_split(row["aliases"])]:
            yield Entry(alias, "place", row["country"][:3], row["country"][:3], "", row["name"],
                        lat=lat, lon=lon)  # fmt: skip


def _water_entries() -> Iterator[Entry]:
    """Seas, gulfs and straits: no one's actor, though "Sea of Japan" names a country."""
    for _, row in _rows("waters.tsv"):
        for alias in [row["name"], *_split(row["aliases"])]:
            yield Entry(alias, "waters", "", "", "", row["name"])


def _organisation_entries(name: str, kind: Kind) -> Iterator[Entry]:
    for _, row in _rows(name):
        for alias in [row["name"], *_split(row["aliases"])]:
            # "PSEREBHMS" carries a sector (REB); "IGOEUREEC" a region, not a sector.
            international = row["country"] in ("IGO", "NGO", "IMG")
            sector = "" if international else row["code"][3:6]
            yield Entry(
                _strip_article(alias), kind, row["code"], row["country"], sector, row["name"]
            )


def _span(row: dict[str, str], name: str, n: int) -> tuple[date | None, date | None]:
    """A row's ``start`` and ``end`` dates (empty: open)."""
    try:
        start = date.fromisoformat(row["start"]) if row["start"] else None
        end = date.fromisoformat(row["end"]) if row["end"] else None
    except ValueError as exc:
        raise DataError(f"{name} line {n}: {exc}") from exc
    return start, end


def _person_entries() -> Iterator[Entry]:
    for n, row in _rows("people.tsv"):
        start, end = _span(row, "people.tsv", n)
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


def _phoenix_entries() -> Iterator[Entry]:
    """People, international bodies and armed groups converted from the Phoenix dictionaries
    (``scripts/convert_phoenix_actors.py``); the knowledge base uses them only for names its
    own files lack."""
    for n, row in _rows("phoenix.tsv"):
        start, end = _span(row, "phoenix.tsv", n)
        code, kind = row["code"], row["kind"]
        if kind not in ("person", "org", "group"):
            raise DataError(f"phoenix.tsv line {n}: unknown kind {kind!r}")
        country = code[:3]
        sector = "" if country in INTERNATIONAL else code[3:6]
        for alias in _split(row["aliases"]):
            yield Entry(alias, cast(Kind, kind), code, country, sector, row["name"], start=start,
                        end=end, source=f"phoenix:{row['source']}")  # fmt: skip


def _surnames(people: list[Entry], taken: set[str]) -> list[Entry]:
    """ "President Mugabe": the last word of a Phoenix person's name, where it names one
    person only and no other entry; the resolver takes it only after a title."""
    by_key: dict[str, list[Entry]] = defaultdict(list)
    for e in people:
        words = e.name.split()
        if e.kind == "person" and len(words) > 1 and len(words[-1]) > 3:
            by_key[fold(words[-1])].append(e)
    out = []
    for key, found in by_key.items():
        if key in taken or len({e.name for e in found}) != 1:
            continue
        out += [replace(e, alias=e.name.split()[-1], source="surname:" + e.source) for e in found]
    return out


def _agents() -> dict[str, str]:
    agents: dict[str, str] = {}
    for _, row in _rows("agents.tsv"):
        agents.setdefault(row["noun"].strip().lower(), row["sector"].strip())
    return agents


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """Read every packaged actor file and the user's own (done once, when a ``Pipeline`` is
    made). User files — detente's TSV or TABARI ``.actors`` — win over built-in entries."""
    from detente.actors.userdict import read_user_actors

    problems: list[str] = []
    try:
        entries = [
            *(e for path in extra for e in read_user_actors(path, problems)),
            *_country_entries(),
            *_organisation_entries("organisations.tsv", "org"),
            *_organisation_entries("groups.tsv", "group"),
            *_person_entries(),
            *_place_entries(),
            *_water_entries(),
        ]
        known = {fold(e.alias) for e in entries}
        # a person's initials ("AKK") are too easily someone else's
        borrowed = [e for e in _phoenix_entries() if fold(e.alias) not in known
                    and not (e.kind == "person" and e.acronym)]  # fmt: skip
        entries += borrowed
        agents = _agents()
        # "Deputy Prime Minister": a word of a title is no one's surname ("George Prime")
        title_words = {fold(w) for a in agents for w in a.split()}
        entries += _surnames(borrowed, known | title_words | {fold(e.alias) for e in borrowed})
    except (KeyError, FileNotFoundError) as exc:
        raise DataError(f"actor data is incomplete: {exc}") from exc
    kb = KnowledgeBase(entries, agents)
    kb.problems = problems
    return kb
