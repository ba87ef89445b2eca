"""Tests for the `claims_rules` mutants of the thirty-fifth run (issue 17): the thirty-fourth
run's seeded order of the mutants on the lines added to `claims/rules/` from 0d39beb5 to
442f377d (stop 54), continued from its 21st name; classified in
docs/mutation-claims-rules-survivors-s55b.md. Real-shaped sentences (our own) against the
package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- ties_date._anniversary_occasion: only a rank, count or duration is the anniversary's N ----
# "On the anniversary of their ties, officials recalled that Guyana established diplomatic
# relations with China in 1982, and that trade had grown 10% since": 1982 is the tie's own date,
# told wrong (Guyana's relations date from 1972-06-27, ties:162), refuted. The day an
# anniversary is marked (round r59c) is read only from an ordinal, a count or a duration N years
# after the tie; a percentage is none. `_anniversary_occasion__mutmut_18` (`other is claim or
# other.kind not in (…)` -> `and`) took any figure of the sentence as the anniversary's N: 1982
# less 10 (the percentage) is 1972, so 1982 was taken for the day the anniversary was marked and
# left unverifiable. Every test of the occasion had no other figure in its sentence.
WRONG_DATE_BESIDE_AN_ANNIVERSARY_AND_A_FIGURE = [
    "On the anniversary of their ties, officials recalled that Guyana established diplomatic"
    " relations with China in 1982, and that trade had grown 10% since.",
    "En el aniversario de los lazos, Guyana recordó que estableció relaciones diplomáticas con"
    " China en 1982 y que el comercio creció 10% desde entonces.",
    "No aniversário dos laços, a Guiana lembrou que estabeleceu relações diplomáticas com a China"
    " em 1982 e que o comércio cresceu 10% desde então.",
]


@pytest.mark.parametrize("text", WRONG_DATE_BESIDE_AN_ANNIVERSARY_AND_A_FIGURE)
def test_a_percentage_is_no_anniversarys_count_of_years(text):
    result = checked(text, "1982", date="2023-03-02")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "GUY diplomatic_relations_prc" in result.reason
    assert "[ties:162]" in result.reason
