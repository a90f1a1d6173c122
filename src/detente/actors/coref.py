"""Within-document coreference: pronouns, and groups speaking of themselves.

"he", "she", "his" point back to the nearest person named before them; "it" and "they" in
what a country or body says ("Russia said it would …") are that country or body. Bare
surnames ("Biden" after "Joe Biden") and titles ("the president") are handled where names
and titles are matched, through the same ``Memory``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from detente.actors.mentions import (
    Memory,
    Named,
    is_main_subject,
    make_mention,
    quote_open_after,
)
from detente.records import Actor, Mention, Sentence, Token

PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "its", "they", "their"}
COUNTRY_NOUNS = {"country", "nation"}
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
JUDGING_VERBS = {"condemn", "criticize", "criticise", "accuse", "blame", "denounce", "praise",
                 "thank", "punish", "sanction", "warn", "rebuke", "slam", "censure", "fine",
                 "congratulate", "commend", "attack", "threaten", "reward"}  # fmt: skip
CROWD_PART = "crowd:part"  # the knowledge-base id of "some" of a crowd
CROWD_PARTS = {"some", "others", "many", "most", "several", "hundreds", "thousands", "dozens",
               "scores", "thousand", "hundred"}  # fmt: skip
PAIR_NOUNS = {"country", "nation", "side", "government", "neighbour", "neighbor", "state"}
IT_KINDS = {"country", "org", "group", "seat"}
EMPTY_VERBS = {"be", "seem", "appear", "remain", "take", "make", "happen", "matter"}
SELF_COMMITTING = {"vow", "promise", "pledge", "claim", "hope", "believe"}
QUOTE_MARKS = set("\"“”‘’'")
QUOTING_VERBS = {"say", "tell", "tweet", "write", "add", "declare", "announce", "state",
                 "insist", "warn", "stress", "post", "quote"}  # fmt: skip


def pronoun_mentions(sentence: Sentence, names: list[Mention], memory: Memory) -> list[Mention]:
    """Third persons first, then "I" and "we", who may be a "he" that says the quotation."""
    out: list[Mention] = []
    for tok in sentence.tokens:
        if tok.lemma in COUNTRY_NOUNS and tok.pos == "NOUN":
            out += _the_country(sentence, tok, memory)
        out += _the_two(sentence, tok, names, memory)
    out += _part_of_crowd(sentence, names, memory)
    third = _pronouns(sentence, names, memory, PRONOUNS | GROUP_PRONOUNS)
    first = _pronouns(sentence, [*names, *third], memory, FIRST_PERSON)
    return sorted([*out, *third, *first], key=lambda m: m.first)


def _pronouns(
    sentence: Sentence, names: list[Mention], memory: Memory, words: set[str]
) -> list[Mention]:
    out: list[Mention] = []
    for tok in sentence.tokens:
        word = tok.text.lower()
        if tok.pos != "PRON" or word not in words:
            continue
        named: Named | None = None
        if word in PRONOUNS:
            named = (
                _said_of_self(sentence, tok, names)
                or _person_before(
                    [m for m in names if not _same_clause_subject(sentence, tok, m)], tok.i
                )
                or _subject_after(sentence, tok, names)
                or _earlier_person(names, memory)
            )
        elif word in GROUP_PRONOUNS:
            named = (
                _speaker(sentence, tok, names)
                or _antecedent(sentence, tok, names)
                or _previous_subject(tok, memory)
            )
        elif word in FIRST_PERSON:
            named = quoted_speaker(sentence, tok, names) or _earlier_speaker(sentence, memory)
        if named is not None:
            out.append(make_mention(sentence, tok.i, tok.i, named.actor, head=tok.i,
                                    how="coreference", kb_id=named.kb_id))  # fmt: skip
    return out


def _part_of_crowd(sentence: Sentence, names: list[Mention], memory: Memory) -> list[Mention]:
    """ "Thousands of Chinese protesters held a rally … Some marched to the embassy, others
    were seen attacking restaurants, several thousand went to the ambassador's residence":
    a bare quantity as the subject is part of the crowd named last."""
    if memory.last_crowd is None:
        return []
    out = []
    for tok in sentence.tokens:
        word = tok.text.lower()
        subject_of = tok.dep in ("nsubj", "nsubjpass") or (
            word in ("thousand", "hundred") and tok.dep == "npadvmod"
        )
        bare = not any(t.dep == "prep" and t.text.lower() == "of" for t in sentence.children(tok.i))
        if word in CROWD_PARTS and subject_of and bare and not any(m.covers(tok.i) for m in names):
            out.append(make_mention(sentence, tok.i, tok.i, memory.last_crowd, head=tok.i,
                                    how="coreference", kb_id=CROWD_PART))  # fmt: skip
    return out


def _the_two(sentence: Sentence, tok: Token, names: list[Mention], memory: Memory) -> list[Mention]:
    """ "Iran and Saudi Arabia agreed … The two countries issued a statement", "Their
    foreign ministers are due to meet": the pair the report has just named as one subject."""
    if not memory.last_pair or {m.actor.country for m in names} & {
        p.actor.country for p in memory.last_pair
    }:
        return []
    word = tok.text.lower()
    pair_noun = (
        tok.lemma in PAIR_NOUNS
        and tok.tag == "NNS"
        and any(t.text.lower() in ("two", "both") for t in sentence.children(tok.i))
    )
    plural = word in ("they", "their") and tok.i == _first_word(sentence)
    if not (pair_noun or plural):
        return []
    return [make_mention(sentence, tok.i, tok.i, p.actor, head=tok.i, how="coreference",
                         kb_id=p.kb_id) for p in memory.last_pair]  # fmt: skip


def _first_word(sentence: Sentence) -> int:
    """The first word token (past opening quotation marks and line breaks)."""
    return next((t.i for t in sentence.tokens if t.text.strip() and t.text not in QUOTE_MARKS), 0)


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


def _antecedent(sentence: Sentence, tok: Token, names: list[Mention]) -> Named | None:
    """ "World leaders condemned North Korea after it conducted a test": "it" as the doer of
    a later clause is the country or body named last before it in the sentence."""
    if tok.text.lower() != "it" or tok.dep != "nsubj" or tok.head == tok.i:
        return None
    verb = sentence.tokens[tok.head]
    if verb.lemma in EMPTY_VERBS or verb.dep == "ROOT":
        return None  # "it is unclear", "it seems": no one
    before = [m for m in names if m.last < tok.i and _one_body(sentence, m)]
    if not before:
        return None
    # "Lebanon complained to the UN over raids in which it said …": the sentence's subject
    # first, else the nearest ("… condemned North Korea after it conducted a test")
    subject = next((m for m in before if is_main_subject(sentence, m)), None)
    found = _judged(sentence, verb, before) or subject or before[-1]
    return Named(found.actor, found.kb_id)


def _judged(sentence: Sentence, verb: Token, before: list[Mention]) -> Mention | None:
    """ "Japan condemned North Korea after it conducted a test", "… sanctioned Iran because
    it …": in a reason hung on a verb of judging, "it" is the one judged."""
    main = sentence.tokens[verb.head]
    if verb.dep != "advcl" or main.lemma not in JUDGING_VERBS:
        return None
    if verb.lemma in QUOTING_VERBS and any(
        t.dep == "mark" and t.text.lower() in ("as", "while") for t in sentence.children(verb.i)
    ):
        return None  # "accused Doha … as it announced the severing of ties": the accuser
    objects = {t.i for t in sentence.children(main.i) if t.dep == "dobj"}
    return next((m for m in before if m.head in objects), None)


def _one_body(sentence: Sentence, m: Mention) -> bool:
    """A country or body that "it" can stand for: not a person, not several people."""
    if m.actor.kind == "agent":
        # "the government", "Egypt's foreign ministry" (tagged as a name), not "the rebels"
        return sentence.tokens[m.head].tag in ("NN", "NNP")
    return m.actor.kind in IT_KINDS


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
    speaker was named: that speaker — unless the quotation names its speaker where it
    closes, later on (then ``speaker_later``, and ``first_person`` does it there)."""
    quoted = QUOTE_MARKS & set(sentence.text) or memory.quote_open
    return memory.last_speaker if quoted and not memory.speaker_later else None


def quote_closings(sentences: Sequence[Sentence]) -> dict[int, int]:
    """For each sentence inside a quotation that runs on past it, the index of the sentence
    where the quotation closes ("'… We will retaliate in kind. …,' Lavrov said.")."""
    out: dict[int, int] = {}
    waiting: list[int] = []
    quote_open = False
    for sentence in sentences:
        quote_open = quote_open_after(sentence.text, quote_open)
        if quote_open:
            waiting.append(sentence.index)
        else:
            out.update((i, sentence.index) for i in waiting)
            waiting = []
    return out


def first_person(sentence: Sentence, named: Named | None) -> list[Mention]:
    """ "I" and "we" of a sentence, as the speaker named where its quotation closes."""
    if named is None:
        return []
    said = [t for t in sentence.tokens if t.pos == "PRON" and t.text.lower() in FIRST_PERSON]
    return [make_mention(sentence, t.i, t.i, named.actor, head=t.i, how="coreference",
                         kb_id=named.kb_id) for t in said]  # fmt: skip


SPEAKER = "speaker of the quotation"  # how a quotation's speaker is marked on its opening


def unattributed_quote(sentence: Sentence, quote_open: bool) -> bool:
    """Is the sentence (part of) a quotation that does not say who says it ("'This is not
    possible.'", the second sentence of a quotation)?"""
    opens = sentence.text.lstrip()[:1] in QUOTE_MARKS
    saying = any(t.lemma in QUOTING_VERBS and t.pos == "VERB" for t in sentence.tokens)
    saying = saying or "according to" in sentence.text.lower()
    return (opens or quote_open) and not saying


def quotation_speaker(sentence: Sentence, named: Named | None) -> list[Mention]:
    """The speaker of a quotation its sentence does not attribute, marked on its opening
    quotation mark (else its first word): the one a judgment it voices comes from."""
    if named is None:
        return []
    at = next((t.i for t in sentence.tokens if t.text in QUOTE_MARKS), _first_word(sentence))
    return [make_mention(sentence, at, at, named.actor, head=at, how=SPEAKER,
                         kb_id=named.kb_id)]  # fmt: skip


def note_speaker(sentence: Sentence, names: list[Mention], memory: Memory) -> None:
    """Remember who the last quotation in the article was said by ("he" too, not "we"),
    and whether a quotation is still open when the sentence ends."""
    found = next((m for m in _quoting(sentence, names)
                  if sentence.tokens[m.head].text.lower() not in FIRST_PERSON), None)  # fmt: skip
    if found is not None:
        memory.last_speaker = Named(found.actor, found.kb_id)
    memory.quote_open = quote_open_after(sentence.text, memory.quote_open)


def _quoting(sentence: Sentence, names: list[Mention]) -> Iterator[Mention]:
    """In a sentence with a quotation, the mentions that are subjects of a verb of saying,
    verb by verb."""
    if not QUOTE_MARKS & set(sentence.text):
        return
    for verb in sentence.tokens:
        if verb.lemma in QUOTING_VERBS and verb.pos == "VERB":
            subjects = {t.i for t in sentence.children(verb.i) if t.dep == "nsubj"}
            # "Mambo Kawaya, a civil society representative, told AFP": a name we do not know,
            # said by its apposition
            subjects |= {t.i for s in subjects for t in sentence.children(s) if t.dep == "appos"}
            yield from (m for m in names if m.head in subjects)


def _subject_after(sentence: Sentence, tok: Token, names: list[Mention]) -> Named | None:
    """ "During his visit to China, Trump praised Xi": "his" in a phrase put before the
    clause is the person the clause is about."""
    people = [m for m in names if m.first > tok.i and m.actor.kind == "person"
              and sentence.tokens[m.head].dep == "nsubj"
              and tok.i in _before_subject(sentence, m.head)]  # fmt: skip
    return Named(people[0].actor, people[0].kb_id) if people else None


def _said_of_self(sentence: Sentence, tok: Token, names: list[Mention]) -> Named | None:
    """ "Putin met Erdogan and said he would visit Ankara", "…, saying he would only welcome
    him in Jerusalem": "he" as the subject of what someone says is the one who says it."""
    clause = sentence.tokens[tok.head]
    if tok.dep != "nsubj" or clause.dep != "ccomp":
        return None
    verb = sentence.tokens[clause.head]
    if verb.lemma not in QUOTING_VERBS | SELF_COMMITTING:
        return None
    speaker = _clause_subject(sentence, verb)
    found = [m for m in names if m.head == speaker and m.actor.kind == "person"]
    return Named(found[0].actor, found[0].kb_id) if found else None


def _clause_subject(sentence: Sentence, verb: Token) -> int | None:
    """The subject of a verb, or of the verb it hangs on ("…, saying", "met X and said")."""
    for _ in range(3):
        subj = next((t.i for t in sentence.children(verb.i) if t.dep == "nsubj"), None)
        if subj is not None or verb.dep not in ("advcl", "conj", "xcomp") or verb.head == verb.i:
            return subj
        verb = sentence.tokens[verb.head]
    return None


def _same_clause_subject(sentence: Sentence, tok: Token, m: Mention) -> bool:
    """ "Xi praised him": an object pronoun is not the subject of its own verb."""
    head = sentence.tokens[m.head]
    return tok.dep == "dobj" and head.dep == "nsubj" and head.head == tok.head


def _before_subject(sentence: Sentence, subj: int) -> set[int]:
    """The tokens of the phrases that hang on the subject's verb before the subject."""
    verb = sentence.tokens[subj].head
    out: set[int] = set()
    for t in sentence.children(verb):
        if t.i < subj and t.dep in ("prep", "advcl", "npadvmod"):
            out |= set(range(t.i, subj))
    return out


def _earlier_person(names: list[Mention], memory: Memory) -> Named | None:
    """The person named last in the sentences before this one."""
    here = {m.actor for m in names if m.actor.kind == "person"}
    return next((p for p in reversed(memory.people) if p.actor not in here), None)


def _person_before(names: list[Mention], i: int) -> Named | None:
    before = [m for m in names if m.last < i and m.actor.kind == "person"]
    return Named(before[-1].actor, before[-1].kb_id) if before else None


def _speaker(sentence: Sentence, tok: Token, names: list[Mention]) -> Named | None:
    """ "Russia said it would …": "it" (or "they") in what a group says is the group."""
    clause = sentence.tokens[tok.head]
    if clause.dep in ("aux", "auxpass"):  # "said it was concerned", "it" hung on "was"
        clause = sentence.tokens[clause.head]
    if tok.dep == "poss" and clause.dep in ("nsubj", "nsubjpass"):
        clause = sentence.tokens[clause.head]  # "Rwanda said its forces remain on alert"
    if tok.dep not in ("nsubj", "nsubjpass", "poss") or clause.dep != "ccomp":
        return None
    speaker = sentence.tokens[clause.head]
    subjects = [t.i for t in sentence.children(speaker.i) if t.dep == "nsubj"]
    if not subjects and speaker.dep == "conj":  # "Rwanda accused the DRC … and said its …"
        subjects = [t.i for t in sentence.children(speaker.head) if t.dep == "nsubj"]
    found = [m for m in names if m.head in subjects and m.actor.kind != "person"]
    return Named(found[0].actor, found[0].kb_id) if found else None
