"""General readings found on the fresh dev texts 79-82 of the unseen set (branch issue-15-s14e),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "China is already Ecuador's largest non-oil trading partner", "el mayor socio comercial no
  petrolero", "o maior parceiro comercial não petrolífero": a rank for part of the trade. Main
  bore it out with the stored rank of all goods (2022, rank 1); only a stored rank whose row
  names the same part ("principal NON-OIL trading partner") may now decide it.
* "el déficit comercial de México con China se duplicó: de 30,075 millones de dólares en 2018
  pasó a 62,707 millones en 2023": the clause after a colon spells out the clause before it,
  whose subject (the deficit) names what its figures measure. Main read no metric for the
  figures after the colon (EN: "trade" of the other clause, trade_total). The reading is low:
  it may be borne out, never refuted.
* "La inversión extranjera directa procedente de China fue de 710 millones de dólares en 2024":
  the store's row "other: FDI inflow from China in 2024" is one year's flow of Chinese direct
  investment (`fdi_flow`), which each reporter counts its own way: it bears a matching figure
  out and never refutes another (main: no stored fact for fdi_flow · MEX).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a rank for part of the trade ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Quito, December 2022 — China is already Ecuador's largest non-oil trading partner.",
            "largest non-oil trading partner",
        ),
        (
            "Quito, diciembre de 2022 — China ya es el mayor socio comercial no petrolero de"
            " Ecuador.",
            "mayor socio comercial",
        ),
        (
            "Quito, dezembro de 2022 — A China já é o maior parceiro comercial não petrolífero"
            " do Equador.",
            "maior parceiro comercial não petrolífero",
        ),
    ],
)
def test_a_non_oil_rank_is_not_borne_out_by_the_rank_of_all_goods(kb, text, rank):
    # Main: supported by the stored 2022 rank 1 of all trade (Ecuador government).
    assert one(check(text, kb), rank).verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Quito, December 2022 — China is already Ecuador's largest trading partner.",
            "largest trading partner",
        ),
        (
            "Quito, mayo de 2024 — En 2023, China ya era el principal socio comercial no"
            " petrolero de Ecuador.",
            "principal socio comercial",
        ),
    ],
)
def test_ranks_of_the_same_scope_still_decide(kb, text, rank):
    # Guards: the rank of all goods for an unscoped claim; the stored 2023 non-oil rank for a
    # non-oil claim.
    assert one(check(text, kb), rank).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Quito, December 2022 — China is already Ecuador's largest trading partner, while the"
            " United States remains the largest buyer of its non-oil goods.",
            "largest trading partner",
        ),
        (
            "Quito, diciembre de 2022 — China ya es el mayor socio comercial de Ecuador, y Estados"
            " Unidos sigue siendo el mayor comprador de sus bienes no petroleros.",
            "mayor socio comercial",
        ),
        (
            "Quito, dezembro de 2022 — A China já é o maior parceiro comercial do Equador, e os"
            " Estados Unidos seguem como maiores compradores de seus bens não petrolíferos.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_scope_word_of_a_later_clause_leaves_the_rank_whole(kb, text, rank):
    # "non-oil" scopes the rank it stands in or right after, not a rank earlier in the sentence
    # (the eleventh mutation run: `partner_rank._scope` searched to the sentence's end unnoticed).
    assert one(check(text, kb), rank).verdict is Verdict.SUPPORTED


# --- the metric of the clause before a colon ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Ciudad de México, julio de 2024 — En los últimos cinco años, el déficit comercial"
            " de México con China se duplicó: de 30,075 millones de dólares en 2018 pasó a"
            " 62,707 millones en 2023. La participación fue de 0.7%.",
            "62,707 millones",
        ),
        (
            "Mexico City, July 2024 — Over the past five years Mexico's trade deficit with China"
            " doubled: from US$30,075 million in 2018 it rose to US$62,707 million in 2023.",
            "US$62,707 million",
        ),
        (
            "Cidade do México, julho de 2024 — Nos últimos cinco anos, o déficit comercial do"
            " México com a China dobrou: passou de US$ 30.075 milhões em 2018 para US$ 62.707"
            " milhões em 2023.",
            "US$ 62.707 milhões",
        ),
    ],
)
def test_figures_after_a_colon_take_the_metric_of_the_clause_before(kb, text, later):
    # Main: no metric for the figures after the colon (EN: trade_total from "trade").
    result = one(check(text, kb), later)
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.metric == "trade_deficit"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ciudad de México, julio de 2024 — El comercio entre México y China creció: llegó a"
            " 90,000 millones de dólares en 2023.",
            "90,000 millones de dólares",
        ),
        (
            "Mexico City, July 2024 — Trade between Mexico and China grew: it reached"
            " US$90,000 million in 2023.",
            "US$90,000 million",
        ),
        (
            "Cidade do México, julho de 2024 — O comércio entre o México e a China cresceu:"
            " chegou a US$ 90.000 milhões em 2023.",
            "US$ 90.000 milhões",
        ),
    ],
)
def test_a_figure_after_a_colon_is_never_refuted_by_the_clause_before(kb, text, figure):
    # Guard: the stored 2023 trade (100,295 m) is outside the figure; read across the colon,
    # the metric is a likely reading only.
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


# --- one year's flow of Chinese direct investment -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mexico City, September 2025 — Foreign direct investment from China in Mexico came"
            " to US$710 million in 2024.",
            "US$710 million",
        ),
        (
            "Ciudad de México, septiembre de 2025 — La inversión extranjera directa (IED)"
            " procedente de China fue de 710 millones de dólares en México en 2024.",
            "710 millones de dólares",
        ),
        (
            "Cidade do México, setembro de 2025 — O investimento estrangeiro direto da China no"
            " México somou US$ 710 milhões em 2024.",
            "US$ 710 milhões",
        ),
    ],
)
def test_a_stored_fdi_inflow_bears_out_the_flow(kb, text, figure):
    # Main: no stored fact for fdi_flow · MEX · 2024.
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


def test_a_stored_fdi_inflow_never_refutes_another_reporters_figure(kb):
    text = (
        "Mexico City, September 2025 — Foreign direct investment from China in Mexico came to"
        " US$950 million in 2024."
    )
    assert one(check(text, kb), "US$950 million").verdict is Verdict.UNVERIFIABLE


# --- a rank over a list of states, read state by state ------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Caracas, July 2023 — Customs statistics show that in 2022 China was the main trading"
            " partner of Argentina, Bolivia, Cuba, Paraguay and Venezuela.",
            "main trading partner",
        ),
        (
            "Caracas, julio de 2023 — Las estadísticas de aduanas muestran que en 2022 China fue"
            " el principal socio comercial de Argentina, Bolivia, Cuba, Paraguay y Venezuela.",
            "principal socio comercial",
        ),
        (
            "Caracas, julho de 2023 — As estatísticas alfandegárias mostram que em 2022 a China"
            " foi o principal parceiro comercial da Argentina, Bolívia, Cuba, Paraguai e"
            " Venezuela.",
            "principal parceiro comercial",
        ),
    ],
)
def test_a_rank_over_listed_states_is_read_state_by_state(kb, text, rank):
    # Main: read only as a count of top-partner states (none stored for 2022): unverifiable.
    result = one(check(text, kb), rank)
    assert result.verdict is Verdict.SUPPORTED
    assert "ARG, BOL, CUB, PRY, VEN" in result.reason


def test_a_listed_state_ranked_otherwise_leaves_the_list_unjudged(kb):
    # Guard: Argentina's stored 2019 rank is 2 (INDEC data): not borne out, and not refuted.
    text = (
        "Caracas, July 2023 — Customs statistics show that in 2019 China was the main trading"
        " partner of Argentina, Bolivia and Cuba."
    )
    assert one(check(text, kb), "main trading partner").verdict is Verdict.UNVERIFIABLE
