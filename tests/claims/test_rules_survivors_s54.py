"""Tests for the `claims_rules` mutants of the thirty-third run (issue 17): a seeded sample of the
mutants on the lines added to `claims/rules/` from e3a76d2a to 0d39beb5 (stop 53); classified in
docs/mutation-claims-rules-survivors-s54.md. Real-shaped sentences (our own) against the
package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- partner_rank._china_after_apposition: China after the comma, read from the rank's end -----
# "Maior parceiro comercial do Brasil em cada um dos anos desde 2009, a China …": the rank opens
# the sentence as China's apposition; the complement between the rank and the comma may run to
# 60 characters. `_china_after_apposition__mutmut_7` (`CHINA_AFTER_APPOSITION.match(folded,
# end)` -> `.match(folded)`) read those 60 characters from the sentence's start, the rank
# included, and left a rank whose words and complement run past 60 unread. Every test's
# complement was short ("do Brasil desde 2009").
LONG_FRONTED_RANK = [
    (
        "Maior parceiro comercial do Brasil em cada um dos anos desde 2009, a China teve com o"
        " país, em 2023, um comércio recorde.",
        "Maior parceiro comercial",
    ),
    (
        "Principal socio comercial de Brasil año tras año desde enero de 2009, China compró en"
        " 2023 la mayor parte de su soja.",
        "Principal socio comercial",
    ),
    (
        "Brazil's largest trading partner in each and every year since 2009, China bought most of"
        " its soybeans in 2023.",
        "largest trading partner",
    ),
]


@pytest.mark.parametrize(("text", "span"), LONG_FRONTED_RANK)
def test_a_fronted_rank_with_a_long_complement_is_still_chinas(text, span):
    result = checked(text, span, date="2024-11-21")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("every stored rank for china_partner_rank · BRA · 2009")


# --- ties_rank.order_finding: a year that dates another tie named before is no cutoff ----------
# "Panama established diplomatic relations with China in 2017 and was the latest country to join
# the Belt and Road": 2017 dates the relations, not the rank; the latest to join is read with no
# cutoff, and Panama is not it. `order_finding__mutmut_48` (`year = None`) never dropped the
# cutoff and bore Panama out as the latest by 2017-12 (its memorandum of 2017-11-17), a false
# "supported". The tests of that reading ("… in 1970, y Chile fue el primer país …") were of a
# first, which a cutoff leaves the same.
ANOTHER_TIES_YEAR = [
    (
        "Panama established diplomatic relations with China in 2017 and was the latest country to"
        " join the Belt and Road.",
        "latest country",
    ),
    (
        "Panamá estableció relaciones diplomáticas con China en 2017 y fue el último país en"
        " sumarse a la Franja y la Ruta.",
        "último país",
    ),
]


@pytest.mark.parametrize(("text", "span"), ANOTHER_TIES_YEAR)
def test_a_latest_rank_after_another_ties_year_is_not_borne_out_by_it(text, span):
    result = checked(text, span, date="2025-03-01")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "ties:215" not in result.reason


# --- store_facts._exact_dissent: only an exact source of the group dissents --------------------
# "In 2022 trade between Chile and China came to US$66.8 billion": borne out by MOFCOM's "about
# 67" (figures_additions:25); SONAMI's "about 65,000" (figures:223), approximate too, does not
# refute it. `_exact_dissent__mutmut_24` (`… and f.precision not in (…) or supports(…) is
# False`) counted any matched figure that does not bear the claim out, an approximate one too,
# as an exact dissent, and called the figure disputed. The lead's tests had one approximate
# source beside an exact one.
TWO_ROUNDINGS = [
    ("In 2022 trade between Chile and China came to US$66.8 billion.", "US$66.8 billion"),
    (
        "En 2022 el comercio entre Chile y China llegó a 66.800 millones de dólares.",
        "66.800 millones de dólares",
    ),
    (
        "Em 2022 o comércio entre o Chile e a China chegou a US$ 66,8 bilhões.",
        "US$ 66,8 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), TWO_ROUNDINGS)
def test_a_figure_one_rounding_bears_out_is_not_disputed_by_another_rounding(text, span):
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("matches about 67 usd_bn 2022"), result.reason


# --- store_facts._sources_disagree: the exact dissent shows the group's other facts -------------
# "In 2022 Brazil imported goods worth US$60.68 billion from China": borne out only by Agenzia
# Nova's "about 60.7" (figures:155) and refuted by China Customs' exact 61.97
# (figures_additions:11) of the same conflict group: disputed, the two shown as conflicting and
# the group's lower bound "over 60" (figures:156, left out of the matched facts) as related. The
# lead's tests read the reason only, on Chile's exports, whose group holds no third fact; the
# related evidence was never read.
EXACT_DISSENT_WITH_A_BOUND = [
    ("In 2022 Brazil imported goods worth US$60.68 billion from China.", "US$60.68 billion"),
    ("Em 2022 o Brasil importou da China US$ 60,68 bilhões.", "US$ 60,68 bilhões"),
    (
        "En 2022 Brasil importó de China bienes por 60.680 millones de dólares.",
        "60.680 millones de dólares",
    ),
]


@pytest.mark.parametrize(("text", "span"), EXACT_DISSENT_WITH_A_BOUND)
def test_an_exact_dissent_shows_the_groups_bound_as_related(text, span):
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert result.reason.startswith(
        "sources disagree on trade_china_exports · BRA · 2022: about 60.7 usd_bn 2022"
    )
    assert [(e.record_id, e.relation) for e in result.evidence] == [
        ("figures:155", "conflicts"),
        ("figures_additions:11", "conflicts"),
        ("figures:156", "related"),
    ]
