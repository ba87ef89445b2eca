"""General readings found on the fresh dev texts 505-507 of the unseen set (branch round-r45c,
round 45c: Xiomara Castro's order to open relations with the People's Republic and Honduras's
trade of 2022, China passing Venezuela as Cuba's first trading partner in 2016, the China-Nicaragua
FTA in force on 1 January 2024), each with real-shaped sentences (our own) in Spanish and, where
the wording exists, Portuguese and English, checked against the package's knowledge base.

* A count of years back from an article dated to its month ("dos años después de que ambos
  países restablecieran relaciones diplomáticas" on 2 January 2024) points to that month so many
  years before (January 2022); a tie of the year before at most six months before that month (10
  December 2021) bears it out: main counted whole years to 2022 and judged nothing (text 507).
  Never a tie after that month. Borne out only, never refuted, as every count back is.
* Relations "resumed" ("reanudaran relaciones diplomáticas") are re-established ones, whose
  years are counted as those of relations established: main read a duration.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a count of years back to a neighbouring year's tie ---------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "2 de enero de 2024\n\nDos años después de que Nicaragua y China restablecieran"
            " relaciones diplomáticas, el comercio entre los dos países sigue creciendo.",
            "Dos años",
        ),
        (
            "2 de janeiro de 2024\n\nDois anos depois de a Nicarágua e a China restabelecerem"
            " relações diplomáticas, o comércio entre os dois países continua a crescer.",
            "Dois anos",
        ),
        (
            "January 2, 2024\n\nTwo years after Nicaragua and China re-established diplomatic"
            " relations, trade between the two countries keeps growing.",
            "Two years",
        ),
    ],
)
def test_a_count_of_years_lands_on_a_tie_weeks_before_the_year_it_counts_to(text, count):
    """2 January 2024 less two years is January 2022; the relations of 10 December 2021 are
    one month before it."""
    result = one(check(text), count)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # four years back is January 2020: the relations of December 2021 are two years off
        (
            "2 de enero de 2024\n\nCuatro años después de que Nicaragua y China restablecieran"
            " relaciones diplomáticas, el comercio entre los dos países sigue creciendo.",
            "Cuatro años",
        ),
        # one year back is January 2023: December 2021 is thirteen months before it
        (
            "2 de enero de 2024\n\nUn año después de que Nicaragua y China restablecieran"
            " relaciones diplomáticas, el comercio entre los dos países sigue creciendo.",
            "Un año",
        ),
    ],
)
def test_a_count_of_years_far_from_the_tie_is_never_borne_out_nor_refuted(text, count):
    results = [r for r in check(text) if r.claim.text == count]
    assert all(r.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED) for r in results)


# --- relations resumed ------------------------------------------------------------------------


def test_years_after_relations_were_resumed_date_them():
    """ "reanudaran relaciones" is the re-establishment of the ties (main read a duration)."""
    text = (
        "20 de diciembre de 2023\n\nLos dos gobiernos elevaron sus vínculos dos años después de"
        " que Nicaragua y China reanudaran relaciones diplomáticas."
    )
    result = one(check(text), "dos años")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_years_after_relations_were_resumed_are_never_refuted():
    text = (
        "20 de diciembre de 2023\n\nLos dos gobiernos elevaron sus vínculos cinco años después"
        " de que Nicaragua y China reanudaran relaciones diplomáticas."
    )
    results = [r for r in check(text) if r.claim.text == "cinco años"]
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)
