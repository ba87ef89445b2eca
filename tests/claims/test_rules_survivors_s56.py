"""Tests for the `claims_rules` mutants of the thirty-sixth run (issue 17): the mutants on the
lines added to `claims/rules/` from 442f377d to f45b58b0 (stop 55), in a seeded order
(`random.Random(42)`); classified in docs/mutation-claims-rules-survivors-s56.md. Real-shaped
sentences (our own) against the package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- list_count.ListCount.check: the evidence of parts that sum past their total -------------
# "A total of 15 embassies, of which nine are in South America, four in Central America and
# three in the Caribbean": the parts sum to 16, one more than the total (round r60d). The
# finding's evidence is the checked text's own words, and its value is the parts' sum, the
# figure the reader is shown beside the total. `ListCount.check__mutmut_47` dropped
# `value=float(sum(parts))` from the evidence (the reason still said "sum to 16"); no test read
# the evidence of this reading.
PARTS_PAST_THEIR_TOTAL = [
    (
        "China opened a total of 15 embassies in the region, of which nine are in South America,"
        " four in Central America and three in the Caribbean.",
        "15 embassies",
    ),
    (
        "China abrió un total de 15 embajadas en la región, de las que nueve están en Sudamérica,"
        " cuatro en Centroamérica y tres en el Caribe.",
        "15 embajadas",
    ),
    (
        "A China abriu um total de 15 embaixadas na região, das quais nove estão na América do"
        " Sul, quatro na América Central e três no Caribe.",
        "15 embaixadas",
    ),
]


@pytest.mark.parametrize(("text", "span"), PARTS_PAST_THEIR_TOTAL)
def test_parts_past_their_total_show_their_sum_as_evidence(text, span):
    result = checked(text, span, date="2024-03-01")
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert "sum to 16" in result.reason
    (finding,) = [f for f in result.findings if f.rule_id == "list-count"]
    (evidence,) = finding.evidence
    assert evidence.kind == "text"
    assert evidence.relation == "differs"
    assert evidence.value == 16.0
    assert evidence.unit == "count"
