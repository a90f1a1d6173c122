"""TABARI / PETRARCH verb dictionaries read as verb patterns, on small invented files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detente.errors import DataError
from detente.events.lexicon import VerbPattern
from detente.events.tabari import read_tabari_verbs

Row = tuple[str, str, str, str, tuple[str, ...], str]


def _rows(text: str) -> set[Row]:
    """(code, lemma, particle, prep, sorted objects, reverse) of every pattern read."""
    return {
        (p.code, p.lemma, p.particle, p.prep, tuple(sorted(p.objects)), p.reverse)
        for p in read_tabari_verbs(text, "test.verbs")
    }


def _bare(code: str, lemma: str, particle: str = "", prep: str = "") -> Row:
    return (code, lemma, particle, prep, (), "")


def test_block_default_codes_own_codes_and_synonyms() -> None:
    rows = _rows(
        "--- PRAISE [051] ---\n"
        "PRAISE\n"
        "+LAUD\n"
        "+HAIL [052]\n"
        "EXTOL[0512]\n"
        "--- SULK [---] ---\n"
        "SULK\n"
        "POUT [12a]\n"
    )
    assert rows == {
        _bare("051", "praise"),
        _bare("051", "laud"),
        _bare("052", "hail"),
        _bare("0512", "extol"),
        _bare("12A", "pout"),  # leading zeros kept, a trailing letter upper-cased
    }


def test_second_words_are_particles_or_prepositions() -> None:
    skipped: list[str] = []
    text = (
        "--- GROUSE [111] ---\n"
        "+PIPE_DOWN\n"
        "+LOOK_INTO\n"
        "+LEAN ON\n"
        "+SPEAK_UP_FOR_ONESELF\n"
        "+TAKE_HEART\n"
        "RE_+VISIT\n"
    )
    patterns = read_tabari_verbs(text, "test.verbs", skipped)
    assert {(p.lemma, p.particle, p.prep) for p in patterns} == {
        ("pipe", "down", ""),
        ("look", "", "into"),
        ("lean", "on", ""),  # a particle before a preposition
        ("speak", "up", ""),  # the rest of a longer verb is ignored
    }
    assert [s.split(":")[1] for s in skipped] == ["6", "7"]  # TAKE_HEART, RE_+VISIT


def test_irregular_forms_in_braces_give_the_same_patterns() -> None:
    rows = _rows(
        "--- CHANT [093] ---\n"
        "SING {SANG SUNG} \n"
        "+BELT_OUT {+BELTED_OUT , +BELTING_OUT} [094]\n"
        "- * ANTHEMS [095]\n"
    )
    assert rows == {
        _bare("093", "sing"),
        _bare("093", "sang"),
        _bare("093", "sung"),
        _bare("094", "belt", "out"),
        _bare("094", "belted", "out"),
        _bare("094", "belting", "out"),
        ("095", "sing", "", "", ("anthem",), ""),
        ("095", "sang", "", "", ("anthem",), ""),
        ("095", "sung", "", "", ("anthem",), ""),
        ("095", "belt", "out", "", ("anthem",), ""),
        ("095", "belted", "out", "", ("anthem",), ""),
        ("095", "belting", "out", "", ("anthem",), ""),
    }


@pytest.mark.parametrize(
    ("pattern", "particle", "prep", "objects"),
    [
        ("- * PARADES [070]", "", "", ("parade",)),
        ("- * ALLIES [070]", "", "", ("ally",)),
        ("- * TIES [070]", "", "", ("tie",)),
        ("- * TAXES [070]", "", "", ("tax",)),
        ("- * SPEECHES [070]", "", "", ("speech",)),
        ("- * POLICE [070]", "", "", ("police",)),
        ("- * CENSUS [070]", "", "", ("census",)),
        ("- * {VICTORY PARADES} [070]", "", "", ("parade",)),
        ("- * THE_GRAND_PARADE [070]", "", "", ("parade",)),
        ("- * (AGAINST $) [070]", "", "against", ()),
        ("- * BACK [070]", "back", "", ()),
        ("- * UP (FOR +) [070]", "up", "for", ()),
        ("- * OVER (TO +) [070]", "over", "to", ()),
        ("- * ON ALERT [070]", "", "on", ("alert",)),
        ("- * FLAGS (OF TRUCE) [070]", "", "of", ("truce",)),
        ("- * (IN FAVOR/FAVOUR) [070]", "", "in", ("favor", "favour")),
    ],
)
def test_object_patterns(pattern: str, particle: str, prep: str, objects: tuple[str, ...]) -> None:
    rows = _rows(f"--- WAVE [---] ---\nWAVE\n{pattern}\n")
    assert rows == {("070", "wave", particle, prep, objects, "")}


def test_alternative_prepositions_give_one_pattern_each() -> None:
    rows = _rows("--- RALLY [---] ---\nRALLY\n- * (TO/FOR MARCH) [141]\n")
    assert rows == {
        ("141", "rally", "", "to", ("march",), ""),
        ("141", "rally", "", "for", ("march",), ""),
    }


def test_patterns_belong_to_every_verb_of_their_block_only() -> None:
    rows = _rows(
        "--- SNUB [---] ---\n"
        "SNUB\n"
        "- * ENVOYS [125]\n"
        "+COLD_SHOULDER\n"  # neither particle nor preposition: left out
        "+BRUSH_OFF\n"  # after the pattern, still in the block
        "+CALL_OFF\n"
        "- * ASIDE [126]\n"  # BRUSH_OFF and CALL_OFF have another particle
        "- * OFF (WITH $) [127]\n"
        "--- GREET [042] ---\n"
        "GREET\n"
    )
    assert rows == {
        ("125", "snub", "", "", ("envoy",), ""),
        ("125", "brush", "off", "", ("envoy",), ""),
        ("125", "call", "off", "", ("envoy",), ""),
        ("126", "snub", "aside", "", (), ""),
        ("127", "snub", "off", "with", (), ""),
        ("127", "brush", "off", "with", (), ""),  # both say "off"
        ("127", "call", "off", "with", (), ""),
        _bare("042", "greet"),
    }


def test_synsets_nested_and_defined_after_use() -> None:
    text = (
        "&FRUIT_\n"
        "+APPLES\n"
        "+&BERRY\n"
        "\n"
        "--- TRADE [061] ---\n"
        "BARTER\n"
        "- * &FRUIT [062]\n"
        "- * &TINTS PEARS [063]\n"
        "- * {&TINTS_BERRIES} [064]\n"
        "&BERRY\n"
        "+BLUE_BERRIES\n"
        "+CRANBERRY_\n"
        "+&FRUIT\n"  # a cycle is read once
        "&TINTS\n"
        "# a comment line inside a synset\n"
        "+RED\n"
        "+GOLDEN YELLOW\n"
        "SWAP\n"  # not a + line: the synset has ended, this is a verb
    )
    rows = _rows(text)
    assert ("062", "barter", "", "", ("apple", "berry", "cranberry"), "") in rows
    assert ("063", "barter", "", "", ("pear",), "") in rows
    assert ("064", "swap", "", "", ("berry",), "") in rows
    assert _bare("061", "swap") in rows
    assert len(rows) == 8


def test_paired_codes_give_the_reverse_code() -> None:
    rows = _rows(
        "--- VISIT [042:043] ---\n"
        "VISIT\n"
        "+CALL_ON [040:044]\n"
        "- * (FOR TALKS) [046:046]\n"
        "- * EMBASSY [045:]\n"
        "- * PALACE [:047]\n"  # no code for the subject's side: no event
    )
    assert rows == {
        ("042", "visit", "", "", (), "043"),
        ("040", "call", "on", "", (), "044"),
        ("046", "visit", "", "for", ("talk",), "046"),
        ("046", "call", "on", "for", ("talk",), "046"),
        ("045", "visit", "", "", ("embassy",), ""),
        ("045", "call", "on", "", ("embassy",), ""),
    }


def test_codes_that_mean_no_event() -> None:
    rows = _rows(
        "--- MUMBLE [---] ---\n"
        "MUMBLE\n"
        "MUTTER [+++]\n"
        "MURMUR [###]\n"
        "WHISPER [xxy]\n"
        "HUM []\n"
        "- * APOLOGY [---]\n"
        "- * SECRETS [017]\n"
    )
    lemmas = {"mumble", "mutter", "murmur", "whisper", "hum"}
    assert rows == {("017", lemma, "", "", ("secret",), "") for lemma in lemmas}


def test_patterns_with_words_before_the_verb_are_skipped() -> None:
    skipped: list[str] = []
    text = (
        "--- BARGAIN [031] ---\n"
        "HAGGLE\n"
        "- NOT * PRICES [112]\n"
        "- REPORTEDLY_+ * DEAL [111]\n"
        "- + * BRIBE [105]\n"
        "- % * TERMS [033]\n"
        "- $ * WAGES [034]\n"
        "- * [035]\n"
        "- * (OVER &NOSUCHSYNSET) [036]\n"
    )
    patterns = read_tabari_verbs(text, "test.verbs", skipped)
    assert {(p.code, p.objects) for p in patterns} == {
        ("031", frozenset()),
        ("034", frozenset({"wage"})),
    }
    assert [s.split(":", 2)[1] for s in skipped] == ["3", "4", "5", "6", "8", "9"]
    assert all(s.startswith("test.verbs:") for s in skipped)


def test_comments_keep_line_numbers() -> None:
    text = (
        "<!-- a comment\n"
        "--- NOT A BLOCK [999] ---\n"
        "-->\n"
        "# --- NOR THIS [998] ---\n"
        "--- MOCK [---] ---  # the default code is --- \n"
        "JEER # JEER [123]\n"
        "TAUNT <!-- [124] --> [125]\n"
        "; an older TABARI comment\n"
        "- * RIVALS [126] # [127]\n"
    )
    patterns = read_tabari_verbs(text, "mock.txt")
    assert [(p.code, p.lemma, p.source) for p in patterns] == [
        ("125", "taunt", "mock.txt:7"),
        ("126", "jeer", "mock.txt:9"),
        ("126", "taunt", "mock.txt:9"),
    ]
    assert {p.rank for p in patterns} == {0}


def test_duplicates_keep_the_first() -> None:
    patterns = read_tabari_verbs(
        "--- SIGH [---] ---\nSIGH\n- * RELIEF [015]\n- * RELIEF [015]\n- * RELIEF [016]\n",
        "sigh.txt",
    )
    assert [(p.code, p.source) for p in patterns] == [("015", "sigh.txt:3"), ("016", "sigh.txt:5")]


def test_a_file_with_no_verb_entries_is_an_error() -> None:
    with pytest.raises(DataError, match=r"empty\.txt: no TABARI verb entries found"):
        read_tabari_verbs("# only a comment\n&SET\n+MEMBER\n<!-- more\n-->\n", "empty.txt")


CAMEO = Path("dictionaries/petrarch2/CAMEO.2.0.txt")


def test_petrarch2_cameo_dictionary(shared: Path) -> None:
    path = shared / CAMEO
    if not path.exists():
        pytest.skip(f"{path} is missing")
    patterns = read_tabari_verbs(path.read_text("utf-8", errors="replace"), "CAMEO.2.0.txt")
    assert len(patterns) > 3000
    assert all(re.fullmatch(r"\d{2,4}[A-Z]?", p.code) for p in patterns)
    assert all(not p.reverse or re.fullmatch(r"\d{2,4}[A-Z]?", p.reverse) for p in patterns)
    bare = {(p.code, p.lemma) for p in patterns if p.specificity == 0}
    assert {("020", "appeal"), ("172", "ban"), ("112", "accuse")} <= bare
    assert VerbPattern("160", "call", "off", source="x") in {
        VerbPattern(p.code, p.lemma, p.particle, p.prep, source="x") for p in patterns
    }
