"""General readings found on dev's false "supported" verdicts (branch issue-15-r33d, round 33d:
no new texts; the dev claims keyed unverifiable or disputed that main called supported, each
classified as a checker slip, a key made stale by data added after it, or a key question), each
with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* An undated level is no level delivered in another year: "O comércio anual entre a China e a
  região chegou a US$ 257,8 bilhões", in a November 2024 text — main bore it out by the level
  the US$ 500 bn pledge of Brasília 2014 had reached in 2017, and "quase chegou a US$ 490
  bilhões" by the 489 of 2023 (dev u4918, "quase chegou a US$ 500 bilhões"); "China has offered
  about 17,000 government scholarships", May 2025, by the 17,000 of 2016–2024 (dev u5812). The
  stored facts read an undated figure so already (a whole year of the article's, the year
  before early in the year, "in recent years" the years before): the delivered levels now do
  too. A level of the article's time, a dated level and a range read at low confidence ("Entre
  2016 y 2024, …", before a comma) are still borne out (guards).
* A range is borne out only by a level of its own years: "From 2015 to 2019, China granted
  17,000 government scholarships" — main bore it out by the 17,000 of 2016–2024, the range
  being the pledge's own period; now nothing stored speaks of it (no pledge's target refutes it
  either: the figure is that level, told of other years). Another figure pledged for the
  range is still refuted by the pledge (guard).
* A count of states holding a tie is China's only when the tie is: "Three countries of the
  region have free trade agreements with the United States", "con la Unión Europea", "com o
  Japão" were borne out by the three FTAs with China in force (the ties table) or by the stored
  count of three; "Three countries … are negotiating free trade agreements with China",
  "negocian", "negociam", "Mais de 20 países … estudam aderir à Iniciativa Cinturão e Rota",
  "plan to join" were counted as ties held. The same counts of ties held with China are still
  borne out (guards; dev u2061 and u5804 are such counts, see the round's README section).
* A list set off by dashes ends at the closing dash: "Three Latin American countries — Chile,
  Peru and Costa Rica — have free trade agreements with China", "Tres países latinoamericanos
  — … — tienen tratados … con China", "Três países latino-americanos — … — têm acordos … com a
  China" — main counted China as a fourth item, a false "inconsistent" (found by probing the
  ties counts above). A list of four between the dashes, and a list after a dash that ends the
  sentence, are still counted (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- an undated level is no level delivered in another year ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 14, 2024 — Beijing\n\nAnnual trade between China and the region has"
            " reached US$ 257.8 billion.",
            "US$ 257.8 billion",
        ),
        (
            "14 de noviembre de 2024 — Pekín\n\nEl comercio anual entre China y la región llegó"
            " a 236.500 millones de dólares.",
            "236.500 millones de dólares",
        ),
        (
            "14 de novembro de 2024 — Pequim\n\nO comércio anual entre a China e a região quase"
            " chegou a US$ 490 bilhões.",
            "quase chegou a US$ 490 bilhões",
        ),
        (
            "May 20, 2025 — Beijing\n\nChina has offered about 17,000 government scholarships to"
            " Latin Americans.",
            "about 17,000 government scholarships",
        ),
        (
            "20 de mayo de 2025 — Pekín\n\nChina ofreció cerca de 17.000 becas gubernamentales a"
            " latinoamericanos.",
            "cerca de 17.000 becas gubernamentales",
        ),
        (
            "20 de maio de 2025 — Pequim\n\nPequim ofereceu cerca de 17 mil bolsas de estudo"
            " estatais a latino-americanos.",
            "cerca de 17 mil bolsas",
        ),
    ],
)
def test_an_undated_level_is_no_level_delivered_in_another_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a level of the article's time (the year before, early in the year)
        (
            "February 14, 2024 — Beijing\n\nAnnual trade between China and the region reached"
            " US$ 489 billion.",
            "US$ 489 billion",
        ),
        (
            "14 de fevereiro de 2024 — Pequim\n\nO comércio anual entre a China e a região"
            " chegou a US$ 489 bilhões.",
            "US$ 489 bilhões",
        ),
        # a dated level
        (
            "November 14, 2024 — Beijing\n\nIn 2017, trade between China and the region reached"
            " US$ 257.8 billion.",
            "US$ 257.8 billion",
        ),
        (
            "14 de novembro de 2024 — Pequim\n\nEm 2023, o comércio entre a China e a região"
            " quase chegou a US$ 490 bilhões.",
            "quase chegou a US$ 490 bilhões",
        ),
        # the years of the level, read before a comma (low confidence)
        (
            "May 20, 2025 — Beijing\n\nBetween 2016 and 2024, China offered about 17,000"
            " government scholarships to Latin Americans.",
            "about 17,000 government scholarships",
        ),
        (
            "20 de mayo de 2025 — Pekín\n\nEntre 2016 y 2024, China ofreció cerca de 17.000"
            " becas gubernamentales a latinoamericanos.",
            "cerca de 17.000 becas gubernamentales",
        ),
    ],
)
def test_a_level_of_its_own_time_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a range is borne out only by a level of its own years -------------------------------------


def test_a_range_is_no_level_delivered_over_other_years():
    text = (
        "May 20, 2025 — Beijing\n\nFrom 2015 to 2019, China granted 17,000 government"
        " scholarships to Latin Americans."
    )
    result = one(check(text), "17,000 government scholarships")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "May 20, 2025 — Beijing\n\nFrom 2016 to 2024, China granted 17,000 government"
            " scholarships to Latin Americans.",
            "17,000 government scholarships",
            Verdict.SUPPORTED,
        ),
        (
            "May 20, 2025 — Beijing\n\nFrom 2015 to 2019, China promised 8,000 government"
            " scholarships to Latin America.",
            "8,000 government scholarships",
            Verdict.CONTRADICTED,
        ),
        (
            "May 20, 2025 — Beijing\n\nFrom 2015 to 2019, China offered 6,000 government"
            " scholarships to Latin Americans.",
            "6,000 government scholarships",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_range_of_the_levels_years_and_the_pledge_itself_read_as_before(text, figure, expected):
    result = one(check(text), figure)
    assert result.verdict is expected, result.reason


# --- a count of states holding a tie is China's only when the tie is ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 20, 2023 — Santiago\n\nThree countries of the region have free trade agreements"
            " with the United States.",
            "Three countries",
        ),
        (
            "June 20, 2022 — Santiago\n\nThree countries of the region have free trade"
            " agreements with the United States.",
            "Three countries",
        ),
        (
            "20 de mayo de 2023 — Santiago\n\nTres países de la región tienen tratados de libre"
            " comercio con la Unión Europea.",
            "Tres países",
        ),
        (
            "20 de maio de 2023 — Santiago\n\nTrês países da região têm acordos de livre comércio"
            " com o Japão.",
            "Três países",
        ),
        (
            "May 20, 2023 — Santiago\n\nThree countries of the region are negotiating free trade"
            " agreements with China.",
            "Three countries",
        ),
        (
            "20 de mayo de 2023 — Santiago\n\nTres países de la región negocian tratados de libre"
            " comercio con China.",
            "Tres países",
        ),
        (
            "20 de maio de 2023 — Santiago\n\nTrês países da região negociam acordos de livre"
            " comércio com a China.",
            "Três países",
        ),
        (
            "20 de maio de 2025 — Pequim\n\nMais de 20 países da região estudam aderir à"
            " Iniciativa Cinturão e Rota.",
            "Mais de 20 países",
        ),
        (
            "May 20, 2025 — Beijing\n\nMore than 20 countries of the region plan to join the Belt"
            " and Road Initiative.",
            "More than 20 countries",
        ),
    ],
)
def test_a_count_of_ties_with_another_partner_or_in_talks_is_not_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 20, 2023 — Santiago\n\nThree countries of the region have free trade agreements"
            " with China.",
            "Three countries",
        ),
        (
            "20 de mayo de 2023 — Santiago\n\nTres países de la región tienen tratados de libre"
            " comercio con China.",
            "Tres países",
        ),
        (
            "20 de maio de 2023 — Santiago\n\nTrês países da região têm acordos de livre comércio"
            " com a China.",
            "Três países",
        ),
        (
            "May 20, 2023 — Santiago\n\nAfter years of negotiations, three countries of the"
            " region have free trade agreements with China.",
            "three countries",
        ),
        (
            "May 20, 2023 — Santiago\n\nThree countries of the region have free trade agreements"
            " with China, and the United States has eleven.",
            "Three countries",
        ),
        (
            "20 de maio de 2025 — Pequim\n\nMais de 20 países da América Latina e do Caribe"
            " aderiram à Iniciativa Cinturão e Rota.",
            "Mais de 20 países",
        ),
        (
            "May 20, 2025 — Beijing\n\nMore than 20 countries of the region have joined the Belt"
            " and Road Initiative, which the United States opposes.",
            "More than 20 countries",
        ),
        (
            "Noviembre de 2022 — Lima\n\nVeintiún países de la región firmaron memorandos de la"
            " Franja y la Ruta.",
            "Veintiún países",
        ),
    ],
)
def test_a_count_of_ties_with_china_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a list set off by dashes ends at the closing dash ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 20, 2023 — Santiago\n\nThree Latin American countries — Chile, Peru and Costa"
            " Rica — have free trade agreements with China.",
            "Three Latin American countries",
        ),
        (
            "20 de mayo de 2023 — Santiago\n\nTres países latinoamericanos — Chile, Perú y Costa"
            " Rica — tienen tratados de libre comercio con China.",
            "Tres países latinoamericanos",
        ),
        (
            "20 de maio de 2023 — Santiago\n\nTrês países latino-americanos — Chile, Peru e Costa"
            " Rica — têm acordos de livre comércio com a China.",
            "Três países latino-americanos",
        ),
    ],
)
def test_a_list_set_off_by_dashes_ends_at_the_closing_dash(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 20, 2023 — Santiago\n\nThree Latin American countries — Chile, Peru, Costa Rica"
            " and Ecuador — have free trade agreements with China.",
            "Three Latin American countries",
        ),
        (
            "20 de mayo de 2023 — Santiago\n\nTres países latinoamericanos — Chile, Perú, Costa"
            " Rica y Ecuador — tienen tratados de libre comercio con China.",
            "Tres países latinoamericanos",
        ),
        (
            "May 20, 2023 — Santiago\n\nThree countries have free trade agreements with China —"
            " Chile, Peru, Costa Rica and Ecuador.",
            "Three countries",
        ),
    ],
)
def test_a_longer_list_is_still_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert "lists 4" in result.reason, result.reason
