"""detente: who did what to whom, when and where, from international news.

>>> import detente
>>> events = detente.code_text("Russia attacked Ukraine on Monday.", published="2022-02-28")

Nothing heavy happens on import: the spaCy model and the dictionaries load when a
``Pipeline`` is made (``code_text`` makes one on first use).
"""

from detente.errors import DetenteError
from detente.pipeline import Pipeline, code_text
from detente.records import (
    Actor,
    Article,
    Caption,
    Document,
    Event,
    Location,
    Mention,
    Paragraph,
    Result,
    Sentence,
    Skipped,
    Token,
    Trigger,
)
from detente.settings import Settings
from detente.store import Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Caption",
    "DetenteError",
    "Document",
    "Event",
    "Location",
    "Mention",
    "Paragraph",
    "Pipeline",
    "Result",
    "Sentence",
    "Settings",
    "Skipped",
    "Store",
    "Token",
    "Trigger",
    "__version__",
    "code_text",
]
