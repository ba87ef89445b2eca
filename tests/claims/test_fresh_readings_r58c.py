"""General readings found on the fresh dev texts 611-612 of the unseen set (branch round-r58c:
China.org.br on China's lending to Latin America falling to nothing in 2020, and the PCdoB on
Argentina joining the Belt and Road, 2022), each with real-shaped sentences (our own) in the
languages where the reading applies, checked against the package's knowledge base.

* "O comércio entre os dois países", "el comercio entre los dos países", "trade between the two
  countries", in a sentence that names no one, after a sentence that ended on the region ("o 21º
  país da América Latina e do Caribe a aderir ao Cinturão e Rota, lançado em 2013"): a pair of
  countries is China and a state, never the region. The state of the paragraph's earlier claims
  is taken up (text 612: main read the region's trade of 2021 and bore out the pair's "US$ 450
  bilhões" by the region's 451.6 bn); with no state before, no one is read. A sentence naming
  the region itself ("entre a China e a região", "com a América Latina") keeps the region.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

DATE = "2022-02-15"

PAIR_AFTER_REGION = [
    (
        "A Argentina torna-se o 21º país da América Latina e do Caribe a aderir ao Cinturão e"
        " Rota, lançado em 2013. O comércio entre os dois países chegou no ano passado a US$ 450"
        " bilhões.",
        "US$ 450 bilhões",
    ),
    (
        "Argentina se convirtió en el país número 21 de América Latina y el Caribe en sumarse a"
        " la Franja y la Ruta, lanzada en 2013. El comercio entre los dos países alcanzó el año"
        " pasado los 450.000 millones de dólares.",
        "450.000 millones de dólares",
    ),
    (
        "Argentina became the 21st country in Latin America and the Caribbean to join the Belt"
        " and Road Initiative, launched in 2013. Trade between the two countries reached $450"
        " billion last year.",
        "$450 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), PAIR_AFTER_REGION)
def test_the_two_countries_after_the_region_are_the_state_and_china(text, span):
    result = checked(text, span, date=DATE)
    assert result.claim.entity == "ARG"
    assert result.claim.metric == "trade_total"
    assert result.claim.period is not None and result.claim.period.start_year == 2021
    # the region's 2021 total (451.6 bn, CRS 449) no longer bears out the pair's figure
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "span"), [PAIR_AFTER_REGION[0], PAIR_AFTER_REGION[2]])
def test_the_pairs_figure_is_refuted_by_the_states_stored_total(text, span):
    result = checked(text, span, date=DATE)
    assert result.verdict is Verdict.CONTRADICTED
    assert "trade_total · ARG · 2021" in result.reason


def test_the_two_countries_with_no_state_before_read_no_one():
    result = checked(
        "The Belt and Road reached Latin America and the Caribbean in 2017. Trade between the"
        " two countries reached $450 billion last year.",
        "$450 billion",
        date=DATE,
    )
    assert result.claim.entity is None
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    "second",
    [
        "O comércio entre a China e a região chegou no ano passado a US$ 450 bilhões.",
        "O comércio bilateral da China com a América Latina chegou no ano passado a US$ 450"
        " bilhões.",
    ],
)
def test_a_sentence_naming_the_region_keeps_the_region(second):
    text = (
        "A Argentina torna-se o 21º país da América Latina e do Caribe a aderir ao Cinturão e"
        " Rota, lançado em 2013. " + second
    )
    result = checked(text, "US$ 450 bilhões", date=DATE)
    assert result.claim.entity == "LAC"
    assert result.verdict is Verdict.SUPPORTED


def test_the_two_countries_after_a_state_keep_the_state():
    result = checked(
        "A Argentina aderiu ao Cinturão e Rota em fevereiro. O comércio entre os dois países"
        " chegou no ano passado a US$ 450 bilhões.",
        "US$ 450 bilhões",
        date=DATE,
    )
    assert result.claim.entity == "ARG"
    assert result.verdict is Verdict.CONTRADICTED
