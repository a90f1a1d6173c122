"""GDELT 2.0 export and import: the column lists in ../shared, codes as strings, round trips."""

from __future__ import annotations

import gzip
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from detente.formats._common import ReadStats
from detente.formats.gdelt import (
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    global_event_id,
    read_gdelt_events,
    write_gdelt_events,
    write_gdelt_mentions,
)
from detente.records import Actor, Counts, Event, Location, Report, Trigger
from tests.test_formats_data import FORMATS_DATA, SENTENCE, make_event, shared_columns

ADDED = datetime(2021, 5, 1, 12, 15, tzinfo=UTC)


def _events() -> list[tuple[Event, Counts]]:
    return [
        (make_event(0), Counts(5, 3, 4)),
        (
            make_event(
                1,
                cameo="0251",
                cameo_label="Appeal for easing of administrative sanctions",
                goldstein=3.0,
                quad_class=1,
                source=Actor("IGOUNO", "IGO", "", "United Nations"),
                target=Actor("PSEREBHMS", "PSE", "REB", "Hamas"),
                location=Location("Sweden", "SWE"),
            ),
            Counts(),
        ),
        (make_event(2, target=None, target_span=None, location=None, url=None), Counts()),
    ]


def _export(rows: list[tuple[Event, Counts]]) -> str:
    out = io.StringIO()
    assert write_gdelt_events(rows, out, added=ADDED) == len(rows)
    return out.getvalue()


def _cells(text: str) -> list[dict[str, str]]:
    return [dict(zip(EVENT_COLUMNS, line.split("\t"), strict=True)) for line in text.splitlines()]


def test_column_lists_are_gdelts(shared: Path) -> None:
    assert list(EVENT_COLUMNS) == shared_columns(shared, "gdelt2_events.tsv")
    assert list(MENTION_COLUMNS) == shared_columns(shared, "gdelt2_mentions.tsv")


def test_every_row_has_61_columns_and_no_header(shared: Path) -> None:
    text = _export(_events())
    width = len(shared_columns(shared, "gdelt2_events.tsv"))
    assert width == 61
    assert [len(line.split("\t")) for line in text.splitlines()] == [width] * 3
    assert not text.startswith("GLOBALEVENTID")


def test_codes_stay_strings_with_leading_zeros() -> None:
    row = _cells(_export(_events()))[1]
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("0251", "025", "02")
    assert (row["QuadClass"], row["GoldsteinScale"]) == ("1", "3")


def test_dates_counts_ids_and_url() -> None:
    first = _cells(_export(_events()))[0]
    assert first["GLOBALEVENTID"] == str(int("aaaaaaaaaaaaaaa", 16))
    assert (first["SQLDATE"], first["MonthYear"], first["Year"]) == ("20191005", "201910", "2019")
    assert first["FractionDate"] == f"{2019 + (10 * 30 + 5) / 365:.4f}"
    assert (first["NumMentions"], first["NumSources"], first["NumArticles"]) == ("5", "3", "4")
    assert (first["AvgTone"], first["DATEADDED"]) == ("", "20210501121500")
    assert first["SOURCEURL"] == "https://www.dw.com/en/a-57389112"
    third = _cells(_export(_events()))[2]
    assert third["SOURCEURL"] == "1dc364018e113f30"  # no URL: the document id


def test_month_precision_is_written_as_the_first_day() -> None:
    month = make_event(date="2019-10", date_precision="month")
    undated = make_event(date=None, published="2021-05-01")
    rows = _cells(_export([(month, Counts()), (undated, Counts())]))
    assert [r["SQLDATE"] for r in rows] == ["20191001", "20210501"]


def test_actor_fields_split_the_cameo_code() -> None:
    first, second, third = _cells(_export(_events()))
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == (
        "PRKGOV",
        "PRK",
        "GOV",
    )
    assert (second["Actor1KnownGroupCode"], second["Actor1CountryCode"]) == ("UNO", "IGO")
    assert (second["Actor2KnownGroupCode"], second["Actor2Type1Code"]) == ("HMS", "REB")
    assert third["Actor2Code"] == third["Actor2CountryCode"] == ""


def test_action_geo_uses_fips_codes() -> None:
    city, country, none = _cells(_export(_events()))
    assert city["ActionGeo_Type"] == "4"  # a world city with coordinates
    assert (city["ActionGeo_CountryCode"], city["ActionGeo_Lat"]) == ("SW", "59.33")
    assert country["ActionGeo_Type"] == "1"  # the country only: its centroid
    assert country["ActionGeo_FullName"] == "Sweden"
    assert country["ActionGeo_FeatureID"] == "SW"
    assert float(country["ActionGeo_Lat"]) > 55
    assert none["ActionGeo_Type"] == "0" and none["ActionGeo_CountryCode"] == ""
    assert city["Actor1Geo_Type"] == "0"


def test_round_trip_keeps_events_codes_actors_and_dates() -> None:
    rows = _events()
    back = list(read_gdelt_events(io.StringIO(_export(rows))))
    assert len(back) == len(rows)
    for (event, counts), (read, read_counts) in zip(rows, back, strict=True):
        assert (read.cameo, read.quad_class, read.goldstein) == (
            event.cameo,
            event.quad_class,
            event.goldstein,
        )
        assert (read.source.code, read.source.country, read.source.sector) == (
            event.source.code,
            event.source.country,
            event.source.sector,
        )
        assert (read.target.code if read.target else None) == (
            event.target.code if event.target else None
        )
        assert (read.date, read.date_precision) == (event.date, "day")
        assert read_counts == counts
        assert read.rule == "import:gdelt" and read.sentence == ""
        assert read.doc_id == read.event_id == f"gdelt:{global_event_id(event.event_id)}"


def test_round_trip_keeps_location_and_imported_ids() -> None:
    event, _ = _events()[0]
    read, _ = next(read_gdelt_events(io.StringIO(_export([(event, Counts())]))))
    assert read.location == Location("Stockholm", "SWE", 59.33, 18.07)
    assert read.url == event.url and read.published == "2021-05-01"
    assert read.plover_type == "SANCTION"  # from detente's codebook
    again = _cells(_export([(read, Counts())]))[0]
    assert again["GLOBALEVENTID"] == str(global_event_id(event.event_id))


def test_malformed_rows_are_skipped_and_counted() -> None:
    good = _export(_events()[:1]).rstrip("\n")
    cells = good.split("\t")
    bad_date = "\t".join([*cells[:1], "2019-13-45", *cells[2:]])
    no_code = "\t".join([*cells[:26], "", *cells[27:]])
    lines = [good, "too\tfew\tcolumns", bad_date, "", no_code, "x" + good]
    stats = ReadStats()
    read = list(read_gdelt_events(lines, stats))
    assert len(read) == 1
    assert (stats.read, stats.skipped) == (1, 4)
    assert stats.reasons == {
        "wrong number of columns": 1,
        "bad SQLDATE": 1,
        "no event code": 1,
        "bad GLOBALEVENTID": 1,
    }


def test_reads_gdelt_1_daily_files() -> None:
    stats = ReadStats()
    rows = list(read_gdelt_events(FORMATS_DATA / "gdelt1_daily.CSV", stats))
    assert stats.skipped == 0 and len(rows) == 2
    attack, appeal = (event for event, _ in rows)
    assert (attack.cameo, attack.date, attack.source.code, attack.source.sector) == (
        "190",
        "2014-03-05",
        "RUSMIL",
        "MIL",
    )
    assert attack.location == Location("Simferopol, Krym, Ukraine", "UKR", 44.95, 34.1)
    assert (appeal.cameo, appeal.source.country, appeal.target) == (
        "0251",
        "IGO",
        Actor("RUS", "RUS", "", "RUSSIA"),
    )
    assert appeal.location == Location("Russia", "RUS")  # a country match: no coordinates
    assert rows[0][1] == Counts(4, 1, 4)


def test_reads_zip_and_gzip_exports(tmp_path: Path) -> None:
    text = _export(_events())
    zipped = tmp_path / "20210501121500.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("20210501121500.export.CSV", text)
    gzipped = tmp_path / "events.tsv.gz"
    gzipped.write_bytes(gzip.compress(text.encode("utf-8")))
    plain = tmp_path / "events.tsv"
    plain.write_text(text, encoding="utf-8")
    for path in (zipped, gzipped, plain):
        assert len(list(read_gdelt_events(path))) == 3


def test_mentions_have_16_columns(shared: Path) -> None:
    report = Report(
        event_id="aaaaaaaaaaaaaaa0",
        doc_id="1dc364018e113f30",
        url="https://www.dw.com/en/a-57389112",
        source_name=None,
        published="2021-05-01",
        sentence=SENTENCE,
        sentence_index=4,
        source_span=(0, 11),
        target_span=None,
        trigger=Trigger("walked away from", 12, 28),
        confidence=0.9,
    )
    out = io.StringIO()
    assert write_gdelt_mentions([report], out, added=ADDED) == 1
    cells = out.getvalue().rstrip("\n").split("\t")
    assert len(cells) == len(shared_columns(shared, "gdelt2_mentions.tsv")) == 16
    row = dict(zip(MENTION_COLUMNS, cells, strict=True))
    assert row["GLOBALEVENTID"] == str(global_event_id("aaaaaaaaaaaaaaa0"))
    assert (row["EventTimeDate"], row["MentionTimeDate"]) == ("20210501121500", "20210501000000")
    assert (row["MentionType"], row["MentionSourceName"]) == ("1", "dw.com")
    assert (row["SentenceID"], row["Actor1CharOffset"], row["Actor2CharOffset"]) == ("5", "0", "-1")
    assert (row["ActionCharOffset"], row["Confidence"]) == ("12", "90")
