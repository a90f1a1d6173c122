"""The pre-filter: which sentences need the dependency parse (issue 8)."""

from __future__ import annotations

import glob
from datetime import date
from pathlib import Path

import pytest

from detente.actors.kb import Entry, KnowledgeBase
from detente.events.lexicon import Lexicon, NounPattern, VerbPattern
from detente.prefilter import Prefilter, lemma_candidates
from detente.records import Article, Paragraph, Result
from tests.conftest import ROOT, SEED, SEED_DATE


def _prefilter() -> Prefilter:
    kb = KnowledgeBase(
        [
            Entry("Russia", "country", "RUS", "RUS", "", "Russia"),
            Entry("Ukraine", "country", "UKR", "UKR", "", "Ukraine"),
            Entry("Joe Biden", "person", "USAGOV", "USA", "GOV", "Joe Biden"),
        ],
        {"envoy": "GOV"},
    )
    lexicon = Lexicon([VerbPattern("111", "accuse"), VerbPattern("190", "shell")],
                      [NounPattern("040", "talks")])  # fmt: skip
    return Prefilter.build(kb, lexicon, {"met": ["meet"]})


def test_inflections_reach_their_lemmas() -> None:
    assert "accuse" in lemma_candidates("accused", {})
    assert "shell" in lemma_candidates("shelled", {})
    assert "stop" in lemma_candidates("stopped", {})
    assert "meet" in lemma_candidates("met", {"met": ["meet"]})
    assert "envoy" in lemma_candidates("Envoys", {})


def test_an_actor_pair_and_a_trigger_need_the_parse() -> None:
    sentences = [
        ["Russia", "accused", "Ukraine", "of", "shelling", "."],  # two actors, a trigger
        ["Markets", "were", "calm", "on", "Monday", "."],  # nothing
        ["Russia", "has", "many", "rivers", "."],  # one actor, no trigger
        ["Envoys", "accused", "Ukraine", "."],  # a role noun counts as an actor
    ]
    assert _prefilter().select(sentences) == {0, 3}


def test_a_pronoun_keeps_the_sentence_before() -> None:
    sentences = [["Joe", "Biden", "arrived", "."], ["He", "accused", "Russia", "."]]
    assert _prefilter().select(sentences) == {0, 1}


def test_a_surname_named_before_is_an_actor() -> None:
    sentences = [["Joe", "Biden", "arrived", "."], ["Biden", "accused", "Russia", "."]]
    assert 1 in _prefilter().select(sentences)


def _events(pipeline, articles: list[Article]) -> list[object]:  # type: ignore[no-untyped-def]
    return [e for r in pipeline.code_all(articles) if isinstance(r, Result) for e in r.events]


@pytest.mark.model
def test_the_filter_changes_no_event_on_the_examples_and_the_seed(shared: Path) -> None:
    from detente import Pipeline, Settings
    from detente.ingest.detect import read_file

    articles = [read_file(Path(p)) for p in sorted(glob.glob(str(ROOT / "examples" / "*.txt")))]
    articles.append(read_file(SEED, published=SEED_DATE))
    assert all(isinstance(a, Article) for a in articles)
    on, off = Pipeline(Settings(prefilter=True)), Pipeline(Settings(prefilter=False))
    coded_on = _events(on, articles)  # type: ignore[arg-type]
    assert coded_on == _events(off, articles)  # type: ignore[arg-type]
    assert coded_on, "the examples and the seed hold events"
    assert 0 < on.parser.counts.share < 1 == off.parser.counts.share


@pytest.mark.model
def test_unparsed_sentences_keep_their_index_and_text(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Markets were calm. Russia accused Ukraine of shelling Kharkiv on Monday."
    article = Article("d", "s", "", (Paragraph(text),), published=date(2022, 5, 4))
    document = pipeline.parser(article)
    assert [s.text for s in document.sentences] == [
        "Markets were calm.",
        "Russia accused Ukraine of shelling Kharkiv on Monday.",
    ]
    assert [s.index for s in document.sentences] == [0, 1]
    assert document.sentences[0].tokens[0].dep == ""  # left unparsed
    assert document.sentences[1].tokens[1].pos == "VERB"
    events = pipeline.code_article(article).events
    assert [(e.sentence_index, e.cameo[:2]) for e in events][:1] == [(1, "11")]
