"""General readings found on the fresh dev texts 591-592 of the unseen set (branch round-r56a:
UPI on China's financing for Ecuador and Venezuela, January 2015, and Reuters on China's upgrade
of its ties with Colombia, October 2023), each with real-shaped sentences (our own) in the
languages where the reading applies, checked against the package's knowledge base.

* Relations named first and told established right after them, in an apposition or a relative
  clause ("The relations, first established in 1980, were upgraded", "the ties they first
  established in 1980", "las relaciones, establecidas en 1980,", "as relações, estabelecidas em
  1980,") are the diplomatic tie: the year is judged by the ties table (text 592: main named no
  tie and looked for a first_year fact). Relations of a kind named before them ("trade
  relations, established in 1975") stay no diplomatic tie.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- relations, then "established in": the diplomatic tie -----------------------------------

ESTABLISHED_AFTER = [
    "Beijing, October 25, 2023\n\nThe relations, first established in 1980, were upgraded"
    " while Colombian President Gustavo Petro met Xi Jinping in Beijing this week.",
    "Beijing, October 25, 2023\n\nColombia and China raised to a strategic partnership the"
    " ties they first established in 1980.",
    "Pekín, 25 de octubre de 2023\n\nLas relaciones, establecidas en 1980, fueron elevadas"
    " mientras el presidente colombiano Gustavo Petro visitaba Pekín.",
    "Pequim, 25 de outubro de 2023\n\nAs relações, estabelecidas em 1980, foram elevadas"
    " durante a visita do presidente colombiano Gustavo Petro a Pequim.",
]


@pytest.mark.parametrize("text", ESTABLISHED_AFTER)
def test_relations_told_established_after_them_are_the_diplomatic_tie(text):
    result = checked(text, "1980", date="2023-10-25")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.entity == "COL"
    assert "the ties table dates it" in result.reason
    assert "1980-02-07" in result.reason


# Guards (pass on main too): relations of a kind named before them are no diplomatic tie, and
# the diplomatic relations named in full were already read.
@pytest.mark.parametrize(
    "text",
    [
        "Beijing, October 25, 2023\n\nColombia's trade relations, established in 1975, were"
        " discussed while Petro met Xi Jinping.",
        "Pekín, 25 de octubre de 2023\n\nLas relaciones comerciales de Colombia, establecidas"
        " en 1975, fueron discutidas mientras Petro se reunía con Xi Jinping.",
    ],
)
def test_relations_of_a_kind_told_established_are_no_diplomatic_tie(text):
    result = checked(text, "1975", date="2023-10-25")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "ties table" not in result.reason


def test_diplomatic_relations_told_established_after_them_were_already_read():
    text = (
        "Beijing, October 25, 2023\n\nThe diplomatic relations between China and Colombia,"
        " first established in 1980, were upgraded."
    )
    result = checked(text, "1980", date="2023-10-25")
    assert result.verdict is Verdict.SUPPORTED
    assert "1980-02-07" in result.reason
