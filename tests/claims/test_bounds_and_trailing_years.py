"""Two false readings found by the lead at stop 35 (real-shaped sentences, our own words, on the
package's knowledge base):

* a figure delivered under a pledge and published as a bound ("above 300 bn" in each of
  2018–2020, Wang Yi; "exceeded 500 bn" in 2024, Xi Jinping) bore out "almost US$ 300 billion",
  which lies on the other side of it; and the US$ 500 bn target bore out "trade was nearly US$
  500 billion", a level, not a goal;
* "In 2024, trade reached US$ 500 billion, meeting the target set in 2014": the year of the
  trailing phrase (2014) was taken as the figure's, and 2014's total refuted it.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Qualifier


def _with(results, part: str):
    """The first result whose claim's text holds `part`."""
    found = [r for r in results if part in r.claim.text]
    assert found, [r.claim.text for r in results]
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In 2019, China-LAC trade was almost US$ 300 billion.", "almost US$ 300 billion"),
        (
            "En 2019, el comercio entre China y América Latina casi llegó a US$ 300.000 millones.",
            "casi llegó a US$ 300.000 millones",
        ),
        (
            "Em 2019, o comércio entre a China e a América Latina chegou a quase US$ 300 bilhões.",
            "quase US$ 300 bilhões",
        ),
    ],
)
def test_a_delivered_lower_bound_does_not_bear_out_nearly(kb, text, figure):
    result = _with(check(text, db=kb), figure)
    assert result.claim.qualifier is Qualifier.NEARLY
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_delivered_lower_bound_bears_out_the_same_bound(kb):
    result = _with(check("In 2019, China-LAC trade exceeded US$ 300 billion.", db=kb), "300")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "delivered" in result.reason


def test_a_delivered_bound_agrees_only_with_a_bound_of_its_side():
    from chinalac.claims.rules.commitments import _bound_agrees

    row = namedtuple("Delivered", "bound")
    claim = _with(check("In 2019, China-LAC trade exceeded US$ 300 billion."), "300").claim
    nearly = claim.__class__(**{**claim.__dict__, "qualifier": Qualifier.NEARLY})
    exact = claim.__class__(**{**claim.__dict__, "qualifier": Qualifier.EXACT})
    under = claim.__class__(**{**claim.__dict__, "qualifier": Qualifier.LESS_THAN})
    assert _bound_agrees(claim, row("lower"))
    assert not _bound_agrees(nearly, row("lower"))
    assert not _bound_agrees(exact, row("lower"))
    assert _bound_agrees(under, row("upper"))
    assert not _bound_agrees(claim, row("upper"))
    for qualified in (claim, nearly, exact, under):
        assert _bound_agrees(qualified, row("exact"))
        assert _bound_agrees(qualified, row(""))


# "In 2024, China-LAC trade was nearly US$ 500 billion" (and es/pt) is no statement of the
# US$ 500 bn target: tests/claims/test_nearly_is_below.py asserts it.


def test_a_pledge_of_nearly_a_figure_is_still_the_target(kb):
    text = "China pledged to raise trade to nearly US$ 500 billion within ten years."
    result = _with(check(text, db=kb), "500")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "target of commitment brasilia2014_trade_500bn" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2024, China-LAC trade reached US$ 500 billion, meeting the target set in 2014.",
            "US$ 500 billion",
        ),
        (
            "En 2024, el comercio entre China y América Latina superó los US$ 500.000 millones, "
            "la meta fijada en 2014.",
            "US$ 500.000 millones",
        ),
        (
            "Em 2024, o comércio entre a China e a América Latina superou US$ 500 bilhões, a meta "
            "fixada em 2014.",
            "US$ 500 bilhões",
        ),
    ],
)
def test_a_year_past_a_comma_after_the_figure_dates_the_trailing_phrase(kb, text, figure):
    result = _with(check(text, db=kb), figure)
    assert result.claim.period.start_year == 2024
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_wrong_figure_is_refuted_by_its_own_year_not_the_trailing_one(kb):
    text = "In 2024, China-LAC trade reached US$ 450 billion, meeting the target set in 2014."
    result = _with(check(text, db=kb), "US$ 450 billion")
    assert result.claim.period.start_year == 2024
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "518" in result.reason


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        (
            "En 2017, la cifra podría acercarse al récord de US$263.600 millones, registrado en 2014.",
            "US$263.600 millones",
            2014,
        ),
        (
            "In 2017, the total may approach the record of US$263.6 billion, recorded in 2014.",
            "US$263.6 billion",
            2014,
        ),
        (
            "Em 2017, o total pode se aproximar do recorde de US$ 263,6 bilhões, registrado em 2014.",
            "US$ 263,6 bilhões",
            2014,
        ),
        # With no date before the figure the trailing year is still the nearest.
        ("China-LAC trade reached US$ 263.6 billion, a record set in 2014.", "263.6", 2014),
    ],
)
def test_a_participle_of_record_past_a_comma_keeps_the_figures_year(kb, text, figure, year):
    result = _with(check(text, db=kb), figure)
    assert result.claim.period is not None
    assert result.claim.period.start_year == year
