"""An anniversary of "its relations with China" (lead, stop 36): a possessive before the relations
names the tie with China when China follows; main read no anniversary in any of the three
languages. Two other states' "relations", trade relations and relations with Taiwan stay unjudged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

POSSESSIVE = [
    ("In 2019 Costa Rica marked the 12th anniversary of its relations with China.", "12th anniversary"),
    ("En 2019, Costa Rica celebró el 12.º aniversario de sus relaciones con China.", "12.º aniversario"),
    ("Em 2019, a Costa Rica comemorou o 12º aniversário de suas relações com a China.", "12º aniversário"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), POSSESSIVE)
def test_an_anniversary_of_its_relations_with_china_dates_the_tie(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "dates the tie 2007" in result.reason, result.reason


NO_TIE_WITH_CHINA = [
    ("In 2019 Costa Rica marked the 12th anniversary of its trade relations with China.", "12th anniversary"),
    ("In 2019 Chile and Argentina marked the 40th anniversary of their relations.", "40th anniversary"),
    ("En 2017, Paraguay celebró el 60 aniversario de sus relaciones con Taiwán.", "60 aniversario"),
    ("Em 2019, o Paraguai comemorou o 62º aniversário de suas relações com Taiwan.", "62º aniversário"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), NO_TIE_WITH_CHINA)
def test_other_relations_are_no_anniversary_of_the_tie(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert all(f.rule_id != "ties-rank" for f in result.findings), result.reason
