"""Convert the Phoenix actor dictionaries (PETRARCH2, MIT) into detente's `phoenix.tsv`.

    python scripts/convert_phoenix_actors.py [--out src/detente/actors/data/phoenix.tsv]

Run once; the output is packaged and reviewed like the other actor tables. It keeps the
people of `Phoenix.Countries.actors.txt` (the blocks marked `CountryInfo.txt`: heads of state,
ministers and other office-holders with dated codes, up to January 2014), and every entry of
`Phoenix.International.actors.txt` and `Phoenix.MilNonState.actors.txt` (international
bodies, their officials, armed groups). Country names, cities and adjectives are left out:
detente's own `countries.tsv` and `places.tsv` cover them.

The actor stage reads this table after its own files and takes from it only the names those
files lack, so a curated row always wins (see `detente.actors.kb.load_kb`).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.actors.userdict import _words, read_tabari  # noqa: E402

SHARED = ROOT.parent / "shared" / "dictionaries" / "petrarch2"
DATA = ROOT / "src" / "detente" / "actors" / "data"
FILES = {
    "Phoenix.Countries.actors.txt": "person",
    "Phoenix.International.actors.txt": "org",
    "Phoenix.MilNonState.actors.txt": "group",
}
INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC"}
PERSON_NOTE = re.compile(r"CountryInfo|rulers", re.IGNORECASE)


def person_names(text: str) -> set[str]:
    """Canonical names of the blocks that a comment marks as people."""
    names = set()
    for line in text.splitlines():
        if line[:1].isalpha() and "#" in line and PERSON_NOTE.search(line.split("#", 1)[1]):
            head = re.sub(r"\[[^\]]*\]", "", line.split("#", 1)[0]).strip()
            names.add(_words(head).upper())
    return names


MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.IGNORECASE,
)


def clean(name: str) -> str:
    """One line's name without TABARI leftovers ("[---]", tabs, stray country words)."""
    name = re.sub(r"\[[^\]]*\]?", " ", name.split("\t", maxsplit=1)[0])
    return " ".join(name.replace('"', " ").split())


def good_alias(alias: str) -> bool:
    """Names a matcher can use: letters, a few words, no TABARI pattern syntax, not a date."""
    letters = sum(ch.isalpha() for ch in alias)
    if letters < 3 or len(alias.split()) > 8 or re.search(r"[{}+*<>&%$!|\[\]]", alias):
        return False
    return not (MONTHS.search(alias) and re.search(r"\d", alias))


def cased(alias: str) -> str:
    """Phoenix writes names in capitals; detente matches short all-capital aliases ("UN")
    only against capitals, so longer names are written as names ("Yoweri Museveni")."""
    letters = [ch for ch in alias if ch.isalpha()]
    if len(letters) <= 5 and " " not in alias:
        return alias
    return " ".join(
        w if w.isupper() and len(w) <= 3 and "." in w else w.title() for w in alias.split()
    )


def convert(countries: set[str]) -> list[dict[str, str]]:
    rows: dict[tuple[str, str, str, str, str], dict[str, object]] = {}
    for filename, kind in FILES.items():
        text = (SHARED / filename).read_text(encoding="utf-8", errors="replace")
        people = person_names(text)
        grouped: dict[tuple[str, str, str, str, str], set[str]] = defaultdict(set)
        origin: dict[tuple[str, str, str, str, str], str] = {}
        for e in read_tabari(text, filename, problems=[]):
            is_person = e.name.upper() in people
            if kind == "person" and not is_person:
                continue
            if e.country not in countries and e.country not in INTERNATIONAL:
                continue
            dated = e.start is not None or e.end is not None
            row_kind = "person" if (is_person or kind == "person" or dated) else kind
            key = (
                cased(clean(e.name)),
                e.code,
                e.start.isoformat() if e.start else "",
                e.end.isoformat() if e.end else "",
                row_kind,
            )
            alias = clean(e.alias)
            if good_alias(alias):
                grouped[key].add(cased(alias))
            origin.setdefault(key, f"{filename}:{e.source.rsplit(':', 1)[1]}")
        for key, aliases in grouped.items():
            rows[key] = {"aliases": aliases, "source": origin[key]}
    out = []
    for (name, code, start, end, kind), info in sorted(rows.items()):
        aliases = sorted(info["aliases"])  # type: ignore[call-overload]
        if not aliases:
            continue
        out.append(
            {
                "name": name,
                "aliases": "|".join(aliases),
                "code": code,
                "start": start,
                "end": end,
                "kind": kind,
                "source": str(info["source"]),
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DATA / "phoenix.tsv")
    args = parser.parse_args()
    with (DATA / "countries.tsv").open(encoding="utf-8") as f:
        countries = {row["code"][:3] for row in csv.DictReader(f, delimiter="\t")}
    rows = convert(countries)
    fields = ["name", "aliases", "code", "start", "end", "kind", "source"]
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fields, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
