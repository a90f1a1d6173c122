"""The stage order, and the only module that knows it: read → parse → actors → events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import islice

from detente.actors import ActorResolver, load_kb
from detente.events import EventCoder, load_lexicon
from detente.ingest import read_paths
from detente.ingest.detect import content_id
from detente.ingest.textdump import read_textdump
from detente.ontology import load_codebook
from detente.parse import Parser, load_model
from detente.prefilter import Prefilter, verb_exceptions
from detente.records import Article, Document, Event, Mention, Result, Skipped
from detente.settings import Settings

# Items read ahead and coded together: one parse stream across their articles.
GROUP = 16
CODING_ERRORS = (ValueError, IndexError, KeyError, RecursionError)


class Pipeline:
    """Everything heavy (the spaCy model, the actor KB, the lexicon) is loaded here, once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.load()
        nlp = load_model(self.settings.model)
        kb = load_kb(self.settings.actors)
        lexicon = load_lexicon(self.settings.lexicon, builtin=self.settings.builtin_lexicon)
        prefilter = None
        if self.settings.prefilter:
            exceptions = verb_exceptions(nlp)
            prefilter = Prefilter.build(kb, lexicon, exceptions, self.settings.require_target,
                                        self.settings.implied_targets)  # fmt: skip
        self.parser = Parser(nlp, max(self.settings.batch_size, 1), prefilter)
        self.resolver = ActorResolver(kb)
        self.coder = EventCoder(lexicon, load_codebook(), self.settings.require_target,
                                self.settings.implied_targets)  # fmt: skip

    def code_article(self, article: Article) -> Result:
        """Parse, resolve actors and code events for one article."""
        return self.code_document(self.parser(article))

    def code_document(self, document: Document) -> Result:
        """Resolve actors and code events in a parsed article."""
        events = [e for e in self.coder(self.resolver(document)) if self._keep(e)]
        return Result(article=document.article, events=tuple(events))

    def _keep(self, event: Event) -> bool:
        if event.confidence < self.settings.min_confidence:
            return False
        return self.settings.include_negated or not event.negated

    def code_all(self, items: Iterable[Article | Skipped]) -> Iterator[Result | Skipped]:
        """Code a stream of articles, in order, a few at a time (one parse stream across
        their sentences); a document that fails is skipped, the batch goes on."""
        stream = iter(items)
        while group := list(islice(stream, GROUP)):
            yield from self.code_group(group)

    def code_group(self, items: Sequence[Article | Skipped]) -> list[Result | Skipped]:
        """Code a few items together; the results come back in the same order."""
        articles = [i for i in items if isinstance(i, Article) and i.paragraphs]
        parsed = iter(self._parse(articles))
        out: list[Result | Skipped] = []
        for item in items:
            if isinstance(item, Skipped):
                out.append(item)
            elif not item.paragraphs:
                out.append(Skipped(item.source, "no text to code"))
            else:
                out.append(self._code(item, next(parsed)))
        return out

    def _parse(self, articles: list[Article]) -> list[Document | Exception]:
        """Parse together; when that fails, one by one, so that one bad article is named."""
        try:
            return list(self.parser.parse_group(articles))
        except CODING_ERRORS:
            pass
        out: list[Document | Exception] = []
        for article in articles:
            try:
                out.append(self.parser(article))
            except CODING_ERRORS as exc:
                out.append(exc)
        return out

    def _code(self, article: Article, parsed: Document | Exception) -> Result | Skipped:
        try:
            if isinstance(parsed, Exception):
                raise parsed
            return self.code_document(parsed)
        except CODING_ERRORS as exc:
            return Skipped(article.source, f"coding failed: {type(exc).__name__}: {exc}")

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
