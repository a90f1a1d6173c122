"""ICEWS coded event data (the public Dataverse ``.tab`` files): read them and write them.

ICEWS has no actor codes and no country codes: an actor is a name ("Foreign Affairs
(Bangladesh)"), a free-text, comma-joined, unordered list of sectors and a country *name*.
Reading gives detente events whose actor code is the CAMEO country found from the name
(detente's own country table, ``actors/data/countries.tsv``, names and aliases) plus one
primary sector chosen by ``data/icews_sectors.tsv``: its rows are in priority order and the
first row with a keyword inside any of the actor's sectors wins, so "Military,Government"
is MIL and "Executive,Foreign Ministry,Government" is GOV. An actor without a country
("United Nations") is looked up among detente's organisations and groups by name.

Other choices: the event id is ``icews:<Event ID>:<Event Date>`` because ICEWS's Event ID is
not unique on its own; the document is ``icews:<Story ID>``; Sentence Number is 1-based;
Intensity becomes the Goldstein score (ICEWS's CAMEO-B intensity, not WEIS Goldstein) and
the quad class comes from detente's CAMEO codebook, as do the label and PLOVER crosswalk;
the Publisher is kept in ``extra`` as ("publisher", name). "NA" cells are empty. Rows without
an Event ID, a valid date or a CAMEO code are skipped and counted in a ``ReadStats``.

Writing produces the same 20 columns with ICEWS's header row; sector codes are written back
as their ICEWS sector name, countries as names, month-precision dates as the first day.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import cache
from typing import TextIO

from detente.formats._common import (
    ReadStats,
    Source,
    clean,
    country_by_name,
    country_name,
    data_rows,
    date_span,
    domain,
    fold,
    lines,
    number,
    stable_int,
)
from detente.ontology.cameo import Codebook, load_codebook
from detente.records import Actor, Event, Location, Trigger

__all__ = [
    "COLUMNS",
    "IMPORT_RULE",
    "ReadStats",
    "icews_actor",
    "icews_row",
    "primary_sector",
    "read_icews",
    "sector_label",
    "write_icews",
]

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip
IMPORT_RULE = "import:icews"
IMPORT_CONFIDENCE = 1.0  # ICEWS's coding is taken as given; it publishes no per-event score
_MISSING = {"", "NA", "N/A", "null", "NULL"}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%Y%m%d")


@cache
def sector_table() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, ICEWS label, keywords) rows of ``icews_sectors.tsv`` in priority order."""
    return tuple(
        (row["code"], row["label"], tuple(k for k in row["keywords"].split("|") if k))
        for row in data_rows("detente.formats", "icews_sectors.tsv")
    )


def primary_sector(sectors: str) -> str:
    """The CAMEO sector code of an ICEWS sector list ("Military,Government" → MIL); "" if
    none of the keywords appears."""
    text = sectors.lower()
    for code, _, keywords in sector_table():
        if any(keyword in text for keyword in keywords):
            return code
    return ""


def sector_label(code: str) -> str:
    """The ICEWS sector name for a CAMEO sector code (GOV → Government)."""
    return next((label for c, label, _ in sector_table() if c == code), code)


@cache
def _organisations() -> dict[str, str]:
    """Folded name or alias → CAMEO code of detente's organisations and groups."""
    table: dict[str, str] = {}
    for name in ("organisations.tsv", "groups.tsv"):
        for row in data_rows("detente.actors", name):
            for alias in [row["name"], *row["aliases"].split("|")]:
                if key := fold(alias):
                    table.setdefault(key, row["code"])
    return table


def country_code(name: str) -> str:
    """The 3-letter CAMEO code of an ICEWS country name; "Congo, Democratic Republic of
    the" is also tried as "Democratic Republic of the Congo". "" when unknown."""
    table = country_by_name()
    name = name.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    found = table.get(fold(name), "")
    if not found and "," in name:
        head, _, tail = name.partition(",")
        found = table.get(fold(f"{tail} {head}"), "")
    return found


def icews_actor(name: str, sectors: str, country: str) -> Actor:
    """A CAMEO actor for ICEWS's name, sector list and country name."""
    sector = primary_sector(sectors)
    code3 = country_code(country)
    if code3:
        return Actor(code3 + sector, code3, sector, name)
    org = _organisations().get(fold(name), "")
    if org:
        return Actor(org, org[:3], sector, name)
    return Actor(sector, "", sector, name)


def read_icews(source: Source, stats: ReadStats | None = None) -> Iterator[Event]:
    """Events from an ICEWS events file (path or lines; plain, ``.gz`` or ``.zip``).

    The header row names the columns (extra columns are ignored); a file without one is read
    in the public 20-column order. Bad rows are skipped and counted in ``stats``."""
    stats = stats if stats is not None else ReadStats()
    codebook = load_codebook()
    header: list[str] | None = None
    for n, cells in enumerate(csv.reader(lines(source), delimiter="\t"), start=1):
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            names = [c.strip() for c in cells]
            header = names if "Event ID" in names else list(COLUMNS)
            if header is names:
                continue
        row = {name: _value(cells, i) for i, name in enumerate(header)}
        try:
            event = _parse_event(row, codebook)
        except ValueError as exc:
            stats.skip(f"line {n}", str(exc))
            continue
        stats.read += 1
        yield event


def _value(cells: list[str], index: int) -> str:
    value = cells[index].strip() if index < len(cells) else ""
    return "" if value in _MISSING else value


def _parse_event(row: dict[str, str], codebook: Codebook) -> Event:
    event_id = row.get("Event ID", "")
    if not event_id:
        raise ValueError("no Event ID")
    day = _date(row.get("Event Date", ""))
    cameo = row.get("CAMEO Code", "")
    if not cameo.isdigit():
        raise ValueError("no CAMEO code")
    entry = codebook[cameo] if cameo[:3] in codebook or cameo[:2] in codebook else None
    target = None
    if row.get("Target Name") or row.get("Target Country"):
        target = _side(row, "Target")
    return Event(
        event_id=f"icews:{event_id}:{day}",
        doc_id=f"icews:{row.get('Story ID', '')}",
        sentence="",
        sentence_index=max(_int(row.get("Sentence Number", "")) - 1, 0),
        source=_side(row, "Source"),
        source_span=None,
        target=target,
        target_span=None,
        cameo=cameo,
        cameo_label=row.get("Event Text") or (entry.name if entry else ""),
        goldstein=_intensity(row.get("Intensity", ""), entry.goldstein if entry else 0.0),
        quad_class=entry.quad_class if entry else 0,
        plover_type=entry.plover_type if entry else None,
        plover_mode=entry.plover_mode if entry else None,
        plover_context=entry.plover_context if entry else None,
        trigger=Trigger("", 0, 0),
        rule=IMPORT_RULE,
        confidence=IMPORT_CONFIDENCE,
        date=day,
        date_precision="day",
        location=_location(row),
        extra=(("publisher", row["Publisher"]),) if row.get("Publisher") else (),
    )


def _side(row: dict[str, str], role: str) -> Actor:
    return icews_actor(
        row.get(f"{role} Name", ""), row.get(f"{role} Sectors", ""), row.get(f"{role} Country", "")
    )


def _location(row: dict[str, str]) -> Location | None:
    names = [row.get(k, "") for k in ("City", "District", "Province", "Country")]
    name = next((n for n in names if n), "")
    lat, lon = _float(row.get("Latitude", "")), _float(row.get("Longitude", ""))
    if not name and lat is None:
        return None
    country = country_code(row.get("Country", "")) or None
    return Location(name, country, lat, lon)


def _date(value: str) -> str:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError("bad Event Date")


def _intensity(value: str, default: float) -> float:
    found = _float(value)
    return default if found is None else found


def _int(value: str) -> int:
    return int(value) if value.isdigit() else 0


def _float(value: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def write_icews(events: Iterable[Event], out: TextIO) -> int:
    """Write ICEWS's header and one row per event; returns the number of event rows."""
    out.write("\t".join(COLUMNS) + "\n")
    written = 0
    for event in events:
        out.write("\t".join(icews_row(event)) + "\n")
        written += 1
    return written


def icews_row(event: Event) -> list[str]:
    """The 20 cells of one event, in ICEWS's order."""
    span = date_span(event.date) or date_span(event.published)
    extra = dict(event.extra)
    cells = [
        str(_icews_number(event.event_id, "icews:")),
        span[0] if span else "",
        *_actor_cells(event.source),
        event.cameo_label,
        event.cameo,
        number(event.goldstein),
        *_actor_cells(event.target),
        str(_icews_number(event.doc_id, "icews:")),
        str(event.sentence_index + 1),
        extra.get("publisher") or domain(event.url),
        *_place_cells(event.location),
    ]
    return [clean(cell) for cell in cells]


def _icews_number(key: str, prefix: str) -> int:
    """An ICEWS integer id: the original one for an imported event, else a stable hash."""
    original = key.removeprefix(prefix).split(":")[0]
    if key.startswith(prefix) and original.isdigit():
        return int(original)
    return stable_int(key)


def _actor_cells(actor: Actor | None) -> list[str]:
    if actor is None:
        return ["", "", ""]
    sectors = sector_label(actor.sector) if actor.sector else ""
    return [actor.name or actor.code, sectors, country_name(actor.country)]


def _place_cells(place: Location | None) -> list[str]:
    if place is None:
        return ["", "", "", "", "", ""]
    country = country_name(place.country) if place.country else ""
    city = "" if place.name == country else place.name
    return [city, "", "", country, number(place.lat), number(place.lon)]
