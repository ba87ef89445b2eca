"""General readings found on the fresh dev texts 327-330 of the unseen set (branch
issue-15-r29f-s20c, round 29f: a Chinese ambassador's count of 2017 trade with Bolivia, Bolivia's
suppliers of early 2012, the exports of Brazil's Centre-West states in 2009, Argentina's trade
with China in 2003), each with real-shaped sentences (our own) in English, Spanish and Portuguese,
checked against the package's knowledge base.

* A state or province named by its demonym owns the figure: "as vendas goianas para a China
  chegaram a US$ 765 milhões em 2008", "las exportaciones santafesinas a China llegaron a 1.200
  millones de dólares en 2017" — main read the country's exports and refuted them by Brazil's
  16.4 billion of 2008 and Argentina's 5,661 million of 2017 (false "contradicted"). The figure is
  now a state's or a province's: it may be borne out, never refuted. The country's own figure
  beside it keeps its verdict, and English (which names the state: "the province of Santa Fe")
  was read already (guards).
* A percent of the bilateral trade is a share, not a growth rate: "apenas un 41% del comercio
  bilateral", "apenas 41% do comércio bilateral", "just 41% of bilateral trade" — main read the
  trade word as the year's growth and refuted the share by the region's 1.1 % of 2023 in all three
  languages (false "contradicted"). A change told before it ("un crecimiento del 1,1% del
  comercio bilateral", "grew 41%") is still a growth rate (guards).
* A dateline whose day is an ordinal: "1º de março de 2024 — Brasília", "1.º de marzo de 2024 —
  Brasilia", "1er de marzo de 2024" — main did not read it as the article's date (its month was
  taken for a claim and dated the figures after it), so "no ano passado" / "el año pasado" had no
  year and the trade total went unjudged; the dateline now dates the article and the total of
  2023 is borne out. English ordinals ("March 1st, 2024") were read already (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state or province named by its demonym -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Outubro de 2010 — Brasília\n\nAs exportações brasileiras para a China somaram US$ 16,4"
            " bilhões em 2008, e as vendas goianas para a China chegaram a US$ 765 milhões em"
            " 2008.",
            "US$ 765 milhões",
        ),
        (
            "Outubro de 2010 — Cuiabá\n\nEm 2008, as exportações mato-grossenses para a China"
            " somaram US$ 1,542 bilhão, segundo o MDIC do Brasil.",
            "US$ 1,542 bilhão",
        ),
        (
            "Octubre de 2018 — Rosario\n\nLas exportaciones argentinas a China sumaron 5.661"
            " millones de dólares en 2017, y las exportaciones santafesinas a China llegaron a"
            " 1.200 millones de dólares en 2017.",
            "1.200 millones de dólares",
        ),
    ],
)
def test_a_demonym_names_a_state_whose_figure_is_never_refuted_by_the_country(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "a state or province" in result.reason


# Guards: the country's own figure keeps its verdict; English names the province.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Outubro de 2010 — Brasília\n\nAs exportações brasileiras para a China somaram US$ 16,4"
            " bilhões em 2008, e as vendas goianas para a China chegaram a US$ 765 milhões em"
            " 2008.",
            "US$ 16,4 bilhões",
            Verdict.SUPPORTED,
        ),
        (
            "Octubre de 2018 — Rosario\n\nLas exportaciones argentinas a China sumaron 5.661"
            " millones de dólares en 2017, y las exportaciones santafesinas a China llegaron a"
            " 1.200 millones de dólares en 2017.",
            "5.661 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Octubre de 2018 — Buenos Aires\n\nLas exportaciones argentinas a China sumaron 1.200"
            " millones de dólares en 2017.",
            "1.200 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        (
            "October 2018 — Rosario\n\nArgentina exported $5.661 billion to China in 2017, and"
            " exports from the province of Santa Fe to China reached $1.2 billion in 2017.",
            "$1.2 billion",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_the_country_figure_beside_a_demonym_keeps_its_verdict(text, figure, verdict):
    result = one(check(text), figure)
    # "disputed" where the store also holds China's own count of the year (a second reporter)
    allowed = {verdict, Verdict.DISPUTED} if verdict is Verdict.SUPPORTED else {verdict}
    assert result.verdict in allowed, result.reason
    if verdict is not Verdict.UNVERIFIABLE:  # the English province is the state doubt's own
        assert "a state or province" not in result.reason


# --- a percent of the bilateral trade is a share ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mayo de 2024 — Pekín\n\nEl comercio entre China y América Latina llegó a 489.000"
            " millones de dólares en 2023. Las ventas latinoamericanas a China sumaron 200.000"
            " millones, apenas un 41% del comercio bilateral.",
            "41%",
        ),
        (
            "Maio de 2024 — Pequim\n\nO comércio entre a China e a América Latina chegou a US$ 489"
            " bilhões em 2023. As vendas latino-americanas à China somaram US$ 200 bilhões, apenas"
            " 41% do comércio bilateral.",
            "41%",
        ),
        (
            "May 2024 — Beijing\n\nTrade between China and Latin America reached $489 billion in"
            " 2023. Latin American sales to China reached $200 billion, just 41% of bilateral"
            " trade.",
            "41%",
        ),
    ],
)
def test_a_percent_of_the_bilateral_trade_is_no_growth_rate(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "trade_growth" not in result.reason


# Guards: a change told before the percent is still the growth rate.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Mayo de 2024 — Pekín\n\nEn 2023 se registró un crecimiento del 1,1% del comercio"
            " bilateral entre China y América Latina.",
            "1,1%",
            Verdict.SUPPORTED,
        ),
        (
            "May 2024 — Beijing\n\nIn 2023 China-Latin America trade grew 41% on 2022.",
            "41%",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_change_before_the_percent_keeps_the_growth_rate(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- a dateline whose day is an ordinal ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "1º de março de 2024 — Brasília\n\nNo ano passado, o comércio entre o Brasil e a China"
            " chegou a US$ 157,5 bilhões.",
            "US$ 157,5 bilhões",
        ),
        (
            "1.º de marzo de 2024 — Brasilia\n\nEl año pasado, el comercio entre Brasil y China"
            " llegó a 157.500 millones de dólares.",
            "157.500 millones de dólares",
        ),
        (
            "1er de marzo de 2024 — Brasilia\n\nEl año pasado, el comercio entre Brasil y China"
            " llegó a 157.500 millones de dólares.",
            "157.500 millones de dólares",
        ),
    ],
)
def test_an_ordinal_day_dateline_dates_the_article(text, figure):
    results = check(text)
    result = one(results, figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "gives no period" not in result.reason
    assert len(results) == 1, [r.claim.text for r in results]


# Guard: English ordinals and plain days were read already.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 1st, 2024 — Brasilia\n\nLast year, trade between Brazil and China reached"
            " $157.5 billion.",
            "$157.5 billion",
        ),
        (
            "1 de março de 2024 — Brasília\n\nNo ano passado, o comércio entre o Brasil e a China"
            " chegou a US$ 157,5 bilhões.",
            "US$ 157,5 bilhões",
        ),
    ],
)
def test_an_english_ordinal_or_plain_day_dateline_keeps_its_reading(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
