"""Events and reports as table rows, and back."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlsplit

from detente.errors import StoreError
from detente.records import Actor, Article, Counts, Event, Location, Report, Trigger

EVENT_COLUMNS = (
    "event_id", "doc_id", "url", "published", "sentence", "sentence_index",
    "source_code", "source_country", "source_sector", "source_name", "source_start",
    "source_end", "target_code", "target_country", "target_sector", "target_name",
    "target_start", "target_end", "cameo", "cameo_root", "cameo_label", "goldstein",
    "quad_class", "plover_type", "plover_mode", "plover_context", "negated", "modality", "date",
    "date_precision", "date_text", "location_name", "location_country", "location_lat",
    "location_lon", "trigger_text", "trigger_start", "trigger_end", "rule", "confidence",
    "run_id", "num_mentions", "num_sources", "num_articles", "date_start", "date_end", "origin",
)  # fmt: skip
MENTION_COLUMNS = (
    "report_id", "event_id", "doc_id", "url", "source_name", "published", "sentence_index",
    "source_start", "source_end", "target_start", "target_end", "trigger_text",
    "trigger_start", "trigger_end", "confidence", "date", "date_precision", "run_id",
)  # fmt: skip


def source_name(article: Article) -> str | None:
    """The outlet a report came from: its publisher, else the host of its URL."""
    publisher: str | None = getattr(article, "publisher", None)
    if publisher:
        return publisher
    host = urlsplit(article.url or "").hostname
    return host.removeprefix("www.") if host else None


def event_row(
    e: Event,
    run_id: str,
    counts: Counts,
    span: tuple[date | None, date | None],
    origin: str = "detente",
) -> list[Any]:
    src, tgt, loc = e.source, e.target, e.location
    return [
        e.event_id, e.doc_id, e.url, e.published, e.sentence, e.sentence_index,
        src.code, src.country, src.sector, src.name, *(e.source_span or (None, None)),
        tgt.code if tgt else None, tgt.country if tgt else None, tgt.sector if tgt else None,
        tgt.name if tgt else None, *(e.target_span or (None, None)),
        e.cameo, e.cameo_root, e.cameo_label, e.goldstein, e.quad_class,
        e.plover_type, e.plover_mode, e.plover_context, e.negated, e.modality, e.date,
        e.date_precision, e.date_text,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None,
        e.trigger.text, e.trigger.start, e.trigger.end, e.rule, e.confidence, run_id,
        counts.num_mentions, counts.num_sources, counts.num_articles, span[0], span[1], origin,
    ]  # fmt: skip


def mention_row(e: Event, event_id: str, source: str | None, run_id: str) -> list[Any]:
    return [
        e.event_id, event_id, e.doc_id, e.url, source, e.published, e.sentence_index,
        *(e.source_span or (None, None)), *(e.target_span or (None, None)),
        e.trigger.text, e.trigger.start, e.trigger.end, e.confidence, e.date, e.date_precision,
        run_id,
    ]  # fmt: skip


def _actor(row: dict[str, Any], side: str) -> Actor | None:
    if row[f"{side}_code"] is None:
        return None
    return Actor(row[f"{side}_code"], row[f"{side}_country"], row[f"{side}_sector"] or "",
                 row[f"{side}_name"] or "")  # fmt: skip


def _span(row: dict[str, Any], side: str) -> tuple[int, int] | None:
    start, end = row[f"{side}_start"], row[f"{side}_end"]
    return (int(start), int(end)) if start is not None and end is not None else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def event_from_row(row: dict[str, Any]) -> Event:
    source = _actor(row, "source")
    if source is None:
        raise StoreError(f"event {row['event_id']} has no source actor")
    location = (Location(row["location_name"], row["location_country"], row["location_lat"],
                         row["location_lon"]) if row["location_name"] else None)  # fmt: skip
    return Event(
        event_id=row["event_id"], doc_id=row["doc_id"], sentence=row["sentence"] or "",
        sentence_index=row["sentence_index"] or 0, source=source,
        source_span=_span(row, "source"), target=_actor(row, "target"),
        target_span=_span(row, "target"), cameo=row["cameo"], cameo_label=row["cameo_label"],
        goldstein=row["goldstein"], quad_class=row["quad_class"],
        plover_type=row["plover_type"], plover_mode=row["plover_mode"],
        plover_context=row["plover_context"],
        trigger=Trigger(row["trigger_text"] or "", row["trigger_start"] or 0,
                        row["trigger_end"] or 0),
        rule=row["rule"], confidence=row["confidence"], negated=row["negated"],
        modality=row["modality"], date=row["date"], date_precision=row["date_precision"],
        date_text=row["date_text"], location=location, url=row["url"],
        published=_iso(row["published"]),
    )  # fmt: skip


def counts_from_row(row: dict[str, Any]) -> Counts:
    return Counts(row["num_mentions"] or 1, row["num_sources"] or 1, row["num_articles"] or 1)


def report_from_row(row: dict[str, Any], sentence: str) -> Report:
    return Report(
        event_id=row["event_id"], doc_id=row["doc_id"], url=row["url"],
        source_name=row["source_name"], published=_iso(row["published"]), sentence=sentence,
        sentence_index=row["sentence_index"], source_span=_span(row, "source"),
        target_span=_span(row, "target"),
        trigger=Trigger(row["trigger_text"] or "", row["trigger_start"] or 0,
                        row["trigger_end"] or 0),
        confidence=row["confidence"],
    )  # fmt: skip
