"""General readings found on the fresh dev texts 125-134 of the unseen set (branch
issue-15-s18b), each with real-shaped sentences (our own) in EN, ES and PT, checked against the
package's knowledge base.

* A flow named by what it leaves out: "las exportaciones no petroleras (no mineras) a China",
  "non-oil / non-traditional exports", "as exportações não petrolíferas": a part of the state's
  flow, never the whole (main refuted Ecuador's non-oil exports of the first half of 2022 by all
  its exports of those months, 3,059 million).
* A flow word right after a money figure names its flow: "frente a los 2.989 millones de las
  importaciones desde ese mercado", "against US$2.989 billion of imports from that market",
  "frente aos 2.989 milhões das importações" (main read the imports as the exports the clause
  opened with and refuted them by the stored 3,059).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a flow named by what it leaves out ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "31 de agosto de 2022 — Las exportaciones no petroleras de Ecuador a China sumaron"
            " 2.192 millones de dólares en el primer semestre de 2022.",
            "2.192 millones de dólares",
        ),
        (
            "31 de agosto de 2022 — Las exportaciones no petroleras no mineras de Ecuador a China"
            " totalizaron 2.192 millones de dólares en el primer semestre de 2022.",
            "2.192 millones de dólares",
        ),
        (
            "August 31, 2022 — Ecuador's non-traditional exports to China totalled US$2.192"
            " billion in the first half of 2022.",
            "US$2.192 billion",
        ),
        (
            "31 de agosto de 2022 — As exportações não petrolíferas do Equador para a China"
            " somaram 2.192 milhões de dólares no primeiro semestre de 2022.",
            "2.192 milhões de dólares",
        ),
        (
            "31 de agosto de 2022 — As exportações não tradicionais do Equador para a China"
            " somaram 2.192 milhões de dólares no primeiro semestre de 2022.",
            "2.192 milhões de dólares",
        ),
    ],
)
def test_a_flow_named_by_what_it_leaves_out_is_never_refuted_by_the_whole(kb, text, figure):
    # Main: contradicted by the stored 3,059 million of all exports (Jan-Jun 2022).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "31 de agosto de 2022 — Las exportaciones de Ecuador a China sumaron 3.059 millones de"
            " dólares en el primer semestre de 2022.",
            "3.059 millones de dólares",
        ),
        (
            "August 31, 2022 — Ecuador's exports to China totalled US$3.059 billion in the first"
            " half of 2022.",
            "US$3.059 billion",
        ),
        (
            "31 de agosto de 2022 — As exportações do Equador para a China somaram 3.059 milhões"
            " de dólares no primeiro semestre de 2022.",
            "3.059 milhões de dólares",
        ),
    ],
)
def test_the_whole_flow_is_still_borne_out(kb, text, figure):
    # Guard: with no qualifier the figure is all exports, supported by the stored row.
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


# --- a flow word right after a money figure ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "31 de agosto de 2022 — En el primer semestre de 2022, las exportaciones ecuatorianas"
            " a China sumaron 3.059 millones de dólares, frente a los 2.989 millones de las"
            " importaciones desde ese mercado.",
            "2.989 millones",
        ),
        (
            "31 de agosto de 2022 — En el primer semestre de 2022, las exportaciones ecuatorianas"
            " a China sumaron 3.059 millones de dólares, frente a 2.989 millones en importaciones.",
            "2.989 millones",
        ),
        (
            "August 31, 2022 — In the first half of 2022, Ecuador's exports to China reached"
            " US$3.059 billion, against US$2.989 billion of imports from that market.",
            "US$2.989 billion",
        ),
        (
            "31 de agosto de 2022 — No primeiro semestre de 2022, as exportações do Equador para"
            " a China somaram 3.059 milhões de dólares, frente aos 2.989 milhões das importações"
            " vindas desse mercado.",
            "2.989 milhões",
        ),
    ],
)
def test_a_flow_word_right_after_the_figure_names_its_flow(kb, text, figure):
    # Main: read as exports and contradicted by the stored 3,059; they are the imports (2,989).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "31 de agosto de 2022 — En el primer semestre de 2022, las exportaciones ecuatorianas"
            " a China sumaron 2.000 millones de dólares, frente a 2.500 millones en importaciones.",
            "2.500 millones",
        ),
        (
            "August 31, 2022 — In the first half of 2022, Ecuador's exports to China reached"
            " US$2 billion, against US$2.5 billion of imports.",
            "US$2.5 billion",
        ),
        (
            "31 de agosto de 2022 — No primeiro semestre de 2022, as exportações do Equador para"
            " a China somaram 2.000 milhões de dólares, frente a 2.500 milhões em importações.",
            "2.500 milhões",
        ),
    ],
)
def test_a_flow_named_after_the_figure_is_read_low(kb, text, figure):
    # The reading is a guess from one word: a figure the imports row does not hold is left
    # unjudged, never refuted (main refuted it as exports).
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


def test_a_flow_told_from_chinas_side_keeps_its_reading(kb):
    # Guard (dev u1427): "en exportaciones hacia Bolivia" names Bolivia's imports from China.
    text = (
        "Mayo de 2024 — Las estadísticas de la Aduana de China cifran el comercio entre ambos"
        " países en $us 2.596 millones en 2023, con $us 1.462 millones en importaciones desde"
        " Bolivia y $us 1.134 millones en exportaciones hacia Bolivia."
    )
    result = one(check(text, kb), "$us 1.134 millones")
    assert result.claim.metric == "trade_china_exports"


# --- a buying verb with no subject, and the seller after "a" -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2024 — Según el Banco de Guatemala, el país compró 4.122 millones de dólares"
            " a China en 2023.",
            "4.122 millones de dólares",
        ),
        (
            "Junio de 2024 — Según el Banco de Guatemala, el país compró 4.122 millones de dólares"
            " al gigante asiático en 2023.",
            "4.122 millones de dólares",
        ),
    ],
)
def test_comprar_a_china_names_china_as_the_seller(kb, text, figure):
    # Main: no metric ("compró … a China" with no state before the verb was not read).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2024 — Según el Banco de Guatemala, el país compró 5.000 millones de dólares"
            " a China en 2023.",
            "5.000 millones de dólares",
        ),
        (
            "Junho de 2024 — Segundo o Banco da Guatemala, o país comprou 5.000 milhões de dólares"
            " da China em 2023.",
            "5.000 milhões de dólares",
        ),
    ],
)
def test_a_buyer_not_named_is_never_refuted(kb, text, figure):
    # Guard: with no buyer named before the verb the reading is low: not refuted by 4,122.
    # (In English "According to the Bank of Guatemala, the country bought $5 billion from China"
    # names Guatemala before the verb and is refuted, on main too.)
    assert one(check(text, kb), figure).verdict is not Verdict.CONTRADICTED


# --- a comma grouping thousands ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2024 — Según el Banco de Guatemala, Guatemala compró 4,122 millones de"
            " dólares a China en 2023.",
            "4,122 millones de dólares",
        ),
        (
            "Junio de 2024 — Según el Banco de Guatemala, el país compró 4,122 millones de dólares"
            " a China en 2023.",
            "4,122 millones de dólares",
        ),
        (
            "Junho de 2024 — Segundo o Banco da Guatemala, a Guatemala comprou 4,122 milhões de"
            " dólares da China em 2023.",
            "4,122 milhões de dólares",
        ),
        (
            "June 2024 — According to the Bank of Guatemala, Guatemala bought 4,122 million"
            " dollars from China in 2023.",
            "4,122 million dollars",
        ),
    ],
)
def test_a_comma_grouping_thousands_may_bear_the_figure_out(kb, text, figure):
    # Main (ES/PT): read as 4.122 million and left unjudged; the grouped reading is the store's
    # 4,122 million. (EN reads the comma as grouping already: a guard.)
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2024 — Según el Banco de Guatemala, Guatemala compró 4,500 millones de"
            " dólares a China en 2023.",
            "4,500 millones de dólares",
        ),
        (
            "Junho de 2024 — Segundo o Banco da Guatemala, a Guatemala comprou 4,500 milhões de"
            " dólares da China em 2023.",
            "4,500 milhões de dólares",
        ),
    ],
)
def test_a_comma_grouping_thousands_never_refutes(kb, text, figure):
    # Guard: neither reading matches: left unjudged, as on main.
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


# --- exports to China as a percent "of the total" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Septiembre de 2023 — Según el BCRP, al 2022 las exportaciones del Perú al país"
            " asiático fueron del 31,8% del total.",
            "31,8%",
        ),
        (
            "September 2023 — In 2022, Peru's exports to China were 31.8% of the total.",
            "31.8%",
        ),
        (
            "Setembro de 2023 — Em 2022, as exportações do Peru para a China foram 31,8% do total.",
            "31,8%",
        ),
    ],
)
def test_exports_to_china_as_a_percent_of_the_total_are_chinas_share(kb, text, figure):
    # Main: no metric; it is China's share of Peru's exports (stored 31.8 for 2022).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "china_share_of_exports"
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Septiembre de 2023 — En 2022, las exportaciones del Perú a China fueron el 31,8% del"
            " total de ventas mineras.",
            "31,8%",
        ),
        (
            "Septiembre de 2023 — En 2022, las exportaciones del Perú a China sumaron 20.600"
            " millones de dólares y las importaciones fueron el 25% del total.",
            "25%",
        ),
        (
            "September 2023 — In 2022, Peru's exports to China were 31.8% of the total of mining"
            " sales.",
            "31.8%",
        ),
    ],
)
def test_another_whole_or_the_imports_are_not_chinas_share(kb, text, figure):
    # Guards: another whole ("del total de ventas mineras"), or the imports as the subject.
    assert one(check(text, kb), figure).claim.metric != "china_share_of_exports"


# --- direct investment told as a level: the stock may bear it out ---------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Septiembre de 2023 — En el 2007, la inversión extranjera directa de China en Perú era"
            " de apenas US$2.134 millones (8%), y para el 2022 se incrementó a US$28.715 (21%).",
            ("US$2.134 millones", "US$28.715"),
        ),
        (
            "September 2023 — In 2007, Chinese direct investment in Peru was just US$2.134"
            " billion, and by 2022 it had risen to US$28.715 billion.",
            ("US$2.134 billion", "US$28.715 billion"),
        ),
        (
            "Setembro de 2023 — Em 2007, o investimento direto da China no Peru era de apenas US$"
            " 2.134 milhões (8%), e em 2022 subiu para US$ 28.715 (21%).",
            ("US$ 2.134 milhões", "US$ 28.715"),
        ),
    ],
)
def test_direct_investment_told_as_a_level_may_be_the_stock(kb, text, figures):
    # Main: read as the year's flow (or a cumulative total) and left unjudged; "US$28.715" with
    # no scale word was read as 28,715 dollars. The stored stock (BCRP) bears both out.
    results = check(text, kb)
    for figure in figures:
        assert one(results, figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Septiembre de 2023 — En el 2007, la inversión extranjera directa de China en Perú era"
            " de US$5.000 millones.",
            "US$5.000 millones",
        ),
        (
            "September 2023 — In 2007, Chinese direct investment in Peru was US$5 billion.",
            "US$5 billion",
        ),
        (
            "Setembro de 2023 — Em 2007, os fluxos de investimento direto da China no Peru foram"
            " de US$ 2.134 milhões.",
            "US$ 2.134 milhões",
        ),
    ],
)
def test_the_stock_never_refutes_and_a_flow_so_named_is_not_read_as_it(kb, text, figure):
    # Guards: a level the stock does not hold is left unjudged; "fluxos" names the flow.
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


# --- "since 2005" in a text of mid-year: the database's total to the year before ---------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "July 2013 — Since 2005, China has provided upwards of $87 billion in loan commitments"
            " to Latin American countries.",
            "upwards of $87 billion",
        ),
        (
            "Julio de 2013 — Desde 2005, China ha otorgado más de 87.000 millones de dólares en"
            " préstamos a América Latina.",
            "más de 87.000 millones de dólares",
        ),
        (
            "Julho de 2013 — Desde 2005, a China concedeu mais de 87 bilhões de dólares em"
            " empréstimos à América Latina.",
            "mais de 87 bilhões de dólares",
        ),
    ],
)
def test_a_total_since_a_year_may_be_the_databases_to_the_year_before(kb, text, figure):
    # Main: read to 2013-07 and left unjudged; the 2013 vintage's total covers 2005-2012.
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "July 2013 — Since 2005, China has provided $60 billion in loan commitments to Latin"
            " American countries.",
            "$60 billion",
        ),
        (
            "Julio de 2013 — Desde 2005, China ha otorgado 60.000 millones de dólares en préstamos"
            " a América Latina.",
            "60.000 millones de dólares",
        ),
        (
            "Julho de 2013 — Desde 2005, a China concedeu 60 bilhões de dólares em empréstimos à"
            " América Latina.",
            "60 bilhões de dólares",
        ),
    ],
)
def test_the_total_to_the_year_before_never_refutes(kb, text, figure):
    # Guard: the months since may have added to it; left unjudged, as on main.
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


# --- Chinese investment summed over years, and "the last N years" --------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "9 de agosto de 2021 — Os investimentos chineses no Brasil chegaram a 66,1 bilhões de"
            " dólares nos últimos 14 anos, segundo um levantamento do CEBC.",
            "66,1 bilhões de dólares",
        ),
        (
            "August 9, 2021 — Chinese investment in Brazil reached US$66.1 billion in the last 14"
            " years, according to a CEBC survey.",
            "US$66.1 billion",
        ),
        (
            "9 de agosto de 2021 — Las inversiones chinas en Brasil llegaron a 66.100 millones de"
            " dólares en los últimos 14 años, según un estudio del CEBC.",
            "66.100 millones de dólares",
        ),
        (
            "9 de agosto de 2021 — Entre 2007 e 2020, os investimentos chineses no Brasil somaram"
            " 66,1 bilhões de dólares, segundo o CEBC.",
            "66,1 bilhões de dólares",
        ),
    ],
)
def test_chinese_investment_over_the_last_n_years_is_the_stored_sum(kb, text, figure):
    # Main: no period for "nos últimos 14 anos", and the CEBC's 2007-2020 sum was not among
    # the checker's facts; both are read now (the 14 full years before 2021).
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 9, 2021 — Chinese investment in Brazil reached US$80 billion in the last 14"
            " years, according to a CEBC survey.",
            "US$80 billion",
        ),
        (
            "9 de agosto de 2021 — Entre 2007 e 2020, os investimentos chineses no Brasil somaram"
            " 80 bilhões de dólares.",
            "80 bilhões de dólares",
        ),
        (
            "9 de agosto de 2021 — Entre 2007 y 2020, las inversiones chinas en Brasil sumaron"
            " 80.000 millones de dólares.",
            "80.000 millones de dólares",
        ),
    ],
)
def test_a_sum_of_investment_is_never_refuted_by_another_reporters(kb, text, figure):
    # Guard: each reporter counts investment its own way (CEBC, CRS, AEI): never refuted.
    assert one(check(text, kb), figure).verdict is not Verdict.CONTRADICTED


# --- another partner named before a figure, beside a flow with China -----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2023 — En 2022 las exportaciones chilenas a China sumaron US$ 38.447"
            " millones y a Estados Unidos US$ 16.000 millones.",
            "US$ 16.000 millones",
        ),
        (
            "February 2023 — In 2022 Chile's exports to China totalled US$38.447 billion and to"
            " the United States US$16 billion.",
            "US$16 billion",
        ),
        (
            "Fevereiro de 2023 — Em 2022 as exportações chilenas para a China somaram US$ 38,447"
            " bilhões e para os Estados Unidos US$ 16 bilhões.",
            "US$ 16 bilhões",
        ),
        (
            "Febrero de 2023 — En 2022 China fue el principal destino de las exportaciones"
            " chilenas, con US$ 38.447 millones, seguido por Estados Unidos con US$ 16.000"
            " millones.",
            "US$ 16.000 millones",
        ),
        (
            "Febrero de 2023 — En 2022 las exportaciones chilenas a Estados Unidos sumaron US$"
            " 16.000 millones y a China US$ 38.447 millones.",
            "US$ 16.000 millones",
        ),
        (
            "February 2023 — In 2022 Chile's exports to the United States totalled US$16 billion"
            " and to China US$38.447 billion.",
            "US$16 billion",
        ),
        (
            "Fevereiro de 2023 — Em 2022 as exportações chilenas para os Estados Unidos somaram"
            " US$ 16 bilhões e para a China US$ 38,447 bilhões.",
            "US$ 16 bilhões",
        ),
    ],
)
def test_a_figure_of_another_partner_beside_chinas_is_not_chinas(kb, text, figure):
    # Main: read as Chile's exports to China and refuted by the stored 38,447 (ES/PT/EN, in one
    # order or the other); it is the trade with the United States, which the store does not hold.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_other_partner"
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2023 — En 2022 las exportaciones chilenas a Estados Unidos sumaron US$"
            " 16.000 millones y a China US$ 38.447 millones.",
            "US$ 38.447 millones",
        ),
        (
            "February 2023 — In 2022 Chile's exports to China totalled US$38.447 billion and to"
            " the United States US$16 billion.",
            "US$38.447 billion",
        ),
        (
            "Fevereiro de 2023 — Em 2022 as exportações chilenas para a China somaram US$ 38,447"
            " bilhões e para os Estados Unidos US$ 16 bilhões.",
            "US$ 38,447 bilhões",
        ),
    ],
)
def test_the_figure_of_china_beside_another_partners_keeps_its_reading(kb, text, figure):
    # Guard: China's figure is still Chile's exports to China, borne out.
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED
