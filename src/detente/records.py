"""The records that travel between stages: frozen, slotted dataclasses.

Every stage takes one of these and returns another; no ``dict[str, Any]`` crosses a
module boundary. ``to_dict`` methods give the JSON shape users see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

DatePrecision = Literal["day", "month", "year", "published"]
Modality = Literal["asserted", "intended", "hypothetical", "expected", "question", "denied"]
Role = Literal["headline", "standfirst", "subhead", "caption", "body"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of an article's text with what it is (headline, caption, body …)."""

    text: str
    role: Role = "body"


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption and its credit, kept out of the body."""

    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A news report, read from its source, metadata kept apart from the body."""

    doc_id: str
    source: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    published: date | None = None
    url: str | None = None
    short_url: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    content_hash: str = ""
    language: str = "en"
    canonical_url: str | None = None
    publisher: str | None = None
    summary_only: bool = False

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs if p.role == "body")

    @property
    def standfirst(self) -> str | None:
        """The lead paragraph set apart above the body, if the source marks one."""
        return next((p.text for p in self.paragraphs if p.role == "standfirst"), None)

    @property
    def subheads(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs if p.role == "subhead")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read or coded, with the reason: it is stored, not lost."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed sentence; offsets are into the sentence text."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    ent_type: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


DATELINE_DASHES = {"—", "–", "--", "-"}
DATELINE_WORDS = 14


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed sentence: the only shape of a spaCy parse that later stages see."""

    doc_id: str
    index: int
    text: str
    role: Role
    tokens: tuple[Token, ...] = ()

    def children(self, i: int) -> list[Token]:
        return [t for t in self.tokens if t.head == i and t.i != i]

    def dateline_end(self) -> int:
        """Where a dateline ends (the index of its dash), or 0: a first word in capitals,
        then within a few words a dash with a space before it ("GAUHATI, India (AP) —",
        not "NATO-led")."""
        first = self.tokens[0].text if self.tokens else ""
        if len(first) < 3 or not first.isalpha() or not first.isupper():
            return 0
        for t in self.tokens[:DATELINE_WORDS]:
            if t.text in DATELINE_DASHES and self.text[t.start - 1 : t.start].isspace():
                return t.i
        return 0

    def subtree(self, i: int) -> list[int]:
        """Token indices dominated by token ``i`` (itself included), in order."""
        found = {i}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.i not in found and t.head in found and t.head != t.i:
                    found.add(t.i)
                    changed = True
        return sorted(found)


@dataclass(frozen=True, slots=True)
class Actor:
    """A CAMEO actor: ``code`` is the full actor code (USAGOV), ``country`` its first part."""

    code: str
    country: str
    sector: str = ""
    name: str = ""
    start: date | None = None
    end: date | None = None
    kind: str = ""
    role: str = ""  # the office a person held on the day ("head of state and government")

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector or None,
            "name": self.name or None,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor found in a sentence: tokens ``[first, last]`` and character offsets."""

    sentence_index: int
    first: int
    last: int
    start: int
    end: int
    text: str
    actor: Actor
    head: int = -1
    how: str = ""  # name | alias | title+date | coreference | role noun | user dictionary
    kb_id: str = ""  # the knowledge-base entry it resolved to ("person:Joe Biden")
    lat: float | None = None  # where a place (or a country's centre) lies
    lon: float | None = None

    def covers(self, i: int) -> bool:
        return self.first <= i <= self.last


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, as far as the text says."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words that carry the event, with offsets into the sentence."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence: the sentence, the offsets and the rule."""

    event_id: str
    doc_id: str
    sentence: str
    sentence_index: int
    source: Actor
    source_span: tuple[int, int] | None
    target: Actor | None
    target_span: tuple[int, int] | None
    cameo: str
    cameo_label: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    trigger: Trigger
    rule: str
    confidence: float
    negated: bool = False
    modality: Modality = "asserted"
    date: str | None = None
    date_precision: DatePrecision = "published"
    date_text: str | None = None
    location: Location | None = None
    url: str | None = None
    published: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def to_dict(self) -> dict[str, object]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "url": self.url,
            "published": self.published,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "source": _actor_json(self.source, self.sentence, self.source_span),
            "target": _actor_json(self.target, self.sentence, self.target_span),
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_label": self.cameo_label,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {
                "type": self.plover_type,
                "mode": self.plover_mode,
                "context": self.plover_context,
            },
            "negated": self.negated,
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "trigger": {
                "text": self.trigger.text,
                "start": self.trigger.start,
                "end": self.trigger.end,
            },
            "rule": self.rule,
            "confidence": self.confidence,
        }


def _actor_json(
    actor: Actor | None, sentence: str, span: tuple[int, int] | None
) -> dict[str, object] | None:
    if actor is None:
        return None
    from detente.formats._common import iso3  # the country as ISO writes it: TMP → TLS

    start, end = span if span else (None, None)
    return {
        "text": sentence[start:end] if span else None,
        "code": actor.code,
        "country": iso3(actor.country),
        "sector": actor.sector or None,
        "name": actor.name or None,
        "start": start,
        "end": end,
    }


@dataclass(frozen=True, slots=True)
class Counts:
    """How often an event was reported, as GDELT counts it: mentions (every report, several
    per article possible), sources (distinct outlets) and articles (distinct documents)."""

    num_mentions: int = 1
    num_sources: int = 1
    num_articles: int = 1


@dataclass(frozen=True, slots=True)
class Report:
    """One report of an event: the article and sentence that said it (GDELT's Mentions)."""

    event_id: str
    doc_id: str
    url: str | None
    source_name: str | None
    published: str | None
    sentence: str
    sentence_index: int
    source_span: tuple[int, int] | None
    target_span: tuple[int, int] | None
    trigger: Trigger
    confidence: float


@dataclass(frozen=True, slots=True)
class Document:
    """An article after parsing (``sentences``) and actor resolution (``mentions``)."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def mentions_in(self, sentence_index: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence_index == sentence_index]


@dataclass(frozen=True, slots=True)
class Result:
    """What the pipeline made of one input: the article and its events, or a skip."""

    article: Article
    events: tuple[Event, ...]
