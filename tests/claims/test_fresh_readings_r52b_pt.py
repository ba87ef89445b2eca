"""General readings found on the fresh dev texts 561-562 of the unseen set (branch round-r52b,
round 52b: Xi Jinping's state visit to Brasília after the G20 (November 2024), and China passing
the United States as Brazil's first supplier (September 2017)), each with real-shaped sentences
(our own) in Portuguese, Spanish and English, checked against the package's knowledge base.

* The bare partner noun ("o principal parceiro do País", "el principal socio de Brasil",
  "Brazil's main partner") is China's rank as a trading partner when the sentence says it speaks
  of foreign trade with a preposition ("No comércio exterior", "En el comercio exterior", "In
  foreign trade") (text 562: main read no metric). Not a strategic partner, and not a ministry's
  name ("Ministério da Indústria, Comércio Exterior e Serviços").
* "os chineses", "los chinos" before a rank name China as "Chinese" does (text 562: main read no
  China before the rank, so no rank).

Ranks are never refuted by this rule: a rank of a year the store does not hold stays
unverifiable.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the bare partner noun in a sentence on foreign trade ---------------------------------------


@pytest.mark.parametrize(
    ("text", "claim", "year"),
    [
        (
            "Brasília, 15 de julho de 2021 — No comércio exterior, a China já aparece como o"
            " principal parceiro do Brasil, segundo dados do ministério.",
            "principal parceiro",
            "2021",
        ),
        (
            "Brasilia, 15 de junio de 2022 — En el comercio exterior, China es hoy el principal"
            " socio de Brasil, según datos oficiales.",
            "principal socio",
            "2022",
        ),
        (
            "Brasília, August 20, 2024 — In foreign trade, China is now Brazil's main partner, the"
            " ministry said.",
            "main partner",
            "2024",
        ),
    ],
)
def test_a_bare_partner_in_foreign_trade_is_the_trading_partner(text, claim, year):
    """Brazil's stored partner ranks of 2021, 2022 and 2024 are all 1."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "china_partner_rank" in result.reason
    assert year in result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # A strategic partner is no trading partner.
        (
            "Brasília, 15 de julho de 2021 — No comércio exterior, a China é o principal parceiro"
            " estratégico do Brasil.",
            "principal parceiro estratégico",
        ),
        # The foreign trade of a ministry's name says nothing of the partner.
        (
            "Brasília, 15 de julho de 2021 — Segundo o Ministério da Indústria, Comércio Exterior e"
            " Serviços, a China é o principal parceiro do Brasil.",
            "principal parceiro",
        ),
        # No foreign trade in the sentence.
        (
            "Brasilia, 15 de junio de 2022 — China es el principal socio de Brasil en la"
            " región, dijo el canciller.",
            "principal socio",
        ),
    ],
)
def test_a_bare_partner_with_no_foreign_trade_is_not_read(text, claim):
    """Guards: neither borne out nor refuted."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "china_partner_rank" not in result.reason


def test_a_bare_partner_of_a_year_not_stored_stays_unverifiable():
    """Guard: a 2017 text's rank (Brazil's ranks are stored for 2009-04, 2021, 2022, 2024)."""
    text = (
        "Setembro de 2017 — A China tornou-se a maior vendedora de mercadorias para o Brasil. No"
        " comércio exterior, os chineses já aparecem como o principal parceiro do País."
    )
    result = one(check(text), "principal parceiro")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "china_partner_rank" in result.reason


# --- "os chineses", "los chinos" before a rank ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Brasília, 20 de agosto de 2024 — Os chineses são hoje o maior parceiro comercial do"
            " Brasil, à frente dos Estados Unidos.",
            "maior parceiro comercial",
        ),
        (
            "Brasilia, 20 de agosto de 2024 — Los chinos son hoy el mayor socio comercial de"
            " Brasil, por delante de Estados Unidos.",
            "mayor socio comercial",
        ),
    ],
)
def test_the_chinese_before_a_rank_name_china(text, claim):
    """Brazil's stored partner rank of 2024 is 1."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "china_partner_rank" in result.reason
