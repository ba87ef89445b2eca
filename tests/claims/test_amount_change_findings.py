"""An amount of change against its two levels (rule `growth-rate`, `_amount_change`).

Written against the survivors of the eighth mutation run (docs/mutation.md): the round-12b
tests showed a wrong amount called inconsistent, but nothing pinned how much rounding each
level is allowed, that the currencies must agree, or what the finding cites.

"grew by US$X, from US$A to US$B" is consistent when |B − A| falls in X's interval widened by
the rounding of A and B as written (`tolerance.precision`): "US$20 billion" is a round number
(± 1 billion), "US$23 billion" ± 0.5 billion, so the difference may be anything in [1.5, 4.5].
"""

from __future__ import annotations

import pytest

from chinalac.claims import Evidence, Verdict, check
from tests.claims.conftest import one

LEVELS_EN = "from US$20 billion in 2022 to US$23 billion in 2023."
LEVELS_ES = "de 20.000 millones de dólares en 2022 a 23.000 millones de dólares en 2023."
LEVELS_PT = "de US$ 20 bilhões em 2022 para US$ 23 bilhões em 2023."


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 4.4 − 0.05 (its own rounding) − 1 − 0.5 (the levels') = 2.85 ≤ 3: the rounding of
        # both levels is needed to reach the difference of 3.
        (
            f"Lima, 2024. Peru's exports to China grew by US$4.4 billion, {LEVELS_EN}",
            "US$4.4 billion",
        ),
        # The two edges of the interval are inside: 5 − 0.5 − 1.5 = 3 and 1 + 0.5 + 1.5 = 3.
        (f"Lima, 2024. Peru's exports to China grew by US$5 billion, {LEVELS_EN}", "US$5 billion"),
        (f"Lima, 2024. Peru's exports to China grew by US$1 billion, {LEVELS_EN}", "US$1 billion"),
        (
            f"Lima, 2024. As exportações do Peru para a China cresceram em US$ 4,4 bilhões, {LEVELS_PT}",
            "US$ 4,4 bilhões",
        ),
    ],
)
def test_a_change_within_the_rounding_of_its_levels_is_not_inconsistent(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "does not match" not in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # 4.6 − 0.05 − 1.5 = 3.05 > 3: past the rounding of all three numbers.
        (
            f"Lima, 2024. Peru's exports to China grew by US$4.6 billion, {LEVELS_EN}",
            "US$4.6 billion",
        ),
        (
            "Lima, 2024. Las exportaciones del Perú a China crecieron en 4.600 millones de"
            f" dólares, {LEVELS_ES}",
            "4.600 millones de dólares",
        ),
        (
            f"Lima, 2024. As exportações do Peru para a China cresceram em US$ 4,6 bilhões, {LEVELS_PT}",
            "US$ 4,6 bilhões",
        ),
    ],
)
def test_a_change_past_the_rounding_of_its_levels_cites_both_levels(kb, text, figure):
    results = check(text, kb)
    result = one(results, figure)
    assert result.verdict is Verdict.INCONSISTENT
    assert result.rule_id == "growth-rate"
    assert "(a change of 3)" in result.reason or "(a change of 3000)" in result.reason
    levels = [r.claim for r in results if r.claim is not result.claim]
    assert result.evidence == [
        Evidence("text", level.claim_id, None, "related", level.amount, level.unit, year)
        for level, year in zip(levels, ("2022", "2023"), strict=True)
    ]
    assert [e.value for e in result.evidence] == [20e9, 23e9]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lima, 2024. Peru's exports to China grew by 5 billion yuan, from US$20 billion in"
            " 2022 to US$23.2 billion in 2023.",
            "5 billion yuan",
        ),
        (
            "Lima, 2024. Las exportaciones del Perú a China crecieron en 5.000 millones de yuanes,"
            " de 20.000 millones de dólares en 2022 a 23.156 millones de dólares en 2023.",
            "5.000 millones de yuanes",
        ),
    ],
)
def test_a_change_in_another_currency_is_not_compared(kb, text, figure):
    # Same metric and state, other currency: B − A in dollars says nothing of yuan.
    result = one(check(text, kb), figure)
    assert result.claim.unit != "usd"
    assert result.verdict is not Verdict.INCONSISTENT
