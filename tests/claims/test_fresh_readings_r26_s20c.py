"""General readings found on the fresh dev texts 266-269 of the unseen set (branch
issue-15-r26-s20c, round 26c: Peru, Chile, Colombia and Cuba), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* "en los mismos meses de 2024", "nos mesmos meses de 2024", "in the same months of 2024" are
  the months of the sentence's part-year period in that year, not the whole of 2024: main read
  the plural "mismos meses" as the year 2024 and refuted a first-quarter figure by Colombia's
  stored full-year exports (a false "contradicted"), or bore one out by them (a false
  "supported"); and a "same period of 2024" written before its figure was read as the
  sentence's other period.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "the same months of 2024" ---------------------------------------------------------------

LEAD = {
    "es": "Mayo de 2025 — Bogotá\n\n",
    "en": "May 2025 — Bogotá\n\n",
    "pt": "Maio de 2025 — Bogotá\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Las exportaciones de Colombia a China sumaron US$504,9 millones en el primer trimestre"
            " de 2025, cuando en los mismos meses de 2024 habían llegado a US$2.300 millones.",
            "US$2.300 millones",
        ),
        (
            "es",
            "Las exportaciones de Colombia a China sumaron US$504,9 millones en el primer trimestre"
            " de 2025, frente a US$2.300 millones en los mismos meses de 2024.",
            "US$2.300 millones",
        ),
        (
            "pt",
            "As exportações da Colômbia para a China somaram US$ 504,9 milhões no primeiro"
            " trimestre de 2025, quando nos mesmos meses de 2024 haviam chegado a US$ 2,3 bilhões.",
            "US$ 2,3 bilhões",
        ),
        (
            "en",
            "Colombia's exports to China were $504.9 million in the first quarter of 2025; in the"
            " same months of 2024 they had reached $2.3 billion.",
            "$2.3 billion",
        ),
        (
            "en",
            "Colombia's exports to China were $504.9 million in the first quarter of 2025, while in"
            " the same period of 2024 they had reached $2.3 billion.",
            "$2.3 billion",
        ),
    ],
)
def test_same_months_of_a_year_are_that_years_months(kb, lang, text, figure):
    result = one(check(LEAD[lang] + text, kb), figure)
    # The stored full-year 2024 row (about 2,300 million) is another period: never borne out.
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    period = result.claim.period
    assert period is not None
    assert (period.start_year, period.end_year) == (2024, 2024)
    assert (period.start_month, period.end_month) == (1, 3)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Según el DANE, en los mismos meses de 2024 las exportaciones de Colombia a China"
            " habían sumado US$1.500 millones.",
            "US$1.500 millones",
        ),
        (
            "pt",
            "Segundo o DANE, nos mesmos meses de 2024 as exportações da Colômbia para a China"
            " haviam somado US$ 1,5 bilhão.",
            "US$ 1,5 bilhão",
        ),
        (
            "en",
            "According to DANE, in the same months of 2024 Colombia's exports to China had"
            " totalled $1.5 billion.",
            "$1.5 billion",
        ),
    ],
)
def test_same_months_with_no_months_stated_refute_nothing(kb, lang, text, figure):
    # Main refuted the Spanish one by the stored full-year 2024 exports (2,377 million).
    result = one(check(LEAD[lang] + text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    period = result.claim.period
    assert period is None or (period.start_month, period.end_month) != (None, None)


# A figure of the whole year keeps its year (main read the Spanish one as of 2023, the year of
# its comparison base "los mismos meses de 2023"); the comparison's own figure keeps its months.


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "En 2024 las exportaciones de Colombia a China sumaron US$2.377 millones, frente a los"
            " mismos meses de 2023.",
            "US$2.377 millones",
        ),
        (
            "pt",
            "Em 2024 as exportações da Colômbia para a China somaram US$ 2,377 bilhões.",
            "US$ 2,377 bilhões",
        ),
        (
            "en",
            "In 2024 Colombia's exports to China were $2.377 billion.",
            "$2.377 billion",
        ),
    ],
)
def test_a_full_year_figure_is_still_borne_out(kb, lang, text, figure):
    result = one(check(LEAD[lang] + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Las exportaciones de Colombia a China sumaron US$504,9 millones en el primer trimestre"
            " de 2025, cuando en los mismos meses de 2024 habían llegado a US$648,8 millones.",
            "US$504,9 millones",
        ),
        (
            "en",
            "Colombia's exports to China were $504.9 million in the first quarter of 2025; in the"
            " same months of 2024 they had reached $648.8 million.",
            "$504.9 million",
        ),
    ],
)
def test_the_first_figure_keeps_its_own_quarter(kb, lang, text, figure):
    result = one(check(LEAD[lang] + text, kb), figure)
    period = result.claim.period
    assert (period.start_year, period.start_month, period.end_month) == (2025, 1, 3)


# --- the date of a signing in a sentence with another figure ------------------------------------

CHILE = "2017 — Santiago\n\n"


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Chile y China firmaron en octubre del 2006 un Tratado de Libre Comercio que, entre"
            " otras cosas, permitía la entrada sin arancel de 7.336 productos chilenos.",
            "octubre del 2006",
            Verdict.CONTRADICTED,
        ),
        (
            "Chile and China signed in October 2006 a free trade agreement that, among other"
            " things, let 7,336 Chilean products enter duty-free.",
            "October 2006",
            Verdict.CONTRADICTED,
        ),
        (
            "Chile e China assinaram em outubro de 2006 um Tratado de Livre Comércio que, entre"
            " outras coisas, permitia a entrada sem tarifa de 7.336 produtos chilenos.",
            "outubro de 2006",
            Verdict.CONTRADICTED,
        ),
        (
            "Chile y China firmaron en noviembre de 2005 un Tratado de Libre Comercio que permitía"
            " la entrada sin arancel de 7.336 productos chilenos.",
            "noviembre de 2005",
            Verdict.SUPPORTED,
        ),
        (
            "Chile and China signed in November 2005 a free trade agreement that let 7,336 Chilean"
            " products enter duty-free.",
            "November 2005",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_signing_date_beside_another_figure_is_read(kb, text, figure, verdict):
    # Main read the date only as the period of the count of products, and left it unjudged.
    result = one(check(CHILE + text, kb), figure)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile y China firmaron en marzo de 2019 un protocolo sanitario que abrió el mercado"
            " chino a 120 productos agrícolas.",
            "marzo de 2019",
        ),
        (
            "Chile and China signed in March 2019 a sanitary protocol that opened China's market to"
            " 120 farm products.",
            "March 2019",
        ),
        (
            "Chile e China assinaram em março de 2019 um protocolo sanitário que abriu o mercado"
            " chinês a 120 produtos agrícolas.",
            "março de 2019",
        ),
    ],
)
def test_a_signing_of_something_not_stored_refutes_nothing(kb, text, figure):
    # Guard: an agreement the ties table does not hold; its date (now read) is left unjudged.
    results = check(CHILE + text, kb)
    dated = [r for r in results if r.claim.text.strip() == figure]
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in dated), [r.reason for r in dated]
    assert not any(r.verdict is Verdict.CONTRADICTED for r in results)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile y China firmaron en octubre del 2006 un Tratado de Libre Comercio.",
            "octubre del 2006",
        ),
        ("Chile and China signed a free trade agreement in October 2006.", "October 2006"),
    ],
)
def test_a_signing_date_alone_is_judged_as_before(kb, text, figure):
    # Guard: the sentence with no other figure was already read.
    result = one(check(CHILE + text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- "the first trading partner of Chile in the world" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China se ha convertido en el primer socio comercial de Chile en el mundo, por delante"
            " de Estados Unidos, con el que Chile también tiene un tratado de libre comercio"
            " vigente.",
            "primer socio comercial",
        ),
        (
            "China has become Chile's first trading partner in the world, ahead of the United"
            " States, with which Chile also has a free trade agreement in force.",
            "first trading partner",
        ),
        (
            "A China tornou-se o primeiro parceiro comercial do Chile no mundo, à frente dos"
            " Estados Unidos, com os quais o Chile também tem um tratado de livre comércio em"
            " vigor.",
            "primeiro parceiro comercial",
        ),
    ],
)
def test_partner_rank_in_the_world_is_the_partner_rank(kb, text, figure):
    # Main read "en el mundo" as a group of states: the rank went unread, or was borne out by
    # Chile's FTA, first in the ties table (the FTA named later in the sentence).
    result = one(check(CHILE + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "china_partner_rank" in result.reason
    assert "ties table" not in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile es el tercer socio comercial de China en el mundo.",
            "tercer socio comercial",
        ),
        ("Chile is China's third largest trading partner in the world.", "third largest"),
    ],
)
def test_a_states_place_among_chinas_partners_is_not_chinas_rank(kb, text, figure):
    # Guard: the state's place among China's partners is no rank of China for the state.
    results = check(CHILE + text, kb)
    assert not any(
        r.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED)
        and r.claim.text.strip().startswith(figure.split()[0])
        for r in results
    ), [(r.claim.text, r.verdict, r.reason) for r in results]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile fue el primer país latinoamericano en firmar un tratado de libre comercio con"
            " China.",
            "primer país",
        ),
        (
            "Chile was the first Latin American country to sign a free trade agreement with China.",
            "first Latin American country",
        ),
    ],
)
def test_a_first_tie_rank_is_still_the_ties_order(kb, text, figure):
    # Guard: a rank of a tie (not of trade) keeps the ties table's order.
    results = check(CHILE + text, kb)
    ranked = [r for r in results if r.claim.text.strip().startswith(figure.split()[0])]
    assert ranked and ranked[0].verdict is Verdict.SUPPORTED, [
        (r.claim.text, r.reason) for r in results
    ]


# --- "desde que Fidel Castro estuvo en China en 2010": the year of an event -------------------

CUBA = {
    "es": "4 de julio de 2012 — Ciudad de México\n\n",
    "en": "July 4, 2012 — Mexico City\n\n",
    "pt": "4 de julho de 2012 — Cidade do México\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Es la primera visita de un mandatario cubano desde que Fidel Castro estuvo en China en"
            " 2010.\n\nLos intercambios entre Cuba y China ascienden a mil 800 millones de dólares.",
            "mil 800 millones de dólares",
        ),
        (
            "en",
            "It is the first visit by a Cuban leader since Fidel Castro went to China in 2010.\n\n"
            "Trade between Cuba and China amounts to 1.8 billion dollars.",
            "1.8 billion dollars",
        ),
        (
            "pt",
            "É a primeira visita de um líder cubano desde que Fidel Castro esteve na China em 2010."
            "\n\nO comércio entre Cuba e China soma 1,8 bilhão de dólares.",
            "1,8 bilhão de dólares",
        ),
    ],
)
def test_the_year_of_a_since_clause_dates_no_later_figure(kb, lang, text, figure):
    # Main carried the visit's year to the next paragraph's total and bore it out by the
    # stored 2010 total (1.8 bn): the text gives the total no year.
    result = one(check(CUBA[lang] + text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.period is None or result.claim.period.start_year != 2010


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "En 2010 los intercambios entre Cuba y China ascendieron a mil 800 millones de dólares.",
            "mil 800 millones de dólares",
        ),
        (
            "en",
            "Since then, trade between Cuba and China rose to 1.8 billion dollars in 2010.",
            "1.8 billion dollars",
        ),
        (
            "pt",
            "Em 2010 o comércio entre Cuba e China somou 1,8 bilhão de dólares.",
            "1,8 bilhão de dólares",
        ),
    ],
)
def test_a_figures_own_year_still_dates_it(kb, lang, text, figure):
    # Guard: the figure's own year is kept.
    result = one(check(CUBA[lang] + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "frente a 2021, cuando habían sumado …": the base's period is the figure's ---------------

BOGOTA = {
    "es": "Mayo de 2023 — Bogotá\n\n",
    "en": "May 2023 — Bogotá\n\n",
    "pt": "Maio de 2023 — Bogotá\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "En 2022 las exportaciones de Colombia a China cayeron a US$2.154 millones, un"
            " retroceso frente a 2021, cuando habían sumado US$3.661 millones.",
            "US$3.661 millones",
        ),
        (
            "pt",
            "Em 2022 as exportações da Colômbia para a China caíram para US$ 2,154 bilhões, uma"
            " queda frente a 2021, quando haviam somado US$ 3,661 bilhões.",
            "US$ 3,661 bilhões",
        ),
        (
            "en",
            "In 2022 Colombia's exports to China fell to $2.154 billion, down compared with 2021,"
            " when they had totaled $3.661 billion.",
            "$3.661 billion",
        ),
    ],
)
def test_a_when_clause_after_a_comparison_base_takes_its_period(kb, lang, text, figure):
    # Main read the 2021 figure as 2022's and refuted it by the stored 2022 exports (2,154) in
    # English; it is 2021's, as stored (3,661).
    result = one(check(BOGOTA[lang] + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period.start_year == 2021


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Entre enero y noviembre del 2022, las ventas peruanas a China llegaron a US$ 19.070"
            " millones, un retroceso de -0.7% frente a los once primeros meses del 2021, cuando"
            " habían sumado US$ 19.211 millones.",
            "US$ 19.211 millones",
        ),
        (
            "pt",
            "Entre janeiro e novembro de 2022, as vendas peruanas à China chegaram a US$ 19,07"
            " bilhões, queda de 0,7% frente aos onze primeiros meses de 2021, quando haviam somado"
            " US$ 19,21 bilhões.",
            "US$ 19,21 bilhões",
        ),
    ],
)
def test_a_when_clause_takes_the_bases_months(kb, lang, text, figure):
    result = one(check("Enero de 2023 — Lima\n\n" + text, kb), figure)
    period = result.claim.period
    assert (period.start_year, period.start_month, period.end_month) == (2021, 1, 11)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "En 2022 las exportaciones de Colombia a China cayeron a US$2.154 millones, frente a"
            " US$3.661 millones en 2021.",
            "US$2.154 millones",
        ),
        (
            "en",
            "In 2022 Colombia's exports to China fell to $2.154 billion, compared with 2021.",
            "$2.154 billion",
        ),
    ],
)
def test_the_figure_before_the_base_keeps_its_year(kb, lang, text, figure):
    # Guard: the figure told before the comparison keeps its own year.
    result = one(check(BOGOTA[lang] + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "Cuba fue, en 1960, el primer país …": the year of the ranked event ----------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "es",
            "Cuba fue, en 1960, el primer país de América Latina en establecer lazos diplomáticos"
            " con la República Popular China.",
            "1960",
            Verdict.SUPPORTED,
        ),
        (
            "en",
            "Cuba was, in 1960, the first Latin American country to establish diplomatic ties with"
            " the People's Republic of China.",
            "1960",
            Verdict.SUPPORTED,
        ),
        (
            "pt",
            "Cuba foi, em 1960, o primeiro país da América Latina a estabelecer laços diplomáticos"
            " com a República Popular da China.",
            "1960",
            Verdict.SUPPORTED,
        ),
        (
            "es",
            "Cuba fue, en 1962, el primer país de América Latina en establecer lazos diplomáticos"
            " con la República Popular China.",
            "1962",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_year_between_commas_before_a_first_rank_is_read(kb, lang, text, figure, verdict):
    # Main read the year only as the rank's cutoff and left it unjudged.
    result = one(check(CUBA[lang] + text, kb), figure)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Cuba fue, en 1960, el primer país de América Latina en establecer lazos diplomáticos"
            " con la República Popular China.",
            "primer país",
        ),
        (
            "en",
            "Cuba was, in 1960, the first Latin American country to establish diplomatic ties with"
            " the People's Republic of China.",
            "first Latin American country",
        ),
    ],
)
def test_the_first_rank_beside_it_is_still_borne_out(kb, lang, text, figure):
    # Guard: the rank keeps its verdict.
    result = one(check(CUBA[lang] + text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
