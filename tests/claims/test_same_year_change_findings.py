"""same-year-change: every finding pinned whole (verdict, full reason, every hint row), on a
tiny inline trade table.

The mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left 14 mutants of
`SameYearChange.check` alive: the backwards and "said to decrease" reasons dropped, an equal
end read as a fall, a stored row of the claim's own year (or of another value) shown as a
hint, the rule stopping after a sentence's first change.
"""

from __future__ import annotations

from dataclasses import astuple

import pytest

from chinalac.claims import check
from tests.claims.conftest import fact, tiny_knowledge


def trade(fact_id, year, value, source="S1"):
    return fact(fact_id, "trade_total", "LAC", year, year, value, "usd_bn", source)


TRADE = [
    trade("t02", "2002", 18),
    trade("t05", "2005", 18, "S2"),
    trade("t10", "2010", 180),  # another value: never a hint
    trade("t21", "2021", 449),
    trade("t21b", "2021", 18, "S2"),  # the value in the year the text gives it: no typo to hint
]


def findings(text: str) -> list[tuple]:
    return [
        (r.claim.text, str(f.verdict), f.reason, [astuple(e) for e in f.evidence])
        for r in check(text, db=tiny_knowledge(TRADE))
        for f in r.findings
        if f.rule_id == "same-year-change"
    ]


def hint(fact_id, source, value, year):
    return ("fact", fact_id, source, "hint", float(value), "usd_bn", year, "LAC", None, None)


def test_a_change_dated_the_same_year_at_both_ends_hints_the_other_years_holding_its_start():
    text = (
        "China-LAC trade increased from almost 18 billion dollars in 2021 to nearly "
        "449 billion dollars in 2021."
    )
    assert findings(text) == [
        ("almost 18 billion dollars", "inconsistent",
         "the change from almost 18 billion dollars to nearly 449 billion dollars is dated 2021 "
         "at both ends; the store holds this value for 2002, 2005",
         [hint("t02", "S1", 18, "2002"), hint("t05", "S2", 18, "2005")]),
    ]  # fmt: skip


def test_a_change_running_backwards_in_time_is_inconsistent():
    text = (
        "China-LAC trade increased from 449 billion dollars in 2021 to 18 billion dollars in 2019."
    )
    assert findings(text) == [
        ("449 billion dollars", "inconsistent",
         "the change runs backwards in time: 2021 → 2019", []),
    ]  # fmt: skip


def test_a_fall_to_a_larger_amount_is_inconsistent_with_every_year_holding_its_start():
    text = (
        "El comercio entre China y América Latina cayó de 18 mil millones de dólares en 2019 a "
        "449 mil millones de dólares en 2021."
    )
    assert findings(text) == [
        ("18 mil millones de dólares", "inconsistent",
         "said to decrease, but 449 mil millones de dólares is more than 18 mil millones de "
         "dólares; the store holds this value for 2002, 2005, 2021",
         [hint("t02", "S1", 18, "2002"), hint("t05", "S2", 18, "2005"),
          hint("t21b", "S2", 18, "2021")]),
    ]  # fmt: skip


def test_an_undated_rise_to_a_smaller_amount_hints_every_year_holding_its_start():
    text = "China-LAC trade increased from 449 billion dollars to 18 billion dollars."
    assert findings(text) == [
        ("449 billion dollars", "inconsistent",
         "said to increase, but 18 billion dollars is less than 449 billion dollars; the store "
         "holds this value for 2021",
         [hint("t21", "S1", 449, "2021")]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "China-LAC trade increased from 18 billion dollars to 18 billion dollars.",
        "O comércio caiu de 18 bilhões de dólares em 2019 para 18 bilhões de dólares em 2021.",
    ],
)
def test_a_change_between_equal_amounts_is_not_against_its_verb(text):
    assert findings(text) == []


def test_the_second_change_of_a_sentence_is_checked_after_a_proper_first():
    text = (
        "Exports rose from 18 billion dollars in 2019 to 449 billion dollars in 2020, while "
        "trade increased from 449 billion dollars to 18 billion dollars."
    )
    # The second change carries no year of its own (2020 is carried from the first), so it is
    # not "dated at both ends" (round 12c); it is still inconsistent: it rises to a lower level.
    assert findings(text) == [
        ("449 billion dollars", "inconsistent",
         "said to increase, but 18 billion dollars is less than 449 billion dollars",
         []),
    ]  # fmt: skip


def test_a_change_ending_by_the_year_it_starts_in_does_not_run_backwards():
    text = "China-LAC trade rose from 18 billion dollars in 2021 to 449 billion dollars as of 2021."
    assert findings(text) == []
