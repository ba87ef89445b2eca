"""General readings found on the fresh dev texts 657-658 of the unseen set (branch round-r64c:
BNN Breaking on the first anniversary of China-Honduras relations, March 2024, and Fundación
Andrés Bello on the 35 years of Uruguay-China relations, May 2023), each with real-shaped
sentences (our own) in the languages where the reading applies, checked against the package's
knowledge base.

* Two states made "strategic partners" ("socios estratégicos", "parceiros estratégicos") name
  the partnership tie as "strategic partnership" does (text 658: main read no metric for the
  year of the joint declaration that made Uruguay and China strategic partners, and left the
  stored partnership of 2016-10 unjudged). A year that misses the stored one is left unjudged,
  never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

STRATEGIC_PARTNERS = [
    (
        "Uruguay and China signed a joint declaration in 2016 that made the two countries"
        " strategic partners.",
        "2016",
    ),
    (
        "Uruguay y China firmaron en 2016 una declaración conjunta que convirtió a ambos países"
        " en socios estratégicos.",
        "2016",
    ),
    (
        "Uruguai e China assinaram em 2016 uma declaração conjunta que tornou os dois países"
        " parceiros estratégicos.",
        "2016",
    ),
]


@pytest.mark.parametrize(("text", "span"), STRATEGIC_PARTNERS)
def test_strategic_partners_name_the_partnership_tie(text, span):
    result = checked(text, span, date="2023-05-18")
    assert result.verdict is Verdict.SUPPORTED
    assert "2016-10" in result.reason


GUARDS = [
    # another year than the stored partnership's: left unjudged, never refuted
    (
        "Uruguay and China signed a joint declaration in 2018 that made the two countries"
        " strategic partners.",
        "2018",
    ),
    (
        "Uruguay y China firmaron en 2018 una declaración conjunta que convirtió a ambos países"
        " en socios estratégicos.",
        "2018",
    ),
    (
        "Uruguai e China assinaram em 2018 uma declaração conjunta que tornou os dois países"
        " parceiros estratégicos.",
        "2018",
    ),
]


@pytest.mark.parametrize(("text", "span"), GUARDS)
def test_a_missed_year_of_strategic_partners_is_never_refuted(text, span):
    result = checked(text, span, date="2023-05-18")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_strategic_partners_leave_a_trade_figure_to_its_own_reading():
    # guard: the cue names a tie; a money figure of the same sentence stays a trade figure
    result = checked(
        "In 2022 Uruguay and China, strategic partners since 2016, traded US$7.44 billion.",
        "US$7.44 billion",
        date="2023-05-18",
    )
    assert result.verdict is not Verdict.CONTRADICTED
