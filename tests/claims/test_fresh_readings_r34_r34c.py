"""General readings found on the fresh dev texts 391-394 of the unseen set (branch issue-15-r34c,
round 34c: Brazil's trade with China from January to July 2018 with its ranked destinations,
January to May 2013 with soy and iron ore, the New Development Bank's projects in Brazil (2025),
and Brazil's beef exports of 2023), each with real-shaped sentences (our own) in English, Spanish
and Portuguese, checked against the package's knowledge base.

* The BRICS bank and the AIIB are lenders of their own, not China: "Em 2023, o Novo Banco de
  Desenvolvimento, o banco dos Brics, emprestou US$ 1,5 bilhão ao Brasil", "the New Development
  Bank … lent Brazil US$1.5 billion", "el Nuevo Banco de Desarrollo … prestó …", "the NDB lent",
  "o banco do Brics emprestou" — main read China's loans to Brazil of 2023 and called them
  contradicted by the policy banks' stored 1.3 billion (text 393 names the bank's approvals in
  Brazil). A Chinese policy bank named nearer still lends as China (guards).
* Two months with a slash are a span: "no acumulado janeiro/outubro de 2019", "en el acumulado
  enero/octubre de 2019", "January/October 2019" — main read October alone (text 391's
  "janeiro/julho de 2018" read as July 2018) and so left a stored January–October row unread.
  "De janeiro a outubro de 2019" was read already (guard).
* The one placed, in apposition: "à frente dos Estados Unidos, segundo colocado do ranking",
  "por delante de Estados Unidos, segundo clasificado del ranking" — main read no rank (text
  392: u7120 missed).
* A place whose verb is left out in a run of places: "Hong Kong veio em quarto lugar, com …, e os
  Emirados Árabes em quinto, com …", "… y los Emiratos Árabes en quinto, con …" — main read no
  rank (text 394: u7171 missed). "Em segundo, …" opening a sentence and "em segundo plano" stay
  no rank (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- the BRICS bank and the AIIB lend as themselves ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Julho de 2024 — Rio de Janeiro\n\nEm 2023, o Novo Banco de Desenvolvimento, o banco"
            " dos Brics, emprestou US$ 1,5 bilhão ao Brasil.",
            "US$ 1,5 bilhão",
        ),
        (
            "Julho de 2024 — Rio de Janeiro\n\nEm 2023, o banco do Brics emprestou US$ 1,5 bilhão"
            " ao Brasil.",
            "US$ 1,5 bilhão",
        ),
        (
            "July 2024 — Rio de Janeiro\n\nIn 2023, the New Development Bank, the BRICS bank, lent"
            " Brazil US$1.5 billion.",
            "US$1.5 billion",
        ),
        (
            "July 2024 — Rio de Janeiro\n\nIn 2023, the NDB lent Brazil US$1.5 billion.",
            "US$1.5 billion",
        ),
        (
            "Julio de 2024 — Río de Janeiro\n\nEn 2023, el Nuevo Banco de Desarrollo, el banco de"
            " los BRICS, prestó US$ 1.500 millones a Brasil.",
            "US$ 1.500 millones",
        ),
        (
            "Julio de 2024 — Río de Janeiro\n\nEn 2023, el Banco Asiático de Inversión en"
            " Infraestructura prestó US$ 1.500 millones a Brasil.",
            "US$ 1.500 millones",
        ),
    ],
)
def test_the_brics_bank_is_not_china(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric != "loans_total", result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "July 2024 — Rio de Janeiro\n\nIn 2023, Chinese policy banks lent Brazil US$1.5"
            " billion.",
            "US$1.5 billion",
        ),
        (
            "Julho de 2024 — Rio de Janeiro\n\nEm 2023, os bancos de fomento da China emprestaram"
            " US$ 1,5 bilhão ao Brasil.",
            "US$ 1,5 bilhão",
        ),
    ],
)
def test_chinas_policy_banks_still_lend_as_china(text, figure):
    result = one(check(text), figure)
    assert result.claim.metric == "loans_total", result.reason


# --- two months with a slash -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Novembro de 2019 — Brasília\n\nNo acumulado janeiro/outubro de 2019, as exportações"
            " brasileiras para a China somaram US$ 52 bilhões.",
            "US$ 52 bilhões",
        ),
        (
            "Noviembre de 2019 — Brasilia\n\nEn el acumulado enero/octubre de 2019, las"
            " exportaciones brasileñas a China sumaron US$ 52.000 millones.",
            "US$ 52.000 millones",
        ),
        (
            "November 2019 — Brasília\n\nIn January/October 2019, Brazil's exports to China"
            " totalled US$52 billion.",
            "US$52 billion",
        ),
    ],
)
def test_two_months_with_a_slash_are_a_span(text, figure):
    result = one(check(text), figure)
    period = result.claim.period
    assert (period.start_month, period.end_month) == (1, 10), result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_month_span_with_a_preposition_is_read_as_before():
    text = (
        "Novembro de 2019 — Brasília\n\nDe janeiro a outubro de 2019, as exportações brasileiras"
        " para a China somaram US$ 52 bilhões."
    )
    result = one(check(text), "US$ 52 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the one placed, in apposition; a place whose verb is left out -----------------------------


@pytest.mark.parametrize(
    ("text", "figure", "rank"),
    [
        (
            "Junho de 2013 — Brasília\n\nA China é o principal parceiro comercial do Brasil, bem à"
            " frente dos Estados Unidos, segundo colocado do ranking.",
            "segundo colocado",
            2,
        ),
        (
            "Junio de 2013 — Brasilia\n\nChina es el principal socio comercial de Brasil, muy por"
            " delante de Estados Unidos, segundo clasificado del ranking.",
            "segundo clasificado",
            2,
        ),
        (
            "Janeiro de 2024 — São Paulo\n\nO Chile ficou na terceira posição, com 100.468"
            " toneladas; Hong Kong veio em quarto lugar, com 119.295 toneladas, e os Emirados"
            " Árabes em quinto, com 77.387 toneladas.",
            "quinto",
            5,
        ),
        (
            "Enero de 2024 — São Paulo\n\nChile quedó en el tercer lugar, con 100.468 toneladas;"
            " Hong Kong vino en cuarto lugar, con 119.295 toneladas, y los Emiratos Árabes en"
            " quinto, con 77.387 toneladas.",
            "quinto",
            5,
        ),
    ],
)
def test_a_place_in_apposition_or_with_its_verb_left_out_is_a_rank(text, figure, rank):
    result = one(check(text), figure)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == rank


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Janeiro de 2024 — São Paulo\n\nEm segundo, a China comprou mais carne.", "segundo"),
        (
            "Janeiro de 2024 — São Paulo\n\nO Brasil ficou em primeiro lugar e em segundo plano"
            " ficou o Chile.",
            "segundo",
        ),
        ("Enero de 2024 — São Paulo\n\nEn segundo, China compró más carne.", "segundo"),
    ],
)
def test_no_place_no_rank(text, word):
    assert not any(r.claim.text == word for r in check(text))
