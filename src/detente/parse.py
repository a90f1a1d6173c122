"""Parse: the only module that imports spaCy.

The spaCy ``Doc`` is converted once into plain ``Sentence``/``Token`` records, so that every
later stage can be tested with hand-built parses, pickled to workers, and re-run without a
model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from detente.errors import ModelError
from detente.records import Article, Document, Paragraph, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# The components detente reads; others (e.g. a textcat) are left disabled for speed.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install it, or set DETENTE_MODEL "
            f"(or --model) to an installed pipeline"
        ) from exc
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {name!r} has no dependency parser")
    unused = [p for p in nlp.pipe_names if p not in USED_COMPONENTS]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    return nlp


class Parser:
    """Stage: ``Article`` → ``Document`` with parsed sentences."""

    def __init__(self, nlp: Language, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Document:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Parse many articles, batching all their paragraphs through ``nlp.pipe``."""
        for article in articles:
            texts = [p.text for p in article.paragraphs]
            docs = self.nlp.pipe(texts, batch_size=self.batch_size)
            yield Document(article=article, sentences=_sentences(article, docs))


def _sentences(article: Article, docs: Iterable[Doc]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for paragraph, doc in zip(article.paragraphs, docs, strict=True):
        for span in doc.sents:
            if span.text.strip():
                out.append(to_sentence(article.doc_id, len(out), span, paragraph))
    return tuple(out)


def to_sentence(doc_id: str, index: int, span: Span, paragraph: Paragraph) -> Sentence:
    """Convert one spaCy sentence span to a ``Sentence`` record."""
    base_i, base_char = span.start, span.start_char
    tokens = tuple(_token(t, base_i, base_char) for t in span)
    return Sentence(doc_id=doc_id, index=index, text=span.text, role=paragraph.role, tokens=tokens)


def _token(t: Any, base_i: int, base_char: int) -> Token:
    return Token(
        i=t.i - base_i,
        text=t.text,
        lemma=t.lemma_.lower(),
        pos=t.pos_,
        tag=t.tag_,
        dep=t.dep_,
        head=t.head.i - base_i,
        start=t.idx - base_char,
        ent_type=t.ent_type_,
    )
