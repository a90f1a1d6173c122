"""Everyday wire phrasings of aid, missile launches, visits and blame, and names that hold a
country's name without being that country. The real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import coded, country_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb promises what the noun names: a promise of aid, not the aid itself
        (
            "Germany pledged 500 million euros in humanitarian aid to Ukraine.",
            ("DEU", "UKR", "033"),
        ),
        # "provide X with Y": the thing given comes after "with", the recipient is the object
        (
            "The United States provided Taiwan with $1 billion in military assistance.",
            ("USA", "TWN", "072"),
        ),
    ],
)
def test_aid_named_inside_an_amount_or_after_with(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == {expected}


def test_missiles_fired_at_no_one_are_a_show_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "North Korea fired two ballistic missiles into the sea on Sunday.")
    assert country_dyads(events) == {("PRK", None, "150")}
    # fired at someone, it stays an attack
    events = coded(pipeline, "Hamas fired dozens of rockets into Israel on Sunday.")
    assert {(e.source.country, e.cameo[:2]) for e in events} == {("PSE", "19")}


def test_blame_for_an_act_named_by_two_words_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Venezuela's Maduro blamed Colombia for the drone attack.")
    assert ("VEN", "COL", "1123") in country_dyads(events)


def test_a_welcomed_release_goes_to_who_released(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "India welcomed the release of the Indian fishermen by Sri Lanka.")
    assert ("IND", "LKA", "051") in country_dyads(events)
    assert ("IND", "IND", "051") not in country_dyads(events)


def test_a_visitor_received_somewhere_is_the_guest_not_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "The Pope received the Ukrainian prime minister at the Vatican.")
    assert country_dyads(events) == {("VAT", "UKR", "043")}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Russian and Chinese warships held joint naval drills in the Sea of Japan.", "JPN"),
        ("Vietnamese fishing boats were rammed in the South China Sea.", "CHN"),
        ("Pirates seized a Greek tanker in the Gulf of Guinea.", "GIN"),
    ],
)
def test_a_sea_named_after_a_country_is_not_that_country(pipeline, text: str, where: str) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, text)
    named = {e.target.country for e in events if e.target} | {e.source.country for e in events}
    assert where not in named
    assert all(e.location is None or e.location.country != where for e in events)


def test_releasing_water_or_figures_frees_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Japan released treated water from the Fukushima plant into the Pacific.",
        "China released the trade figures on Monday.",
    ):
        assert not [e for e in coded(pipeline, text) if e.cameo.startswith("084")], text


def test_blocking_a_statement_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Hungary blocked the European Union's joint statement on China.")
    assert ("HUN", "IGO", "129") in country_dyads(events)


def test_an_assault_on_a_town_is_fighting(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Ukrainian forces repelled a Russian assault on Avdiivka.")
    assert ("RUS", "UKR", "190") in country_dyads(events)
    assert not [e for e in events if e.cameo == "182"]


def test_neither_nor_negates_both_verbs(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey said it would neither accept nor recognise the Greek Cypriot government."
    events = coded(pipeline, text)
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the embassy's "in X" is its host, and the crowd is of the place it gathers in
        ("Demonstrators hurled stones at the U.S. embassy in Baghdad.", ("IRQ", "USA", "145")),
        ("Mexico recalled its ambassador in Lima.", ("MEX", "PER", "161")),
        ("Sri Lanka opened an embassy in Tehran.", ("LKA", "IRN", "050")),
    ],
)
def test_an_embassy_or_envoy_in_a_city_is_hosted_there(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq insisted that Turkish troops leave its territory.", {("IRQ", "TUR", "100")}),
        ("India insisted that Canada share its evidence.", {("IND", "CAN", "100")}),
        # what someone insists is so is no demand
        ("Iran insisted that its programme was peaceful.", set()),
    ],
)
def test_insisting_that_someone_act_is_a_demand(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == expected


def test_criticism_of_what_was_done_to_someone_is_aimed_at_the_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Australia expressed deep concern over the sentencing of an Australian writer in Beijing."
    )
    assert country_dyads(coded(pipeline, text)) == {("AUS", "CHN", "110")}
    text = "Washington condemned the arrest of two American journalists by Russian police."
    assert ("USA", "RUS", "111") in country_dyads(coded(pipeline, text))


def test_an_aid_worker_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Britain criticised the detention of a British aid worker in Iran.")
    assert not [e for e in events if e.cameo.startswith("07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduced passive the tagger read as a past tense: the tanker was seized, it
        # seized nothing
        (
            "Tehran demanded that Britain release an Iranian oil tanker seized off Gibraltar.",
            {("IRN", "GBR", "100")},
        ),
        # the reason given for a punishment is the punisher's charge, not a second event
        (
            "Kuwait deported hundreds of Egyptian workers for violating residency rules.",
            {("KWT", "EGY", "174")},
        ),
        # seizing power is a coup, no seizure of anyone's property
        (
            "Mali's junta, which seized power, ordered the U.N. mission to leave the country.",
            {("MLI", "IGO", "161")},
        ),
        # protecting one's interests is no peacekeeping
        (
            "China defended Russia's right to protect its legitimate security interests.",
            {("CHN", "RUS", "052")},
        ),
    ],
)
def test_words_that_look_like_acts_but_are_not(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == expected


def test_who_reports_an_act_is_not_its_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "U.N. investigators said Myanmar's military had carried out mass killings of Rohingya."
    assert not [e for e in coded(pipeline, text) if e.target and e.target.country == "IGO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid announced as an amount: the announcer gives it
        (
            "The United States announced $1.2 billion in new military aid for Ukraine.",
            {("USA", "UKR", "072")},
        ),
        # an act that draws a rebuke from someone is rebuked by them
        ("The move drew a sharp rebuke from Beijing.", set()),
        (
            "Japan and the U.S. began naval exercises, drawing a sharp rebuke from Pyongyang.",
            {("PRK", "JPN", "111"), ("PRK", "USA", "111")},
        ),
        # intelligence services and the Revolutionary Guards are their states'
        (
            "The CIA has been sharing intelligence with Kyiv, U.S. officials said.",
            {("USA", "UKR", "064")},
        ),
        ("Iran's Revolutionary Guards seized a British tanker.", {("IRN", "GBR", "1711")}),
        # a denial of one's own act, put as a gerund, needs no target
        ("China denied committing genocide in Xinjiang.", {("CHN", None, "016")}),
        # a call for something in a country is addressed to it
        (
            "The European Union called for free and fair elections in Venezuela.",
            {("IGO", "VEN", "020")},
        ),
        # a demand for the release of people held by someone is made of the holder
        (
            "Kyiv demanded the immediate release of Ukrainian sailors held by Russia.",
            {("UKR", "RUS", "1053")},
        ),
    ],
)
def test_more_everyday_acts(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == expected


def test_a_participle_the_parser_made_the_subject_still_names_who_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Red Cross operating in Iraq said US forces must ensure security."
    assert country_dyads(coded(pipeline, text)) == {("NGO", "USA", "100")}


def test_troops_arriving_somewhere_pay_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.")
    assert not [e for e in events if e.cameo == "042"]
    events = coded(pipeline, "The Chinese foreign minister arrived in Moscow on Monday.")
    assert country_dyads(events) == {("CHN", "RUS", "042")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cut in relations announced in the future of the past is the decision itself
        (
            "Jakarta announced on Monday that its ambassador to Australia would be recalled.",
            {("IDN", "AUS", "161")},
        ),
        # … but a cut one says one would make stays a threat
        ("Russia said it would cut gas supplies to Ukraine.", {("RUS", "UKR", "1311")}),
        # summoning a meeting of one's own council summons no envoy
        ("Pakistan's prime minister summoned a meeting of the National Security Committee.", set()),
        # a guest welcomed at the airport is hosted, not praised
        (
            "Abiy arrived in Asmara, where he was welcomed at the airport by Isaias.",
            {("ETH", "ERI", "042"), ("ERI", "ETH", "043")},
        ),
    ],
)
def test_decisions_summons_and_welcomes(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # closing a border restricts movement (191), as the gold sets' coders all read it
        ("Venezuela shut a major border crossing with Colombia.", {("VEN", "COL", "191")}),
        # military equipment destroyed is fighting, not property destroyed
        ("French forces destroyed two Ivorian warplanes.", {("FRA", "CIV", "190")}),
        # "give up" is yielding, not giving (and agreeing to it an intent to yield)
        ("Syria agreed to give up its chemical weapons to Russia.", {("SYR", "RUS", "035")}),
        # "support" given by several is not between them
        ("The strikes were supported by Australia, Canada and the Netherlands.", set()),
        # a preposition the parser made of a particle
        ("New Zealand was calling in France's ambassador.", {("NZL", "FRA", "110")}),
        # hosting games is no meeting
        ("Honiara will host the Pacific Games with China's help.", set()),
    ],
)
def test_set_seven_lessons(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == expected


def test_an_act_one_did_not_condemn_still_happened(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Slovakia did not condemn the Russian missile strike on Kyiv.")
    assert {(e.source.country, e.cameo[:2], e.negated) for e in events} == {
        ("SVK", "11", True),
        ("RUS", "19", False),
    }
    # … but talks one did not hold did not happen
    events = coded(pipeline, "India did not hold talks with Pakistan.")
    assert [(e.cameo, e.negated) for e in events] == [("046", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States has yet to release $95 million in aid to Egypt.",
            {("USA", "EGY", "070", True)},
        ),
        # restrictions on another state's firms are sanctions
        (
            "New Delhi barred Chinese companies from bidding for contracts.",
            {("IND", "CHN", "163", False)},
        ),
        # what a claim says was done is the claim's content, no event
        (
            "Iran dismissed media claims that Tehran had transferred missiles to Russia.",
            {("IRN", "RUS", "016", False)},
        ),
        # acknowledging something is saying it, not owning up to an act
        ("Officials in Islamabad acknowledged the delay.", set()),
    ],
)
def test_not_yet_bans_and_claims(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, text)
    got = {(e.source.country, e.target.country if e.target else None, e.cameo, e.negated)
           for e in events}  # fmt: skip
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joint drills are military cooperation, even with "joint" parsed onto a compound
        (
            "Turkish and Azerbaijani special forces held joint counter-terrorism drills.",
            {("TUR", "AZE", "062")},
        ),
        # what a request asks for is not done
        (
            "A court in London refused Russia's request to extradite an exiled businessman.",
            {("GBR", "RUS", "120")},
        ),
        # the target of an attack can hang on its doers
        (
            "Pakistan protested over attacks by Taliban fighters on Pakistani posts.",
            {("PAK", "AFG", "114"), ("AFG", "PAK", "190")},
        ),
    ],
)
def test_joint_drills_requests_and_attacks_by(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert country_dyads(coded(pipeline, text)) == expected


def test_we_in_a_quotation_is_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'The Japanese prime minister said: "We strongly protest against China\'s actions."'
    assert country_dyads(coded(pipeline, text)) == {("JPN", "CHN", "114")}


def test_a_clause_set_against_a_negated_one_is_not_negated(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Saudi Arabia has not endorsed the U.S. plan, even as Egypt publicly welcomed it."
    negated = {e.source.country: e.negated for e in coded(pipeline, text)}
    assert negated.get("SAU") is True
    assert negated.get("EGY") is not True


def test_two_who_welcome_a_plan_do_not_welcome_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Egypt and Jordan welcomed the American plan.")
    assert country_dyads(events) == {("EGY", "USA", "051"), ("JOR", "USA", "051")}


def test_the_subject_of_a_warning_is_not_the_one_warned(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "Turkey" the object of "warned"; it is who would impose sanctions
    text = "Foreign Minister Mevlut Cavusoglu warned Turkey would impose heavy sanctions."
    events = coded(pipeline, text)
    assert events
    assert all(e.sentence[slice(*e.target_span)] != "Turkey" for e in events if e.target_span)


def test_verbal_attacks_are_criticism(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coded(pipeline, "Maduro stepped up his verbal attacks on Colombia's president.")
    assert {e.cameo for e in events} == {"111"}


def test_a_sentence_the_parser_rooted_on_a_count_still_has_its_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Hundreds" parsed as the root and "protested" as a participle on it
    text = "Hundreds of people protested outside the Israeli embassy in Amman."
    assert country_dyads(coded(pipeline, text)) == {("JOR", "ISR", "140")}


def test_asking_an_expelled_envoy_to_leave_is_the_same_expulsion(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Malaysia has expelled the North Korean ambassador, asking him to leave within 48 hours."
    assert country_dyads(coded(pipeline, text)) == {("MYS", "PRK", "161")}


def test_we_in_a_quotation_is_a_speaker_known_by_apposition(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a speaker's name we do not know, said by the apposition beside it
    text = (
        "Thousands have protested in the Congolese city of Goma.\n"
        '"We denounce the hypocrisy of the world in the face of Rwanda\'s aggression," Mambo '
        "Kawaya, a civil society representative attending the demonstration, told AFP news agency."
    )
    assert ("COD", "RWA", "111") in country_dyads(coded(pipeline, text))
