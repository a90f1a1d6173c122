"""TABARI / PETRARCH verb dictionaries (``CAMEO.2.0.txt``) read as lexicon verb patterns.

The format, as far as detente reads it::

    &TIETYPES                     a synset: its + lines are its members; +&OTHER includes
    +MILITARY                     another synset; a trailing _ is dropped, _ joins words
    +ECONOMIC

    --- SEVER  [---]  ---         a block: its header gives the default code
    SEVER                         verbs; +WORD is a synonym, WORD [code] has its own code
    +CUT_OFF [161]                a second word is a particle ("off") or preposition
    BREAK {BROKE BROKEN}          irregular forms give the same patterns
    - * TIES [161]                patterns: * is the verb, for every verb of the block
    - * &TIETYPES (WITH $) [161]

Codes are kept as strings (``[0341]`` → ``"0341"``); ``[032:033]`` is a code and the
code of the reverse direction; ``[---]`` and other non-codes mean "no event". ``#`` (and
older TABARI's ``;``) starts a comment; ``<!-- ... -->`` comments may span lines.

A pattern becomes a particle, a preposition and an object: the first word after the ``*``
if it is a particle, the first preposition, and the last content word, singularised (a
synset there gives every member's head word; ``A/B`` gives both). The markers ``$ + % ^``
and the grouping ``( ) { }`` are dropped. Patterns with words before the ``*`` (or the
target ``+`` or compound ``%`` markers) cannot be represented and are skipped, as are
multiword verbs whose second word is neither a particle nor a preposition ("TAKE_SHAPE")
and multiword verbs whose marked verb is not the first word (``RE_+ASSERT``). Every
pattern gets ``rank=0``: a user's patterns are tried before the packaged ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product

from detente.actors.userdict import without_xml_comments
from detente.errors import DataError
from detente.events.lexicon import VerbPattern

PARTICLES = frozenset({
    "up", "down", "off", "out", "away", "back", "over", "in", "on", "aside", "forward",
    "through", "together", "apart",
})  # fmt: skip
PREPOSITIONS = frozenset({
    "with", "to", "for", "from", "on", "against", "into", "of", "at", "by", "about", "in",
    "over", "between", "among", "toward", "towards", "upon", "under", "after", "behind",
})  # fmt: skip
ARTICLES = frozenset({"a", "an", "the"})
FUNCTION_WORDS = PARTICLES | PREPOSITIONS | ARTICLES
UNCHANGED = frozenset({"police", "media", "people", "news"})
CODE = re.compile(r"^\d{2,4}[A-Za-z]?$")
BRACKET = re.compile(r"\[([^\]]*)\]")
BRACES = re.compile(r"\{([^}]*)\}?")
COMMENT = re.compile(r"[#;](?![^\[\]]*\])")  # not inside [...]: "[###]" is a code
MARKERS = str.maketrans(dict.fromkeys("$+%^(){}", " ") | {"_": " "})

Code = tuple[str, str]  # (code, reverse code or "")
Slot = frozenset[str]  # one word of a pattern: its alternatives ("A/B", a synset's members)


@dataclass(frozen=True, slots=True)
class _Verb:
    lemma: str
    particle: str
    prep: str
    code: Code | None  # its own, or the block's
    line: int


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a pattern line adds to a verb."""

    particle: str
    prep: str
    objects: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Rule:
    line: int
    code: Code
    shapes: tuple[_Shape, ...]


@dataclass
class _Block:
    """A header's default code, its verbs and its pattern lines."""

    code: Code | None = None
    verbs: list[_Verb] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)


def read_tabari_verbs(
    text: str, origin: str, skipped: list[str] | None = None
) -> list[VerbPattern]:
    """The verb patterns of a TABARI verb dictionary, duplicates removed, in file order.
    Lines that cannot be represented are left out; when ``skipped`` is given they are
    described there (lines with a "no event" code are not)."""
    lines = _lines(text)
    synsets, used = _read_synsets(lines)
    lines = [(n, line) for n, line in lines if n not in used]
    if not any(_kind(line) in ("header", "verb") for _, line in lines):
        raise DataError(f"{origin}: no TABARI verb entries found")
    notes: list[str] = []
    blocks = _read_blocks(lines, synsets, notes)
    if skipped is not None:
        skipped.extend(f"{origin}:{note}" for note in notes)
    return _unique(p for block in blocks for p in _patterns(block, origin))


def _lines(text: str) -> list[tuple[int, str]]:
    """Numbered (from 1) non-blank lines without their comments."""
    out = []
    for n, raw in enumerate(without_xml_comments(text).splitlines(), start=1):
        line = COMMENT.split(raw, maxsplit=1)[0].strip()
        if line:
            out.append((n, line))
    return out


def _kind(line: str) -> str:
    if line.startswith("---"):
        return "header"
    if line.startswith("-"):
        return "pattern"
    if line.startswith("&"):
        return "synset"
    if line[0].isalpha() or (line[0] == "+" and line[1:2].isalpha()):
        return "verb"
    return "other"


def _read_synsets(lines: list[tuple[int, str]]) -> tuple[dict[str, list[str]], set[int]]:
    """Synsets by name, members resolved, and the numbers of the lines that define them."""
    raw: dict[str, list[str]] = {}
    used: set[int] = set()
    current: list[str] | None = None
    for n, line in lines:
        if line.startswith("&"):
            current = raw.setdefault(_synset_name(line), [])
        elif line.startswith("+") and current is not None:
            current.append(line[1:].strip())
        else:
            current = None
            continue
        used.add(n)
    return {name: _members(name, raw, set()) for name in raw}, used


def _synset_name(word: str) -> str:
    return word.strip().lstrip("&").rstrip("_").upper()


def _members(name: str, raw: dict[str, list[str]], seen: set[str]) -> list[str]:
    """A synset's members as lower-case phrases, included synsets expanded (once each)."""
    seen.add(name)
    out: list[str] = []
    for member in raw.get(name, []):
        if member.startswith("&"):
            other = _synset_name(member)
            out += _members(other, raw, seen) if other not in seen else []
        elif words := _words(member):
            out.append(" ".join(words))
    return out


def _words(text: str) -> list[str]:
    return text.lower().replace("_", " ").split()


def _read_blocks(
    lines: list[tuple[int, str]], synsets: dict[str, list[str]], notes: list[str]
) -> list[_Block]:
    blocks = [_Block()]  # verbs before the first header form a block with no default code
    for n, line in lines:
        kind = _kind(line)
        if kind == "header":
            found = BRACKET.search(line)
            blocks.append(_Block(_code(found.group(1)) if found else None))
        elif kind == "verb":
            blocks[-1].verbs += _verbs(line, n, blocks[-1].code, notes)
        elif kind == "pattern" and (rule := _rule(line, n, synsets, notes)) is not None:
            blocks[-1].rules.append(rule)
    return blocks


def _code(text: str) -> Code | None:
    """``"032:033"`` → ``("032", "033")``; None for "no event" (``---``, ``xxy``, empty)."""
    first, _, second = (part.strip() for part in text.partition(":"))
    if not CODE.match(first):
        return None
    return first.upper(), second.upper() if CODE.match(second) else ""


def _verbs(line: str, n: int, default: Code | None, notes: list[str]) -> list[_Verb]:
    """The verb of a verb line and its irregular forms in braces."""
    found = BRACKET.search(line)
    code = _code(found.group(1)) if found else default
    text = BRACKET.sub(" ", line)
    forms = [form for group in BRACES.findall(text) for form in re.split(r"[\s,]+", group)]
    out = []
    for phrase in filter(None, ["_".join(BRACES.sub(" ", text).split()), *forms]):
        parts = _verb_phrase(phrase)
        if parts is None:
            notes.append(f"{n}: verb {phrase!r} is not a verb with a particle or preposition")
        else:
            out.append(_Verb(*parts, code=code, line=n))
    return out


def _verb_phrase(phrase: str) -> tuple[str, str, str] | None:
    """``SET_UP`` → ("set", "up", ""); ``ASK_FOR`` → ("ask", "", "for"); None when the
    second word is neither, or the verb (marked ``+``) is not the first word."""
    phrase = phrase.removeprefix("+")
    words = _words(phrase)
    if not words or "+" in phrase:
        return None
    if len(words) == 1:
        return words[0], "", ""
    if words[1] in PARTICLES:
        return words[0], words[1], ""
    if words[1] in PREPOSITIONS:
        return words[0], "", words[1]
    return None


def _rule(line: str, n: int, synsets: dict[str, list[str]], notes: list[str]) -> _Rule | None:
    found = BRACKET.search(line)
    code = _code(found.group(1)) if found else None
    if code is None:  # "no event", or no code at all
        return None
    before, star, after = BRACKET.sub(" ", line[1:]).partition("*")
    if not star or "*" in after:
        notes.append(f"{n}: pattern without one *")
    elif before.replace("$", "").strip():
        notes.append(f"{n}: pattern with words or markers before the verb")
    elif (slots := _slots(after, synsets)) is None:
        notes.append(f"{n}: pattern with an unknown synset")
    elif shapes := _shapes(slots):
        return _Rule(n, code, shapes)
    else:
        notes.append(f"{n}: pattern with no particle, preposition or object")
    return None


def _slots(text: str, synsets: dict[str, list[str]]) -> list[Slot] | None:
    """The words after the ``*``, each with its alternatives; None for an unknown synset."""
    slots = []
    for token in text.translate(MARKERS).lower().split():
        if token.startswith("&"):
            members = synsets.get(_synset_name(token))
            if not members:
                return None
            slots.append(frozenset(member.split()[-1] for member in members))
        else:
            slots.append(frozenset(word for word in token.split("/") if word))
    return [slot for slot in slots if slot]


def _shapes(slots: list[Slot]) -> tuple[_Shape, ...]:
    """One shape per preposition alternative; none when nothing is left to match."""
    particle = ""
    if slots and len(slots[0]) == 1 and slots[0] <= PARTICLES and not _prep_phrase(slots):
        particle, slots = next(iter(slots[0])), slots[1:]
    preps = next((slot for slot in slots if slot <= PREPOSITIONS), frozenset({""}))
    content = [slot for slot in slots if not slot & FUNCTION_WORDS]
    objects = frozenset(_singular(word) for word in content[-1]) if content else frozenset()
    shapes = (_Shape(particle, prep, objects) for prep in sorted(preps))
    return tuple(s for s in shapes if s.particle or s.prep or s.objects)


def _prep_phrase(slots: list[Slot]) -> bool:
    """Whether a first word that may be a particle or a preposition ("in", "on", "over")
    is a preposition: a content word follows it ("* ON ALERT", not "* OVER TO")."""
    rest = [slot for slot in slots[1:] if not slot <= ARTICLES]
    return slots[0] <= PREPOSITIONS and bool(rest) and not rest[0] & FUNCTION_WORDS


def _singular(word: str) -> str:
    """A crude noun lemma: "ties" → "tie", "parties" → "party", "taxes" → "tax"."""
    if word in UNCHANGED or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def _patterns(block: _Block, origin: str) -> Iterator[VerbPattern]:
    """Each verb with a code bare, then each pattern line for every verb of the block."""
    for verb in block.verbs:
        if verb.code is not None:
            code, reverse = verb.code
            source = f"{origin}:{verb.line}"
            yield VerbPattern(
                code, verb.lemma, verb.particle, verb.prep, source=source, rank=0, reverse=reverse
            )
    for rule, verb in product(block.rules, block.verbs):
        for shape in rule.shapes:
            joined = _join(verb, shape)
            if joined is not None:
                yield VerbPattern(
                    rule.code[0],
                    verb.lemma,
                    *joined,
                    objects=shape.objects,
                    source=f"{origin}:{rule.line}",
                    rank=0,
                    reverse=rule.code[1],
                )


def _join(verb: _Verb, shape: _Shape) -> tuple[str, str] | None:
    """The particle and preposition of a verb ("CARRY_OUT") with a pattern's; None when
    the two name different ones."""
    if verb.particle and shape.particle and verb.particle != shape.particle:
        return None
    if verb.prep and shape.prep and verb.prep != shape.prep:
        return None
    return verb.particle or shape.particle, verb.prep or shape.prep


def _unique(patterns: Iterable[VerbPattern]) -> list[VerbPattern]:
    seen: set[tuple[str, str, str, str, frozenset[str], str]] = set()
    out = []
    for p in patterns:
        key = (p.code, p.lemma, p.particle, p.prep, p.objects, p.reverse)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
