"""The exchange formats' data tables, and helpers the other ``test_formats_*`` files share."""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.formats._common import ReadStats, countries, country_by_code, country_by_fips
from detente.formats.gdelt import TYPE_CODES, read_gdelt_events
from detente.formats.icews import primary_sector, sector_label, sector_table
from detente.records import Actor, Event, Location, Trigger

FORMATS_DATA = Path(__file__).parent / "data" / "formats"
SENTENCE = "North Korea walked away from the talks with the United States in Stockholm."


def shared_columns(shared: Path, name: str) -> list[str]:
    """The column names, in order, of one of ``../shared/formats/*.tsv``."""
    with (shared / "formats" / name).open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert [int(r["idx"]) for r in rows] == list(range(len(rows)))
    return [r["name"] for r in rows]


def make_event(n: int = 0, **changes: object) -> Event:
    """A coded event as the pipeline makes it: PRKGOV walks away from talks with the USA."""
    event = Event(
        event_id=f"{n:x}".rjust(16, "a"),
        doc_id="1dc364018e113f30",
        sentence=SENTENCE,
        sentence_index=n,
        source=Actor("PRKGOV", "PRK", "GOV", "North Korea"),
        source_span=(0, 11),
        target=Actor("USA", "USA", "", "United States"),
        target_span=(48, 61),
        cameo="164",
        cameo_label="Halt negotiations",
        goldstein=-5.0,
        quad_class=4,
        plover_type="SANCTION",
        plover_mode="discontinue",
        plover_context="diplomatic",
        trigger=Trigger("walked away from", 12, 28),
        rule="verb:walk away@verbs.tsv:1",
        confidence=0.9,
        date="2019-10-05",
        date_precision="day",
        location=Location("Stockholm", "SWE", 59.33, 18.07),
        url="https://www.dw.com/en/a-57389112",
        published="2021-05-01",
    )
    return dataclasses.replace(event, **changes)  # type: ignore[arg-type]


def _package_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("detente.formats").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def test_every_detente_country_has_a_fips_row() -> None:
    text = resources.files("detente.actors").joinpath("data/countries.tsv").read_text("utf-8")
    codes = {row["code"] for row in csv.DictReader(text.splitlines(), delimiter="\t")}
    assert codes <= {c.cameo for c in countries()}


def test_fips_table_is_well_formed() -> None:
    rows = _package_rows("countries_fips.tsv")
    assert list(rows[0]) == ["cameo", "iso3", "fips", "name", "lat", "lon"]
    for c in countries():
        assert len(c.iso3) == 3 and c.iso3.isupper()
        assert c.fips == "" or (len(c.fips) == 2 and c.fips.isupper())
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180
    shared = {f for f, n in Counter(c.fips for c in countries() if c.fips).items() if n > 1}
    assert shared == {"FI"}  # only Åland shares a code (Finland's)


def test_the_three_country_systems_differ_where_they_should() -> None:
    assert country_by_code()["DEU"].fips == "GM"  # Germany: ISO DEU, FIPS GM
    assert country_by_code()["KSV"].iso3 == "XKX"  # Kosovo: CAMEO KSV
    assert country_by_code()["TLS"].cameo == "TMP"
    assert country_by_fips()["FI"].cameo == "FIN"  # the sovereign state wins a shared code
    assert country_by_fips()["GZ"].cameo == "PSE"


def test_icews_sectors_pick_the_most_specific() -> None:
    assert [row["code"] for row in _package_rows("icews_sectors.tsv")] == [
        code for code, _, _ in sector_table()
    ]
    assert primary_sector("Military,Government") == "MIL"
    assert primary_sector("Executive,Foreign Ministry,Government") == "GOV"
    assert primary_sector('"Police, National",Government') == "COP"
    assert primary_sector("Rebel") == primary_sector("Insurgents") == "REB"
    assert primary_sector("Protestors / Popular Opposition / Mobs") == "OPP"
    assert primary_sector("Business,Industrial") == "BUS"
    assert primary_sector("News,Media") == "MED"
    assert primary_sector("Judicial") == "JUD"
    assert primary_sector("Unknown Thing") == ""
    assert sector_label("GOV") == "Government"
    assert {code for code, _, _ in sector_table()} <= TYPE_CODES


def test_a_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_gdelt_events(tmp_path / "missing.export.CSV.zip"))


def test_read_stats_summarise_skips() -> None:
    stats = ReadStats(read=3)
    stats.skip("line 2", "bad SQLDATE")
    stats.skip("line 5", "bad SQLDATE")
    stats.skip("line 9", "wrong number of columns")
    assert stats.summary() == (
        "3 rows read, 3 rows skipped: bad SQLDATE (2); wrong number of columns (1)"
    )
    assert stats.examples[0] == "line 2: bad SQLDATE"
