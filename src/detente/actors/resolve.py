"""Resolve mentions in parsed sentences to CAMEO actors at the article's date.

Three passes per sentence: names from the knowledge base (longest match first), role nouns
joined to the country that modifies them ("North Korean envoys" → PRKGOV), and pronouns or
bare surnames that point back to a person named earlier in the same article.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from detente.actors.kb import Entry, KnowledgeBase, fold
from detente.records import Actor, Document, Mention, Sentence, Token

MAX_NAME_TOKENS = 8
PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "its", "they", "their"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
# "the president of France", "envoys from Egypt", "opposition groups in Zimbabwe"
OF_PREPS = {"of", "from", "for", "in"}


@dataclass
class _Memory:
    """What the article has named so far: for surnames and pronouns."""

    people: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None


class ActorResolver:
    """Stage: ``Document`` → the same document with its actor ``mentions``."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, document: Document) -> Document:
        day = document.article.published or date.today()
        memory = _Memory()
        mentions: list[Mention] = []
        for sentence in document.sentences:
            mentions.extend(self.resolve_sentence(sentence, day, memory))
        return replace(document, mentions=tuple(mentions))

    def resolve_sentence(self, sentence: Sentence, day: date, memory: _Memory) -> list[Mention]:
        """Every actor mention of one sentence, in token order."""
        names = self._names(sentence, day, memory)
        agents = self._agents(sentence, names)
        pronouns = self._pronouns(sentence, names, memory)
        taken = {i for m in agents for i in range(m.first, m.last + 1)}
        kept = [m for m in names if not (m.head in taken and m.actor.kind != "person")]
        return sorted([*kept, *agents, *pronouns], key=lambda m: m.first)

    def _names(self, sentence: Sentence, day: date, memory: _Memory) -> list[Mention]:
        found: list[Mention] = []
        tokens = sentence.tokens
        i = 0
        while i < len(tokens):
            match = self._longest_name(sentence, i, day, memory)
            if match is None:
                i += 1
                continue
            found.append(match)
            if match.actor.kind == "person":
                memory.last_person = match.actor
                _remember(memory, tokens[match.first : match.last + 1], match.actor)
            i = match.last + 1
        return found

    def _longest_name(
        self, sentence: Sentence, i: int, day: date, memory: _Memory
    ) -> Mention | None:
        tokens = sentence.tokens
        if not tokens[i].text[:1].isupper():
            return None
        key = ""
        best: Mention | None = None
        for j in range(i, min(i + MAX_NAME_TOKENS, len(tokens))):
            part = fold(tokens[j].text)
            if not part and tokens[j].text != "-":
                break  # a name runs over hyphens ("Jong-un"), not over punctuation
            key += part
            actor = self._actor_for(key, tokens[i : j + 1], day, memory) if part else None
            if actor is not None:
                best = _mention(sentence, i, j, actor)
        return best

    def _actor_for(
        self, key: str, span: tuple[Token, ...], day: date, memory: _Memory
    ) -> Actor | None:
        text = " ".join(t.text for t in span)
        entries = [e for e in self.kb.lookup(key) if not e.acronym or _capitals(text)]
        if entries:
            return _entry_actor(self.kb, entries, day)
        if len(span) == 1 and key in memory.people:
            return memory.people[key]
        return None

    def _agents(self, sentence: Sentence, names: list[Mention]) -> list[Mention]:
        """Role nouns with a country: "North Korean envoys", "the president of France";
        "Japanese and South Korean officials" are two actors on one head noun."""
        out: list[Mention] = []
        for tok in sentence.tokens:
            sector = self.kb.agents.get(tok.lemma) or self.kb.agents.get(tok.text.lower())
            if tok.pos not in ("NOUN", "PROPN") or not sector:
                continue
            owners = _owners(sentence, tok, names)
            first = min([tok.i, *[m.first for m in owners if m.first < tok.i]])
            for owner in owners:
                actor = Actor(
                    code=owner.actor.country + sector,
                    country=owner.actor.country,
                    sector=sector,
                    name=f"{owner.actor.name} {tok.lemma}".strip(),
                    kind="agent",
                )
                out.append(_mention(sentence, first, tok.i, actor, head=tok.i))
        return out

    def _pronouns(self, sentence: Sentence, names: list[Mention], memory: _Memory) -> list[Mention]:
        out: list[Mention] = []
        for tok in sentence.tokens:
            if tok.pos != "PRON":
                continue
            word = tok.text.lower()
            actor = None
            if word in PRONOUNS:
                actor = _person_before(names, tok.i) or memory.last_person
            elif word in GROUP_PRONOUNS:
                actor = _speaker(sentence, tok, names)
            if actor is not None:
                out.append(_mention(sentence, tok.i, tok.i, actor, head=tok.i))
        return out


def _speaker(sentence: Sentence, tok: Token, names: list[Mention]) -> Actor | None:
    """ "Russia said it would …": "it" (or "they") in what a group says is the group."""
    clause = sentence.tokens[tok.head]
    if tok.dep not in ("nsubj", "nsubjpass", "poss") or clause.dep != "ccomp":
        return None
    verb = clause.head
    subjects = [t.i for t in sentence.children(verb) if t.dep == "nsubj"]
    found = [m for m in names if m.head in subjects and m.actor.kind != "person"]
    return found[0].actor if found else None


def _capitals(text: str) -> bool:
    return all(ch.isupper() for ch in text if ch.isalpha())


def _entry_actor(kb: KnowledgeBase, entries: list[Entry], day: date) -> Actor:
    top = entries[0]
    if top.kind != "person":
        return Actor(top.code, top.country, top.sector, top.name, kind=top.kind)
    same = [e for e in entries if e.kind == "person" and e.name == top.name]
    held = kb.person_at(same, day)
    if held is not None:
        return Actor(
            held.code, held.country, held.sector, held.name, held.start, held.end, kind="person"
        )
    before = [e for e in same if e.end is not None and e.end <= day]
    if before:
        last = max(before, key=lambda e: e.end or day)
        return Actor(last.country + "ELI", last.country, "ELI", last.name, kind="person")
    return Actor(top.country, top.country, "", top.name, kind="person")


def _remember(memory: _Memory, span: tuple[Token, ...], actor: Actor) -> None:
    for tok in span:
        if len(tok.text) >= 3 and tok.text[:1].isupper():
            memory.people[fold(tok.text)] = actor


def _person_before(names: list[Mention], i: int) -> Actor | None:
    before = [m for m in names if m.last < i and m.actor.kind == "person"]
    return before[-1].actor if before else None


def _attached(sentence: Sentence, mention: Mention, tok: Token) -> bool:
    head = sentence.tokens[mention.head]
    return head.head == tok.i and head.dep in MODIFIER_DEPS and mention.first < tok.i


def _owners(sentence: Sentence, tok: Token, names: list[Mention]) -> list[Mention]:
    """The countries or organisations a role noun belongs to, as far as the parse shows."""
    direct = [m for m in names if _attached(sentence, m, tok)]
    for child in [] if direct else sentence.children(tok.i):
        if child.dep == "prep" and child.text.lower() in OF_PREPS:
            objects = [t.i for t in sentence.children(child.i) if t.dep == "pobj"]
            direct += [m for m in names if m.head in objects]
    named = [m for m in direct if sentence.tokens[m.head].pos != "PRON"]
    direct = named or direct  # "his Russian counterpart" belongs to Russia, not to "his"
    heads = {m.head for m in direct}
    coordinated = [
        m
        for m in names
        if sentence.tokens[m.head].dep == "conj" and sentence.tokens[m.head].head in heads
    ]
    return [m for m in names if m in direct or m in coordinated]


def _mention(sentence: Sentence, first: int, last: int, actor: Actor, head: int = -1) -> Mention:
    tokens = sentence.tokens
    if head < 0:
        inside = range(first, last + 1)
        head = next((i for i in inside if not first <= tokens[i].head <= last), last)
    return Mention(
        sentence_index=sentence.index,
        first=first,
        last=last,
        start=tokens[first].start,
        end=tokens[last].end,
        text=sentence.text[tokens[first].start : tokens[last].end],
        actor=actor,
        head=head,
    )
