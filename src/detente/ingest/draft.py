"""The common last steps of every reader: clean the blocks of text, then make the ``Article``.

A reader (HTML, feed entry, JSON line) fills a ``Draft`` with the blocks it found and what
the source says about itself; ``finish`` takes out what is not the story (photo credits,
"Read more" lines, sign-offs, press-release end marks, live-blog timestamps), keeps it as
metadata where it is metadata, and gives the article its content hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from detente.ingest import credits
from detente.ingest.identity import content_id
from detente.records import Article, Caption, Paragraph, Role, Skipped

BOILERPLATE = re.compile(
    r"^(?:read more|read also|also read|more on this|related(?: articles?| stories| coverage)?|"
    r"see also|recommended|advertisement|sponsored|share this|follow us|sign up|subscribe|"
    r"already a subscriber|log in|skip to|you might also like|most read|watch|listen)\b"
    r"[\s:.!|»›>-]*",
    re.IGNORECASE,
)
END_MARK = re.compile(r"^(?:#{3}|-?\s*ends?\s*-?|\*\*\*)$", re.IGNORECASE)
RELEASE_LINE = re.compile(
    r"^(?:for immediate release|embargoed until\b|media contacts?\b|press contacts?\b|"
    r"press office\b|notes to editors?\b|(?:press|news|media) release$)",
    re.IGNORECASE,
)
PROMO = re.compile(
    r"\b(?:subscribe (?:now|today|to|for)|subscription|unlimited access|free articles?|"
    r"already a subscriber|sign up (?:for|to)|log ?in to (?:read|continue))\b",
    re.IGNORECASE,
)
DATE_VALUE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4})"
)
DATE_LINE = re.compile(
    rf"^(?:(?:date|published|posted|updated|release date|last updated)\s*:?\s*)?{DATE_VALUE}"
    r"(?:,? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
URL = re.compile(r"https?://\S+")
TIMESTAMP = re.compile(
    r"^(?:updated\s*:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC[+-]?\d*)?$",
    re.IGNORECASE,
)
BOILERPLATE_MAX = 160


@dataclass
class Draft:
    """An article while a reader is building it (mutable, private to ingest)."""

    source: str
    title: str = ""
    blocks: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    published: date | None = None
    url: str | None = None
    canonical_url: str | None = None
    short_url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    summary_only: bool = False


def finish(draft: Draft, empty_reason: str = "no article text") -> Article | Skipped:
    """Clean the draft's blocks and make the article, or say why there is none."""
    _clean(draft)
    if not any(p.role in ("body", "standfirst") for p in draft.blocks):
        return Skipped(draft.source, empty_reason)
    headline = [Paragraph(draft.title, "headline")] if draft.title else []
    paragraphs = tuple(headline + draft.blocks)
    digest = content_id("\n".join(p.text for p in paragraphs if p.role != "caption"))
    return Article(
        doc_id=digest,
        source=draft.source,
        title=draft.title,
        paragraphs=paragraphs,
        published=draft.published,
        url=draft.url,
        short_url=draft.short_url,
        authors=credits.unique(draft.authors),
        agencies=credits.unique(draft.agencies),
        captions=tuple(dict.fromkeys(draft.captions)),
        content_hash=digest,
        canonical_url=draft.canonical_url,
        publisher=draft.publisher,
        summary_only=draft.summary_only,
    )


def _clean(draft: Draft) -> None:
    kept: list[Paragraph] = []
    caption_texts = {c.text.casefold() for c in draft.captions if c.text}
    for block in draft.blocks:
        line = " ".join(block.text.split())
        if END_MARK.match(line):
            break
        if block.role == "caption":
            _add_caption(draft, line)
            continue
        if _take_metadata(draft, line):
            continue
        if line.casefold() in caption_texts or _noise(line, draft.title):
            continue
        kept.append(Paragraph(line, block.role))
    draft.blocks = _drop_trailing_subheads(kept)
    _read_dateline(draft)


def _noise(line: str, title: str) -> bool:
    if not line or line == title:
        return True
    if len(line) > 250:
        return False
    found = BOILERPLATE.match(line) if len(line) <= BOILERPLATE_MAX else None
    if found and (len(line) <= 80 or found[0].rstrip().endswith((":", "|", "»", "›", ">"))):
        return True
    if RELEASE_LINE.match(line) or TIMESTAMP.match(line) or DATE_LINE.match(line):
        return True
    if PROMO.search(line) and len(line) <= 250:
        return True
    return bool(URL.search(line)) and len(line) <= 120 and not line.endswith((".", '"', "”"))


def _take_metadata(draft: Draft, line: str) -> bool:
    """Sign-offs and photo credits become metadata; say whether ``line`` was one."""
    signoff = credits.credit_line(line)
    if signoff:
        draft.authors += signoff[0]
        draft.agencies += signoff[1]
        return True
    if credits.is_signoff(line):
        draft.authors += credits.reporting_line(line)
        return True
    photo = credits.image_credit(line) if len(line) <= 400 else None
    if photo and (not photo[0] or photo[0][-1] in ".!?\"'”)" or len(photo[0]) < 200):
        if photo[0] and photo[0].casefold() not in {c.text.casefold() for c in draft.captions}:
            draft.captions.append(Caption(photo[0], photo[1]))
        elif not photo[0]:
            draft.captions.append(Caption("", photo[1]))
        return True
    return False


def _add_caption(draft: Draft, line: str) -> None:
    photo = credits.image_credit(line)
    caption = Caption(photo[0], photo[1]) if photo else Caption(line)
    if caption.text.casefold() not in {c.text.casefold() for c in draft.captions}:
        draft.captions.append(caption)


def _drop_trailing_subheads(blocks: list[Paragraph]) -> list[Paragraph]:
    """A subhead with no text after it is a box title ("More on this story"), not a subhead."""
    while blocks and blocks[-1].role == "subhead":
        blocks.pop()
    return blocks


def _read_dateline(draft: Draft) -> None:
    first = next((p.text for p in draft.blocks if p.role == "body"), "")
    wire = credits.dateline_agency(first)
    if wire:
        draft.agencies.insert(0, wire)


def block(text: str, role: Role = "body") -> Paragraph:
    """A block with its whitespace collapsed."""
    return Paragraph(" ".join(text.split()), role)
