"""The CAMEO codebook: names, Goldstein scores, quad classes and the PLOVER crosswalk."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from detente.errors import DataError


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and what it maps to."""

    code: str
    root: str
    level: int
    name: str
    goldstein: float
    goldstein_gdelt: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


class Codebook:
    """All CAMEO codes by code; unknown codes fall back to their nearest parent."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        found = self._nearest(code)
        if found is None:
            raise KeyError(code)
        return found

    def _nearest(self, code: str) -> CameoCode | None:
        """The code's entry, else its nearest parent's."""
        return next((self._codes[c] for c in (code, code[:3], code[:2]) if c in self._codes), None)

    def codes(self) -> list[str]:
        return sorted(self._codes)

    def known(self, code: str) -> bool:
        """Is the code (or its parent) a CAMEO code?"""
        return self._nearest(code) is not None

    def describe(self, code: str) -> CameoCode:
        """The code's entry; a code of a user's own scheme (a TABARI dictionary's WEIS code
        "223") is carried as it is, with no name, score or PLOVER type of CAMEO's."""
        found = self._nearest(code)
        if found is not None:
            return found
        return CameoCode(code, code[:2], max(len(code) - 1, 1), f"code {code} (user lexicon)",
                         0.0, 0.0, 0, None, None, None)  # fmt: skip


def _parse_row(row: dict[str, str]) -> CameoCode:
    return CameoCode(
        code=row["code"],
        root=row["root"],
        level=int(row["level"]),
        name=row["name"],
        goldstein=float(row["goldstein"]),
        goldstein_gdelt=float(row["goldstein_gdelt"]),
        quad_class=int(row["quad_class"]),
        plover_type=row["plover_type"] or None,
        plover_mode=row["plover_mode"] or None,
        plover_context=row["plover_context"] or None,
    )


@cache
def load_codebook() -> Codebook:
    """Read ``ontology/data/cameo.tsv`` (cached: it is immutable package data)."""
    text = resources.files("detente.ontology").joinpath("data/cameo.tsv").read_text("utf-8")
    codes: dict[str, CameoCode] = {}
    for n, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), start=2):
        try:
            entry = _parse_row(row)
        except (KeyError, ValueError) as exc:
            raise DataError(f"cameo.tsv line {n}: {exc}") from exc
        if entry.code in codes:
            raise DataError(f"cameo.tsv line {n}: duplicate code {entry.code}")
        codes[entry.code] = entry
    return Codebook(codes)
