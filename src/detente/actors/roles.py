"""Role nouns and titles: "North Korean envoys" → PRKGOV; "the US president" on 2019-06-01
→ USAGOV, Donald Trump (title + date); "the president" later on → the president named before.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from detente.actors.kb import INTERNATIONAL, KnowledgeBase
from detente.actors.mentions import Memory, Named, make_mention, prefixed, quote_marks
from detente.records import Actor, Mention, Sentence, Token

ETHNIC_PEOPLES = {"serb", "croat", "albanian", "kurd", "kurdish", "russian", "hungarian", "turk",
                  "turkish", "greek", "tamil", "armenian", "azeri", "uzbek", "tajik", "hutu",
                  "tutsi", "pashtun", "baluch", "baloch", "somali", "arab", "uighur", "uyghur",
                  "rohingya", "druze", "bosniak", "muslim", "moslem"}  # fmt: skip
# Groups of people remembered by their noun: "Chinese protesters … the protesters"
CROWD_NOUNS = {"crowd", "mob", "throng"}  # a crowd named again, without its people's noun
PROTESTING = {"protester", "protestor", "demonstrator", "marcher", "rioter", *CROWD_NOUNS}
CROWD_SECTORS = {"CVL", "OPP", "LAB", "EDU"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
# "the president of France", "envoys from Egypt", "opposition groups in Zimbabwe"
OF_PREPS = {"of", "from", "for", "in", "throughout", "across"}
# Who acts where they live, so that a place can tell their country (not troops or envoys).
LOCAL_SECTORS = {"CVL", "OPP", "REB", "COP", "LAB", "EDU", "MED", "BUS", "REL", "HLH", "AGR",
                 "UAF", "CRM", "RAD", "JUD", "PPL"}  # fmt: skip
# People whose work is in other countries: a report's country says nothing about theirs.
ABROAD = {"diplomat", "envoy", "ambassador", "delegation", "delegate", "mediator",
          "negotiator", "observer", "inspector", "peacekeeper", "monitor", "consul",
          "emissary", "attache", "foreigner", "tourist", "journalist", "correspondent",
          "embassy", "consulate"}  # fmt: skip
# … of whom "in X" names the host, not the owner ("its embassy in Quito", "diplomats in Kabul")
HOSTED = ABROAD - {"foreigner", "tourist", "journalist", "correspondent"}
LOCATIVE_PREPS = {"in", "at", "outside", "across", "throughout", "near"}
PLACE_KINDS = {"place", "country", "seat"}
LOCATED = {"pobj", "conj"}  # a country named as the place itself, not as an owner
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "xcomp", "conj", "relcl"}
HEAD = ("head of state and government", "head of state")
GOVERNMENT = ("head of state and government", "head of government")
MAX_NAME_WORDS = 4
COUNTS = {"thousand", "hundred", "dozen"}
DEMONSTRATORS = {"protester", "protestor", "demonstrator"}
NO_COUNTRY = {"world", "global", "international", "western", "multinational", "regional"}
# Marks after which a capitalised word is only the start of a clause.
OPENERS = {"—", "–", "-", "--", '"', "“", "‘", "'", ":", "(", "["}
# Titles that name one office of a country, so a date says who held it.
TITLES: dict[str, tuple[str, ...]] = {
    "president": HEAD, "leader": (*HEAD, "supreme leader"), "head of state": HEAD,
    "supreme leader": ("supreme leader",), "prime minister": GOVERNMENT,
    "premier": GOVERNMENT, "chancellor": GOVERNMENT, "head of government": GOVERNMENT,
    "vice president": ("vice president",), "foreign minister": ("foreign minister",),
    "secretary of state": ("foreign minister",), "foreign secretary": ("foreign minister",),
    "defence minister": ("defence minister",), "defense minister": ("defence minister",),
    "defense secretary": ("defence minister",), "defence secretary": ("defence minister",),
}  # fmt: skip


def title_of(sentence: Sentence, tok: Token) -> str:
    """The role noun with its compound words: "foreign minister", "press secretary"."""
    tokens = sentence.tokens
    if tok.i >= 2 and tokens[tok.i - 1].text == "-" and tokens[tok.i - 2].head == tok.i:
        return f"{tokens[tok.i - 2].lemma}-{tok.lemma}".lower()  # "Secretary-General"
    words = [t.lemma for t in sentence.children(tok.i) if t.dep == "compound" and t.i < tok.i
             and t.pos in ("NOUN", "PROPN", "ADJ") and t.text[:1].islower()]  # fmt: skip
    return " ".join([*words, tok.lemma])


ABSTRACT_SENSES = {"force", "power", "authority", "security", "intelligence", "justice"}


def _abstract(sentence: Sentence, tok: Token) -> bool:
    """A bare singular role noun in its abstract sense ("force should never …", "the use of
    force"), with no article, owner or modifier to make it a body of people."""
    if tok.text.lower() not in ABSTRACT_SENSES or tok.tag != "NN":
        return False
    return not any(t.dep in ("det", "poss", "amod", "compound", "nummod")
                   for t in sentence.children(tok.i))  # fmt: skip


def role_mentions(kb: KnowledgeBase, sentence: Sentence, names: list[Mention], day: date,
                  memory: Memory) -> list[Mention]:  # fmt: skip
    """Role nouns joined to their country, titles resolved by date or to an earlier name."""
    out: list[Mention] = []
    for tok in sentence.tokens:
        if tok.pos not in ("NOUN", "PROPN"):
            continue
        title = title_of(sentence, tok)  # "security forces" are police, "forces" military
        sector = (
            kb.agents.get(title)
            or kb.agents.get(tok.lemma)
            or kb.agents.get(tok.text.lower())
            or _plural_of(kb, tok)
        )
        if not sector or _named_person(names, tok) or _of_no_country(sentence, tok, sector):
            continue
        if _abstract(sentence, tok):
            continue  # "force should never overrule the will of the people": no one
        if tok.lemma in COUNTS and any(t.dep == "prep" and t.text.lower() == "of"
                                       for t in sentence.children(tok.i)):  # fmt: skip
            continue  # "thousands of protesters": the protesters are the mention
        owners = _owners(
            sentence, tok, names, OF_PREPS - {"in"} if tok.lemma in HOSTED else OF_PREPS
        )
        stated = owners  # "ethnic Albanian guerrillas" spans "Albanian" wherever they live
        home = ethnic_home(sentence, tok, owners[0].actor.country, names) if owners else None
        owners = [home] if home else _stacked(owners)
        # "Yemen's Houthi rebels": the armed group, not a second Yemeni one
        owners = [m for m in owners if m.actor.kind == "group"] or owners
        if not owners:
            found = _title_coreference(sentence, tok, title, memory) or _same_group(
                sentence, tok, title, memory
            )
            hosted = found or tok.lemma in HOSTED
            place = None if hosted else _where_from(sentence, tok, sector, names, memory)
            if place is None:
                # "its forces": whose they are is the pronoun's, resolved after roles
                theirs = any(t.dep == "poss" and t.pos == "PRON" for t in sentence.children(tok.i))
                out += found or ([] if theirs else (
                    _of_the_speaker(sentence, tok, sector, title, names)
                    or _of_the_article(sentence, tok, sector, title, memory)
                ))  # fmt: skip
                continue
            owners = [place]
        # the mention spans an owner that modifies it ("Kenyan police"), not a place afar
        first = min([tok.i, *[m.first for m in owners + stated if tok.i - 3 <= m.first < tok.i]])
        for owner in owners:
            # "Palestinian leaders" are several people: no one office-holder
            plural = tok.tag in ("NNS", "NNPS") or (not tok.tag and tok.text.lower() != tok.lemma)
            holder = None if plural else _holder(kb, owner.actor.country, title, day)
            if holder is not None:
                memory.remember((), holder)
                out.append(make_mention(sentence, first, tok.i, holder.actor, head=tok.i,
                                        how="title+date", kb_id=holder.kb_id))  # fmt: skip
                continue
            # "al-Qaeda leaders", "Hamas fighters": the armed group itself
            group = owner.actor.kind == "group"
            actor = Actor(
                code=owner.actor.code if group else owner.actor.country + sector,
                country=owner.actor.country,
                sector=owner.actor.sector if group else sector,
                name=f"{owner.actor.name} {title}".strip(),
                kind="agent",
            )
            if plural and stated and sector in CROWD_SECTORS:
                memory.groups[title] = actor  # "Chinese protesters … the protesters"
                if tok.lemma in PROTESTING:
                    memory.last_crowd = actor  # "… Some marched", "the crowd burned a flag"
            out.append(make_mention(sentence, first, tok.i, actor, head=tok.i, how="role noun",
                                    kb_id=f"role:{title}"))  # fmt: skip
    return out


def titled_people(kb: KnowledgeBase, sentence: Sentence, names: list[Mention]) -> list[Mention]:
    """ "Dutch Foreign Minister Hans van den Broek", "U.N. mediator Diego Cordovez", "King
    Hassan of Morocco": the title's owner, stated in the sentence, tells whom a named person
    acts for, over a dictionary entry from another time or a namesake."""
    out = []
    for m in names:
        owner = _title_owner(kb, sentence, m, names) if m.actor.kind == "person" else None
        if owner is None or owner[0].actor.country == m.actor.country:
            out.append(m)
            continue
        country, sector = owner[0].actor.country, owner[1]
        actor = Actor(country + sector, country, sector, m.actor.name, kind="person",
                      role=title_of(sentence, owner[2]))  # fmt: skip
        out.append(replace(m, actor=actor, how="title owner"))
    return out


def _title_owner(kb: KnowledgeBase, sentence: Sentence, person: Mention,
                 names: list[Mention]) -> tuple[Mention, str, Token] | None:  # fmt: skip
    """The owner of a title inside or just before a person's name, or in an apposition to
    it ("Kenzo Oshima, the United Nations Emergency Relief Coordinator"), with the title's
    sector."""
    titles = [t for t in sentence.tokens[max(0, person.first - 1) : person.last + 1]
              if person.first <= t.head <= person.last and t.i != person.head
              and t.dep == "compound"]  # fmt: skip
    titles += [t for t in sentence.children(person.head) if t.dep == "appos"]
    for tok in titles:
        sector = _title_sector(kb, sentence, tok) if tok.pos in ("NOUN", "PROPN") else None
        if not sector:
            continue
        others = [m for m in names if m is not person and not m.first <= tok.i <= m.last]
        # "King Hassan of Morocco", "Jordan's King Abdullah", not "… King Abdullah in Tel Aviv"
        owners = [m for m in _owners(sentence, tok, others, {"of"}) if m.actor.kind != "person"]
        owners = owners or [m for m in _owners(sentence, sentence.tokens[person.head], others,
                                               {"of"})
                            if m.actor.kind != "person" and m.first > person.last]  # fmt: skip
        owners = owners or [m for m in others if m.actor.kind != "person"
                            and sentence.tokens[m.head].dep == "poss"
                            and sentence.tokens[m.head].head == person.head]  # fmt: skip
        if len(owners) == 1:
            return owners[0], sector, tok
    return None


def ethnic_home(sentence: Sentence, tok: Token, own: str, names: list[Mention]) -> Mention | None:
    """ "ethnic Albanians demonstrated in Serbia", "ethnic Albanian guerrillas operating in
    Macedonia": CAMEO codes an ethnic group to the country it lives in. That is the place
    its phrase or its clause names, else the sentence's only other country."""
    near = [tok, *(c for c in sentence.children(tok.i) if c.dep in MODIFIER_DEPS)]
    if not any(c.lemma.lower() == "ethnic" for t in near for c in sentence.children(t.i)):
        return None
    phrases = _prep_phrases(sentence, tok.i, depth=2)
    for acl in (c for c in sentence.children(tok.i) if c.dep in ("acl", "relcl")):
        phrases |= _prep_phrases(sentence, acl.i, depth=2)
    places = [m for m in names if m.head in phrases and m.actor.kind in PLACE_KINDS]
    place = places[0] if places else _located(sentence, tok, names)
    if place is not None:
        return place if place.actor.country != own else None
    others = {m.actor.country for m in names if m.actor.kind in PLACE_KINDS} - {own, ""}
    if len(others) != 1 or others & INTERNATIONAL:
        return None
    return next(m for m in names if m.actor.country in others)


def _stacked(owners: list[Mention]) -> list[Mention]:
    """ "Croatian Serb refugees": of two countries' words side by side, the first says where
    the people live, the second who they are."""
    stacked = len(owners) == 2 and owners[0].last + 1 == owners[1].first
    if stacked and is_ethnic(owners[1].text) and owners[0].actor.kind in ("country", "adjective"):
        return owners[:1]
    return owners


def is_ethnic(word: str) -> bool:
    """A people often living as a minority under another state ("Bosnian Serbs", "Iraqi
    Kurds"), not a citizenship ("Palestinian Israelis")."""
    word = word.lower()
    return word in ETHNIC_PEOPLES or word.removesuffix("s") in ETHNIC_PEOPLES


def _title_sector(kb: KnowledgeBase, sentence: Sentence, tok: Token) -> str | None:
    """The sector of a title, written in capitals or not: "Emergency Relief Coordinator" is
    tried as itself, "relief coordinator", then "coordinator"."""
    words = [t.text.lower() for t in sentence.children(tok.i) if t.dep == "compound"
             and t.i < tok.i and t.pos in ("NOUN", "PROPN")]  # fmt: skip
    for n in range(len(words), -1, -1):
        sector = kb.agents.get(" ".join([*words[len(words) - n :], tok.lemma.lower()]))
        if sector:
            return sector
    return kb.agents.get(title_of(sentence, tok))


def _located(sentence: Sentence, tok: Token, names: list[Mention]) -> Mention | None:
    """ "Thousands of protesters rallied in Tbilisi", "a suicide bomber killed 12 at a market
    in Kabul": people of no stated country acting where the clause says they act belong to
    that place's country. Only for people who act where they live (not troops or envoys)."""
    verb = _clause_verb(sentence, tok)
    if verb is None:
        return None
    inside = _prep_phrases(sentence, verb.i, depth=3)
    # "at the U.S. embassy in Baghdad": Baghdad, not the embassy's owner (but "outside
    # Israel's Istanbul consulate": Istanbul)
    places = [
        m
        for m in names
        if m.head in inside
        and m.actor.kind in PLACE_KINDS
        and (m.actor.kind != "country" or sentence.tokens[m.head].dep in LOCATED)
    ]
    return places[0] if places else None


def _where_from(
    sentence: Sentence, tok: Token, sector: str, names: list[Mention], memory: Memory
) -> Mention | None:
    """For people who act where they live, and are not a title before a name we do not know
    ("Archbishop Desmond Tutu"): the place they act in, else the sentence's one country —
    unless the report is about one country, which then says whose they are ("fighters
    attacked the base of the Ugandan soldiers" in a report about Somalia)."""
    if _before_name(sentence, tok):
        return None
    local = sector in LOCAL_SECTORS
    located = _located(sentence, tok, names) if local else None
    if located is not None or memory.main_country() is not None:
        return located
    if sector == "GOV" or tok.lemma in DEMONSTRATORS:  # "a government offensive"
        return _only_country(sentence, tok, names, anywhere=True, leaders=sector == "GOV")
    return _only_country(sentence, tok, names) if local else None


def _of_the_speaker(
    sentence: Sentence, tok: Token, sector: str, title: str, names: list[Mention]
) -> list[Mention]:
    """ "'The government has lodged a firm protest,' Japanese Prime Minister Shinzo Abe
    said": a government, army or people of no stated country in a quotation are the
    speaker's."""
    from detente.actors.coref import quoted_speaker

    if _before_name(sentence, tok) or not _quoted(sentence, tok):
        return []
    named = quoted_speaker(sentence, tok, names)
    country = named.actor.country if named else ""
    if not country or country in INTERNATIONAL:
        return []
    actor = Actor(country + sector, country, sector, f"{title} ({country})", kind="agent")
    return [make_mention(sentence, tok.i, tok.i, actor, head=tok.i, how="role noun+speaker",
                         kb_id=f"role:{title}")]  # fmt: skip


def _quoted(sentence: Sentence, tok: Token) -> bool:
    """Is the token inside quotation marks: an odd number of them before it, or none before
    it and an odd number in the sentence (a quotation that opened a sentence earlier)?"""
    before = quote_marks(sentence.text[: tok.start])
    return before % 2 == 1 or (before == 0 and quote_marks(sentence.text) % 2 == 1)


def _of_the_article(
    sentence: Sentence, tok: Token, sector: str, title: str, memory: Memory
) -> list[Mention]:
    """ "the soldiers", "villagers" in a report about one country: that country's."""
    country = memory.main_country()
    if country is None or _before_name(sentence, tok) or tok.lemma in ABROAD:
        return []
    # "European diplomats", "Western officials": a nationality we cannot code is not ours
    if any(t.dep in ("amod", "compound") and _proper_word(sentence, t)
           for t in sentence.children(tok.i)):  # fmt: skip
        return []
    actor = Actor(country + sector, country, sector, f"{title} ({country})", kind="agent")
    return [make_mention(sentence, tok.i, tok.i, actor, head=tok.i, how="role noun+article",
                         kb_id=f"role:{title}")]  # fmt: skip


def _plural_of(kb: KnowledgeBase, tok: Token) -> str | None:
    """ "Protestors storm the embassy": a plural the tagger took for a name."""
    word = tok.text.lower()
    if tok.pos != "PROPN" or not word.endswith("s"):
        return None
    return kb.agents.get(word[:-1])


def _of_no_country(sentence: Sentence, tok: Token, sector: str) -> bool:
    """ "world leaders", "international observers", "foreign fighters": people said to be of
    no one country, or of another than the one at hand, are no country's."""
    words = {t.lemma.lower() for t in sentence.children(tok.i) if t.dep in ("amod", "compound")}
    return bool(words & NO_COUNTRY) or ("foreign" in words and sector not in ("GOV", "ELI"))


def _proper_word(sentence: Sentence, tok: Token) -> bool:
    """Capitalised where a plain word would not be: not the first word of the sentence
    or of a clause after a dash or quotation mark ("GAUHATI, India (AP) — Angry villagers")."""
    before = sentence.tokens[tok.i - 1] if tok.i > 0 else None
    opens = before is None or before.text in OPENERS
    return tok.text[:1].isupper() and (not opens or tok.pos == "PROPN")


def _before_name(sentence: Sentence, tok: Token) -> bool:
    after = sentence.tokens[tok.i + 1] if tok.i + 1 < len(sentence.tokens) else None
    return after is not None and after.pos == "PROPN"


def _only_country(
    sentence: Sentence,
    tok: Token,
    names: list[Mention],
    *,
    anywhere: bool = False,
    leaders: bool = False,
) -> Mention | None:
    """ "Islamic fundamentalists continued their hunger strike to demand the resignation of
    Algerian President Ben Bella": the people who act, of no stated country, in a sentence
    that names one country only, are of that country. Only for the doer of a clause,
    unless ``anywhere`` (a government, protesters: "police dispersed demonstrators")."""
    if not anywhere and not _in_subject(sentence, tok):
        return None
    countries = {m.actor.country for m in names if m.actor.country}
    if not leaders:
        # "soldiers opened fire on protesters, Amnesty International said": a body of no
        # country is no second country (but "the leaders of CSTO members" may be its)
        countries -= INTERNATIONAL
    if len(countries) != 1 or countries & INTERNATIONAL:
        return None
    return next(m for m in names if m.actor.country in countries)


def _in_subject(sentence: Sentence, tok: Token) -> bool:
    """Is the token the subject, or inside it ("thousands of students")?"""
    while tok.dep in ("pobj", "prep", "compound", "amod", "conj", "appos"):
        tok = sentence.tokens[tok.head]
    return tok.dep in ("nsubj", "nsubjpass")


def _clause_verb(sentence: Sentence, tok: Token) -> Token | None:
    """The verb of the clause a token belongs to."""
    while tok.pos not in ("VERB", "AUX") or tok.dep not in CLAUSE_DEPS:
        if tok.head == tok.i:
            # "Hundreds of people protested …": a noun for root, the verb hung on it
            return next((t for t in sentence.children(tok.i)
                         if t.dep == "acl" and t.pos == "VERB" and t.i > tok.i), None)  # fmt: skip
        tok = sentence.tokens[tok.head]
    return tok


def _prep_phrases(sentence: Sentence, i: int, depth: int) -> set[int]:
    """Tokens under the locative prepositions of token ``i`` or its object ("blocked streets
    in Hong Kong"), down ``depth`` phrases."""
    found: set[int] = set()
    frontier = [i, *(t.i for t in sentence.children(i) if t.dep == "dobj")]
    for _ in range(depth):
        nxt = []
        for j in frontier:
            for prep in sentence.children(j):
                word = prep.text.lower()
                # "in the city of Goma": "of" inside a locative phrase goes on
                inside = word == "of" and j in found
                if prep.dep == "prep" and (word in LOCATIVE_PREPS or inside):
                    for obj in sentence.children(prep.i):
                        if obj.dep == "pobj":
                            found.add(obj.i)
                            found |= {t.i for t in sentence.children(obj.i) if t.dep == "compound"}
                            nxt.append(obj.i)
        frontier = nxt
    return found


def titled_strangers(
    kb: KnowledgeBase,
    sentence: Sentence,
    roles: list[Mention],
    names: list[Mention],
    memory: Memory,
) -> list[Mention]:
    """ "Iranian Foreign Ministry spokesman Nasser Kanaani", "Stephen O'Brien, the UN relief
    chief": a person the dictionaries do not know, named with a title whose owner the
    sentence states, acts for that owner; remembered, so that "Kanaani" and "he" later in
    the report are the same person."""
    taken = {i for m in [*names, *roles] for i in range(m.first, m.last + 1)}
    out = []
    for role in roles:
        if role.actor.kind != "agent" or role.how != "role noun":
            continue
        name = [
            i
            for i in _name_beside(sentence, sentence.tokens[role.head])
            if sentence.tokens[i].text.lower() not in kb.agents
        ]  # not "Spokesman"
        if not name or taken & set(name):
            continue
        title = title_of(sentence, sentence.tokens[role.head])
        words = " ".join(sentence.tokens[i].text for i in name)
        actor = replace(role.actor, name=words, kind="person", role=title)
        named = Named(actor, f"titled:{actor.name}")
        memory.remember(tuple(sentence.tokens[i] for i in name), named)
        out.append(make_mention(sentence, name[0], name[-1], actor, head=name[-1],
                                how="title owner", kb_id=named.kb_id))  # fmt: skip
    return out


def _name_beside(sentence: Sentence, title: Token) -> list[int]:
    """The tokens of a person's name that a title stands before (as its compound) or beside
    (in apposition): capitalised proper nouns, at most a few."""
    tokens = sentence.tokens
    while title.dep == "compound" and title.head > title.i + 1 and title.pos != "PROPN":
        title = tokens[title.head]  # "Foreign Ministry spokesman Nasser Kanaani"
    if title.dep == "compound" and tokens[title.head].pos == "PROPN":
        person: Token | None = tokens[title.head]
    elif title.dep == "appos" and tokens[title.head].pos == "PROPN":
        person = tokens[title.head]
    else:
        person = next((t for t in sentence.children(title.i)
                       if t.dep == "appos" and t.pos == "PROPN"), None)  # fmt: skip
    if person is None or person.i == title.i:
        return []
    parts = [t.i for t in sentence.children(person.i) if t.dep == "compound"
             and t.pos == "PROPN" and (t.i > title.i or title.dep != "compound")]  # fmt: skip
    name = sorted([*parts, person.i])
    capitalised = all(tokens[i].text[:1].isupper() for i in name)
    return name if capitalised and len(name) <= MAX_NAME_WORDS else []


def _named_person(names: list[Mention], tok: Token) -> bool:
    """ "President Joe Biden": the title belongs to a name already resolved; "the European
    Community": the word is the last of a body's name."""
    return any(
        (m.actor.kind == "person" and m.first <= tok.head <= m.last)
        or (m.actor.kind in ("org", "group") and m.head == tok.i)
        for m in names
    )


def _holder(kb: KnowledgeBase, country: str, title: str, day: date) -> Named | None:
    roles = TITLES.get(title)
    if not roles:
        return None
    found = kb.holders(country, roles, day)
    if len(found) != 1:
        return None
    e = found[0]
    actor = Actor(e.code, e.country, e.sector, e.name, e.start, e.end, kind="person", role=e.role)
    return Named(actor, e.kb_id)


def _same_group(sentence: Sentence, tok: Token, title: str, memory: Memory) -> list[Mention]:
    """ "Thousands of Chinese protesters held a rally … The protesters demanded a boycott":
    a group named before with its country is the same group when named again without."""
    found = memory.groups.get(title)
    plural = tok.tag in ("NNS", "NNPS")
    if found is None and tok.lemma in CROWD_NOUNS:  # "… the crowd burned a Japanese flag"
        found, plural = memory.last_crowd, True
    if found is None or not plural:
        return []
    return [make_mention(sentence, tok.i, tok.i, found, head=tok.i, how="coreference",
                         kb_id=f"role:{title}")]  # fmt: skip


def _title_coreference(sentence: Sentence, tok: Token, title: str,
                       memory: Memory) -> list[Mention]:  # fmt: skip
    """ "the president", with no country: the person with that office named before."""
    roles = TITLES.get(title)
    has_the = any(t.dep == "det" and t.lemma == "the" for t in sentence.children(tok.i))
    named = memory.last_with_role(roles) if roles and has_the else None
    if named is None:
        return []
    return [
        make_mention(
            sentence, tok.i, tok.i, named.actor, head=tok.i, how="coreference", kb_id=named.kb_id
        )
    ]


def _attached(sentence: Sentence, mention: Mention, tok: Token) -> bool:
    if prefixed(sentence, mention):
        return False  # "an anti-Syria journalist" is not Syria's
    head = sentence.tokens[mention.head]
    if head.head == tok.i and head.dep in MODIFIER_DEPS and mention.first < tok.i:
        return True
    # "Israeli army bulldozers": the adjective hangs off the phrase's head, before the role
    if tok.dep == "compound" and head.dep == "amod" and head.head == tok.head > tok.i > head.i:
        return True
    # "Vietnamese-led forces", "a Trinidad-based group" (not "Russian-backed": those are
    # the backer's proxies, not its own)
    link = sentence.tokens[head.head]
    return link.lemma in ("lead", "base") and link.head == tok.i and mention.first < tok.i


def _owners(
    sentence: Sentence, tok: Token, names: list[Mention], preps: set[str] = OF_PREPS
) -> list[Mention]:
    """The countries or organisations a role noun belongs to, as far as the parse shows."""
    direct = [m for m in names if _attached(sentence, m, tok)]
    # "opposition groups in Zimbabwe": the phrase's preposition hangs off the head noun
    phrase = [tok.i] + ([tok.head] if tok.dep == "compound" and tok.head != tok.i else [])
    for child in [] if direct else [c for h in phrase for c in sentence.children(h)]:
        if child.dep == "prep" and child.text.lower() in preps:
            objects = [t.i for t in sentence.children(child.i) if t.dep == "pobj"]
            direct += [m for m in names if m.head in objects]
    named = [m for m in direct if sentence.tokens[m.head].pos != "PRON"]
    direct = named or direct  # "his Russian counterpart" belongs to Russia, not to "his"
    # "the ambassadors of Arnor, Osgiliath and Gondor": every name down the chain of "and"s
    heads = {m.head for m in direct}
    coordinated: list[Mention] = []
    while True:
        more = [m for m in names if m not in coordinated and sentence.tokens[m.head].dep == "conj"
                and sentence.tokens[m.head].head in heads]  # fmt: skip
        if not more:
            break
        coordinated += more
        heads |= {m.head for m in more}
    return [m for m in names if m in direct or m in coordinated]
