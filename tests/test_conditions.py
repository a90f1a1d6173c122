"""Acts held over someone on a condition, and whose act it is inside the object's phrase.
The real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import coded, country_dyads

pytestmark = pytest.mark.model


def test_an_act_promised_unless_the_other_side_complies_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Kenya said it will pull its peacekeeping troops out of Somalia unless the government "
        "holds elections by March.",
    )
    assert [(e.cameo, e.plover_type, e.negated) for e in events] == [("130", "THREATEN", False)]
    assert country_dyads(events) == {("KEN", "SOM", "130")}


def test_stopping_cooperation_if_it_fails_threatens_to_stop_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Norway may halt its mediation between Colombia's warring parties if the ceasefire "
        "does not hold.",
    )
    assert [(e.cameo, e.negated) for e in events] == [("135", False)]
    assert country_dyads(events) == {("NOR", "COL", "135")}


def test_force_on_a_condition_is_a_threat_but_a_conditional_offer_is_an_intent(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Israel would strike Iran's nuclear sites if Tehran builds a bomb.")
    assert country_dyads(events) == {("ISR", "IRN", "138")}
    events = coded(pipeline, "Egypt said it would host talks with Sudan if the fighting stops.")
    assert {e.cameo for e in events} == {"036"}


def test_the_condition_itself_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Iran threatened to launch a new offensive against Iraq unless Baghdad accepts its terms.",
    )
    assert {e.cameo[:2] for e in events} == {"13"}
    assert all(e.source.country == "IRN" for e in events)


def test_the_withdrawal_demanded_is_of_the_forces_not_from_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The African Union demanded the withdrawal of Rwandan forces from Congo."
    events = coded(pipeline, text)
    assert {(e.target.country if e.target else None) for e in events} == {"RWA"}


def test_a_blockade_of_a_country_is_against_it_not_the_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "NATO tightened the blockade of Serbia with Albania on Monday.")
    assert country_dyads(events) == {("IGO", "SRB", "191")}


def test_an_adjective_before_a_compound_role_owns_the_role(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Turkish army tanks shelled Kurdish villages in northern Iraq.")
    assert {e.source.code for e in events} == {"TURMIL"}


def test_a_stern_reminder_that_one_must_comply_is_a_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Germany issued a stern reminder to Hungary that it must respect the court's ruling."
    events = coded(pipeline, text)
    assert ("DEU", "HUN", "020") in country_dyads(events)


def test_a_number_read_as_a_particle_still_carries_the_victims(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Gunmen kidnapped up to 12 Chinese engineers in Nigeria on Friday.")
    assert "CHN" in {e.target.country for e in events if e.target and e.cameo == "181"}


def test_what_happened_before_an_intended_act_is_no_intent(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said it would retaliate after Somali militants attacked a Kenyan army base."
    events = coded(pipeline, text)
    attack = [e for e in events if e.trigger.text.startswith("attacked")]
    assert [(e.cameo, e.modality) for e in attack] == [("190", "asserted")]


def test_aid_carried_by_unnamed_planes_is_given_by_whose_aid_it_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Three planes carrying Turkish relief supplies landed in Benghazi on Monday."
    assert country_dyads(coded(pipeline, text)) == {("TUR", "LBY", "073")}


def test_their_after_a_pair_at_the_start_of_a_sentence_is_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Egypt and Turkey agreed on Monday to restore ties.\n\nTheir presidents are due to meet."
    meet = [e for e in coded(pipeline, text) if e.trigger.text == "meet"]
    assert {(e.source.country, e.target.country if e.target else None) for e in meet} == {
        ("EGY", "TUR")
    }


def test_ceasing_hostilities_is_a_ceasefire(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Armenia and Azerbaijan ceased hostilities along the border.")
    assert {e.cameo for e in events} == {"0871"}


def test_an_alleged_act_is_no_reported_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Protesters in Goma denounced Rwanda's alleged support for the M23.")
    assert "05" not in {e.cameo[:2] for e in events}
    events = coded(pipeline, "Kosovo police arrested a Serb for allegedly attacking an officer.")
    assert {e.cameo[:2] for e in events} == {"17"}


def test_an_accusation_of_an_unresolved_it_is_not_guessed(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "France and Mali traded barbs on Monday.\n\n"
        "The European Union imposed sanctions on Wagner, accusing it of intimidating civilians."
    )
    accused = [e for e in coded(pipeline, text) if e.cameo.startswith("112")]
    assert all(e.target is None or e.target.country != "FRA" for e in accused)


def test_a_meeting_with_no_partner_named_is_not_given_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Indian army chief held a meeting on Monday after China moved troops to the border."
    met = [e for e in coded(pipeline, text) if e.cameo.startswith("04")]
    assert all(e.target is None or e.target.country != "CHN" for e in met)


def test_pressing_an_offensive_is_fighting_not_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Egypt hosted talks in Cairo as Israel pressed its offensive in Gaza.")
    assert ("ISR", "PSE", "190") in country_dyads(events)
    assert not any(e.cameo.startswith("02") for e in events)


def test_what_happened_before_a_condition_is_no_condition(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Seoul warned Pyongyang of retaliation if it took more steps after North Korea "
        "shelled a South Korean island."
    )
    found = country_dyads(coded(pipeline, text))
    assert ("PRK", "KOR") in {(s, t) for s, t, c in found if c[:2] == "19"}


def test_water_cannon_on_another_states_ships_is_a_blockade_not_repression(pipeline) -> None:  # type: ignore[no-untyped-def]
    at_sea = "Chinese coast guard ships fired water cannon on two Vietnamese supply vessels."
    assert {c for s, t, c in country_dyads(coded(pipeline, at_sea))} == {"191"}
    ashore = "Kenyan police fired water cannon on protesters in Nairobi."
    assert {c for s, t, c in country_dyads(coded(pipeline, ashore))} <= {"175"}


def test_ordering_troops_to_a_border_is_a_mobilisation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chavez responded by ordering troops and tanks to the border with Colombia."
    assert country_dyads(coded(pipeline, text)) == {("VEN", "COL", "154")}


def test_sworn_to_fight_is_an_intent_not_a_fight(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Ethnic Albanian rebels have sworn to fight the Macedonian army.")
    assert all(e.modality == "intended" for e in events)
    assert not any(e.cameo[:2] == "19" for e in events)


def test_taking_over_a_chairmanship_occupies_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline, "Moscow took over the rotating G8 chairmanship from Britain on New Year's Day."
    )
    assert not any(e.cameo == "192" for e in events)
    events = coded(pipeline, "Russian forces took over the Ukrainian town of Kupiansk.")
    assert {e.cameo for e in events} == {"192"}
