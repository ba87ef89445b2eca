"""growth-rate: which rates `GrowthRate.check` tests against the change it sits beside, the
edges of its tolerance, and its evidence rows (the compounding is pinned in
tests/claims/test_claims_rules_unit.py).

The fifth mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left ~45
mutants of `GrowthRate.check` alive: a `continue` turned `break` (the rates after one it passes
over never tested), the "growth"/"crecimiento" words ignored, the tolerance's edges moved, a
money figure tested as a rate, the evidence rows unchecked.
"""

from __future__ import annotations

from dataclasses import astuple

import pytest

from chinalac.claims import check
from tests.claims.conftest import tiny_knowledge


def growth(text: str) -> list[tuple]:
    """Every growth-rate finding of the text: verdict, reason and evidence rows."""
    return [
        (str(f.verdict), f.reason, [astuple(e) for e in f.evidence])
        for r in check(text, db=tiny_knowledge())
        for f in r.findings
        if f.rule_id == "growth-rate"
    ]


def reasons(text: str) -> list[str]:
    return [reason for _, reason, _ in growth(text)]


def test_an_inconsistent_rate_shows_both_levels_read_from_the_text():
    text = "Trade rose from $100 billion in 2020 to $121 billion in 2022, up 10%."
    ((verdict, reason, rows),) = growth(text)
    assert (verdict, reason) == (
        "inconsistent", "10% does not match $100 billion → $121 billion (implied 21%)",
    )  # fmt: skip
    assert [row[:7] for row in rows] == [
        ("text", "c001", None, "related", 100e9, "usd", "2020"),
        ("text", "c002", None, "related", 121e9, "usd", "2022"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a verb of multiplying is a rounded multiple, never tested: the rate after it is
        "Trade doubled from $10 billion in 2010 to $20 billion in 2020, up 150%.",
        # a rate within the tolerance, then one outside it
        "Trade rose 100%, from $10 billion in 2010 to $20 billion in 2020, a threefold increase.",
    ],
)
def test_the_rates_after_one_the_rule_passes_over_are_still_tested(text):
    assert len(growth(text)) == 1


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Trade went from $80 billion in 2010 to $100 billion in 2020, a growth of 50%.", "50%"),
        ("El comercio pasó de 80.000 millones de dólares en 2010 a 100.000 millones en 2020, "
         "con un crecimiento del 50%.", "50%"),
    ],
)  # fmt: skip
def test_a_rate_named_growth_or_crecimiento_is_tested_without_a_verb_of_rising(text, rate):
    assert [reason.split(" does not match")[0] for reason in reasons(text)] == [rate]


def test_a_percent_with_no_word_of_growth_is_no_rate_of_the_change():
    text = "Trade went from $80 billion in 2010 to $100 billion in 2020, 50% of it in soy."
    assert growth(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # implied 25%: "26%" allows 25.5–26.5 and half a point more either side
        "Trade rose from $80 billion in 2010 to $100 billion in 2020, up 26%.",
        "Trade rose from $80 billion in 2010 to $100 billion in 2020, up 24%.",
    ],
)
def test_a_rate_half_a_point_outside_its_rounding_still_agrees(text):
    assert growth(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade rose from $80 billion in 2010 to $100 billion in 2020, up 27%.",
        "Trade rose from $80 billion in 2010 to $100 billion in 2020, up 23%.",
    ],
)
def test_a_rate_beyond_that_margin_is_inconsistent(text):
    assert len(growth(text)) == 1


def test_a_change_of_shares_is_not_tested_as_a_growth_rate():
    text = "China's share rose from 10% in 2010 to 20% in 2020, up 50%."
    assert growth(text) == []


def test_a_third_amount_beside_a_change_is_no_rate():
    text = "Trade rose from $10 billion in 2010 to $20 billion in 2020, with $5 billion of soy."
    assert growth(text) == []


def test_a_multiple_after_a_percent_that_is_no_rate_is_still_tested():
    text = "Trade went from $80 billion in 2010 to $100 billion in 2020, 50% of it soy, a threefold change."
    assert [reason.split(" does not match")[0] for reason in reasons(text)] == ["threefold"]


@pytest.mark.parametrize(
    "text",
    [
        "China's share rose from 10% in 2010 to 20% in 2020, while trade went from $80 billion "
        "in 2010 to $100 billion in 2020, up 50%.",
        "La participación de China subió del 10% en 2010 al 20% en 2020, y el comercio pasó de "
        "80.000 millones de dólares en 2010 a 100.000 millones en 2020, un aumento del 50%.",
        "A participação da China subiu de 10% em 2010 para 20% em 2020, e o comércio saiu de "
        "US$ 80 bilhões em 2010 para US$ 100 bilhões em 2020, um aumento de 50%.",
    ],
)
def test_the_levels_of_another_change_in_the_sentence_are_no_rates(text):
    # The share's 10% and 20% are levels of their own change; only the 50% is a rate of
    # trade's change (implied 25%).
    assert [reason.split(" does not match")[0] for reason in reasons(text)] == ["50%"]


def test_a_change_from_a_count_of_one_is_tested():
    text = (
        "The number of Confucius Institutes rose from 1 in 2006 to 3 in 2008, a fourfold increase."
    )
    assert reasons(text) == ["fourfold does not match 1 → 3 (implied 3×)"]


def test_crece_is_a_word_of_growth_for_a_rate_without_a_verb_of_rising():
    text = (
        "Las exportaciones pasaron de 80.000 millones de dólares en 2010 a 100.000 millones en "
        "2020: crecen un 50%."
    )
    assert [reason.split(" does not match")[0] for reason in reasons(text)] == ["50%"]


def test_a_change_of_shares_before_a_change_of_money_does_not_end_the_sentences_check():
    text = (
        "China's share rose from 10% in 2010 to 20% in 2020; trade went from $80 billion in "
        "2010 to $100 billion in 2020, up 50%."
    )
    assert [reason.split(" does not match")[0] for reason in reasons(text)] == ["50%"]
