"""Every packaged data file loads, validates, and says what the coder relies on."""

from __future__ import annotations

import calendar
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from detente.actors.kb import KnowledgeBase, fold, load_kb
from detente.events.lexicon import load_lexicon
from detente.ontology import load_codebook
from tests.conftest import ROOT

SECTORS = {
    "GOV",
    "MIL",
    "REB",
    "REL",
    "OPP",
    "CRM",
    "BUS",
    "JUD",
    "COP",
    "CVL",
    "MED",
    "LEG",
    "HLH",
    "EDU",
    "UAF",
    "AGR",
    "SPY",
    "LAB",
    "REF",
    "PTY",
    "NGO",
    "HRI",
    "ENV",
    "ELI",
    "RAD",
    "IGO",
    "PPL",
    "IMG",
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_codebook_is_complete() -> None:
    book = load_codebook()
    assert len(book) == 316
    assert {book[c].root for c in book.codes()} == {f"{n:02d}" for n in range(1, 21)}
    for code in book.codes():
        entry = book[code]
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class in (1, 2, 3, 4)
    assert (book["164"].plover_type, book["163"].plover_type) == ("SANCTION", "COERCE")
    assert book["020"].plover_type == "REQUEST"
    assert book["1951"].goldstein == book["195"].goldstein  # unscored codes take the parent's


def test_lexicon_codes_exist_and_cover_every_root() -> None:
    lexicon, book = load_lexicon(), load_codebook()
    patterns = [p for found in lexicon.verbs.values() for p in found]
    assert len(patterns) >= 1000
    assert all(p.code in book for p in patterns)
    assert {p.code[:2] for p in patterns} == {f"{n:02d}" for n in range(1, 21)}
    assert not {"say", "tell", "be", "have", "will", "would"} & set(lexicon.verbs)
    nouns = [n for found in lexicon.nouns.values() for n in found]
    assert all(n.code in book for n in nouns)


def test_a_user_lexicon_comes_first(tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text(
        "code\tlemma\tparticle\tprep\tobjects\texample\n042\turge\t\t\t\tour own reading of urge\n",
        encoding="utf-8",
    )
    assert load_lexicon([mine]).verb_patterns("urge")[0].code == "042"


def test_places_and_seats_resolve(kb: KnowledgeBase) -> None:
    def codes(name: str) -> set[str]:
        return {e.code for e in kb.lookup(fold(name))}

    assert "PRK" in codes("North Korea")
    assert "PRK" in codes("North Korean")
    assert "PRKGOV" in codes("Pyongyang")
    assert "RUSGOV" in codes("Kremlin")
    assert "USAGOV" in codes("White House")
    assert "IGOUNO" in codes("United Nations")
    assert any(c.startswith("PSE") for c in codes("Hamas"))


def test_people_are_coded_by_their_office_on_the_day(kb: KnowledgeBase) -> None:
    biden = [e for e in kb.lookup(fold("Joe Biden")) if e.kind == "person"]
    assert kb.person_at(biden, date(2022, 6, 1)) is not None
    assert kb.person_at(biden, date(2015, 6, 1)) is not None  # vice president
    assert kb.person_at(biden, date(2019, 6, 1)) is None  # out of office
    moon = [e for e in kb.lookup(fold("Moon Jae-in")) if e.kind == "person"]
    held = kb.person_at(moon, date(2021, 5, 1))
    assert held is not None and held.code == "KORGOV"


def test_no_person_alias_is_a_day_or_a_month(kb: KnowledgeBase) -> None:
    words = {fold(w) for w in [*calendar.day_name, *calendar.month_name] if w}
    people = {fold(e.alias) for key in words for e in kb.lookup(key) if e.kind == "person"}
    assert people == set()


def test_role_nouns_map_to_known_sectors(kb: KnowledgeBase) -> None:
    assert set(kb.agents.values()) <= SECTORS
    for noun, sector in [
        ("president", "GOV"),
        ("envoy", "GOV"),
        ("troops", "MIL"),
        ("rebel", "REB"),
        ("police", "COP"),
        ("protester", "CVL"),
    ]:
        assert kb.agents.get(noun) == sector or kb.agents.get(noun.rstrip("s")) == sector, noun


@pytest.mark.parametrize("script", ["check_actor_data.py", "check_people.py", "check_lexicon.py"])
def test_data_check_scripts_pass(shared: Path, script: str) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
