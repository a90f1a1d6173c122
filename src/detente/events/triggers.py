"""Find trigger candidates: lexicon verbs with their particles, prepositions and objects,
and event nouns ("talks", "missile test", "invasion")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from detente.events.lexicon import Lexicon, NounPattern, VerbPattern
from detente.events.syntax import DOCUMENTS, prep_objects
from detente.events.when import is_time
from detente.events.where import REACTIONS
from detente.records import Sentence, Token

PARTICLE_DEPS = {"prt", "advmod", "compound:prt"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
CONTAINER_NOUNS = {
    "package", "round", "set", "series", "wave", "raft", "batch", "slew", "host", "number",
    "list", "tranche", "string", "dollar", "euro", "million", "billion", "ton", "tonne",
    "worth", "shipment", "consignment", "part", "most", "some", "all", "rest", "half",
    "much", "section", "portion", "dozen", "hundred", "thousand", "group", "member",
    "state", "kilogram", "kg", "message", "letter", "expression", "gesture",
}  # fmt: skip
# … or some other thing put out ("release treated water", "released the figures")
RELEASED_THINGS = {"water", "data", "figure", "statistic", "footage", "image", "photo",
                   "picture", "detail", "result", "budget", "reserve", "emission", "album",
                   "film", "map", "guideline", "schedule", "forecast", "information"}  # fmt: skip
# Heads that an event noun before them only describes ("aid worker", "protest leader")
PEOPLE_AND_BODIES = {"worker", "agency", "group", "official", "organisation", "organization",
                     "staff", "volunteer", "leader", "negotiator", "activist", "organiser",
                     "organizer", "expert", "team", "body", "ministry", "minister", "chief",
                     "envoy", "spokesman", "spokeswoman", "spokesperson"}  # fmt: skip
# Objects with which a verb means no act of its bare sense ("seized power" is no seizure)
IDIOMS = {"seize": {"power", "initiative", "opportunity", "moment", "chance"},
          "grab": {"power", "headline", "attention"},
          "attack": {"problem", "issue"},
          "summon": {"meeting", "session", "council", "committee", "cabinet"},
          "host": {"game", "games", "olympics", "tournament", "championship", "cup", "festival",
                   "exhibition", "fair", "expo", "concert", "party"},
          "destroy": {"stockpile", "arsenal"}}  # fmt: skip
# Codes whose verb is about its object rather than the object's act
ABOUT_OBJECT = {"02", "03", "08", "10", "11", "12", "13", "16"}
# Verbs that name what they give after "with": "provide Taiwan with military assistance"
GIVING_WITH = {"provide", "supply", "equip", "furnish", "arm", "present"}
# Verbs whose object is the subject of the clause after them: "allowed inspectors to enter".
PERMISSIVE = {"allow", "let", "permit", "enable", "authorize", "authorise"}
SAYING = {"say", "declare", "insist", "state", "tell", "add", "stress", "warn", "announce",
          "reiterate", "repeat", "emphasise", "emphasize", "underline", "remind", "argue",
          "conclude", "write", "tweet", "rule"}  # fmt: skip
# Verbs that put a document out ("released a statement"), whose bare sense is something else
ISSUING = {"release", "send", "deliver", "hand", "give", "issue", "publish", "post", "circulate",
           "distribute", "sign"}  # fmt: skip
OBLIGATION_AUX = {"must", "should"}
OBLIGATION_RULE = "verb:say + clause with must"
EVALUATION_RULE = "verb:say + clause judging an act"
QUOTED_RULE = "quoted judgment of an act"
FEELING_RULE = "adjective:concerned|alarmed|… at an act"
# "was deeply concerned over the arrests", "is alarmed by the fighting": disapproval (CAMEO
# 110, as "expressed concern") by whoever is said to feel it
FEELINGS = {"concerned", "disturbed", "alarmed", "dismayed", "outraged", "appalled",
            "troubled", "angered", "incensed", "perturbed"}  # fmt: skip
FELT_AT = {"over", "about", "at", "by", "with"}
# "said the strikes were illegal", "called the move a flagrant violation": words that
# condemn what they are said of (CAMEO 111) …
CONDEMNING = {
    "illegal", "unlawful", "illegitimate", "unacceptable", "outrageous", "unjustified",
    "unjustifiable", "unprovoked", "provocative", "irresponsible", "reckless", "absurd",
    "baseless", "groundless", "crazy", "deplorable", "despicable", "shameful", "disgraceful",
    "barbaric", "heinous", "cowardly", "criminal", "hostile", "destabilizing", "destabilising",
    "interventionist", "violation", "breach", "provocation", "aggression", "crime", "outrage",
    "atrocity", "affront", "insult", "interference", "terrorism", "lie", "fabrication",
    "propaganda", "farce", "sham", "travesty", "mistake", "blunder", "threat", "risk", "danger",
    "unfriendly", "war", "invasion", "murder", "stab", "enemy", "occupier", "aggressor",
    "terrorist", "piracy", "destructive", "hooligan", "thug", "bandit", "puppet", "liar",
    "traitor", "fascist", "dictator", "tyrant", "butcher", "murderer", "arrogance",
    "arrogant", "plot", "conspiracy", "smear", "slander", "disgrace", "culpable", "guilty",
}  # fmt: skip
# … and words that condemn it when denied ("is not acceptable", "has no legal basis")
DENIED_APPROVAL = {"acceptable", "possible", "legal", "lawful", "justified", "justifiable",
                   "legitimate", "normal", "tolerable", "permissible", "appropriate", "basis",
                   "justification", "legitimacy", "ground"}  # fmt: skip
JUDGING = {
    "consider",
    "deem",
    "regard",
    "call",
    "describe",
    "term",
    "brand",
    "label",
    "view",
    "see",
    "recognize",
    "recognise",
    "cite",
    "evaluate",
    "characterize",
    "characterise",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger found in a sentence, before its arguments are known."""

    index: int
    code: str
    kind: str
    rule: str
    words: tuple[int, ...]
    object_index: int | None = None
    prep: str = ""
    noun: NounPattern | None = None
    reverse: str = ""  # a paired code (TABARI "[032:033]"): the same act seen from the target


def find_candidates(sentence: Sentence, lexicon: Lexicon) -> list[Candidate]:
    """Every verb or noun trigger in the sentence, nouns used as a verb's object dropped."""
    verbs: list[Candidate] = []
    nouns: list[Candidate] = []
    for tok in sentence.tokens:
        if tok.pos == "VERB" and tok.dep != "amod":  # "the disputed oil town" describes
            found = _match_verb_lemmas(sentence, tok, lexicon)
            if found is not None:
                verbs.append(found)
        elif tok.pos in ("NOUN", "PROPN") and not _names_its_head(sentence, tok):
            noun = _match_noun(sentence, tok, lexicon)
            if noun is not None:
                nouns.append(noun)
    verbs = _beside_phrases(sentence, [c for c in verbs if not _reaction_met(sentence, c)], nouns)
    used = {c.object_index for c in verbs} | {w for c in verbs for w in c.words}
    verbs += _obligations(sentence, {c.index for c in verbs})
    verbs += _feelings(sentence, {c.index for c in verbs})
    # "recognizing the launch as a danger": what the verb judges says what it does
    judging = {c.index for c in verbs if sentence.tokens[c.index].lemma in JUDGING}
    evaluations = _evaluations(sentence, {c.index for c in verbs} - judging)
    judged = {c.index for c in evaluations}
    verbs = [c for c in verbs if c.index not in judged] + evaluations
    if not any(t.lemma in SAYING | JUDGING and t.pos == "VERB" for t in sentence.tokens):
        verbs += _quoted_judgments(sentence, {c.index for c in verbs})
    return verbs + [n for n in nouns if n.index not in used]


def _beside_phrases(
    sentence: Sentence, verbs: list[Candidate], nouns: list[Candidate]
) -> list[Candidate]:
    """ "Launched a hunger strike": a multi-word event noun as the object says what the act
    is, not the verb's pattern for a bare "strike". But "pledged humanitarian aid": a verb
    that promises, asks for or refuses something is the act, the noun its content; and
    "provided Taiwan with military assistance": a verb of the noun's own kind of act keeps
    its arguments and takes the noun's code."""
    phrases = {w: n for n in nouns if len(n.words) > 1 for w in n.words}  # "… test flight"
    out = []
    for c in verbs:
        noun = phrases.get(c.object_index) if c.object_index is not None else None
        if noun is None or c.code[:2] in ABOUT_OBJECT:
            out.append(c)
        elif _told_apart(sentence, c, noun):
            out.append(replace(c, code=noun.code, rule=f"{c.rule} + {noun.rule}"))
    return out


def _told_apart(sentence: Sentence, c: Candidate, noun: Candidate) -> bool:
    """Does the verb tell the noun's kind of act with the noun out of its reach ("provided
    Taiwan with $1 billion in military assistance")? Its direct object ("launched air strikes
    in Syria") the noun tells by itself."""
    return noun.code[:2] == c.code[:2] and sentence.tokens[noun.index].head != c.index


def _names_its_head(sentence: Sentence, tok: Token) -> bool:
    """ "an aid worker", "a protest leader", "peace talks negotiators": the event noun says
    what the person or body does, it is no event."""
    head = sentence.tokens[tok.head]
    return tok.dep == "compound" and head.lemma in PEOPLE_AND_BODIES


def _reaction_met(sentence: Sentence, c: Candidate) -> bool:
    """ "was met with criticism": a reaction, no meeting."""
    if sentence.tokens[c.index].lemma != "meet":
        return False
    return any(o.lemma in REACTIONS for p in sentence.children(c.index) if p.text.lower() == "with"
               for o in sentence.children(p.i) if o.dep == "pobj")  # fmt: skip


def _obligations(sentence: Sentence, taken: set[int]) -> list[Candidate]:
    """ "Russia said Sudan must return the helicopter": a demand (CAMEO 100) of the speaker,
    addressed to the subject of the clause that says what must happen."""
    out = []
    for verb in sentence.tokens:
        if verb.lemma not in SAYING or verb.pos != "VERB" or verb.i in taken:
            continue
        for clause in sentence.children(verb.i):
            aux = {t.text.lower() for t in sentence.children(clause.i) if t.dep == "aux"}
            if clause.dep == "ccomp" and (
                aux & OBLIGATION_AUX or _mandated(sentence, verb, clause)
            ):
                out.append(
                    Candidate(
                        index=verb.i,
                        code="100",
                        kind="verb",
                        words=(verb.i,),
                        rule=OBLIGATION_RULE,
                    )
                )
                break
    return out


def _mandated(sentence: Sentence, verb: Token, clause: Token) -> bool:
    """ "Iraq insisted that Turkish troops leave its territory": the bare verb of a clause
    after "insist" (past "insisted" with a present "leave") says what must be done."""
    if verb.lemma != "insist" or any(
        t.dep in ("aux", "auxpass") for t in sentence.children(clause.i)
    ):
        return False
    return clause.tag == "VB" or (clause.tag == "VBP" and verb.tag == "VBD")


def _feelings(sentence: Sentence, taken: set[int]) -> list[Candidate]:
    """ "Canada said it was gravely concerned over the arrests", "the UN is alarmed by the
    fighting": said of someone (with "be"), not "the parties concerned"."""
    out = []
    for tok in sentence.tokens:
        if tok.text.lower() not in FEELINGS or tok.i in taken:
            continue
        said_of = tok.dep == "acomp" or any(
            t.dep in ("auxpass", "cop") and t.lemma == "be" for t in sentence.children(tok.i)
        )
        if said_of:
            out.append(Candidate(index=tok.i, code="110", kind="verb", words=(tok.i,),
                                 rule=FEELING_RULE))  # fmt: skip
    return out


def _evaluations(sentence: Sentence, taken: set[int]) -> list[Candidate]:
    """ "Pakistan said the violation was unacceptable", "'This is not possible,' the consul
    told reporters", "France considered the deployment to be a security risk": a speaker's
    condemnation (CAMEO 111) of the act the clause judges, whose doer is its target."""
    out = []
    for verb in sentence.tokens:
        if verb.pos != "VERB" or verb.i in taken or verb.lemma not in SAYING | JUDGING:
            continue
        judged = _judged_object(sentence, verb) if verb.lemma in JUDGING else None
        for clause in sentence.children(verb.i):
            act = _judged_act(sentence, clause) if clause.dep in ("ccomp", "xcomp") else None
            act = judged if act is None else act
            if act is not None:
                out.append(Candidate(index=verb.i, code="111", kind="verb", words=(verb.i,),
                                     rule=EVALUATION_RULE, object_index=act))  # fmt: skip
                break
    return out


def _quoted_judgments(sentence: Sentence, taken: set[int]) -> list[Candidate]:
    """ "'What Israel did was murder and terrorism.'", "'This is not possible.'": a sentence
    that is itself the judgment, coded when it is a quotation whose speaker is known."""
    out = []
    for root in sentence.tokens:
        if root.dep != "ROOT" or root.i in taken:
            continue
        act = _judged_act(sentence, root)
        if act is not None:
            out.append(Candidate(index=root.i, code="111", kind="verb", words=(root.i,),
                                 rule=QUOTED_RULE, object_index=act))  # fmt: skip
    return out


def _judged_object(sentence: Sentence, verb: Token) -> int | None:
    """ "recognizing the launch as a danger", "citing Le Drian's hostile statements": the
    object judged, as what it is called ("as …") or by its own words."""
    for obj in (t for t in sentence.children(verb.i) if t.dep == "dobj"):
        called = [o for h in (verb.i, obj.i) for p in sentence.children(h)
                  if p.dep == "prep" and p.text == "as"
                  for o in sentence.children(p.i) if o.dep == "pobj"]  # fmt: skip
        for word in [obj, *called] if verb.lemma == "cite" else called:
            if _words(sentence, word) & CONDEMNING:
                return obj.i
    return None


def _words(sentence: Sentence, tok: Token) -> set[str]:
    """A noun and the words that describe it ("hostile and outrageous statements")."""
    near = [t for t in sentence.children(tok.i) if t.dep in ("amod", "compound")]
    near += [c for t in near for c in sentence.children(t.i) if c.dep == "conj"]
    # "an act of war", "a stab in the back"
    near += [o for p in sentence.children(tok.i) if p.dep == "prep" and p.text.lower() == "of"
             for o in sentence.children(p.i) if o.dep == "pobj"]  # fmt: skip
    # "nothing less than an unfriendly act", "nothing but a provocation"
    than = [o for h in [tok, *near] for p in sentence.children(h.i)
            if p.dep == "prep" and p.text.lower() in ("than", "but")
            for o in sentence.children(p.i) if o.dep == "pobj"]  # fmt: skip
    near += than + [t for o in than for t in sentence.children(o.i) if t.dep == "amod"]
    return {tok.lemma.lower(), *(t.lemma.lower() for t in near)}


def _judged_act(sentence: Sentence, clause: Token) -> int | None:
    """The subject of a clause that condemns it ("the strikes were illegal", "the expulsion
    has no legal basis"), or what "there is no justification for" names."""
    if clause.lemma not in ("be", "have", "represent", "constitute"):
        return None  # ("this represents an unlawful use of force by the Russian state")
    # (… or a clause: "what Israel did was murder")
    subject = next(
        (t for t in sentence.children(clause.i) if t.dep in ("nsubj", "expl", "csubj")), None
    )
    denied = any(t.dep == "neg" for t in sentence.children(clause.i))
    for said in sentence.children(clause.i):
        if said.dep not in ("attr", "acomp", "dobj"):
            continue
        words = _words(sentence, said)
        no = denied or any(t.lemma.lower() == "no" for t in sentence.children(said.i))
        if not (words & CONDEMNING and not no) and not (
            no and said.lemma.lower() in DENIED_APPROVAL
        ):
            continue
        if subject is not None and subject.dep == "expl":  # "there is no justification for X"
            found = next((o for p in sentence.children(said.i) if p.text.lower() == "for"
                          for o in sentence.children(p.i) if o.dep == "pobj"), None)  # fmt: skip
            return found.i if found is not None else None
        # "it is an act of war by the state of Lebanon": whose act it is called
        by = next((o for p in sentence.children(said.i) if p.text.lower() == "by"
                   for o in sentence.children(p.i) if o.dep == "pobj"), None)  # fmt: skip
        if by is not None:
            return by.i
        return subject.i if subject is not None else None
    return None


def _match_verb_lemmas(sentence: Sentence, verb: Token, lexicon: Lexicon) -> Candidate | None:
    """Try the hyphenated compound first ("test-fired" → test-fire), then the lemma."""
    lemmas = [verb.lemma]
    i = verb.i
    if i >= 2 and sentence.tokens[i - 1].text == "-":
        lemmas.insert(0, f"{sentence.tokens[i - 2].text.lower()}-{verb.lemma}")
    # a user's TABARI dictionary may list a form ("LEFT [032:033]" beside "LEAVE [012]"):
    # the form it names is the more specific entry
    if verb.text.lower() != verb.lemma:
        form = [p for p in lexicon.verb_patterns(verb.text.lower()) if p.rank == 0]
        found = match_verb(sentence, verb, form)
        if found is not None:
            return found
    for lemma in lemmas:
        found = match_verb(sentence, verb, lexicon.verb_patterns(lemma))
        if found is not None:
            return found
    return None


def _match_noun(sentence: Sentence, noun: Token, lexicon: Lexicon) -> Candidate | None:
    """An event noun, longest pattern first: "missile test" before "test"."""
    modifiers = [t for t in sentence.children(noun.i) if t.dep in ("compound", "amod")]
    # ("joint counter-terrorism drills": "joint" parsed onto the compound)
    modifiers += [t for m in list(modifiers) if m.dep == "compound"
                  for t in sentence.children(m.i) if t.dep == "amod"]  # fmt: skip
    # "a test of a new ballistic missile" reads as "a missile test"
    modifiers += [o for p in sentence.children(noun.i) if p.dep == "prep" and p.text.lower() == "of"
                  for o in sentence.children(p.i) if o.dep == "pobj"]  # fmt: skip
    for pattern in lexicon.noun_patterns(noun.lemma):
        used: list[Token] = []
        for word in pattern.lemma.split()[:-1]:
            match = next((t for t in modifiers if word in (t.lemma, t.text.lower())), None)
            if match is None:
                break
            used.append(match)
        else:
            return Candidate(
                index=noun.i,
                code=pattern.code,
                kind="noun",
                noun=pattern,
                words=tuple(sorted({noun.i, *(t.i for t in used)})),
                rule=f"noun:{pattern.lemma}@{pattern.source}",
            )
    return None


def match_verb(sentence: Sentence, verb: Token, patterns: list[VerbPattern]) -> Candidate | None:
    """The most specific pattern whose particle, preposition and objects are all present."""
    # "released a statement", "sent a letter": a document is no hostage or aid shipment, and
    # "seized power" no seizure: such an object leaves only patterns that name their own
    put_out = DOCUMENTS | RELEASED_THINGS if verb.lemma in ISSUING else set()
    void = put_out | IDIOMS.get(verb.lemma, set())
    voided = any(t.dep == "dobj" and t.lemma in void for t in sentence.children(verb.i))
    for pattern in patterns:
        if voided and not pattern.objects and not pattern.prep:
            continue
        particle = _particle(sentence, verb, pattern.particle)
        taken = None
        if pattern.particle and particle is None and pattern.objects:
            # "calling in France's ambassador": the particle parsed as a preposition
            particle, taken = _particle_as_prep(sentence, verb, pattern.particle, pattern.objects)
        if pattern.particle and particle is None:
            continue
        anchors = _objects(sentence, verb.i) + ([particle.i] if particle else []) + [verb.i]
        prep = _prep(sentence, anchors, pattern.prep) if pattern.prep else None
        if pattern.prep and prep is None:
            continue
        obj = taken or _object(sentence, verb.i, prep, pattern.objects)
        if pattern.objects and obj is None:
            continue
        words = tuple(sorted({verb.i} | {t.i for t in (particle, prep, obj) if t is not None}))
        return Candidate(
            index=verb.i,
            code=pattern.code,
            kind="verb",
            words=words,
            rule=f"verb:{_describe(pattern)}@{pattern.source}",
            object_index=obj.i if obj is not None else None,
            prep=pattern.prep,
            reverse=pattern.reverse,
        )
    return None


def _describe(p: VerbPattern) -> str:
    objects = "|".join(sorted(p.objects))
    return " ".join(x for x in (p.lemma, p.particle, p.prep, objects) if x)


def _particle(sentence: Sentence, verb: Token, word: str) -> Token | None:
    """The particle as spaCy labels it: ``prt``, ``advmod``, or a preposition with no object
    ("pulled out of the deal")."""
    if not word:
        return None
    for tok in sentence.children(verb.i):
        if tok.text.lower() != word:
            continue
        if tok.dep in PARTICLE_DEPS:
            return tok
        if tok.dep == "prep" and not any(t.dep == "pobj" for t in sentence.children(tok.i)):
            return tok
    return None


def _particle_as_prep(
    sentence: Sentence, verb: Token, word: str, objects: frozenset[str]
) -> tuple[Token | None, Token | None]:
    """A preposition ``word`` on the verb whose object is one the pattern names."""
    for tok in sentence.children(verb.i):
        if tok.dep == "prep" and tok.text.lower() == word:
            for obj in sentence.children(tok.i):
                if obj.dep == "pobj" and (obj.lemma in objects or obj.text.lower() in objects):
                    return tok, obj
    return None, None


def _objects(sentence: Sentence, i: int) -> list[int]:
    return [t.i for t in sentence.children(i) if t.dep in OBJECT_DEPS]


def _prep(sentence: Sentence, anchors: list[int], word: str) -> Token | None:
    """The pattern's preposition on the object, the particle or the verb ("on Friday" is
    a time, not the "on" of "impose sanctions on")."""
    for anchor in anchors:
        for tok in sentence.children(anchor):
            if tok.dep in ("prep", "dative", "agent") and tok.text.lower() == word:
                objects = [t for t in sentence.children(tok.i) if t.dep == "pobj"]
                if not any(is_time(sentence, t.i) for t in objects):
                    return tok
    return None


def _object(
    sentence: Sentence, verb: int, prep: Token | None, objects: frozenset[str]
) -> Token | None:
    """The direct object, passive subject or prepositional object named by the pattern."""
    if not objects:
        return None
    candidates = [t for t in sentence.children(verb) if t.dep in OBJECT_DEPS]
    if sentence.tokens[verb].lemma in PERMISSIVE:  # "allowed UN inspectors to enter"
        for clause in sentence.children(verb):
            if clause.dep in ("ccomp", "xcomp"):
                candidates += [t for t in sentence.children(clause.i) if t.dep == "nsubj"]
    if prep is not None:
        candidates += [t for t in sentence.children(prep.i) if t.dep in ("pobj", "pcomp")]
    if sentence.tokens[verb].lemma in GIVING_WITH:
        candidates += prep_objects(sentence, verb, {"with"})
    candidates += _called(sentence, verb)
    tok = sentence.tokens[verb]
    if tok.dep == "acl" and tok.tag == "VBN":  # "a border town seized by South Sudan"
        candidates.append(sentence.tokens[tok.head])
    for tok in list(candidates):
        # "fired two artillery shells": the noun's compound can be what the pattern names
        candidates += [t for t in sentence.children(tok.i) if t.dep == "compound"]
        if tok.dep == "pcomp":  # "focus on achieving a deal": the gerund's object
            candidates += [t for t in sentence.children(tok.i) if t.dep == "dobj"]
        candidates += [t for t in sentence.children(tok.i) if t.dep == "conj"]
        if tok.lemma in CONTAINER_NOUNS:  # "a new package of sanctions", "$5m in aid"
            # (… "provided 5 million dollars in aid", the "in" hung on the verb)
            holders = [tok.i] + ([verb] if tok.head == verb and tok.dep == "dobj" else [])
            for of in (
                t
                for h in holders
                for t in sentence.children(h)
                if t.text.lower() in ("of", "in") and (h == tok.i or t.dep == "prep")
            ):
                inside = [t for t in sentence.children(of.i) if t.dep == "pobj"]
                # "part of a military aid programme": the programme's compound too
                candidates += inside + [c for t in inside for c in sentence.children(t.i)
                                        if c.dep == "compound"]  # fmt: skip
    return next((t for t in candidates if t.lemma in objects or t.text.lower() in objects), None)


def _called(sentence: Sentence, verb: int) -> list[Token]:
    """What the verb names its object ("declared the advisers persona non grata", "… as
    persona non grata"), however the parser hangs it."""
    out = []
    for tok in sentence.children(verb):
        if tok.dep == "oprd" or (tok.dep == "ccomp" and tok.pos == "NOUN"):
            out += [tok, *(t for t in sentence.children(tok.i) if t.dep == "dobj")]
        if tok.dep == "dobj":  # "declared the ambassador a persona non grata"
            said = [t for t in sentence.children(tok.i) if t.dep in ("npadvmod", "oprd")]
            out += said + [t for s in said for t in sentence.children(s.i) if t.dep == "appos"]
        as_clause = tok.dep == "advcl" and any(
            m.dep == "mark" and m.text.lower() == "as" for m in sentence.children(tok.i)
        )
        if as_clause or (tok.dep == "prep" and tok.text.lower() == "as"):
            # (not "as part of a deal": no name given)
            inner = [t for t in sentence.children(tok.i)
                     if t.dep in ("pobj", "dobj") and t.lemma != "part"]  # fmt: skip
            out += ([tok] if as_clause else []) + inner
    return out
