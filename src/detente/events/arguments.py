"""Who did it to whom: map a trigger's syntactic arguments to actor mentions."""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.mentions import prefixed
from detente.events.syntax import (
    LIGHT_VERBS,
    agent,
    ancestors,
    child,
    clause_head,
    conjuncts,
    headless_predicate,
    of_chain,
    passive_subject,
    prep_objects,
    subject,
)
from detente.events.triggers import (
    CONTAINER_NOUNS,
    EVALUATION_RULE,
    FELT_AT,
    OBLIGATION_RULE,
    Candidate,
)
from detente.records import Mention, Sentence, Token

# Prepositions that introduce a target whatever the verb; others ("on", "from", "for") only
# when a lexicon pattern names them ("impose sanctions on X"), since "talks on security"
# or "aid for refugees" name topics, not targets.
TARGET_PREPS = {"with", "to", "against", "toward", "towards", "at", "into"}
NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "prep", "pobj", "conj"}
NP_PREPS = {"of", "from", "including"}
# … and for a show of force, who watched over it ("Kim Jong Un oversaw a missile test")
MEDIATING = frozenset({"broker", "mediate", "facilitate", "arbitrate", "negotiate"})
SUPERVISING = {"oversee", "supervise", "guide", "observe", "inspect", "watch"}
# Verbs that say an event noun happened ("clashes erupted between …").
HAPPENING_VERBS = {"erupt", "break", "occur", "continue", "resume", "begin", "start",
                   "intensify", "escalate", "rage", "flare", "take"}  # fmt: skip
# Verbs of going somewhere "for" an event noun ("converged on Lagos for a rally", "left for
# Cairo for talks with Egypt"): their subject takes part in the event.
GOING_VERBS = {"converge", "gather", "assemble", "arrive", "come", "go", "travel", "head",
               "leave", "fly", "return", "march", "set", "rally"}  # fmt: skip
# "engaged in ethnic cleansing", "took part in the talks": the subject does the event.
TAKING_PART_VERBS = {"engage", "participate", "involve", "take", "join", "persist"}
# Prepositions on a light verb that name the other party ("staged rallies against the
# government", "held talks with Seoul").
LIGHT_VERB_PREPS = {"with", "against", "to", "toward", "towards", "between", "among"}
# "is opposed to", "is committed to": passive in form, the subject's own stance.
STATIVE = {"oppose", "commit", "determine", "dedicate", "devote", "disappoint", "concern",
           "alarm", "satisfy", "interest", "prepare", "resolve"}  # fmt: skip
# Acts of saying whose that-clause names their addressee ("urged that X …").
SPEECH_ACT_ROOTS = {"01", "02", "09", "10", "11", "12", "13"}
OBJECT_PARTY_PREPS = {"with", "against", "toward", "towards", "between"}
# A complaint or protest is aimed at what it is about, not at whom it is lodged with.
GRIEVANCE_ROOTS = {"11", "14"}
# Acts done to someone ("the arrest of", "the killing of"): their "of" is the victim
VICTIM_ACTS = {"arrest", "detention", "sentencing", "sentence", "conviction", "killing",
               "execution", "jailing", "imprisonment", "abduction", "kidnapping", "expulsion",
               "deportation", "death", "murder", "torture", "treatment", "persecution", "trial",
               "prosecution", "assassination", "beating", "harassment", "mistreatment",
               "poisoning"}  # fmt: skip
GRIEVANCE_PREPS = {"over", "about", "against"}
PARTICIPANT_PREPS = {"between", "with", "among", "against", "on", "of", "to", "by", "toward"}


@dataclass(frozen=True, slots=True)
class Arguments:
    """Sources and targets found for a trigger, and whether the parse showed them."""

    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    completable: bool = True  # may missing roles be filled from the sentence's other actors?
    guarded: bool = False  # … only when just one other party is there to be meant
    passive: bool = False  # "talks were held": the verb's subject is its event noun
    victims: bool = False  # the act has an object that names no actor ("killing 20 people")
    predicated: bool = True  # a verb, or a noun a light verb acts out ("staged rallies")
    by_agent: bool = False  # the sources are a passive's "by" ("brokered by A and B")


def mention_at(sentence: Sentence, i: int | None, mentions: list[Mention]) -> Mention | None:
    """The actor a token stands for: a mention on it, else the nearest one inside its phrase."""
    if i is None:
        return None
    on = [m for m in mentions if m.covers(i)]
    if on:
        return next((m for m in on if m.head == i), on[0])
    frontier = [i]
    seen = {i}
    while frontier:
        nxt = []
        for j in frontier:
            # "its European Community partners": the name before the possessive pronoun
            for tok in sorted(sentence.children(j), key=lambda t: t.dep == "poss"):
                if tok.i in seen or not _inside_phrase(sentence, tok.i):
                    continue
                seen.add(tok.i)
                # (not "the anti-U.S. president's government": a name it is against)
                found = next((m for m in mentions if m.covers(tok.i)), None)
                if found is not None and not prefixed(sentence, found, ("anti",)):
                    return found
                nxt.append(tok.i)
        frontier = nxt
    return None


def _inside_phrase(sentence: Sentence, i: int) -> bool:
    tok = sentence.tokens[i]
    if tok.dep == "prep":
        return tok.text.lower() in NP_PREPS
    return tok.dep in NP_DEPS


def mentions_for(sentence: Sentence, i: int | None, mentions: list[Mention]) -> list[Mention]:
    """Mentions for a token and the tokens coordinated with it, without repeats."""
    if i is None:
        return []
    out: list[Mention] = []
    for tok in conjuncts(sentence, i):
        # "Japanese and South Korean officials": two actors share one head noun.
        shared = [m for m in mentions if m.head == tok.i]
        found = shared or [m for m in [mention_at(sentence, tok.i, mentions)] if m is not None]
        if not shared and found and found[0].head != tok.i:
            # "the diplomats from Argentina, Chile and Peru": all of those inside the phrase
            heads = {t.i for t in conjuncts(sentence, found[0].head)}
            found += [m for m in mentions if m.head in heads and m not in found]
        out.extend(m for m in found if m not in out)
    return out


def verb_arguments(sentence: Sentence, c: Candidate, mentions: list[Mention]) -> Arguments:
    """Active: subject → object; passive: "by" agent → passive subject."""
    passive = passive_subject(sentence, c.index)
    stative = sentence.tokens[c.index].lemma in STATIVE and agent(sentence, c.index) is None
    if passive is not None and child(sentence, c.index, {"auxpass"}) is not None and stative:
        return _stance(sentence, c, passive.i, mentions)
    reduced = passive is None and _reduced_passive(sentence, c.index, c.object_index)
    if reduced:
        passive = sentence.tokens[sentence.tokens[c.index].head]  # "sailors detained by …"
    elif passive is not None and child(sentence, c.index, {"auxpass"}) is None:
        passive = None
    if passive is not None:
        src = agent(sentence, c.index)
        tgt = passive.i if passive.i != c.object_index else None
        seized = passive.i == c.object_index and c.code[:2] in FORCE_AND_COERCION
        patients = _tuple(sentence, tgt, mentions) or _claimant(sentence, c, passive, mentions)
        doers = _tuple(sentence, src.i if src else None, mentions) or _unsaid_agent(
            sentence, c, mentions
        )
        return Arguments(
            doers,
            patients,
            # "an image released by Xinhua": what was done names no one to guess at; "a
            # border town seized by South Sudan": whose town may be
            completable=bool(patients) or not reduced or seized,
            passive=passive.i == c.object_index,
            by_agent=True,
        )
    subj = subject(sentence, c.index)
    sources = mentions_for(sentence, subj.i if subj else None, mentions)
    for other in _comma_subjects(sentence, c.index, subj):  # "Japan, S. Korea condemn …"
        sources += [m for m in mentions_for(sentence, other, mentions) if m not in sources]
    if not sources and subj is not None and subj.lemma in OWNED_ACTS:
        # "an al-Shabab attack killed …", "Russian shelling destroyed …": whose act it was
        sources = [m for t in sentence.children(subj.i) if t.dep in ("poss", "compound", "amod")
                   for m in mentions_for(sentence, t.i, mentions)]  # fmt: skip
    if not sources and c.code[:2] in GIVING and c.object_index is not None:
        # "two planes carrying Chinese relief supplies": the giver is whose the aid is
        sources = _owners_of(sentence, c.object_index, mentions)
    targets: list[Mention] = []
    for i in _target_tokens(sentence, c):
        targets = [m for m in mentions_for(sentence, i, mentions) if m not in sources]
        if targets:
            break
    if c.code[:2] in CRITICISM_ROOTS:  # "condemned the downing of a Russian jet": the victim
        targets = [m for m in targets if not _own_victim(sentence, c, m, sources)]
    # "condemned the launch": the object is there but names no actor, so its actor is only
    # taken from the sentence when one other party could be meant.
    objects = [t.i for t in sentence.children(c.index) if t.dep == "dobj"]
    open_object = any(i != c.object_index for i in objects)
    if not targets and not open_object and c.code[:2] in FORCE_AND_COERCION:
        # "opened fire and seized three Ukrainian ships": one doer, one at the receiving end
        shared = [t.i for v in _coordinated_verbs(sentence, c.index)
                  for t in sentence.children(v) if t.dep == "dobj"]  # fmt: skip
        targets = [m for i in shared for m in mentions_for(sentence, i, mentions)
                   if m not in sources][:1]  # fmt: skip
    return Arguments(tuple(sources), tuple(targets), completable=True, guarded=open_object,
                     victims=open_object)  # fmt: skip


def quoted_arguments(
    sentence: Sentence, c: Candidate, mentions: list[Mention], speaker: Mention
) -> Arguments:
    """ "'What Israel did was murder.'": the speaker of the quotation judges the act's doer."""
    act = sentence.tokens[c.object_index if c.object_index is not None else c.index]
    if act.pos in ("VERB", "AUX"):  # a clause: its subject did it
        doer = subject(sentence, act.i)
        found = mentions_for(sentence, doer.i, mentions) if doer is not None else []
    elif act.pos == "NOUN":  # "the expulsion of their diplomats": whose expulsion, not whom
        by = [t.i for j in of_chain(sentence, act.i) for t in prep_objects(sentence, j, {"by"})]
        found = _owners_of(sentence, act.i, mentions)
        found += [m for i in by for m in mentions_for(sentence, i, mentions)]
    else:
        found = mentions_for(sentence, act.i, mentions)
    return Arguments((speaker,), tuple(m for m in found if m is not speaker))


def feeling_arguments(sentence: Sentence, c: Candidate, mentions: list[Mention]) -> Arguments:
    """ "Canada was gravely concerned over Saudi arrests": who feels it, at whose act."""
    tok = sentence.tokens[c.index]
    holder = child(sentence, c.index, {"nsubj", "nsubjpass"})
    # "the UN is concerned": on the copula; "it was concerned": on the auxiliary
    hosts = [tok.head] if tok.dep == "acomp" else []
    hosts += [t.i for t in sentence.children(c.index) if t.dep in ("aux", "auxpass")]
    for host in hosts:
        holder = holder or child(sentence, host, {"nsubj", "nsubjpass"})
    sources = mentions_for(sentence, holder.i if holder else None, mentions)
    acts = prep_objects(sentence, c.index, FELT_AT)
    targets = [m for t in acts for m in mentions_for(sentence, t.i, mentions) if m not in sources]
    if not targets:  # "… over a new wave of arrests in the kingdom": whose arrests
        targets = [m for t in acts for j in of_chain(sentence, t.i)
                   for m in _owners_of(sentence, j, mentions) if m not in sources]  # fmt: skip
    # "concerned over arrests of women in the kingdom": what it is felt at is named, but not
    # whose it was, so no one is guessed at; "was extremely disturbed": the report's other side
    return Arguments(tuple(sources), tuple(targets), completable=not acts)


def _claimant(
    sentence: Sentence, c: Candidate, claim: Token, mentions: list[Mention]
) -> tuple[Mention, ...]:
    """ "Colombia accused Chavez of funding the rebels -- a charge denied by his government":
    a claim denied by one side was made by the subject of the clause it sums up."""
    if c.code[:2] != "01" or claim.lemma not in CLAIMS:
        return ()
    # set off by a comma or dash, however the parser hangs it
    if not any(sentence.tokens[j].pos == "PUNCT" for j in range(max(claim.i - 2, 0), claim.i)):
        return ()
    said = sentence.tokens[claim.head]
    while said.dep not in ("ROOT", "ccomp") and said.head != said.i and said.pos != "VERB":
        said = sentence.tokens[said.head]
    claimant = subject(sentence, said.i)
    return _tuple(sentence, claimant.i if claimant else None, mentions)


def _own_victim(sentence: Sentence, c: Candidate, m: Mention, sources: list[Mention]) -> bool:
    """Is the mention, of the critic's own country, what the criticised act was done to
    ("Putin condemned the downing of a Russian jet")?"""
    if m.actor.country not in {s.actor.country for s in sources}:
        return False
    head = sentence.tokens[m.head]
    chain = ancestors(sentence, head.i)[1:]
    return any(sentence.tokens[j].text.lower() == "of" and sentence.tokens[j].dep == "prep"
               and sentence.tokens[sentence.tokens[j].head].dep == "dobj"
               and sentence.tokens[sentence.tokens[j].head].head == c.index
               for j in chain)  # fmt: skip


def _unsaid_agent(sentence: Sentence, c: Candidate, mentions: list[Mention]) -> tuple[Mention, ...]:
    """The doer of a passive that names no "by": whose act it happened in ("two civilians
    were killed in an Israeli air raid"), or where one was summoned to ("the ambassador was
    summoned to the Turkish foreign ministry")."""
    verb = sentence.tokens[c.index]
    if verb.lemma in SENDING_AWAY:  # "the ambassador has been asked to leave Mali": by Mali
        left = [o for x in sentence.children(c.index) if x.dep == "xcomp" and x.lemma in LEAVING
                for o in sentence.children(x.i) if o.dep == "dobj"]  # fmt: skip
        if left:
            return tuple(mentions_for(sentence, left[0].i, mentions))
    for p in sentence.children(c.index):
        word = p.text.lower()
        for o in (t for t in sentence.children(p.i) if t.dep == "pobj"):
            if word == "in" and o.lemma in OWNED_ACTS:
                return tuple(_owners_of(sentence, o.i, mentions))
            if word == "to" and verb.lemma == "summon":
                return tuple(mentions_for(sentence, o.i, mentions))
    if verb.dep == "ccomp" and sentence.tokens[verb.head].lemma in ANNOUNCING:
        # "Natalegawa announced the ambassador would be recalled", "police said 20 protesters
        # were arrested": what a government announces of ties, or the police of arrests,
        # without a "by", it does itself (not "Kyiv said Ukrainians were detained")
        found = subject(sentence, verb.head)
        sayers = mentions_for(sentence, found.i if found else None, mentions)
        own = [m for m in sayers if c.code[:2] == "16" or (
            c.code[:2] == "17" and m.actor.sector in ("COP", "JUD"))]  # fmt: skip
        return tuple(own)
    return ()


def _comma_subjects(sentence: Sentence, verb: int, subj: Token | None) -> list[int]:
    """A headline's names listed by commas before its verb ("US, UK strike Houthi targets"),
    which the parser hangs on the verb as a second subject or a loose dependent, and two
    titled names joined by "and" that it makes two subjects ("Eritrean President Isaias
    Afwerki and Ethiopian Prime Minister Abiy Ahmed signed …")."""
    if subj is None or subj.head != verb:
        return []
    tokens = sentence.tokens
    listed = [t.i for t in sentence.children(verb)
              if t.dep in ("nsubj", "dep") and t.pos == "PROPN" and t.i < subj.i
              and t.i + 1 < len(tokens) and tokens[t.i + 1].text == ","]  # fmt: skip
    joined = [t.i for t in sentence.children(verb)
              if t.dep == "nsubj" and t.i != subj.i and t.pos == "PROPN" and subj.pos == "PROPN"
              and any(c.dep == "cc" and c.lemma == "and"
                      for c in sentence.children(min(t.i, subj.i)))]  # fmt: skip
    return listed + [i for i in joined if i not in listed]


def _owners_of(sentence: Sentence, i: int, mentions: list[Mention]) -> list[Mention]:
    """The names that modify a noun, or the noun it is a compound of ("Chinese relief
    supplies")."""
    tok = sentence.tokens[i]
    heads = [i] + ([tok.head] if tok.dep == "compound" else [])
    return [m for h in heads for t in sentence.children(h) if t.dep in ("amod", "poss", "compound")
            for m in mentions_for(sentence, t.i, mentions)]  # fmt: skip


def _coordinated_verbs(sentence: Sentence, i: int) -> list[int]:
    """The verbs joined to ``i`` by "and" with no subject of their own, or the one it is
    joined to."""
    tok = sentence.tokens[i]
    out = [t.i for t in sentence.children(i) if t.dep == "conj" and t.pos == "VERB"
           and child(sentence, t.i, {"nsubj", "nsubjpass"}) is None]  # fmt: skip
    if tok.dep == "conj" and child(sentence, i, {"nsubj", "nsubjpass"}) is None:
        out.append(tok.head)
    return out


def _reduced_passive(sentence: Sentence, i: int, own: int | None = None) -> bool:
    """ "the sailors detained by Russian forces", "citizens held hostage in the Philippines":
    a past participle on a noun says what was done to the noun."""
    tok = sentence.tokens[i]
    head = sentence.tokens[tok.head]
    if tok.dep != "acl" or head.pos not in ("NOUN", "PROPN", "PRON"):
        return False
    if headless_predicate(sentence, i):
        return False
    # ("a tanker seized off Gibraltar": a participle the tagger took for a past tense)
    if tok.tag != "VBN" and (tok.tag != "VBD" or child(sentence, i, {"nsubj"}) is not None):
        return False
    # not a main verb the tagger took for a participle ("Doctors from two aid groups donated
    # and delivered $50,000 worth of goods"): a participle said of its noun has no object
    # ("citizens held hostage in the Philippines": "hostage" is the pattern's own word)
    verbs = [tok, *(t for t in sentence.children(i) if t.dep == "conj")]
    predicative = own is not None and sentence.tokens[own].lemma in HELD_AS
    return not any(t.dep == "dobj" and not (predicative and t.i == own)
                   for v in verbs for t in sentence.children(v.i))  # fmt: skip


def _stance(sentence: Sentence, c: Candidate, holder: int, mentions: list[Mention]) -> Arguments:
    """ "Israel is opposed to French mediation": the subject holds the view."""
    sources = mentions_for(sentence, holder, mentions)
    targets = [m for t in prep_objects(sentence, c.index, TARGET_PREPS)
               for m in mentions_for(sentence, t.i, mentions) if m not in sources]  # fmt: skip
    return Arguments(tuple(sources), tuple(targets))


def _clause_subject(sentence: Sentence, c: Candidate) -> list[int]:
    """ "demanded that Pyongyang give up its programme": the one the demand is addressed to."""
    if c.code[:2] not in SPEECH_ACT_ROOTS:
        return []
    out = []
    for clause in sentence.children(c.index):
        if clause.dep == "ccomp":
            found = child(sentence, clause.i, {"nsubj", "nsubjpass"})
            out += [found.i] if found is not None else []
    return out


def addressed_to_no_one(sentence: Sentence, c: Candidate, args: Arguments) -> bool:
    """ "Biden said 'force should never seek to overrule the will of the people'": what must
    be done is said of something that names no actor, so no one is guessed at."""
    return bool(c.rule == OBLIGATION_RULE and not args.targets and _clause_subject(sentence, c))


def _target_tokens(sentence: Sentence, c: Candidate) -> list[int]:
    if c.rule == EVALUATION_RULE and c.object_index is not None:
        # "'A missile launch across Japan is an outrageous act,' Abe told reporters": the
        # doer of the act judged, not whom it was said to
        return [c.object_index]
    tokens = _object_parties(sentence, c) + _prep_targets(sentence, c)
    if c.code[:2] == "11":
        tokens = [j for i in tokens for j in _doers_for_victims(sentence, i)]
    tokens = [i for i in tokens + _clause_subject(sentence, c) if i != c.object_index]
    # Last, the pattern's own object: "expelled two Russian diplomats" targets Russia …
    if c.object_index is None:
        return tokens
    if c.code[:2] == "04":  # … but "received the Ukrainian premier at the Vatican" first
        return [c.object_index, *tokens]
    return [*tokens, c.object_index]


def _subject_of_next(sentence: Sentence, verb: int, obj: Token) -> bool:
    """ "Cavusoglu warned Turkey would impose sanctions": an object the parser gave the verb
    that is the subject of the clause right after it (one with a modal and no subject)."""
    nxt = obj.i + 1
    if nxt >= len(sentence.tokens) or sentence.tokens[nxt].dep != "aux":
        return False
    clause = sentence.tokens[sentence.tokens[nxt].head]
    no_subject = child(sentence, clause.i, {"nsubj", "nsubjpass"}) is None
    return clause.head == verb and clause.dep == "ccomp" and no_subject


def _doers_for_victims(sentence: Sentence, i: int) -> list[int]:
    """ "Concern over the sentencing of an Australian writer … in Beijing": criticism of what
    was done to someone is aimed at whoever did it, or the place it was done in, never at
    the victim."""
    # (… also inside an amount: "a new wave of arrests of women in the kingdom")
    act = next((j for j in of_chain(sentence, i) if sentence.tokens[j].lemma in VICTIM_ACTS), None)
    if act is None:
        return [i]
    by = [t.i for t in prep_objects(sentence, act, {"by"})]
    return by + [t.i for j in of_chain(sentence, i) for t in prep_objects(sentence, j, {"in"})]


def _object_parties(sentence: Sentence, c: Candidate) -> list[int]:
    """The parties the verb's objects name: an envoy's host, the doer of an act named as
    the object, whom aid is for, whom an agreement is between."""
    tokens = []
    if c.object_index is not None:
        # "demanded the release of Ukrainian sailors held by Russia": who holds them
        below = of_chain(sentence, c.object_index)[1:]
        tokens += [i for j in below for i in _done_by(sentence, sentence.tokens[j])]
    if c.object_index is not None and sentence.tokens[c.object_index].lemma in POSTED:
        # "recalled Venezuela's ambassador to the United States", "appointed Plasencia as
        # ambassador to Bogota": the host country
        # … and "recalling its ambassadors from Poland and Lithuania"
        hosts = {"to", "in"} | ({"from"} if sentence.tokens[c.index].lemma in RECALLING else set())
        tokens += [t.i for a in (c.object_index, c.index) for t in prep_objects(sentence, a, hosts)]
    objects = [t for t in sentence.children(c.index) if t.dep in ("dobj", "dative", "iobj")
               and not _subject_of_next(sentence, c.index, t)]  # fmt: skip
    # "applaud the decisions taken by the Arab League": who did what the object names first
    # … or whose act it names ("welcomed the release of the fishermen by Sri Lanka")
    tokens += [i for t in objects if t.dep == "dobj" for i in _done_by(sentence, t)]
    tokens += [o.i for t in objects if t.dep == "dobj" for o in prep_objects(sentence, t.i, {"by"})]
    tokens += [t.i for t in objects]
    tokens = [i for i in tokens if i != c.object_index]
    if c.object_index is not None and c.code[:2] in FORCE_AND_COERCION:
        # "tighten the naval blockade of Serbia … with Albania": whom the act is done to
        tokens += [t.i for t in prep_objects(sentence, c.object_index, {"of"})]
    if c.object_index is not None and c.code[:2] in GIVING:
        # "provide 70 million dollars of aid for Romania and Poland": whom it is for
        given = [c.object_index] + [t.i for t in sentence.children(c.index) if t.dep == "dobj"]
        tokens += [t.i for g in given for j in of_chain(sentence, g)
                   for t in prep_objects(sentence, j, {"for", "to"})]  # fmt: skip
    # "rejected a proposal by Turkey", "accepted demands from the rebels": whose it was;
    # "brokered a ceasefire between Israel and Islamic Jihad", "signed agreements with
    # Turkey": whom it is between
    for obj in [t for t in sentence.children(c.index) if t.dep == "dobj"]:
        # … but "demanded the withdrawal of Serbian forces from Bosnia": whose withdrawal
        owned = obj.i == c.object_index and prep_objects(sentence, obj.i, {"of"})
        whose = {"by", "between", "among", "with"} | (set() if owned else {"from"})
        tokens += [t.i for t in prep_objects(sentence, obj.i, whose)]
        if obj.i != c.object_index:
            # "welcomed the resumption of ties with Mordor": a party inside the object's phrase
            tokens += _inside_object(sentence, obj.i)
    return tokens


def _prep_targets(sentence: Sentence, c: Candidate) -> list[int]:
    """Targets after a preposition on the verb, its object or its particle: the pattern's
    own preposition first, then those that name a target whatever the verb."""
    tokens = []
    anchors = [c.index, *([c.object_index] if c.object_index is not None else [])]
    anchors += [w for w in c.words if sentence.tokens[w].dep in ("prt", "advmod")]
    # "kidnapped up to 16 Russian advisers": the parser's particle carries the object
    anchors += [t.i for t in sentence.children(c.index) if t.dep == "prt" and t.i not in anchors]
    if c.code[:2] in GRIEVANCE_ROOTS:  # "complained to the UN over Israeli raids": Israel
        tokens += [t.i for a in anchors for t in prep_objects(sentence, a, GRIEVANCE_PREPS)]
    if c.code[:2] in FORCE_AND_COERCION and not c.prep:  # "used tear gas on demonstrators"
        tokens += [t.i for a in anchors for t in prep_objects(sentence, a, {"on", "upon"})]
    preps = {c.prep} if c.prep else set()
    for anchor in anchors:
        tokens += [t.i for t in prep_objects(sentence, anchor, preps or TARGET_PREPS)]
    if preps:
        for anchor in anchors:
            tokens += [t.i for t in prep_objects(sentence, anchor, TARGET_PREPS)]
    return tokens


def _done_by(sentence: Sentence, obj: Token, but: frozenset[str] = frozenset()) -> list[int]:
    """Who did what an object names: the "by" of a participle on it ("the decisions taken
    by the Arab League"), save participles in ``but``."""
    return [a.i for t in sentence.children(obj.i)
            if t.dep == "acl" and t.tag == "VBN" and t.lemma not in but
            for a in [agent(sentence, t.i)] if a is not None]  # fmt: skip


def _inside_object(sentence: Sentence, i: int) -> list[int]:
    """The parties an object's phrase names through "of" chains: "the resumption of ties
    with Mordor", "the lifting of sanctions against Iran"."""
    return [
        t.i for j in of_chain(sentence, i) for t in prep_objects(sentence, j, OBJECT_PARTY_PREPS)
    ]


# Acts named as a verb's subject whose owner did them ("an al-Shabab attack killed …").
OWNED_ACTS = {"attack", "strike", "airstrike", "raid", "shelling", "bombing", "offensive",
              "assault", "ambush", "bombardment", "fire", "gunfire", "blast", "bomb"}  # fmt: skip
# Criticism an act draws: "the move drew sharp criticism from Moscow"
CRITICISM_ROOTS = {"11"}
DRAWING = {"draw", "evoke", "spark", "trigger", "prompt", "provoke", "face", "attract",
           "receive", "earn", "elicit", "stir", "meet"}  # fmt: skip
CRITIC_PREPS = {"from", "by", "in", "among"}
GIVING = {"07"}
CLAIMS = {"claim", "charge", "accusation", "allegation", "assertion", "report"}
SENDING_AWAY = {"order", "ask", "tell", "instruct", "give"}
LEAVING = {"leave", "depart", "quit", "exit"}
SHOWING = {"expression", "show", "sign", "display", "demonstration", "gesture", "message",
           "token", "act"}  # fmt: skip
ANNOUNCING = {"say", "announce", "confirm", "declare", "state", "tell", "add"}
RECALLING = {"recall", "withdraw", "pull"}
POSTED = {"ambassador", "envoy", "diplomat", "consul", "chargé", "charge", "attache",
          "commissioner", "embassy", "consulate"}  # fmt: skip
HELD_AS = {"hostage", "captive", "prisoner"}  # "citizens held hostage": what they were held as
FORCE_AND_COERCION = {"17", "18", "19", "20"}
# Talks and cooperation: "… with X" names the partner of whoever holds them; and a fight.
MEETING_ROOTS = {"04", "05", "06"}
FIGHTS = {"fight", "fighting", "clash", "battle", "skirmish", "spar", "feud", "quarrel",
          "confrontation", "face-off", "exchange"}  # fmt: skip


def noun_arguments(sentence: Sentence, c: Candidate, mentions: list[Mention]) -> Arguments:
    """ "Russia's invasion of Ukraine", "talks between A and B", "A held talks with B"."""
    preps = c.noun.preps if c.noun is not None else frozenset()
    noun = _phrase_head(sentence, c.index)
    sources = _noun_owners(sentence, c, noun, mentions)
    drawn = _drawn_by(sentence, noun) if c.code[:2] in CRITICISM_ROOTS else None
    if drawn is not None:
        return _criticism_drawn(sentence, noun, drawn, sources, mentions)
    # ("attacks by Taliban fighters on Pakistani posts": the "on" hung on the doers)
    doers = [t.i for t in prep_objects(sentence, c.index, {"by"})]
    others = [
        m
        for anchor in sorted({c.index, noun.i, *doers})
        for m in _objects_of(sentence, anchor, set(preps) or PARTICIPANT_PREPS, mentions)
    ]
    if c.code[:2] in GRIEVANCE_ROOTS:
        others = _protested(sentence, c, noun, others, mentions)
    # "clashes erupted between security forces and protesters": the parties hang on the verb
    happening = noun.dep == "nsubj" and sentence.tokens[noun.head].lemma in HAPPENING_VERBS
    if happening:
        others += _objects_of(sentence, noun.head, {"between", "among", "with"}, mentions)
    verb = sentence.tokens[noun.head].lemma
    acted = verb in LIGHT_VERBS or (verb in SUPERVISING and c.code[:2] == "15")
    light = acted and noun.dep in ("dobj", "nsubjpass")
    going = _going_for(sentence, noun)
    if going is not None and not sources:
        subj = subject(sentence, going.i)
        sources = mentions_for(sentence, subj.i if subj else None, mentions)
    if going is not None and not others:
        others = _objects_of(sentence, going.i, LIGHT_VERB_PREPS, mentions)
    if not sources and _shared(sentence, c.index):
        # "During their talks, Xi and Trump agreed …": "their" is the clause's subjects
        subj = subject(sentence, clause_head(sentence, c.index))
        sources = mentions_for(sentence, subj.i if subj else None, mentions)
    if not sources and others and c.code[:2] in MEETING_ROOTS and _with(sentence, noun):
        sources = _meeting_host(sentence, noun, mentions)
    elif not sources and others and noun.lemma in FIGHTS and _with(sentence, noun):
        # "soldiers were killed in a clash with Chinese troops": the troops did it
        sources, others = others, _meeting_host(sentence, noun, mentions)
    if not sources and light and noun.dep == "dobj":
        subj = subject(sentence, noun.head)
        sources = mentions_for(sentence, subj.i if subj else None, mentions)
    if light and noun.dep == "dobj" and not others:
        others = _objects_of(sentence, noun.head, LIGHT_VERB_PREPS, mentions)
    if not sources and len(others) > 1:
        sources, others = others[:1], others[1:]
    # A bare noun ("the kind of deal that …") names no event of its own; one that is held,
    # or is "between" parties the parse could not resolve ("the two countries"), does.
    between = any(
        t.dep == "prep" and t.text.lower() == "between"
        for anchor in (c.index, *([noun.head] if happening else []))
        for t in sentence.children(anchor)
    )
    return Arguments(
        tuple(sources),
        tuple(m for m in others if m not in sources),
        completable=light or between or going is not None,
        predicated=(light and noun.dep == "dobj") or going is not None,
    )


def _protested(
    sentence: Sentence, c: Candidate, noun: Token, others: list[Mention], mentions: list[Mention]
) -> list[Mention]:
    """Whom a protest is against: "anti-Russian protests", and, with no party named, the doer
    of the act it is against ("demonstrations against a visit by Russian lawmaker Gavrilov")."""
    modifiers = [t.i for t in sentence.children(c.index) if t.dep in ("amod", "compound")]
    found = others + [m for i in modifiers for m in mentions_for(sentence, i, mentions)
                      if prefixed(sentence, m, ("anti",))]  # fmt: skip
    if found:
        return found
    acts = [t.i for a in {c.index, noun.i} for t in prep_objects(sentence, a, GRIEVANCE_PREPS)]
    return [m for i in acts for t in prep_objects(sentence, i, {"by"})
            for m in mentions_for(sentence, t.i, mentions)]  # fmt: skip


def _noun_owners(
    sentence: Sentence, c: Candidate, noun: Token, mentions: list[Mention]
) -> list[Mention]:
    """Whose act a noun names: "Russia's peace plan", "a mediation mission by Qatar"."""
    owner = [t.i for t in sentence.children(c.index) if t.dep in ("poss", "compound", "amod")]
    if noun.i != c.index:  # "a mediation mission between A and B", "Russia's peace plan"
        owner += [t.i for t in sentence.children(noun.i) if t.dep in ("poss", "amod")]
    shown = _shown_in(sentence, noun)
    if not owner and shown is not None:  # "North Korea's latest expression of displeasure"
        owner += [t.i for t in sentence.children(shown.i) if t.dep in ("poss", "amod")]
    # (not "anti-Russian protests": what they are against)
    sources = [m for i in owner for m in mentions_for(sentence, i, mentions)
               if not prefixed(sentence, m, ("anti",))]  # fmt: skip
    if sources:
        return sources
    # "a visit to the country by French President Emmanuel Macron"
    chain = of_chain(sentence, noun.i)
    by = [t for i in chain for t in prep_objects(sentence, i, {"by"})]  # "… of … by Russia"
    by += prep_objects(sentence, c.index, {"by"}) if c.index != noun.i else []
    # "attacks carried out by Tehran", "strikes launched by the army" (not "a truce brokered
    # by Qatar": the mediator is no party to it)
    doers = [t.i for t in by] + _done_by(sentence, noun, but=MEDIATING)
    return [m for i in doers for m in mentions_for(sentence, i, mentions)]


def _drawn_by(sentence: Sentence, noun: Token) -> Token | None:
    """The verb by which an act draws criticism ("the move drew criticism from Russia", "was
    met with criticism in France"), if the noun is what it draws."""
    head = sentence.tokens[noun.head]
    if noun.dep == "dobj" and head.lemma in DRAWING:
        return head
    if noun.dep == "pobj" and head.text.lower() == "with":
        verb = sentence.tokens[head.head]
        return verb if verb.lemma == "meet" else None
    return None


def _criticism_drawn(
    sentence: Sentence, noun: Token, verb: Token, owners: list[Mention], mentions: list[Mention]
) -> Arguments:
    """Those who criticise (the noun's owner, or "from", "by", "in", "among" them) and the
    doer of the act criticised (the verb's subject, or whose act it is)."""
    critics = owners or [m for h in (noun.i, verb.i)
                         for m in _objects_of(sentence, h, CRITIC_PREPS, mentions)]  # fmt: skip
    act = subject(sentence, verb.i) or passive_subject(sentence, verb.i)
    doers = [m for m in mentions_for(sentence, act.i if act else None, mentions)
             if m not in critics]  # fmt: skip
    return Arguments(tuple(critics), tuple(doers), completable=True)


def _going_for(sentence: Sentence, noun: Token) -> Token | None:
    """The verb of going in "converged on Lagos for a rally", if the noun is its purpose,
    or of taking part in "were engaged in ethnic cleansing"."""
    prep = sentence.tokens[noun.head]
    if noun.dep != "pobj" or prep.dep != "prep":
        return None
    verb = sentence.tokens[prep.head]
    verbs = {"for": GOING_VERBS, "in": TAKING_PART_VERBS}.get(prep.text.lower(), set())
    return verb if verb.pos == "VERB" and verb.lemma in verbs else None


def _objects_of(
    sentence: Sentence, i: int, preps: set[str] | frozenset[str], mentions: list[Mention]
) -> list[Mention]:
    """The actors in the objects of the given prepositions on token ``i``."""
    return [
        m
        for t in prep_objects(sentence, i, set(preps))
        for m in mentions_for(sentence, t.i, mentions)
    ]


def _with(sentence: Sentence, noun: Token) -> bool:
    """Does the noun name its partner with "with" ("talks with Japanese officials")?"""
    return any(t.dep == "prep" and t.text.lower() == "with" for t in sentence.children(noun.i))


def _meeting_host(sentence: Sentence, noun: Token, mentions: list[Mention]) -> list[Mention]:
    """ "In discussions with Japanese officials, Fu demanded …", "Xi says the meetings with
    Trump have …": the other side of talks with someone is who the clause is about, or who
    speaks of them."""
    for i in ancestors(sentence, noun.i)[1:3]:
        verb = sentence.tokens[i]
        if verb.pos not in ("VERB", "AUX"):
            continue
        # "20 Indian soldiers were killed in a clash with Chinese troops": who it befell
        subj = subject(sentence, i) or passive_subject(sentence, i)
        if subj is not None and subj.i != noun.i:
            return mentions_for(sentence, subj.i, mentions)
    return []


def _shared(sentence: Sentence, i: int) -> bool:
    """Is the event noun owned by "their" or "our" ("their talks")?"""
    return any(t.dep == "poss" and t.text.lower() in ("their", "our") for t in sentence.children(i))


def _shown_in(sentence: Sentence, noun: Token) -> Token | None:
    """The noun of showing a feeling or stance is the object of ("an expression of
    displeasure", "a show of support", "a sign of protest")."""
    of = sentence.tokens[noun.head]
    if noun.dep != "pobj" or of.text.lower() != "of" or of.dep != "prep":
        return None
    shower = sentence.tokens[of.head]
    return shower if shower.lemma in SHOWING and shower.pos == "NOUN" else None


def _phrase_head(sentence: Sentence, i: int) -> Token:
    """The noun a trigger noun modifies as a compound ("mediation" in "mediation mission"),
    else the trigger itself: where the phrase's verb and prepositions attach."""
    tok = sentence.tokens[i]
    head = sentence.tokens[tok.head]
    if tok.dep == "compound" and head.pos == "NOUN" and head.i != i:
        return head
    # … or the amount it is given in ("announced $1.2 billion in new military aid")
    if tok.dep == "pobj" and head.text.lower() in ("in", "of"):
        amount = sentence.tokens[head.head]
        if amount.lemma in CONTAINER_NOUNS and amount.i != head.i and amount.dep == "dobj":
            return amount
    return tok


def _tuple(sentence: Sentence, i: int | None, mentions: list[Mention]) -> tuple[Mention, ...]:
    return tuple(mentions_for(sentence, i, mentions))
