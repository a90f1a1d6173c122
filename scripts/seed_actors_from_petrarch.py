"""Convert the PETRARCH2/Phoenix actor dictionaries (MIT) into drafts for review.

    python scripts/seed_actors_from_petrarch.py [--out DIR]

Reads ../shared/dictionaries/petrarch2/Phoenix.Countries.actors.txt with detente's own TABARI
reader and writes two drafts: `countries.draft.tsv` (every country-level name Phoenix knows,
by CAMEO code) and `people.draft.tsv` (dated government roles up to January 2014, when the
Phoenix lists end). It prints how the packaged `countries.tsv` and `people.tsv` compare:
the names Phoenix has that detente's files lack, for a reviewer to take or leave. The packaged
files were written against these drafts and then brought up to date (leaders since 2014).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.actors.kb import fold  # noqa: E402
from detente.actors.userdict import read_user_actors  # noqa: E402

PHOENIX = ROOT.parent / "shared" / "dictionaries" / "petrarch2" / "Phoenix.Countries.actors.txt"
DATA = ROOT / "src" / "detente" / "actors" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp"), help="folder for the drafts")
    parser.add_argument("--source", type=Path, default=PHOENIX)
    args = parser.parse_args()
    problems: list[str] = []
    entries = read_user_actors(args.source, problems)
    countries: dict[str, set[str]] = defaultdict(set)
    people = []
    for e in entries:
        if len(e.code) == 3 and not e.start and not e.end:
            countries[e.code].add(e.alias.title())
        elif e.sector == "GOV" and (e.start or e.end):
            people.append(e)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "countries.draft.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "names"])
        for code in sorted(countries):
            writer.writerow([code, "|".join(sorted(countries[code]))])
    with (args.out / "people.draft.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "alias", "code", "start", "end"])
        for e in sorted(people, key=lambda e: (e.code, e.name, str(e.start))):
            writer.writerow([e.name, e.alias, e.code, e.start or "", e.end or ""])
    _compare(countries)
    print(f"{len(entries)} entries read, {len(problems)} lines left out; drafts in {args.out}")


def _compare(countries: dict[str, set[str]]) -> None:
    with (DATA / "countries.tsv").open(encoding="utf-8") as f:
        ours = {row["code"]: {fold(n) for n in [row["name"], *row["aliases"].split("|")] if n}
                for row in csv.DictReader(f, delimiter="\t")}  # fmt: skip
    missing_codes = sorted(set(countries) - set(ours))
    extra = sum(len({fold(n) for n in names} - ours.get(code, set()))
                for code, names in countries.items())  # fmt: skip
    print(f"Phoenix country codes not in countries.tsv: {', '.join(missing_codes) or 'none'}")
    print(f"Phoenix country names not among detente's names or aliases: {extra} (review the draft)")


if __name__ == "__main__":
    main()
