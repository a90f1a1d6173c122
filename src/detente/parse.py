"""Parse: the only module that imports spaCy.

Paragraphs are split into sentences by a rule-based splitter (spaCy's tokenizer and
sentencizer: cheap, and the same with and without the pre-filter); each sentence that can
hold an event (``detente.prefilter``) goes through the full pipeline on its own, batched
across articles, and is converted once into plain ``Sentence``/``Token`` records. The other
sentences keep their tokens without a parse (no tags, no dependencies), so sentence indexes
and offsets are the same whatever is parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from detente.errors import ModelError
from detente.records import Article, Document, Paragraph, Role, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from detente.prefilter import Prefilter

# Verb forms the English model's rule lemmatiser cuts to another word ("staged" → "stag",
# "waged" → "wag", "hoped" → "hop"), so that lexicon rows for the verb never matched.
VERB_LEMMA_FIXES = {
    **dict.fromkeys(("staged", "stages", "staging"), "stage"),
    **dict.fromkeys(("waged", "wages", "waging"), "wage"),
    **dict.fromkeys(("hoped", "hopes", "hoping"), "hope"),
    **dict.fromkeys(("raped", "rapes", "raping"), "rape"),
    **dict.fromkeys(("sniped", "snipes", "sniping"), "snipe"),
    **dict.fromkeys(("fined", "fines", "fining"), "fine"),
    **dict.fromkeys(("cordoned", "cordons", "cordoning"), "cordon"),
    **dict.fromkeys(("unbanned", "unbans", "unbanning"), "unban"),
    **dict.fromkeys(("teargassed", "teargasses", "teargassing"), "teargas"),
    **dict.fromkeys(("relaunched", "relaunches", "relaunching"), "relaunch"),
    "forgave": "forgive",
}
# The components detente reads; others are left disabled for speed. The entity recogniser
# is not among them: it costs about half of the small English pipeline's time, and the one
# thing detente took from it, dates, is found by rule (``events.when.date_spans``).
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# Articles whose selected sentences go through one ``nlp.pipe`` stream together.
ARTICLES_PER_GROUP = 16


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


@dataclass(frozen=True, slots=True)
class Split:
    """A sentence as the splitter found it: its text, role and unparsed tokens."""

    text: str
    role: Role
    tokens: tuple[Token, ...]

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


@dataclass
class ParseCounts:
    """How many sentences were seen and how many went through the full parse."""

    sentences: int = 0
    parsed: int = 0

    @property
    def share(self) -> float:
        return self.parsed / self.sentences if self.sentences else 0.0


class Parser:
    """Stage: ``Article`` → ``Document`` with parsed sentences."""

    def __init__(
        self, nlp: Language, batch_size: int = 64, prefilter: Prefilter | None = None
    ) -> None:
        from spacy.pipeline import Sentencizer

        self.nlp = nlp
        self.batch_size = batch_size
        self.prefilter = prefilter
        self.counts = ParseCounts()
        self._sentencizer = Sentencizer()

    def __call__(self, article: Article) -> Document:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Parse many articles, their selected sentences batched through ``nlp.pipe``."""
        stream = iter(articles)
        while group := list(islice(stream, ARTICLES_PER_GROUP)):
            yield from self.parse_group(group)

    def parse_group(self, articles: Sequence[Article]) -> list[Document]:
        """One ``nlp.pipe`` stream over the sentences of ``articles`` that need a parse."""
        splits = [self.split(a) for a in articles]
        wanted = [(a, s) for a, found in enumerate(splits) for s in sorted(self._select(found))]
        texts = ((splits[a][s].text, (a, s)) for a, s in wanted)
        parsed: dict[tuple[int, int], tuple[Token, ...]] = {}
        for doc, key in self.nlp.pipe(texts, as_tuples=True, batch_size=self.batch_size):
            parsed[key] = tuple(_token(t, 0, 0) for t in doc)
        self.counts.sentences += sum(len(found) for found in splits)
        self.counts.parsed += len(wanted)
        return [
            Document(article=article, sentences=_records(article, found, parsed, a))
            for a, (article, found) in enumerate(zip(articles, splits, strict=True))
        ]

    def _select(self, found: list[Split]) -> set[int]:
        if self.prefilter is None:
            return set(range(len(found)))
        return self.prefilter.select([s.words for s in found])

    def split(self, article: Article) -> list[Split]:
        """The article's sentences, in order, with their unparsed tokens."""
        out: list[Split] = []
        for paragraph in article.paragraphs:
            doc = self._sentencizer(self.nlp.make_doc(paragraph.text))
            out.extend(_split(span, paragraph) for span in doc.sents if span.text.strip())
        return out


def _split(span: Span, paragraph: Paragraph) -> Split:
    base_i, base_char = span.start, span.start_char
    tokens = tuple(_bare_token(t, base_i, base_char) for t in span)
    return Split(text=span.text, role=paragraph.role, tokens=tokens)


def _records(
    article: Article, found: list[Split], parsed: dict[tuple[int, int], tuple[Token, ...]], a: int
) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(article.doc_id, s, split.text, split.role, parsed.get((a, s), split.tokens))
        for s, split in enumerate(found)
    )


def to_sentence(doc_id: str, index: int, span: Span, paragraph: Paragraph) -> Sentence:
    """Convert one spaCy sentence span to a ``Sentence`` record."""
    base_i, base_char = span.start, span.start_char
    tokens = tuple(_token(t, base_i, base_char) for t in span)
    return Sentence(doc_id=doc_id, index=index, text=span.text, role=paragraph.role, tokens=tokens)


def _bare_token(t: Any, base_i: int, base_char: int) -> Token:
    """A token without a parse: its words only, its own head, no tags."""
    i = t.i - base_i
    return Token(i=i, text=t.text, lemma=t.text.lower(), pos="", tag="", dep="", head=i,
                 start=t.idx - base_char)  # fmt: skip


def _token(t: Any, base_i: int, base_char: int) -> Token:
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB":
        lemma = VERB_LEMMA_FIXES.get(t.text.lower(), lemma)
    return Token(
        i=t.i - base_i,
        text=t.text,
        lemma=lemma,
        pos=t.pos_,
        tag=t.tag_,
        dep=t.dep_,
        head=t.head.i - base_i,
        start=t.idx - base_char,
        ent_type=t.ent_type_,
    )
