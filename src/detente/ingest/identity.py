"""When two inputs are the same article: the same content, or the same canonical URL.

``content_id`` hashes text with its whitespace collapsed, so a re-saved page or a re-wrapped
text dump keeps its id. ``url_key`` reduces a URL to what identifies the page (no scheme,
``www.``, fragment, tracking parameters or trailing slash). ``Seen`` remembers both across a
run; the store asks the same two questions of what it already holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from detente.records import Article

TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ocid", "cmpid", "ref", "smid", "partner")


def content_id(text: str) -> str:
    """A stable document id: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def url_key(url: str | None) -> str | None:
    """``https://www.dw.com/en/story/a-1/?utm_source=x#top`` → ``dw.com/en/story/a-1``."""
    if not url or "://" not in url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(TRACKING)]
    path = parts.path.rstrip("/")
    if not path and not query:
        return None  # a home page is not an article: misconfigured sites point every page there
    return f"{host}{port}{path}" + (f"?{urlencode(sorted(query))}" if query else "")


def article_keys(article: Article) -> tuple[str, ...]:
    """The keys under which ``article`` is known: its content hash and its canonical URL."""
    keys = [f"hash:{article.content_hash or article.doc_id}"]
    url = url_key(article.canonical_url or article.url)
    if url:
        keys.append(f"url:{url}")
    return tuple(keys)


@dataclass
class Seen:
    """The articles met so far in a run: ``first(article)`` names an earlier copy, if any."""

    sources: dict[str, str] = field(default_factory=dict)

    def first(self, article: Article) -> str | None:
        """The source of an earlier article with the same hash or canonical URL, else None
        (and ``article`` is remembered)."""
        keys = article_keys(article)
        for key in keys:
            if key in self.sources:
                return self.sources[key]
        for key in keys:
            self.sources[key] = article.source
        return None
