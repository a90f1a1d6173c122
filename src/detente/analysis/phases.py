"""Policy phases: named, non-overlapping date ranges (presidencies, by default)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from importlib import resources
from itertools import pairwise
from pathlib import Path

from detente.errors import DataError

BUILTIN = {"us-presidents": "us_presidents.tsv"}


@dataclass(frozen=True, slots=True)
class Phase:
    name: str
    start: date
    end: date | None  # exclusive; None = until now

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def load_phases(name_or_path: str) -> list[Phase]:
    """A built-in phase set ("us-presidents") or a TSV/CSV file with name, start, end."""
    if name_or_path in BUILTIN:
        text = resources.files("detente.analysis").joinpath("data", BUILTIN[name_or_path])
        return parse_phases(text.read_text("utf-8"), name_or_path)
    try:
        content = Path(name_or_path).read_text("utf-8")
    except OSError as exc:
        raise DataError(f"cannot read phases file {name_or_path}: {exc.strerror}") from exc
    return parse_phases(content, name_or_path)


def parse_phases(text: str, origin: str) -> list[Phase]:
    delimiter = "\t" if "\t" in text.splitlines()[0] else ","
    phases = []
    for n, row in enumerate(csv.DictReader(text.splitlines(), delimiter=delimiter), start=2):
        try:
            end = (row.get("end") or "").strip()
            phases.append(Phase(row["name"].strip(), date.fromisoformat(row["start"].strip()),
                                date.fromisoformat(end) if end else None))  # fmt: skip
        except (KeyError, ValueError, AttributeError) as exc:
            raise DataError(f"{origin} line {n}: a phase needs name, start, end ({exc})") from exc
    phases.sort(key=lambda p: p.start)
    for before, after in pairwise(phases):
        if before.end is None or before.end > after.start:
            raise DataError(f"{origin}: phases {before.name!r} and {after.name!r} overlap")
    return phases


def phase_of(day: date, phases: list[Phase]) -> str | None:
    return next((p.name for p in phases if p.covers(day)), None)
