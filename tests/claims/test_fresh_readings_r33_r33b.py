"""General readings found on the fresh dev texts 375-378 of the unseen set (branch issue-15-r33b,
round 33b: the fourth China-CELAC ministerial of 2025, the Dominican Republic's break with Taiwan
in 2018, Argentina's currency swap with China in 2023, and Nicaragua's imports from China in the
first quarter of 2025), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A delivered figure counted over years that run past its pledge's own period bears out nothing as
  that pledge's delivery: "China ha concedido más de 17.000 becas a estudiantes latinoamericanos y
  caribeños" — main took it as borne out by the "about 17,000 scholarships" of 2016-2024 stored
  under the 6,000 pledged in Brasília for 2015-2019 (a sum that takes in the 2022-2024 pledge's
  scholarships too; its scope note says "not directly comparable"): a false "supported" (text
  375's u6708, and text 339's u5812, keyed unverifiable). The pledge's own target, and delivered
  levels measured as of one year (the region's trade of 2024), bear out as before (guards).
* CELAC's count of members written with "países miembros", "países membros", "member states" or
  "member countries", and CELAC named by its full name ("los 33 países miembros de la Comunidad
  de Estados Latinoamericanos y Caribeños"), is CELAC's membership: main read no metric (text
  375's u6703, keyed supported). Another number beside the same words is not CELAC's count and
  stays unjudged; "los 33 países de la CELAC" reads as before (guards).
* The year of an agreement's life a rank counts ("el segundo año de vigencia del Tratado de Libre
  Comercio (TLC) entre China y Nicaragua", "the second year in force of the free trade
  agreement", May 2025) dates the one tie the sentence names: the article's year less the ordinal,
  plus one, is the year it took effect (Nicaragua's FTA, in force 2024-01-01) — main read the
  rank of no tie (text 378's u6734, keyed supported). A count that does not fit is left
  unverifiable with the table's date, never contradicted (it may count from the signing), and a
  year of something else ("el segundo año de gobierno") is no year in force (guards). Portuguese
  "o segundo ano de vigência" is not read as a claim at all (an extraction gap, left).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a delivered sum that runs past its pledge's period ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mayo de 2025 — Quito\n\nEn educación, China ha concedido más de 17.000 becas a"
            " estudiantes latinoamericanos y caribeños.",
            "más de 17.000 becas a estudiantes",
        ),
        (
            "May 2025 — London\n\nIn education, China has granted about 17,000 scholarships to"
            " students from Latin America and the Caribbean.",
            "about 17,000 scholarships to students",
        ),
        (
            "Maio de 2025 — Brasília\n\nNa educação, a China concedeu cerca de 17 mil bolsas de"
            " estudo a estudantes latino-americanos e caribenhos.",
            "cerca de 17 mil bolsas",
        ),
    ],
)
def test_a_delivered_sum_past_the_pledges_period_bears_out_nothing(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "brasilia2014_scholarships_6000" not in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Julio de 2014 — Brasilia\n\nXi Jinping prometió 6.000 becas del gobierno chino para"
            " América Latina y el Caribe en los próximos cinco años.",
            "6.000 becas",
        ),
        (
            "July 2014 — Brasília\n\nXi Jinping pledged 6,000 government scholarships for Latin"
            " America and the Caribbean over the next five years.",
            "6,000 government scholarships",
        ),
        (
            "May 2025 — Beijing\n\nIn 2024, trade between China and Latin America reached"
            " US$518.47 billion, passing the US$500 billion goal set in 2014.",
            "US$518.47 billion",
        ),
    ],
)
def test_targets_and_levels_of_one_year_still_bear_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- CELAC's members, by "países miembros" and by its full name -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mayo de 2025 — Beijing\n\nAsistieron representantes de los 33 países miembros de la"
            " Comunidad de Estados Latinoamericanos y Caribeños.",
            "33 países miembros",
        ),
        (
            "May 2025 — Beijing\n\nDelegates of the 33 member states of the Community of Latin"
            " American and Caribbean States attended.",
            "33 member states",
        ),
        (
            "Maio de 2025 — Pequim\n\nParticiparam representantes dos 33 países membros da"
            " Comunidade de Estados Latino-Americanos e Caribenhos.",
            "33 países membros",
        ),
        (
            "May 2025 — Beijing\n\nDelegates of the 33 CELAC member countries attended the meeting.",
            "33 CELAC member countries attended",
        ),
    ],
)
def test_celacs_members_by_their_full_name(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "CELAC members" in result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Mayo de 2025 — Beijing\n\nAsistieron 20 países miembros de la Comunidad de Estados"
            " Latinoamericanos y Caribeños.",
            "20 países miembros",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Mayo de 2025 — Beijing\n\nAsistieron representantes de los 33 países de la CELAC.",
            "33 países",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_other_counts_and_the_short_name_read_as_before(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- the year of an agreement in force ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mayo de 2025 — Managua\n\nEl avance chino se produce en el segundo año de vigencia del"
            " Tratado de Libre Comercio (TLC) entre China y Nicaragua.",
            "segundo año",
        ),
        (
            "May 2025 — Managua\n\nChina's advance comes in the second year in force of the free"
            " trade agreement between China and Nicaragua.",
            "second year",
        ),
    ],
)
def test_the_year_in_force_dates_the_agreement(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2024" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mayo de 2025 — Managua\n\nEl avance chino se produce en el tercer año de vigencia del"
            " Tratado de Libre Comercio (TLC) entre China y Nicaragua.",
            "tercer año",
        ),
        (
            "May 2025 — Managua\n\nChina's advance comes in the third year in force of the free"
            " trade agreement between China and Nicaragua.",
            "third year",
        ),
        (
            "Mayo de 2025 — Managua\n\nEl segundo año de gobierno de Ortega coincidió con el"
            " Tratado de Libre Comercio con China.",
            "segundo año",
        ),
    ],
)
def test_a_year_that_does_not_fit_or_of_something_else_is_not_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
