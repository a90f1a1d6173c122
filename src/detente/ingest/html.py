"""HTML pages → ``Article``: trafilatura for the main text, htmldate for the date, and our
own pass (``page.py``, ``draft.py``) for captions, credits, standfirst, publisher and title.

trafilatura returns ``None`` without saying why; here every page that yields nothing becomes
a ``Skipped`` with a reason. Both libraries are imported on first use, not with the package.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from detente.ingest import credits
from detente.ingest.draft import Draft, block, finish
from detente.ingest.page import PageMeta, read_meta, text
from detente.records import Article, Paragraph, Role, Skipped

BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption")
MIN_DATE = "1990-01-01"


def read_html(
    html: str, source: str, url: str | None = None, published: date | None = None
) -> Article | Skipped:
    """Read one page; ``published`` is used only when the page gives no date of its own."""
    tree = parse_html(html)
    if tree is None:
        return Skipped(source, "not an HTML page (no document could be parsed)")
    meta = read_meta(tree, url)
    draft = Draft(source=source, url=url, published=find_published(tree, url) or published)
    _fill_metadata(draft, meta)
    draft.blocks = (
        _main_blocks(tree, url, fast=True)
        or _main_blocks(tree, url, fast=False)
        or _fallback_blocks(tree)
    )
    if not draft.blocks:
        return Skipped(source, "HTML page with no article text")
    _mark_standfirst(draft, meta)
    return finish(draft, "HTML page with no article text")


def read_fragment(html: str) -> list[Paragraph]:
    """The blocks of an HTML fragment (a feed entry's content): no main-text search needed."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError, AssertionError):  # lxml asserts on "<html>" with no body
        return [block(html)] if html.strip() else []
    return _walk(root)


def parse_html(html: str) -> Any | None:
    """An lxml tree of the page, or None when there is nothing to parse."""
    from trafilatura.utils import load_html

    if not html.strip():
        return None
    return load_html(html)


def find_published(tree: Any, url: str | None) -> date | None:
    """The page's original publication date (htmldate), not when it was last updated."""
    from htmldate import find_date

    found = None
    for extensive in (False, True):  # the thorough search is slow: only when markup has no date
        found = found or find_date(
            tree, url=url, original_date=True, extensive_search=extensive, min_date=MIN_DATE
        )
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def _fill_metadata(draft: Draft, meta: PageMeta) -> None:
    sites = list(dict.fromkeys(meta.sites))
    draft.publisher = next(iter(sites or meta.organisations), None)
    draft.title = _title(meta, sites)
    draft.canonical_url = meta.canonical_url
    draft.short_url = meta.short_url
    draft.captions = list(meta.captions)
    _add_bylines(draft, meta.bylines)
    if not draft.authors:  # the tags named only an organisation: try the byline on the page
        _add_bylines(draft, meta.visible_bylines)
    draft.agencies += [a for o in meta.organisations if (a := credits.agency(o))]


def _add_bylines(draft: Draft, bylines: list[str]) -> None:
    for byline in dict.fromkeys(bylines):
        people, agencies, organisation = credits.split_people(byline, draft.publisher)
        draft.authors += people
        draft.agencies += agencies
        draft.publisher = draft.publisher or organisation or None


def _title(meta: PageMeta, sites: list[str]) -> str:
    """The headline: the JSON-LD/og title or the <h1>, site names and dates stripped."""
    titles = [credits.strip_title(t, sites) for t in meta.titles if t.strip()]
    return next((t for t in titles if t), "")


def _main_blocks(tree: Any, url: str | None, fast: bool) -> list[Paragraph]:
    """trafilatura's main text; ``fast`` skips its second opinions (readability, jusText),
    which cost as much again and are asked only when the fast pass finds nothing."""
    from trafilatura import bare_extraction

    found = bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        with_metadata=False,
        deduplicate=False,
        fast=fast,
    )
    body = getattr(found, "body", None)
    if body is None:
        return []
    return [b for b in (_xml_block(e) for e in body) if b is not None]


def _xml_block(element: Any) -> Paragraph | None:
    """One element of trafilatura's XML body (head, p, list, quote) → a block."""
    content = text(element)
    if not content:
        return None
    if element.tag == "head":
        return block(content, "subhead")
    if element.tag == "list":
        return block("\n".join(text(item) for item in element))
    if element.tag in ("p", "quote"):
        return block(content)
    return None


def _fallback_blocks(tree: Any) -> list[Paragraph]:
    """When trafilatura finds nothing: the page's <article> or <main>, if it has one."""
    for tag in ("article", "main"):
        for element in tree.iter(tag):
            blocks = _walk(element)
            if blocks:
                return blocks
    return []


def _walk(root: Any) -> list[Paragraph]:
    blocks: list[Paragraph] = []
    for element in root.iter(*BLOCK_TAGS):
        if any(parent.tag in BLOCK_TAGS for parent in element.iterancestors()):
            continue
        content = text(element)
        if content:
            blocks.append(block(content, _role(str(element.tag))))
    if not blocks and root.text_content().strip():
        blocks.append(block(root.text_content()))
    return blocks


def _role(tag: str) -> Role:
    if tag == "figcaption":
        return "caption"
    return "subhead" if re.fullmatch(r"h[2-6]", tag) else "body"


def _mark_standfirst(draft: Draft, meta: PageMeta) -> None:
    """The paragraph the page marks as its standfirst; added on top if trafilatura left it out."""
    if not meta.standfirsts:
        return
    marked = meta.standfirsts[0]
    for i, paragraph in enumerate(draft.blocks[:4]):
        if paragraph.role in ("body", "subhead") and paragraph.text == marked:
            draft.blocks[i] = Paragraph(paragraph.text, "standfirst")
            return
    if all(marked not in p.text for p in draft.blocks):
        draft.blocks.insert(0, Paragraph(marked, "standfirst"))
