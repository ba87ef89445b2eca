"""Readings fixed by the lead at stop 40 (issues 15 and 17), real-shaped sentences of our own
against the package's knowledge base.

* A white paper on another topic was dated as China's policy paper on the region in Spanish and
  Portuguese: "China publicó su primer libro blanco sobre cooperación para el desarrollo en 2008,
  cuando América Latina …" came out **supported** by the 2008 policy paper. The check that the
  region is named beside a white paper (`policy_paper.WHITE_PAPER`) used `.match` on the words
  found, which start with "libro"/"livro", so it ran in English only (found by the twenty-second
  mutation run). The two tests of the other topic fail on main c7faa418; the guards (the region
  named beside the paper, and English) pass on both.
* A count of years that is not a tie's, in a sentence that names the tie apart from it ("Peru,
  which has diplomatic relations with China, has kept a trade office in Beijing for 54 years"):
  left unjudged, as on main. The guard pins `ties_date._years_ago`'s "held for" reading to a
  perfect verb *and* relations right before the span (the mutation run's
  `_years_ago__mutmut_21`, where either alone bore the office's years out by Peru's relations of
  1971).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

OTHER_WHITE_PAPER = [
    (
        "China publicó su primer libro blanco sobre cooperación para el desarrollo en 2008, "
        "cuando América Latina ya crecía con fuerza.",
        "primer libro blanco sobre cooperación",
    ),
    (
        "A China publicou seu primeiro livro branco sobre cooperação para o desenvolvimento em "
        "2008, quando a América Latina já crescia com força.",
        "primeiro livro branco sobre cooperação",
    ),
]


@pytest.mark.parametrize(("sentence", "span"), OTHER_WHITE_PAPER)
def test_a_white_paper_on_another_topic_is_no_policy_paper_in_spanish_or_portuguese(sentence, span):
    result = one(check(sentence, date="2025-01-01"), span)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "policy paper" not in result.reason


REGION_WHITE_PAPER = [
    (
        "China publicó en 2008 su primer Libro Blanco sobre América Latina y el Caribe.",
        "primer Libro Blanco sobre América Latina",
    ),
    (
        "A China publicou em 2008 o primeiro Livro Branco sobre a América Latina e o Caribe.",
        "primeiro Livro Branco sobre",
    ),
    (
        "In 2008 China set out its vision for Latin America and the Caribbean in a first White "
        "Paper.",
        "first White Paper",
    ),
]


@pytest.mark.parametrize(("sentence", "span"), REGION_WHITE_PAPER)
def test_a_white_paper_on_the_region_is_still_its_policy_paper(sentence, span):
    result = one(check(sentence, date="2025-01-01"), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2008-11" in result.reason


def test_an_english_white_paper_on_another_topic_stays_unjudged():
    result = one(
        check(
            "China published its first white paper on development cooperation in 2011, when "
            "Latin America was already its second source of imports.",
            date="2025-01-01",
        ),
        "first white paper",
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_years_of_an_office_beside_a_tie_named_apart_are_not_the_ties():
    result = one(
        check(
            "Peru, which has diplomatic relations with China, has kept a trade office in "
            "Beijing for 54 years.",
            date="2025-06-10",
        ),
        "54 years",
    )
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not any(e.kind == "tie" for e in result.evidence)
