"""Within-document coreference: pronouns, and groups speaking of themselves.

"he", "she", "his" point back to the nearest person named before them; "it" and "they" in
what a country or body says ("Russia said it would …") are that country or body. Bare
surnames ("Biden" after "Joe Biden") and titles ("the president") are handled where names
and titles are matched, through the same ``Memory``.
"""

from __future__ import annotations

from collections.abc import Iterator

from detente.actors.mentions import Memory, Named, make_mention
from detente.records import Actor, Mention, Sentence, Token

PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "its", "they", "their"}
COUNTRY_NOUNS = {"country", "nation"}
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
QUOTE_MARKS = set("\"“”‘’'")
QUOTING_VERBS = {"say", "tell", "tweet", "write", "add", "declare", "announce", "state",
                 "insist", "warn", "stress", "post", "quote"}  # fmt: skip


def pronoun_mentions(sentence: Sentence, names: list[Mention], memory: Memory) -> list[Mention]:
    out: list[Mention] = []
    for tok in sentence.tokens:
        if tok.lemma in COUNTRY_NOUNS and tok.pos == "NOUN":
            out += _the_country(sentence, tok, memory)
        if tok.pos != "PRON":
            continue
        word = tok.text.lower()
        named: Named | None = None
        if word in PRONOUNS:
            named = _person_before(names, tok.i) or memory.last_person()
        elif word in GROUP_PRONOUNS:
            named = _speaker(sentence, tok, names) or _previous_subject(tok, memory)
        elif word in FIRST_PERSON:
            named = quoted_speaker(sentence, tok, names) or _earlier_speaker(sentence, memory)
        if named is not None:
            out.append(make_mention(sentence, tok.i, tok.i, named.actor, head=tok.i,
                                    how="coreference", kb_id=named.kb_id))  # fmt: skip
    return out


def _the_country(sentence: Sentence, tok: Token, memory: Memory) -> list[Mention]:
    """ "a visit to the country by Macron" in a report about Lebanon: Lebanon."""
    children = list(sentence.children(tok.i))
    the = any(t.dep == "det" and t.text.lower() == "the" for t in children)
    owned = any(t.dep in ("poss", "amod", "compound") for t in children)
    country = memory.main_country()
    if not the or owned or country is None:
        return []
    actor = Actor(country, country, "", f"the country ({country})", kind="country")
    return [make_mention(sentence, tok.i, tok.i, actor, head=tok.i, how="coreference",
                         kb_id=f"country:{country}")]  # fmt: skip


def _previous_subject(tok: Token, memory: Memory) -> Named | None:
    """ "Russia expelled 60 diplomats. It also closed the consulate.": "it" or "they" as the
    subject of a sentence, with nothing in the sentence to point to, is the country or body
    that was the subject of the sentence before."""
    if tok.dep not in ("nsubj", "nsubjpass") or tok.text.lower() not in ("it", "they"):
        return None
    return memory.last_subject


def quoted_speaker(sentence: Sentence, tok: Token, names: list[Mention]) -> Named | None:
    """ "'I strongly condemn the tests,' NATO's Secretary General tweeted": in a quotation,
    "I" and "we" are whoever the sentence says is speaking."""
    found = next((m for m in _quoting(sentence, names) if m.head != tok.i), None)
    return Named(found.actor, found.kb_id) if found else None


def _earlier_speaker(sentence: Sentence, memory: Memory) -> Named | None:
    """ "'We will retaliate in kind,'" in a quotation that goes on from a sentence whose
    speaker was named: that speaker."""
    return memory.last_speaker if QUOTE_MARKS & set(sentence.text) else None


def note_speaker(sentence: Sentence, names: list[Mention], memory: Memory) -> None:
    """Remember who the last quotation in the article was said by."""
    found = next((m for m in _quoting(sentence, names) if m.how != "coreference"), None)
    if found is not None:
        memory.last_speaker = Named(found.actor, found.kb_id)


def _quoting(sentence: Sentence, names: list[Mention]) -> Iterator[Mention]:
    """In a sentence with a quotation, the mentions that are subjects of a verb of saying,
    verb by verb."""
    if not QUOTE_MARKS & set(sentence.text):
        return
    for verb in sentence.tokens:
        if verb.lemma in QUOTING_VERBS and verb.pos == "VERB":
            subjects = {t.i for t in sentence.children(verb.i) if t.dep == "nsubj"}
            yield from (m for m in names if m.head in subjects)


def _person_before(names: list[Mention], i: int) -> Named | None:
    before = [m for m in names if m.last < i and m.actor.kind == "person"]
    return Named(before[-1].actor, before[-1].kb_id) if before else None


def _speaker(sentence: Sentence, tok: Token, names: list[Mention]) -> Named | None:
    """ "Russia said it would …": "it" (or "they") in what a group says is the group."""
    clause = sentence.tokens[tok.head]
    if tok.dep not in ("nsubj", "nsubjpass", "poss") or clause.dep != "ccomp":
        return None
    subjects = [t.i for t in sentence.children(clause.head) if t.dep == "nsubj"]
    found = [m for m in names if m.head in subjects and m.actor.kind != "person"]
    return Named(found[0].actor, found[0].kb_id) if found else None
