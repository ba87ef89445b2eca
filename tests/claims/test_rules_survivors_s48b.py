"""Tests for the `claims_rules` mutants of the twenty-ninth run (issue 17): the seeded order of
the mutants on the lines added to `claims/rules/` from ae0bf903 to be4200cd (stop 47, rounds
49a-49c, the lead's rules), continued from its 8th name; classified in
docs/mutation-claims-rules-survivors-s48b.md. Real-shaped sentences (our own) against the
package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- ties_date._place_not_borne_out: a "first" the ties table bears out keeps its date -----------
# Panama's Belt and Road memorandum is the first of the region in the ties table (2017-11-17), so
# the date's support stands beside the rank's. `_place_not_borne_out__mutmut_8` (`claim.value in
# (1, -1)` -> `in (2, -1)`) sent a first to the ordinal branch, whose `ordinal_finding` has no
# finding for a first: the date's support was dropped as "not borne out" and only the rank
# remained.
FIRST_BORNE_OUT = [
    (
        "Panama was the first Latin American country to sign on to the Belt and Road Initiative"
        " in November 2017.",
        "first Latin American country",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), FIRST_BORNE_OUT)
def test_a_first_the_ties_table_bears_out_keeps_the_dates_support(text, snippet):
    result = one(check(text), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    dates = [f for f in result.findings if f.rule_id == "ties-date"]
    assert [f.verdict for f in dates] == [Verdict.SUPPORTED]
    assert result.reason.startswith("the ties table dates it 2017-11-17"), result.reason
