"""The stage order, and the only module that knows it: read → parse → actors → events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from detente.actors import ActorResolver, load_kb
from detente.events import EventCoder, load_lexicon
from detente.ingest import read_paths
from detente.ingest.detect import content_id
from detente.ingest.textdump import read_textdump
from detente.ontology import load_codebook
from detente.parse import Parser, load_model
from detente.records import Article, Event, Mention, Result, Skipped
from detente.settings import Settings


class Pipeline:
    """Everything heavy (the spaCy model, the actor KB, the lexicon) is loaded here, once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.load()
        self.parser = Parser(load_model(self.settings.model), self.settings.batch_size)
        self.resolver = ActorResolver(load_kb(self.settings.actors))
        self.coder = EventCoder(
            load_lexicon(self.settings.lexicon), load_codebook(), self.settings.require_target
        )

    def code_article(self, article: Article) -> Result:
        """Parse, resolve actors and code events for one article."""
        document = self.resolver(self.parser(article))
        events = [e for e in self.coder(document) if self._keep(e)]
        return Result(article=article, events=tuple(events))

    def _keep(self, event: Event) -> bool:
        if event.confidence < self.settings.min_confidence:
            return False
        return self.settings.include_negated or not event.negated

    def code_all(self, items: Iterable[Article | Skipped]) -> Iterator[Result | Skipped]:
        """Code a stream of articles; a document that fails is skipped, the batch goes on."""
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            if not item.paragraphs:
                yield Skipped(item.source, "no text to code")
                continue
            try:
                yield self.code_article(item)
            except (ValueError, IndexError, KeyError, RecursionError) as exc:
                yield Skipped(item.source, f"coding failed: {type(exc).__name__}: {exc}")

    def run(
        self, paths: Iterable[str], published: date | None = None
    ) -> Iterator[Result | Skipped]:
        """Read and code every input under ``paths``."""
        return self.code_all(read_paths(paths, published=published))

    def resolve_text(self, text: str, day: date) -> list[Mention]:
        """The actor mentions of a phrase on a day (what ``detente actors lookup`` shows)."""
        article = read_textdump(text, source="<phrase>", doc_id=content_id(text), published=day)
        return list(self.resolver(self.parser(article)).mentions)

    def code_text(
        self, text: str, published: date | None = None, url: str | None = None
    ) -> list[Event]:
        article = read_textdump(
            text, source=url or "<text>", doc_id=content_id(text), published=published
        )
        if url is not None:
            article = _with_url(article, url)
        return list(self.code_article(article).events)


def _with_url(article: Article, url: str) -> Article:
    return replace(article, url=url)


@cache
def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """One shared pipeline per settings, built on first use (never at import)."""
    return Pipeline(settings)


def code_text(
    text: str, published: date | str | None = None, url: str | None = None
) -> list[Event]:
    """Code a piece of news text and return its events (for notebooks and scripts)."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return default_pipeline().code_text(text, published=published, url=url)
