"""General readings found on the fresh dev texts 311-314 of the unseen set (branch
issue-15-r29b-s20b, round 29b: Peru's trade in 2010, Chile's in 2017, Mexico's first two months
of 2021 and 45 years of Colombia's ties), each with real-shaped sentences (our own) in English,
Spanish and Portuguese, checked against the package's knowledge base.

* A tie's event told as a hypothesis dates no event: "Años antes, en 1978, al asumir el gobierno,
  el presidente Turbay había dicho que no habría problemas para establecer relaciones
  diplomáticas si China compraba café colombiano" — d94142c refuted 1978 by Colombia's tie of
  1980 (a false "contradicted", in the three languages). An event verb led by a conditional or
  modal verb ("no habría problemas para establecer", "there would be no problem in
  establishing", "não haveria problemas para estabelecer"), or in the conditional itself
  ("establecería"), is no longer refuted. A sentence that states the event is (guards).
* A rank with no period of its own is dated by the amounts and percents of its own clause: "China
  se coronó nuevamente como el principal socio comercial del país, con un intercambio que llegó a
  los US$ 31.673 millones", after "creció 11%, después de la caída de 4% registrada en 2016" —
  d94142c saw 2016 and 2017 in the paragraph and left the rank unread; the clause's 2017 total
  dates it, and the stored 2017 rank 1 bears it out. A figure of another clause ("…, and two-way
  trade set a record of US$13 billion in 2022") or a count of years ("Em duas décadas") does
  not date it (guards).
* A figure of an earlier event is no period for the next sentence: "El comercio exterior de Chile
  creció 5% el año pasado, tras caer 4% en 2022. China fue otra vez el principal socio comercial
  del país, con un intercambio que llegó a US$ 58.000 millones" — d94142c dated the total by the
  2022 of the fall and refuted it by the stored 2022 total (a false "contradicted", in the three
  languages). The figure of a clause of "after" ("tras", "después de", "depois de") that follows
  a figure of its sentence is skipped; the main clause's year is taken up. A year of the main
  clause still carries over (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a tie's event told as a hypothesis ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Febrero de 2025 — Bogotá\n\nAños antes, en 1978, al asumir el gobierno, el presidente"
        " Julio César Turbay había dicho que no habría problemas para establecer relaciones"
        " diplomáticas si China compraba café colombiano.",
        "February 2025 — Bogotá\n\nYears earlier, in 1978, on taking office, President Julio César"
        " Turbay said there would be no problem in establishing diplomatic relations with China if"
        " it bought Colombian coffee.",
        "Fevereiro de 2025 — Bogotá\n\nAnos antes, em 1978, ao assumir o governo, o presidente"
        " Julio César Turbay disse que não haveria problemas para estabelecer relações"
        " diplomáticas se a China comprasse café colombiano.",
        "Febrero de 2025 — Bogotá\n\nEn 1978 el presidente Turbay anunció que Colombia establecería"
        " relaciones diplomáticas con China.",
    ],
)
def test_a_hypothetical_tie_event_is_not_refuted(text):
    result = one(check(text), "1978")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: a sentence that states the event is still refuted by the stored 1980 tie.
@pytest.mark.parametrize(
    "text",
    [
        "Febrero de 2025 — Bogotá\n\nColombia estableció relaciones diplomáticas con China en 1978.",
        "February 2025 — Bogotá\n\nColombia established diplomatic relations with China in 1978.",
        "Fevereiro de 2025 — Bogotá\n\nA Colômbia estabeleceu relações diplomáticas com a China em"
        " 1978.",
    ],
)
def test_a_stated_tie_event_is_still_refuted(text):
    result = one(check(text), "1978")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a rank dated by the figures of its own clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "30 de enero de 2018 — Santiago\n\nEl comercio exterior chileno se recuperó el año"
            " pasado: creció 11%, después de la caída de 4% registrada en 2016. En ese contexto,"
            " China se coronó nuevamente como el principal socio comercial del país, con un"
            " intercambio que llegó a los US$ 31.673 millones.",
            "principal socio comercial",
        ),
        (
            "30 de janeiro de 2018 — Santiago\n\nO comércio exterior chileno se recuperou no ano"
            " passado: cresceu 11%, depois da queda de 4% registrada em 2016. A China voltou a ser"
            " o principal parceiro comercial do país, com um intercâmbio que chegou a US$ 31.673"
            " milhões.",
            "principal parceiro comercial",
        ),
        (
            "January 30, 2018 — Santiago\n\nChile's foreign trade recovered last year: it grew"
            " 11%, after the 4% fall that was recorded in 2016. China was again the country's main"
            " trading partner, with trade that reached US$31,673 million.",
            "main trading partner",
        ),
    ],
)
def test_a_rank_is_dated_by_its_own_clause(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2017" in result.reason


# Guards: a figure of another clause, or a count of years, does not date the rank.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 10, 2024 — Santiago\n\nChina is already Chile's main trading partner, and"
            " two-way trade set a record of US$65 billion in 2022.",
            "main trading partner",
        ),
        (
            "Agosto de 2024 — São Paulo\n\nEm duas décadas, a China tornou-se o principal parceiro"
            " comercial do Brasil, uma virada e tanto: em 2000, o país asiático aparecia apenas na"
            " 38ª posição no ranking de parceiros comerciais brasileiros.",
            "principal parceiro comercial",
        ),
    ],
)
def test_a_rank_is_not_dated_by_another_clause(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2022" not in result.reason and "2000" not in result.reason


# --- a figure of an earlier event is no period for the next sentence ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "30 de enero de 2024 — Santiago\n\nEl comercio exterior de Chile creció 5% el año"
            " pasado, tras caer 4% en 2022. China fue otra vez el principal socio comercial del"
            " país, con un intercambio que llegó a US$ 58.000 millones.",
            "US$ 58.000 millones",
        ),
        (
            "January 30, 2024 — Santiago\n\nChile's foreign trade grew 5% last year, after falling"
            " 4% in 2022. China was again the country's main trading partner, with trade that"
            " reached US$58 billion.",
            "US$58 billion",
        ),
        (
            "30 de janeiro de 2024 — Santiago\n\nO comércio exterior do Chile cresceu 5% no ano"
            " passado, depois de cair 4% em 2022. A China foi outra vez o principal parceiro"
            " comercial do país, com um intercâmbio que chegou a US$ 58 bilhões.",
            "US$ 58 bilhões",
        ),
    ],
)
def test_a_figure_of_an_earlier_event_dates_no_later_sentence(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is None or result.claim.period.end_year != 2022


# Guards: a year of the main clause still carries over, and the stored 2022 total refutes it.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "30 de enero de 2024 — Santiago\n\nEl comercio exterior de Chile cayó 4% en 2022. China"
            " fue otra vez el principal socio comercial del país, con un intercambio que llegó a"
            " US$ 58.000 millones.",
            "US$ 58.000 millones",
        ),
        (
            "January 30, 2024 — Santiago\n\nChile's foreign trade fell 4% in 2022. China was again"
            " the country's main trading partner, with trade that reached US$58 billion.",
            "US$58 billion",
        ),
    ],
)
def test_a_main_clause_year_still_carries_over(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2022


# --- a figure set some years from the sentence's year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Marzo de 2018 — Santiago\n\nEl comercio entre Chile y China llegó a US$ 40.000"
            " millones en 2012, un salto notable si se considera que cinco años antes apenas"
            " sumaba US$ 14.000 millones.",
            "US$ 14.000 millones",
        ),
        (
            "March 2018 — Santiago\n\nTrade between Chile and China reached US$40 billion in 2012,"
            " a remarkable jump given that five years earlier it had totalled only US$14 billion.",
            "US$14 billion",
        ),
        (
            "Março de 2018 — Santiago\n\nO comércio entre o Chile e a China chegou a US$ 40 bilhões"
            " em 2012, um salto notável, já que cinco anos antes somava apenas US$ 14 bilhões.",
            "US$ 14 bilhões",
        ),
    ],
)
def test_a_figure_years_earlier_is_of_the_earlier_year(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2007
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# d94142c bore the 2007 figure out by the stored 2012 imports (a false "supported").
def test_a_figure_years_earlier_is_not_borne_out_by_the_later_year():
    text = (
        "Marzo de 2018 — Santiago\n\nLas importaciones desde China llegaron a US$ 16.000 millones"
        " en 2012, un aumento notable teniendo en cuenta que cinco años antes Chile tan solo"
        " recibió US$ 14.000 millones en productos chinos."
    )
    result = one(check(text), "US$ 14.000 millones")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# Guards: a span from another event ("cinco años después de la entrada en vigor del TLC") leaves
# the figure in the year written, where the two stored 2012 totals dispute it.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Marzo de 2013 — Santiago\n\nEn 2012, cinco años después de la entrada en vigor del"
            " TLC, el comercio entre Chile y China llegó a US$ 33.266 millones.",
            "US$ 33.266 millones",
        ),
        (
            "March 2013 — Santiago\n\nIn 2012, six years after the FTA took effect, trade between"
            " Chile and China reached US$33,266 million.",
            "US$33,266 million",
        ),
        (
            "Março de 2013 — Santiago\n\nEm 2012, seis anos depois da entrada em vigor do TLC, o"
            " comércio entre o Chile e a China chegou a US$ 33.266 milhões.",
            "US$ 33.266 milhões",
        ),
    ],
)
def test_a_span_from_another_event_keeps_the_year(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2012
    assert result.verdict is Verdict.DISPUTED, result.reason


# --- "el primer bimestre": January and February -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Abril de 2022 — Ciudad de México\n\nLas exportaciones de México a China sumaron 1.507"
            " millones de dólares en el primer bimestre de 2021.",
            "1.507 millones de dólares",
        ),
        (
            "Abril de 2022 — Cidade do México\n\nAs exportações do México para a China somaram"
            " 1.507 milhões de dólares no primeiro bimestre de 2021.",
            "1.507 milhões de dólares",
        ),
        (
            "April 2022 — Mexico City\n\nMexico's exports to China totalled 1,507 million dollars"
            " in the first bimester of 2021.",
            "1,507 million dollars",
        ),
        (
            "Abril de 2021 — Ciudad de México\n\nLas exportaciones de México a China sumaron 1.507"
            " millones de dólares en el primer bimestre del año en curso.",
            "1.507 millones de dólares",
        ),
    ],
)
def test_the_first_bimester_is_january_and_february(text, figure):
    results = check(text)
    result = one(results, figure)
    period = result.claim.period
    assert period is not None and (period.end_year, period.start_month, period.end_month) == (
        2021,
        1,
        2,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert not any("bimest" in r.claim.text for r in results)


# Guard: the full year is still refuted by the stored 2021 exports (9,079 m).
def test_a_full_year_is_still_refuted():
    text = (
        "Abril de 2022 — Ciudad de México\n\nLas exportaciones de México a China sumaron 1.507"
        " millones de dólares en 2021."
    )
    assert one(check(text), "1.507 millones de dólares").verdict is Verdict.CONTRADICTED


# --- purchases from China, imports of Chinese origin --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Abril de 2022 — Ciudad de México\n\nEn 2021 las importaciones de origen chino sumaron"
            " 13 mil 390 millones de dólares en México.",
            "13 mil 390 millones de dólares",
        ),
        (
            "Abril de 2022 — Cidade do México\n\nEm 2021 as importações de origem chinesa somaram"
            " 13.390 milhões de dólares no México.",
            "13.390 milhões de dólares",
        ),
        (
            "April 2022 — Mexico City\n\nIn 2021 Mexico's imports of Chinese origin totalled 13,390"
            " million dollars.",
            "13,390 million dollars",
        ),
        (
            "Marzo de 2011 — Lima\n\nEl año pasado los envíos peruanos a China llegaron a 5.425"
            " millones de dólares, mientras que las compras al gigante asiático sumaron 5.119"
            " millones de dólares.",
            "5.119 millones de dólares",
        ),
    ],
)
def test_purchases_from_china_are_the_states_imports(text, figure):
    result = one(check(text), figure)
    assert result.claim.metric == "trade_china_exports", result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: sales to the Asian giant are still the state's exports.
def test_sales_to_the_asian_giant_are_still_exports():
    text = (
        "Marzo de 2011 — Lima\n\nEl año pasado los envíos peruanos a China llegaron a 5.425"
        " millones de dólares, mientras que las compras al gigante asiático sumaron 5.119"
        " millones de dólares."
    )
    assert one(check(text), "5.425 millones de dólares").claim.metric == "trade_china_imports"
    text = (
        "Marzo de 2011 — Lima\n\nEl Perú exportó mucho el año pasado: las ventas al gigante"
        " asiático sumaron 5.425 millones de dólares."
    )
    assert one(check(text), "5.425 millones de dólares").claim.metric == "trade_china_imports"


# --- years of friendship count the years of the ties ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2025 — Bogotá\n\nColombia estableció relaciones diplomáticas con China el 7"
            " de febrero de 1980. Sobre esa base se ha construido una amistad de 45 años en la que"
            " ambos gobiernos han destacado el respeto mutuo.",
            "45 años",
        ),
        (
            "February 2025 — Bogotá\n\nColombia established diplomatic relations with China on 7"
            " February 1980. On that basis the two countries have built a friendship of 45 years.",
            "45 years",
        ),
        (
            "Fevereiro de 2025 — Bogotá\n\nColômbia e China celebram 45 anos de amizade.",
            "45 anos",
        ),
    ],
)
def test_years_of_friendship_count_the_ties(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: a friendship longer than the ties, or hedged, is not refuted.
@pytest.mark.parametrize(
    "text",
    [
        "Febrero de 2025 — Bogotá\n\nColombia y China celebran 40 años de amistad.",
        "Febrero de 2025 — Bogotá\n\nColombia y China celebran más de 40 años de amistad.",
        "February 2025 — Bogotá\n\nColombia and China celebrate a friendship of 60 years.",
    ],
)
def test_years_of_friendship_are_never_refuted(text):
    (result,) = check(text)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
