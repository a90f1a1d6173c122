"""The JSON shapes of the HTTP API (pydantic models, so that OpenAPI documents them)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from detente.analysis.dyads import Bucket
from detente.analysis.phases import Phase
from detente.records import Event, Report
from detente.store.store import Stored
from detente.web.queries import ArticleInfo


class ActorOut(BaseModel):
    text: str | None = Field(None, description="The words of the sentence that name it.")
    code: str = Field(description="CAMEO actor code, e.g. PRKGOV.")
    country: str | None = Field(None, description="ISO 3166 alpha-3, or IGO/NGO/IMG.")
    sector: str | None = None
    name: str | None = None
    start: int | None = Field(None, description="Character offset into the sentence.")
    end: int | None = None


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class PloverOut(BaseModel):
    type: str | None
    mode: str | None
    context: str | None


class LocationOut(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class EventOut(BaseModel):
    """One event with its evidence: the sentence and the offsets of actors and trigger."""

    event_id: str
    doc_id: str
    url: str | None
    published: str | None
    sentence: str
    sentence_index: int
    source: ActorOut
    target: ActorOut | None
    cameo: str
    cameo_root: str
    cameo_label: str
    goldstein: float
    quad_class: int
    plover: PloverOut
    negated: bool
    modality: str
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text.")
    date_precision: str = Field(description="day, month, year, or published (the report's day).")
    date_text: str | None = Field(description="The words the date was resolved from.")
    location: LocationOut | None
    trigger: SpanOut
    rule: str
    confidence: float
    num_mentions: int = 1
    num_sources: int = 1
    num_articles: int = 1
    origin: str = "detente"


class EventsPage(BaseModel):
    events: list[EventOut]
    total: int = Field(description="How many events match, whatever the limit.")
    limit: int
    offset: int


class ArticleOut(BaseModel):
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    publisher: str | None


class ReportOut(BaseModel):
    """One report of an event: the article and the sentence that said it."""

    doc_id: str
    url: str | None
    source_name: str | None
    published: str | None
    sentence: str
    sentence_index: int
    source: SpanOut | None
    target: SpanOut | None
    trigger: SpanOut
    confidence: float


class EventDetail(BaseModel):
    event: EventOut
    article: ArticleOut | None
    reports: list[ReportOut] = Field(description="Every report of the event, this one first.")


class ArticleDetail(BaseModel):
    article: ArticleOut
    events: list[EventOut] = Field(description="The events this article reported.")


class BucketOut(BaseModel):
    period: str
    start: date
    events: int
    mentions: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    phase: str | None


class PhaseOut(BaseModel):
    name: str
    start: date
    end: date | None = Field(description="Exclusive; null while it lasts.")


class SeriesOut(BaseModel):
    a: str
    b: str
    by: Literal["week", "month"]
    directed: bool
    phases: list[PhaseOut]
    series: list[BucketOut]
    phase_summary: list[BucketOut]


class ActorCount(BaseModel):
    code: str
    as_source: int
    as_target: int
    events: int


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    db: str
    schema_version: int
    events: int


class CodeRequest(BaseModel):
    """News to code: plain text (a page dump) or an HTML page, not both."""

    text: str | None = Field(None, description="Plain text: title, date line, paragraphs.")
    html: str | None = Field(None, description="An HTML page; its main text is read.")
    published: date | None = Field(None, description="Publication day, if the text has none.")
    url: str | None = Field(None, max_length=2048)


class CodeResponse(BaseModel):
    article: ArticleOut
    events: list[EventOut]


def event_out(event: Event, stored: Stored | None = None) -> EventOut:
    """An event (and its counts when it is stored) in its JSON shape."""
    data: dict[str, object] = event.to_dict()
    if stored is not None:
        counts = stored.counts
        data |= {"num_mentions": counts.num_mentions, "num_sources": counts.num_sources,
                 "num_articles": counts.num_articles, "origin": stored.origin}  # fmt: skip
    return EventOut.model_validate(data)


def stored_out(stored: Stored) -> EventOut:
    return event_out(stored.event, stored)


def article_out(info: ArticleInfo) -> ArticleOut:
    return ArticleOut.model_validate(asdict(info))


def report_out(report: Report) -> ReportOut:
    def span(bounds: tuple[int, int] | None) -> SpanOut | None:
        if bounds is None:
            return None
        return SpanOut(text=report.sentence[bounds[0] : bounds[1]], start=bounds[0], end=bounds[1])

    trigger = report.trigger
    return ReportOut(
        doc_id=report.doc_id, url=report.url, source_name=report.source_name,
        published=report.published, sentence=report.sentence,
        sentence_index=report.sentence_index, source=span(report.source_span),
        target=span(report.target_span),
        trigger=SpanOut(text=trigger.text, start=trigger.start, end=trigger.end),
        confidence=report.confidence,
    )  # fmt: skip


def bucket_out(bucket: Bucket) -> BucketOut:
    return BucketOut.model_validate(bucket.to_dict())


def phase_out(phase: Phase) -> PhaseOut:
    return PhaseOut(name=phase.name, start=phase.start, end=phase.end)
