"""The command line as users and the checks call it (the real model, real files)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED, run_cli

pytestmark = pytest.mark.model
EXAMPLES = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_jsonl(shared: Path) -> str:
    out = run_cli("code", str(SEED), "--published", "2021-05-01", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_seed_meets_the_first_slice(shared: Path, seed_jsonl: str) -> None:
    score = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            str(shared / "eval" / "seed.gold.jsonl"),
            "-",
            "--json",
        ],
        input=seed_jsonl,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(score.stdout)
    assert result["precision"] >= 0.6
    assert result["recall"] >= 0.6


def test_page_furniture_yields_nothing(seed_jsonl: str) -> None:
    sentences = [str(e["sentence"]) for e in _jsonl(seed_jsonl)]
    assert sentences
    for noise in ("Skip to", "p.dw.com", "fb/aw", "Image:"):
        assert not any(noise in s for s in sentences)


def test_eval_prints_the_reference_figures(shared: Path, seed_jsonl: str) -> None:
    gold = str(shared / "eval" / "seed.gold.jsonl")
    ours = run_cli("eval", gold, "--docs", str(SEED), "--published", "2021-05-01", "--json")
    assert ours.returncode == 0, ours.stderr
    reference = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), gold, "-", "--json"],
        input=seed_jsonl,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(ours.stdout) == json.loads(reference.stdout)
    plain = run_cli("eval", gold, "--docs", str(SEED), "--published", "2021-05-01")
    reference_plain = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), gold, "-"],
        input=seed_jsonl,
        capture_output=True,
        text=True,
        check=True,
    )
    assert plain.stdout == reference_plain.stdout


def test_ingest_twice_stores_the_same_events(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.duckdb")
    first = run_cli("ingest", *EXAMPLES, "--db", db)
    assert first.returncode == 0, first.stderr
    count = len(_jsonl(run_cli("events", "--db", db, "--format", "jsonl").stdout))
    assert count >= 5
    second = run_cli("ingest", *EXAMPLES, "--db", db)
    assert second.returncode == 0, second.stderr
    assert "0 new events stored" in second.stderr
    assert len(_jsonl(run_cli("events", "--db", db, "--format", "jsonl").stdout)) == count
    table = run_cli("events", "--db", db)
    assert table.stdout.splitlines()[0].split()[:4] == ["DATE", "SOURCE", "TARGET", "CAMEO"]
    assert len(table.stdout.splitlines()) == count + 1


def test_bad_inputs_are_named_and_the_good_ones_coded(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text("Russia attacked Ukraine on Monday.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Le président a visité Séoul.".encode("latin-1"))
    out = run_cli(
        "code",
        str(folder),
        str(tmp_path / "missing.txt"),
        "--published",
        "2022-02-28",
        "--format",
        "jsonl",
    )
    assert out.returncode == 3
    assert "Traceback" not in out.stderr
    for name, reason in [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "language: fr"),
        ("missing.txt", "no such file"),
    ]:
        assert any(name in line and reason in line for line in out.stderr.splitlines()), name
    events = _jsonl(out.stdout)
    assert [
        (e["source"]["country"], e["target"]["country"], e["cameo_root"])  # type: ignore[index]
        for e in events
    ] == [("RUS", "UKR", "19")]
    assert "5 inputs: 1 articles coded, 4 skipped" in out.stderr


def test_user_errors_are_one_line(tmp_path: Path) -> None:
    missing = run_cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0
    assert "run 'detente ingest' first" in missing.stderr
    bad_date = run_cli("code", str(SEED), "--published", "May 1")
    assert bad_date.returncode == 2
    assert "Traceback" not in bad_date.stderr
    bad_model = run_cli("--model", "no_such_model", "code", str(SEED))
    assert bad_model.returncode == 1
    assert "no_such_model" in bad_model.stderr and "Traceback" not in bad_model.stderr


def test_eval_takes_the_users_actors_and_each_rows_date(tmp_path: Path) -> None:
    """A validation set of invented countries scores only with its own actor dictionary; a
    row's own date picks the office-holder (TABARI date ranges)."""
    actors = tmp_path / "valid.actors"
    actors.write_text(
        "ARNOR_ [ARN]\nGONDOR_ [GON]\nTHORONGIL_ [GONGOV 950101-991231]\n[GONELI >000101]\n",
        "utf-8",
    )
    rows = [
        {"sentence": "Arnor accused Gondor of war crimes.", "date": "19950101",
         "events": [{"source": "ARN", "target": "GON", "cameo": "112"}]},
        {"sentence": "Thorongil condemned Arnor on Friday.", "date": "19970301",
         "events": [{"source": "GON", "target": "ARN", "cameo": "111"}]},
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    without = json.loads(run_cli("eval", str(gold), "--sentences", "--json", "-q").stdout)
    assert without["recall"] == 0.0
    out = run_cli("eval", str(gold), "--sentences", "--actors", str(actors), "--json", "-q")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["recall"] == 1.0
    args = ["--actors", str(actors), "--format", "jsonl", "-q", "--published", "1997-03-01"]
    coded = _jsonl(run_cli("code", "-", *args, stdin="Thorongil condemned Arnor.").stdout)
    source = coded[0]["source"]
    assert isinstance(source, dict) and source["code"] == "GONGOV"


def test_a_tabari_verb_dictionary_recodes_with_its_own_codes(tmp_path: Path) -> None:
    """A PETRARCH-style verb file as --lexicon: its codes (paired ones give both directions,
    codes outside CAMEO are kept), and with --lexicon-only nothing of the packaged lexicon."""
    verbs = tmp_path / "own.verbs"
    verbs.write_text(
        "<!-- invented for this test -->\n--- TRAVEL [---] ---\nJOURNEY_TO [042:043]\n\n"
        "--- SCOLD [922] ---\nSCOLD\n+REBUKE\n- * (FOR &OFFENCE) [923]\n\n"
        "&OFFENCE\n+SPYING\n+SMUGGLING\n",
        "utf-8",
    )
    actors = tmp_path / "own.actors"
    actors.write_text("ARNOR_ [ARN]\nGONDOR_ [GON]\n", "utf-8")
    args = ["--lexicon", str(verbs), "--actors", str(actors), "--format", "jsonl", "-q",
            "--published", "1995-01-01"]  # fmt: skip
    text = "Arnor journeyed to Gondor on Monday. Gondor rebuked Arnor for spying."
    out = run_cli("code", "-", *args, "--lexicon-only", stdin=text)
    assert out.returncode == 0, out.stderr
    events: list[dict[str, Any]] = _jsonl(out.stdout)
    found = {(e["source"]["code"], e["target"]["code"], e["cameo"]) for e in events}
    assert found == {("ARN", "GON", "042"), ("GON", "ARN", "043"), ("GON", "ARN", "923")}
    # with the packaged lexicon too, "condemned" is still coded (CAMEO 111)
    out = run_cli("code", "-", *args, stdin="Arnor condemned Gondor.")
    assert [e["cameo"] for e in _jsonl(out.stdout)] == ["111"]
    out = run_cli("code", "-", *args, "--lexicon-only", stdin="Arnor condemned Gondor.")
    assert _jsonl(out.stdout) == []
