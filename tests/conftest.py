"""Shared fixtures. The only conftest: hand-built parses, the real pipeline, ../shared."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.records import Actor, Article, Event, Paragraph, Sentence, Token, Trigger

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_b071daaa21252f3f.txt"
SEED_DATE = date(2021, 5, 1)


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout: required in CI, skipped only on a bare machine."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs ../shared beside the checkout ({SHARED} is missing)")
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The real pipeline with the real English spaCy model (loaded once per session)."""
    from detente import Pipeline

    return Pipeline()


def sentence(
    words: Sequence[str],
    heads: Sequence[int],
    deps: Sequence[str],
    pos: Sequence[str],
    lemmas: Sequence[str] | None = None,
    ents: Sequence[str] | None = None,
    index: int = 0,
) -> Sentence:
    """A hand-built parse: heads are absolute token indices (the root points at itself)."""
    tokens, text, start = [], "", 0
    for i, word in enumerate(words):
        if i and word not in {",", ".", "'s", "?", "n't", "-"} and words[i - 1] != "-":
            text += " "
        start = len(text)
        text += word
        tokens.append(
            Token(
                i=i,
                text=word,
                lemma=(lemmas[i] if lemmas else word).lower(),
                pos=pos[i],
                tag="",
                dep=deps[i],
                head=heads[i],
                start=start,
                ent_type=ents[i] if ents else "",
            )
        )
    return Sentence(doc_id="test", index=index, text=text, role="body", tokens=tuple(tokens))


def make_event(**fields: Any) -> Event:
    """An event with plausible defaults (Russia attacked Ukraine); tests name what matters."""
    base = Event(
        event_id="e0", doc_id="d0", sentence="Russia attacked Ukraine.", sentence_index=0,
        source=Actor("RUS", "RUS", "", "Russia"), source_span=(0, 6),
        target=Actor("UKR", "UKR", "", "Ukraine"), target_span=(16, 23), cameo="190",
        cameo_label="Use conventional military force", goldstein=-10.0, quad_class=4,
        plover_type="ASSAULT", plover_mode=None, plover_context=None,
        trigger=Trigger("attacked", 7, 15), rule="test", confidence=0.9,
    )  # fmt: skip
    return dataclasses.replace(base, **fields)


def article(text: str, published: date | None = SEED_DATE) -> Article:
    return Article(
        doc_id="test", source="test", title="", published=published, paragraphs=(Paragraph(text),)
    )


def coded(pipeline: Any, text: str, published: date = date(2024, 1, 10)) -> list[Event]:
    """The events the real pipeline codes in an invented one-paragraph article."""
    return list(pipeline.code_article(article(text, published)).events)


def country_dyads(events: Sequence[Event]) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO code) of each event."""
    return {(e.source.country, e.target.country if e.target else None, e.cameo) for e in events}


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``detente`` command as a user would."""
    exe = Path(sys.executable).with_name("detente")
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
