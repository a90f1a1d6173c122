"""ICEWS import and export: names to codes, sectors to one code, the 20 columns in ../shared."""

from __future__ import annotations

import io
from pathlib import Path

from detente.formats._common import ReadStats
from detente.formats.icews import COLUMNS, icews_actor, read_icews, write_icews
from detente.records import Actor, Location
from tests.test_formats_data import FORMATS_DATA, make_event, shared_columns

SAMPLE = FORMATS_DATA / "icews_events.tab"


def test_columns_are_icews(shared: Path) -> None:
    assert list(COLUMNS) == shared_columns(shared, "icews_events.tsv")


def test_export_has_the_header_and_20_columns(shared: Path) -> None:
    out = io.StringIO()
    events = [make_event(0), make_event(1, target=None, location=None)]
    assert write_icews(events, out) == 2
    header, *rows = out.getvalue().splitlines()
    assert header.split("\t") == shared_columns(shared, "icews_events.tsv")
    assert [len(r.split("\t")) for r in rows] == [20, 20]
    row = dict(zip(COLUMNS, rows[0].split("\t"), strict=True))
    assert (row["Source Name"], row["Source Sectors"], row["Source Country"]) == (
        "North Korea",
        "Government",
        "North Korea",
    )
    assert (row["CAMEO Code"], row["Event Text"], row["Intensity"]) == (
        "164",
        "Halt negotiations",
        "-5",
    )
    assert (row["Event Date"], row["Sentence Number"], row["Publisher"]) == (
        "2019-10-05",
        "1",
        "dw.com",
    )
    assert (row["City"], row["Country"], row["Latitude"]) == ("Stockholm", "Sweden", "59.33")


def test_reads_the_sample_and_skips_bad_rows() -> None:
    stats = ReadStats()
    events = list(read_icews(SAMPLE, stats))
    assert len(events) == 3
    assert stats.reasons == {"no CAMEO code": 1, "bad Event Date": 1}
    consult = events[0]
    assert consult.event_id == "icews:90000001:2018-06-01"
    assert (consult.doc_id, consult.sentence_index) == ("icews:91000001", 1)
    assert consult.source == Actor("BGDGOV", "BGD", "GOV", "Foreign Affairs (Bangladesh)")
    assert consult.target is not None and consult.target.code == "VNMMIL"
    assert (consult.cameo, consult.goldstein, consult.quad_class) == ("040", 1.0, 1)
    assert (consult.date, consult.date_precision, consult.rule) == (
        "2018-06-01",
        "day",
        "import:icews",
    )
    assert consult.location == Location("Hanoi", "VNM", 21.0245, 105.841)
    assert dict(consult.extra) == {"publisher": "Invented News Agency"}


def test_sectors_quotes_and_organisations() -> None:
    arrest, appeal = list(read_icews(SAMPLE))[1:]
    assert arrest.source.code == "KENCOP"  # quoted sector list
    assert arrest.target is not None and arrest.target.code == "KENOPP"
    assert appeal.source.code == "IGOUNO"  # no country: found among organisations
    assert appeal.target == Actor("SSD", "SSD", "", "South Sudan")
    assert appeal.location is None  # every place cell is NA


def test_actor_without_country_or_organisation() -> None:
    assert icews_actor("Citizen (International)", "General Population", "") == Actor(
        "CVL", "", "CVL", "Citizen (International)"
    )


def test_round_trip_through_icews() -> None:
    events = [make_event(0), make_event(3, date="2019-10", date_precision="month")]
    out = io.StringIO()
    write_icews(events, out)
    back = list(read_icews(io.StringIO(out.getvalue())))
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in back] == [
        ("164", "PRKGOV", "USA")
    ] * 2
    assert [e.date for e in back] == ["2019-10-05", "2019-10-01"]
    assert [e.sentence_index for e in back] == [0, 3]
    again = io.StringIO()
    write_icews(back, again)
    first_ids = [line.split("\t")[0] for line in out.getvalue().splitlines()]
    assert [line.split("\t")[0] for line in again.getvalue().splitlines()] == first_ids
