"""POLECAT release tables: 40 tab-separated columns with a header row, as the Dataverse files.

POLECAT is PLOVER in a table, so the PLOVER choices apply (``formats.plover``): event type,
mode, PLOVER quad and score, contexts with the auxiliary modes appended, ISO alpha-3
countries (Kosovo "KOS"). Where detente has no value the cell is empty: COW codes,
Wikipedia ids, titles, GeoNames ids, feature types and the story-level people,
organisations and places. Multi-valued cells (Contexts) are joined with ";". Event Date is
the first day of a month- or year-precision date; Source is the outlet's domain (POLECAT
names the outlet, not the URL) or the document id. Events without a PLOVER type or any date
are not written, as in ``write_plover``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from detente import __version__
from detente.formats._common import clean, country_name, date_span, domain, number
from detente.formats.plover import (
    plover_contexts,
    plover_country,
    plover_quad,
    plover_score,
)
from detente.records import Actor, Event, Location

__all__ = [
    "COLUMNS",
    "polecat_row",
    "write_polecat",
]

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)  # fmt: skip


def write_polecat(events: Iterable[Event], out: TextIO) -> int:
    """Write a header and one row per event; returns the number of event rows written."""
    out.write("\t".join(COLUMNS) + "\n")
    written = 0
    for event in events:
        row = polecat_row(event)
        if row is not None:
            out.write("\t".join(row) + "\n")
            written += 1
    return written


def polecat_row(event: Event) -> list[str] | None:
    """The 40 cells of one event, or None when POLECAT cannot hold it."""
    span = date_span(event.date) or date_span(event.published)
    if not event.plover_type or span is None:
        return None
    cells: dict[str, str] = {
        "Event ID": event.event_id,
        "Event Date": span[0],
        "Event Type": event.plover_type,
        "Event Mode": event.plover_mode or "",
        "Event Intensity": number(plover_score(event.plover_type, event.plover_mode)),
        "Quad Code": str(plover_quad(event.plover_type) or ""),
        "Contexts": ";".join(plover_contexts(event)),
        "Source": domain(event.url) or event.doc_id,
        "Publication Date": event.published or "",
        "Language": "en",
        "Version": f"detente {__version__}",
    }
    cells |= _actor_cells("Actor", event.source, event.sentence, event.source_span)
    cells |= _actor_cells("Recipient", event.target, event.sentence, event.target_span)
    cells |= _place_cells(event.location)
    return [clean(cells.get(name, "")) for name in COLUMNS]


def _actor_cells(
    role: str, actor: Actor | None, sentence: str, span: tuple[int, int] | None
) -> dict[str, str]:
    if actor is None:
        return {}
    raw = sentence[span[0] : span[1]] if span and sentence else ""
    return {
        f"{role} Name": actor.name or actor.code,
        f"{role} Country": plover_country(actor),
        f"Primary {role} Sector": actor.sector,
        f"{role} Sectors": actor.sector,
        f"{role} Name Raw": raw,
    }


def _place_cells(place: Location | None) -> dict[str, str]:
    if place is None:
        return {}
    return {
        "Placename": place.name,
        "Country": country_name(place.country) if place.country else "",
        "Latitude": number(place.lat),
        "Longitude": number(place.lon),
        "Raw Placename": place.name,
    }
