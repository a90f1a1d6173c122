"""Acts carried by a document ("issued a statement condemning …") and names that run over
an apostrophe. The real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import coded, country_dyads

pytestmark = pytest.mark.model


def test_a_statement_condemning_is_the_issuers_condemnation(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Brazil issued a statement condemning Venezuela's annexation plan.")
    assert country_dyads(events) == {("BRA", "VEN", "111")}


def test_a_released_statement_is_no_release_of_prisoners(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Poland released a statement accusing Belarus of smuggling migrants.")
    assert {e.cameo[:2] for e in events} == {"11"}
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {
        ("POL", "BLR")
    }


def test_a_letter_by_its_sender_urging_is_the_senders_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "A letter from Chile urging Peru to reopen the border was published.")
    assert country_dyads(events) == {("CHL", "PER", "020")}


def test_a_name_runs_over_a_plural_apostrophe(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "The Kurdistan Workers' Party accused Turkey of shelling its camps.")
    assert {e.source.code for e in events} == {"TURREBPKK"}


def test_a_claim_or_denial_of_responsibility_needs_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Boko Haram claimed responsibility for the bombing in Maiduguri.")
    assert [(e.source.country, e.target, e.cameo) for e in events] == [("NGA", None, "015")]
    events = coded(pipeline, "The Taliban denied they were behind the attack on the convoy.")
    assert [(e.target, e.cameo) for e in events] == [(None, "016")]
    # refusing a permit is no denial of responsibility
    assert coded(pipeline, "The Kabul municipality denied land allocation for the mosque.") == []


def test_saying_an_act_is_illegal_condemns_its_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Egypt said Ethiopia's filling of the dam was illegal.")
    assert country_dyads(events) == {("EGY", "ETH", "111")}
    events = coded(pipeline, "Iran said there is no justification for the Israeli strikes.")
    assert country_dyads(events) == {("IRN", "ISR", "111")}
    # judged harmless: no condemnation
    assert coded(pipeline, "Egypt said Ethiopia's filling of the dam was legal.") == []


def test_citing_hostile_statements_condemns_who_made_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline, "Algeria recalled its envoy, citing Morocco's hostile and outrageous remarks."
    )
    assert ("DZA", "MAR", "111") in country_dyads(events)


def test_criticism_an_act_draws_comes_from_the_critics(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Serbia's arrest of the activist was met with criticism in Croatia.")
    assert country_dyads(events) == {("HRV", "SRB", "111")}
    events = coded(pipeline, "Hungary's veto drew sharp condemnation from Poland and Lithuania.")
    assert country_dyads(events) == {("POL", "HUN", "111"), ("LTU", "HUN", "111")}


def test_criticism_of_an_unnamed_doer_goes_to_the_other_state_of_the_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Armenia said Azerbaijan closed the Lachin corridor on Monday.\n\n"
        '"This is not acceptable," the Armenian foreign minister told reporters.'
    )
    events = coded(pipeline, text)
    assert ("ARM", "AZE", "111") in country_dyads(events)


def test_an_accusation_that_blames_is_its_owners(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Delhi rejected the Pakistani accusations that blamed Indian troops for the shelling."
    found = country_dyads(coded(pipeline, text))
    assert ("PAK", "IND") in {(s, t) for s, t, c in found if c[:3] == "112"}


def test_a_headlines_comma_list_of_names_are_all_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Japan, S. Korea condemn N. Korean missile launch")
    assert {("JPN", "PRK", "111"), ("KOR", "PRK", "111")} <= country_dyads(events)


def test_calling_an_attack_an_act_of_war_by_a_state_condemns_that_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Armenia described the shelling as an act of war by Azerbaijan.")
    assert ("ARM", "AZE") in {(s, t) for s, t, c in country_dyads(events) if c.startswith("11")}


def test_one_sentence_telling_one_act_twice_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The move drew strong criticism from Russia, which called it a destructive step by "
        "the United States."
    )
    events = coded(pipeline, text)
    criticism = [e for e in events if e.cameo.startswith("11")]
    assert len(criticism) == 1 and criticism[0].source.country == "RUS"


def test_not_accepting_responsibility_is_a_denial(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Lebanon's government did not accept responsibility for the raid.")
    assert [(e.cameo, e.negated) for e in events] == [("016", False)]


def test_a_passive_with_no_by_takes_its_doer_from_the_raid_or_the_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    killed = "Three Syrian soldiers were killed in a Turkish air raid near Afrin."
    assert ("TUR", "SYR") in {(s, t) for s, t, c in country_dyads(coded(pipeline, killed))}
    summoned = "The Israeli ambassador was summoned to the Turkish foreign ministry on Monday."
    assert ("TUR", "ISR") in {(s, t) for s, t, c in country_dyads(coded(pipeline, summoned))}


def test_condemning_the_downing_of_ones_own_jet_is_not_aimed_at_oneself(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Turkey shot down a Russian jet near the Syrian border.\n\n"
        "Putin condemned the downing of the Russian jet on Tuesday."
    )
    condemned = [e for e in coded(pipeline, text) if e.cameo.startswith("11")]
    assert condemned and all(e.target and e.target.country == "TUR" for e in condemned)


def test_an_envoy_recalled_from_a_posting_targets_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, "Somalia recalled its ambassador to Ethiopia.")) == {
        ("SOM", "ETH", "161")
    }


def test_what_a_leader_writes_judges_as_what_one_says(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Georgia\'s president wrote on Facebook: "Russia is our enemy and occupier."'
    assert ("GEO", "RUS", "111") in country_dyads(coded(pipeline, text))


def test_expulsions_by_two_states_are_aimed_at_the_sentences_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia expelled 20 Czech diplomats in retaliation for diplomatic expulsions by "
        "Prague and Washington."
    )
    found = {(s, t) for s, t, c in country_dyads(coded(pipeline, text)) if c == "161"}
    assert found == {("RUS", "CZE"), ("CZE", "RUS"), ("USA", "RUS")}


def test_a_protest_is_against_the_anti_named_or_the_doer_of_what_it_opposes(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Thousands of Chinese students joined anti-Japan protests in Beijing.")
    assert ("CHN", "JPN") in {(s, t) for s, t, c in country_dyads(events) if c.startswith("14")}
    text = "Georgian protesters held demonstrations against a visit by a Russian lawmaker."
    found = {(s, t) for s, t, c in country_dyads(coded(pipeline, text)) if c.startswith("14")}
    assert found == {("GEO", "RUS")}


def test_a_government_said_to_be_concerned_at_an_act_disapproves_of_its_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline, "Canada said it was gravely concerned over a new wave of Saudi arrests of women."
    )
    assert ("CAN", "SAU", "110") in country_dyads(events)
    events = coded(
        pipeline,
        "British Foreign Secretary Margaret Beckett said she was extremely disturbed by Iran's "
        "seizure of the sailors.",
    )
    assert ("GBR", "IRN", "110") in country_dyads(events)


def test_the_parties_concerned_feel_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "The parties concerned were told by Egypt to leave Sudan.")
    assert not any(e.cameo == "110" for e in events)


def test_a_quotation_s_judgment_comes_from_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Mexico's foreign ministry condemned the raid on its embassy in Quito by Ecuador. "
        '"This is not possible," Foreign Minister Alicia Barcena said. '
        '"What Ecuador did is a crime."',
    )
    quoted = [e for e in events if "What Ecuador did" in e.sentence]
    assert len(quoted) == 1
    assert country_dyads(quoted) == {("MEX", "ECU", "111")}


def test_an_unattributed_quotation_with_no_speaker_before_codes_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, 'Protesters gathered in Ankara. "What Israel did is a crime."')
    assert not any(e.cameo == "111" for e in events)


def test_according_to_names_whose_judgment_it_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Russia expelled 60 US diplomats on Monday. According to the U.S. side, the expulsion "
        "of their diplomats has no legal basis.",
    )
    judged = [e for e in events if e.sentence.startswith("According")]
    assert len(judged) == 1
    assert country_dyads(judged) == {("USA", "RUS", "111")}


def test_a_judgment_told_to_reporters_is_aimed_at_the_act_s_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        '"It is an act of war by the state of Lebanon," Olmert told reporters.',
    )
    assert country_dyads(events) == {("ISR", "LBN", "111")}


def test_calling_someone_names_condemns_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Bolivia's defence minister said the diversion of the plane was a plot by the US "
        "government.",
    )
    assert ("BOL", "USA", "111") in country_dyads(events)


def test_praise_of_what_others_did_goes_to_its_doers(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        'Obama said: "I applaud the important decisions taken by the Arab League today, '
        'including the suspension of Syria."',
    )
    assert {(e.source.country, e.target.code if e.target else None, e.cameo)
            for e in events if e.cameo == "051"} == {("USA", "IGOMEAARL", "051")}  # fmt: skip


def test_critics_listed_after_including_each_condemn_where_it_happened(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        "Mali's junta seized the radio station on Monday.\n\n"
        "The military coup in Niger has been widely condemned by neighbours and international "
        "partners including the United States and France.",
    )
    condemned = {(e.source.country, e.target.country if e.target else None)
                 for e in events if e.cameo == "111"}  # fmt: skip
    assert condemned == {("USA", "NER"), ("FRA", "NER")}


def test_what_an_act_represents_and_who_is_culpable_are_judgments(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(
        pipeline,
        '"This represents an unlawful use of force by the Russian state against the United '
        'Kingdom," Prime Minister Theresa May said.',
    )
    assert country_dyads(events) == {("GBR", "RUS", "111")}
    events = coded(
        pipeline,
        "Theresa May said the Russian state was culpable for the attempted murder of Sergei "
        "Skripal.",
    )
    assert country_dyads(events) == {("GBR", "RUS", "111")}
