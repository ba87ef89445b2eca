"""Readings fixed by the lead at stop 41 (issue 15), real-shaped sentences of our own against
the package's knowledge base (Brazil's trade with China in 2020, Secex: exports 67.685, imports
34.042 US$ bn).

* **"importações da China" read as China's imports and called contradicted.** The knowledge
  base lists "importações da China" among the words of China's imports (`metrics.csv`) and the
  cue lexicon among those of imports from China (`metric_cues.csv`); the first won, at high
  confidence, so "O Brasil registrou importações da China de US$ 34,0 bilhões em 2020" (Brazil's
  imports from China, 34.042) was called **contradicted** by Brazil's exports (67.685), a false
  verdict. With no buyer between the word and China, "importações da China" and "importaciones
  de China" are now read either way, as "compras da China" already was
  (`extract.BARE_PURCHASES`): borne out by the flow the lexicon reads, never refuted. A buyer
  named ("importações brasileiras da China") or an origin after China ("importaciones de China
  desde Brasil") keeps the reading sure (guards). After the state's exports to China, in its
  sentence or the one before ("Em 2022, as exportações do Brasil para a China somaram … Na
  outra mão, as importações da China totalizaram …"), they are the state's imports from China,
  the other way of the same trade, and are judged as such.
* **A usual year's cue in a later clause** ("…, but they are usually higher") no longer takes
  the period away from a figure of the clause before it; "In a normal year, …" opening the
  sentence still does (`extract._period_for`'s USUAL_YEAR, read up to the figure's clause).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

EITHER_WAY = [
    ("O Brasil registrou importações da China de US$ 34,0 bilhões em 2020.", "US$ 34,0 bilhões"),
    (
        "As exportações do Brasil para a China chegaram a US$ 67,7 bilhões em 2020. As "
        "importações da China foram de US$ 34,0 bilhões.",
        "US$ 34,0 bilhões",
    ),
    (
        "En 2020, las importaciones de China llegaron a US$ 20.000 millones, según Brasil.",
        "US$ 20.000 millones",
    ),
    (
        "Em 2020, as importações da China somaram US$ 20,0 bilhões, segundo o Brasil.",
        "US$ 20,0 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), EITHER_WAY)
def test_imports_of_china_with_no_buyer_are_never_refuted(text, span):
    result = one(check(text, date="2021-03-01"), span)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_imports_of_china_after_exports_to_china_are_the_states_imports():
    before = "As exportações do Brasil para a China chegaram a US$ 67,7 bilhões em 2020. "
    right = one(
        check(before + "As importações da China foram de US$ 34,0 bilhões.", date="2021-03-01"),
        "US$ 34,0 bilhões",
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason
    wrong = one(
        check(
            before + "Na outra mão, as importações da China foram de US$ 20,0 bilhões.",
            date="2021-03-01",
        ),
        "US$ 20,0 bilhões",
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "34.042" in wrong.reason


def test_imports_of_china_may_still_be_borne_out():
    text = "Em 2020, as importações da China somaram US$ 67,7 bilhões, segundo o Brasil."
    result = one(check(text, date="2021-03-01"), "US$ 67,7 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason


SURE_READINGS = [
    # a buyer named: Brazil's imports from China, refuted by the stored 34.042
    ("As importações brasileiras da China foram de US$ 20,0 bilhões em 2020.", "US$ 20,0 bilhões"),
    # an origin after China: China's imports from Brazil, refuted by the stored 67.685
    (
        "En 2020, las importaciones de China desde Brasil sumaron US$ 50.000 millones.",
        "US$ 50.000 millones",
    ),
]


@pytest.mark.parametrize(("text", "span"), SURE_READINGS)
def test_a_named_buyer_or_origin_keeps_the_reading_sure(text, span):
    result = one(check(text, date="2021-03-01"), span)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


LATER_USUAL = [
    (
        "Brazil's exports to China reached US$ 67.7 billion in 2020. Imports from China were "
        "US$ 20.0 billion, but they are usually higher.",
        "US$ 20.0 billion",
    ),
    (
        "As exportações do Brasil para a China chegaram a US$ 67,7 bilhões em 2020. As "
        "importações brasileiras da China foram de US$ 20,0 bilhões, mas normalmente são maiores.",
        "US$ 20,0 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), LATER_USUAL)
def test_a_usual_year_in_a_later_clause_leaves_the_figure_its_period(text, span):
    result = one(check(text, date="2021-03-01"), span)
    assert result.claim.period is not None and result.claim.period.end_year == 2020
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_usual_year_opening_the_sentence_still_takes_no_period():
    text = (
        "Brazil's exports to China reached US$ 67.7 billion in 2020. In a normal year, imports "
        "from China come to about US$ 20 billion."
    )
    result = one(check(text, date="2021-03-01"), "about US$ 20 billion")
    assert result.claim.period is None
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
