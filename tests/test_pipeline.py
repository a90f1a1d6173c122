"""End to end through the real model: the library API as a notebook user calls it."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.errors import ModelError
from detente.records import Article, Paragraph, Result, Skipped

pytestmark = pytest.mark.model


def _dyads(events: list[detente.Event]) -> list[tuple[str, str | None, str, bool]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.cameo[:2], e.negated)
        for e in events
    ]


def test_code_text_finds_who_did_what_to_whom() -> None:
    events = detente.code_text(
        "Russian forces shelled Kharkiv, and Ukraine accused Russia of war crimes on Monday.",
        published="2022-05-04",
    )
    assert ("UKR", "RUS", "11", False) in _dyads(events)
    accusation = next(e for e in events if e.cameo.startswith("11"))
    assert accusation.date == "2022-05-02"
    assert accusation.date_precision == "day"
    assert accusation.sentence[accusation.trigger.start : accusation.trigger.end].startswith(
        "accused"
    )


def test_a_negated_event_is_never_the_plain_event() -> None:
    events = detente.code_text("China did not condemn Russia.", published=date(2022, 3, 1))
    assert _dyads(events) == [("CHN", "RUS", "11", True)]


def test_a_question_codes_nothing() -> None:
    assert detente.code_text("Will China condemn Russia?", published="2022-03-01") == []


def test_historical_date_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.code_text(
        "Egypt and Ethiopia held talks in Cairo in October 2019.", published=date(2025, 11, 20)
    )
    assert [(e.cameo[:2], e.date, e.date_precision) for e in events] == [("04", "2019-10", "month")]
    assert events[0].location is not None and events[0].location.country == "EGY"


def test_a_failing_document_is_skipped_and_the_batch_goes_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    empty = Article(doc_id="e", source="empty", title="", paragraphs=())
    good = Article(
        doc_id="g",
        source="good",
        title="",
        published=date(2024, 1, 1),
        paragraphs=(Paragraph("Japan criticized China."),),
    )
    out = list(pipeline.code_all([empty, Skipped("bad", "binary file, not text"), good]))
    assert [type(x) for x in out] == [Skipped, Skipped, Result]
    assert isinstance(out[0], Skipped) and out[0].reason == "no text to code"


def test_the_model_is_a_setting() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        detente.Pipeline(detente.Settings(model="no_such_pipeline"))
