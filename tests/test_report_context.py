"""How a wire report's own shape is read: datelines, who "it" and "his" are, the country a
report is about, acts inside noun phrases, and acts that are only another's content or
manner. The real pipeline on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from detente import Pipeline
from detente.records import Event
from tests.conftest import article

pytestmark = pytest.mark.model
DAY = date(2024, 1, 10)


def code(pipeline: Pipeline, text: str) -> list[Event]:
    return list(pipeline.code_article(article(text, DAY)).events)


def dyads(events: list[Event]) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


def test_a_dateline_is_not_a_party_but_a_hyphenated_name_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "TOKYO, Jan 9 (KUNA) -- Japan and South Korea condemned North Korea.")
    assert {e.source.code for e in events} == {"JPN", "KOR"}
    events = code(pipeline, "NATO-led forces attacked Taliban positions near Kandahar.")
    assert {e.source.country for e in events} == {"IGO"}


def test_people_of_no_stated_country_take_the_one_the_report_has_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lebanese troops were deployed in Sidon on Monday. "
        "Fierce clashes erupted between security forces and protesters near the port. "
        "Later the soldiers fired at protesters near the square."
    )
    found = dyads(code(pipeline, text))
    assert ("LBNCOP", "LBNCVL", "145") in found  # a clash with a crowd is a riot
    assert ("LBNMIL", "LBNCVL", "175") in found  # force against protesters is repression
    # the first word of a clause is capitalised without being a nationality
    text = "Georgia held a vote on Sunday. TBILISI (AP) — Angry villagers attacked a police post."
    assert {e.source.code for e in code(pipeline, text)} == {"GEOCVL"}


def test_world_leaders_are_no_country_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea fired a missile on Monday. World leaders condemned the launch on Tuesday."
    assert not [e for e in code(pipeline, text) if e.source.code == "PRKGOV"]


def test_it_in_a_later_clause_is_the_country_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Japan condemned North Korea after it conducted a missile test on Monday."
    found = dyads(code(pipeline, text))
    assert ("JPN", "PRK", "111") in found
    assert [d[0] for d in found if d[2] == "150"] == ["PRK"]  # the test is North Korea's


def test_his_before_the_subject_is_the_subject_and_him_is_not_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "During his visit to Paris, Chinese President Xi Jinping praised Macron."
    events = code(pipeline, text)
    visits = [e for e in events if e.cameo == "042"]
    assert [(e.source.country, e.target.country if e.target else None) for e in visits] == [
        ("CHN", "FRA")
    ]
    text = "Putin spoke on Monday. On Tuesday Xi Jinping praised him."
    praise = [e for e in code(pipeline, text) if e.cameo.startswith("05")]
    assert [e.target.country for e in praise if e.target] == ["RUS"]


def test_no_one_visits_their_own_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "During his visit to China, Xi Jinping praised Macron.")
    assert not [e for e in events if e.cameo == "042"]


def test_a_show_of_force_stands_without_a_target_but_a_run_of_them_does_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("PRK", None, "150") in dyads(
        code(pipeline, "North Korea test-fired a ballistic missile on Tuesday.")
    )
    found = dyads(code(pipeline, "Japan condemned North Korea's missile launch on Tuesday."))
    assert found == {("JPN", "PRK", "111"), ("PRK", None, "150")}
    # "Pyongyang's missile tests" in general are no one event
    found = dyads(code(pipeline, "Trump had downplayed Pyongyang's missile tests."))
    assert not [d for d in found if d[2].startswith("15")]


def test_an_order_to_ones_own_forces_is_the_act_ordered(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "South Korea's President Moon Jae-in ordered his military to conduct a missile drill."
    found = dyads(code(pipeline, text))
    assert [(d[0][:3], d[1], d[2]) for d in found] == [("KOR", None, "150")]
    # an order to someone else is a demand
    text = "Nicaragua's government ordered Honduran troops to leave the border area."
    assert [d[2] for d in dyads(code(pipeline, text))] == ["100"]


def test_force_used_to_do_another_act_of_force_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Egyptian police opened fire to disperse demonstrators in Cairo on Monday."
    found = dyads(code(pipeline, text))
    assert found == {("EGYCOP", "EGYCVL", "175")}


def test_talks_with_someone_are_held_by_who_the_clause_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In discussions with Japanese officials, China's foreign minister demanded an apology."
    assert ("CHNGOV", "JPNGOV", "046") in dyads(code(pipeline, text))
    text = "President Xi Jinping says the meetings with President Joe Biden were productive."
    assert {(d[0][:3], (d[1] or "")[:3], d[2][:2]) for d in dyads(code(pipeline, text))} == {
        ("CHN", "USA", "04")
    }


def test_what_a_protest_demands_is_its_content(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of Indonesian students staged demonstrations to demand political reforms."
    assert {d[2][:2] for d in dyads(code(pipeline, text))} == {"14"}
    text = "Up to 1,000 ethnic Turks began a hunger strike to protest against the decision."
    assert {d[2] for d in dyads(code(pipeline, text))} <= {"142"}


def test_a_title_s_owner_is_its_possessor_not_a_place_after_the_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli President Moshe Katsav refused to meet Jordan's King Abdullah II in Tel Aviv."
    assert ("ISRELI", "JORGOV", "125") in dyads(code(pipeline, text))


def test_he_in_what_someone_says_is_the_one_who_says_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Putin met Erdogan on Monday and said he would visit Ankara.")
    visits = [e for e in events if e.cameo.startswith("03")]
    assert [(e.source.country, e.target.country if e.target else None) for e in visits] == [
        ("RUS", "TUR")
    ]
