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


# --- ties_date._last_years_of_ties: "bilateral" ties take China up from three sentences back ---
# "Nos últimos 50 anos, as relações bilaterais avançaram muito": the bilateral ties are the
# pair's a sentence just before names, up to ANAPHOR_REACH (3) back (round r59b). Four sentences
# back is beyond the reach: the span is left to the other rules (unverifiable), as near it is
# borne out. `_last_years_of_ties__mutmut_26` (`sentences_before(claim, ANAPHOR_REACH)` ->
# `sentences_before(claim, None)`, every sentence before) took China up from anywhere before.
# Round r59b's tests named China in the sentence just before only.
def test_bilateral_ties_take_china_up_from_three_sentences_back_only():
    near = (
        "Em 15 de agosto de 1974, a China e o Brasil estabeleceram relações diplomáticas. Nos"
        " últimos 50 anos, as relações bilaterais avançaram muito."
    )
    far = (
        "Em 15 de agosto de 1974, a China e o Brasil estabeleceram relações diplomáticas. O Brasil"
        " tinha então outro governo. A economia crescia depressa. O café dominava as exportações."
        " Nos últimos 50 anos, as relações bilaterais avançaram muito."
    )
    assert checked(near, "50 anos", date="2024-08-20").verdict is Verdict.SUPPORTED
    result = checked(far, "50 anos", date="2024-08-20")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
