"""Score coded events against a gold file, by the rules of the project's reference scorer.

An event matches a gold event of the same sentence when the source country, the target
country (a gold target of null accepts any), the CAMEO root (or, for gold without a code,
the PLOVER type) and the negated flag agree; consult and cooperate roots (04, 05, 06) also
match with source and target swapped. Gold events marked ``"required": false`` neither earn
nor cost anything. Sentences are aligned after folding case, quotes and white space; an
event whose sentence matches no gold sentence is counted as unaligned.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import GoldError
from detente.records import Article, Event, Paragraph

SYMMETRIC_ROOTS = {"04", "05", "06"}
SYMMETRIC_PLOVER = {"CONSULT", "COOPERATE", "AGREE"}


def fold(text: str) -> str:
    """Lower case, straight quotes, punctuation to spaces, single spaces."""
    text = re.sub(r"[\u2018\u2019\u201a\u201b`']", "'", text.lower())
    text = re.sub(r"[\u201c\u201d\u201e\u201f\"]", '"', text)
    return " ".join(re.sub(r"[^\w'\" ]+", " ", text).split())


def words(text: str) -> set[str]:
    return set(fold(text).replace('"', " ").replace("'", " ").split())


@dataclass(frozen=True, slots=True)
class Coded:
    """The fields of a coded event that scoring reads."""

    sentence: str
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    negated: bool
    date: str | None

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True, slots=True)
class Gold:
    """One hand-coded event."""

    sources: frozenset[str | None]
    targets: frozenset[str]
    cameo: str | None
    plover: str | None
    negated: bool
    date: str | None
    required: bool

    @property
    def root(self) -> str:
        return (self.cameo or "")[:2]

    def matches(self, e: Coded) -> bool:
        if e.negated != self.negated:
            return False
        if self.cameo:
            if e.root != self.root:
                return False
            symmetric = self.root in SYMMETRIC_ROOTS
        else:
            if e.plover != self.plover:
                return False
            symmetric = self.plover in SYMMETRIC_PLOVER
        if e.source in self.sources and (not self.targets or e.target in self.targets):
            return True
        return (
            symmetric
            and bool(self.targets)
            and e.source in self.targets
            and e.target in self.sources
        )


@dataclass
class GoldSentence:
    text: str
    events: list[Gold]
    published: date | None = None  # the row's own date (PETRARCH's records give one)
    folded: str = ""
    words: set[str] = field(default_factory=set)


def country_of(value: Any) -> str | None:
    """The country part of an actor as the event JSON or the gold gives it."""
    if value is None:
        return None
    if isinstance(value, str):
        return value[:3].upper() or None
    if isinstance(value, list):
        return country_of(value[0]) if value else None
    if isinstance(value, Mapping):
        return value.get("country") or (value.get("code") or "")[:3] or None
    return None


def coded_from_json(raw: Mapping[str, Any]) -> Coded:
    """Read an event as ``detente code --format jsonl`` writes it."""
    plover = raw.get("plover")
    if isinstance(plover, Mapping):
        plover = plover.get("type")
    return Coded(
        sentence=raw.get("sentence") or "",
        source=country_of(raw.get("source", raw.get("source_country"))),
        target=country_of(raw.get("target", raw.get("target_country"))),
        cameo=str(raw.get("cameo") or raw.get("event_code") or ""),
        plover=plover or raw.get("plover_type"),
        negated=bool(raw.get("negated", False)),
        date=raw.get("date"),
    )


def coded_from_event(event: Event) -> Coded:
    return coded_from_json(event.to_dict())


def _day(value: Any) -> date | None:
    """A gold row's date: ``YYYY-MM-DD`` or ``YYYYMMDD``; absent is None."""
    if not value:
        return None
    text = str(value)
    return date.fromisoformat(f"{text[:4]}-{text[4:6]}-{text[6:8]}" if text.isdigit() else text)


def sentence_articles(gold: list[GoldSentence], published: date | None) -> list[Article]:
    """Each gold sentence as a document of its own (for sentence-level sets like PLOVER's),
    published on ``published`` if given, else on the row's own date."""
    return [
        Article(
            doc_id=f"gold-{n:05d}",
            source=f"gold sentence {n}",
            title="",
            paragraphs=(Paragraph(row.text),),
            published=published or row.published,
        )
        for n, row in enumerate(gold, start=1)
    ]


def _gold_event(raw: Mapping[str, Any]) -> Gold:
    target = raw.get("target")
    return Gold(
        sources=frozenset(raw.get("all_sources") or [raw.get("source")]),
        targets=frozenset(raw.get("all_targets") or ([target] if target else [])),
        cameo=raw.get("cameo"),
        plover=raw.get("plover"),
        negated=bool(raw.get("negated")),
        date=raw.get("date"),
        required=raw.get("required", True),
    )


def read_gold(path: str | Path) -> list[GoldSentence]:
    """Read a gold file: one ``{"sentence", "events": [...]}`` object per line."""
    rows = []
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc}") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            row = GoldSentence(raw["sentence"], [_gold_event(g) for g in raw["events"]],
                               _day(raw.get("published") or raw.get("date")))  # fmt: skip
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path} line {n}: not a gold sentence ({exc})") from exc
        row.folded, row.words = fold(row.text), words(row.text)
        rows.append(row)
    return rows


def align(gold: list[GoldSentence], sentence: str) -> int | None:
    """The gold sentence an event's sentence is, or None."""
    key = fold(sentence)
    for i, row in enumerate(gold):
        if row.folded == key:
            return i
    for i, row in enumerate(gold):
        if len(key) > 20 and len(row.folded) > 20 and (key in row.folded or row.folded in key):
            return i
    mine = words(sentence)
    best, best_i = 0.0, None
    for i, row in enumerate(gold):
        overlap = len(mine & row.words) / (len(mine | row.words) or 1)
        if overlap > best:
            best, best_i = overlap, i
    return best_i if best >= 0.8 else None


def _date_ok(gold: str, got: str | None) -> bool:
    return bool(got) and (got == gold or str(got).startswith(gold + "-"))


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong_actors: int = 0
    code_ok: int = 0
    plover_ok: int = 0
    plover_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    extras: Counter[str] = field(default_factory=Counter)
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, tp|fn|fp)

    def hit(self, g: Gold, e: Coded) -> None:
        self.tp += 1
        self.code_ok += e.cameo == g.cameo
        if g.plover:
            self.plover_n += 1
            self.plover_ok += e.plover == g.plover
        if g.date:
            self.date_n += 1
            self.date_ok += _date_ok(g.date, e.date)

    def miss(self, g: Gold, got: list[Coded]) -> None:
        self.fn += 1
        self.misses[g.root] += 1
        if g.root and any(e.root == g.root for e in got):
            self.wrong_actors += 1


def _score_sentence(tally: _Tally, row: GoldSentence, got: list[Coded]) -> None:
    used: set[int] = set()
    for g in row.events:
        hit = next((j for j, e in enumerate(got) if j not in used and g.matches(e)), None)
        if hit is None:
            if g.required:
                tally.miss(g, got)
                tally.by_type[(_label(g.root, g.plover, g.cameo is None), "fn")] += 1
            continue
        used.add(hit)
        if g.required:
            tally.hit(g, got[hit])
            tally.by_type[(_label(g.root, g.plover, g.cameo is None), "tp")] += 1
    by_plover = bool(row.events) and all(g.cameo is None for g in row.events)
    for j, e in enumerate(got):
        if j not in used:
            tally.fp += 1
            tally.extras[e.root] += 1
            tally.by_type[(_label(e.root, e.plover, by_plover), "fp")] += 1


def _label(root: str, plover: str | None, by_plover: bool) -> str:
    """Break figures down by CAMEO root, or by PLOVER type for gold sets coded in PLOVER."""
    return (plover or "-") if by_plover else (root or "-")


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(gold: list[GoldSentence], events: Iterable[Coded]) -> dict[str, Any]:
    """Precision, recall and F1, then code, PLOVER, date and dyad accuracy among matches."""
    per_sentence: dict[int, list[Coded]] = {}
    unaligned = 0
    for e in events:
        i = align(gold, e.sentence)
        if i is None:
            unaligned += 1
        else:
            per_sentence.setdefault(i, []).append(e)
    tally = _Tally()
    for i, row in enumerate(gold):
        _score_sentence(tally, row, per_sentence.get(i, []))
    p = tally.tp / (tally.tp + tally.fp) if tally.tp + tally.fp else 0.0
    r = tally.tp / (tally.tp + tally.fn) if tally.tp + tally.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tally.tp,
        "fp": tally.fp,
        "fn": tally.fn,
        "unaligned": unaligned,
        "code_accuracy": _ratio(tally.code_ok, tally.tp),
        "plover_accuracy": _ratio(tally.plover_ok, tally.plover_n),
        "date_accuracy": _ratio(tally.date_ok, tally.date_n),
        "dyad_accuracy": _ratio(tally.tp, tally.tp + tally.wrong_actors),
        "missed_by_root": dict(sorted(tally.misses.items())),
        "extra_by_root": dict(sorted(tally.extras.items())),
        "_by_type": _breakdown(tally.by_type),
    }


def _breakdown(counts: Counter[tuple[str, str]]) -> dict[str, dict[str, float | int | None]]:
    out: dict[str, dict[str, float | int | None]] = {}
    for label in sorted({label for label, _ in counts}):
        tp, fn, fp = (counts[(label, k)] for k in ("tp", "fn", "fp"))
        out[label] = {"tp": tp, "fn": fn, "fp": fp, "precision": _ratio(tp, tp + fp),
                      "recall": _ratio(tp, tp + fn)}  # fmt: skip
    return out


def headline(result: dict[str, Any]) -> dict[str, Any]:
    """The figures ``score.py`` prints, without detente's breakdown."""
    return {k: v for k, v in result.items() if not k.startswith("_")}
