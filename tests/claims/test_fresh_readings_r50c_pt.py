"""General readings found on the fresh dev texts 551-552 of the unseen set (branch round-r50c,
round 50c: the Chinese state funds offered to Brazil in November 2019 with the CEBC's count of
Chinese investment, and the Joint Action Plan of the fourth China-CELAC ministerial of May
2025), each with real-shaped sentences (our own) in Portuguese, Spanish and English, checked
against the package's knowledge base.

* A pledge told in the future with "ir" and the verb ("a China vai convidar", "irá convidar", "va
  a invitar") is a pledge as "convidará" is, and "representantes"/"representatives" of political
  parties are the members a pledge of party members invites (text 552: main read no pledge in "a
  China vai convidar anualmente … 300 representantes de partidos políticos"). Only bears a pledge
  out; a yearly target still needs a yearly figure.
* A weekday with its day in brackets beside a verb of signing ("assinou na quarta-feira (13)",
  "firmó el miércoles (13)", "signed on Wednesday (13)") is the signing's day, a claim of its own
  beside the sentence's other figures (text 551: main read no claim in it). Read at low confidence
  there: it may bear a stored date out, never refute one. Alone in its sentence it is read as
  before.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a pledge told with "vai convidar", of party representatives --------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Pequim, 13 de maio de 2025 — Pelo Programa de Solidariedade, a China vai convidar"
            " anualmente, nos próximos três anos, 300 representantes de partidos políticos da"
            " Celac.",
            "300 representantes",
        ),
        (
            "Pequim, 13 de maio de 2025 — A China irá convidar anualmente 300 representantes de"
            " partidos políticos da Celac.",
            "300 representantes",
        ),
        (
            "Pekín, 13 de mayo de 2025 — Con el Programa de Solidaridad, China va a invitar"
            " anualmente, en los próximos tres años, a 300 representantes de partidos políticos"
            " de la Celac.",
            "300 representantes",
        ),
        (
            "Pekín, 13 de mayo de 2025 — Con el Programa de Solidaridad, China va a invitar"
            " anualmente, en los próximos tres años, a 300 miembros de partidos políticos de la"
            " Celac.",
            "300 miembros",
        ),
        (
            "Beijing, May 13, 2025 — Under the Solidarity Program, China will invite 300 political"
            " party representatives from CELAC countries every year over the next three years.",
            "300 political party representatives",
        ),
    ],
)
def test_party_representatives_invited_yearly_bear_out_the_pledge(text, claim):
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "beijing2025_party_members_300_per_year" in result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # No "anualmente": 300 over three years may be the total (as dev u040).
        (
            "Pequim, 13 de maio de 2025 — A China vai convidar, nos próximos três anos, 300"
            " representantes de partidos políticos da Celac.",
            "300 representantes",
        ),
        # No party named: one topic word of the pledge is not enough.
        (
            "Pequim, 13 de maio de 2025 — A China vai convidar anualmente 300 representantes da"
            " Celac.",
            "300 representantes",
        ),
    ],
)
def test_a_pledge_not_told_as_stored_is_not_borne_out(text, claim):
    """Guards: the yearly target needs a yearly figure and the pledge's topic."""
    result = one(check(text), claim)
    assert result.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED), result.reason


# --- the day of a signing with its day in brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Brasília, novembro de 2019 — O ministro assinou na quarta-feira (13) um acordo de"
            " cooperação com o Ministério dos Transportes da China para elaborar projetos ao"
            " longo de cinco anos.",
            "quarta-feira (13)",
        ),
        (
            "Brasilia, noviembre de 2019 — El ministro firmó el miércoles (13) un acuerdo de"
            " cooperación con el Ministerio de Transporte de China para elaborar proyectos"
            " durante cinco años.",
            "miércoles (13)",
        ),
        (
            "Brasilia, November 2019 — The minister signed on Wednesday (13) a cooperation"
            " agreement with China's transport ministry to draw up projects over five years.",
            "Wednesday (13)",
        ),
    ],
)
def test_a_signing_s_day_in_brackets_is_a_date_beside_other_figures(text, claim):
    result = one(check(text), claim)
    assert result.claim.kind is Kind.DATE
    assert result.claim.period is not None
    assert (result.claim.period.end_year, result.claim.period.end_month) == (2019, 11)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Cidade do Panamá, novembro de 2017 — O Panamá assinou na sexta-feira (17) o"
            " memorando da Iniciativa Cinturão e Rota com a China, ao lado de outros 18 acordos.",
            "sexta-feira (17)",
        ),
        (
            "Ciudad de Panamá, noviembre de 2017 — Panamá firmó el viernes (17) el memorando de"
            " la Franja y la Ruta con China, junto con otros 18 acuerdos.",
            "viernes (17)",
        ),
    ],
)
def test_a_signing_s_day_bears_out_the_stored_tie(text, claim):
    """Panama's Belt and Road memorandum is stored as signed on 2017-11-17."""
    result = one(check(text), claim)
    # Disputed since stop 49: a row flagged CONFLICT dates it 2018-12-03; the day is still
    # read as the stored one's.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert result.reason.startswith("the ties table dates it 2017-11-17 (PAN bri_mou")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Cidade do Panamá, novembro de 2017 — O Panamá assinou na sexta-feira (10) o"
            " memorando da Iniciativa Cinturão e Rota com a China, ao lado de outros 18 acordos.",
            "sexta-feira (10)",
        ),
        (
            "Panama City, November 2017 — Panama signed on Friday (10) the Belt and Road"
            " memorandum with China, along with 18 other agreements.",
            "Friday (10)",
        ),
    ],
)
def test_a_signing_s_day_beside_other_figures_never_refutes(text, claim):
    """Guard: read at low confidence, another Friday is not refuted by the stored 17th."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_signing_s_day_alone_is_read_as_before():
    """Guard: alone in its sentence the day keeps its reading (and its refutation)."""
    result = one(
        check(
            "Cidade do Panamá, novembro de 2017 — O Panamá assinou na sexta-feira (10) o"
            " memorando da Iniciativa Cinturão e Rota com a China."
        ),
        "sexta-feira (10)",
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_weekday_of_a_release_still_dates_no_figure():
    """Guard: with no verb of signing the day dates the telling: no date claim, and the
    figure keeps its own month."""
    results = check(
        "Brasília, novembro de 2019 — O relatório divulgado na quarta-feira (13) mostra"
        " exportações de US$ 5 bilhões para a China em outubro."
    )
    assert not any(r.claim.kind is Kind.DATE and "(13)" in r.claim.text for r in results)
    figure = one(results, "US$ 5 bilhões")
    assert figure.claim.period is not None
    assert figure.claim.period.end_month == 10
