"""What an HTML page says about itself, read from its markup (our own pass, beside trafilatura).

trafilatura finds the main text; it does not give captions with their credits, tell an
organisation from an author, or say which paragraph is the standfirst. This pass reads the
page's ``<meta>`` tags, ``<link rel>``, JSON-LD and figures for those. Read-only: the tree
is handed on to trafilatura and htmldate unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from detente.ingest.credits import image_credit
from detente.records import Caption

STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_])(?:intro|standfirst|lede|lead|dek|summary|subtitle|sub-?headline|abstract|"
    r"description|teaser-text|article-teaser)(?:$|[-_])",
    re.IGNORECASE,
)
NOT_STANDFIRST = re.compile(r"image|img|photo|media|figure|link|list|related|nav|promo", re.I)
CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|photographer|attribution", re.I)
BYLINE_CLASS = re.compile(r"\b(?:byline|author-name|author)\b", re.IGNORECASE)
ARTICLE_TYPES = {"newsarticle", "article", "reportage", "blogposting", "liveblogposting"}


@dataclass
class PageMeta:
    """The page's own metadata; any of it may be missing."""

    titles: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    visible_bylines: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    short_url: str | None = None
    captions: list[Caption] = field(default_factory=list)
    standfirsts: list[str] = field(default_factory=list)
    description: str | None = None


def read_meta(tree: Any, url: str | None) -> PageMeta:
    """Everything this pass finds on the page ``tree`` (an lxml HTML element)."""
    meta = PageMeta()
    _read_tags(meta, tree, url)
    for item in _json_ld(tree):
        _read_json_ld(meta, item)
    meta.visible_bylines = _bylines(tree)
    meta.titles += [text(h) for h in tree.iter("h1")][:1]
    meta.titles += [text(t) for t in tree.iter("title")][:1]
    meta.captions = list(_captions(tree))
    meta.standfirsts = list(_standfirsts(tree))
    return meta


def text(element: Any) -> str:
    """The visible text of an element, whitespace collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def _read_tags(meta: PageMeta, tree: Any, url: str | None) -> None:
    values = _meta_values(tree)
    meta.titles += values.get("og:title", []) + values.get("twitter:title", [])
    meta.sites += values.get("og:site_name", []) + values.get("application-name", [])
    meta.bylines += [a for a in values.get("author", []) if "://" not in a]
    meta.bylines += [a for a in values.get("article:author", []) if "://" not in a]
    descriptions = values.get("og:description", []) + values.get("description", [])
    meta.description = descriptions[0] if descriptions else None
    links = _links(tree)
    canonical = links.get("canonical") or next(iter(values.get("og:url", [])), None)
    meta.canonical_url = _absolute(canonical, url)
    meta.short_url = _absolute(links.get("shortlink"), url)


def _meta_values(tree: Any) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for tag in tree.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = (tag.get("content") or "").strip()
        if key and content:
            values.setdefault(key.strip().lower(), []).append(content)
    return values


def _links(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for link in tree.iter("link"):
        href = (link.get("href") or "").strip()
        for rel in (link.get("rel") or "").lower().split():
            if href:
                found.setdefault(rel, href)
    return found


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    if base and not re.match(r"^[a-z][a-z0-9+.-]*://", href, re.IGNORECASE):
        return urljoin(base, href)
    return href if "://" in href else None


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """The article objects in the page's JSON-LD, however they are nested."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _objects(data)


def _objects(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(str(k).lower() in ARTICLE_TYPES for k in kinds):
            yield data
        yield from _objects(data.get("@graph"))


def _read_json_ld(meta: PageMeta, item: dict[str, Any]) -> None:
    if isinstance(item.get("headline"), str):
        meta.titles.insert(0, item["headline"])
    for author in _as_list(item.get("author")):
        name, kind = _name(author)
        if name and kind == "organization":
            meta.organisations.append(name)
        elif name:
            meta.bylines.append(name)
    for publisher in _as_list(item.get("publisher")):
        name, _ = _name(publisher)
        if name:
            meta.sites.insert(0, name)


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value] if value else []


def _name(value: object) -> tuple[str, str]:
    if isinstance(value, str):
        return value.strip(), ""
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"].strip(), str(value.get("@type", "")).lower()
    return "", ""


def _bylines(tree: Any) -> list[str]:
    """Visible bylines: ``rel=author`` links, or an element whose class says byline/author."""
    found = [text(a) for a in tree.iter("a") if "author" in (a.get("rel") or "").split()]
    for element in tree.iter("span", "div", "p", "address"):
        if not found and BYLINE_CLASS.search(element.get("class") or ""):
            found.append(text(element))
    return [f for f in found if 0 < len(f) <= 120]


def _captions(tree: Any) -> Iterator[Caption]:
    """Figure captions, their credit split off (a credit element or an "Image:" tail)."""
    for figure in tree.iter("figure"):
        for caption in figure.iter("figcaption"):
            credit_parts = [
                text(e) for e in caption.iter() if CREDIT_CLASS.search(e.get("class") or "")
            ]
            credit_parts += [text(e) for e in caption.iter("small", "cite")]
            whole = text(caption)
            credit = " ".join(dict.fromkeys(c for c in credit_parts if c)) or None
            for part in credit_parts:
                whole = whole.replace(part, " ")
            whole = " ".join(whole.split())
            found = image_credit(whole if credit is None else credit)
            if credit is None and found:
                whole, credit = found
            elif found:
                credit = found[1]
            if whole or credit:
                yield Caption(whole, credit)


def _standfirsts(tree: Any) -> Iterator[str]:
    for element in tree.iter("p", "div", "h2", "span"):
        classes = " ".join((element.get("class") or "").split())
        if not classes or NOT_STANDFIRST.search(classes):
            continue
        if any(STANDFIRST_CLASS.search(c) for c in classes.split()):
            found = text(element)
            if len(found) >= 40:
                yield found
