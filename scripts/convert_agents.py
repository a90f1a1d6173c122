#!/usr/bin/env python3
"""Convert PETRARCH2 ``Phoenix.agents.txt`` (role nouns -> agent codes) into ``agents.tsv``.

Output columns: ``noun  sector  note`` (tab-separated, UTF-8, header row).  ``noun`` is a
lower-case singular word or space-separated phrase, ``sector`` a three-letter CAMEO
sector code, ``note`` empty or a short remark.

Conversion rules (stdlib only):

* ``[~GOVMED]`` composite codes keep their primary (first) three-letter code (``GOV``);
  ``[IGO~]`` prefix codes likewise;
* religion codes (``MUS CHR CTH PRO BUD HIN JEW``) become ``REL`` with a note naming the
  original code (the package's sector list has one religious sector);
* ``!PERSON!`` expands to ``-man``/``-woman``/``-person``, bare ``!MINIST!`` to minister /
  ministry; the long ``!MINIST! FOR_...`` portfolio titles are skipped (the actor resolver
  handles "minister for X" by the head noun ``minister``);
* underscores become spaces; a handful of plural entries are singularised;
* misspellings, archaic WordNet entries, truncated stems and adjectives listed in ``DROP``
  are removed; duplicates keep the first code seen (the number of conflicts is reported);
* ``OVERRIDES`` (the nouns the event coder relies on most) are applied last and win.

Usage::

    python scripts/convert_agents.py [--src PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DEFAULT_SRC = Path(__file__).resolve().parents[2] / "shared" / Path("dictionaries/petrarch2/Phoenix.agents.txt")
DEFAULT_OUT = HERE / "src" / "detente" / "actors" / "data" / "agents.tsv"
RELIGION = {"MUS", "CHR", "CTH", "PRO", "BUD", "HIN", "JEW"}
PLURALS = {
    "children": "child", "parties": "party", "reactionaries": "reactionary",
    "women": "woman", "men": "man", "persons": "person",
    "victims": "victim", "taxpayers": "taxpayer", "townspeople": "townsperson",
    "assemblies": "assembly", "hasidim": "hasid", "troops": "troop",
}  # fmt: skip
# misspelt, archaic / obscure WordNet entries, truncated stems, adjectives, non-role nouns
DROP = {
    "prime minster", "enterpreneur", "manafacture", "traffiker", "branokker", "kidnaper",
    "kindergarden", "sanatarium", "opthamologist", "tinginist", "kanidurgu", "maffia",
    "secretariate", "sodbuster", "cutpurse", "gaolbird", "larcener", "larcenist",
    "rumrunner", "malefactor", "educatee", "tourer", "pleader", "stipendiary",
    "conveyancer", "judicatory", "consistory", "gangdom", "nursemaid", "medico", "doc",
    "rabble", "cropper", "granger", "monger", "oiler", "bargainer", "cabinetmaker",
    "excursionist", "counsellor-at-law", "jumbojet", "holdup man", "sneak thief",
    "retired", "naturalized", "jewish", "hebrew", "semi-official", "state-owned",
    "aerospace", "non-native", "tingenist", "potentate", "legate", "polity", "praesidium",
    "schoolhouse", "snitcher", "gangland", "waiter", "waitress", "nanny", "hiker",
    "backpacker", "sightseer", "infant", "mother", "girl", "customer",
    "hardline islamic", "islamic", "naval", "military led", "high ranking offical",
    "palace offcial", "extemist soldier", "observers in", "top left leader",
    "top right leader", "mig", "hmmwv", "kfir", "man", "woman", "person",
}  # fmt: skip
STEM_RE = re.compile(r"(minist|ministr|compan|organi[sz]at|delegat|secretar|represent)$")
OVERRIDES: dict[str, tuple[str, str]] = {
    "president": ("GOV", "head of state; former presidents are ELI"),
    "prime minister": ("GOV", ""),
    "minister": ("GOV", ""),
    "foreign minister": ("GOV", ""),
    "defence minister": ("GOV", "British spelling"),
    "defense minister": ("GOV", "American spelling"),
    "spokesperson": ("GOV", "sector of the body they speak for; GOV by default"),
    "spokesman": ("GOV", "sector of the body they speak for; GOV by default"),
    "spokeswoman": ("GOV", "sector of the body they speak for; GOV by default"),
    "press secretary": ("GOV", ""),
    "envoy": ("GOV", ""),
    "ambassador": ("GOV", ""),
    "diplomat": ("GOV", ""),
    "official": ("GOV", "'police/military official' follow the modifier"),
    "government": ("GOV", ""),
    "administration": ("GOV", ""),
    "leader": ("GOV", "party, rebel or business leader follow the modifier"),
    "army": ("MIL", ""),
    "troop": ("MIL", "spaCy lemma of 'troops'"),
    "soldier": ("MIL", ""),
    "general": ("MIL", "noun only (the rank), not the adjective"),
    "navy": ("MIL", ""),
    "air force": ("MIL", ""),
    "military": ("MIL", ""),
    "force": ("MIL", "'forces'; 'police force' is COP, 'security forces' MIL/COP"),
    "rebel": ("REB", ""),
    "militant": ("REB", ""),
    "insurgent": ("REB", "CAMEO also has INS for insurgents; REB is the catch-all"),
    "separatist": ("REB", "CAMEO also has SEP for separatist rebels"),
    "police": ("COP", ""),
    "court": ("JUD", ""),
    "judge": ("JUD", ""),
    "prosecutor": ("JUD", "CAMEO files prosecutors with the judiciary"),
    "protester": ("CVL", "or OPP when organised by the political opposition"),
    "demonstrator": ("CVL", "or OPP when organised by the political opposition"),
    "company": ("BUS", ""),
    "firm": ("BUS", ""),
    "business": ("BUS", ""),
    "media": ("MED", "CAMEO actor codebook uses MED (not JRN) for media"),
    "journalist": ("MED", "CAMEO actor codebook uses MED (not JRN) for media"),
    "newspaper": ("MED", ""),
    "opposition": ("OPP", ""),
    "parliament": ("LEG", ""),
    "lawmaker": ("LEG", ""),
    "legislator": ("LEG", ""),
    "senator": ("LEG", ""),
}


def expand(name: str) -> list[str]:
    if "!MINIST!" in name:
        return ["minister", "ministry"] if name.strip() == "!MINIST!" else []
    if name.endswith("!PERSON!"):
        stem = name[: -len("!PERSON!")]
        return [stem + suffix for suffix in ("man", "woman", "person")]
    return [name]


def normalise(word: str) -> str:
    word = word.replace("_", " ").strip().lower()
    word = re.sub(r"\s+", " ", word)
    parts = word.split(" ")
    parts[-1] = PLURALS.get(parts[-1], parts[-1])
    return " ".join(parts)


def convert(src: Path) -> tuple[list[tuple[str, str, str]], int]:
    rows: dict[str, tuple[str, str]] = {}
    conflicts = 0
    for raw in src.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" in line:
            continue
        m = re.search(r"\[([^\]]*)\]", line)
        if not m:
            continue
        code = m.group(1).replace("~", "").strip().upper()
        name = re.sub(r"\{[^}]*\}", "", line[: m.start()]).strip()
        if not name or len(code) < 3:
            continue
        sector, note = code[:3], ""
        if sector in RELIGION:
            sector, note = "REL", f"religion code {code} in Phoenix"
        for form in expand(name):
            noun = normalise(form)
            if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", noun) or noun in DROP:
                continue
            if STEM_RE.search(noun):
                continue
            if noun in rows:
                conflicts += rows[noun][0] != sector
                continue
            rows[noun] = (sector, note)
    for noun, value in OVERRIDES.items():
        rows[noun] = value
    return sorted((n, s, note) for n, (s, note) in rows.items()), conflicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows, conflicts = convert(args.src)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("noun\tsector\tnote\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} nouns written to {args.out} ({conflicts} duplicate nouns with a "
          "different code dropped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
