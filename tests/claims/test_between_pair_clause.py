"""The "and" of "between A and B" is no clause break (found by the s36 survivors' helper, real-
shaped sentences in our own words, on the package's knowledge base).

"In 2024, trade between China and the region was almost US$ 500 billion": the coordination
break before "and the …" cut the sentence after "China", so the metric word ("trade between")
and the year ("In 2024") stood in another clause than the figure. Read as uncertain and undated,
the level was borne out by the Brasília pledge's records of 2022 and 2023 (485.7, 489), a false
"supported" (2024's trade was 518, above "almost 500"); and "In 2023, trade between China and
the region reached US$ 400 billion" (489 stored) was never refuted. Main read the same in
Spanish ("entre China y la región") and Portuguese ("entre a China e os países da região").
Round 30d's `extract._between_two` (found on "entre China y la Celac") is the fix these test.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.extract import _clauses
from chinalac.claims.rules.base import fold
from tests.claims.conftest import one

ALMOST_500 = [
    ("In 2024, trade between China and the region was almost US$ 500 billion.", "almost"),
    ("En 2024, el comercio entre China y la región fue de casi US$ 500.000 millones.", "casi"),
    (
        "Em 2024, o comércio entre a China e os países latino-americanos foi de quase US$ 500 "
        "bilhões.",
        "quase",
    ),
]


@pytest.mark.parametrize(("text", "word"), ALMOST_500)
def test_almost_a_level_below_the_years_is_not_borne_out_by_other_years(kb, text, word):
    [result] = [r for r in check(text, kb) if word in r.claim.text]
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.claim.confidence["period"]["level"] == "high", result.claim.confidence


WRONG_LEVEL = [
    ("In 2023, trade between China and the region reached US$ 400 billion.", "US$ 400 billion"),
    (
        "En 2023, el comercio entre China y la región llegó a US$ 400.000 millones.",
        "US$ 400.000 millones",
    ),
    (
        "Em 2023, o intercâmbio entre a China e as nações da América Latina chegou a US$ 400 "
        "bilhões.",
        "US$ 400 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), WRONG_LEVEL)
def test_a_wrong_level_between_china_and_the_region_is_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "489" in result.reason


# Guards: the right level is borne out; a coordination after a longer stretch, and a year after
# "between", still cut the clause.
def test_the_right_level_between_china_and_the_region_is_borne_out(kb):
    text = "In 2023, trade between China and the region reached US$ 489 billion."
    result = one(check(text, kb), "US$ 489 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In 2024, trade between China and the region was almost US$ 500 billion.", 1),
        ("El comercio entre China y la región creció.", 1),
        ("Trade between China and Brazil fell 5% and the surplus reached US$ 50 billion.", 2),
        ("Entre 2019 y las elecciones de 2023, el comercio creció 20%.", 2),
    ],
)
def test_only_the_and_of_a_between_pair_is_joined(text, count):
    assert len(_clauses(fold(text))) == count
