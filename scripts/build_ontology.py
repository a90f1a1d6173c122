"""Build the package's ontology data from ../shared/ontology (run once; output is reviewed).

    python scripts/build_ontology.py ../shared/ontology src/detente/ontology/data

Writes cameo.tsv (all 316 CAMEO codes with both Goldstein variants, quad classes and the
PLOVER crosswalk) and copies the PLOVER codebook. Decisions are in the data README.
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

COLUMNS = [
    "code",
    "root",
    "level",
    "name",
    "name_gdelt",
    "goldstein",
    "goldstein_gdelt",
    "quad_class",
    "quad_phoenix",
    "plover_type",
    "plover_mode",
    "plover_context",
]


# Where the crosswalk contradicts the PLOVER manual's own definitions, the definitions win:
# CONCEDE "covers ... removing curfews" (the crosswalk's 0813/0814 say RETREAT, with a note that
# their RETREAT mode "ease" was dropped in 2021), and "RETREAT also covers resignations of
# government officials", mode "resign" (the crosswalk's 0831 says CONCEDE). PLOVER's own gold
# standard codes both ways the definitions do.
DEFINITIONS_WIN = {"0813": ("CONCEDE", ""), "0814": ("CONCEDE", ""), "0831": ("RETREAT", "resign")}


def convert_row(row: dict[str, str]) -> dict[str, str]:
    plover = row["plover_event"]
    mode = row["plover_mode"]
    if row["code"] in DEFINITIONS_WIN:
        plover, mode = DEFINITIONS_WIN[row["code"]]
    if row["root"] == "02" and not plover:
        # Appeals: the crosswalk leaves roots 01-02 out; its notes map appeals to REQUEST.
        plover = "REQUEST"
    if plover == "FIGHT":
        plover = "ASSAULT"  # the crosswalk's FIGHT for root 20 is not a PLOVER type
    return {
        "code": row["code"],
        "root": row["root"],
        "level": row["level"],
        "name": row["name"],
        "name_gdelt": row["name_gdelt"],
        "goldstein": row["goldstein_phoenix"],
        "goldstein_gdelt": row["goldstein_gdelt"],
        "quad_class": row["quad_gdelt"],
        "quad_phoenix": row["quad_phoenix"],
        "plover_type": plover,
        "plover_mode": mode,
        "plover_context": row["plover_context"],
    }


def fill_goldstein(rows: list[dict[str, str]]) -> None:
    """Phoenix (manual) score where given, else GDELT's; codes in neither take their parent's."""
    by_code = {r["code"]: r for r in rows}
    for row in rows:
        row["goldstein"] = row["goldstein"] or row["goldstein_gdelt"]
    for row in rows:
        for key in ("goldstein", "goldstein_gdelt"):
            parent = row["code"][:-1]
            while not row[key] and parent in by_code:
                row[key] = by_code[parent][key]
                parent = parent[:-1]


def main(src: Path, dst: Path) -> None:
    with (src / "cameo_codebook.csv").open(encoding="utf-8") as f:
        rows = [convert_row(r) for r in csv.DictReader(f)]
    fill_goldstein(rows)
    dst.mkdir(parents=True, exist_ok=True)
    with (dst / "cameo.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    shutil.copyfile(src / "plover_codebook.json", dst / "plover.json")
    print(f"wrote {len(rows)} CAMEO codes to {dst / 'cameo.tsv'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
