"""General readings found on the fresh dev texts 387-390 of the unseen set (branch issue-15-r34b,
round 34b: Guatemala's imports of 2024 by supplier, Bolivia's China Eximbank contracts of
2006–2019, China's exports to Cuba falling in 2019, Bolivia as the fifth debtor of China), each
with real-shaped sentences (our own) in English, Spanish and Portuguese where the pattern
applies, checked against the package's knowledge base.

* China named as the owner of a world flow: "las exportaciones globales del gigante asiático
  alcanzaban en 2019 los US$492 millones", "as exportações globais da China chegaram a US$ 95
  bilhões em 2022", "China's global exports reached US$95 billion in 2022" are China's exports
  to the whole world, not to the state of the sentence. Main read China's exports to the state
  (Cuba, Brazil) and refuted the Spanish and Portuguese forms by the stored bilateral rows, and
  called the English one disputed as Brazil's exports to China (text 389: u7048, saved on main
  only by the "$" alone). A partner named after China the owner ("las exportaciones totales de
  China a Brasil") keeps the flow bilateral (guard), as does China as the destination ("las
  exportaciones totales de Brasil a China", guard).
* The thousands in "mil" followed by a fraction of a million: "10 mil 544,4 millones de dólares",
  "cuatro mil 774,3 millones", "4 mil 121,8 milhões" (Prensa Latina's usage, Spanish and
  Portuguese; English has no such form) are one number. Main read "4 mil" and "500,3 millones"
  and refuted the second by the stored 4,122 million of Guatemala's imports from China (text
  387: u7008, u7011, u7013 read in two pieces). The forms without a fraction ("4 mil 122
  millones", "3 mil 600 empresas") were read already (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- China the owner of a world flow ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Enero de 2023 — Brasilia\n\nBrasil compró más productos chinos, y las exportaciones"
            " globales de China alcanzaron en 2022 los US$ 95.000 millones.",
            "US$ 95.000 millones",
        ),
        (
            "Janeiro de 2023 — Brasília\n\nO Brasil comprou mais produtos chineses, e as"
            " exportações globais da China chegaram a US$ 95 bilhões em 2022.",
            "US$ 95 bilhões",
        ),
        (
            "January 2023 — Brasilia\n\nBrazil bought more Chinese goods, and China's global"
            " exports reached US$95 billion in 2022.",
            "US$95 billion",
        ),
        (
            "Enero de 2020 — La Habana\n\nMientras llegaban menos productos chinos al mercado"
            " cubano, las exportaciones globales del gigante asiático alcanzaban en 2019 los"
            " US$600 millones.",
            "US$600 millones",
        ),
        (
            "Janeiro de 2020 — Havana\n\nEnquanto chegavam menos produtos chineses a Cuba, as"
            " exportações mundiais do gigante asiático chegaram em 2019 a US$ 600 milhões.",
            "US$ 600 milhões",
        ),
    ],
)
def test_china_the_owner_of_a_world_flow_is_not_the_state_s_trade(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric == "trade_with_world"


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Enero de 2023 — Brasilia\n\nEn 2022 las exportaciones totales de China a Brasil"
            " llegaron a US$ 62.000 millones.",
            "US$ 62.000 millones",
            Verdict.SUPPORTED,
        ),
        (
            "Enero de 2023 — Brasilia\n\nEn 2022 las exportaciones totales de Brasil a China"
            " llegaron a US$ 89.400 millones.",
            "US$ 89.400 millones",
            Verdict.DISPUTED,
        ),
        (
            "Enero de 2020 — La Habana\n\nLas exportaciones chinas a Cuba cayeron en 2019 a"
            " US$ 492 millones.",
            "US$ 492 millones",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_partner_after_china_keeps_the_flow_bilateral(text, figure, verdict):
    assert one(check(text), figure).verdict is verdict


# --- thousands in "mil" with a fraction of a million ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Febrero de 2024 — Ciudad de Guatemala\n\nEn 2023 Guatemala importó de China cuatro"
            " mil 121,8 millones de dólares.",
            "cuatro mil 121,8 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Fevereiro de 2024 — Cidade da Guatemala\n\nEm 2023 a Guatemala importou da China"
            " 4 mil 121,8 milhões de dólares.",
            "4 mil 121,8 milhões de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Febrero de 2024 — Ciudad de Guatemala\n\nEn 2023 Guatemala importó de China 4 mil"
            " 121,8 millones de dólares.",
            "4 mil 121,8 millones de dólares",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_thousands_in_mil_with_a_fraction_are_one_number(text, figure, verdict):
    assert one(check(text), figure).verdict is verdict


def test_thousands_in_mil_with_a_fraction_are_not_refuted_by_their_tail():
    text = (
        "Febrero de 2024 — Ciudad de Guatemala\n\nEn 2023 Guatemala importó de China 4 mil"
        " 500,3 millones de dólares."
    )
    results = check(text)
    assert [r.claim.text.strip() for r in results] == ["4 mil 500,3 millones de dólares"]
    assert results[0].verdict is not Verdict.CONTRADICTED
    assert results[0].claim.amount == pytest.approx(4500.3e6)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Febrero de 2024 — Ciudad de Guatemala\n\nEn 2023 Guatemala importó de China 4 mil"
            " 122 millones de dólares.",
            "4 mil 122 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Febrero de 2024 — Ciudad de Guatemala\n\nEn 2023 Guatemala importó de China cuatro"
            " mil 122 millones de dólares.",
            "cuatro mil 122 millones de dólares",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_thousands_in_mil_without_a_fraction_stay_as_before(text, figure, verdict):
    assert one(check(text), figure).verdict is verdict


def test_a_count_in_mil_stays_one_count():
    text = "Marzo de 2024 — Montevideo\n\nEn Uruguay operan unas 3 mil 600 empresas chinas."
    assert [r.claim.value for r in check(text)] == [3600]


# --- "ese comercio": the flow the sentence before names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Enero de 2020 — La Habana\n\nLas exportaciones de China a Cuba bajaron con fuerza el"
            " año pasado.\n\nSegún un reportaje de Reuters, ese comercio ya se había reducido a"
            " unos $ 1.9 mil millones en 2015 y a $ 1.1 mil millones en 2018.",
            ("unos $ 1.9 mil millones", "$ 1.1 mil millones"),
        ),
        (
            "Janeiro de 2020 — Havana\n\nAs exportações da China para Cuba caíram com força no ano"
            " passado. Segundo a Reuters, esse comércio já tinha caído para cerca de US$ 1,9"
            " bilhão em 2015 e US$ 1,1 bilhão em 2018.",
            ("cerca de US$ 1,9 bilhão", "US$ 1,1 bilhão"),
        ),
        (
            "January 2020 — Havana\n\nChina's exports to Cuba fell sharply last year. According to"
            " Reuters, this trade had already shrunk to about US$1.9 billion in 2015 and US$1.1"
            " billion in 2018.",
            ("about US$1.9 billion", "US$1.1 billion"),
        ),
    ],
)
def test_that_trade_takes_up_the_flow_of_the_sentence_before(text, figures):
    results = check(text)
    for figure in figures:
        result = one(results, figure)
        assert result.claim.metric == "trade_china_exports"
        assert result.verdict is Verdict.SUPPORTED


def test_that_trade_borrowed_is_never_refuted():
    text = (
        "Enero de 2023 — Brasilia\n\nLas exportaciones de Brasil a China batieron un récord. En"
        " 2022, ese comercio llegó a US$ 150.000 millones."
    )
    assert one(check(text), "US$ 150.000 millones").verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Santo Domingo, August 5, 2008 — Dominican exports to China increased some $100"
            " million in 2007, he said.\n\nWang said trade between the two countries grew from"
            " $150 million in 2003 to $614 million in 2007.",
            "$150 million",
            "trade_total",
        ),
        (
            "Enero de 2023 — Brasilia\n\nEl comercio entre Brasil y China batió un récord. En"
            " 2022, ese comercio llegó a US$ 150.400 millones.",
            "US$ 150.400 millones",
            "trade_total",
        ),
    ],
)
def test_that_trade_keeps_the_total_where_no_flow_is_named(text, figure, metric):
    assert one(check(text), figure).claim.metric == metric


# --- "$us" written close to the number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2022 — La Paz\n\nEn 2020 Bolivia exportó a China $us357 millones.", "$us357 millones"),
        ("2022 — La Paz\n\nEn 2020 Bolivia exportó a China $US357 millones.", "$US357 millones"),
        (
            "2022 — La Paz\n\nEm 2020 a Bolívia exportou para a China $us357 milhões.",
            "$us357 milhões",
        ),
    ],
)
def test_dollar_us_close_to_the_number_is_money(text, figure):
    assert one(check(text), figure).verdict is Verdict.SUPPORTED


def test_dollar_us_with_a_space_stays_money():
    text = "2022 — La Paz\n\nEn 2020 Bolivia exportó a China $us 357 millones."
    assert one(check(text), "$us 357 millones").verdict is Verdict.SUPPORTED


def test_letters_glued_to_a_number_stay_no_figure():
    text = "Noviembre de 2024 — Río de Janeiro\n\nLa cumbre del G20 habló del COVID-19."
    assert [r.claim.text for r in check(text)] == []
