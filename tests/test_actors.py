"""Issue 3's resolution paths on hand-built sentences with the packaged knowledge base."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.actors.kb import KnowledgeBase, fold, load_kb
from detente.actors.mentions import Memory
from detente.actors.resolve import ActorResolver
from detente.actors.userdict import read_tabari, read_user_actors
from detente.errors import DataError
from tests.conftest import sentence


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _resolve(kb: KnowledgeBase, s, day: date, memory: Memory | None = None):  # type: ignore[no-untyped-def]
    found = ActorResolver(kb).resolve_sentence(s, day, memory or Memory())
    return [(m.text, m.actor.code, m.actor.name, m.how) for m in found]


def _the_us_president() -> object:
    return sentence(
        ["The", "US", "president", "spoke"],
        [2, 2, 3, 3],
        ["det", "compound", "nsubj", "ROOT"],
        ["DET", "PROPN", "NOUN", "VERB"],
        ["the", "us", "president", "speak"],
    )


@pytest.mark.parametrize(
    ("day", "name"),
    [("2016-06-01", "Barack Obama"), ("2019-06-01", "Donald Trump"), ("2023-06-01", "Joe Biden")],
)
def test_the_us_president_by_date(kb: KnowledgeBase, day: str, name: str) -> None:
    found = _resolve(kb, _the_us_president(), date.fromisoformat(day))
    assert found == [("US president", "USAGOV", name, "title+date")]


def test_modifiers_make_the_sector(kb: KnowledgeBase) -> None:
    s = sentence(
        ["Chinese", "coast", "guard", "ships"],
        [2, 2, 3, 3],
        ["amod", "compound", "compound", "ROOT"],
        ["ADJ", "NOUN", "NOUN", "NOUN"],
        ["chinese", "coast", "guard", "ship"],
    )
    codes = [code for _, code, _, _ in _resolve(kb, s, date(2024, 1, 1))]
    assert codes[0].startswith("CHN")
    envoys = sentence(
        ["North", "Korean", "envoys", "left"],
        [1, 2, 3, 3],
        ["amod", "amod", "nsubj", "ROOT"],
        ["PROPN", "ADJ", "NOUN", "VERB"],
        ["north", "korean", "envoy", "leave"],
    )
    assert _resolve(kb, envoys, date(2019, 10, 5))[0][:2] == ("North Korean envoys", "PRKGOV")


def test_surnames_titles_and_pronouns_point_back(kb: KnowledgeBase) -> None:
    day, memory = date(2021, 5, 1), Memory()
    first = sentence(
        ["Joe", "Biden", "spoke"],
        [1, 2, 2],
        ["compound", "nsubj", "ROOT"],
        ["PROPN", "PROPN", "VERB"],
    )
    _resolve(kb, first, day, memory)
    later = sentence(
        ["Biden", "said", "the", "president", "would", "act", "and", "he", "left"],
        [1, 1, 3, 5, 5, 1, 1, 8, 1],
        ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "cc", "nsubj", "conj"],
        ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "CCONJ", "PRON", "VERB"],
        ["biden", "say", "the", "president", "would", "act", "and", "he", "leave"],
    )
    assert _resolve(kb, later, day, memory) == [
        ("Biden", "USAGOV", "Joe Biden", "alias"),
        ("president", "USAGOV", "Joe Biden", "coreference"),
        ("he", "USAGOV", "Joe Biden", "coreference"),
    ]


def test_former_president_is_an_elite_not_the_government(kb: KnowledgeBase) -> None:
    s = sentence(
        ["former", "President", "Donald", "Trump"],
        [3, 3, 3, 3],
        ["amod", "compound", "compound", "ROOT"],
        ["ADJ", "PROPN", "PROPN", "PROPN"],
    )
    assert _resolve(kb, s, date(2021, 5, 1)) == [("Donald Trump", "USAELI", "Donald Trump", "name")]


def test_tabari_actor_file_with_date_ranges(shared: Path) -> None:
    problems: list[str] = []
    path = shared / "dictionaries/petrarch2/Phoenix.Countries.actors.txt"
    entries = read_user_actors(path, problems)
    assert len(entries) > 30000
    assert any("line 2039: bad date range '9008223-911221'" in p for p in problems)
    user_kb = KnowledgeBase(entries, {})
    s = sentence(
        ["Barack", "Obama", "spoke"],
        [1, 2, 2],
        ["compound", "nsubj", "ROOT"],
        ["PROPN", "PROPN", "VERB"],
    )
    codes = {
        day: _resolve(user_kb, s, date.fromisoformat(day))[0][1]
        for day in ("1995-01-01", "2005-01-01", "2012-01-01")
    }
    assert codes == {"1995-01-01": "USAELI", "2005-01-01": "USAELI", "2012-01-01": "USAGOV"}


def test_tabari_blocks_share_their_codes() -> None:
    text = (
        "AMERICAN_VICE_PRESIDENT\n+US_VICE_PRESIDENT\nAMERICAN_VICE-PRESIDENT\n"
        "\t[USAGOV]\nAFGHANISTAN_  [AFG]\n+AFGHAN_ # comment\n"
        "SOMEONE_\n\t[USAELI 780101-000101]\n\t[USAGOV >090120]\n"
    )
    found = {(e.alias, e.code, e.start, e.end) for e in read_tabari(text, "t")}
    assert ("US VICE PRESIDENT", "USAGOV", None, None) in found
    assert ("AMERICAN VICE-PRESIDENT", "USAGOV", None, None) in found
    assert ("AFGHAN", "AFG", None, None) in found
    assert ("SOMEONE", "USAELI", date(1978, 1, 1), date(2000, 1, 1)) in found
    assert ("SOMEONE", "USAGOV", date(2009, 1, 20), None) in found
    with pytest.raises(DataError, match="line 2"):
        list(read_tabari("X_\n\t[USAGOV 09x120-100101]\n", "bad"))


def test_user_entries_override_built_in(tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text(
        "name\taliases\tcode\tstart\tend\nNorth Korea\tDPRK\tPRKGOVXXX\t\t\n", encoding="utf-8"
    )
    kb = load_kb([mine])
    s = sentence(
        ["North", "Korea", "spoke"],
        [1, 2, 2],
        ["compound", "nsubj", "ROOT"],
        ["PROPN", "PROPN", "VERB"],
    )
    assert _resolve(kb, s, date(2020, 1, 1)) == [
        ("North Korea", "PRKGOVXXX", "North Korea", "user dictionary")
    ]
    assert kb.lookup(fold("Pyongyang"))[0].code == "PRKGOV"


def test_names_keep_their_word_boundaries(kb: KnowledgeBase) -> None:
    s = sentence(
        ["Israel", "is", "opposed", "to", "Kim", "Jong", "-", "un"],
        [2, 2, 2, 2, 7, 7, 7, 3],
        ["nsubj", "aux", "ROOT", "prep", "compound", "compound", "punct", "pobj"],
        ["PROPN", "AUX", "ADJ", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN"],
    )
    found = [(text, code) for text, code, _, _ in _resolve(kb, s, date(2020, 1, 1))]
    assert found == [("Israel", "ISR"), ("Kim Jong-un", "PRKGOV")]


def test_tabari_names_are_stems_unless_they_end_in_an_underscore() -> None:
    """TABARI's rule: "DAGOLATH" also names "Dagolathi"; "ARNOR_" names "Arnor" only. Five
    capital letters are a name, not an acronym that must be written in capitals."""
    text = "<!-- DATE RESTRICTIONS\n[DATE records] -->\nDAGOLATH [DAG]\nARNOR_ [ARN]\nUN [IGOUNO]\n"
    kb = KnowledgeBase(read_tabari(text, "t"), {})  # the comment is no code line
    assert [e.code for e in kb.lookup("dagolathi")] == ["DAG"]
    assert [e.code for e in kb.lookup("dagolath")] == ["DAG"]
    assert kb.lookup("arnorian") == []
    assert [e.code for e in kb.lookup("arnor")] == ["ARN"]
    assert not kb.lookup("arnor")[0].acronym
    assert kb.lookup("un")[0].acronym  # "UN" must be written in capitals
    assert kb.lookup("dago") == []  # shorter than the stem
