"""General readings found on the fresh dev texts 581-582 of the unseen set (branch round-r54d:
a 2019 report on Chinese policy-bank lending to Latin America in 2018, and CGTN on the second
ministerial meeting of the China-CELAC Forum, January 2018), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* One stored edition of a database that revises itself does not refute a figure within the
  revisions the store shows for it: BU-IAD's single-year lending to the region is stored in two
  vintages for several years (2010: 37 in the 2013 vintage, 35.7 in the 2022 one), and 2017 only
  in the 2022 vintage (6.3 bn). "The $ 6.2 billion they lent in 2017", told from the 2019
  release, lies within the smallest of those revisions and is another edition's figure, not a
  contradiction (text 581: main refuted it, the round's one false "contradicted"). A figure
  farther off than any revision the store shows is still refuted; the stored figure still bears
  out a figure that matches it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

ONE_EDITION = (
    "the store holds one edition of a database it shows revising its figures for other years"
)

# --- one edition of a revised series does not refute a figure within its revisions ------------

WITHIN_A_REVISION = [
    (
        "China's two policy banks lent $ 6.2 billion to Latin America in 2017, according to the"
        " Inter-American Dialogue.",
        "$ 6.2 billion",
    ),
    (
        "Los dos bancos de desarrollo chinos prestaron 6.200 millones de dólares a América Latina"
        " en 2017, según el Diálogo Interamericano.",
        "6.200 millones de dólares",
    ),
    (
        "Os dois bancos de fomento chineses emprestaram US$ 6,2 bilhões à América Latina em 2017,"
        " segundo o Diálogo Interamericano.",
        "US$ 6,2 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), WITHIN_A_REVISION)
def test_one_edition_of_a_revised_series_does_not_refute_a_close_figure(text, span):
    result = checked(text, span, date="2019-02-20")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric == "loans_total"
    assert result.claim.period is not None and result.claim.period.start_year == 2017
    assert ONE_EDITION in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "China's two policy banks lent $5.0 billion to Latin America in 2017, according to the"
            " Inter-American Dialogue.",
            "$5.0 billion",
        ),
        (
            "Los bancos chinos prestaron 5.000 millones de dólares a América Latina en 2017, según"
            " el Diálogo Interamericano.",
            "5.000 millones de dólares",
        ),
    ],
)
def test_guard_a_figure_farther_than_any_revision_is_still_refuted(text, span):
    result = checked(text, span, date="2019-02-20")
    assert result.verdict is Verdict.CONTRADICTED


def test_guard_the_stored_edition_still_bears_out_its_own_figure():
    result = checked(
        "China's policy banks lent $6.3 billion to Latin America in 2017, the Dialogue said.",
        "$6.3 billion",
        date="2022-02-10",
    )
    assert result.verdict is Verdict.SUPPORTED


def test_guard_a_series_never_shown_revised_still_refutes():
    result = checked(
        "Trade between China and Latin America reached US$400 billion in 2023.",
        "US$400 billion",
        date="2024-03-01",
    )
    assert result.verdict is Verdict.CONTRADICTED
