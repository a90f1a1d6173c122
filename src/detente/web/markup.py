"""Evidence as HTML: the sentence with its source, target and trigger marked, and the names
of the codes (quad classes, CAMEO roots) the pages print beside them."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from markupsafe import Markup, escape

from detente.ontology import load_codebook

QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
PRECISION = {
    "day": "to the day",
    "month": "to the month",
    "year": "to the year",
    "published": "the report's own date (the text gives no other)",
}
MARKS = (("src", "source"), ("tgt", "target"), ("trg", "trigger"))


def highlight(
    sentence: str,
    source: tuple[int, int] | None,
    target: tuple[int, int] | None,
    trigger: tuple[int, int] | None,
) -> Markup:
    """The sentence, escaped, with each span in a ``<mark>`` whose classes name what covers
    it (``src``, ``tgt``, ``trg``); spans may nest or overlap, offsets out of range are cut."""
    spans = [
        (cls, title, _clip(span, len(sentence)))
        for (cls, title), span in zip(MARKS, (source, target, trigger), strict=True)
    ]
    cuts = sorted({0, len(sentence)} | {i for _, _, s in spans if s for i in s})
    out = []
    for start, end in pairwise(cuts):
        text = escape(sentence[start:end])
        covering = [(c, t) for c, t, s in spans if s and s[0] <= start and end <= s[1]]
        if covering:
            classes = " ".join(c for c, _ in covering)
            titles = ", ".join(t for _, t in covering)
            out.append(
                Markup('<mark class="{}" title="{}">{}</mark>').format(classes, titles, text)
            )
        else:
            out.append(text)
    return Markup("").join(out)


def _clip(span: tuple[int, int] | None, length: int) -> tuple[int, int] | None:
    if span is None:
        return None
    start, end = max(0, min(span[0], length)), max(0, min(span[1], length))
    return (start, end) if end > start else None


@cache
def root_label(root: str) -> str:
    """The name of a CAMEO root ("16" → "Reduce relations"), or "" when unknown."""
    try:
        return load_codebook()[root].name.capitalize()
    except KeyError:
        return ""


def quad_label(quad: int) -> str:
    return QUADS.get(quad, "")


def safe_url(url: str | None) -> str | None:
    """A URL fit for an ``href``: only http and https (never ``javascript:``)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None
