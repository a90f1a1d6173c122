"""When: resolve the time expressions of a sentence against the publication date.

"on Friday" in a report of Saturday 1 May 2021 is 2021-04-30; "in October 2019" is 2019-10
(month precision); "two years ago" is 2019 (year precision). A sentence with no usable
expression falls back to the publication date with precision ``published``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from detente.events.modality import SPEECH_VERBS
from detente.events.syntax import ancestors
from detente.records import DatePrecision, Sentence, Token

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
FULL_MONTHS = {name.lower() for name in calendar.month_name if name}
WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
    "several": 3,
    "few": 3,
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RE})\.?,? (\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I)
MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\.? (?:of )?(\d{{4}})\b", re.I)
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
AGO = re.compile(r"\b(\d+|" + "|".join(NUMBERS) + r") (day|week|month|year)s? ago\b", re.I)
FUTURE_WORDS = {"will", "shall", "due", "plan", "next", "expected", "going"}


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date with its precision and the words it came from."""

    value: str | None
    precision: DatePrecision
    text: str | None = None


def fallback(published: date | None) -> When:
    return When(published.isoformat() if published else None, "published")


def resolve(expression: str, published: date, future: bool = False) -> When | None:
    """Resolve one time expression; ``future`` says the verb looks ahead."""
    text = expression.strip()
    for resolver in (_absolute, _relative_words, _weekday, _bare_month, _bare_year):
        found = resolver(text, published, future)
        if found is not None:
            return When(found[0], found[1], text)
    return None


def _absolute(text: str, published: date, future: bool) -> tuple[str, DatePrecision] | None:
    if m := ISO_DAY.search(text):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := DAY_MONTH_YEAR.search(text):
        return _day(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := MONTH_DAY_YEAR.search(text):
        return _day(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    if m := MONTH_YEAR.search(text):
        return f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}", "month"
    return None


def _day(year: int, month: int, day: int) -> tuple[str, DatePrecision] | None:
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _relative_words(text: str, pub: date, future: bool) -> tuple[str, DatePrecision] | None:
    low = text.lower()
    simple = {"today": 0, "tonight": 0, "this morning": 0, "yesterday": -1, "tomorrow": 1}
    for word, delta in simple.items():
        if word in low:
            return (pub + timedelta(days=delta)).isoformat(), "day"
    if m := AGO.search(low):
        count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
        return _ago(pub, count, m[2])
    if "last week" in low or "past week" in low:
        return _month(pub - timedelta(days=7)), "month"
    if "last month" in low:
        return _month(_add_months(pub, -1)), "month"
    if "next month" in low:
        return _month(_add_months(pub, 1)), "month"
    if "this month" in low:
        return _month(pub), "month"
    if "last year" in low:
        return f"{pub.year - 1:04d}", "year"
    if "next year" in low:
        return f"{pub.year + 1:04d}", "year"
    if "this year" in low:
        return f"{pub.year:04d}", "year"
    return None


def _ago(pub: date, n: int, unit: str) -> tuple[str, DatePrecision]:
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return _month(pub - timedelta(weeks=n)), "month"
    if unit == "month":
        return _month(_add_months(pub, -n)), "month"
    return f"{pub.year - n:04d}", "year"


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _add_months(day: date, n: int) -> date:
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def _weekday(text: str, pub: date, future: bool) -> tuple[str, DatePrecision] | None:
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in WEEKDAYS:
            delta = (pub.weekday() - WEEKDAYS[word]) % 7
            if future:
                return (
                    pub + timedelta(days=(WEEKDAYS[word] - pub.weekday()) % 7 or 7)
                ).isoformat(), "day"
            return (pub - timedelta(days=delta)).isoformat(), "day"
    return None


def _bare_month(text: str, pub: date, future: bool) -> tuple[str, DatePrecision] | None:
    words = re.findall(r"[A-Za-z]+", text)
    names = [w.lower() for w in words if w.lower() in FULL_MONTHS and w[0].isupper()]
    if len(words) > 3 or not names:
        return None
    month = MONTHS[names[0]]
    year = pub.year
    if future and month < pub.month:
        year += 1
    elif not future and month > pub.month:
        year -= 1
    return f"{year:04d}-{month:02d}", "month"


def _bare_year(text: str, pub: date, future: bool) -> tuple[str, DatePrecision] | None:
    m = YEAR.search(text)
    return (m[1], "year") if m else None


WEEKDAY_NAMES = {name.lower() for name in calendar.day_name}
RELATIVE_DAYS = {"today", "tonight", "yesterday", "tomorrow"}
PERIODS = {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}
SHIFTS = {"last", "next", "this", "earlier", "later", "past", "coming"}
UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
YEAR_PREPS = {"in", "since", "by", "until", "till", "before", "after", "during", "from", "to"}


def date_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges ``[first, last]`` of the time expressions a sentence holds: "on 5 March
    2020", "in October 2019", "on Friday", "last week", "two years ago", "in 2018"."""
    tokens = sentence.tokens
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        last = _date_end(tokens, i)
        if last is None:
            i += 1
            continue
        spans.append((i, last))
        i = last + 1
    return spans


def _word(tokens: tuple[Token, ...], i: int) -> str:
    return tokens[i].text.lower().rstrip(".") if 0 <= i < len(tokens) else ""


def _is_month(tok: Token) -> bool:
    word = tok.text.lower().rstrip(".")
    return word in MONTHS and tok.text[:1].isupper() and tok.pos != "AUX"


def _is_day_number(word: str) -> bool:
    digits = word.rstrip("stndrh") if word[:1].isdigit() else ""
    return digits.isdigit() and 1 <= int(digits) <= 31


def _date_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """Where a time expression starting at token ``i`` ends, if one starts there."""
    word = _word(tokens, i)
    if _is_day_number(word) and i + 1 < len(tokens) and _is_month(tokens[i + 1]):
        return _month_end(tokens, i + 1)
    if _is_month(tokens[i]):
        return _month_end(tokens, i)
    if (word in WEEKDAY_NAMES and tokens[i].text[:1].isupper()) or word in RELATIVE_DAYS:
        return i
    if word in SHIFTS:
        nxt = _word(tokens, i + 1)
        if nxt == "this" and _word(tokens, i + 2) in PERIODS:  # "earlier this month"
            return i + 2
        if nxt in PERIODS or nxt in WEEKDAY_NAMES:
            return i + 1
    if (
        (word.isdigit() or word in NUMBERS)
        and _word(tokens, i + 1) in UNITS
        and _word(tokens, i + 2) == "ago"
    ):
        return i + 2
    if YEAR.fullmatch(word) and _word(tokens, i - 1) in YEAR_PREPS:
        return i
    return None


def _month_end(tokens: tuple[Token, ...], i: int) -> int:
    """After a month: an optional day, an optional comma and an optional year."""
    end = i
    if _is_day_number(_word(tokens, end + 1)):
        end += 1
    if _word(tokens, end + 1) == "," and YEAR.fullmatch(_word(tokens, end + 2)):
        return end + 2
    if YEAR.fullmatch(_word(tokens, end + 1)) or (
        _word(tokens, end + 1) == "of" and YEAR.fullmatch(_word(tokens, end + 2))
    ):
        return end + (2 if _word(tokens, end + 1) == "of" else 1)
    return end


def is_time(sentence: Sentence, i: int) -> bool:
    """Is token ``i`` part of a time expression ("on Friday" is not the "on" of a pattern)?"""
    return any(first <= i <= last for first, last in date_spans(sentence))


def event_date(sentence: Sentence, trigger: int, published: date | None, future: bool) -> When:
    """The date of the event at ``trigger``: the nearest expression on its clause chain."""
    if published is None:
        return fallback(None)
    chain = ancestors(sentence, trigger)
    best: tuple[int, When] | None = None
    for first, last in date_spans(sentence):
        anchor = _anchor(sentence, first, last)
        if anchor not in chain:
            continue
        text = sentence.text[sentence.tokens[first].start : sentence.tokens[last].end]
        # "…, the White House said on Friday": the day of the saying, which is past.
        said = sentence.tokens[anchor].lemma in SPEECH_VERBS
        found = resolve(text, published, future and not said)
        rank = chain.index(anchor)
        if found is not None and (best is None or rank < best[0]):
            best = (rank, found)
    if best:
        return best[1]
    if _before_the_report(sentence, chain):
        return When(None, "published", "before publication")
    return fallback(published)


HISTORICAL_ADVERBS = {"previously", "formerly", "once", "long"}


def _before_the_report(sentence: Sentence, chain: list[int]) -> bool:
    """ "had urged", "previously referred": it happened before the report, day unknown —
    dating it to the publication day would count a recollection as news."""
    for j in chain:
        tok = sentence.tokens[j]
        if tok.lemma in SPEECH_VERBS:
            return False
        children = sentence.children(j)
        if tok.tag == "VBN" and any(c.dep == "aux" and c.lemma == "have" and c.tag == "VBD"
                                    for c in children):  # fmt: skip
            return True
        if any(c.dep == "advmod" and c.lemma in HISTORICAL_ADVERBS for c in children):
            return True
    return False


def _anchor(sentence: Sentence, first: int, last: int) -> int:
    """The word outside the span that the span hangs from, climbed to a verb or noun head."""
    head = next(
        (t.head for t in sentence.tokens[first : last + 1] if not first <= t.head <= last), last
    )
    while sentence.tokens[head].dep == "prep" and sentence.tokens[head].head != head:
        head = sentence.tokens[head].head
    return head


def statement_dates(sentences: Iterable[Sentence], published: date | None) -> dict[int, When]:
    """For each sentence, the day of the latest dated statement at or before it: "…, the
    White House said on Friday. … Washington would not …, Psaki said." were both Friday."""
    out: dict[int, When] = {}
    current: When | None = None
    if published is None:
        return out
    for sentence in sentences:
        current = _statement_date(sentence, published) or current
        if current is not None:
            out[sentence.index] = current
    return out


def _statement_date(sentence: Sentence, published: date) -> When | None:
    for first, last in date_spans(sentence):
        anchor = _anchor(sentence, first, last)
        if sentence.tokens[anchor].lemma in SPEECH_VERBS:
            text = sentence.text[sentence.tokens[first].start : sentence.tokens[last].end]
            return resolve(text, published, future=False)
    return None


def is_statement(sentence: Sentence, trigger: int) -> bool:
    """Is the trigger what someone is reported to have said (not a fact the text adds)?"""
    chain = ancestors(sentence, trigger)
    for below, above in pairwise(chain):
        if sentence.tokens[above].lemma in SPEECH_VERBS:
            return sentence.tokens[below].dep == "ccomp"
    top = chain[-1]
    return any(t.dep == "parataxis" and t.lemma in SPEECH_VERBS for t in sentence.children(top))
