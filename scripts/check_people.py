#!/usr/bin/env python3
"""Validate src/detente/actors/data/people.tsv (stdlib only).

Checks: header, column count, no empty lines/fields that must be set, ISO dates,
start <= end, controlled role/sector vocabularies, titles in aliases, duplicate rows,
and overlapping terms for single-holder roles in the same country.
Prints row counts per country. Exit status 1 on any error.
"""
import collections
import datetime
import pathlib
import re
import sys

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "src/detente/actors/data/people.tsv"
HEADER = ["name", "aliases", "country", "sector", "role", "start", "end"]
ROLES = {
    "head of state", "head of government", "head of state and government", "vice president",
    "foreign minister", "defence minister", "spokesperson", "eu leader", "supreme leader",
    "UN Secretary-General", "NATO Secretary-General",
}
# roles held by one person at a time per country (spokesperson, eu leader: several at once)
SINGLE = {
    "head of state", "head of government", "head of state and government", "vice president",
    "foreign minister", "defence minister", "supreme leader", "UN Secretary-General",
    "NATO Secretary-General",
}
# roles that collide with each other (a head of state and government excludes both)
SLOT = {
    "head of state": ("hs",), "head of government": ("hg",),
    "head of state and government": ("hs", "hg"),
}
SECTORS = {"GOV", "MIL", "LEG", "JUD"}
TITLES = re.compile(r"\b(President|Prime Minister|Minister|Secretary|King|Queen|Prince|Lord|"
                    r"Sir|Mr|Mrs|Ms|Dr|Ayatollah|Sheikh|Chancellor|Premier|General|Gen)\b\.?")
FAR_FUTURE = datetime.date(9999, 12, 31)


def parse_date(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        raise ValueError(f"not YYYY-MM-DD: {s!r}")
    return datetime.date.fromisoformat(s)


def main(path=DEFAULT):
    errors = []
    text = pathlib.Path(path).read_text(encoding="utf-8")
    if "\r" in text:
        errors.append("file contains CR characters")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0] if lines else ''!r}")
    rows = []
    seen = set()
    for i, line in enumerate(lines[1:], start=2):
        if not line.strip():
            errors.append(f"line {i}: empty line")
            continue
        f = line.split("\t")
        if len(f) != len(HEADER):
            errors.append(f"line {i}: {len(f)} fields")
            continue
        name, aliases, country, sector, role, start, end = f
        if any(c != c.strip() for c in f) or '"' in line:
            errors.append(f"line {i}: stray whitespace or quote")
        if not name:
            errors.append(f"line {i}: empty name")
        if not re.fullmatch(r"[A-Z]{3}", country):
            errors.append(f"line {i}: bad country {country!r}")
        if sector not in SECTORS:
            errors.append(f"line {i}: bad sector {sector!r}")
        if role not in ROLES:
            errors.append(f"line {i}: bad role {role!r}")
        for a in aliases.split("|") if aliases else []:
            if not a:
                errors.append(f"line {i}: empty alias")
            elif TITLES.search(a):
                errors.append(f"line {i}: title in alias {a!r}")
            elif a == name:
                errors.append(f"line {i}: alias repeats name {a!r}")
        try:
            s = parse_date(start)
            e = parse_date(end) if end else None
        except ValueError as exc:
            errors.append(f"line {i}: {exc}")
            continue
        if e is not None and e < s:
            errors.append(f"line {i}: start {start} after end {end}")
        if e is not None and e < datetime.date(2000, 1, 1):
            errors.append(f"line {i}: term ends before 2000")
        key = (name, country, role, start)
        if key in seen:
            errors.append(f"line {i}: duplicate row {key}")
        seen.add(key)
        rows.append((i, name, country, role, s, e or FAR_FUTURE))

    # overlaps: same country, same single-holder slot, different terms; touching at a
    # handover day (end == next start) is allowed.
    slots = collections.defaultdict(list)
    for r in rows:
        i, name, country, role, s, e = r
        if role not in SINGLE:
            continue
        for slot in SLOT.get(role, (role,)):
            slots[(country, slot)].append(r)
    overlaps = 0
    for (country, slot), terms in sorted(slots.items()):
        terms.sort(key=lambda r: (r[4], r[5]))
        for a, b in zip(terms, terms[1:]):
            if b[4] < a[5]:
                overlaps += 1
                errors.append(
                    f"overlap {country} {slot}: line {a[0]} {a[1]} {a[4]}..{a[5]} "
                    f"and line {b[0]} {b[1]} {b[4]}..{b[5]}")
        # open-ended terms: at most one current holder
        current = [t for t in terms if t[5] == FAR_FUTURE]
        if len(current) > 1:
            errors.append(f"{country} {slot}: several current holders: "
                          + ", ".join(t[1] for t in current))

    counts = collections.Counter(r[2] for r in rows)
    print(f"{len(rows)} rows, {len(counts)} countries")
    for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {c}\t{n}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors ({overlaps} overlaps)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
