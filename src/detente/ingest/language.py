"""Which language an article is in (py3langid, whose model ships inside the package).

The coder reads English; other articles are skipped with the reason ``language: xx``
until they can be coded. Short texts say little about their language (a line of names reads as
Latin or Javanese), so an article is skipped only when another language is likely (p ≥ 0.5)
and English is not (p < 0.01); an article whose best guess is unlikely is kept and marked
``und`` (undetermined), or ``en`` if English was the best guess.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from detente.records import Article, Skipped

SAMPLE = 3000
LIKELY = 0.5
UNLIKELY = 0.01
CODED = "en"


@cache
def _identifier() -> Any:
    """Loaded once per process, on the first article (about half a second)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float, float]:
    """The most likely ISO 639-1 code for ``text``, its probability and that of English."""
    ranked = _identifier().rank(text[:SAMPLE])
    best, probability = ranked[0]
    english = next((p for code, p in ranked if code == CODED), 0.0)
    return str(best), float(probability), float(english)


def check_language(article: Article) -> Article | Skipped:
    """The article with its language set, or ``Skipped`` when it is confidently not English."""
    sample = "\n".join(p.text for p in article.paragraphs if p.role != "caption")
    found, probability, english = identify(sample)
    if found != CODED and probability >= LIKELY and english < UNLIKELY:
        return Skipped(article.source, f"language: {found}")
    if probability < LIKELY:
        found = CODED if found == CODED else "und"
    return article if article.language == found else replace(article, language=found)
