"""General readings found on the fresh dev texts 465-468 of the unseen set (branch issue-15-r41b,
round 41b: Venezuela's trade with China of 2011 told by Chávez and by the Chinese ambassador,
Chinese investment in Mexico to 2012, Colombia's exports to China of January 2026 and Panama's
exports to China of 2020-2024), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A figure the text itself sets against another count of the same metric and period is not
  refuted by the store's row of that other count: "… 'superamos casi los 12,000 millones de
  dólares' en intercambio. Esa cifra queda por debajo de los 18,000 millones de dólares que … el
  embajador chino …" — main refuted Chávez's figure by the ambassador's (text 465).
* A dateline alone in its sentence ("Caracas.") is no sentence of the lead: main let it take the
  lead's third place, so the one state the lead names was never read and "el intercambio entre
  ambos países llegó en 2011 a los 18,000 millones" had no state (text 465).
* Another partner's trade told in a possessive relative clause is that partner's: "detrás de
  Estados Unidos, cuyo comercio con el país sudamericano superó los 30.000 millones" — main
  refuted it by Venezuela's trade with China (text 465's shape, with the year written).
* The Belt and Road named as "el acuerdo de la Ruta de la Seda" dates its signing: main knew
  only "Nueva Ruta de la Seda" (the bare "Ruta de la Seda", the ancient route, is still none;
  text 467).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a figure the text itself sets against another count ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "other"),
    [
        (
            '5 de febrero de 2012\n\nEl presidente venezolano dijo que el año pasado "superamos'
            ' casi los 12.000 millones de dólares" en intercambio con China. Esa cifra queda por'
            " debajo de los 18.000 millones de dólares que, según el embajador chino, alcanzó el"
            " comercio bilateral de Venezuela con China en 2011.",
            "12.000 millones de dólares",
            "18.000 millones de dólares",
        ),
        (
            "February 5, 2012\n\nVenezuela's president said that trade with China last year came"
            " to almost $12 billion. That figure is below the $18 billion that, according to the"
            " Chinese ambassador, Venezuela's trade with China reached in 2011.",
            "almost $12 billion",
            "$18 billion",
        ),
        (
            "5 de fevereiro de 2012\n\nO presidente venezuelano disse que no ano passado"
            ' "superamos quase os 12 bilhões de dólares" em comércio com a China. Essa cifra fica'
            " abaixo dos 18 bilhões de dólares que, segundo o embaixador chinês, o comércio da"
            " Venezuela com a China alcançou em 2011.",
            "12 bilhões de dólares",
            "18 bilhões de dólares",
        ),
    ],
)
def test_a_figure_set_against_another_count_is_not_refuted_by_it(text, figure, other):
    results = check(text)
    result = one(results, figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "sets the figure against another count" in result.reason
    assert one(results, other).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            # No comparison: a wrong figure beside the right one is still refuted.
            "5 de febrero de 2012\n\nEl comercio de Venezuela con China sumó 12.000 millones de"
            " dólares en 2011. El embajador chino dijo que el comercio bilateral de Venezuela con"
            " China llegó a 18.000 millones de dólares en 2011.",
            "12.000 millones de dólares",
        ),
        (
            # A comparison with another year is no second count of the same year.
            "5 de febrero de 2012\n\nVenezuela's trade with China reached $12 billion in 2011."
            " That figure is below the $18 billion of 2010.",
            "$12 billion",
        ),
    ],
)
def test_a_figure_with_no_second_count_of_its_year_is_still_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a dateline alone in its sentence is no sentence of the lead --------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "# Chávez pone el comercio con China por encima de los 12.000 millones\n\n5 de"
            " febrero de 2012\n\nCaracas. El presidente Hugo Chávez aseguró hoy que el intercambio"
            " comercial entre Venezuela y China superó los 12.000 millones de dólares en 2011.\n\n"
            "Chávez anunció además que la semana próxima llegará al país una comisión china.\n\n"
            "El pasado 24 de enero, el embajador había declarado que el intercambio entre ambos"
            " países llegó en 2011 a los 18.000 millones de dólares.",
            "18.000 millones de dólares",
        ),
        (
            "# Chávez puts trade with China above $12 billion\n\nFebruary 5, 2012\n\nCaracas."
            " President Hugo Chávez said today that trade between Venezuela and China exceeded"
            " $12 billion in 2011.\n\nChávez also announced that a Chinese commission will arrive"
            " next week.\n\nOn January 24, the ambassador had said that trade between the two"
            " countries reached $18 billion in 2011.",
            "$18 billion",
        ),
        (
            "# Chávez põe o comércio com a China acima dos 12 bilhões\n\n5 de fevereiro de 2012"
            "\n\nCaracas. O presidente Hugo Chávez afirmou hoje que o comércio entre a Venezuela e"
            " a China superou os 12 bilhões de dólares em 2011.\n\nChávez anunciou também que uma"
            " comissão chinesa chegará na próxima semana.\n\nNo dia 24 de janeiro, o embaixador"
            " tinha declarado que o comércio entre os dois países chegou em 2011 aos 18 bilhões de"
            " dólares.",
            "18 bilhões de dólares",
        ),
    ],
)
def test_a_dateline_alone_leaves_the_lead_to_the_sentences_after_it(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_lead_naming_two_states_after_a_dateline_names_no_subject():
    text = (
        "# El comercio con China por encima de los 12.000 millones\n\n5 de febrero de 2012\n\n"
        "Caracas. Venezuela y Colombia comerciaron con China por encima de lo previsto en 2011."
        "\n\nLa semana próxima llegará una comisión china.\n\nEl embajador había declarado que el"
        " intercambio entre ambos países llegó en 2011 a los 18.000 millones de dólares."
    )
    result = one(check(text), "18.000 millones de dólares")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- another partner's trade in a possessive relative clause --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "5 de febrero de 2012\n\nEn 2011 China fue el segundo socio comercial de Venezuela,"
            " detrás de Estados Unidos, cuyo comercio con el país sudamericano superó los 30.000"
            " millones de dólares.",
            "superó los 30.000 millones de dólares",
        ),
        (
            "February 5, 2012\n\nIn 2011 China was Venezuela's second trading partner, behind the"
            " United States, whose trade with the South American country topped $30 billion.",
            "topped $30 billion",
        ),
        (
            "5 de fevereiro de 2012\n\nEm 2011 a China foi o segundo parceiro comercial da"
            " Venezuela, atrás dos Estados Unidos, cujo comércio com o país sul-americano superou"
            " os 30 bilhões de dólares.",
            "superou os 30 bilhões de dólares",
        ),
    ],
)
def test_another_partners_trade_in_a_whose_clause_is_not_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "trade_other_partner"


def test_chinas_trade_in_a_whose_clause_stays_chinas():
    text = (
        "5 de febrero de 2012\n\nEn 2011 Venezuela tuvo como segundo socio a China, cuyo comercio"
        " con el país sudamericano llegó a 18.000 millones de dólares."
    )
    result = one(check(text), "18.000 millones de dólares")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the Belt and Road as "el acuerdo de la Ruta de la Seda" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "3 de marzo de 2026\n\nLas exportaciones de Colombia a China cayeron en enero. El"
            " dato deja mal parado el acuerdo de la Ruta de la Seda, que se firmó en mayo del año"
            " pasado.",
            "mayo del año pasado",
        ),
        (
            "March 3, 2026\n\nColombia's exports to China fell in January. The figure bodes ill"
            " for the Silk Road agreement, which Colombia signed in May 2025.",
            "May 2025",
        ),
        (
            "3 de março de 2026\n\nAs exportações da Colômbia para a China caíram em janeiro. O"
            " dado deixa mal o acordo da Rota da Seda, que foi assinado em maio do ano passado.",
            "maio do ano passado",
        ),
    ],
)
def test_the_silk_road_agreement_dates_the_belt_and_road(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_ancient_silk_road_dates_no_tie():
    text = (
        "3 de marzo de 2026\n\nLas caravanas de la antigua Ruta de la Seda unían Asia y Europa,"
        " y Colombia estudia esa historia desde 2019."
    )
    result = one(check(text), "2019")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
