"""General readings found on the fresh dev texts 411-414 of the unseen set (branch issue-15-r36b,
round 36b: Honduras' trade with China in the first quarter of 2025, China as Honduras' second
supplier in 2016, Bolivia's bilateral debt to China in 2012-2013 and Ecuador's Chinese debt in
2021), each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked
against the package's knowledge base.

* A rate of one flow with China ("las exportaciones hondureñas a China cayeron 11%", "imports from
  China rose 9%"), set against that flow's levels for the rate's period and for the same months a
  year earlier, stated in the paragraphs around it, is inconsistent when no pair of those levels
  gives it: main read the rate as a number of no metric and left it unverifiable (text 411's
  -11 % and +21 %, keyed inconsistent: u7600, u7601). A rate the levels give, a rate against the
  quarter before or since an earlier year, a product's rate and a rate whose flow has no levels
  stay out (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a flow's rate against its levels of the same months a year before -----------------------

RATE_CASES = [
    (
        "Julio de 2024 — San Salvador\n\nEn el primer semestre de 2024, las importaciones"
        " salvadoreñas desde China subieron un 9%.\n\nEl Salvador compró a China 1.240 millones de"
        " dólares en el primer semestre de 2024, frente a 1.020 millones de dólares en el primer"
        " semestre de 2023.",
        "9%",
    ),
    (
        "July 2024 — London\n\nIn the first half of 2024, Salvadoran imports from China rose 9%.\n\n"
        "El Salvador bought US$1.24 billion of goods from China in the first half of 2024, against"
        " US$1.02 billion in the first half of 2023.",
        "9%",
    ),
    (
        "Julho de 2024 — Lisboa\n\nNo primeiro semestre de 2024, as importações salvadorenhas da"
        " China subiram 9%.\n\nEl Salvador comprou da China US$ 1,24 bilhão no primeiro semestre de"
        " 2024, contra US$ 1,02 bilhão no primeiro semestre de 2023.",
        "9%",
    ),
    (
        "Abril de 2025 — Tegucigalpa\n\nEn el primer trimestre de 2025, las exportaciones"
        " hondureñas a China cayeron 20%.\n\nHonduras vendió a China 30.5 millones de dólares en el"
        " primer trimestre de 2025, frente a 33.1 millones de dólares en el primer trimestre de"
        " 2024.",
        "20%",
    ),
]


@pytest.mark.parametrize(("text", "figure"), RATE_CASES)
def test_a_flow_rate_the_year_earlier_levels_do_not_give_is_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


def _swap(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The rate the levels give: 1.240 / 1.020 = +21.6 %; 30.5 / 33.1 = -7.9 %.
        (_swap(RATE_CASES[0][0], "un 9%", "un 21,6%"), "21,6%"),
        (_swap(RATE_CASES[1][0], "rose 9%", "rose 21.6%"), "21.6%"),
        (_swap(RATE_CASES[2][0], "subiram 9%", "subiram 21,6%"), "21,6%"),
        (_swap(RATE_CASES[3][0], "cayeron 20%", "cayeron 7,9%"), "7,9%"),
        # Another base: the quarter before, or a span of years.
        (
            _swap(RATE_CASES[3][0], "cayeron 20%.", "cayeron 20% frente al trimestre anterior."),
            "20%",
        ),
        (_swap(RATE_CASES[1][0], "rose 9%.", "rose 9% since 2019."), "9%"),
        # A product's flow, not the whole flow the levels measure.
        (_swap(RATE_CASES[3][0], "exportaciones hondureñas a", "exportaciones de café a"), "20%"),
        # The rate's flow (exports) has no levels: the imports' pair does not judge it.
        (
            _swap(
                RATE_CASES[0][0], "importaciones salvadoreñas desde", "exportaciones salvadoreñas a"
            ),
            "9%",
        ),
    ],
)
def test_a_rate_the_levels_give_or_another_base_or_flow_stays_out(text, figure):
    # Guards.
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# --- an election's round is no rank -------------------------------------------------------------

ROUND_CASES = [
    (
        "Enero de 2021 — Quito\n\nSea cual sea el resultado de la primera vuelta, el próximo"
        " gobierno de Ecuador negociará con China, su principal acreedor bilateral desde 2008.",
        "vuelta",
    ),
    (
        "Janeiro de 2021 — Quito\n\nSeja qual for o resultado do primeiro turno, o próximo governo"
        " do Equador negociará com a China, sua principal credora bilateral desde 2008.",
        "turno",
    ),
    (
        "January 2021 — Quito\n\nWhatever the outcome of the first round of the presidential"
        " election, Ecuador's next government will negotiate with China, its main bilateral"
        " creditor since 2008.",
        "round",
    ),
]


@pytest.mark.parametrize(("text", "word"), ROUND_CASES)
def test_an_election_round_is_no_rank_claim(text, word):
    results = check(text)
    assert not [r for r in results if word in r.claim.text], [r.claim.text for r in results]


def test_the_year_after_an_election_round_is_its_own_claim():
    # Text 414's shape (u7639, "desde 2008"): main read "primera vuelta" as a rank, gave it the
    # sentence's year as its period and dropped the year as a claim.
    text = (
        "Enero de 2021 — Quito\n\nGane quien gane la primera vuelta, al próximo presidente le tocará"
        " ocuparse de la deuda con China, su gran prestamista desde 2008."
    )
    assert "2008" in [r.claim.text for r in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Octubre de 2022 — Brasilia\n\nLula ganó la primera vuelta del 2 de octubre de 2022 y"
        " prometió acercarse a China.",
        "Outubro de 2022 — Brasília\n\nLula venceu o primeiro turno, em 2 de outubro de 2022, e"
        " prometeu aproximar-se da China.",
    ],
)
def test_the_date_of_an_election_round_is_no_first_year(text):
    # Guard: the round's "primera" / "primeiro" is no cue of a first_year fact.
    assert all(r.claim.metric != "first_year" for r in check(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 2009 — Beijing\n\nChina and Costa Rica held the 1st round of FTA talks in"
            " Beijing.",
            "1st round",
        ),
        (
            "Junio de 2009 — Pekín\n\nChina y Costa Rica celebraron la primera ronda de"
            " negociaciones del TLC.",
            "primera ronda",
        ),
    ],
)
def test_a_round_of_talks_is_still_read(text, figure):
    # Guard: rounds of negotiations stay ordinal claims.
    assert one(check(text), figure) is not None
