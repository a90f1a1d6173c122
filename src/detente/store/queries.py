"""The questions analysts ask of the store, as parameterised SQL (never string-built values)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for stored events; every field is optional."""

    dyad: tuple[str, str] | None = None  # countries or actor codes, either direction
    directed: bool = False
    actor: str | None = None  # a country ("PRK") or actor code prefix ("PRKGOV")
    since: date | None = None
    until: date | None = None
    root: str | None = None  # CAMEO root ("16") or any code prefix ("164")
    plover: str | None = None
    origin: str | None = None  # "detente", "gdelt", "icews" …
    include_negated: bool = True
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.dyad is not None:
            _dyad_clause(self.dyad, self.directed, clauses, params)
        if self.actor:
            clauses.append(
                "("
                + _side("source", self.actor, params)
                + " OR "
                + _side("target", self.actor, params)
                + ")"
            )
        for sql, value in (
            ("date_end >= ?", self.since),
            ("date_start <= ?", self.until),
            ("starts_with(cameo, ?)", self.root),
            ("plover_type = ?", self.plover.upper() if self.plover else None),
            ("origin = ?", self.origin),
        ):
            if value is not None:
                clauses.append(sql)
                params.append(value)
        if not self.include_negated:
            clauses.append("NOT negated")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def page(self) -> str:
        limit = f" LIMIT {int(self.limit)}" if self.limit is not None else ""
        return f"{limit} OFFSET {int(self.offset)}" if self.offset else limit


def _side(side: str, actor: str, params: list[Any]) -> str:
    """An actor matches its country ("USA") or any code that starts with it ("USAGOV")."""
    params.extend([actor.upper(), actor.upper()])
    return f"({side}_country = ? OR starts_with({side}_code, ?))"


def _dyad_clause(
    dyad: tuple[str, str], directed: bool, clauses: list[str], params: list[Any]
) -> None:
    a, b = dyad
    forward = _side("source", a, params) + " AND " + _side("target", b, params)
    if directed:
        clauses.append(f"({forward})")
        return
    backward = _side("source", b, params) + " AND " + _side("target", a, params)
    clauses.append(f"(({forward}) OR ({backward}))")


def parse_dyad(text: str) -> tuple[str, str]:
    """ "USA-PRK" → ("USA", "PRK")."""
    parts = [p.strip() for p in text.replace(":", "-").split("-") if p.strip()]
    if len(parts) != 2:
        raise ValueError(f"a dyad is two actors joined by '-', like USA-PRK (got {text!r})")
    return parts[0].upper(), parts[1].upper()
