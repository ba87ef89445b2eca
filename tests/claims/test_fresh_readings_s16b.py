"""General readings found on the fresh dev texts 98-102 of the unseen set (branch
issue-15-s16b), each with real-shaped sentences (our own) in EN, ES and PT, checked against the
package's knowledge base. Precision first: four of them removed false "contradicted" verdicts of
main.

* A zero cue that negates something else: "No doubt trade … grew in 2021", "Sin embargo el
  comercio …", "No solo el comercio … creció en 2022", "Sem dúvida o comércio … cresceu em
  2021" were read by main as claims of zero trade in that year and refuted by the stored total.
  A zero is said of a bare noun ("no new loans", "no otorgaron nuevos préstamos").
* "From 2005 to the present", "Del 2005 a la fecha", "De 2005 até hoje": a span open to the
  article's date (as "since 2005"); main read the year 2005 alone and refuted a cumulative loan
  total by 2005's lending.
* "o superávit do comércio bilateral", "el superávit del comercio bilateral", "the surplus of
  bilateral trade": the balance of that trade, not the trade total (main refuted the surplus by
  the stored total).
* "That is slightly more than the US$863 million that CDB and Ex-Im Bank issued in 2022": in a
  text about the region, the policy banks' lending with no borrower named is the region's, not
  the state of the sentence before (low confidence).
* "two loans totaling $1.3 billion", "dos préstamos de 1.300 millones", "dois empréstimos de US$
  1,3 bilhão": the noun a count counts is its metric even when it heads a figure of its own.
* "loans topping $29 billion", "superando los 29.000 millones", "superando os US$ 29 bilhões":
  lower bounds; "issued no new finance" (the policy banks named) is a year of zero lending.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a zero cue that negates something else --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Buenos Aires, 2022 — No doubt trade between Argentina and China grew in 2021.", "2021"),
        (
            "Buenos Aires, 2022 — Sin embargo el comercio de Argentina con China creció en 2021.",
            "2021",
        ),
        (
            "Lima, 2023 — No solo el comercio del Perú con China creció en 2022: también lo hizo"
            " la inversión.",
            "2022",
        ),
        (
            "Brasília, 2022 — Sem dúvida o comércio do Brasil com a China cresceu em 2021.",
            "2021",
        ),
    ],
)
def test_a_zero_cue_that_negates_something_else_is_no_zero_claim(kb, text, figure):
    # Main: a claim of zero trade in that year, contradicted by the stored total.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.metric is None


@pytest.mark.parametrize(
    "text",
    [
        "Washington, 2024 — China Development Bank and the Export-Import Bank of China issued no"
        " new finance to Latin American governments in 2020.",
        "Washington, 2022 — China's policy banks made no such development loans to Latin America"
        " in 2020.",
        "Washington, 2024 — El Banco de Desarrollo de China y el Eximbank no concedieron nueva"
        " financiación a los gobiernos de América Latina en 2020.",
        "Washington, 2024 — Os bancos chineses não concederam nenhum novo empréstimo a governos da"
        " América Latina em 2020.",
    ],
)
def test_a_year_with_no_new_lending_is_still_a_zero_claim(kb, text):
    # Guard (the ES and PT forms and "no such development loans" were read on main too); the
    # first, "issued no new finance" with the policy banks named, was not read on main.
    result = one(check(text, kb), "2020")
    assert result.claim.metric == "loans_total"
    assert result.verdict is Verdict.SUPPORTED


# --- "From 2005 to the present" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, February 2016 — From 2005 to the present, China's policy banks lent $125"
            " billion to Latin America.",
            "$125 billion",
        ),
        (
            "Washington, febrero de 2016 — Del 2005 a la fecha, los bancos chinos prestaron"
            " 125.000 millones de dólares a América Latina.",
            "125.000 millones de dólares",
        ),
        (
            "Washington, fevereiro de 2016 — De 2005 até hoje, os bancos chineses emprestaram US$"
            " 125 bilhões à América Latina.",
            "US$ 125 bilhões",
        ),
    ],
)
def test_from_a_year_to_the_present_is_a_span_to_the_article_date(kb, text, figure):
    # Main: the year 2005 alone, and a contradiction by 2005's US$30 million.
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert (period.start_year, period.end_year) == (2005, 2015)
    assert result.verdict is not Verdict.CONTRADICTED


def test_from_a_year_to_another_year_is_still_a_closed_range(kb):
    # Guard: "from 2005 to 2012" keeps its own end.
    text = (
        "Washington, 2013 — From 2005 to 2012, China's policy banks lent $87 billion to Latin"
        " America."
    )
    period = one(check(text, kb), "$87 billion").claim.period
    assert (period.start_year, period.end_year) == (2005, 2012)


# --- the balance of bilateral trade ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasília, 2024 — In 2023, the surplus of bilateral trade between Brazil and China"
            " reached US$ 51 billion.",
            "US$ 51 billion",
        ),
        (
            "Brasília, 2024 — In 2023, the surplus in Brazil's bilateral trade with China reached"
            " US$ 51 billion.",
            "US$ 51 billion",
        ),
        (
            "Santiago, enero de 2024 — En 2023, el superávit del comercio bilateral de Chile con"
            " China llegó a 20.000 millones de dólares.",
            "20.000 millones de dólares",
        ),
        (
            "São Paulo, janeiro de 2024 — Em 2023, o superávit do comércio bilateral do Brasil com"
            " a China chegou a US$ 51 bilhões.",
            "US$ 51 bilhões",
        ),
    ],
)
def test_a_balance_of_trade_is_no_trade_total(kb, text, figure):
    # Main: the trade total, contradicted by the stored 157 (BRA) or 57,279 (CHL).
    result = one(check(text, kb), figure)
    assert result.claim.metric != "trade_total"
    assert result.verdict is not Verdict.CONTRADICTED


def test_trade_named_before_its_balance_keeps_its_total(kb):
    # Guard: the trade total stands before the balance word, and is read as such.
    text = (
        "Santiago, 2024 — En 2023, el comercio bilateral de Chile con China llegó a 57.279"
        " millones de dólares y el superávit fue récord."
    )
    result = one(check(text, kb), "57.279 millones de dólares")
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED


# --- the policy banks' lending with no borrower named -------------------------------------------

POLICY_BANKS = [
    (
        "Washington, 2024 — Chinese lending to Latin America and the Caribbean remains modest.\n\n"
        "In 2023, the banks issued two loans to Brazil, worth US$1.3 billion together. That is"
        " slightly more than the US$863 million issued in 2022 by China Development Bank and the"
        " Export-Import Bank of China.",
        "US$863 million",
    ),
    (
        "Washington, 2024 — Los préstamos de China a América Latina y el Caribe siguen siendo"
        " modestos.\n\nEn 2023, los bancos chinos otorgaron dos préstamos a Brasil por un total de"
        " 1.300 millones de dólares. Esa cifra supera levemente los 863 millones de dólares"
        " concedidos en 2022 por el CDB y el Ex-Im Bank.",
        "863 millones de dólares",
    ),
    (
        "Washington, 2024 — Os empréstimos da China à América Latina e ao Caribe continuam"
        " modestos.\n\nEm 2023, os bancos chineses concederam dois empréstimos ao Brasil, que"
        " somaram US$ 1,3 bilhão. O valor é um pouco maior que os US$ 863 milhões que o CDB e o"
        " Ex-Im Bank emprestaram em 2022.",
        "US$ 863 milhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), POLICY_BANKS)
def test_the_policy_banks_lending_with_no_borrower_is_the_regions(kb, text, figure):
    # Main: Brazil's lending in 2022 (carried from the sentence before), nothing stored.
    result = one(check(text, kb), figure)
    assert result.claim.entity == "LAC"
    assert result.verdict is Verdict.DISPUTED  # two vintages: 813 and 863


def test_the_policy_banks_lending_to_a_named_borrower_keeps_it(kb):
    # Guard: a borrower named in the sentence is the figure's state.
    text = "Quito, 2023 — En 2022, el CDB prestó 863 millones de dólares a Ecuador."
    assert one(check(text, kb), "863 millones de dólares").claim.entity == "ECU"


# --- counted loans heading their total ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2023, China's policy banks extended two loans totaling $1.3 billion to Brazil.",
            "two loans totaling",
        ),
        (
            "En 2023, los bancos chinos otorgaron dos préstamos de 1.300 millones de dólares a"
            " Brasil.",
            "dos préstamos",
        ),
        (
            "Em 2023, os bancos chineses concederam dois empréstimos de US$ 1,3 bilhão ao Brasil.",
            "dois empréstimos",
        ),
    ],
)
def test_a_count_of_loans_heading_their_total_counts_loans(kb, text, figure):
    # Main: no metric (the noun heads the money figure, so it was left to that figure).
    results = check(text, kb)
    count = one(results, figure)
    assert count.claim.metric == "loans_count"
    assert count.verdict is Verdict.SUPPORTED
    money = next(r for r in results if r.claim.metric == "loans_total")
    assert money.verdict is Verdict.SUPPORTED


# --- "topping", "superando" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, February 2016 — 2015 was a record year for the region, with Chinese loans"
            " topping $29 billion.",
            "topping $29 billion",
        ),
        (
            "Washington, febrero de 2016 — En 2015 los préstamos chinos a la región alcanzaron una"
            " cifra récord, superando los 29.000 millones de dólares.",
            "superando los 29.000 millones de dólares",
        ),
        (
            "Washington, fevereiro de 2016 — Em 2015 os empréstimos chineses à região bateram"
            " recorde, superando os US$ 29 bilhões.",
            "superando os US$ 29 bilhões",
        ),
    ],
)
def test_topping_and_superando_are_lower_bounds(kb, text, figure):
    # Main: an exact 29, left unverifiable beside the published bound "topping $29 billion".
    # As a bound it matches the 2016 vintage and not the 2022 vintage's 21.5: disputed.
    result = one(check(text, kb), figure)
    assert result.claim.qualifier.value == "more_than"
    assert result.verdict is Verdict.DISPUTED


# --- China's share of exports named before the level it reached --------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brasília, 2023 — China's share of Brazil's exports fell to 26.8% in 2022.", "26.8%"),
        (
            "Santiago, 2023 — La participación de China en las exportaciones brasileñas bajó a"
            " 26,8% en 2022.",
            "26,8%",
        ),
        (
            "São Paulo, janeiro de 2023 — A participação da China nas exportações brasileiras caiu"
            " para 26,8% em 2022.",
            "26,8%",
        ),
        (
            "São Paulo, janeiro de 2023 — Depois de ficar com quase um terço das exportações"
            " brasileiras em 2020, a participação chinesa recuou para 26,8% no ano passado.",
            "26,8%",
        ),
    ],
)
def test_chinas_share_of_exports_before_its_level_is_read(kb, text, figure):
    # Main: no metric (only "26.8% of Brazil's exports", the exports after the number, was
    # read). Three stored 2022 shares disagree (25, 26, 26.8): disputed, as keyed for u832.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "china_share_of_exports"
    assert result.verdict is Verdict.DISPUTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brasília, 2023 — China's share of world exports rose to 14.2% in 2022.", "14.2%"),
        (
            "Brasília, 2023 — La participación de China en las exportaciones mundiales subió al"
            " 14,2% en 2022.",
            "14,2%",
        ),
        ("Brasília, 2023 — China's share of Brazil's imports fell to 22.1% in 2022.", "22.1%"),
        (
            "São Paulo, 2023 — A participação da China nas importações brasileiras caiu para 22,1%"
            " em 2022.",
            "22,1%",
        ),
    ],
)
def test_chinas_share_of_world_exports_or_of_imports_is_not_read_as_exports(kb, text, figure):
    # Guards: China's share of the world's exports (another whole) and of a state's imports.
    assert one(check(text, kb), figure).claim.metric != "china_share_of_exports"


# --- "2020/21": two years, the second written with two digits ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasília, 2022 — In the 2020/21 biennium, China took 32% of Brazil's exports.",
            "32%",
        ),
        (
            "Brasilia, 2022 — En el bienio 2020-21, China se llevó el 32% de las exportaciones"
            " brasileñas.",
            "32%",
        ),
        (
            "São Paulo, 2022 — No biênio 2020/21, a China ficou com 32% das exportações"
            " brasileiras.",
            "32%",
        ),
    ],
)
def test_a_year_with_a_two_digit_second_year_is_a_two_year_span(kb, text, figure):
    # Main: the year 2020 alone (supported by 2020's 32.3 %), and "21" read as a count.
    results = check(text, kb)
    result = one(results, figure)
    period = result.claim.period
    assert (period.start_year, period.end_year) == (2020, 2021)
    assert result.verdict is not Verdict.SUPPORTED  # no two-year share is stored
    assert not any(r.claim.text.strip() == "21" for r in results)


def test_a_year_and_two_digits_that_are_not_the_next_year_stay_apart(kb):
    # Guard: "2020-25" is no two-year span (and no five-year one is read from it).
    text = "Lima, 2026 — Entre 2020 y 2025, el comercio con China creció; el plan 2020-25 sigue."
    assert all(
        r.claim.period is None
        or (r.claim.period.start_year, r.claim.period.end_year) != (2020, 2021)
        for r in check(text, kb)
    )


# --- "no other …", and a zero inside a conditional ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brasília, 2022 — No other partner traded more with Brazil than China in 2021.", "2021"),
        (
            "Buenos Aires, 2022 — Ningún otro socio comerció tanto con la Argentina como China en"
            " 2021.",
            "2021",
        ),
        (
            "Brasília, 2022 — Nenhum outro comércio cresceu tanto quanto o do Brasil com a China"
            " em 2021.",
            "2021",
        ),
        (
            "Brasília, 2022 — With no trade with China, Brazil's economy would have shrunk in"
            " 2021.",
            "2021",
        ),
        (
            "Buenos Aires, 2022 — Sin comercio con China, la economía argentina habría caído en"
            " 2021.",
            "2021",
        ),
        (
            "Brasília, 2022 — Sem comércio com a China, a economia brasileira teria encolhido em"
            " 2021.",
            "2021",
        ),
    ],
)
def test_no_other_and_a_conditional_are_no_zero_claims(kb, text, figure):
    # Main: a claim of zero trade in 2021, contradicted by the stored total.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.metric is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, February 2016 — Between 2005 and the present, China lent $125 billion to"
            " Latin America.",
            "$125 billion",
        ),
        (
            "Washington, febrero de 2016 — Entre 2005 y la actualidad, China prestó 125.000"
            " millones de dólares a América Latina.",
            "125.000 millones de dólares",
        ),
        (
            "Washington, fevereiro de 2016 — Entre 2005 e hoje, a China emprestou US$ 125 bilhões"
            " à América Latina.",
            "US$ 125 bilhões",
        ),
    ],
)
def test_between_a_year_and_the_present_is_no_single_year(kb, text, figure):
    # Main: the year 2005 alone (the PT form contradicted by 2005's US$30 million).
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert period.start_year == 2005 and period.end_year != 2005
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, 2016 — Chinese lending to Latin America hit a record.\n\nIn 2009 Brazil"
            " received US$ 12 billion. China Development Bank lent US$ 10 billion to Petrobras in"
            " 2009.",
            "US$ 10 billion",
        ),
        (
            "Washington, 2016 — Los préstamos chinos a América Latina marcaron un récord.\n\nEn"
            " 2009 Brasil recibió 12.000 millones de dólares. El Banco de Desarrollo de China"
            " prestó 10.000 millones de dólares a Petrobras en 2009.",
            "10.000 millones de dólares",
        ),
        (
            "Washington, 2016 — Os empréstimos chineses à América Latina bateram recorde.\n\nEm"
            " 2009 o Brasil recebeu US$ 12 bilhões. O Banco de Desenvolvimento da China emprestou"
            " US$ 10 bilhões à Petrobras em 2009.",
            "US$ 10 bilhões",
        ),
    ],
)
def test_the_policy_banks_lending_to_a_named_company_is_not_the_regions(kb, text, figure):
    # Guard: a borrower named after the figure ("to Petrobras") is no lending to the region.
    assert one(check(text, kb), figure).claim.entity != "LAC"
