"""General readings found on the fresh dev texts 347-350 of the unseen set (branch
issue-15-r31a-me-s20, round 31a: Xi's trip of November 2016 to Ecuador, Peru and Chile, the
China-Chile FTA upgrade of 2017, Brazil's 2020 surplus with China, Chinese policy-bank loans of
2019), each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked
against the package's knowledge base.

* A date counted back ("11 years ago", "hace 11 años", "há 11 anos") in a sentence of talks is the
  signature's when the talks lead to the treaty and its own clause of signature ends at the date:
  "China will launch talks with Chile on expanding the free trade agreement the two signed 11
  years ago" was left unjudged on 75d65ba (the talks' clause); now it is borne out by the FTA of
  2005. Talks dated by themselves stay unjudged, and a count back never refutes.
* A day of a leader's trip is not borne out by a visit stored to the month: "Xi Jinping begins his
  state visit to Ecuador on Nov 17" was supported on 75d65ba by the trip stored as 2016-11 (a
  wrong day would have matched as well). The month itself is still borne out.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a treaty's signature counted back, in a sentence of talks ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 11, 2016 — Beijing\n\nWang said China will also launch talks with Chile on"
            " expanding the free trade agreement the two signed 11 years ago.",
            "11 years",
        ),
        (
            "11 de noviembre de 2016 — Pekín\n\nWang dijo que China abrirá negociaciones con Chile"
            " para ampliar el tratado de libre comercio que ambos firmaron hace 11 años.",
            "11 años",
        ),
        (
            "11 de novembro de 2016 — Pequim\n\nWang disse que a China abrirá negociações com o"
            " Chile para ampliar o acordo de livre comércio que os dois assinaram há 11 anos.",
            "11 anos",
        ),
    ],
)
def test_a_signature_counted_back_after_talks_is_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 11, 2016 — Beijing\n\nWang said China will also launch talks with Chile on"
            " expanding the free trade agreement the two signed 9 years ago.",
            "9 years",
        ),
        (
            "11 de noviembre de 2016 — Pekín\n\nWang dijo que China abrirá negociaciones con Chile"
            " para ampliar el tratado de libre comercio que ambos firmaron hace 9 años.",
            "9 años",
        ),
    ],
)
def test_a_wrong_count_back_after_talks_is_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "July 20, 2023 — Tegucigalpa\n\nHonduras began negotiations on a free trade agreement"
            " with China in July 2023.",
            "July 2023",
        ),
        (
            "20 de julio de 2023 — Tegucigalpa\n\nHonduras inició negociaciones de un tratado de"
            " libre comercio con China en julio de 2023.",
            "julio de 2023",
        ),
    ],
)
def test_talks_dated_by_themselves_stay_unjudged(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- a day of a trip against a visit stored to the month --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 11, 2016 — Beijing\n\nXi Jinping begins his state visit to Ecuador on Nov 17.",
            "Nov 17",
        ),
        (
            "November 11, 2016 — Beijing\n\nXi Jinping begins his state visit to Ecuador on"
            " November 17, 2016.",
            "November 17, 2016",
        ),
        (
            "11 de noviembre de 2016 — Pekín\n\nXi Jinping inicia su visita de Estado a Ecuador el"
            " 17 de noviembre.",
            "17 de noviembre",
        ),
        (
            "11 de novembro de 2016 — Pequim\n\nXi Jinping inicia sua visita de Estado ao Equador"
            " em 17 de novembro.",
            "17 de novembro",
        ),
    ],
)
def test_a_day_of_a_trip_is_not_borne_out_by_a_month(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 11, 2016 — Beijing\n\nXi Jinping begins his state visit to Ecuador in"
            " November 2016.",
            "November 2016",
        ),
        (
            "11 de noviembre de 2016 — Pekín\n\nXi Jinping inicia su visita de Estado a Ecuador en"
            " noviembre de 2016.",
            "noviembre de 2016",
        ),
        (
            "11 de novembro de 2016 — Pequim\n\nXi Jinping inicia sua visita de Estado ao Equador"
            " em novembro de 2016.",
            "novembro de 2016",
        ),
    ],
)
def test_the_month_of_a_trip_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
