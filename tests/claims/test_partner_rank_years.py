"""Which year an undated partner rank is read for (issue 17: `PartnerRank._judge`'s survivors):
the one other year its paragraph speaks of, two years (not read), the article's own year
against an older latest row (named, with its rows as related evidence), and a "that year" the
check cannot resolve (left to check.py's reason, never read as the stale latest row)."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.rules.partner_rank import _present_year
from tests.claims.conftest import fact, tiny_knowledge

MEXICO = [
    fact("mex_2022", "china_partner_rank", "MEX", "2022", "2022", 2, "rank", "S1"),
    fact("mex_2023", "china_partner_rank", "MEX", "2023", "2023", 2, "rank", "S1"),
    fact("mex_2023_x", "china_partner_rank", "MEX", "2023", "2023", 3, "rank", "S2", reporter="X"),
]  # fmt: skip
ROWS_2023 = "2 rank 2023 [mex_2023, S1]; 3 rank 2023 (X) [mex_2023_x, S2]"


def partner_rank(text: str):
    (finding,) = [r for r in check(text, db=tiny_knowledge(MEXICO)) if r.rule_id == "partner-rank"]
    return (
        str(finding.verdict),
        finding.reason,
        [(e.record_id, e.relation) for e in finding.evidence],
    )


def test_a_rank_after_a_figure_of_another_year_is_read_for_that_year_as_a_point():
    # The paragraph speaks of 2023, the article is of 2025: the rank is 2023's, where the two
    # stored rows disagree — disputed, as a rank stated "in 2023" would be.
    assert partner_rank(
        "Mexico City, 2025 — Trade between China and Mexico reached US$100 billion in 2023. "
        "China was Mexico's second largest trading partner."
    ) == (
        "disputed",
        f"sources disagree on china_partner_rank · MEX · 2023: {ROWS_2023}",
        [("mex_2023", "conflicts"), ("mex_2023_x", "conflicts")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mexico City, 2025 — Trade reached US$90 billion in 2022 and US$100 billion in 2023. "
        "China was Mexico's second largest trading partner.",
        # the first of the two is the article's own year (a forecast for the next)
        "Mexico City, 2022 — Trade reached US$90 billion in 2022 and is expected to reach "
        "US$100 billion in 2023. China was Mexico's second largest trading partner.",
    ],
)
def test_a_rank_after_figures_of_two_years_is_not_read(text):
    verdict, reason, evidence = partner_rank(text)
    assert (verdict, evidence) == ("unverifiable", [])
    assert reason == (
        "no stored rank for china_partner_rank · MEX · no period stated: its paragraph speaks "
        "of 2022 and 2023"
    )


def test_an_undated_rank_against_an_older_latest_year_names_every_row_of_that_year():
    assert partner_rank(
        "Ciudad de México, 15 de agosto de 2025. China es el segundo socio comercial de México."
    ) == (
        "unverifiable",
        "no stored rank for china_partner_rank · MEX · no period stated: the latest stored is "
        f"{ROWS_2023}, before the article's 2025",
        [("mex_2023", "related"), ("mex_2023_x", "related")],
    )


def test_a_rank_of_an_unclear_that_year_is_not_called_stale():
    # Which year "that year" means is check.py's to say (it names the two years where it
    # reports the finding); the rule reads the rank by the latest rows, never calls them stale.
    verdict, reason, _ = partner_rank(
        "Mexico City, 2025 — Trade grew in 2022 and 2023. In that year China was Mexico's second "
        "largest trading partner."
    )
    assert verdict == "unverifiable"
    assert "the latest stored is" not in reason
    assert reason.startswith("the stored ranks for china_partner_rank · MEX · no period stated")


@pytest.mark.parametrize(
    ("date", "precision", "year"),
    [
        ("2025-03-31", "day", 2024),  # the year's first three months speak of the year before
        ("2025-04-01", "day", 2025),
        ("2025-01-01", "month", 2024),
        ("2025-10-01", "day", 2025),
        ("2025-01-01", "year", 2025),  # dateparser's 1 January of a date known to the year only
    ],
)
def test_the_present_year_of_an_undated_rank(date, precision, year):
    assert _present_year({"date": date, "precision": precision}) == year
