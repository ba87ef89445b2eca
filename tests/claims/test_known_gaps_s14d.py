"""Known gaps of the claims checker closed on branch issue-15-s14d: the direction of a flow
and the measure of a percent that a sentence takes up. Real-shaped sentences (our own) in EN,
ES and PT, checked against the package's knowledge base.

* "A China lidera entre os países que mais vendem ao Brasil …: com vendas de US$ 47,6 bilhões,
  a China ficou com 21,72% das compras brasileiras": Portuguese "a China" without the grave
  accent is the article and the country, not "à China" (to China). Folding drops the accent,
  so the cue "à China" and the flow "vendas … a China" read China's own sales to Brazil as
  Brazil's sales to China (dev u548). Only Portuguese: Spanish "a China" is "to China".
* "No presente ano, 30% de todo comércio brasileiro terá a China como destino": the part of a
  state's trade bound for China is China's share of its exports, read at low confidence (the
  trade word is no export word).
* "Em 2014, este percentual era de 18%": a percentage taken up ("este percentual", "este
  porcentaje", "this share") measures what the paragraph's last percent measures (dev u834),
  at low confidence: it may be borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one


def level(result, field: str) -> str:
    return (result.claim.confidence.get(field) or {}).get("level", "")


# --- Portuguese "a China": the article, not "to China" -----------------------------------------

ARTICLE = [
    (
        "São Paulo, fevereiro de 2022 — Em 2021 as exportações para os chineses somaram US$ 87,7"
        " bilhões.\n\nNas importações, o peso chinês é menor. A China lidera entre os países que"
        " mais vendem ao Brasil, mas a vantagem é estreita: com vendas de US$ 47,6 bilhões, a"
        " China ficou com 21,72% das compras brasileiras no exterior.",
        "US$ 47,6 bilhões",
    ),
    (
        "Brasília, março de 2022 — A China vendeu mais ao Brasil no ano passado. Com vendas de"
        " US$ 47,6 bilhões em 2021, a China manteve a liderança entre os fornecedores do país.",
        "US$ 47,6 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ARTICLE)
def test_portuguese_article_a_china_is_no_flow_to_china(text, figure):
    result = one(check(text), figure)
    # China sells to Brazil: never Brazil's exports to China (China's imports).
    assert result.claim.metric != "trade_china_imports"
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Madrid, marzo de 2022 — Chile elevó sus ventas de US$ 38.000 millones a China en"
            " 2021.",
            "US$ 38.000 millones",
        ),
        (
            "Brasília, março de 2022 — O Brasil elevou as vendas de US$ 87,7 bilhões à China em"
            " 2021.",
            "US$ 87,7 bilhões",
        ),
    ],
)
def test_to_china_with_the_accent_or_in_spanish_still_reads_the_state_sales(text, figure):
    # Guard (passes on main too): "a China" in Spanish and "à China" in Portuguese are "to
    # China".
    result = one(check(text), figure)
    assert result.claim.metric == "trade_china_imports"


# --- a share with China as its destination, and a percentage taken up --------------------------

SHARES = [
    (
        "Macau, 2023 — No presente ano, 30% de todo comércio brasileiro terá a China como"
        " destino. Em 2014, este percentual era de {}%.",
        "30%",
        "{}%",
    ),
    (
        "Ciudad de México, 2023 — Este año, el 30% de todo el comercio brasileño tendrá a China"
        " como destino. En 2014, este porcentaje era del {}%.",
        "30%",
        "{}%",
    ),
    (
        "Macau, 2023 — This year, 30% of all Brazilian trade will have China as its"
        " destination. In 2014, this share was {}%.",
        "30%",
        "{}%",
    ),
]


@pytest.mark.parametrize(("text", "share", "earlier"), SHARES)
def test_a_destination_share_and_the_percentage_taken_up(text, share, earlier):
    results = check(text.format("18"))
    first = one(results, share)
    assert first.claim.metric == "china_share_of_exports"
    assert first.claim.entity == "BRA"
    assert level(first, "metric") == "low"
    taken = one(results, earlier.format("18"))
    assert taken.claim.metric == "china_share_of_exports"
    assert level(taken, "metric") == "low"
    assert taken.verdict is Verdict.SUPPORTED  # the stored 2014 share is 18 percent
    # Borrowed, so never refuted: a wrong value stays unverifiable.
    wrong = one(check(text.format("25")), earlier.format("25"))
    assert wrong.claim.metric == "china_share_of_exports"
    assert wrong.verdict is not Verdict.CONTRADICTED


# --- sales told before their seller, China ---------------------------------------------------

SALES = [
    (
        "São Paulo, fevereiro de 2022 — A China lidera entre os países que mais vendem ao"
        " Brasil: com vendas de {} em 2021, a China ficou com 21,72% das compras brasileiras.",
        "US$ 47,6 bilhões",
        "US$ 52,6 bilhões",
    ),
    (
        "Buenos Aires, febrero de 2022 — China lidera entre los países que más venden a Brasil:"
        " con ventas por {} en 2021, China se quedó con el 21,72% de las compras brasileñas.",
        "US$ 47.600 millones",
        "US$ 52.600 millones",
    ),
    (
        "London, February 2022 — China leads the countries that sell most to Brazil: with sales"
        " of {} in 2021, China took 21.72% of Brazil's purchases abroad.",
        "US$47.6 billion",
        "US$52.6 billion",
    ),
]


@pytest.mark.parametrize(("text", "figure", "wrong"), SALES)
def test_sales_before_their_seller_china_are_the_state_imports(text, figure, wrong):
    result = one(check(text.format(figure)), figure)
    assert result.claim.metric == "trade_china_exports"  # Brazil's imports from China
    assert result.claim.entity == "BRA"
    assert level(result, "metric") == "low"
    assert result.verdict in (Verdict.DISPUTED, Verdict.SUPPORTED)  # AEB 47.6, Ministry 48.34
    other = one(check(text.format(wrong)), wrong)
    assert other.verdict is not Verdict.CONTRADICTED


# --- a state's imports "da/de China": China is the origin ---------------------------------------

IMPORTS_OF_STATE = [
    (
        "Buenos Aires, março de 2020 — Em 2019, as importações argentinas da China somaram {}.",
        "US$ 9,3 bilhões",
        "US$ 15 bilhões",
    ),
    (
        "Buenos Aires, março de 2020 — Em 2019, as importações da Argentina da China caíram"
        " para {}.",
        "US$ 9,3 bilhões",
        "US$ 15 bilhões",
    ),
    (
        "Buenos Aires, marzo de 2020 — En 2019, las importaciones argentinas de China sumaron {}.",
        "US$ 9.267 millones",
        "US$ 15.000 millones",
    ),
    (
        "Buenos Aires, marzo de 2020 — Las importaciones de la Argentina de China cayeron hasta"
        " {} durante 2019.",
        "US$ 9.267 millones",
        "US$ 15.000 millones",
    ),
]


@pytest.mark.parametrize(("text", "figure", "wrong"), IMPORTS_OF_STATE)
def test_a_state_imports_from_china_written_with_de(text, figure, wrong):
    result = one(check(text.format(figure)), figure)
    assert result.claim.metric == "trade_china_exports"  # Argentina's imports from China
    assert result.claim.entity == "ARG"
    assert result.verdict is Verdict.SUPPORTED  # 9,267 million (CERA on INDEC data)
    # Round 15c: a likely reading, not a sure one ("de China, Estados Unidos y Alemania" names
    # several origins): a wrong value is never called contradicted.
    assert one(check(text.format(wrong)), wrong).verdict is not Verdict.CONTRADICTED


def test_china_imports_with_de_stay_china_own():
    # Guard (passes on main too): "las importaciones de China" names China's own imports.
    text = "Pekín, marzo de 2020 — En 2019, las importaciones de China sumaron US$ 2 billones."
    assert one(check(text), "US$ 2 billones").claim.metric == "china_imports_world"
