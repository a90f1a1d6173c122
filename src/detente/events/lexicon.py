"""The trigger lexicon: verb and noun patterns → CAMEO codes, as reviewable TSV data.

``verbs.tsv``: ``code lemma particle prep objects example``; ``nouns.tsv``: ``code lemma preps
example``. Users add their own files in the same format, or a TABARI / PETRARCH verb
dictionary (``--lexicon FILE``); their rows come first, so they can override a packaged pattern.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from detente.errors import DataError


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A verb, optionally with a particle, a preposition and object nouns, and its code."""

    code: str
    lemma: str
    particle: str = ""
    prep: str = ""
    objects: frozenset[str] = frozenset()
    source: str = ""
    rank: int = 1  # 0 for a user's lexicon, tried before every packaged pattern
    reverse: str = ""  # TABARI's paired codes ("[032:033]"): the code of target → source

    @property
    def specificity(self) -> int:
        return 4 * bool(self.objects) + 2 * bool(self.particle) + bool(self.prep)


@dataclass(frozen=True, slots=True)
class NounPattern:
    """An event noun ("talks", "invasion") and the prepositions naming its participants."""

    code: str
    lemma: str
    preps: frozenset[str] = frozenset()
    source: str = ""


class Lexicon:
    """Patterns indexed by lemma, most specific first."""

    def __init__(self, verbs: Iterable[VerbPattern], nouns: Iterable[NounPattern]) -> None:
        self.verbs: dict[str, list[VerbPattern]] = defaultdict(list)
        self.nouns: dict[str, list[NounPattern]] = defaultdict(list)
        for verb in verbs:
            self.verbs[verb.lemma].append(verb)
        for patterns in self.verbs.values():
            patterns.sort(key=lambda p: (p.rank, -p.specificity))
        for noun in nouns:  # indexed by the head (last) word: "missile test" under "test"
            self.nouns[noun.lemma.split()[-1]].append(noun)
        for found in self.nouns.values():
            found.sort(key=lambda p: -len(p.lemma.split()))

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())

    def verb_patterns(self, lemma: str) -> list[VerbPattern]:
        return self.verbs.get(lemma, [])

    def noun_patterns(self, lemma: str) -> list[NounPattern]:
        return self.nouns.get(lemma, [])


def _cells(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def parse_verbs(text: str, origin: str, rank: int = 1) -> list[VerbPattern]:
    out = []
    for n, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), start=2):
        try:
            code, lemma = row["code"].strip(), row["lemma"].strip().lower()
            out.append(
                VerbPattern(
                    code=code,
                    lemma=lemma,
                    particle=(row.get("particle") or "").strip().lower(),
                    prep=(row.get("prep") or "").strip().lower(),
                    objects=_cells(row.get("objects") or ""),
                    source=f"{origin}:{n}",
                    rank=rank,
                )
            )
        except (KeyError, AttributeError) as exc:
            raise DataError(f"{origin} line {n}: missing column {exc}") from exc
        if not code.isdigit() or not lemma:
            raise DataError(f"{origin} line {n}: bad code {code!r} or empty lemma")
    return out


def parse_nouns(text: str, origin: str) -> list[NounPattern]:
    out = []
    for n, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), start=2):
        code, lemma = (row.get("code") or "").strip(), (row.get("lemma") or "").strip().lower()
        if not code.isdigit() or not lemma:
            raise DataError(f"{origin} line {n}: bad code {code!r} or empty lemma")
        out.append(NounPattern(code, lemma, _cells(row.get("preps") or ""), f"{origin}:{n}"))
    return out


def read_user_verbs(text: str, origin: str) -> list[VerbPattern]:
    """A user's verb file: detente's columns (a ``code`` header), else a TABARI / PETRARCH
    verb dictionary."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lower().startswith("code\t"):
        return parse_verbs(text, origin, rank=0)
    from detente.events.tabari import read_tabari_verbs

    return read_tabari_verbs(text, origin)


def load_lexicon(extra: Iterable[str | Path] = (), builtin: bool = True) -> Lexicon:
    """The packaged lexicon, with the user's verb files placed first: detente's columns or a
    TABARI / PETRARCH verb dictionary. ``builtin=False``: the user's files only."""
    data = resources.files("detente.events").joinpath("data")
    verbs: list[VerbPattern] = []
    for path in extra:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise DataError(f"cannot read lexicon {path}: {exc}") from exc
        verbs.extend(read_user_verbs(text, str(path)))
    if not builtin:
        if not verbs:
            raise DataError("builtin_lexicon is off but no --lexicon file was given")
        return Lexicon(verbs, [])
    verbs.extend(parse_verbs(data.joinpath("verbs.tsv").read_text("utf-8"), "verbs.tsv"))
    nouns = parse_nouns(data.joinpath("nouns.tsv").read_text("utf-8"), "nouns.tsv")
    return Lexicon(verbs, nouns)
