"""Parse only what can hold an event: a cheap test on a sentence's words, before the parse.

A sentence needs the dependency parse when it can yield an event — an actor candidate (a
knowledge-base name, a demonym, a role noun, a pronoun, a surname named earlier) and a
trigger candidate (an inflection of a lexicon lemma) — or when a later stage reads it across
sentences: a dated statement ("…, the ministry said on Friday": the day later statements take),
a title with its country ("the US president": who "the president" is later on), and the
sentence before a parsed one with a pronoun. Every other sentence keeps its words without a
parse: it cannot change any event (``tests/test_prefilter*.py`` check that on the gold sets).

Everything here works on token texts, so it is tested without a model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from detente.actors.coref import GROUP_PRONOUNS, PAIR_NOUNS, PRONOUNS, QUOTE_MARKS
from detente.actors.kb import KnowledgeBase, fold
from detente.actors.resolve import MAX_NAME_TOKENS
from detente.actors.roles import TITLES
from detente.events.extract import AIMED_ROOTS
from detente.events.lexicon import Lexicon
from detente.events.modality import SPEECH_VERBS
from detente.events.triggers import (
    CONDEMNING,
    DENIED_APPROVAL,
    FEELINGS,
    JUDGING,
    OBLIGATION_AUX,
    SAYING,
)
from detente.events.when import MONTHS, WEEKDAYS, YEAR

# spaCy's English lemma rules (verbs and nouns), undone: inflection → candidate lemmas.
SUFFIX_RULES = (
    ("ies", "y"), ("ied", "y"), ("ses", "s"), ("ves", "f"), ("xes", "x"), ("zes", "z"),
    ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("es", "e"), ("es", ""), ("s", ""),
    ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
)  # fmt: skip
DATE_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, "today", "yesterday", "tonight", "week", "month", "year", "ago"}
)
TITLE_WORDS = frozenset(word for title in TITLES for word in title.split()) - {"of", "state"}
ALL_PRONOUNS = PRONOUNS | GROUP_PRONOUNS


def lemma_candidates(word: str, exceptions: Mapping[str, Sequence[str]]) -> set[str]:
    """The lemmas an inflected word may have: itself, its listed irregular lemmas, and what
    the suffix rules give ("stopped" → stop, "talks" → talk, "met" → meet)."""
    low = word.lower()
    found = {low, *exceptions.get(low, ())}
    for old, new in SUFFIX_RULES:
        if low.endswith(old) and len(low) > len(old) + 1:
            stem = low[: -len(old)] + new
            found.add(stem)
            if not new and len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "shelled" keeps "shell"; "stopped" also gives "stop"
    return found


@dataclass
class Prefilter:
    """Which sentences of an article need the dependency parse; ``min_actors`` is 2 when
    every event needs a target (two mentions), else 1."""

    kb: KnowledgeBase
    triggers: frozenset[str]
    exceptions: Mapping[str, Sequence[str]] = field(default_factory=dict)
    min_actors: int = 2
    saying: frozenset[str] = frozenset(SAYING | SPEECH_VERBS)
    # triggers of acts that imply their target when it goes unnamed (protest, force): one
    # actor candidate is enough for those (see ``detente.events.extract._implied``)
    aimed: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        kb: KnowledgeBase,
        lexicon: Lexicon,
        exceptions: Mapping[str, Sequence[str]] | None = None,
        require_target: bool = True,
        implied_targets: bool = False,
    ) -> Prefilter:
        """From the actor knowledge base, the lexicon and the model's irregular forms."""
        words = {part for lemma in lexicon.verbs for part in (lemma, lemma.split("-")[-1])}
        words |= set(lexicon.nouns)
        aimed = {
            part
            for lemma, patterns in lexicon.verbs.items()
            if any(p.code[:2] in AIMED_ROOTS for p in patterns)
            for part in (lemma, lemma.split("-")[-1])
        }
        aimed |= {n for n, patterns in lexicon.nouns.items()
                  if any(p.code[:2] in AIMED_ROOTS for p in patterns)}  # fmt: skip
        return cls(kb, frozenset(words), exceptions or {}, 2 if require_target else 1,
                   aimed=frozenset(aimed) if implied_targets else frozenset())  # fmt: skip

    def select(self, sentences: Sequence[Sequence[str]]) -> set[int]:
        """Indexes of the sentences (given as token texts, in article order) to parse."""
        surnames: set[str] = set()
        chosen: set[int] = set()
        for n, words in enumerate(sentences):
            actors = self.actor_candidates(words, surnames)
            lemmas = [lemma_candidates(w, self.exceptions) for w in words]
            if self._needs_parse(words, lemmas, actors):
                chosen.add(n)
                if n > 0 and any(w.lower() in ALL_PRONOUNS for w in words):
                    chosen.add(n - 1)  # the sentence a pronoun may point back to
        return chosen

    def _needs_parse(self, words: Sequence[str], lemmas: list[set[str]], actors: int) -> bool:
        if actors >= self.min_actors and any(c & self.triggers for c in lemmas):
            return True
        if actors and any(c & self.aimed for c in lemmas):
            return True
        if actors and self._obligation(words, lemmas):
            return True
        if actors and _evaluation(lemmas, self.saying | JUDGING):
            return True
        lows = {w.lower() for w in words}
        if actors and lows & FEELINGS:  # "was deeply concerned over …"
            return True
        if lows & QUOTE_MARKS and any(c & (CONDEMNING | DENIED_APPROVAL) for c in lemmas):
            return True  # "'This is not possible.'": a quotation's judgment, its speaker known
        if _dated(words, lows) and any(c & SPEECH_VERBS for c in lemmas):
            return True  # a dated statement dates the sentences after it
        return bool(actors and lows & TITLE_WORDS)

    def _obligation(self, words: Sequence[str], lemmas: list[set[str]]) -> bool:
        """ "X said Y must …": a demand coded from the saying verb."""
        has_aux = any(w.lower() in OBLIGATION_AUX for w in words)
        return has_aux and any(c & self.saying for c in lemmas)

    def actor_candidates(self, words: Sequence[str], surnames: set[str]) -> int:
        """How many actor candidates the words hold; names of people join ``surnames``."""
        count, i = 0, 0
        while i < len(words):
            end = self._name_end(words, i, surnames)
            if end is not None:
                count += 1
                i = end
                continue
            low = words[i].lower()
            if low in ALL_PRONOUNS or self._role_noun(low):
                count += 1
            elif i and words[i - 1].lower() in ("two", "both") and self._pair(low):
                count += 2  # "the two countries": the pair named before
            i += 1
        return count

    def _pair(self, low: str) -> bool:
        return bool(lemma_candidates(low, self.exceptions) & PAIR_NOUNS)

    def _role_noun(self, low: str) -> bool:
        agents = self.kb.agents
        return low in agents or any(c in agents for c in lemma_candidates(low, self.exceptions))

    def _name_end(self, words: Sequence[str], i: int, surnames: set[str]) -> int | None:
        """The end of the longest name starting at ``i`` (as the resolver reads names)."""
        if not words[i][:1].isupper():
            return None
        end: int | None = None
        for j in range(i, min(i + MAX_NAME_TOKENS, len(words))):
            if not fold(words[j]) and words[j] != "-":
                break
            # a surname borrowed from the Phoenix lists counts only after a title, and the
            # title is counted as a role noun already
            entries = [e for e in self.kb.lookup(fold(" ".join(words[i : j + 1])))
                       if not e.source.startswith("surname:")]  # fmt: skip
            if entries:
                end = j + 1
                if any(e.kind in ("person", "user") for e in entries):
                    surnames.update(_surname_keys(words[i : j + 1]))
        if end is None and fold(words[i]) in surnames:
            end = i + 1
        return end


def _dated(words: Sequence[str], lows: set[str]) -> bool:
    return bool(lows & DATE_WORDS) or any(YEAR.fullmatch(w) for w in words)


def _surname_keys(words: Iterable[str]) -> set[str]:
    return {fold(w) for w in words if len(w) >= 3 and w[:1].isupper()}


def verb_exceptions(nlp: object) -> dict[str, list[str]]:
    """The model's irregular forms ("met" → meet), from its lemmatizer's tables, if any."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
    except (KeyError, AttributeError, ValueError):
        return {}
    merged: dict[str, list[str]] = {}
    for pos in ("verb", "noun"):
        for form, lemmas in dict(table.get(pos, {})).items():
            merged.setdefault(str(form), []).extend(str(x) for x in lemmas)
    return merged


def _evaluation(lemmas: list[set[str]], saying: Iterable[str]) -> bool:
    """ "X said the strikes were illegal": a condemnation coded from the saying verb."""
    judged = any(c & (CONDEMNING | DENIED_APPROVAL) for c in lemmas)
    return judged and any(c & set(saying) for c in lemmas)
