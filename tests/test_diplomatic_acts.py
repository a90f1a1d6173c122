"""Diplomatic breaks and signings as the parser hangs them: the object an act names ("as
persona non grata"), agreements signed by two named leaders, a break announced as a noun.
The real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import coded, country_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "India has declared three Pakistani defence advisers in New Delhi as persona non grata.",
        "New Delhi declared the Pakistani envoy persona non grata.",
        "India declared the Pakistani ambassador a persona non grata.",
    ],
)
def test_declaring_an_envoy_persona_non_grata_is_an_expulsion(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == {("IND", "PAK", "161")}


def test_an_agreement_signed_by_two_leaders_is_between_their_countries(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The agreement was signed by Eritrean President Isaias Afwerki and Ethiopian Prime "
        "Minister Abiy Ahmed on Monday.",
        "Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed signed the "
        "agreement on Monday.",
    ):
        assert country_dyads(coded(pipeline, text)) == {("ERI", "ETH", "057")}, text


def test_a_truce_brokered_by_two_mediators_does_not_pair_the_mediators(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "A truce brokered by Qatar and Egypt was signed by Israel and Hamas.")
    assert not any({e.source.country, e.target.country if e.target else None} == {"QAT", "EGY"}
                   for e in events)  # fmt: skip
    assert ("ISR", "PSE", "057") in country_dyads(events)


def test_breaking_relations_as_a_noun_is_a_break_by_the_announcer(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Mexico announced the breaking of diplomatic relations with Ecuador.")
    assert country_dyads(events) == {("MEX", "ECU", "161")}
    events = coded(
        pipeline,
        "Egypt's foreign ministry accused Doha of supporting terrorism in a statement as it "
        "announced the severing of ties.",
    )
    assert ("EGY", "QAT", "161") in country_dyads(events)
    assert not any(e.source.country == "QAT" for e in events)


def test_an_envoy_appointed_as_ambassador_is_posted_to_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Venezuelan President Nicolas Maduro appointed Felix Plasencia, a former foreign "
        "minister, as ambassador to Bogota.",
    )
    assert country_dyads(events) == {("VEN", "COL", "050")}


def test_pledged_retaliation_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Israel's prime minister pledged retaliation against Lebanon.")
    assert {(e.source.country, e.target.country if e.target else None, e.cameo[:2])
            for e in events} == {("ISR", "LBN", "13")}  # fmt: skip


def test_two_acts_of_one_root_in_one_sentence_stay_two(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Saudi Arabia said it was expelling the Canadian ambassador while freezing all new "
        "trade with Canada.",
    )
    assert {e.cameo for e in events} == {"161", "163"}
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {
        ("SAU", "CAN")
    }


def test_one_act_told_by_a_verb_and_its_noun_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Six people were killed in Saudi-led coalition airstrikes on Yemen.")
    assert [e.cameo[:2] for e in events] == ["19"]


def test_ambassadors_recalled_from_two_capitals(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline, "Belarus recalled its ambassadors from Poland and Lithuania on Friday."
    )
    assert country_dyads(events) == {("BLR", "POL", "161"), ("BLR", "LTU", "161")}
    events = coded(pipeline, "Germany expelled the ambassador from Russia.")
    assert country_dyads(events) == {("DEU", "RUS", "161")}


def test_a_town_seized_by_one_side_is_taken_from_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Sudanese warplanes bombed a disputed border town seized by South Sudan this week.",
    )
    assert country_dyads(events) == {("SDN", "SSD", "195"), ("SSD", "SDN", "192")}


def test_hitting_a_country_with_sanctions(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "The United States hit Moscow with major new sanctions.")
    assert country_dyads(events) == {("USA", "RUS", "163")}


def test_a_claim_denied_by_the_other_side_is_a_denial_to_the_claimant(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Cambodian Foreign Minister Hor Namhong told reporters Cambodian forces captured four "
        "Thai soldiers, a claim denied by Bangkok.",
    )
    assert ("THA", "KHM", "016") in country_dyads(events)
    assert ("KHM", "THA", "181") in country_dyads(events)


def test_an_envoy_asked_to_leave_a_country_is_expelled_by_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "The French ambassador was ordered to leave Niger within 48 hours.")
    assert country_dyads(events) == {("NER", "FRA", "161")}


def test_its_forces_in_what_a_country_says_are_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "On Sunday, Rwanda accused the DRC of escalating tensions and said its forces along the "
        "border remain on alert.",
    )
    assert country_dyads(events) == {("RWA", "COD", "112"), ("RWA", "COD", "152")}


def test_a_feeling_shown_is_the_shower_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "The statement is North Korea's latest expression of displeasure over the slow pace of "
        "nuclear negotiations with Washington.",
    )
    assert {(e.source.country, e.cameo[:2]) for e in events if e.cameo[:2] == "11"} == {
        ("PRK", "11")
    }


def test_the_named_party_of_a_phrase_before_its_possessive(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
        "Lebanon on Sunday.",
    )
    assert not any(e.target is not None and e.target.country == "ISR" for e in events)


def test_force_at_a_plane_implies_no_victims_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Turkey says its jets shot at the plane after warning that it was violating Turkish "
        "airspace.",
    )
    assert not any(e.source.country == "TUR" and e.target is not None
                   and e.target.country == "TUR" for e in events)  # fmt: skip


def test_a_decision_to_recall_a_high_commissioner_is_the_recall(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "The government of India has decided to recall its High Commissioner from Pakistan.",
    )
    assert country_dyads(events) == {("IND", "PAK", "161")}
    assert [e.modality for e in events] == ["asserted"]


def test_cutting_off_gas_reduces_relations(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Russia today began cutting off gas to Ukraine.")
    assert country_dyads(events) == {("RUS", "UKR", "160")}


def test_military_force_used_on_another_state_is_force_not_repression(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Spain has used military force against Moroccan troops on a disputed island.",
    )
    assert {(e.source.country, e.target.country if e.target else None, e.cameo[:2])
            for e in events} == {("ESP", "MAR", "19")}  # fmt: skip


def test_no_one_occupies_their_own_land(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "It was occupied last Thursday by a dozen Moroccan troops.")
    assert not any(e.target is not None and e.target.country == "MAR" for e in events)


def test_a_state_that_protests_complains(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Russia has protested against the removal of the monument.")
    assert [e.cameo for e in events] in ([], ["114"])
    assert not any(e.target is not None and e.target.country == "RUS" for e in events)
    events = coded(pipeline, "Thousands protested in Moscow against the war in Ukraine.")
    assert {e.cameo[:2] for e in events} == {"14"}
    assert "114" not in {e.cameo for e in events}


def test_troops_massed_with_no_one_named_face_the_report_s_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Ukraine says Russia is preparing an attack.\n\n"
        "Moscow has deployed a full range of military capabilities, stationing around 100,000 "
        "troops on its western border.",
    )
    massed = [e for e in events if "Moscow has deployed" in e.sentence]
    assert {(e.source.country, e.target.country if e.target else None, e.cameo)
            for e in massed} == {("RUS", "UKR", "154")}  # fmt: skip


def test_stopping_bus_and_train_services_reduces_relations(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "India stopped all bus and train services to Pakistan on Friday.")
    assert country_dyads(events) == {("IND", "PAK", "160")}


def test_a_court_ruling_that_a_claim_has_no_basis_judges_its_owner(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "The tribunal in The Hague ruled that China's claims have no basis.")
    assert {(e.target.country if e.target else None, e.cameo[:2]) for e in events} == {
        ("CHN", "11")
    }
