"""Plain text and text dumps of web pages (like the seed) → ``Article``.

A page dump carries more than the story: numbered navigation lines ("1. Skip to content"),
a date line, a short-URL line, image captions glued to their credits ("…dictator."Image:
Brendan Smialowski/AFP"), subheads, and a trailing credit line ("fb/aw (AFP, AP, Reuters)").
Each is recognised here and kept out of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from detente.ingest import credits
from detente.records import Article, Caption, Paragraph, Role

NAV_LINE = re.compile(r"^\s*\d+\.\s+(skip to|jump to|go to)\b", re.IGNORECASE)
URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
IMAGE_CREDIT = re.compile(r"(?:Image|Photo|Picture|Bild|Foto)\s*:\s*(?P<credit>[^\n]+)$")
DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d.%m.%Y", "%Y-%m-%d")
SUBHEAD_MAX = 90


@dataclass
class _Parts:
    title: str = ""
    published: date | None = None
    short_url: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    after_url: int = -1


def read_textdump(text: str, source: str, doc_id: str, published: date | None = None) -> Article:
    """Split a text dump into title, metadata, captions and body paragraphs."""
    parts = _Parts()
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line and not NAV_LINE.match(line)]
    for line in lines:
        _take_line(parts, line)
    return Article(
        doc_id=doc_id,
        source=source,
        title=parts.title,
        paragraphs=tuple(parts.paragraphs),
        published=published or parts.published,
        short_url=parts.short_url,
        authors=parts.authors,
        agencies=parts.agencies,
        captions=tuple(parts.captions),
        content_hash=doc_id,
    )


def _take_line(parts: _Parts, line: str) -> None:
    if URL_LINE.match(line):
        parts.short_url = parts.short_url or line
        parts.after_url = len(parts.paragraphs)
        return
    if parts.published is None and (found := parse_date_line(line)) is not None:
        parts.published = found
        return
    credit = credits.credit_line(line)
    if credit and parts.paragraphs:
        parts.authors, parts.agencies = credit
        return
    image = IMAGE_CREDIT.search(line)
    if image:
        caption = line[: image.start()].strip()
        _photo_title(parts)
        parts.captions.append(Caption(caption, image["credit"].strip()))
        if caption:
            parts.paragraphs.append(Paragraph(caption, "caption"))
        return
    role = _role(parts, line)
    if role == "headline":
        parts.title = line
    parts.paragraphs.append(Paragraph(line, role))


def _photo_title(parts: _Parts) -> None:
    """The line above a photo's caption in a page dump is the photo's title, not the story."""
    last = parts.paragraphs[-1] if parts.paragraphs else None
    bodies = sum(1 for p in parts.paragraphs if p.role == "body")
    if last is None or last.role != "body" or len(last.text) > 100:
        return
    if bodies == 1 or parts.after_url == len(parts.paragraphs) - 1:
        parts.paragraphs[-1] = Paragraph(last.text, "caption")
        parts.captions.append(Caption(last.text))


def _role(parts: _Parts, line: str) -> Role:
    short = len(line) <= SUBHEAD_MAX and not line.endswith((".", '."', ".”", ":", ";", ","))
    if not parts.paragraphs and short:
        return "headline"
    if short:
        return "subhead"
    if not any(p.role in ("standfirst", "body") for p in parts.paragraphs):
        return "standfirst"
    return "body"


def parse_date_line(line: str) -> date | None:
    """A line that is only a date, in one of the formats news sites print."""
    if len(line) > 30:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(line, fmt).date()
        except ValueError:
            continue
    return None
