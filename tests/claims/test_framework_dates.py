"""The date a cooperation framework was proposed (rule `framework-date`, lead, stop 36): main
read "proposed the 1+3+6 cooperation framework in Brasília in July 2014" as a date of no metric.
Support only: a framework is restated and recalled on other dates.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

PROPOSED = [
    ("Xi Jinping proposed the 1+3+6 cooperation framework in Brasília in July 2014.", "July 2014"),
    ("El marco 1+3+6, propuesto por Xi en julio de 2014, guía la cooperación.", "julio de 2014"),
    ("O marco 1+3+6, proposto por Xi em 2014, orienta a cooperação.", "2014"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PROPOSED)
def test_a_frameworks_proposal_is_dated_by_the_frameworks_table(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == "the frameworks table dates the proposal 2014-07"


NOT_THE_PROPOSAL = [
    # another year: left alone, never refuted
    ("Xi Jinping proposed the 1+3+6 cooperation framework in 2015.", "2015"),
    # another month of the year
    ("Xi Jinping proposed the 1+3+6 cooperation framework in March 2014.", "March 2014"),
    # the framework named, but no verb of proposing
    ("The 1+3+6 framework was discussed again at a seminar in July 2014.", "July 2014"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), NOT_THE_PROPOSAL)
def test_other_dates_of_a_framework_are_left_alone(kb, text, figure):
    result = one(check(text, kb), figure)
    assert all(f.rule_id != "framework-date" for f in result.findings), result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
