"""General readings found on the fresh dev texts 335-338 of the unseen set (branch
issue-15-r30b-s20b, round 30b: Uruguay's sales to China in 2025, Mexico's deficit with China in
2023-2024, Argentina's trade of January 2022 and Paraguay's trade with China), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the package's
knowledge base.

* The partner's statistics named by "con cifras del INEGI", "com números do IBGE", "con
  estadísticas del INE": 94abad6 read no source in them and refuted INEGI's count of Mexico's 2023
  exports to China (10,058 m) by China's customs count (18,794 m), the only side the store holds
  (a false "contradicted"). They name the state's own statistics, as "con datos del" does, and a
  figure of that side is not refuted by China's count alone. China's side named keeps the
  contradiction (guards).
* The year of a first is about a first of the sentence's topic: "China había ocupado ese lugar por
  última vez en julio de 2020, cuando pesaban las primeras restricciones por la pandemia" — 94abad6
  read "primeras" as a first and refuted July 2020 by Brazil's first partnership (1993), a false
  "contradicted". A stored first's year is compared only when the sentence names its topic
  ("partnership", "asociación", "parceria"…); such a sentence is still refuted (guards).
* A month's rank: "En enero, China desplazó a Brasil como el principal socio comercial de la
  Argentina" — 94abad6 bore it out by the whole-year 2022 row (a false "supported"). A rank of one
  month is judged only by a row of that month (INDEC's September 2025 row still bears its month
  out: guards).
* "u$s 1508 millones", "US$ 1508 milhões", "1999 millones de dólares": 94abad6 read the amount as
  a year, lost the figure and dated the next figures by it. A four-digit number after a currency
  and a space, or before "millones de dólares", is no year; "En 2015 …" still is (guards).
* A list whose items carry a comma of their own and are parted by semicolons ("tres productos: la
  soja, con el 37% del total; la celulosa, con el 29%, y la carne vacuna, con el 21%") — 94abad6
  cut it at the first semicolon and called it inconsistent ("lists 2"). It is counted by its
  semicolons; four such items for "tres" are still inconsistent, and a comma list before a clause
  after a semicolon is counted as before (guards).
* "casi cuadruplica", "quase quadruplica", "nearly quadruples": a hedged multiple of four in the
  present, read as no claim by 94abad6, is read (value 4, "nearly").
* The state a rank's holder displaced ("China desplazó a Brasil como el principal socio
  comercial del país", "overtook Brazil as", "desbancou o Brasil como") is the rival, not the
  state whose partner is ranked: 94abad6 read Brazil's rank (taken up from "dieciocho meses"
  before it). The state of the rank's complement ("… de Brasil", "Brazil's") still owns it
  (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the partner's statistics named by "con cifras del" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Noviembre de 2024 — Con cifras del INEGI, en 2023 México le vendió a China mercancías"
            " por 10.058 millones de dólares.",
            "10.058 millones de dólares",
        ),
        (
            "Noviembre de 2024 — Con estadísticas del INEGI, en 2023 las exportaciones de México a"
            " China sumaron 10.058 millones de dólares.",
            "10.058 millones de dólares",
        ),
        (
            "Novembro de 2024 — Com números do INEGI, em 2023 o México vendeu à China mercadorias"
            " no valor de 10,1 bilhões de dólares.",
            "10,1 bilhões de dólares",
        ),
        (
            "November 2024 — With figures from INEGI, in 2023 Mexico sold goods worth US$10.058"
            " billion to China.",
            "US$10.058 billion",
        ),
    ],
)
def test_the_partners_statistics_named_by_cifras_are_not_refuted_by_chinas_count(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guard: China's customs named as the source, the store's own side, still refutes.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Noviembre de 2024 — Con cifras de la Administración General de Aduanas de China, en"
            " 2023 México le vendió a China mercancías por 10.058 millones de dólares.",
            "10.058 millones de dólares",
        ),
        (
            "November 2024 — According to China Customs, in 2023 Mexico sold goods worth"
            " US$10.058 billion to China.",
            "US$10.058 billion",
        ),
    ],
)
def test_chinas_side_named_still_refutes(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- the year of a first is about a first of the sentence's topic -------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Febrero de 2022 — Esta vez China desplazó a Brasil como el principal socio comercial."
            " China había ocupado ese lugar por última vez en julio de 2020, cuando pesaban de"
            " lleno las primeras restricciones mundiales por la pandemia de Covid-19.",
            "julio de 2020",
        ),
        (
            "Fevereiro de 2022 — Desta vez a China desbancou o Brasil como principal parceiro"
            " comercial. A China tinha ocupado esse lugar pela última vez em julho de 2020,"
            " quando vigoravam as primeiras restrições mundiais da pandemia de Covid-19.",
            "julho de 2020",
        ),
        (
            "February 2022 — This time China displaced Brazil as the main trading partner. China"
            " had last held that place in July 2020, when the first worldwide restrictions of the"
            " Covid-19 pandemic were in force.",
            "July 2020",
        ),
    ],
)
def test_a_first_of_another_topic_does_not_date_a_stored_first(text, date):
    """Brazil's first partnership (1993) is not what "las primeras restricciones" date (the
    English sentence reads no date claim: no result may be "contradicted")."""
    refuted = [r for r in check(text) if r.verdict is Verdict.CONTRADICTED]
    assert not refuted, [(r.claim.text, r.reason) for r in refuted]


# Guards: a sentence that names the first's topic is still refuted by its stored year.
@pytest.mark.parametrize(
    "text",
    [
        "La primera asociación estratégica de China fue la de Brasil, firmada en 1994.",
        "Brazil's partnership with China, the first of its kind, dates from 1994.",
    ],
)
def test_a_first_of_the_sentences_topic_is_still_refuted(text):
    result = one(check(text), "1994")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a month's rank is judged only by a row of the same month -----------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Febrero de 2022 — En enero, China desplazó a Brasil como el principal socio"
            " comercial de la Argentina.",
            "principal socio comercial",
        ),
        (
            "Março de 2022 — Em janeiro, a China superou o Brasil como principal parceiro"
            " comercial da Argentina.",
            "principal parceiro comercial",
        ),
        (
            "February 2022 — In January, China overtook Brazil as Argentina's main trading"
            " partner.",
            "main trading partner",
        ),
    ],
)
def test_a_months_rank_is_not_borne_out_by_a_whole_years_row(text, rank):
    """The store holds Argentina's 2022 rank 1 (a whole year, China's side) and no rank of
    January 2022: the month's rank is left unread."""
    result = one(check(text), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# Guards: a row of the same month bears the month's rank out (INDEC, September 2025).
@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Octubre de 2025 — En septiembre de 2025 China desplazó a Brasil como el principal"
            " socio comercial de la Argentina.",
            "principal socio comercial",
        ),
        (
            "October 2025 — In September 2025 China displaced Brazil as Argentina's main trading"
            " partner.",
            "main trading partner",
        ),
    ],
)
def test_a_months_rank_is_borne_out_by_the_same_months_row(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- an amount after a currency sign is no year -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "next_figure"),
    [
        (
            "Febrero de 2022 — En enero 2022 las importaciones desde China sumaron u$s 1508"
            " millones. El déficit con China fue de u$s 1135 millones.",
            "u$s 1508 millones",
            "u$s 1135 millones",
        ),
        (
            "Febrero de 2022 — En 2021 las importaciones desde China sumaron 1999 millones de"
            " dólares. El déficit con China fue de 1135 millones de dólares.",
            "1999 millones de dólares",
            "1135 millones de dólares",
        ),
        (
            "Fevereiro de 2022 — Em janeiro de 2022 as importações da China somaram US$ 1508"
            " milhões. O déficit com a China foi de US$ 1135 milhões.",
            "US$ 1508 milhões",
            "US$ 1135 milhões",
        ),
        (
            "February 2022 — In January 2022 imports from China totalled US$ 1508 million. The"
            " deficit with China was US$ 1135 million.",
            "US$ 1508 million",
            "US$ 1135 million",
        ),
    ],
)
def test_an_amount_after_a_currency_is_no_year(text, figure, next_figure):
    """The amount is read, and the next figure is not dated by it as if it were a year."""
    results = check(text)
    one(results, figure)
    following = one(results, next_figure)
    assert following.claim.period is None or following.claim.period.end_year in (2021, 2022), (
        following.claim.period
    )


# Guard: a year after "in" or "en" is still a year.
@pytest.mark.parametrize(
    "text",
    [
        "En 2015 las importaciones desde China sumaron 1.508 millones de dólares.",
        "In 2015 imports from China totalled US$1,508 million.",
    ],
)
def test_a_year_before_an_amount_is_still_a_year(text):
    result = check(text)[0]
    assert result.claim.period is not None and result.claim.period.end_year == 2015


# --- a list whose items are parted by semicolons ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Diciembre de 2025 — En los 11 meses de 2025 las ventas se concentraron en tres"
            " productos: la soja, con el 37% del total; la celulosa, con el 29%, y la carne"
            " vacuna, con el 21%.",
            "tres productos",
        ),
        (
            "Dezembro de 2025 — As vendas concentraram-se em três produtos: a soja, com 37% do"
            " total; a celulose, com 29%, e a carne bovina, com 21%.",
            "três produtos",
        ),
        (
            "December 2025 — Sales were concentrated in three products: soybeans, with 37% of the"
            " total; pulp, with 29%; and beef, with 21%.",
            "three products",
        ),
    ],
)
def test_a_semicolon_list_of_items_with_commas_is_counted_by_its_semicolons(text, count):
    result = one(check(text), count)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# Guards: such a list of more items than announced, and a comma list before a clause after a
# semicolon, are still inconsistent.
@pytest.mark.parametrize(
    "text",
    [
        "Diciembre de 2025 — Las ventas se concentraron en tres productos: la soja, con el 37%"
        " del total; la celulosa, con el 29%; la carne vacuna, con el 21%; y la lana, con el 5%.",
        "Las ventas se concentraron en tres productos: soja, celulosa, carne y lana; el resto fue"
        " marginal.",
    ],
)
def test_a_semicolon_list_of_more_items_is_still_inconsistent(text):
    result = one(check(text), "tres productos")
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert "lists 4" in result.reason, result.reason


# --- a hedged multiple of four in the present ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "multiple"),
    [
        (
            "Febrero de 2022 — El déficit con China, de u$s 1135 millones, casi cuadruplica el"
            " déficit con Brasil (u$s 308 millones).",
            "casi cuadruplica",
        ),
        (
            "Fevereiro de 2022 — O déficit com a China, de US$ 1135 milhões, quase quadruplica o"
            " déficit com o Brasil (US$ 308 milhões).",
            "quase quadruplica",
        ),
        (
            "February 2022 — The deficit with China, US$ 1135 million, nearly quadruples the"
            " deficit with Brazil (US$ 308 million).",
            "nearly quadruples",
        ),
    ],
)
def test_a_hedged_multiple_of_four_is_read(text, multiple):
    result = one(check(text), multiple)
    assert result.claim.value == 4
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- the state a rank's holder displaced does not own the rank ----------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Febrero de 2022 — Después de dieciocho meses, en enero China desplazó a Brasil como"
            " el principal socio comercial del país.",
            "principal socio comercial",
        ),
        (
            "Fevereiro de 2022 — Depois de dezoito meses, em janeiro, a China desbancou o Brasil"
            " como principal parceiro comercial do país.",
            "principal parceiro comercial",
        ),
        (
            "February 2022 — After eighteen months, in January China overtook Brazil as the"
            " country's main trading partner.",
            "main trading partner",
        ),
    ],
)
def test_the_displaced_state_does_not_own_the_rank(text, rank):
    """Brazil is the rival China displaced, not the state whose partner China is ("del país"
    is the article's state); main read Brazil's rank, taking it up from the count before."""
    result = one(check(text), rank)
    assert result.claim.entity != "BRA", result.reason


# Guards: the state named as the rank's complement still owns it.
@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "En 2009 China desplazó a Estados Unidos como el principal socio comercial de Brasil.",
            "principal socio comercial",
        ),
        (
            "China overtook the United States as Brazil's main trading partner in 2009.",
            "main trading partner",
        ),
        (
            "Em 2009 a China superou os Estados Unidos como principal parceiro comercial do Brasil.",
            "principal parceiro comercial",
        ),
    ],
)
def test_the_state_of_the_complement_still_owns_the_rank(text, rank):
    assert one(check(text), rank).claim.entity == "BRA"
