#!/usr/bin/env python3
"""Check the event trigger lexicons (``verbs.tsv``, ``nouns.tsv``) against the CAMEO codebook.

Stdlib only.  Exit status 0 when every check passes, 1 otherwise.  Checks:

* header row and column count; UTF-8; no quoting characters; no stray whitespace;
* every ``code`` is 3 or 4 digits and exists in ``cameo_codebook.csv`` (root codes such as
  ``19`` are not allowed: a trigger should name at least the three-digit event);
* lemmas, particles, prepositions and objects are lower case, single cells of letters,
  hyphens and spaces, with no empty ``|`` alternatives and no repeated alternative;
* plain saying verbs and auxiliaries/modals are not triggers (a phrasal verb built on one,
  such as "write off" a debt, is allowed);
* no (lemma, particle, prep, object) is given two different codes (rows with the same
  lemma/particle/prep that share one object would make matching order-dependent), and no
  exact duplicate row key;
* every row has an example;
* prints counts: rows, distinct lemmas, distinct codes, distinct three-digit codes, roots.

Usage::

    python scripts/check_lexicon.py [--verbs PATH] [--nouns PATH] [--codebook PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DATA = HERE / "src" / "detente" / "events" / "data"
VERB_HEADER = ["code", "lemma", "particle", "prep", "objects", "example"]
NOUN_HEADER = ["code", "lemma", "preps", "example"]
FORBIDDEN = {
    # attribution, not events
    "say", "tell", "add", "state", "note", "report", "remark", "explain", "mention",
    "quote", "write", "reply", "respond",
    # auxiliaries and modals
    "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "ought",
}  # fmt: skip
WORD_RE = re.compile(r"^[a-z][a-z' -]*[a-z]$|^[a-z]$")
CODE_RE = re.compile(r"^\d{3,4}$")


def load_codebook(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["name"] for row in csv.DictReader(fh)}


def read_tsv(path: Path, header: list[str], errors: list[str]) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        errors.append(f"{path.name}: header must be {' '.join(header)!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            errors.append(f"{path.name}:{n}: {len(cells)} columns, expected {len(header)}")
            continue
        if '"' in line or "\r" in line:
            errors.append(f"{path.name}:{n}: quote or CR character")
        if any(c != c.strip() for c in cells):
            errors.append(f"{path.name}:{n}: leading/trailing whitespace in a cell")
        row = dict(zip(header, cells, strict=True))
        row["_line"] = str(n)
        rows.append(row)
    return rows


def check_alternatives(where: str, cell: str, errors: list[str], allow_empty: bool) -> list[str]:
    if not cell:
        if not allow_empty:
            errors.append(f"{where}: empty cell")
        return []
    alts = cell.split("|")
    for alt in alts:
        if not WORD_RE.match(alt):
            errors.append(f"{where}: bad value {alt!r}")
    if len(set(alts)) != len(alts):
        errors.append(f"{where}: repeated alternative in {cell!r}")
    return alts


def check_code(where: str, code: str, codebook: dict[str, str], errors: list[str]) -> None:
    if not CODE_RE.match(code):
        errors.append(f"{where}: code {code!r} is not 3 or 4 digits")
    elif code not in codebook:
        errors.append(f"{where}: code {code} not in the CAMEO codebook")


def summarise(name: str, rows: list[dict[str, str]]) -> None:
    codes = {r["code"] for r in rows}
    three = {c[:3] for c in codes}
    roots = {c[:2] for c in codes}
    print(
        f"{name}: {len(rows)} rows, {len({r['lemma'] for r in rows})} lemmas, "
        f"{len(codes)} distinct codes, {len(three)} distinct three-digit codes "
        f"(incl. parents of four-digit ones), {len({c for c in codes if len(c) == 3})} "
        f"three-digit codes used directly, {len(roots)} roots"
    )
    missing_roots = sorted({f"{i:02d}" for i in range(1, 21)} - roots)
    if missing_roots:
        print(f"  roots without a trigger: {' '.join(missing_roots)}")


def check_verbs(path: Path, codebook: dict[str, str], errors: list[str]) -> list[dict[str, str]]:
    rows = read_tsv(path, VERB_HEADER, errors)
    claims: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    keys: set[tuple[str, str, str, str, str]] = set()
    for r in rows:
        where = f"{path.name}:{r['_line']}"
        check_code(where, r["code"], codebook, errors)
        check_alternatives(where, r["lemma"], errors, allow_empty=False)
        if "|" in r["lemma"]:
            errors.append(f"{where}: one lemma per row")
        if r["lemma"] in FORBIDDEN and not r["particle"]:
            errors.append(f"{where}: {r['lemma']!r} is a saying verb or auxiliary")
        for col in ("particle", "prep"):
            check_alternatives(where, r[col], errors, allow_empty=True)
            if "|" in r[col] or " " in r[col]:
                errors.append(f"{where}: {col} must be a single word")
        objects = check_alternatives(where, r["objects"], errors, allow_empty=True)
        if not r["example"]:
            errors.append(f"{where}: no example")
        key = (r["lemma"], r["particle"], r["prep"], r["objects"], r["code"])
        if key in keys:
            errors.append(f"{where}: duplicate row")
        keys.add(key)
        for obj in objects or [""]:
            claims[(r["lemma"], r["particle"], r["prep"], obj)].add(r["code"])
    for (lemma, particle, prep, obj), codes in sorted(claims.items()):
        if len(codes) > 1:
            errors.append(
                f"{path.name}: {lemma}/{particle}/{prep}/{obj or '*'} has codes {sorted(codes)}"
            )
    return rows


def check_nouns(path: Path, codebook: dict[str, str], errors: list[str]) -> list[dict[str, str]]:
    rows = read_tsv(path, NOUN_HEADER, errors)
    seen: dict[str, str] = {}
    for r in rows:
        where = f"{path.name}:{r['_line']}"
        check_code(where, r["code"], codebook, errors)
        check_alternatives(where, r["lemma"], errors, allow_empty=False)
        check_alternatives(where, r["preps"], errors, allow_empty=True)
        if not r["example"]:
            errors.append(f"{where}: no example")
        if r["lemma"] in seen and seen[r["lemma"]] != r["code"]:
            errors.append(f"{where}: {r['lemma']!r} also coded {seen[r['lemma']]}")
        elif r["lemma"] in seen:
            errors.append(f"{where}: duplicate noun {r['lemma']!r}")
        seen[r["lemma"]] = r["code"]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--verbs", type=Path, default=DATA / "verbs.tsv")
    ap.add_argument("--nouns", type=Path, default=DATA / "nouns.tsv")
    ap.add_argument("--codebook", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / Path("ontology/cameo_codebook.csv"))
    ap.add_argument("--min-verb-rows", type=int, default=800)
    ap.add_argument("--min-noun-rows", type=int, default=80)
    args = ap.parse_args(argv)
    codebook = load_codebook(args.codebook)
    errors: list[str] = []
    verbs = check_verbs(args.verbs, codebook, errors)
    summarise("verbs.tsv", verbs)
    if len(verbs) < args.min_verb_rows:
        errors.append(f"verbs.tsv: only {len(verbs)} rows (< {args.min_verb_rows})")
    if args.nouns.exists():
        nouns = check_nouns(args.nouns, codebook, errors)
        summarise("nouns.tsv", nouns)
        if len(nouns) < args.min_noun_rows:
            errors.append(f"nouns.tsv: only {len(nouns)} rows (< {args.min_noun_rows})")
    else:
        errors.append(f"{args.nouns} missing")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
