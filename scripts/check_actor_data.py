#!/usr/bin/env python3
"""Validate the actor knowledge-base TSVs in src/detente/actors/data/.

Checks countries.tsv, organisations.tsv and groups.tsv:

* the header row is exactly the documented columns; every row has that many fields;
* no empty lines, no quoting, no stray whitespace, no empty item in a ``|`` list,
  no surface form with a leading "the" (the matcher strips it);
* required fields are non-empty (code, name; iso3 in countries; country, kind elsewhere);
* codes are upper-case CAMEO codes (three-letter groups);
* rows are sorted by their first column;
* countries: no duplicate code or iso3; every code is a code of the PETRARCH2/Phoenix
  countries dictionary, or one of the few listed in NOT_IN_PHOENIX (see the data README),
  each of which must be the ISO code or a Phoenix country code followed by the ISO code;
* organisations and groups: ``country`` is the first three letters of ``code``; it is
  IGO/NGO/IMG for organisations and IMG or a country of countries.tsv for groups;
  ``kind`` is one of the documented values; no duplicate (code, name) pair;
* no surface form (name, alias, adjective, seat) belongs to two different codes, within
  or across the three files; conflicts are printed.

Usage: python3 scripts/check_actor_data.py [--data DIR] [--phoenix FILE]
Exit status 0 when every check passes, 1 otherwise. Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "src" / "detente" / "actors" / "data"
DEFAULT_PHOENIX = (
    REPO.parent / "shared" / "dictionaries" / "petrarch2" / "Phoenix.Countries.actors.txt"
)

COLUMNS = {
    "countries.tsv": ["code", "iso3", "name", "aliases", "adjectives", "seats"],
    "organisations.tsv": ["code", "country", "name", "aliases", "kind"],
    "groups.tsv": ["code", "country", "name", "aliases", "kind"],
}
REQUIRED = {
    "countries.tsv": ["code", "iso3", "name"],
    "organisations.tsv": ["code", "country", "name", "kind"],
    "groups.tsv": ["code", "country", "name", "kind"],
}
LISTS = ["aliases", "adjectives", "seats"]
KINDS = {
    "organisations.tsv": {"igo", "ngo", "img"},
    "groups.tsv": {"reb", "party", "militia", "movement", "terror"},
}
ORG_PREFIXES = {"IGO", "NGO", "IMG"}
CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
ISO_RE = re.compile(r"^[A-Z]{3}$")

# Country codes that the Phoenix countries dictionary does not have (territories it lacks,
# or codes it gives to two entries); each is documented in the data README.
NOT_IN_PHOENIX = frozenset(
    {
        "ATA",
        "AUSCCK",
        "AUSCXR",
        "AUSHMD",
        "AUSNFK",
        "ESH",
        "FINALA",
        "FRAATF",
        "FRABLM",
        "FRAMAF",
        "FRAMYT",
        "FRAREU",
        "FRASPM",
        "FRAWLF",
        "GBRIOT",
        "GBRSGS",
        "GBRTCA",
        "JEY",
        "MAC",
        "NLDBES",
        "NLDCUW",
        "NLDSXM",
        "NORBVT",
        "NORSJM",
        "USAMNP",
        "USAUMI",
        "VAT",
    }
)


class Report:
    """Collects errors; prints each as it is found."""

    def __init__(self) -> None:
        self.errors = 0

    def error(self, where: str, message: str) -> None:
        self.errors += 1
        print(f"ERROR {where}: {message}")


def read_tsv(path: Path, report: Report) -> list[dict[str, str]]:
    """Read one TSV, checking its layout; return its rows as dicts."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.error(name, f"cannot read: {exc}")
        return []
    if not text.endswith("\n"):
        report.error(name, "does not end with a newline")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if not lines or lines[0].split("\t") != COLUMNS[name]:
        report.error(name, f"header must be {COLUMNS[name]}")
        return []
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        where = f"{name}:{number}"
        if not line.strip():
            report.error(where, "empty line")
            continue
        fields = line.split("\t")
        if len(fields) != len(COLUMNS[name]):
            report.error(where, f"{len(fields)} fields, expected {len(COLUMNS[name])}")
            continue
        row = dict(zip(COLUMNS[name], fields, strict=True))
        check_fields(where, row, name, report)
        rows.append(row)
    firsts = [row[COLUMNS[name][0]] for row in rows]
    if firsts != sorted(firsts):
        report.error(name, f"rows are not sorted by {COLUMNS[name][0]}")
    return rows


def check_fields(where: str, row: dict[str, str], name: str, report: Report) -> None:
    for column, value in row.items():
        if value != value.strip():
            report.error(where, f"{column} has leading or trailing whitespace")
        if value.startswith('"'):
            report.error(where, f"{column} is quoted")
    for column in REQUIRED[name]:
        if not row[column]:
            report.error(where, f"{column} is empty")
    if row["code"] and not CODE_RE.match(row["code"]):
        report.error(where, f"code {row['code']!r} is not upper-case three-letter groups")
    check_lists(where, row, report)


def check_lists(where: str, row: dict[str, str], report: Report) -> None:
    for column in LISTS:
        items = row[column].split("|") if row.get(column) else []
        if any(not item or item != item.strip() for item in items):
            report.error(where, f"{column} has an empty or padded item")
    for form in surface_forms(row):
        if form.lower().startswith("the "):
            report.error(where, f"{form!r} starts with 'the' (the matcher strips it)")


def surface_forms(row: dict[str, str]) -> list[str]:
    forms = [row["name"]]
    for column in LISTS:
        if row.get(column):
            forms.extend(row[column].split("|"))
    return [form for form in forms if form]


def normalise(form: str) -> str:
    """The key two forms collide on: case, accents, apostrophes and dots ignored."""
    text = unicodedata.normalize("NFKD", form.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"^the\s+", "", text.casefold())
    return re.sub(r"\s+", " ", text.replace(".", "")).strip()


def phoenix_codes(path: Path) -> set[str]:
    """Every code in brackets on the name and code lines of the Phoenix countries file."""
    codes = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(("#", "+")):
            continue
        for inside in re.findall(r"\[([^\]]*)\]", line.split("#", 1)[0]):
            token = inside.split()[0] if inside.split() else ""
            if CODE_RE.match(token):
                codes.add(token)
    return codes


def check_countries(rows: list[dict[str, str]], phoenix: set[str], report: Report) -> None:
    for column in ("code", "iso3"):
        seen: dict[str, int] = defaultdict(int)
        for row in rows:
            seen[row[column]] += 1
        for value, count in sorted(seen.items()):
            if count > 1:
                report.error("countries.tsv", f"{column} {value} appears {count} times")
    missing = set()
    for row in rows:
        code, iso3 = row["code"], row["iso3"]
        if not ISO_RE.match(iso3):
            report.error("countries.tsv", f"{code}: iso3 {iso3!r} is not three letters")
        if code in phoenix:
            continue
        missing.add(code)
        if code not in NOT_IN_PHOENIX:
            report.error("countries.tsv", f"{code} is not a Phoenix country code")
        elif code != iso3 and not (code.endswith(iso3) and code[:-3] in phoenix):
            report.error("countries.tsv", f"{code}: built code must be ISO or Phoenix+ISO")
    for code in sorted(NOT_IN_PHOENIX - missing):
        report.error("check_actor_data.py", f"NOT_IN_PHOENIX lists {code}, which is fine now")
    print(
        f"countries: {len(rows)} rows, {len(rows) - len(missing)} codes from Phoenix, "
        f"{len(missing)} documented exceptions"
    )


def check_named(name: str, rows: list[dict[str, str]], countries: set[str], report: Report) -> None:
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        code, country, kind = row["code"], row["country"], row["kind"]
        pairs[(code, row["name"])] += 1
        if country != code[:3]:
            report.error(name, f"{code}: country {country} is not the code's first three letters")
        allowed = ORG_PREFIXES if name == "organisations.tsv" else countries | {"IMG"}
        if country not in allowed:
            report.error(name, f"{code}: country {country} is not one of the allowed prefixes")
        if kind not in KINDS[name]:
            report.error(name, f"{code}: kind {kind!r} not in {sorted(KINDS[name])}")
    for (code, title), count in pairs.items():
        if count > 1:
            report.error(name, f"{code} {title!r} appears {count} times")
    print(f"{name.removesuffix('.tsv')}: {len(rows)} rows")


def check_conflicts(tables: dict[str, list[dict[str, str]]], report: Report) -> None:
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for name, rows in tables.items():
        for row in rows:
            for form in surface_forms(row):
                key = normalise(form)
                owners[key].add((name.removesuffix(".tsv"), row["code"]))
                spellings[key].add(form)
    for key, codes in sorted(owners.items()):
        if len({code for _, code in codes}) > 1:
            listed = ", ".join(f"{table}:{code}" for table, code in sorted(codes))
            shown = " / ".join(sorted(spellings[key]))
            report.error("conflict", f"{shown!r} belongs to {listed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the TSVs")
    parser.add_argument(
        "--phoenix",
        type=Path,
        default=DEFAULT_PHOENIX,
        help="Phoenix.Countries.actors.txt (PETRARCH2 dictionaries)",
    )
    args = parser.parse_args(argv)
    if not args.phoenix.is_file():
        print(f"ERROR: {args.phoenix} not found; pass --phoenix PATH")
        return 1
    report = Report()
    tables = {name: read_tsv(args.data / name, report) for name in COLUMNS}
    check_countries(tables["countries.tsv"], phoenix_codes(args.phoenix), report)
    prefixes = {row["code"][:3] for row in tables["countries.tsv"]}
    prefixes |= {row["iso3"] for row in tables["countries.tsv"]}
    for name in ("organisations.tsv", "groups.tsv"):
        check_named(name, tables[name], prefixes, report)
    check_conflicts(tables, report)
    if report.errors:
        print(f"FAILED: {report.errors} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
