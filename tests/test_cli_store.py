"""The store commands as a user runs them, over a store filled through the library."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.cli_store import highlight
from detente.records import Actor, Article, Event, Location, Paragraph, Result, Trigger
from detente.store import Store
from tests.conftest import make_event

USA, PRK = Actor("USAGOV", "USA", "GOV"), Actor("PRKGOV", "PRK", "GOV")
SENTENCE = "North Korean envoys walked away from the talks with the US in Stockholm."


def _event(n: int, day: str, **kw: Any) -> Event:
    fields: dict[str, Any] = dict(
        event_id=f"ev{n}", doc_id=f"doc{n}", sentence=SENTENCE, source=PRK,
        source_span=(0, 19), target=USA, target_span=(56, 58), cameo="164",
        cameo_label="Halt negotiations", goldstein=-7.0, plover_type="SANCTION",
        plover_mode="withdraw", plover_context="diplomatic",
        trigger=Trigger("walked away from the talks", 20, 46), rule="verb:walk away from",
        date=day, date_precision="day", published=day, location=Location("Stockholm", "SWE"),
        url=f"https://outlet{n}.example/story",
    )  # fmt: skip
    return make_event(**{**fields, **kw})


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "s.duckdb"
    events = [
        _event(1, "2019-10-05"),
        _event(2, "2019-10-06"),
        _event(3, "2019-10-05"),
        _event(
            4,
            "2021-04-30",
            cameo="036",
            quad_class=1,
            goldstein=4.0,
            source=USA,
            target=PRK,
            plover_type="AGREE",
        ),
    ]
    with Store(path) as store:
        for e in events:
            store.add(Result(Article(e.doc_id, e.doc_id, "t", (Paragraph("x"),),
                                     url=e.url), (e,)))  # fmt: skip
    return str(path)


def _run(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_events_filters_and_formats(db: str) -> None:
    out = _run("events", "--db", db, "--dyad", "USA-PRK", "--root", "16", "--format", "jsonl")
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["cameo"], r["num_mentions"], r["num_sources"]) for r in rows] == [("164", 3, 3)]
    csv_out = _run("events", "--db", db, "--since", "2021-01-01", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(csv_out.output)))
    assert (row["cameo"], row["source_code"], row["date"]) == ("036", "USAGOV", "2021-04-30")
    assert _run("events", "--db", db, "--dyad", "USA").exit_code == 2


def test_dyad_series_with_phases(db: str) -> None:
    out = _run("dyad", "USA", "PRK", "--db", db, "--phases", "us-presidents", "--format", "jsonl")
    rows = [json.loads(line) for line in out.output.splitlines()]
    periods = [(r["period"], r["events"], r["phase"]) for r in rows if r["kind"] == "period"]
    assert periods == [("2019-10", 1, "Trump"), ("2021-04", 1, "Biden")]
    phases = {r["period"]: r for r in rows if r["kind"] == "phase"}
    assert phases["Trump"]["material_conflict"] == 1 and phases["Biden"]["verbal_coop"] == 1
    assert phases["Trump"]["goldstein_mean"] == -7.0


def test_show_gives_the_evidence(db: str) -> None:
    out = _run("show", "ev1", "--db", db)
    assert "[North Korean envoys] <walked away from the talks> with the {US}" in out.output
    assert "3 mentions, 3 articles, 3 sources" in out.output
    data = json.loads(_run("show", "ev1", "--db", db, "--format", "json").output)
    assert [r["doc_id"] for r in data["reports"]] == ["doc1", "doc3", "doc2"]
    missing = CliRunner().invoke(main, ["show", "nope", "--db", db])
    assert missing.exit_code == 1 and "no event 'nope'" in missing.output


def test_actors_top(db: str) -> None:
    lines = _run("actors", "--db", db, "--top", "2").output.splitlines()
    assert lines[1].split() == ["PRKGOV", "1", "1", "2"]


def test_highlight_nested_spans() -> None:
    text = "Pakistan expelled Indian diplomats."
    assert (
        highlight(text, (0, 8), (18, 34), Trigger("expelled Indian diplomats", 9, 34))
        == "[Pakistan] <expelled {Indian diplomats}>."
    )
