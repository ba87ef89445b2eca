"""General readings found on the fresh dev texts 83-87 of the unseen set (branch issue-15-s15a),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "a China comprou mais de 66 milhões de toneladas de soja brasileira em 2018" after a sentence
  with a dollar figure: main read "mais de 66 milhões" as an amount of dollars carried from the
  paragraph (the noun comes after "de") and bore it out with Brazil's 2018 exports (a lower
  bound of 66 million under 63.93 billion); in English, "66 million tonnes" after "US$64.2
  billion …, and" took the dollar of the amount before it and was CONTRADICTED. A scale word
  followed by a noun of the count-nouns lexicon (tonnes, people, jobs …) counts that noun.
* "China's trade with each of the four was above US$1 billion": a figure said of each of
  several states is no figure of the entity's total; main read it as the region's (or China's)
  trade total.
* "Trade … exceeded US$100 billion in 2007": main called a lower bound "the target of another
  pledge" (disputed) because the US$500 bn trade target of 2014–2024 lies above it. A figure
  is another pledge's figure only when the number as written matches it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Kind
from tests.claims.conftest import one

# --- a scale word that counts a noun after "de" / "of" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasilia, 2019 — Brazil's exports to China reached US$64.2 billion in 2018, and China"
            " bought 66 million tonnes of Brazilian soybeans that year.",
            "66 million tonnes",
        ),
        (
            "São Paulo, 2019 — O Brasil exportou US$ 64,2 bilhões para a China em 2018. Pelas"
            " estatísticas do Brasil, a China comprou mais de 66 milhões de toneladas de soja"
            " brasileira em 2018.",
            "mais de 66 milhões de toneladas",
        ),
        (
            "Lima, 2019 — Las exportaciones de Brasil a China sumaron US$ 64.200 millones en 2018."
            " China compró más de 66 millones de toneladas de soja brasileña en 2018.",
            "más de 66 millones de toneladas",
        ),
    ],
)
def test_tonnes_after_a_dollar_figure_are_no_dollars(kb, text, figure):
    # Main: EN "66 million" contradicted (dollars against 63.93 bn); PT/ES "mais de 66
    # milhões" supported by the same row (a lower bound of 66 million dollars).
    result = one(check(text, kb), figure)
    assert result.claim.kind is Kind.COUNT
    assert result.claim.unit == "tonnes"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_carried_amount_still_reads_as_money(kb):
    # Guard: a scale word with nothing counted after a dollar figure keeps its currency.
    text = (
        "Lima, 2013 — China prestó 140.000 millones de dólares a la región, de los cuales Brasil"
        " recibió 64.000 millones."
    )
    assert one(check(text, kb), "64.000 millones").claim.kind is Kind.MONEY


# --- a figure said of each of several ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Beijing, January 8, 2004 — Sino-Latin American trade volume reached US$24.28 billion"
            " during the first 11 months of 2003. Brazil, Mexico, Chile and Argentina accounted"
            " for 73 percent of the total volume, and China's trade with each of the four was"
            " above US$1 billion.",
            "above US$1 billion",
        ),
        (
            "Pekín, 8 de enero de 2004 — El comercio entre China y América Latina llegó a 24.280"
            " millones de dólares en los primeros 11 meses de 2003. Con Brasil, México, Chile y"
            " Argentina el comercio de China superó los 1.000 millones de dólares en cada caso.",
            "superó los 1.000 millones de dólares",
        ),
        (
            "Pequim, 8 de janeiro de 2004 — O comércio entre a China e a América Latina chegou a"
            " US$ 24,28 bilhões nos primeiros 11 meses de 2003. O comércio da China com o Brasil,"
            " o México, o Chile e a Argentina ficou acima de US$ 1 bilhão em cada caso.",
            "acima de US$ 1 bilhão",
        ),
    ],
)
def test_a_figure_of_each_of_several_is_not_the_total(kb, text, figure):
    # Main: disputed ("the target of another pledge"), read as the region's trade total.
    result = one(check(text, kb), figure)
    assert result.claim.metric is None
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_total_beside_each_of_several_is_still_read(kb):
    # Guard: the clause without "each" keeps its metric and is borne out.
    text = (
        "Beijing, January 8, 2004 — Sino-Latin American trade volume reached US$24.28 billion"
        " during the first 11 months of 2003, and China's trade with each of the four was"
        " above US$1 billion."
    )
    assert one(check(text, kb), "US$24.28 billion").verdict is Verdict.SUPPORTED


# --- a lower bound is not another pledge's target -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Beijing, January 8, 2008 — Trade between China and Latin America exceeded US$100"
            " billion in 2007.",
            "exceeded US$100 billion",
        ),
        (
            "Pekín, 8 de enero de 2008 — El comercio entre China y América Latina superó los"
            " 100.000 millones de dólares en 2007.",
            "superó los 100.000 millones de dólares",
        ),
        (
            "Pequim, 8 de janeiro de 2008 — O comércio entre a China e a América Latina superou"
            " US$ 100 bilhões em 2007.",
            "superou US$ 100 bilhões",
        ),
    ],
)
def test_a_lower_bound_under_a_pledge_target_is_not_that_pledge(kb, text, figure):
    # Main: disputed, "the target of another pledge: brasilia2014_trade_500bn".
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "another pledge" not in result.reason


# --- a flow verb with no subject named, China the other side ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Brasilia, 2019 — Brazil's imports from China came to US$34.7 billion in 2018. In the"
            " other direction, it shipped US$64.2 billion of goods to China.",
            "US$64.2 billion",
            "trade_china_imports",
        ),
        (
            "Brasilia, 2019 — Brazil's exports to China came to US$64.2 billion in 2018. In the"
            " other direction, the country imported US$34.7 billion of goods from China.",
            "US$34.7 billion",
            "trade_china_exports",
        ),
        (
            "Brasilia, 2019 — Las importaciones de Brasil desde China sumaron 34.700 millones de"
            " dólares en 2018. En sentido inverso, el país exportó 64.200 millones de dólares en"
            " mercancías hacia China.",
            "64.200 millones de dólares",
            "trade_china_imports",
        ),
        (
            "São Paulo, 2019 — O Brasil importou da China US$ 34,7 bilhões em bens em 2018. No"
            " sentido inverso, o país exportou US$ 64,2 bilhões de mercadorias para a China.",
            "US$ 64,2 bilhões",
            "trade_china_imports",
        ),
        (
            "São Paulo, 2019 — As exportações do Brasil para a China somaram US$ 64,2 bilhões em"
            " 2018. No sentido inverso, o país importou US$ 34,7 bilhões em bens da China.",
            "US$ 34,7 bilhões",
            "trade_china_exports",
        ),
    ],
)
def test_a_flow_verb_toward_china_names_the_direction(kb, text, figure, metric):
    # Main: the metric inherited from the sentence before (the other flow), unverifiable.
    result = one(check(text, kb), figure)
    assert result.claim.metric == metric
    assert result.claim.entity == "BRA"
    assert result.verdict is Verdict.SUPPORTED


def test_portuguese_a_china_after_the_verb_is_not_read_as_to_china(kb):
    # Guard: "a China" with no grave accent is the article (round 14d); no direction from it.
    text = (
        "São Paulo, 2019 — No sentido inverso, o país exportou US$ 64,2 bilhões e a China"
        " comprou mais."
    )
    assert one(check(text, kb), "US$ 64,2 bilhões").claim.metric != "trade_china_imports"


# --- commodities' share of the products "exportados para a China" -------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "São Paulo, 2019 — Em 2018, o Brasil exportou US$ 64,2 bilhões para a China. A soja, o"
            " minério de ferro e o petróleo bruto representam mais de 80% dos produtos exportados"
            " para a China.",
            "mais de 80%",
        ),
        (
            "Lima, 2019 — En 2018, Brasil exportó 64.200 millones de dólares a China. La soja, el"
            " mineral de hierro y el petróleo crudo representan más del 80% de los productos"
            " exportados a China.",
            "80%",
        ),
    ],
)
def test_commodities_share_of_the_products_exported_to_china(kb, text, figure):
    # Main: no metric ("exportados" is no "exportações"/"exportaciones"), unverifiable.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "primary_share_exports_to_china"
    assert result.verdict is Verdict.SUPPORTED


def test_commodities_share_of_the_products_exported_to_china_in_english(kb):
    # Guard: English "exported" already met the cue's "export" on main.
    text = (
        "Brasilia, 2019 — In 2018 Brazil exported US$64.2 billion to China. Soybeans, iron ore and"
        " crude oil make up more than 80% of the products exported to China."
    )
    assert one(check(text, kb), "more than 80%").verdict is Verdict.SUPPORTED


def test_chinas_share_of_soy_exported_by_the_country_is_not_the_commodities_share(kb):
    # Guard: "80% do total da soja exportada pelo país" is China's share of Brazil's soy exports,
    # not the share of commodities in exports to China (stored 80 % for 2018).
    text = (
        "São Paulo, 2019 — Pelas estatísticas do Brasil, a China comprou mais de 66 milhões de"
        " toneladas de soja brasileira em 2018, um salto superior a 30%, o que representa 80% do"
        " total da soja exportada pelo país."
    )
    result = one(check(text, kb), "80%")
    assert result.claim.metric != "primary_share_exports_to_china"
    assert result.verdict is Verdict.UNVERIFIABLE


# --- a share of a whole does not inherit the paragraph's rate of growth -------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Beijing, January 2025 — Trade between China and Latin America grew 6% in 2024. It"
            " reached US$518.47 billion, equal to 8.2% of the total foreign trade of China.",
            "8.2%",
        ),
        (
            "Pekín, enero de 2025 — El comercio entre China y América Latina creció un 6% en 2024."
            " Llegó a 518.470 millones de dólares, lo que equivale al 8,2% del total del comercio"
            " exterior de China.",
            "8,2%",
        ),
        (
            "Pequim, janeiro de 2025 — O comércio entre a China e a América Latina cresceu 6% em"
            " 2024. Chegou a US$ 518,47 bilhões, o que corresponde a 8,2% do total do comércio"
            " exterior da China.",
            "8,2%",
        ),
    ],
)
def test_a_share_of_the_total_is_no_rate_of_growth(kb, text, figure):
    # Main: trade_growth inherited from "grew 6%" (low confidence: unverifiable, but a share
    # equal to the stored rate would have been borne out).
    result = one(check(text, kb), figure)
    assert result.claim.metric != "trade_growth"
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasilia, 2019 — Brazil's imports from China came to US$34.7 billion in 2018. That"
            " year, the mining companies shipped US$20 billion to China.",
            "US$20 billion",
        ),
        (
            "Lima, 2019 — Las importaciones de Brasil desde China sumaron 34.700 millones de"
            " dólares en 2018. Ese año, las mineras exportaron 20.000 millones de dólares hacia"
            " China.",
            "20.000 millones de dólares",
        ),
        (
            "São Paulo, 2019 — O Brasil importou da China US$ 34,7 bilhões em bens em 2018. No"
            " mesmo ano, as mineradoras exportaram US$ 20 bilhões para a China.",
            "US$ 20 bilhões",
        ),
    ],
)
def test_a_flow_with_no_seller_named_is_never_refuted(kb, text, figure):
    # Guard of the rule above: the seller is not named (firms, a sector, or the paragraph's
    # state?), so the direction may bear a figure out but never refutes the state's total.
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE
