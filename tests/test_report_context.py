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


def test_a_stranger_named_with_a_title_acts_for_its_owner_later_too(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Stephen Obrenwick, the UN relief chief, said he was horrified. "
        "Obrenwick called for an investigation into the attack by Syria."
    )
    assert ("IGOGOV", "SYR", "020") in dyads(code(pipeline, text))


def test_we_in_a_quotation_is_whoever_says_it_even_a_he(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mexican President Andrés Manuel López Obrador spoke on Wednesday. "
        '"We will not attack the United States," he said. "'
        "We want cooperation with Washington and we will send aid to the United States."
    )
    events = code(pipeline, text)
    assert {e.source.country for e in events} == {"MEX"}
    assert any(e.negated and e.cameo.startswith("1") for e in events)
    assert any(e.cameo.startswith("03") for e in events)  # in a quotation still open


def test_an_act_named_by_a_verb_and_its_noun_object_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea conducted its longest-ever test flight of a ballistic missile on Friday."
    assert [e.cameo for e in code(pipeline, text)] == ["150"]


def test_a_participle_on_a_noun_says_what_was_done_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine urged Russia to release the Ukrainian sailors detained by Russian forces."
    assert ("RUSMIL", "UKR", "173") in dyads(code(pipeline, text))
    # a main verb the tagger takes for a participle keeps its subject
    text = "Doctors from two American aid groups donated and delivered medicine to Iraq."
    assert {d[0][:3] for d in dyads(code(pipeline, text))} <= {"USA"}


def test_a_counted_crowd_protests_where_it_gathers(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands protested in the Congolese city of Goma, denouncing Rwanda's support."
    assert ("CODCVL", "RWA", "140") in dyads(code(pipeline, text))


def test_an_armed_group_named_with_its_country_is_the_group_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Yemen's Iran-backed Houthi rebels launched a drone attack on a port in Saudi Arabia."
    events = code(pipeline, text)
    assert [(e.source.code, e.target.country if e.target else None) for e in events] == [
        ("YEMREBHTH", "SAU")
    ]


def test_a_coalition_acts_for_the_state_that_leads_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Six people were killed in Saudi-led coalition airstrikes on Yemen's capital Sanaa."
    found = {(s[:3], (t or "")[:3], c[:2]) for s, t, c in dyads(code(pipeline, text))}
    assert ("SAU", "YEM", "19") in found


def test_a_clash_with_someone_is_theirs_against_those_it_befell(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Twenty Indian soldiers were killed on Monday in a clash with Chinese troops."
    assert ("CHNMIL", "INDMIL", "190") in dyads(code(pipeline, text))


def test_ties_are_cut_with_the_state_the_report_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mali's military government expelled the French ambassador on Monday. "
        "The French foreign ministry said it would recall its ambassador."
    )
    recall = [e for e in code(pipeline, text) if e.sentence.startswith("The French")]
    assert [(e.source.country, e.target.country if e.target else None) for e in recall] == [
        ("FRA", "MLI")
    ]


def test_the_means_is_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Belarus retaliated by recalling its ambassador from Poland on Friday."
    assert {d[2][:2] for d in dyads(code(pipeline, text))} == {"16"}


def test_a_place_north_of_a_city_is_where_it_happened(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Three US soldiers were killed by a roadside bomb outside of the Iraqi city of Basra."
    found = dyads(code(pipeline, text))
    assert {(s[:3], (t or "")[:3]) for s, t, _ in found} == {("IRQ", "USA")}


def test_being_prepared_to_impose_restrictions_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Iraq's government announced that it is prepared to impose martial law in Baghdad."
    assert {d[2][:2] for d in dyads(code(pipeline, text))} == {"13"}


def test_a_region_s_adjective_is_not_a_country_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Venezuela expelled the diplomats of seven Latin American nations on Monday."
    assert not [e for e in code(pipeline, text) if "USA" in (e.source.country, _target(e))]
    text = "Ethnic Albanians in south Serbia demanded a UN presence."
    assert {e.source.country for e in code(pipeline, text)} == {"SRB"}


def _target(e: Event) -> str | None:
    return e.target.country if e.target else None


def test_ordering_envoys_out_is_expelling_them_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Venezuela's minister ordered the diplomats from Argentina, Chile and Peru to leave."
    assert {(e.cameo, _target(e)) for e in code(pipeline, text)} == {
        ("161", "ARG"),
        ("161", "CHL"),
        ("161", "PER"),
    }


def test_an_attack_that_kills_is_one_event_of_whoever_made_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "An al-Shabab attack killed four African Union soldiers in Somalia.")
    assert [(e.source.country, _target(e)) for e in events] == [("SOM", "IGO")]
    events = code(pipeline, "A Russian missile strike killed five civilians in Kharkiv on Monday.")
    assert [(e.source.country, _target(e)) for e in events] == [("RUS", "UKR")]
    text = "It came after attacks carried out by Iran inside Iraq on Monday."
    assert ("IRN", "IRQ") in {(e.source.country, _target(e)) for e in code(pipeline, text)}


def test_the_report_s_country_before_the_one_country_of_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Al-Shabab militants stormed a base in Somalia on Monday. "
        "Nearly 100 fighters attacked the base occupied by the Ugandan soldiers."
    )
    second = [
        e for e in code(pipeline, text) if e.sentence.startswith("Nearly") and e.cameo == "190"
    ]
    assert second
    assert {e.source.country for e in second} == {"SOM"}


def test_the_two_countries_are_the_pair_just_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DUBAI (AP) — Iran and Saudi Arabia agreed on Friday to restore diplomatic ties. "
        "Their foreign ministers are due to meet next month. "
        "The two countries also praised China."
    )
    events = code(pipeline, text)
    meet = [e for e in events if e.sentence.startswith("Their")]
    assert {(e.source.country, _target(e)) for e in meet} == {("IRN", "SAU")}
    thanks = [e for e in events if e.sentence.startswith("The two")]
    assert {(e.source.country, _target(e)) for e in thanks} == {("IRN", "CHN"), ("SAU", "CHN")}


def test_force_on_places_named_together_falls_on_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey launched air strikes in Syria and Iraq overnight."
    assert {_target(e) for e in code(pipeline, text)} == {"SYR", "IRQ"}


def test_a_dateline_the_parser_takes_for_a_subject_is_passed_over(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "PRISTINA, Kosovo (AP) — Dozens of Serb gunmen killed a police officer in Kosovo."
    assert {e.source.code for e in code(pipeline, text)} == {"SRBUAF"}


def test_with_someone_doing_something_names_the_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia and Ukraine signed agreements with Turkey clearing the way for grain exports."
    assert {(e.source.country, _target(e)) for e in code(pipeline, text)} == {
        ("RUS", "TUR"),
        ("UKR", "TUR"),
    }


def test_a_state_s_warning_is_not_aimed_at_its_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "France warned on Sunday that anyone who attacks its diplomats will face a response."
    assert not [e for e in code(pipeline, text) if _target(e) == "FRA"]


def test_we_in_a_quotation_is_the_speaker_named_where_it_closes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will expel American diplomats. We regret it," Russian Foreign Minister '
        "Sergei Lavrov told journalists."
    )
    first = [e for e in code(pipeline, text) if e.sentence.startswith('"We will')]
    assert {(e.source.country, _target(e)) for e in first} == {("RUS", "USA")}


def test_the_expulsion_of_envoys_is_cutting_ties_whoever_it_is_by(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "These include the expulsion of the same number of US diplomats by Russia."
    assert {(e.source.country, _target(e), e.cameo) for e in code(pipeline, text)} == {
        ("RUS", "USA", "161")
    }


def test_force_joined_to_an_act_with_an_object_falls_on_that_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russian forces opened fire and seized three Ukrainian ships near the Kerch strait."
    assert {(e.cameo[:2], _target(e)) for e in code(pipeline, text)} == {
        ("19", "UKR"),
        ("17", "UKR"),
    }


def test_a_diplomatic_protest_is_lodged_with_the_state_the_report_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chinese coast guard ships fired water cannons at Philippine boats on Tuesday. "
        "Foreign Secretary Teodoro Locsin said he had filed a protest."
    )
    protest = [e for e in code(pipeline, text) if e.sentence.startswith("Foreign")]
    assert {(e.source.country, _target(e), e.cameo) for e in protest} == {("PHL", "CHN", "114")}


def test_two_sides_that_exchange_fire_fight_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(code(pipeline, "India and Pakistan exchanged fire along the Line of Control."))
    assert {(s, t, c[:2]) for s, t, c in found} == {("IND", "PAK", "19")}


def test_a_test_of_a_missile_watched_over_by_a_leader_is_a_show_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea's Kim Jong Un oversaw a test of a new intercontinental ballistic missile."
    assert [(e.source.country, e.cameo) for e in code(pipeline, text)] == [("PRK", "150")]
    # overseeing anything else is not doing it
    text = "UN peacekeepers oversee the ceasefire between Ethiopia and Eritrea."
    assert not [e for e in code(pipeline, text) if e.source.country == "IGO"]


def test_a_list_the_parser_reads_as_an_apposition_is_still_a_list(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar."
    assert {(e.source.country, _target(e)) for e in code(pipeline, text)} == {
        ("SAU", "QAT"),
        ("ARE", "QAT"),
        ("BHR", "QAT"),
        ("EGY", "QAT"),
    }


def test_those_by_whom_something_was_done_did_not_do_it_to_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sudan's army and the RSF agreed to a truce brokered by Saudi Arabia and the United States."
    )
    assert not [e for e in code(pipeline, text) if {e.source.country, _target(e)} == {"SAU", "USA"}]


def test_a_body_s_name_is_not_a_role_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid."
    assert {e.source.code for e in code(pipeline, text)} == {"IGOEUREEC"}


def test_cutting_part_of_an_aid_programme_or_food_supplies_is_reducing_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The United States suspended part of a military aid program for Bosnia."
    assert {(e.source.country, _target(e), e.cameo) for e in code(pipeline, text)} == {
        ("USA", "BIH", "162")
    }
    text = "The United Nations reduced food supplies to a Cambodian refugee camp."
    assert {(e.source.country, _target(e), e.cameo) for e in code(pipeline, text)} == {
        ("IGO", "KHM", "1623")
    }
