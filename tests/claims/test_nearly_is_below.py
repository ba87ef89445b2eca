""" "Nearly X" is at or a little below X: a stored value above it by more than another source's
rounding does not bear it out. Main gave "nearly" the round number's half step above the figure
(25 on "500"), so "China-LAC trade was nearly US$ 500 billion in 2024" was supported by China
Customs' 518.47 (round 28f). Real-shaped sentences (our own) on the package's knowledge base."""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Qualifier
from chinalac.claims.tolerance import interval
from tests.claims.conftest import one


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In 2024, China-LAC trade was nearly US$ 500 billion.", "nearly US$ 500 billion"),
        (
            "En 2024, el comercio entre China y América Latina fue de casi US$ 500.000 millones.",
            "casi US$ 500.000 millones",
        ),
        (
            "Em 2024, o comércio entre a China e a América Latina foi de quase US$ 500 bilhões.",
            "quase US$ 500 bilhões",
        ),
    ],
)
def test_a_value_above_nearly_x_does_not_bear_it_out(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.claim.qualifier is Qualifier.NEARLY
    assert not (result.verdict is Verdict.SUPPORTED and "518.47" in result.reason), result.reason
    # Nor by the US$ 500 bn target: "nearly" tells a level, not a goal (stop 35).
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "target of commitment" not in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In 2024, China-LAC trade was nearly US$ 520 billion.", "nearly US$ 520 billion"),
        (
            "Em 2024, o comércio entre a China e a América Latina foi de quase US$ 520 bilhões.",
            "quase US$ 520 bilhões",
        ),
    ],
)
def test_a_value_a_little_below_nearly_x_bears_it_out(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "518.47" in result.reason


def test_the_interval_of_nearly_ends_at_the_figure_and_another_sources_rounding(kb):
    (result,) = [
        r
        for r in check("In 2024, China-LAC trade was nearly US$ 500 billion.", db=kb)
        if r.claim.qualifier is Qualifier.NEARLY
    ]
    allowed = interval(result.claim)
    assert allowed.high == pytest.approx(502.5e9)
    assert allowed.low < 480e9
