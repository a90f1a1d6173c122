"""Time expressions resolved against the publication date (Saturday 1 May 2021)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events.when import date_spans, resolve
from tests.conftest import sentence

PUB = date(2021, 5, 1)


@pytest.mark.parametrize(
    ("text", "future", "value", "precision"),
    [
        ("on Friday", False, "2021-04-30", "day"),
        ("Friday", True, "2021-05-07", "day"),
        ("in October 2019", False, "2019-10", "month"),
        ("on 5 March 2020", False, "2020-03-05", "day"),
        ("March 5, 2020", False, "2020-03-05", "day"),
        ("in 2018", False, "2018", "year"),
        ("two years ago", False, "2019", "year"),
        ("3 days ago", False, "2021-04-28", "day"),
        ("yesterday", False, "2021-04-30", "day"),
        ("last week", False, "2021-04", "month"),
        ("earlier this month", False, "2021-05", "month"),
        ("last month", False, "2021-04", "month"),
        ("last year", False, "2020", "year"),
        ("in May", True, "2021-05", "month"),
        ("in June", False, "2020-06", "month"),
        ("in June", True, "2021-06", "month"),
        ("in March", True, "2022-03", "month"),
    ],
)
def test_resolve(text: str, future: bool, value: str, precision: str) -> None:
    found = resolve(text, PUB, future)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


def test_nonsense_is_not_a_date() -> None:
    assert resolve("the summit", PUB) is None


@pytest.mark.parametrize(
    ("words", "spans"),
    [
        (["talks", "in", "October", "2019", "failed"], [(2, 3)]),
        (["on", "5", "March", "2020", "."], [(1, 3)]),
        (["on", "March", "5", ",", "2020"], [(1, 4)]),
        (["he", "said", "on", "Friday"], [(3, 3)]),
        (["since", "last", "week"], [(1, 2)]),
        (["two", "years", "ago"], [(0, 2)]),
        (["earlier", "this", "month"], [(0, 2)]),
        (["in", "2018", "and", "2000", "people"], [(1, 1)]),
        (["he", "may", "visit", "in", "May"], [(4, 4)]),
    ],
)
def test_time_expressions_are_found_by_rule(words: list[str], spans: list[tuple[int, int]]) -> None:
    pos = ["AUX" if w == "may" else "PROPN" if w[:1].isupper() else "NOUN" for w in words]
    s = sentence(words, list(range(len(words))), ["dep"] * len(words), pos)
    assert date_spans(s) == spans
