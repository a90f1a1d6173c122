"""Negation and modality: was the event reported as happening, denied, intended or hypothetical?"""

from __future__ import annotations

from dataclasses import dataclass

from detente.events.syntax import LIGHT_VERBS, ancestors, child
from detente.records import Modality, Sentence, Token

NEGATION_WORDS = {"not", "n't", "never", "no", "neither", "nor"}
NEGATING_HEADS = {"fail", "avoid", "stop", "cease", "abandon", "halt"}
# "refused to lift the curfew" is not a negated easing but an asserted refusal (CAMEO 12).
REFUSING_HEADS = {"refuse", "decline", "reject", "rule"}
FAILING = {"founder", "collapse", "falter", "fail", "stall"}
DENYING_HEADS = {"deny", "dismiss", "reject"}
INTENT_HEADS = {
    "plan",
    "intend",
    "aim",
    "vow",
    "swear",
    "pledge",
    "prepare",
    "prepared",
    "promise",
    "offer",
    "agree",
    "propose",
    "due",
    "set",
    "willing",
    "ready",
    "eager",
    "keen",
    "determined",
}
# Trying is intending too, but "sought to impose sanctions" is an attempt, not a threat.
ATTEMPT_HEADS = {"seek", "want", "hope", "try", "attempt", "wish", "look", "consider", "mean"}
EXPECT_HEADS = {"expect", "likely", "poised", "anticipate", "predict", "forecast"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d"}
SPEECH_VERBS = {
    "say",
    "tell",
    "announce",
    "add",
    "state",
    "report",
    "claim",
    "insist",
    "write",
    "note",
    "stress",
    "signal",
    "confirm",
    "declare",
    "reiterate",
}
CIRCUMSTANCE = {"during", "after", "before", "since", "amid", "following", "despite", "until"}
CONTRAST = {"while", "whereas", "although", "though"}
CHAIN_DEPS = {"xcomp", "pcomp", "prep", "ccomp", "acomp", "advcl", "conj", "dobj", "pobj"}


@dataclass(frozen=True, slots=True)
class Mood:
    """How an event is reported."""

    negated: bool = False
    modality: Modality = "asserted"
    refused: bool = False
    attempted: bool = False
    # "will withdraw its force unless …", "may halt mediation if … does not improve": the act
    # is held over someone on a condition ("act"; "stop" when it is cooperation to be
    # stopped); "if" for a plain condition ("would strike if Tehran builds a bomb")
    conditional: str | None = None


def is_question(sentence: Sentence) -> bool:
    return sentence.text.rstrip().rstrip("\"'”’").endswith("?")


def mood(sentence: Sentence, i: int) -> Mood:
    """Read negation and modality from the trigger's clause and the verbs that govern it."""
    if is_question(sentence):
        return Mood(modality="question")
    negated = refused = attempted = False
    condition: str | None = None
    modality: Modality = "asserted"
    below = sentence.tokens[i]
    for j in _governing_chain(sentence, i):
        tok = sentence.tokens[j]
        above = j != i and tok.pos == "VERB" and below.dep != "conj"
        condition = condition or _on_condition(sentence, j, below.i)
        below = tok
        if above and tok.lemma in REFUSING_HEADS and sentence.tokens[i].dep in ("xcomp", "conj"):
            refused = refused or not negated
            continue
        negated = negated or _negated_here(sentence, j) or (above and tok.lemma in NEGATING_HEADS)
        attempted = attempted or (above and tok.lemma in ATTEMPT_HEADS)
        if above and tok.lemma in DENYING_HEADS:
            modality = "denied"
        elif modality == "asserted":
            modality = _modality_here(sentence, j, i)
    negated = negated and not refused
    moods = ("intended", "expected", "hypothetical")
    held = condition if not attempted and modality in moods else None
    return Mood(
        negated=negated and held != "strict",
        modality="intended" if held == "strict" else modality,
        refused=refused,
        attempted=attempted,
        conditional=("stop" if negated else "act") if held == "strict" else held,
    )


def _governing_chain(sentence: Sentence, i: int) -> list[int]:
    """The trigger and the verbs above it up to, not including, a verb of saying."""
    chain = []
    verbs = 0
    for j in ancestors(sentence, i):
        tok = sentence.tokens[j]
        if j != i and tok.lemma in SPEECH_VERBS:
            break
        if j != i and not verbs and _judged_noun_act(sentence, i, tok):
            break  # "did not condemn the missile strike": the strike happened
        verbs += tok.pos == "VERB"
        chain.append(j)
        if tok.dep not in CHAIN_DEPS or (tok.dep == "prep" and tok.text.lower() in CIRCUMSTANCE):
            break  # "during their talks, they agreed …": the talks are no intent
        if tok.dep == "advcl" and (_marks(sentence, j) & CIRCUMSTANCE or _contrast(sentence, j)):
            break  # "would retaliate after a bomb attack killed six": the attack happened
            # ("has not endorsed the plan, even as Egypt welcomed it": Egypt did)
    return chain


def _contrast(sentence: Sentence, j: int) -> bool:
    """Is clause ``j`` set against the one above ("while India will send …", "even as Egypt
    welcomed it"), not a condition of it ("as soon as NATO deployed troops")?"""
    marks = _marks(sentence, j)
    even = any(t.lemma == "even" for t in sentence.children(j))
    return bool(marks & CONTRAST) or ("as" in marks and even)


def _judged_noun_act(sentence: Sentence, i: int, verb: Token) -> bool:
    """Is the verb one that takes the event noun ``i`` as what it acts on, not one that says
    it happened ("held talks")?"""
    noun = sentence.tokens[i]
    return noun.pos == "NOUN" and verb.pos == "VERB" and verb.lemma not in LIGHT_VERBS


def _negated_here(sentence: Sentence, j: int) -> bool:
    for tok in sentence.children(j):
        # "no", "never"; "would neither accept nor recognise": "neither" on the first verb
        negator = tok.dep in ("advmod", "det", "preconj") and tok.lemma in NEGATION_WORDS
        if tok.dep == "neg" or negator:
            return True
        if tok.lemma == "longer" and child(sentence, tok.i, {"advmod", "neg"}, "no"):
            return True
    return _yet_to(sentence, j)


def _yet_to(sentence: Sentence, j: int) -> bool:
    """ "The United States has yet to release the aid": it has not."""
    tok = sentence.tokens[j]
    deps = {(t.dep, t.lemma) for t in sentence.children(j)}
    return (
        tok.lemma in ("have", "be")
        and ("advmod", "yet") in deps
        and any(d == "xcomp" for d, _ in deps)
    )


def _modality_here(sentence: Sentence, j: int, trigger: int) -> Modality:
    tok = sentence.tokens[j]
    aux = {t.text.lower() for t in sentence.children(j) if t.dep in ("aux", "auxpass")}
    if j != trigger and tok.lemma in EXPECT_HEADS:
        return "expected"
    if j != trigger and tok.lemma in INTENT_HEADS | ATTEMPT_HEADS:
        return "intended"
    if aux & FUTURE_AUX or ("going" in aux and tok.dep == "xcomp"):
        return "intended"
    if aux & HYPOTHETICAL_AUX:
        return "intended" if _reported(sentence, j) and "would" in aux else "hypothetical"
    if _marks(sentence, j) & {"if", "unless"}:
        return "hypothetical"
    return "asserted"


def _on_condition(sentence: Sentence, j: int, below: int) -> str | None:
    """The condition an act hangs on, if a clause of "unless", or of "if", hangs off the
    verb (not the clause the trigger is in): "strict" for "unless" or an "if" of failure
    ("if cooperation does not improve", "if the talks founder"), else "if"."""
    found = None
    for clause in sentence.children(j):
        if clause.dep != "advcl" or clause.i == below:
            continue
        marks = _marks(sentence, clause.i)
        failing = clause.lemma in FAILING | REFUSING_HEADS  # not "if the fighting stops"
        if "unless" in marks or ("if" in marks and (_negated_here(sentence, clause.i) or failing)):
            return "strict"
        found = "if" if "if" in marks else found
    return found


def is_condition(sentence: Sentence, i: int) -> bool:
    """Is the trigger inside a clause of "if" or "unless" ("unless Baghdad accepts its
    terms")? A condition set for another's act reports no act of its own."""
    for j in ancestors(sentence, i):
        tok = sentence.tokens[j]
        marks = _marks(sentence, j)
        if tok.dep == "advcl" and marks & {"if", "unless"}:
            return True
        if tok.dep == "advcl" and marks & CIRCUMSTANCE:
            return False  # "… if it took more steps after Pyongyang fired shells": it did
    return False


def _marks(sentence: Sentence, j: int) -> set[str]:
    """The words that open clause ``j`` ("if", "unless", "after" …)."""
    return {t.lemma for t in sentence.children(j) if t.dep == "mark"}


def _reported(sentence: Sentence, j: int) -> bool:
    """Is the clause the content of a verb of saying ("X would …, Psaki said")?"""
    head = sentence.tokens[sentence.tokens[j].head]
    if sentence.tokens[j].dep == "ccomp" and head.lemma in SPEECH_VERBS:
        return True
    return any(t.dep == "parataxis" and t.lemma in SPEECH_VERBS for t in sentence.children(j))


# Verbs that put out a decision ("announced the ambassador would be recalled")
DECISION_VERBS = {"announce", "state", "declare", "confirm", "decide"}


def announced_would(sentence: Sentence, i: int) -> bool:
    """Is the trigger's clause a "would" clause announced in the past ("announced on Monday
    the ambassador would be recalled")?"""
    for j in ancestors(sentence, i):
        tok = sentence.tokens[j]
        aux = {t.text.lower() for t in sentence.children(j) if t.dep in ("aux", "auxpass")}
        if "would" in aux and tok.dep == "ccomp":
            head = sentence.tokens[tok.head]
            return head.lemma in DECISION_VERBS and head.tag == "VBD"
        if tok.dep not in ("xcomp", "conj", "ccomp"):
            return False
    return False
