"""Events as text for people (a table) and for programs (JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from detente.records import Event

TABLE_COLUMNS = ("date", "source", "target", "cameo", "label", "plover", "mood", "trigger")
WIDTHS = (10, 10, 10, 5, 30, 9, 16, 26)


def to_jsonl(events: Iterable[Event]) -> Iterable[str]:
    for event in events:
        yield json.dumps(event.to_dict(), ensure_ascii=False)


def _mood(event: Event) -> str:
    words = ["negated"] if event.negated else []
    if event.modality != "asserted":
        words.append(event.modality)
    return ",".join(words) or "-"


def _cells(event: Event) -> tuple[str, ...]:
    return (
        event.date or "-",
        event.source.code,
        event.target.code if event.target else "-",
        event.cameo,
        event.cameo_label,
        event.plover_type or "-",
        _mood(event),
        event.trigger.text,
    )


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_table(events: Iterable[Event]) -> Iterable[str]:
    """A fixed-width table, one line per event, with a header."""
    yield "  ".join(h.upper().ljust(w) for h, w in zip(TABLE_COLUMNS, WIDTHS, strict=True))
    for event in events:
        cells = _cells(event)
        yield "  ".join(_fit(c, w).ljust(w) for c, w in zip(cells, WIDTHS, strict=True)).rstrip()
