"""General readings found on the fresh dev texts 477-480 of the unseen set (branch issue-15-r42b,
round 42b: Chile's exports of 2023, Uruguay's exports to China of 2025, El Salvador's record
imports from China of 2025 and the Chinese ambassador's figures on Bolivia of 2024), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the package's
knowledge base.

* A span of years told right after a pair "de X a Y" ("pasó de 880 mil dólares a más de 3.500
  millones de dólares entre 1985 y 2024") dates X to its first year and Y to its last: main read
  both figures for the whole span 1985-2024 and found nothing stored (text 480).
* A figure followed by the participle of a flow ("los US$2.652,5 millones importados en 2024",
  "the $2.65 billion imported in 2024", "os US$ 2,65 bilhões importados em 2024") is the state's
  imports (or exports) with China: main read no metric (text 479). The side is inferred, so it may
  be borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a span of years right after "de X a Y" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "15 de mayo de 2025\n\nBolivia celebra 40 años de relaciones con China. Según las"
            " estadísticas chinas, el comercio entre los dos países pasó de 880 mil dólares a más"
            " de 3.500 millones de dólares entre 1985 y 2024.",
            "más de 3.500 millones de dólares",
        ),
        (
            "May 15, 2025\n\nBolivia marks 40 years of relations with China. According to Chinese"
            " statistics, trade between the two countries grew from $880,000 to more than $3.5"
            " billion between 1985 and 2024.",
            "more than $3.5 billion",
        ),
        (
            "15 de maio de 2025\n\nA Bolívia celebra 40 anos de relações com a China. Segundo as"
            " estatísticas chinesas, o comércio entre os dois países subiu de 880 mil dólares para"
            " mais de 3,5 bilhões de dólares entre 1985 e 2024.",
            "mais de 3,5 bilhões de dólares",
        ),
    ],
)
def test_a_span_after_from_to_dates_the_second_figure_to_its_last_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period.start_year == result.claim.period.end_year == 2024


def test_a_span_after_from_to_dates_the_first_figure_to_its_first_year():
    text = (
        "15 de mayo de 2025\n\nSegún las estadísticas chinas, el comercio entre Bolivia y China"
        " pasó de 880 mil dólares a más de 3.500 millones de dólares entre 1985 y 2024."
    )
    result = one(check(text), "880 mil dólares")
    assert result.claim.period.start_year == result.claim.period.end_year == 1985
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_wrong_end_of_from_to_is_not_borne_out():
    # Guard: the stored lower bound of 2024 (more than 3,500 m) never bears out a lower figure.
    text = (
        "15 de mayo de 2025\n\nSegún las estadísticas chinas, el comercio entre Bolivia y China"
        " pasó de 880 mil dólares a 2.000 millones de dólares entre 1985 y 2024."
    )
    result = one(check(text), "2.000 millones de dólares")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_month_span_after_from_to_is_left_alone():
    # Guard: a span of months is no pair of years.
    text = (
        "15 de mayo de 2025\n\nEl comercio de Bolivia con China pasó de 200 millones de dólares a"
        " 300 millones de dólares entre enero y marzo de 2024."
    )
    result = one(check(text), "300 millones de dólares")
    assert not (
        result.claim.period.start_year == result.claim.period.end_year == 2024
        and result.claim.period.kind == "point"
        and result.claim.period.start_month is None
    )


# --- a participle of flow right after the figure ------------------------------------------------

ES = (
    "4 de febrero de 2026\n\nLas compras de El Salvador a China llegaron en 2025 a US$3.566,2"
    " millones, según el Banco Central de Reserva. En sentido contrario, lo que el país vendió al"
    " gigante asiático bajó a 50 millones.\n\nEl dato oficial supera en 34,4 % los {figure}"
    " importados {partner}en 2024."
)
PT = (
    "4 de fevereiro de 2026\n\nAs compras de El Salvador à China chegaram em 2025 a US$ 3.566,2"
    " milhões, segundo o Banco Central de Reserva. Em sentido contrário, o que o país vendeu ao"
    " gigante asiático caiu para 50 milhões.\n\nO dado oficial supera em 34,4 % os {figure}"
    " importados {partner}em 2024."
)
EN = (
    "February 4, 2026\n\nEl Salvador's purchases from China reached US$3,566.2 million in 2025,"
    " according to the Central Reserve Bank. By contrast, what the country sold to the Asian"
    " giant fell to 50 million.\n\nThe official figure is 34.4% above the {figure} imported"
    " {partner}in 2024."
)


@pytest.mark.parametrize(
    ("template", "figure"),
    [
        (ES, "US$2.652,5 millones"),
        (PT, "US$ 2.652,5 milhões"),
        # English read "imported" already (a cue of the lexicon): kept as a check.
        (EN, "US$2,652.5 million"),
    ],
)
def test_a_flow_participle_after_the_figure_names_its_metric(template, figure):
    result = one(check(template.format(figure=figure, partner="")), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("template", "figure"),
    [(ES, "US$2.900 millones"), (PT, "US$ 2.900 milhões"), (EN, "US$2,900 million")],
)
def test_a_flow_participle_is_never_refuted(template, figure):
    # Guard: a wrong figure read by the participle is left unverifiable (the side is inferred).
    result = one(check(template.format(figure=figure, partner="")), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("template", "figure", "partner"),
    [
        (ES, "US$2.652,5 millones", "desde Estados Unidos "),
        (PT, "US$ 2.652,5 milhões", "dos Estados Unidos "),
    ],
)
def test_a_flow_participle_with_another_partner_is_not_china(template, figure, partner):
    # Guard: "importados desde Estados Unidos" is not a flow with China.
    result = one(check(template.format(figure=figure, partner=partner)), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
