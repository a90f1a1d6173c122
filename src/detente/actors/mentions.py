"""Building mentions, and the article's memory of who it has named (for coreference)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from detente.actors.kb import INTERNATIONAL, fold
from detente.records import Actor, Mention, Sentence, Token

# "the soldiers fired at protesters" in a report about India: people of no stated country
# belong to the country the article is about: the only one the sentences before have
# named, or the one with 60% of at least 4 names so far.
MIN_NAMED, MAIN_SHARE = 4, 0.6


@dataclass(frozen=True, slots=True)
class Named:
    """A person the article has named, with the knowledge-base entry behind it."""

    actor: Actor
    kb_id: str


@dataclass
class Memory:
    """What the article has named so far, in order: for surnames, pronouns and titles."""

    surnames: dict[str, Named] = field(default_factory=dict)
    people: list[Named] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)  # names seen, by country
    last_subject: Named | None = None  # the group or country the last sentence was about
    last_speaker: Named | None = None  # who the last quotation was said by
    quote_open: bool = False  # a quotation runs on past the sentence before
    speaker_later: bool = False  # … and names its speaker in a sentence to come
    last_pair: tuple[Named, ...] = ()  # "Iran and Saudi Arabia agreed": "the two countries"
    before: Counter[str] = field(default_factory=Counter)  # … named before this sentence
    groups: dict[str, Actor] = field(default_factory=dict)  # "Chinese protesters", by noun
    last_crowd: Actor | None = None  # the crowd named last ("Some marched …" are of it)

    def note(self, mentions: list[Mention]) -> None:
        """Count the countries the article names (not pronouns, not international bodies)."""
        self.before = Counter(self.countries)
        for m in mentions:
            country = m.actor.country
            if m.how != "coreference" and country and country not in INTERNATIONAL:
                self.countries[m.actor.country] += 1

    def main_country(self) -> str | None:
        """The country the article is about, when one clearly dominates what it names."""
        if len(self.before) == 1:  # the only country the sentences before have named
            return next(iter(self.before))
        total = sum(self.countries.values())
        if total < MIN_NAMED:
            return None
        country, seen = self.countries.most_common(1)[0]
        return country if seen / total >= MAIN_SHARE else None

    def remember(self, span: tuple[Token, ...], named: Named) -> None:
        self.people.append(named)
        for tok in span:
            if len(tok.text) >= 3 and tok.text[:1].isupper():
                self.surnames[fold(tok.text)] = named

    def last_person(self) -> Named | None:
        return self.people[-1] if self.people else None

    def last_with_role(self, roles: tuple[str, ...]) -> Named | None:
        """The most recent person named who holds one of ``roles`` ("the president")."""
        return next((p for p in reversed(self.people) if p.actor.role in roles), None)


def quote_marks(text: str) -> int:
    """How many double quotation marks, straight or curly, the text holds."""
    return text.count('"') + text.count("“") + text.count("”")


def quote_open_after(text: str, open_before: bool) -> bool:
    """Is a quotation still open when the sentence ends? A sentence that opens with a
    quotation mark starts one afresh (a paragraph that goes on quoting opens again, without
    the one before having closed)."""
    odd = quote_marks(text) % 2 == 1
    return odd if text.lstrip()[:1] in '"“' else open_before != odd


def is_main_subject(sentence: Sentence, m: Mention) -> bool:
    """Is the mention the subject of the sentence's main verb?"""
    head = sentence.tokens[m.head]
    return head.dep == "nsubj" and sentence.tokens[head.head].dep == "ROOT"


def make_mention(
    sentence: Sentence, first: int, last: int, actor: Actor, *, head: int = -1, how: str = "",
    kb_id: str = "", at: tuple[float | None, float | None] = (None, None),
) -> Mention:  # fmt: skip
    """A mention over tokens ``first..last``; its head is the token that hangs outside."""
    tokens = sentence.tokens
    if head < 0:
        inside = range(first, last + 1)
        head = next((i for i in inside if not first <= tokens[i].head <= last), last)
    return Mention(
        sentence_index=sentence.index, first=first, last=last, start=tokens[first].start,
        end=tokens[last].end, text=sentence.text[tokens[first].start : tokens[last].end],
        actor=actor, head=head, how=how, kb_id=kb_id, lat=at[0], lon=at[1],
    )  # fmt: skip


def prefixed(sentence: Sentence, m: Mention, words: tuple[str, ...] = ("anti", "pro")) -> bool:
    """Is the name the object of a prefix such as "anti-" or "pro-" ("anti-Syria",
    "pro-Western")?"""
    i, tokens = m.first, sentence.tokens
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].text.lower() in words
