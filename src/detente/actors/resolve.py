"""Resolve mentions in parsed sentences to CAMEO actors at the article's date.

Three passes per sentence: names from the knowledge base (longest match first, through a
hash of folded token runs rather than a loop over names), role nouns and titles joined to
their country (``roles``), and pronouns that point back (``coref``). Every mention says how
it was resolved and which knowledge-base entry it came from.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from detente.actors.coref import (
    first_person,
    note_speaker,
    pronoun_mentions,
    quotation_speaker,
    quote_closings,
    unattributed_quote,
)
from detente.actors.kb import INTERNATIONAL, Entry, KnowledgeBase, fold
from detente.actors.mentions import Memory, Named, is_main_subject, make_mention
from detente.actors.roles import (
    ethnic_home,
    is_ethnic,
    role_mentions,
    titled_people,
    titled_strangers,
)
from detente.records import Actor, Document, Mention, Sentence, Token

MAX_NAME_TOKENS = 8
NAME_PARTICLES = {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul"}
REGION_WORDS = {"latin", "south", "north", "central", "east", "west", "pan", "southeast",
                "northeast", "southwest", "northwest"}  # fmt: skip
HONORIFICS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sen", "rep", "sheikh"}
# "President Biden Tuesday said": a day or month next to a name is not part of it.
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


class ActorResolver:
    """Stage: ``Document`` → the same document with its actor ``mentions``."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, document: Document) -> Document:
        day = document.article.published or date.today()
        memory = Memory()
        mentions: list[Mention] = []
        closes = quote_closings(document.sentences)
        waiting: dict[int, list[Sentence]] = {}
        unsaid: set[int] = set()  # quotations whose sentence does not say who speaks
        spoke_at = -1  # the last sentence that named a quotation's speaker
        for sentence in document.sentences:
            later = closes.get(sentence.index)
            memory.speaker_later = later is not None
            if unattributed_quote(sentence, memory.quote_open):
                unsaid.add(sentence.index)
                # "'…,' the minister said. 'This is not possible.'": the speaker just named
                just = memory.quote_open or spoke_at == sentence.index - 1
                if later is None and just:
                    mentions.extend(quotation_speaker(sentence, memory.last_speaker))
            speaker = memory.last_speaker
            mentions.extend(self.resolve_sentence(sentence, day, memory))
            if memory.last_speaker is not speaker:
                spoke_at = sentence.index
            if later is not None:
                waiting.setdefault(later, []).append(sentence)
            for earlier in waiting.pop(sentence.index, []):
                # "'… We will retaliate in kind. …,' Lavrov said": once the speaker is named
                mentions.extend(first_person(earlier, memory.last_speaker))
                if earlier.index in unsaid:
                    mentions.extend(quotation_speaker(earlier, memory.last_speaker))
        mentions.sort(key=lambda m: (m.sentence_index, m.first))
        return replace(document, mentions=tuple(mentions))

    def resolve_sentence(self, sentence: Sentence, day: date, memory: Memory) -> list[Mention]:
        """Every actor mention of one sentence, in token order."""
        matched = titled_people(self.kb, sentence, self._names(sentence, day, memory))
        names = [_where_they_live(sentence, m, matched) for m in matched]
        memory.note(names)
        roles = role_mentions(self.kb, sentence, names, day, memory)
        roles += titled_strangers(self.kb, sentence, roles, names, memory)
        pronouns = pronoun_mentions(sentence, [*names, *roles], memory)
        taken = {i for m in roles for i in range(m.first, m.last + 1)}
        kept = [m for m in names if not (m.head in taken and m.actor.kind != "person")]
        mentions = sorted([*kept, *roles, *pronouns], key=lambda m: m.first)
        memory.last_subject = _main_subject(sentence, mentions)
        memory.last_pair = _subject_pair(sentence, mentions) or memory.last_pair
        note_speaker(sentence, mentions, memory)
        return mentions

    def _names(self, sentence: Sentence, day: date, memory: Memory) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(sentence.tokens):
            match = self._longest_name(sentence, i, day, memory)
            if (
                match is None
                or self._embedded(sentence, match)
                or self._part_of_name(sentence, match)
                or _regional(sentence, match)
            ):
                i += 1
                continue
            if match.actor.kind == "waters":  # "the Sea of Japan" is not Japan
                i = match.last + 1
                continue
            found.append(match)
            if match.actor.kind == "person" and match.how != "coreference":
                # "President Xi Jinping": "Xi" and "Jinping" name him later, "President" not
                span = tuple(t for t in sentence.tokens[match.first : match.last + 1]
                             if not self._title(t))  # fmt: skip
                memory.remember(span, Named(match.actor, match.kb_id))
            i = match.last + 1
        return found

    def _title(self, tok: Token) -> bool:
        """ "President", "Gen.", "Mr": a word that puts a surname after it."""
        word = tok.text.lower().rstrip(".")
        return word in HONORIFICS or self.kb.agents.get(word) is not None

    def _part_of_name(self, sentence: Sentence, match: Mention) -> bool:
        """ "Abdullah" in "Abdullah Ocalan", "Hassan" in "Omar Hassan al-Bashir": one word
        of a longer name we do not know is not the person that word names elsewhere."""
        if match.actor.kind != "person" or match.first != match.last or match.how == "coreference":
            return False
        tokens = sentence.tokens
        neighbours = [tokens[j] for j in (match.first - 1, match.last + 1) if 0 <= j < len(tokens)]
        return any(
            t.pos == "PROPN"
            and t.text[:1].isupper()
            and not self._title(t)  # "Dr Natalegawa": a title, not a first name
            and t.text.lower() not in CALENDAR
            for t in neighbours
        )

    def _embedded(self, sentence: Sentence, match: Mention) -> bool:
        """ "National Security Council" is not the UN's: an organisation's name inside a longer
        proper name that we do not know is that other body, not the organisation."""
        if match.actor.kind not in ("org", "group") or match.first == 0:
            return False
        before = sentence.tokens[match.first - 1]
        inside = match.first <= before.head <= match.last
        role = before.text.lower() in self.kb.agents and before.pos != "PROPN"
        known = role or any(
            not e.source.startswith(("phoenix:", "surname:"))
            for e in self.kb.lookup(fold(before.text))
        )
        return before.text[:1].isupper() and inside and not known and before.pos != "DET"

    def _longest_name(
        self, sentence: Sentence, i: int, day: date, memory: Memory
    ) -> Mention | None:
        tokens = sentence.tokens
        if not tokens[i].text[:1].isupper() and not _particle_first(tokens, i):
            return None
        best: Mention | None = None
        for j in range(i, min(i + MAX_NAME_TOKENS, len(tokens))):
            part = fold(tokens[j].text)
            if not part and tokens[j].text not in ("-", "'", "’"):
                break  # a name runs over hyphens ("Jong-un") and "Workers'", not punctuation
            key = fold(sentence.text[tokens[i].start : tokens[j].end])
            before = tokens[i - 1] if i else None
            found = self._lookup(key, tokens[i : j + 1], day, memory, before) if part else None
            if found is not None:
                actor, how, entry = found
                best = make_mention(sentence, i, j, actor, how=how, kb_id=entry.kb_id,
                                    at=(entry.lat, entry.lon))  # fmt: skip
        return best

    def _lookup(
        self,
        key: str,
        span: tuple[Token, ...],
        day: date,
        memory: Memory,
        before: Token | None = None,
    ) -> tuple[Actor, str, Entry] | None:
        text = " ".join(t.text for t in span)
        titled = before is not None and self._title(before)
        the = before is not None and before.text.lower() == "the"  # "The Hague": no Mr Hague
        entries = [
            e
            for e in self.kb.lookup(key)
            if (not e.acronym or _capitals(text))
            and not _borrowed_word(e, span)
            and (titled or not e.source.startswith("surname:"))
            and not (the and len(span) == 1 and e.kind == "person")
        ]
        if entries:
            actor, entry = entry_actor(self.kb, entries, day)
            return actor, _how(entry, key), entry
        if len(span) == 1 and key in memory.surnames:
            named = memory.surnames[key]
            proxy = Entry(text, "person", named.actor.code, named.actor.country,
                          named.actor.sector, named.actor.name)  # fmt: skip
            return named.actor, "coreference", proxy
        return None


def _regional(sentence: Sentence, match: Mention) -> bool:
    """ "Latin American nations", "South American leaders": a region's adjective, not the
    country's whose adjective ends it."""
    before = sentence.tokens[match.first - 1] if match.first > 0 else None
    return (
        before is not None
        and before.text.lower() in REGION_WORDS
        and match.actor.kind == "adjective"  # "south Serbia" is Serbia
    )


def _particle_first(tokens: tuple[Token, ...], i: int) -> bool:
    """ "al-Qaeda", "el-Sisi": a name may start with a lower-case particle joined by a hyphen."""
    return (
        tokens[i].text in NAME_PARTICLES
        and i + 2 < len(tokens)
        and tokens[i + 1].text == "-"
        and tokens[i + 2].text[:1].isupper()
    )


def _borrowed_word(entry: Entry, span: tuple[Token, ...]) -> bool:
    """A one-word name from the Phoenix lists counts only where the parser reads a proper
    noun: "Grant" or "Major" at the start of a sentence is not a person."""
    return entry.source.startswith("phoenix:") and len(span) == 1 and span[0].pos != "PROPN"


def _where_they_live(sentence: Sentence, m: Mention, names: list[Mention]) -> Mention:
    """ "Ethnic Albanians in south Serbia", "the Kurds of Iraq": a people named by its
    demonym and placed in another country is coded to where it lives, as CAMEO codes
    ethnic groups (their country, civilians)."""
    tok = sentence.tokens[m.head]
    people = tok.pos in ("NOUN", "PROPN") and tok.text.endswith("s")  # "Albanians"
    if m.actor.kind != "adjective" or not people:
        return m
    home = ethnic_home(sentence, tok, m.actor.country, names) or _stacked_home(sentence, m, names)
    if home is not None:
        country = home.actor.country
        actor = Actor(country + "CVL", country, "CVL", f"{m.text} ({country})", kind="agent")
        return replace(m, actor=actor, how="ethnic+place")
    for prep in sentence.children(tok.i):
        if prep.dep != "prep" or prep.text.lower() not in ("in", "of"):
            continue
        objects = {t.i for t in sentence.children(prep.i) if t.dep == "pobj"}
        for other in names:
            country = other.actor.country
            if (
                other.head in objects
                and other.actor.kind in ("country", "place")
                and country != m.actor.country
            ):
                actor = Actor(
                    country + "CVL", country, "CVL", f"{m.text} ({country})", kind="agent"
                )
                return replace(m, actor=actor, how="demonym+place")
    return m


def _stacked_home(sentence: Sentence, m: Mention, names: list[Mention]) -> Mention | None:
    """ "Bosnian Serbs", "Kosovo Albanians": a country's word before a people's is where the
    people live."""
    tok = sentence.tokens[m.head]
    if not is_ethnic(m.text):
        return None
    return next(
        (
            other
            for other in names
            if other.last == m.first - 1
            and sentence.tokens[other.head].head == tok.i
            and sentence.tokens[other.head].dep in ("amod", "compound")
            and other.actor.kind in ("country", "adjective", "place")
            and other.actor.country not in ("", m.actor.country, *INTERNATIONAL)
        ),
        None,
    )


def _main_subject(sentence: Sentence, mentions: list[Mention]) -> Named | None:
    """The country or body that is the subject of the sentence's main verb, if any."""
    for m in mentions:
        if is_main_subject(sentence, m) and m.actor.kind not in ("person", "place"):
            return Named(m.actor, m.kb_id)
    return None


def _subject_pair(sentence: Sentence, mentions: list[Mention]) -> tuple[Named, ...]:
    """ "Iran and Saudi Arabia agreed …": the countries the main verb's coordinated subject
    names, for "the two countries" and "their" in the sentences after."""
    subject = next((t for t in sentence.tokens if t.dep == "nsubj"
                    and sentence.tokens[t.head].dep == "ROOT"), None)  # fmt: skip
    if subject is None:
        return ()
    heads = {subject.i}
    for t in sentence.tokens:  # the chain of "and"s
        if t.dep == "conj" and t.head in heads:
            heads.add(t.i)
    found = [m for m in mentions if m.head in heads and m.actor.country
             and m.first >= sentence.dateline_end()]  # fmt: skip
    countries = {m.actor.country for m in found}
    return tuple(Named(m.actor, m.kb_id) for m in found) if len(countries) > 1 else ()


def _capitals(text: str) -> bool:
    return all(ch.isupper() for ch in text if ch.isalpha())


def _how(entry: Entry, key: str) -> str:
    if entry.kind == "user":
        return "user dictionary"
    return "name" if fold(entry.name) == key else "alias"


def entry_actor(kb: KnowledgeBase, entries: list[Entry], day: date) -> tuple[Actor, Entry]:
    """The actor a name stands for on ``day``; people by the office they held then."""
    top = entries[0]
    if top.kind == "user":
        return _user_actor([e for e in entries if e.kind == "user"], day)
    if top.kind != "person":
        return Actor(top.code, top.country, top.sector, top.name, kind=top.kind), top
    # "Clinton" in 2010 is Hillary: of the people a name may be, the one in office that day
    held = kb.person_at([e for e in entries if e.kind == "person"], day)
    same = [e for e in entries if e.kind == "person" and e.name == top.name]
    if held is not None:
        return Actor(held.code, held.country, held.sector, held.name, held.start, held.end,
                     kind="person", role=held.role), held  # fmt: skip
    before = [e for e in same if e.end is not None and e.end <= day]
    if before:
        last = max(before, key=lambda e: e.end or day)
        return Actor(last.country + "ELI", last.country, "ELI", last.name, kind="person"), last
    return Actor(top.country, top.country, "", top.name, kind="person"), top


def _user_actor(entries: list[Entry], day: date) -> tuple[Actor, Entry]:
    """A user's entry: a dated code valid on the day wins over an undated one."""
    valid = [e for e in entries if e.valid_on(day)] or entries
    best = min(valid, key=lambda e: (e.start is None and e.end is None, entries.index(e)))
    kind = "person" if any(e.start or e.end for e in entries) else "user"
    actor = Actor(best.code, best.country, best.sector, best.name, best.start, best.end, kind)
    return actor, best
