#!/usr/bin/env python3
"""Validate src/detente/actors/data/places.tsv (standard library only).

Errors (exit status 1):
- header, field count, empty lines, CR characters, quotes, stray whitespace;
- `kind` not `city`/`region`; `lat`/`lon` not decimal degrees with two decimals or out of
  range; `country` not a `code` of countries.tsv;
- duplicate (`name`, `country`); rows not sorted by (`country`, `name`);
- empty, repeated or self-repeating aliases, a leading "the";
- a name or alias equal to a name, alias, adjective or seat of countries.tsv, or to a name
  or alias of organisations.tsv, groups.tsv or people.tsv (those words belong to other
  actors). Comparison ignores case, accents and hyphens.

Warnings: a surface form (name or alias) used by two rows, in two countries or in one.
Prints the row counts per kind and per country (top 20).

    python3 scripts/check_places.py [places.tsv]
"""

from __future__ import annotations

import collections
import itertools
import pathlib
import re
import sys
import unicodedata

DATA = pathlib.Path(__file__).resolve().parent.parent / "src/detente/actors/data"
HEADER = ["name", "aliases", "country", "kind", "admin1", "lat", "lon"]
KINDS = {"city", "region"}
COORD = re.compile(r"-?\d{1,3}\.\d{2}")


def norm(text: str) -> str:
    """Fold case, accents, apostrophes and hyphens, as a matcher might."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("-", " ")
    return " ".join(text.casefold().split())


def read_tsv(path: pathlib.Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line]


def split(cell: str | None) -> list[str]:
    return [v for v in (cell or "").split("|") if v]


def reserved_words() -> dict[str, str]:
    """Surface forms of other actor tables: normalised form -> where it comes from."""
    taken: dict[str, str] = {}
    for row in read_tsv(DATA / "countries.tsv"):
        for col in ("name", "aliases", "adjectives", "seats"):
            for value in split(row.get(col)):
                taken.setdefault(norm(value), f"countries.tsv {row['code']} {col} {value!r}")
    for table in ("organisations.tsv", "groups.tsv", "people.tsv"):
        path = DATA / table
        if not path.exists():
            continue
        for row in read_tsv(path):
            owner = row.get("code") or row.get("country", "")
            for col in ("name", "aliases"):
                for value in split(row.get(col)):
                    taken.setdefault(norm(value), f"{table} {owner} {col} {value!r}")
    return taken


def check_coord(value: str, limit: float) -> bool:
    return bool(COORD.fullmatch(value)) and -limit <= float(value) <= limit


def check_row(i: int, f: list[str], codes: set[str]) -> list[str]:
    """Errors of one data row (already known to have the right number of fields)."""
    errors = []
    name, aliases, country, kind, admin1, lat, lon = f
    if any(c != c.strip() or "  " in c for c in f) or '"' in "".join(f):
        errors.append(f"line {i}: stray whitespace or quote")
    if not name:
        errors.append(f"line {i}: empty name")
    if country not in codes:
        errors.append(f"line {i}: country {country!r} not in countries.tsv")
    if kind not in KINDS:
        errors.append(f"line {i}: bad kind {kind!r}")
    if not check_coord(lat, 90):
        errors.append(f"line {i}: bad lat {lat!r}")
    if not check_coord(lon, 180):
        errors.append(f"line {i}: bad lon {lon!r}")
    if kind == "region" and admin1 == name:
        errors.append(f"line {i}: a region's admin1 repeats its name")
    values = aliases.split("|") if aliases else []
    if "" in values:
        errors.append(f"line {i}: empty alias")
    if name in values or len(set(values)) != len(values):
        errors.append(f"line {i}: repeated alias")
    for value in [name, *values]:
        if value.lower().startswith("the "):
            errors.append(f"line {i}: leading 'the' in {value!r}")
    return errors


def check_surfaces(rows: list[tuple[int, list[str]]]) -> tuple[list[str], list[str]]:
    """Collisions with other actor tables (errors) and between places (warnings)."""
    errors: list[str] = []
    taken = reserved_words()
    users: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for i, f in rows:
        for value in [f[0], *split(f[1])]:
            key = norm(value)
            if key in taken:
                errors.append(f"line {i}: {value!r} ({f[2]}) collides with {taken[key]}")
            users[key].add((f[2], f[0]))
    warnings = []
    for key, owners in sorted(users.items()):
        if len(owners) > 1:
            where = "countries" if len({c for c, _ in owners}) > 1 else "one country"
            listed = ", ".join(f"{n} ({c})" for c, n in sorted(owners))
            warnings.append(f"{key!r} is shared in {where}: {listed}")
    return errors, warnings


def main(path: pathlib.Path = DATA / "places.tsv") -> int:
    errors: list[str] = []
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        errors.append("file contains CR characters")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0] if lines else ''!r}")
    codes = {row["code"] for row in read_tsv(DATA / "countries.tsv")}
    rows: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if not line.strip():
            errors.append(f"line {i}: empty line")
        elif len(f) != len(HEADER):
            errors.append(f"line {i}: {len(f)} fields")
        else:
            errors += check_row(i, f, codes)
            rows.append((i, f))
    keys = [(f[2], f[0]) for _, f in rows]
    for key, n in collections.Counter(keys).items():
        if n > 1:
            errors.append(f"duplicate (name, country): {key}")
    if keys != sorted(keys):
        bad = next(k for k, nxt in itertools.pairwise(keys) if k > nxt)
        errors.append(f"rows not sorted by (country, name), first at {bad}")
    surface_errors, warnings = check_surfaces(rows)
    errors += surface_errors
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    kinds = collections.Counter(f[3] for _, f in rows)
    countries = collections.Counter(f[2] for _, f in rows)
    print(f"{len(rows)} rows; " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(
        f"{len(countries)} countries; top 20: "
        + ", ".join(f"{c} {n}" for c, n in countries.most_common(20))
    )
    print(f"{len(warnings)} warnings, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])) if len(sys.argv) > 1 else main())
