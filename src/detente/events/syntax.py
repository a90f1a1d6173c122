"""Small helpers over a parsed ``Sentence``: clause chains, subjects and objects."""

from __future__ import annotations

from detente.records import Sentence, Token

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
# What one issues, sends or publishes: "issued a statement condemning …" is the issuer's act.
DOCUMENTS = {"statement", "declaration", "communique", "communiqué", "letter", "note", "message",
             "resolution", "editorial", "commentary", "report", "release", "notice", "memo",
             "memorandum", "post", "tweet", "video", "speech", "address", "article", "petition",
             "text", "document", "decree", "circular", "bulletin", "leaflet"}  # fmt: skip
SAYINGS = DOCUMENTS | {
    "accusation",
    "allegation",
    "claim",
    "charge",
    "remark",
    "comment",
    "threat",
    "warning",
    "assertion",
    "suggestion",
    "demand",
    "complaint",
}
INHERIT_SUBJECT_DEPS = {"conj", "advcl", "pcomp", "xcomp", "acl", "relcl", "ccomp", "prep"}

# Verbs that say an event noun happened as their object ("held talks", "launched an attack")
LIGHT_VERBS = {
    "have", "hold", "conduct", "attend", "begin", "start", "resume", "open", "join", "launch",
    "carry", "stage", "host", "continue", "impose", "announce", "mount", "wage", "undertake",
    "intensify", "escalate", "renew", "organise", "organize", "lead", "complete", "make",
    "issue", "lodge", "file", "extend", "pay", "sign", "perform", "engage", "enter", "step",
    "call", "plan", "prepare", "expand", "broaden", "deepen", "detonate", "plant", "set",
}  # fmt: skip


def ancestors(sentence: Sentence, i: int) -> list[int]:
    """``i`` and every token above it, nearest first."""
    chain = [i]
    seen = {i}
    while (head := sentence.tokens[chain[-1]].head) not in seen:
        chain.append(head)
        seen.add(head)
    return chain


def under(sentence: Sentence, i: int, j: int) -> bool:
    """Is token ``j`` in the phrase headed by ``i`` (``i`` among its ancestors)?"""
    return i in ancestors(sentence, j)


def in_clause(sentence: Sentence, i: int, j: int) -> bool:
    """Is token ``j`` under ``i`` without a clause of another verb in between ("mobilized
    reservists for a war against Iraq", not "… while UN inspectors said …")?"""
    chain = ancestors(sentence, j)
    if i not in chain:
        return False
    between = chain[1 : chain.index(i)]
    return not any(sentence.tokens[k].pos in ("VERB", "AUX") for k in between)


def child(sentence: Sentence, i: int, deps: set[str], lemma: str = "") -> Token | None:
    for tok in sentence.children(i):
        if tok.dep in deps and (not lemma or tok.lemma == lemma or tok.text.lower() == lemma):
            return tok
    return None


def clause_head(sentence: Sentence, i: int) -> int:
    """The verb that governs token ``i`` (itself if it is a verb)."""
    for j in ancestors(sentence, i):
        if sentence.tokens[j].pos in ("VERB", "AUX"):
            return j
    return sentence.tokens[i].head


def subject(sentence: Sentence, i: int, depth: int = 0) -> Token | None:
    """The (logical) subject of the verb at ``i``, following control and coordination."""
    tok = sentence.tokens[i]
    # "LIMA (Reuters) – Protesters blocked …": a dateline the parser took for a subject
    after = sentence.dateline_end()
    subjects = [t for t in sentence.children(i) if t.dep in SUBJECT_DEPS]
    found = next((t for t in subjects if t.i > after), subjects[0] if subjects else None)
    if found is not None and found.pos == "VERB" and found.tag in ("VBG", "VBN"):
        # "The Red Cross operating in Iraq said": a participle the parser made the subject
        found = child(sentence, found.i, {"nsubj", "nsubjpass"}) or found
    if found is not None:
        if found.text.lower() in RELATIVE_PRONOUNS and tok.dep == "relcl":
            return _sayer(sentence, tok.head) or _owner_of_noun(sentence, tok.head, depth)
        return found
    if depth > 6 or tok.head == i:
        return None
    head = sentence.tokens[tok.head]
    if tok.dep == "xcomp":
        controller = child(sentence, head.i, {"dobj"}) or passive_subject(sentence, head.i)
        if controller is not None and head.pos == "VERB":
            return controller
        if head.pos == "ADJ" and head.dep in ("amod", "acomp"):
            return (
                sentence.tokens[head.head]
                if head.dep == "amod"
                else subject(sentence, head.head, depth + 1)
            )
    if headless_predicate(sentence, i):
        return head  # "Hundreds of people protested outside the embassy"
    if tok.dep == "acl" and head.lemma in DOCUMENTS and tok.tag == "VBG":
        return _issuer(sentence, head, depth)
    if tok.dep in ("acl", "relcl") and head.pos in ("NOUN", "PROPN"):
        return head
    if tok.dep in INHERIT_SUBJECT_DEPS or head.dep == "prep":
        return subject(sentence, head.i, depth + 1)
    return None


def _sayer(sentence: Sentence, noun: int) -> Token | None:
    """Whose words a saying noun is: "the Chinese accusations that blamed Indian soldiers"."""
    if sentence.tokens[noun].lemma not in SAYINGS:
        return None
    return next((t for t in sentence.children(noun) if t.dep in ("poss", "amod")), None)


def _issuer(sentence: Sentence, document: Token, depth: int) -> Token | None:
    """Who issued a document: "Iran's statement", "a statement by Iran", "Iran issued a
    statement"; else the document itself."""
    for t in sentence.children(document.i):
        if t.dep == "poss":
            return t
        if t.dep == "prep" and t.text.lower() in ("by", "from"):
            found = child(sentence, t.i, {"pobj"})
            if found is not None:
                return found
    return _owner_of_noun(sentence, document.i, depth)


def _owner_of_noun(sentence: Sentence, noun: int, depth: int) -> Token | None:
    """For "an approach that will explore …", the one who holds the approach."""
    tok = sentence.tokens[noun]
    if tok.dep in ("dobj", "attr") and depth < 6:
        return subject(sentence, tok.head, depth + 1) or tok
    return tok


def passive_subject(sentence: Sentence, i: int) -> Token | None:
    """The passive subject; for "a Canadian who was kidnapped", the noun "who" stands for."""
    found = child(sentence, i, PASSIVE_SUBJECT_DEPS)
    tok = sentence.tokens[i]
    if found is not None and found.text.lower() in RELATIVE_PRONOUNS and tok.dep == "relcl":
        return sentence.tokens[tok.head]
    return found


def agent(sentence: Sentence, i: int) -> Token | None:
    """The "by X" of a passive verb."""
    by = child(sentence, i, {"agent"})
    return child(sentence, by.i, {"pobj"}) if by is not None else None


def prep_objects(sentence: Sentence, i: int, preps: set[str] | None = None) -> list[Token]:
    """Objects of prepositions attached to token ``i`` (optionally only the given ones)."""
    out: list[Token] = []
    for prep in sentence.children(i):
        name = prep.text.lower()
        if prep.dep in ("prep", "dative") and (preps is None or name in preps):
            for t in sentence.children(prep.i):
                if t.dep in ("pobj", "pcomp"):
                    # "signed agreements with Turkey and the UN clearing the way": Turkey
                    doer = child(sentence, t.i, {"nsubj"}) if t.dep == "pcomp" else None
                    out.append(doer or t)
    return out


def of_chain(sentence: Sentence, i: int) -> list[int]:
    """``i`` and the nouns below it through "of" ("the expulsion of the same number of US
    diplomats"), two steps down."""
    chain, frontier = [i], [i]
    for _ in range(2):
        frontier = [t.i for j in frontier for t in prep_objects(sentence, j, {"of"})]
        chain += frontier
    return chain


def conjuncts(sentence: Sentence, i: int) -> list[Token]:
    """``i`` and the tokens coordinated with it ("Kim and Trump")."""
    out = [sentence.tokens[i]]
    for tok in sentence.children(i):
        # "Saudi Arabia, the UAE, Bahrain and Egypt": a list the parser read as an apposition
        listed = tok.dep == "appos" and any(t.dep == "conj" for t in sentence.children(tok.i))
        if tok.dep == "conj" or listed:
            out.extend(conjuncts(sentence, tok.i))
    return out


def headless_predicate(sentence: Sentence, i: int) -> bool:
    """Is the verb at ``i`` the real predicate of a sentence the parser gave a noun for root
    ("Hundreds of people protested outside the embassy": "protested" as a participle on
    "Hundreds")?"""
    tok = sentence.tokens[i]
    head = sentence.tokens[tok.head]
    return (
        tok.dep == "acl"
        and tok.tag in ("VBN", "VBD")
        and head.dep == "ROOT"
        and head.pos in ("NOUN", "PROPN")
        and head.i < tok.i
    )
