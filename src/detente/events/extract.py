"""Stage: a resolved ``Document`` → its ``Event`` records, each with its evidence."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from detente.actors.coref import CROWD_PART, SPEAKER
from detente.actors.kb import INTERNATIONAL
from detente.actors.mentions import is_main_subject
from detente.events.arguments import (
    CLAIMS,
    FIGHTS,
    LEAVING,
    POSTED,
    SENDING_AWAY,
    Arguments,
    addressed_to_no_one,
    feeling_arguments,
    mentions_for,
    noun_arguments,
    quoted_arguments,
    verb_arguments,
)
from detente.events.lexicon import Lexicon
from detente.events.modality import (
    SPEECH_VERBS,
    Mood,
    announced_would,
    is_condition,
    is_question,
    mood,
)
from detente.events.syntax import ancestors, child, conjuncts, in_clause, of_chain, under
from detente.events.triggers import (
    EVALUATION_RULE,
    FEELING_RULE,
    OBLIGATION_RULE,
    QUOTED_RULE,
    Candidate,
    find_candidates,
)
from detente.events.when import When, event_date, is_statement, statement_dates
from detente.events.where import as_location, locative_mentions, nearest_place
from detente.ontology import Codebook
from detente.records import Actor, Document, Event, Mention, Sentence, Trigger

SYMMETRIC_ROOTS = {"04", "05", "06"}
# "Jordan and Britain agreed …": with no other party named, the conjuncts act on each other.
REPORTING = {"say"}
RIOT_ROOTS = {"18", "19"}
CROWDS = {"villager", "resident", "mob", "crowd", "protester", "protestor", "demonstrator",
          "rioter", "youth", "people"}  # fmt: skip
PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher"}
ENFORCERS = {"COP", "MIL", "SPY"}
# What a protest is held to do: demand (10), protest (14) or complain (11).
PROTEST_CONTENT = {"10", "11", "14"}
OCCASION_MARKS = {"after", "before", "when", "since", "because", "as", "while", "once",
                  "until"}  # fmt: skip
# Acts only a state does to another state: reducing relations, recalling envoys, lodging a
# diplomatic protest.
BETWEEN_STATES = ("16", "114", "152", "154")  # (a mobilisation faces the report's other state)
# What a state or its government demands, rejects or threatens is not aimed at its own people
# unless the sentence says so; what it does to them (yields, coerces, uses force) may be.
WORDS_ONLY = {"10", "11", "12", "13"}
VISIT_CODES = {"042", "043"}
VIOLENT_ROOTS = {"17", "18", "19", "20"}
ARMED = {"troop", "force", "soldier", "army", "militia", "fighter", "unit"}
ENVOYS = POSTED | {"personnel", "staff", "diplomatic", "embassy", "mission"}
COMMANDS = {"order", "instruct", "direct", "command"}
CRAFT = {"plane", "aircraft", "jet", "warplane", "drone", "helicopter", "ship", "vessel",
         "boat", "missile", "rocket", "satellite", "balloon"}  # fmt: skip
PAIRED_ROOTS = {"03", "04", "05", "06", "08"}
MEDIATION = {"045", "039"}  # mediate, offer to mediate
# … and cooperation one side gives the other ("supported by Australia, Bahrain and Canada")
ONE_WAY = {"051", "052", "053", "054", "055", "056"}
RECIPROCAL = FIGHTS  # "the army and the RSF fought", "clashes between …": acts done to each other
PLACE_TARGET_ROOTS = {"02", "07", "08", "14", "15", "17", "18", "19", "20"}
RECIPIENT_REQUIRED = {None, "COOPERATE", "AID", "SANCTION"}  # PLOVER; None: plain statements
# Intended or expected cooperation is coded as the matching "express intent" code (03x).
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Refusing to cooperate is rejecting (CAMEO 12): to meet → 125, to agree → 127, material
# cooperation → 121, aid → 122, to yield or ease → 124; anything else → 120. Not owning up
# to an act ("did not accept responsibility") is denying it (016).
REFUSAL_CODES = {
    "015": "016",
    "03": "120",
    "04": "125",
    "05": "120",
    "057": "127",
    "06": "121",
    "07": "122",
    "08": "124",
    "083": "123",
    "084": "124",
    "085": "124",
}
# "will impose sanctions", "would retaliate against": stated intentions to act against
# someone are threats (CAMEO 13), coded by what is threatened.
THREAT_CODES = {
    "14": "133",
    "15": "130",
    "16": "1311",
    "161": "1313",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "137",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "18": "138",
    "19": "138",
    "191": "1381",
    "192": "1382",
    "193": "1384",
    "194": "1384",
    "195": "1384",
    "196": "1384",
    "20": "1383",
    "204": "1385",
}
# … and stopping cooperation on a condition ("may halt mediation if …") threatens to stop it.
STOP_THREATS = {"04": "134", "045": "135", "046": "134", "05": "1313", "06": "1311", "07": "1311"}
OWN_CLAIMS = {"015", "016"}
VESSELS = {"ship", "vessel", "boat", "trawler", "frigate", "ferry", "tanker"}
# Acts whose unnamed partner or victim is not guessed from the sentence's other actors:
# on the gold sets such guesses at a meeting (04), diplomatic cooperation (05), a demand
# (10) or an assault (18) were wrong far more often than right
UNGUESSED = {"04", "05", "10", "18"}
TROOPS = {"troop", "soldier", "force", "peacekeeper", "contingent", "battalion", "unit",
          "marine", "paratrooper", "detachment"}  # fmt: skip
# Nouns whose content clause says what someone claims was done (the claims a denial answers,
# and hearsay)
CLAIMED = CLAIMS | {"rumour", "rumor", "speculation", "suggestion"}
PUNISHING = {"arrest", "detain", "deport", "expel", "sentence", "jail", "imprison", "convict",
             "charge", "fine", "punish", "prosecute", "indict", "sanction", "execute"}  # fmt: skip
ALLEGED = {"alleged", "allegedly", "suspected", "purported", "purportedly", "supposed",
           "supposedly"}  # fmt: skip
# Criticism of an act whose doer is left unnamed ("condemned the move"): not an accusation,
# whose object is the accused ("blamed it on Kurdish militants")
CRITICISM = {"111"}
MISSILES = {"missile", "rocket", "projectile", "icbm", "slbm"}
ASKING_PREPS = {"for", "on", "about"}
ASKING_NOUNS = {"call", "appeal", "demand", "plea", "push", "bid", "request", "pressure",
                "hope", "proposal", "plan", "campaign", "negotiation", "talk"}  # fmt: skip
# Nouns whose infinitive says what is asked, offered or threatened, not what was done
# ("the decision to suspend Damascus" is the act decided, and stays)
CONTENT_NOUNS = ASKING_NOUNS | {"threat", "offer", "pledge", "promise", "warning", "ultimatum",
                                "order"}  # fmt: skip
YIELDING = {"07", "08"}  # give, yield: refusing them is rejecting (12)
# Governors whose clause complement is the content of the act, not a second event.
CONTENT_ROOTS = {"01", "02", "09", "10", "11", "12", "13"}
# … and nouns whose complement is content: "his threat to send troops", "an offer to mediate"
CONTENT_NOUN_ROOTS = CONTENT_ROOTS | {"03"}
# … but an act denounced by name is an event too: "condemned North Korea's missile launch"
DENOUNCING = {"11"}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "prep", "advcl", "acomp", "acl"}
CONFIDENCE = {"parse": 0.9, "sentence": 0.6, "implied": 0.5}
# Roots whose target may be implied when the sentence names none: a statement (01) or an
# appeal (02) with no addressee is left without one, and so are meetings and cooperation
# (04-06), which need a partner the sentence names.
NO_IMPLIED_ROOTS = {"01", "02", "04", "05", "06", "16"}  # (ties are cut with another state)
# A show of force is an event with no one at its receiving end ("North Korea test-fired a
# missile"): coded with no target, as GDELT codes an event with one actor.
DISPLAY_ROOTS = {"15"}
# Force with no named target falls on people; other acts of non-state actors are aimed at
# their government, and a government's at its population (as CAMEO's domestic coding does).
FORCE_ROOTS = {"18", "19", "20"}
# Acts that may have someone at their receiving end with no one named: protests always,
# coercion and force when they have victims (``_aimed``). The pre-filter parses a sentence
# with one actor and such a trigger, since its target may be implied.
AIMED_ROOTS = FORCE_ROOTS | {"14", "17"}
HOME_SECTORS = {"COP", "REB", "UAF", "OPP", "CVL", "RAD", "CRM", "INS", "SEP", "PPL"}
WEAPON_SUBJECTS = {
    "bomb", "bombing", "blast", "explosion", "device", "mine", "minefield", "landmine",
    "rocket", "missile", "shell", "mortar", "grenade", "gunfire", "fire", "attack", "strike",
    "airstrike", "raid", "ambush", "shelling", "drone", "ied",
}  # fmt: skip
STATE_SECTORS = {"GOV", "MIL", "ELI", "PTY", "JUD", "LEG", "COP", "SPY"}


@dataclass(frozen=True, slots=True)
class _Dyad:
    source: Mention
    target: Mention | None
    how: str  # "parse" | "sentence" | "implied"
    implied: Actor | None = None  # a target the sentence implies but does not name


@dataclass(frozen=True, slots=True)
class _Found:
    candidate: Candidate
    args: Arguments
    mood: Mood
    source_implied: bool = False  # "a roadside bomb near Samarra killed …": see _implied_source


class EventCoder:
    """Code every event a document's sentences report."""

    def __init__(
        self,
        lexicon: Lexicon,
        codebook: Codebook,
        require_target: bool = True,
        implied_targets: bool = True,
    ) -> None:
        self.lexicon = lexicon
        self.codebook = codebook
        self.require_target = require_target
        self.implied_targets = implied_targets

    def __call__(self, document: Document) -> list[Event]:
        events: list[Event] = []
        said = statement_dates(document.sentences, document.article.published)
        for sentence in document.sentences:
            events.extend(
                self.code_sentence(document, sentence, said.get(sentence.index), earlier=events)
            )
        return events

    def code_sentence(
        self,
        document: Document,
        sentence: Sentence,
        said: When | None = None,
        earlier: Sequence[Event] = (),
    ) -> list[Event]:
        """The events of one sentence; ``said`` is the day of the statement it may report,
        ``earlier`` the events of the sentences before it."""
        mentions = document.mentions_in(sentence.index)
        if not mentions or is_question(sentence):
            return []
        voice = next((m for m in mentions if m.how == SPEAKER), None)
        mentions = [m for m in mentions if m is not voice]
        places = locative_mentions(sentence, mentions)
        actors = [m for m in mentions if m not in places and not _label(sentence, m)]
        voice = voice or _according_to(sentence, actors)
        speakers = _speakers(sentence, actors)
        found = self._found(sentence, actors, voice)
        paired = []
        for first in found:
            place = nearest_place(sentence, first.candidate.index, places)
            where = (place, places)
            pairs = self._pairs(document, sentence, first, actors, where, speakers=speakers,
                                earlier=earlier)  # fmt: skip
            paired.append((place, *pairs))
        events = []
        for place, item, dyads in paired:
            for dyad in _spelled_out(sentence, item, dyads, paired):
                if _troops_arriving(sentence, item, dyad):
                    continue
                events.append(self._event(document, sentence, item, dyad, place=place,
                                          said=said))  # fmt: skip
                if item.candidate.reverse and dyad.target is not None and not dyad.implied:
                    events.append(self._event(document, sentence, _reversed(item),
                                              _Dyad(dyad.target, dyad.source, dyad.how),
                                              place=place, said=said))  # fmt: skip
        return _unique(events)

    def _pairs(
        self,
        document: Document,
        sentence: Sentence,
        item: _Found,
        actors: list[Mention],
        where: tuple[Mention | None, list[Mention]],
        *,
        speakers: list[Mention],
        earlier: Sequence[Event] = (),
    ) -> tuple[_Found, list[_Dyad]]:
        """Who acted on whom: from the parse and the sentence, else as the sentence implies.
        ``where``: the place the act happens, and all the sentence's places."""
        place, places = where
        if _to_itself(item):
            # "We should protect ourselves," he said: no one else is asked; "the PKK denied it
            # was behind the bombing": a claim about oneself stands alone
            own = _own_claim(sentence, item)
            return item, [_Dyad(source, None, "parse") for source in item.args.sources if own]
        implied = self.implied_targets
        if implied and not item.args.sources and place and _agentless(sentence, item):
            item = _implied_source(item, place)
        inside = place or _place_within(sentence, item.candidate.index, places)
        dyads = list(_dyads(sentence, item, actors, inside, speakers, places=places))
        if not dyads and implied and _judged_there(sentence, item, inside):
            dyads = list(_implied(sentence, item, inside, actors))  # "condemned the coup in Niger"
        if not dyads and implied:
            dyads = _counterpart(document, sentence, item, earlier) or list(
                _implied(sentence, item, inside, actors)
            )
        alone = not self.require_target or _one_display(sentence, item)
        if not dyads and _fired_at_no_one(sentence, item.candidate):
            return item, [_Dyad(source, None, "parse") for source in item.args.sources]
        if not dyads and ((alone and self._alone_ok(item)) or _own_claim(sentence, item)):
            dyads = [_Dyad(source, None, "parse") for source in item.args.sources]
        return item, dyads

    def _alone_ok(self, item: _Found) -> bool:
        """May the event stand without a target? Not where PLOVER requires a recipient."""
        entry = self.codebook.describe(self._recoded(item))
        return entry.plover_type not in RECIPIENT_REQUIRED

    def _recoded(self, item: _Found) -> str:
        """The code for the act's mood (see ``recode``); a code outside CAMEO, from a user's
        own scheme, is kept as it is."""
        code = item.candidate.code
        return recode(code, item.mood) if self.codebook.known(code) else code

    def _found(
        self, sentence: Sentence, actors: list[Mention], voice: Mention | None = None
    ) -> list[_Found]:
        """Every act of the sentence with its arguments, less those that are only another's
        content and a government's orders to its own forces ("ordered his military to
        conduct a drill": the drill is the event)."""
        candidates = find_candidates(sentence, self.lexicon)
        # a quotation's judgment needs who says it
        candidates = [c for c in candidates if c.rule != QUOTED_RULE or voice is not None]
        every = [self._arguments(sentence, c, actors, voice) for c in candidates]
        orders = {f.candidate.index for f in every if _internal_order(sentence, f)}
        acts = [c for c in candidates if c.index not in orders
                and not is_condition(sentence, c.index) and not _alleged(sentence, c)]  # fmt: skip
        kept = {c.index for c in _drop_subsumed(sentence, acts)}
        return [f for f in every if f.candidate.index in kept]

    def _arguments(
        self, sentence: Sentence, c: Candidate, actors: list[Mention], voice: Mention | None
    ) -> _Found:
        read = verb_arguments if c.kind == "verb" else noun_arguments
        if c.rule == QUOTED_RULE and voice is not None:
            args = quoted_arguments(sentence, c, actors, voice)
        else:
            args = (feeling_arguments if c.rule == FEELING_RULE else read)(sentence, c, actors)
        if addressed_to_no_one(sentence, c, args):
            args = replace(args, completable=False)
        return _Found(c, args, _decided(sentence, c, _refusal(c, mood(sentence, c.index))))

    def _event(
        self,
        document: Document,
        sentence: Sentence,
        item: _Found,
        dyad: _Dyad,
        *,
        place: Mention | None,
        said: When | None,
    ) -> Event:
        source, target = dyad.source, dyad.target
        target_actor = dyad.implied or (target.actor if target else None)
        target_span = (target.start, target.end) if target else None
        c, article = item.candidate, document.article
        code = self._recoded(item)
        if _show_of_force(sentence, c, dyad):
            code = "150"
        elif _riot(sentence, c, source, target) and item.mood.modality == "asserted":
            code = "145"
        elif _repression(sentence, c, source, target) and item.mood.modality == "asserted":
            code = "175"
        elif _lodged(sentence, c, source):
            code = "114"  # "Russia has protested against removing the monument": a complaint
        elif (sent_away := _told_to_leave(sentence, c)) is not None:
            code = sent_away
        elif _envoys_expelled(sentence, c):
            code = "161"
        elif _foreigners_barred(code, source, target_actor):
            code = "163"  # "New Delhi barred Chinese companies from bidding": a sanction
        elif code == "175" and _at_sea(sentence, source, target_actor):
            code = "191"  # water cannon on another state's ships: a blockade, not repression
        entry = self.codebook.describe(code)
        future = item.mood.modality in ("intended", "expected")
        when = event_date(sentence, c.index, article.published, future)
        if (
            said is not None
            and when.precision == "published"
            and when.value is not None
            and is_statement(sentence, c.index)
        ):
            when = When(said.value, said.precision, f"as stated: {said.text}")
        trigger = _trigger(sentence, c)
        return Event(
            event_id=_event_id(
                article.doc_id,
                sentence.index,
                trigger.start,
                source.actor,
                target_actor,
                code,
            ),
            doc_id=article.doc_id,
            sentence=sentence.text,
            sentence_index=sentence.index,
            source=source.actor,
            source_span=(source.start, source.end),
            target=target_actor,
            target_span=target_span,
            cameo=code,
            cameo_label=entry.name,
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
            plover_type=entry.plover_type,
            plover_mode=entry.plover_mode,
            plover_context=entry.plover_context,
            trigger=trigger,
            rule=c.rule
            + (f"; source implied ({source.actor.name})" if item.source_implied else "")
            + (f"; target implied ({dyad.implied.name})" if dyad.implied else ""),
            confidence=CONFIDENCE["implied" if item.source_implied else dyad.how],
            negated=item.mood.negated,
            modality=item.mood.modality,
            date=when.value,
            date_precision=when.precision,
            date_text=when.text,
            location=as_location(place),
            url=article.url,
            published=article.published.isoformat() if article.published else None,
        )


def _according_to(sentence: Sentence, actors: list[Mention]) -> Mention | None:
    """ "According to the U.S. side, the expulsion has no legal basis": whose words they are."""
    for to in sentence.tokens:
        if to.text.lower() == "to" and sentence.tokens[to.head].text.lower() == "according":
            said = [t.i for t in sentence.children(to.i) if t.dep == "pobj"]
            found = [m for i in said for m in mentions_for(sentence, i, actors)]
            return found[0] if found else None
    return None


def _reversed(item: _Found) -> _Found:
    """The other half of a paired code: "left for Minas Tirith" is a visit (032) by the
    traveller and the receiving of one (033) by the host."""
    c = item.candidate
    paired = replace(c, code=c.reverse, reverse="", rule=f"{c.rule} (paired code)")
    return replace(item, candidate=paired)


def _to_itself(item: _Found) -> bool:
    """Does the parse name only the source itself, by a pronoun, as the target ("we",
    "ourselves")?"""
    sources, targets = item.args.sources, item.args.targets
    codes = {m.actor.code for m in sources}
    return bool(sources and targets) and all(
        t.actor.code in codes and t.how == "coreference" for t in targets
    )


def _foreigners_barred(code: str, source: Mention, target: Actor | None) -> bool:
    """Are a ban's restrictions (CAMEO 172) laid on another state's people or firms? Then
    they are sanctions (163), as the gold sets' coders read travel and trade bans."""
    if code != "172" or target is None:
        return False
    countries = {source.actor.country, target.country}
    return len(countries) == 2 and not countries & (INTERNATIONAL | {""})


def _troops_arriving(sentence: Sentence, item: _Found, dyad: _Dyad) -> bool:
    """ "NATO peacekeeping troops have arrived in Bosnia": forces that arrive pay no visit
    (their deployment is coded where it is said)."""
    c = item.candidate
    source = dyad.source
    armed = source.actor.sector == "MIL" or sentence.tokens[source.head].lemma in TROOPS
    return c.code == "042" and sentence.tokens[c.index].lemma == "arrive" and armed


def _show_of_force(sentence: Sentence, c: Candidate, dyad: _Dyad) -> bool:
    """ "North Korea launched a ballistic missile that flew over Japan": a missile fired at
    no one the parse names is a show of force (150), not an attack on whoever else the
    sentence mentions ("fired rockets into Israel" stays 194)."""
    if dyad.how == "parse" and dyad.target is not None:
        return False
    return _fired_at_no_one(sentence, c)


def _fired_at_no_one(sentence: Sentence, c: Candidate) -> bool:
    """A missile or rocket fired ("North Korea fired two ballistic missiles into the sea"),
    whoever it may have been aimed at."""
    if c.code[:2] != "19" or c.object_index is None:
        return False
    return sentence.tokens[c.object_index].lemma in MISSILES


def _riot(sentence: Sentence, c: Candidate, source: Mention, target: Mention | None) -> bool:
    """ "Angry villagers burned army vehicles in protest", "residents attacked the army camp",
    "clashes between security forces and protesters": force or destruction by a crowd (or a
    fight with one), or done in protest, is a riot (145), as CAMEO codes violent protest."""
    if c.code[:2] not in RIOT_ROOTS and c.code[:3] != "171":
        return False
    in_protest = any(
        p.dep == "prep" and p.text.lower() == "in" and o.lemma == "protest"
        for p in sentence.children(c.index)
        for o in sentence.children(p.i)
    )
    fight = _reciprocal(sentence, c)
    return in_protest or _crowd(sentence, source) or (fight and _crowd(sentence, target))


def _lodged(sentence: Sentence, c: Candidate, source: Mention) -> bool:
    """Is "protest" said of a state or its government, so an official complaint (114), not
    a demonstration?"""
    if c.kind != "verb" or c.code[:2] != "14" or sentence.tokens[c.index].lemma != "protest":
        return False
    actor = source.actor
    return actor.kind == "country" or (actor.kind == "agent" and actor.sector in ("GOV", "ELI"))


def _repression(sentence: Sentence, c: Candidate, source: Mention, target: Mention | None) -> bool:
    """ "The soldiers fired at protesters", "police beat demonstrators": force by police or
    troops against people protesting is violent repression (175), as CAMEO codes it."""
    if c.code[:2] not in RIOT_ROOTS or target is None or source.actor.sector not in ENFORCERS:
        return False
    return _crowd(sentence, target) and sentence.tokens[target.head].lemma in PROTESTERS


def _told_to_leave(sentence: Sentence, c: Candidate) -> str | None:
    """ "ordered the diplomats of seven countries to leave", "the ambassador has been asked
    to leave Mali": to order someone out is to expel them (161 for envoys, else 174)."""
    tok = sentence.tokens[c.index]
    if c.kind != "verb" or tok.lemma not in SENDING_AWAY:
        return None
    if not any(t.dep == "xcomp" and t.lemma in LEAVING for t in sentence.children(c.index)):
        return None
    who = [t for t in sentence.children(c.index) if t.dep in ("dobj", "nsubjpass")]
    words = {w.lemma.lower() for t in who for w in [t, *sentence.children(t.i)]}
    if words & ARMED:
        return None  # "ordered the troops to leave the border area": a demand to withdraw
    # "expelled the North Korean ambassador, asking him to leave": the envoy named before
    named = {w.lemma.lower() for w in sentence.tokens[: c.index]}
    envoy = bool(named & ENVOYS) and all(t.pos == "PRON" for t in who) and bool(who)
    return "161" if words & ENVOYS or envoy else "174"


def _envoys_expelled(sentence: Sentence, c: Candidate) -> bool:
    """ "the expulsion of 60 US diplomats": expelling envoys cuts ties (161), as the verb's
    patterns code it."""
    if c.kind != "noun" or c.code[:3] != "174":
        return False
    # … and "diplomatic expulsions by Prague"
    near = [*of_chain(sentence, c.index), *(t.i for t in sentence.children(c.index)
                                           if t.dep in ("amod", "compound"))]  # fmt: skip
    return any(sentence.tokens[i].lemma in ENVOYS for i in near)


def _crowd(sentence: Sentence, m: Mention | None) -> bool:
    """Is the mention a crowd of ordinary people (villagers, protesters, a mob)?"""
    if m is None or m.actor.kind != "agent" or m.actor.sector != "CVL":
        return False
    return sentence.tokens[m.head].lemma in CROWDS or m.kb_id == CROWD_PART  # "others …"


def _label(sentence: Sentence, m: Mention) -> bool:
    """ "Syria: UN suspends aid deliveries": a headline's topic label is not a party, and
    nor is a dateline ("TOKYO, Aug 29 (KUNA) -- Japan and South Korea …")."""
    after = m.last + 1
    if m.first == 0 and after < len(sentence.tokens) and sentence.tokens[after].text == ":":
        return True
    return m.last < sentence.dateline_end()


def _refusal(c: Candidate, found: Mood) -> Mood:
    """ "Syria will not accept any more refugees", "the US would not meet the demands": to
    say one will not give or yield is to refuse (CAMEO 12), not a negated promise. (A
    cooperation one will not pursue — "would not focus on a grand bargain" — stays a negated
    intent.)"""
    if found.negated and found.modality in ("intended", "expected") and c.code[:2] in YIELDING:
        return replace(found, negated=False, refused=True, modality="asserted")
    if found.negated and c.code == "015":  # "did not accept responsibility": a denial
        return replace(found, negated=False, refused=True)
    return found


def _decided(sentence: Sentence, c: Candidate, found: Mood) -> Mood:
    """ "Natalegawa announced the ambassador would be recalled", "Misri stated that India would
    hold the treaty in abeyance": a cut in relations a government announces in the future
    of the past is its decision, made, not a threat of one."""
    if c.code[:2] != "16" or found.modality != "intended" or found.negated:
        return found
    return replace(found, modality="asserted") if announced_would(sentence, c.index) else found


def _trigger(sentence: Sentence, c: Candidate) -> Trigger:
    """The trigger's words as one span of the sentence ("walked away from the talks")."""
    start, end = sentence.tokens[c.words[0]].start, sentence.tokens[c.words[-1]].end
    return Trigger(sentence.text[start:end], start, end)


def recode(code: str, mood: Mood) -> str:
    """Cooperation that is only intended is an intent (03x); refused, a rejection (12x);
    conflict that is only intended is a threat (13x), and so is any act, or a stop to
    cooperation, held over someone on a condition ("unless …", "if … does not …")."""
    if mood.refused:
        return _longest_prefix(REFUSAL_CODES, code) or code
    if mood.conditional == "stop":
        return _longest_prefix(STOP_THREATS, code) or "130"
    if mood.conditional == "act":
        return _longest_prefix(THREAT_CODES, code) or "130"
    threat = _longest_prefix(THREAT_CODES, code)
    if mood.conditional == "if" and not mood.negated and threat:  # "would strike if …"
        return threat
    if mood.modality in ("intended", "expected"):
        if code[:2] in INTENT_CODES:
            return INTENT_CODES[code[:2]]
        if not mood.attempted:
            return threat or code
    return code


def _longest_prefix(table: dict[str, str], code: str) -> str | None:
    for n in (4, 3, 2):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _speakers(sentence: Sentence, actors: list[Mention]) -> list[Mention]:
    """Who says the sentence ("…, South Korea's military said"): a source of the report,
    not a party to what it reports, so never a guessed target."""
    said = {t.i for t in sentence.tokens if t.lemma in SPEECH_VERBS and t.pos == "VERB"}
    return [m for m in actors if _subject_of(sentence, m.head, said)]


def _subject_of(sentence: Sentence, i: int, verbs: set[int]) -> bool:
    """Is token ``i`` the subject of one of the verbs, or a word that names it ("U.N."
    in "U.N. investigators said")?"""
    tok = sentence.tokens[i]
    while tok.dep in ("compound", "amod", "poss") and tok.head != tok.i:
        tok = sentence.tokens[tok.head]
    return tok.dep == "nsubj" and tok.head in verbs


def _dyads(
    sentence: Sentence,
    item: _Found,
    actors: list[Mention],
    place: Mention | None,
    speakers: list[Mention],
    *,
    places: Sequence[Mention] = (),
) -> Iterator[_Dyad]:
    """Source–target pairs: from the parse, else completed from the sentence's other actors.
    A protest, a curfew or its lifting with no named target is aimed at the place where it
    happens ("Serbia lifted the curfew in Montenegro"), and a trip at where it goes ("arrived
    in Amman")."""
    sources, targets = list(item.args.sources), list(item.args.targets)
    symmetric = item.candidate.code[:2] in SYMMETRIC_ROOTS
    from_parse = bool(sources and targets)
    paired = (
        item.candidate.code[:2] in PAIRED_ROOTS and item.candidate.code not in ONE_WAY
    ) or _reciprocal(sentence, item.candidate)
    # "the agreement was signed by A and B" pairs them; "a truce brokered by Qatar and Egypt"
    # or "aid pledged by A and B" does not: they are not each other's partners
    mutual = symmetric and item.candidate.code not in MEDIATION | ONE_WAY
    if not targets and paired and len(sources) > 1 and (mutual or not item.args.by_agent):
        sources, targets = sources[:1], sources[1:]
        from_parse = True
    how = "parse" if from_parse else "sentence"
    parties = [*actors, *([place] if place else [])]
    bystanders = [m for m in actors if m not in speakers and not _describes(sentence, m, sources)
                  and not _modifies(sentence, m, sources, parties)]  # fmt: skip
    unstated = item.args.completable and not sources and symmetric and _unstated(item)
    if unstated:
        sources = _others(bystanders, [], item.candidate.index)[:1]
    code = item.candidate.code
    # (a partner left unnamed is guessed for an act whose parties the sentence does state)
    between = item.candidate.kind == "noun" and item.args.completable
    guessed = unstated or between or recode(code, item.mood)[:2] not in UNGUESSED
    if (
        not targets
        and place is not None
        and code[:2] in VIOLENT_ROOTS
        and under(sentence, item.candidate.index, place.head)
    ):
        # "launched a drone attack on a pipeline in Saudi Arabia", "… in Syria and Iraq"
        targets = _coordinated(sentence, place, places)
    if not targets and place is not None and code == "042":
        targets = [place]  # "will arrive in the Solomon Islands": there, not a guess
    if item.args.completable and not targets and sources and guessed:
        others = _others(bystanders, sources, item.candidate.index)
        countries = {m.actor.country for m in others}
        targets = others[:1] if len(countries) == 1 or not item.args.guarded else []
        # "mobilized reservists for a possible war against Iraq": one party in its own phrase
        inside = [m for m in others if in_clause(sentence, item.candidate.index, m.head)]
        if not targets and len({m.actor.country for m in inside}) == 1:
            targets = inside[:1]
    if not targets and place is not None and (code[:2] in PLACE_TARGET_ROOTS or code == "042"):
        targets = [place]
    for source in sources:
        for target in targets:
            # (a guessed partner is another country: "Cavusoglu warned Turkey would impose
            # sanctions" threatens no one in Turkey)
            own = how != "parse" and target.actor.country == source.actor.country
            if target.actor.code != source.actor.code and not own:
                yield _Dyad(source, target, how)


def _coordinated(sentence: Sentence, place: Mention, places: Sequence[Mention]) -> list[Mention]:
    """The place and the places coordinated with it ("in Syria and Iraq")."""
    heads = {t.i for t in conjuncts(sentence, place.head)}
    return [place, *(m for m in places if m.head in heads and m is not place)]


def _modifies(
    sentence: Sentence, m: Mention, sources: list[Mention], actors: list[Mention]
) -> bool:
    """Is the mention part of how a party is named ("Yemen's Iran-backed Houthi rebels",
    "Saudi Arabia, Tehran's biggest rival")? Not a party the act is aimed at."""
    named = {a.head for a in actors}
    for below, above in pairwise(ancestors(sentence, m.head)):
        dep = sentence.tokens[below].dep
        if (dep == "appos" and above in named) or (
            above in {s.head for s in sources} and dep != "prep"
        ):
            return True
        if dep not in ("amod", "compound", "poss", "npadvmod", "nmod"):
            return False
    return False


def _describes(sentence: Sentence, m: Mention, sources: list[Mention]) -> bool:
    """Is the mention inside an apposition to a source ("Pakistan, a key U.S. ally, …")? It
    says what the source is, not whom it acts on."""
    heads = {s.head for s in sources}
    for below, above in pairwise(ancestors(sentence, m.head)):
        if sentence.tokens[below].dep == "appos" and above in heads:
            return True
    return False


def _place_within(sentence: Sentence, i: int, places: list[Mention]) -> Mention | None:
    """The nearest place inside the act's own phrase ("agreed to set up a centre in Tokyo",
    "threatened to resume attacks in Israel")."""
    inside = [m for m in places if under(sentence, i, m.head)]
    return min(inside, key=lambda m: abs(m.head - i)) if inside else None


def _counterpart(
    document: Document, sentence: Sentence, item: _Found, earlier: Sequence[Event] = ()
) -> list[_Dyad]:
    """ "France said it would recall its ambassador" in a report about Mali: ties are cut
    with another state, the one the report has named most so far besides the source's own;
    and so is criticism aimed (CAMEO 11x) at an act whose doer the sentence leaves out —
    first at whoever the report last said did force or coercion ("Myanmar's army detained
    Suu Kyi … The UN and the UK have also condemned the coup")."""
    code = item.candidate.code
    # … and criticism of an act whose doer goes unnamed ("'This is not possible,' the consul
    # said", "Moscow condemned the move")
    judged = (
        item.candidate.rule == EVALUATION_RULE
        or (code[:3] in CRITICISM and not _pronoun_object(sentence, item))
        or _envoys_expelled(sentence, item.candidate)  # "diplomatic expulsions by Prague"
    )
    if not (code.startswith(BETWEEN_STATES) or judged) or item.mood.modality == "question":
        return []
    named = Counter(m.actor.country for m in document.mentions  # (a speaker counts once)
                    if m.sentence_index <= sentence.index and m.actor.country
                    and m.how != SPEAKER)  # fmt: skip
    # "Russia expelled 20 Czech diplomats in retaliation for expulsions by Prague and the
    # United States": the act's own parties are no counterparts of each other, and the
    # sentence's main subject comes before the report's most named country
    theirs = {m.actor.country for m in item.args.sources}
    subjects = [m.actor.country for m in document.mentions_in(sentence.index)
                if is_main_subject(sentence, m)]  # fmt: skip
    outside = theirs | INTERNATIONAL | {None, ""}
    doers = [e.source.country for e in earlier if judged and e.cameo[:2] in VIOLENT_ROOTS
             and e.modality == "asserted" and not e.negated
             and e.source.country not in outside]  # fmt: skip
    # "condemned this test": whoever the report said did the act it names, first
    named_act = _judged_noun(sentence, item) if judged else None
    doers += [e.source.country for e in earlier if named_act
              and named_act in e.trigger.text.lower().split() and not e.negated
              and e.source.country not in outside]  # fmt: skip
    out = []
    for source in item.args.sources:
        others = [(c in subjects, n, c) for c, n in named.items()
                  if c not in theirs and c not in INTERNATIONAL]  # fmt: skip
        if not others or not source.actor.country:
            continue
        country = doers[-1] if doers else max(others)[2]
        actor = Actor(country + "GOV", country, "GOV", f"{country} government", kind="implied")
        out.append(_Dyad(source, None, "implied", actor))
    return out


def _judged_noun(sentence: Sentence, item: _Found) -> str | None:
    """The noun a criticism names its act by ("condemned this test"), as written."""
    c = item.candidate
    objects = [t for t in sentence.children(c.index) if t.dep == "dobj" and t.pos == "NOUN"]
    return objects[0].text.lower() if objects else None


def _judged_there(sentence: Sentence, item: _Found, place: Mention | None) -> bool:
    """Is what is criticised placed in the sentence ("the military coup in Niger has been
    condemned"), so its country, not the report's, is the one criticised?"""
    if place is None or item.candidate.code[:3] not in CRITICISM:
        return False
    judged = [t.i for t in sentence.children(item.candidate.index)
              if t.dep in ("dobj", "nsubjpass")]  # fmt: skip
    return any(under(sentence, j, place.head) for j in judged)


def _pronoun_object(sentence: Sentence, item: _Found) -> bool:
    """Is what the act is aimed at a pronoun left unresolved ("accusing it of …")?"""
    return any(t.pos == "PRON" for t in sentence.children(item.candidate.index)
               if t.dep in ("dobj", "nsubjpass"))  # fmt: skip


def _implied(
    sentence: Sentence, item: _Found, place: Mention | None, actors: list[Mention]
) -> Iterator[_Dyad]:
    """A target the sentence implies but does not name ("Thousands demonstrated in Kirkuk",
    "rebels shelled the town, killing 20"): the country of the place where it happens, else
    the source's own; its government, or its people when the act is force or comes from the
    state. Only where the act points at that country — a place, another of its actors in the
    act's own phrase ("promised to democratize Serbia") — or the act is a protest, or force
    with victims. Marked in the rule, with a lower confidence."""
    c = item.candidate
    if (
        not item.args.predicated
        or (c.rule == OBLIGATION_RULE and not item.args.completable)
        or c.code[:2] in NO_IMPLIED_ROOTS
        or item.mood.modality == "question"
    ):
        return
    for source in item.args.sources:
        country = place.actor.country if place is not None else source.actor.country
        if not country or country in INTERNATIONAL:
            continue
        named = place is not None or any(
            m.actor.country == country
            and m.actor != source.actor
            and under(sentence, c.index, m.head)
            for m in actors
        )
        if not named and not _aimed(item):
            continue
        if not named and c.code[:2] in FORCE_ROOTS and not _at_home(source):
            continue  # "forces fired on camps, killing …": an army's victims may be anyone's
        if c.code[:2] in FORCE_ROOTS and _at_craft(sentence, c):
            continue  # "its jets shot at the plane … in Turkish airspace": whose plane?
        state = source.actor.sector in STATE_SECTORS or source.actor.kind == "person"
        home = country == source.actor.country
        body = source.actor.kind == "country" or (
            source.actor.kind == "agent" and source.actor.sector == "GOV"
        )
        if body and home and c.code[:2] in WORDS_ONLY:
            continue  # "France warned that …": a state's words are not aimed at its own people
        if home and (c.code[:3] == "192" or _lodged(sentence, c, source)):
            continue  # "it was occupied by Moroccan troops", "Russia has protested": no one
            # occupies their own land, and a state's complaint is to another
        people = item.candidate.code[:2] in FORCE_ROOTS or (state and home)
        sector, who = ("CVL", "people") if people else ("GOV", "government")
        actor = Actor(country + sector, country, sector, f"{country} {who}", kind="implied")
        if actor.code != source.actor.code:
            yield _Dyad(source, place, "implied", actor)


def _at_craft(sentence: Sentence, c: Candidate) -> bool:
    """Is force aimed at a craft ("shot at the plane", "downed a drone"), not at people?"""
    aimed = [t for t in sentence.children(c.index) if t.dep == "dobj"]
    aimed += [o for p in sentence.children(c.index) if p.dep == "prep"
              for o in sentence.children(p.i) if o.dep == "pobj"]  # fmt: skip
    return any(t.lemma in CRAFT for t in aimed)


def _agentless(sentence: Sentence, item: _Found) -> bool:
    """Does the clause say that no one in particular did it — a weapon or a blast as its
    subject ("a roadside bomb killed")? A passive with no "by" is not enough: the doer is
    often named elsewhere in the sentence ("… were killed in an Israeli strike")."""
    c = item.candidate
    if c.kind != "verb":
        return False
    subjects = [t for t in sentence.children(c.index) if t.dep == "nsubj"]
    # "were killed by an improvised explosive device"
    subjects += [t for a in sentence.children(c.index) if a.dep == "agent"
                 for t in sentence.children(a.i) if t.dep == "pobj"]  # fmt: skip
    return bool(subjects) and all(t.lemma in WEAPON_SUBJECTS for t in subjects)


def _implied_source(item: _Found, place: Mention) -> _Found:
    """Force with no one named as doing it ("a roadside bomb near Samarra killed a US
    soldier") is coded, as CAMEO and ICEWS do, to unidentified forces of the country where it
    happens."""
    country = place.actor.country
    if item.candidate.code[:2] not in FORCE_ROOTS or not country or country in INTERNATIONAL:
        return item
    name = f"unidentified forces in {place.text}"
    source = replace(place, actor=Actor(country + "UAF", country, "UAF", name, kind="implied"))
    return replace(item, args=replace(item.args, sources=(source,)), source_implied=True)


def _at_home(source: Mention) -> bool:
    """Does the source use force where it lives (police, rebels, gunmen, mobs), rather than
    abroad as armies and states do?"""
    return source.actor.sector in HOME_SECTORS


def _spelled_out(
    sentence: Sentence,
    item: _Found,
    dyads: list[_Dyad],
    paired: list[tuple[Mention | None, _Found, list[_Dyad]]],
) -> list[_Dyad]:
    """The dyads to code, less a target implied or taken from the sentence where an act
    under this one names the source's real target: "police opened fire to disperse
    demonstrators" is one event, the police against the demonstrators."""
    named = {
        d.source.actor.code
        for _, other, found in paired
        if other is not item
        and under(sentence, item.candidate.index, other.candidate.index)
        and {item.candidate.code[:2], other.candidate.code[:2]} <= VIOLENT_ROOTS
        for d in found
        if d.target is not None and not d.implied
    }
    loose = [d for d in dyads if d.implied or d.how == "sentence"]
    return [d for d in dyads if not (d in loose and d.source.actor.code in named)
            and not _own_ground(item, d)]  # fmt: skip


def _own_ground(item: _Found, dyad: _Dyad) -> bool:
    """ "During his visit to China, Xi …": no one visits their own country."""
    target = dyad.target
    return (
        item.candidate.code[:3] in VISIT_CODES
        and target is not None
        and target.actor.kind in ("country", "place", "seat")
        and target.actor.country == dyad.source.actor.country
    )


def _internal_order(sentence: Sentence, item: _Found) -> bool:
    """ "Moon ordered his military to conduct a drill", "the government ordered police
    patrols": a command from a state body to the state's own forces or agencies is how the
    state acts, not an event between two actors."""
    c = item.candidate
    if c.kind != "verb" or sentence.tokens[c.index].lemma not in COMMANDS or not item.args.targets:
        return False
    countries = {m.actor.country for m in item.args.sources}
    state = all(m.actor.sector in STATE_SECTORS or m.actor.kind == "person"
                for m in item.args.sources)  # fmt: skip
    return (
        state
        and len(countries) == 1
        and all(
            m.actor.country in countries and m.actor.sector in STATE_SECTORS
            for m in item.args.targets
        )
    )


def _one_display(sentence: Sentence, item: _Found) -> bool:
    """A show of force that happened: a verb ("test-fired a missile") or one act named by a
    noun ("North Korea's missile launch"), not a run of them ("Pyongyang's missile tests")."""
    c = item.candidate
    plural = c.kind == "noun" and sentence.tokens[c.index].tag in ("NNS", "NNPS")
    return c.code[:2] in DISPLAY_ROOTS and not plural


def _at_sea(sentence: Sentence, source: Mention, target: Actor | None) -> bool:
    """Are riot-control means turned on another state's ships ("fired water cannon on two
    Philippine supply ships")?"""
    countries = {source.actor.country, target.country if target else ""}
    foreign = target is not None and len(countries) == 2 and not countries & INTERNATIONAL
    return foreign and any(t.lemma in VESSELS for t in sentence.tokens)


def _alleged(sentence: Sentence, c: Candidate) -> bool:
    """ "Rwanda's alleged support for the M23", "arrested for allegedly assaulting": an act
    only alleged is another's accusation, not a reported event."""
    if _punished_for(sentence, c.index) or _claimed(sentence, c.index):
        return True
    return any(
        t.lemma.lower() in ALLEGED and t.dep in ("amod", "advmod")
        for t in sentence.children(c.index)
    )


def _claimed(sentence: Sentence, i: int) -> bool:
    """ "Media claims that Tehran had transferred missiles to Russia": what a claim or an
    accusation says was done is its content, not a reported event."""
    for below, above in pairwise(ancestors(sentence, i)):
        tok, head = sentence.tokens[below], sentence.tokens[above]
        # (not "a claim denied by Bangkok": a participle says what became of the claim)
        finite = tok.tag != "VBN" or child(sentence, tok.i, {"aux"}) is not None
        content = tok.dep == "ccomp" or (tok.dep == "acl" and finite)
        if content and head.lemma in CLAIMED and head.pos == "NOUN":
            return True
        if tok.dep not in ("conj", "xcomp"):
            return False
    return False


def _punished_for(sentence: Sentence, i: int) -> bool:
    """ "Kuwait deported Egyptian workers for violating residency rules": the reason given
    for a punishment is the punisher's charge."""
    tok = sentence.tokens[i]
    if tok.dep != "pcomp":
        return False
    prep = sentence.tokens[tok.head]
    return prep.text.lower() == "for" and sentence.tokens[prep.head].lemma in PUNISHING


def _own_claim(sentence: Sentence, item: _Found) -> bool:
    """ "Al-Shabab claimed responsibility for the attack", "the PKK denied it was behind the
    bombing": a claim about one's own act needs no one at its receiving end (but "denied
    land allocation" is no denial of responsibility)."""
    c = item.candidate
    # ("denied committing genocide": the act denied as a gerund)
    said = any(t.dep in ("ccomp", "xcomp") or (t.tag == "VBG" and t.dep in ("dobj", "pcomp"))
               for t in sentence.children(c.index))  # fmt: skip
    return c.code in OWN_CLAIMS and bool(item.args.sources) and (c.object_index is not None or said)


def _aimed(item: _Found) -> bool:
    """Does the act itself say someone is at its receiving end? A protest always; force when
    it has victims ("killing about 20 people"), not a missile fired into the sea."""
    root = item.candidate.code[:2]
    # … and coercion with people at its receiving end ("arrested several opposition leaders")
    # … and restrictions, which fall on a whole population ("impose martial law")
    restricts = item.candidate.code[:3] == "172"
    return root == "14" or restricts or (root in AIMED_ROOTS and item.args.victims)


def _reciprocal(sentence: Sentence, c: Candidate) -> bool:
    """ "The army and the RSF fought for control of Khartoum": acts that two parties do to
    each other."""
    return sentence.tokens[c.index].lemma in RECIPROCAL


def _unstated(item: _Found) -> bool:
    """ "talks between officials of the two countries were held": the parties are named
    elsewhere in the sentence. A verb with no subject of its own names none."""
    c = item.candidate
    return c.kind == "noun" or (c.object_index is not None and not item.args.sources
                                and item.args.passive)  # fmt: skip


def _others(actors: list[Mention], taken: list[Mention], near: int) -> list[Mention]:
    """Actors of other countries in the sentence, nearest to the trigger first."""
    countries = {m.actor.country for m in taken}
    rest = [m for m in actors if m.actor.country not in countries]
    return sorted(rest, key=lambda m: abs(m.head - near))


def _drop_subsumed(sentence: Sentence, candidates: list[Candidate]) -> list[Candidate]:
    """ "urged X to engage": the appeal is the event, "engage" is its content. But "promised
    to send aid": the aid is the event (coded as an intent), the promise only its mood."""
    dropped: set[int] = set()
    by_index = {c.index: c for c in candidates}
    for c in candidates:
        for below, above in pairwise(ancestors(sentence, c.index)):
            dep = sentence.tokens[below].dep
            held = c.kind == "noun" and below == c.index and dep == "dobj"  # "to hold talks"
            if dep == "conj" and above not in by_index:
                continue  # "demanded that Japan ensure … and release them": content too
            if (dep not in COMPLEMENT_DEPS and not held) or _occasion(sentence, below):
                break  # "accused X and urged Y", "condemned X after it fired": both events
            governor = by_index.get(above)
            if governor is not None and governor.kind == "noun" and dep == "acl":
                # "renewed his threat to send troops", "an offer to mediate": the noun is the
                # event, what it threatens or offers only its content; but "a statement
                # condemning the attack" is the condemnation
                if governor.code[:2] == "01" and sentence.tokens[below].tag == "VBG":
                    dropped.add(governor.index)
                elif governor.code[:2] in CONTENT_NOUN_ROOTS:
                    dropped.add(c.index)
                break
            if governor is None or governor.kind != "verb":
                continue
            if governor.code[:2] == "03" or _reporting(sentence, governor):
                # "…, a senior official said": a report of an act is the act (a lexicon that
                # codes "said" itself, as TABARI's do, codes it only where nothing else is)
                dropped.add(governor.index)
            elif governor.code[:2] in CONTENT_ROOTS and not (
                held and governor.code[:2] in DENOUNCING
            ):
                dropped.add(c.index)
            break
    dropped |= _asked_for(sentence, by_index) | _content_of_noun(sentence, by_index)
    dropped |= _protest_purpose(sentence, by_index) | _done_by(sentence, by_index)
    dropped |= _doer_of(sentence, by_index)
    return [c for c in candidates if c.index not in dropped]


def _reporting(sentence: Sentence, c: Candidate) -> bool:
    """Is the candidate a lexicon's code for "said" (TABARI dictionaries code it), rather than
    what is said ("said Iran must stop": a demand)?"""
    return sentence.tokens[c.index].lemma in REPORTING and c.rule != OBLIGATION_RULE


def _content_of_noun(sentence: Sentence, by_index: dict[int, Candidate]) -> set[int]:
    """ "renewed his threat Wednesday to send more troops": the parse hangs "to send" on the
    verb, but what is sent is what the threat (the verb's object) threatens."""
    out = set()
    for i, c in by_index.items():
        tok = sentence.tokens[i]
        # "refused Russia's request to extradite a businessman": what was asked for
        if (
            c.kind == "verb"
            and tok.dep == "acl"
            and sentence.tokens[tok.head].lemma in CONTENT_NOUNS
        ):
            out.add(i)
            continue
        if c.kind != "verb" or tok.dep not in ("advcl", "xcomp"):
            continue
        objects = [t.i for t in sentence.children(tok.head) if t.dep == "dobj"]
        nouns = [by_index[j] for j in objects if j in by_index and by_index[j].kind == "noun"]
        if any(n.code[:2] in CONTENT_NOUN_ROOTS for n in nouns):
            out.add(i)
    return out


def _occasion(sentence: Sentence, i: int) -> bool:
    """Is the clause at ``i`` the time or the reason of the one above ("after it fired a
    missile", "because it had seized the ship"), an act of its own rather than content?"""
    tok = sentence.tokens[i]
    return tok.dep == "advcl" and any(
        t.dep == "mark" and t.text.lower() in OCCASION_MARKS for t in sentence.children(i)
    )


def _doer_of(sentence: Sentence, by_index: dict[int, Candidate]) -> set[int]:
    """ "An al-Shabab attack killed four soldiers": an act of force that is the subject of
    another is the same act, told with its victims by the verb."""
    out = set()
    for i, c in by_index.items():
        tok = sentence.tokens[i]
        verb = by_index.get(tok.head)
        if verb is None or verb.kind != "verb" or c.kind != "noun" or tok.dep != "nsubj":
            continue
        if {c.code[:2], verb.code[:2]} <= VIOLENT_ROOTS:
            out.add(i)
    return out


def _done_by(sentence: Sentence, by_index: dict[int, Candidate]) -> set[int]:
    """ "Belarus retaliated by announcing its own sanctions", "punished Kyiv by cutting gas
    supplies": the act the means names is the event, not the verb it is the means of."""
    out = set()
    for i, c in by_index.items():
        if c.kind != "verb":
            continue
        for prep in sentence.children(i):
            if (
                prep.dep == "prep"
                and prep.text.lower() == "by"
                and any(t.dep == "pcomp" and t.i in by_index for t in sentence.children(prep.i))
            ):
                out.add(i)
    return out


def _protest_purpose(sentence: Sentence, by_index: dict[int, Candidate]) -> set[int]:
    """ "staged demonstrations to demand reforms", "began a hunger strike to protest the
    decision": what a protest is held to demand or protest is its content, not a second
    act."""
    out = set()
    for i, c in by_index.items():
        tok = sentence.tokens[i]
        purpose = tok.dep in ("advcl", "xcomp") and any(
            t.dep == "aux" and t.text.lower() == "to" for t in sentence.children(i)
        )
        if not purpose or c.code[:2] not in PROTEST_CONTENT:
            continue
        head = tok.head
        held = [head, *(t.i for t in sentence.children(head) if t.dep in ("dobj", "nsubj"))]
        if any(j in by_index and by_index[j].code[:2] == "14" for j in held if j != i):
            out.add(i)
    return out


def _asked_for(sentence: Sentence, by_index: dict[int, Candidate]) -> set[int]:
    """ "calls for a ceasefire", "the demand for talks": an event noun asked, pushed or
    hoped for is the content of the act, not an act that happened."""
    out = set()
    for i, c in by_index.items():
        tok = sentence.tokens[i]
        prep = sentence.tokens[tok.head]
        if c.kind != "noun" or tok.dep != "pobj" or prep.text.lower() not in ASKING_PREPS:
            continue
        governor = sentence.tokens[prep.head]
        asked = by_index.get(governor.i)
        if governor.lemma in ASKING_NOUNS or (
            asked is not None and asked.code[:2] in CONTENT_ROOTS
        ):
            out.add(i)
    return out


def _event_id(*parts: object) -> str:
    """A stable id from the document, sentence, trigger offset, actors and code."""
    key = "|".join("" if p is None else getattr(p, "code", str(p)) for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _unique(events: list[Event]) -> list[Event]:
    """One event per act: the same trigger coded twice, or one sentence telling the same act
    of one party on another twice ("the move drew criticism from Russia, which called it a
    destructive step"): the surest telling is kept. Verbs of different acts stay apart
    ("expelling the ambassador … while freezing all new trade")."""
    groups: dict[tuple[object, ...], list[Event]] = {}
    for event in events:
        target = event.target.country if event.target else None
        key = (event.source.country, target, event.cameo[:2], event.negated, event.modality)
        group = groups.setdefault(key, [])
        same = [k for k in group if not _other_act(k, event)]
        if not same:
            group.append(event)
        elif event.confidence > max(k.confidence for k in same):
            group[:] = [k for k in group if k not in same] + [event]
    chosen = {id(e) for group in groups.values() for e in group}
    seen: set[str] = set()
    out = []
    for event in events:
        if id(event) in chosen and event.event_id not in seen:
            seen.add(event.event_id)
            out.append(event)
    return out


def _other_act(one: Event, other: Event) -> bool:
    """Two verbs coded as different acts (not a verb and a noun telling the same one)."""
    verbs = one.rule.startswith("verb:") and other.rule.startswith("verb:")
    return verbs and one.cameo[:3] != other.cameo[:3]
