"""GDELT 2.0 Events and Mentions: write detente's events as GDELT rows, read GDELT files back.

The column lists are GDELT's (``../shared/formats/gdelt2_events.tsv``, 61 columns, and
``gdelt2_mentions.tsv``, 16): tab-separated, no header, every code a string so that "0251"
keeps its leading zero. Choices where detente's records and GDELT's differ:

- **Dates.** SQLDATE/MonthYear/Year/FractionDate come from the event date, else the
  publication date, else the DATEADDED stamp. GDELT has no date precision: a month
  ("2019-10") is written as its first day (20191001) and a year as 1 January. A reader of the
  file therefore sees day precision; the event's own precision survives only in detente's
  store. FractionDate is GDELT's approximation ``year + (month*30 + day)/365``.
- **Ids.** GLOBALEVENTID is the integer of the first 15 hex digits of the event id (stable
  across exports, below 2**60 so it fits BigQuery's INT64). An event imported from GDELT
  (``event_id`` "gdelt:<n>") keeps its own number.
- **Three country systems**, as in GDELT: Actor*CountryCode is the 3-letter CAMEO code;
  the geo fields use FIPS 10-4 (``data/countries_fips.tsv``); ADM2 (GAUL) is left empty.
- **Geography.** Only ActionGeo is filled, from the event's location: type 4 WORLDCITY
  (3 USCITY in the United States) when it has coordinates; type 1 COUNTRY with the
  country's centroid when only the country is known (FeatureID = the FIPS code, as GDELT's
  country matches carry); type 0 and empty cells when there is no location. Actor1Geo and
  Actor2Geo (where each actor was mentioned) are not known to detente: type 0.
- **Counts and tone.** NumMentions/NumSources/NumArticles come from ``Counts``; AvgTone is
  left empty (detente does not score tone; an empty FLOAT loads as NULL, a 0 would claim
  neutral tone). IsRootEvent is 1 for the first three sentences (headline and lead).
- **Mentions.** Offsets are character offsets into the sentence (GDELT's are into the
  document); SentenceID is 1-based; Confidence is the event confidence in percent.

Readers accept GDELT 2.0 export files (61 columns) and GDELT 1.0 files (58 columns daily, 57
historical: the three ADM2 columns, and SOURCEURL for 57, are filled in empty), plain,
``.gz`` or ``.zip``. A malformed row is skipped and counted in a ``ReadStats`` that the caller
passes in, never fatal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import TextIO

from detente.formats._common import (
    NON_STATE,
    ReadStats,
    Source,
    clean,
    country_by_code,
    country_by_fips,
    day_of,
    domain,
    lines,
    number,
    stable_int,
)
from detente.ontology.cameo import Codebook, load_codebook
from detente.records import Actor, Counts, Event, Location, Report, Trigger

__all__ = [
    "EVENT_COLUMNS",
    "IMPORT_RULE",
    "MENTION_COLUMNS",
    "ReadStats",
    "event_row",
    "global_event_id",
    "mention_row",
    "read_gdelt_events",
    "write_gdelt_events",
    "write_gdelt_mentions",
]

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


# CAMEO actor type (role) codes: the 3-letter parts of an actor code after the country that
# go to Type1..3. Religion codes go to Religion1/2; regions (IGOEUR…) go nowhere; any
# other part is a known group (IGOUNO → UNO, PSEREBHMS → HMS).
TYPE_CODES = _codes(
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI IGO IMG INS JUD LAB LEG MED MIL MNC "
    "MOD NGM NGO OPP PPL PRM PTY RAD REB REF REL SEP SET SPY UAF UNK"
)
RELIGION_CODES = (
    _codes(
        "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG "
        "PRO SFI SHI SHN SIK SUN TAO UDX ZRO"
    )
    - TYPE_CODES
)
REGION_CODES = _codes(
    "AFR ASA BLK CAF CAS CAU CRB EAF EEU EIN EUR LAM MEA MDT NAF NMR PGS SAF SAM SAS SEA "
    "SCN WAF WEU WST"
)
ACTOR_FIELDS: tuple[str, ...] = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
IMPORT_RULE = "import:gdelt"
IMPORT_CONFIDENCE = 1.0  # GDELT's coding is taken as given; it publishes no per-event score
_GDELT1_ADM2 = (39, 47, 55)  # where GDELT 2.0 inserted the three *_ADM2Code columns
_ROOT_SENTENCES = 3


def write_gdelt_events(
    rows: Iterable[tuple[Event, Counts]], out: TextIO, added: datetime | None = None
) -> int:
    """Write GDELT 2.0 event rows (61 columns, no header); returns the number written.

    ``added`` is DATEADDED (UTC; now when not given): one stamp for the whole export, as
    GDELT stamps a whole 15-minute batch."""
    stamp = _stamp(added)
    written = 0
    for event, counts in rows:
        out.write("\t".join(event_row(event, counts, stamp)) + "\n")
        written += 1
    return written


def write_gdelt_mentions(
    reports: Iterable[Report], out: TextIO, added: datetime | None = None
) -> int:
    """Write GDELT 2.0 Mentions rows (16 columns, no header); returns the number written."""
    stamp = _stamp(added)
    written = 0
    for report in reports:
        out.write("\t".join(mention_row(report, stamp)) + "\n")
        written += 1
    return written


def global_event_id(event_id: str) -> int:
    """GLOBALEVENTID of an event: its own number if it came from GDELT, else a stable hash."""
    number_part = event_id.removeprefix("gdelt:")
    if event_id.startswith("gdelt:") and number_part.isdigit():
        return int(number_part)
    return stable_int(event_id)


def event_row(event: Event, counts: Counts, stamp: str) -> list[str]:
    """The 61 cells of one event, in GDELT's order."""
    cells: dict[str, str] = {
        "GLOBALEVENTID": str(global_event_id(event.event_id)),
        "DATEADDED": stamp,
        "SOURCEURL": clean(event.url or event.doc_id),
    }
    cells |= _date_cells(event.date or event.published or _stamp_day(stamp))
    cells |= _actor_cells("Actor1", event.source)
    cells |= _actor_cells("Actor2", event.target)
    cells |= _event_cells(event, counts)
    cells |= _geo_cells("Actor1Geo", None) | _geo_cells("Actor2Geo", None)
    cells |= _geo_cells("ActionGeo", event.location)
    return [cells[name] for name in EVENT_COLUMNS]


def mention_row(report: Report, stamp: str) -> list[str]:
    """The 16 cells of one mention, in GDELT's order."""
    published = day_of(report.published)
    mentioned = (
        f"{published[0]:04d}{published[1]:02d}{published[2]:02d}000000" if published else stamp
    )
    cells = [
        str(global_event_id(report.event_id)),
        stamp,
        mentioned,
        "1" if report.url else "2",  # WEB, or CITATIONONLY for a document without a URL
        clean(report.source_name or domain(report.url)),
        clean(report.url or report.doc_id),
        str(report.sentence_index + 1),
        str(report.source_span[0]) if report.source_span else "-1",
        str(report.target_span[0]) if report.target_span else "-1",
        str(report.trigger.start),
        "1",
        str(round(report.confidence * 100)),
        "",
        "",
        "",
        "",
    ]
    return cells


def _stamp(added: datetime | None) -> str:
    when = added or datetime.now(UTC)
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.strftime("%Y%m%d%H%M%S")


def _stamp_day(stamp: str) -> str:
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"


def _date_cells(value: str) -> dict[str, str]:
    year, month, day = day_of(value) or (0, 0, 0)
    if not year:
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    return {
        "SQLDATE": f"{year:04d}{month:02d}{day:02d}",
        "MonthYear": f"{year:04d}{month:02d}",
        "Year": f"{year:04d}",
        "FractionDate": f"{year + (month * 30 + day) / 365:.4f}",
    }


def _actor_cells(prefix: str, actor: Actor | None) -> dict[str, str]:
    names = ACTOR_FIELDS
    if actor is None:
        return {f"{prefix}{name}": "" for name in names}
    parts = [actor.code[i : i + 3] for i in range(3, len(actor.code), 3)]
    types = [p for p in parts if p in TYPE_CODES and p != actor.sector]
    types = ([actor.sector] if actor.sector else []) + types
    religions = [p for p in parts if p in RELIGION_CODES]
    groups = [p for p in parts if p not in TYPE_CODES | RELIGION_CODES | REGION_CODES]
    values = [actor.code, actor.name, actor.country, groups[-1] if groups else "", ""]
    values += [*religions, "", ""][:2] + [*types, "", "", ""][:3]
    return {f"{prefix}{name}": clean(value) for name, value in zip(names, values, strict=True)}


def _event_cells(event: Event, counts: Counts) -> dict[str, str]:
    return {
        "IsRootEvent": "1" if event.sentence_index < _ROOT_SENTENCES else "0",
        "EventCode": event.cameo,
        "EventBaseCode": event.cameo[:3],
        "EventRootCode": event.cameo[:2],
        "QuadClass": str(event.quad_class),
        "GoldsteinScale": number(event.goldstein),
        "NumMentions": str(counts.num_mentions),
        "NumSources": str(counts.num_sources),
        "NumArticles": str(counts.num_articles),
        "AvgTone": "",
    }


def _geo_cells(prefix: str, location: Location | None) -> dict[str, str]:
    names = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long")
    empty = {f"{prefix}_{name}": "" for name in (*names, "FeatureID")}
    country = country_by_code().get(location.country or "") if location else None
    if location is None or (country is None and location.lat is None):
        return empty | {f"{prefix}_Type": "0"}
    fips = country.fips if country else ""
    if location.lat is not None and location.lon is not None:
        kind, lat, lon, feature = ("3" if fips == "US" else "4"), location.lat, location.lon, ""
    elif country is not None:
        kind, lat, lon, feature = "1", country.lat, country.lon, fips
    else:
        return empty | {f"{prefix}_Type": "0"}
    values = (kind, clean(location.name), fips, fips, "", number(lat), number(lon))
    cells = {f"{prefix}_{name}": value for name, value in zip(names, values, strict=True)}
    return cells | {f"{prefix}_FeatureID": feature}


def read_gdelt_events(
    source: Source, stats: ReadStats | None = None
) -> Iterator[tuple[Event, Counts]]:
    """Events and their counts from a GDELT events file (path or lines).

    Malformed rows are skipped and counted in ``stats`` (pass one in to see them): a wrong
    number of columns, a bad GLOBALEVENTID, SQLDATE or number, a missing event code."""
    stats = stats if stats is not None else ReadStats()
    codebook = load_codebook()
    for n, line in enumerate(lines(source), start=1):
        if not line.strip():
            continue
        cells = _normalise(line.split("\t"))
        if cells is None:
            stats.skip(f"line {n}", "wrong number of columns")
            continue
        try:
            parsed = _parse_event(dict(zip(EVENT_COLUMNS, cells, strict=True)), codebook)
        except ValueError as exc:
            stats.skip(f"line {n}", str(exc))
            continue
        stats.read += 1
        yield parsed


def _normalise(cells: list[str]) -> list[str] | None:
    """61 cells from a GDELT 2.0 (61), 1.0 daily (58) or 1.0 historical (57) row."""
    if len(cells) == len(EVENT_COLUMNS):
        return cells
    if len(cells) not in (57, 58):
        return None
    cells = cells + [""] * (58 - len(cells))
    for index in _GDELT1_ADM2:
        cells.insert(index, "")
    return cells


def _parse_event(row: dict[str, str], codebook: Codebook) -> tuple[Event, Counts]:
    gid = row["GLOBALEVENTID"].strip()
    if not gid.isdigit():
        raise ValueError("bad GLOBALEVENTID")
    cameo = row["EventCode"].strip()
    if not cameo.isdigit():
        raise ValueError("no event code")
    entry = codebook[cameo] if cameo[:3] in codebook or cameo[:2] in codebook else None
    event = Event(
        event_id=f"gdelt:{gid}",
        doc_id=f"gdelt:{gid}",
        sentence="",
        sentence_index=0,
        source=_actor(row, "Actor1") or Actor("", ""),
        source_span=None,
        target=_actor(row, "Actor2"),
        target_span=None,
        cameo=cameo,
        cameo_label=entry.name if entry else "",
        goldstein=_float(row["GoldsteinScale"], entry.goldstein if entry else 0.0),
        quad_class=_int(row["QuadClass"], entry.quad_class if entry else 0),
        plover_type=entry.plover_type if entry else None,
        plover_mode=entry.plover_mode if entry else None,
        plover_context=entry.plover_context if entry else None,
        trigger=Trigger("", 0, 0),
        rule=IMPORT_RULE,
        confidence=IMPORT_CONFIDENCE,
        date=_sqldate(row["SQLDATE"]),
        date_precision="day",
        location=_location(row, "ActionGeo"),
        url=row["SOURCEURL"].strip() or None,
        published=_added_day(row["DATEADDED"]),
    )
    counts = Counts(
        _int(row["NumMentions"], 1), _int(row["NumSources"], 1), _int(row["NumArticles"], 1)
    )
    return event, counts


def _actor(row: dict[str, str], prefix: str) -> Actor | None:
    code = row[f"{prefix}Code"].strip()
    if not code:
        return None
    country = row[f"{prefix}CountryCode"].strip()
    if not country and code[:3] in NON_STATE:
        country = code[:3]
    sector = row[f"{prefix}Type1Code"].strip()
    return Actor(code, country, sector, row[f"{prefix}Name"].strip())


def _location(row: dict[str, str], prefix: str) -> Location | None:
    kind = row[f"{prefix}_Type"].strip()
    if kind in ("", "0"):
        return None
    country = country_by_fips().get(row[f"{prefix}_CountryCode"].strip())
    lat = _opt_float(row[f"{prefix}_Lat"])
    lon = _opt_float(row[f"{prefix}_Long"])
    if kind == "1" and country is not None:
        lat = lon = None  # a country match: the centroid is GDELT's, not a place in the text
    name = row[f"{prefix}_FullName"].strip() or (country.name if country else "")
    return Location(name, country.cameo[:3] if country else None, lat, lon)


def _sqldate(value: str) -> str:
    value = value.strip()
    try:
        return datetime.strptime(value, "%Y%m%d").date().isoformat()
    except ValueError:
        raise ValueError("bad SQLDATE") from None


def _added_day(value: str) -> str | None:
    digits = value.strip()[:8]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        return None


def _opt_float(value: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError("bad number") from None


def _float(value: str, default: float) -> float:
    found = _opt_float(value)
    return default if found is None else found


def _int(value: str, default: int) -> int:
    value = value.strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError("bad number") from None
