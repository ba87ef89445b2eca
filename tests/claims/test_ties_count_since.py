"""A count of states tied "since" a year (lead, stop 36): the states whose tie began in that year
or later, counted to date, and the reason says "since 2017" (main wrote "the ties table shows 21
states with bri_mou by since 2017" and counted every state, whenever its tie began).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

SINCE = [
    ("More than 20 Latin American countries have signed on to the Belt and Road Initiative since 2017.", "More than 20 Latin American countries"),
    ("Desde 2017, más de 20 países latinoamericanos se sumaron a la Franja y la Ruta.", "más de 20 países latinoamericanos"),
    ("Desde 2017, mais de 20 países latino-americanos aderiram à Iniciativa Cinturão e Rota.", "mais de 20 países latino-americanos aderiram"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SINCE)
def test_a_count_since_a_year_is_worded_since(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.endswith("states with bri_mou since 2017"), result.reason


def test_a_count_since_a_year_leaves_out_older_ties(kb):
    # Every Belt and Road memorandum of the region is of 2017 or later: none since 2024.
    text = "Since 2024, 21 Latin American countries have signed on to the Belt and Road Initiative."
    result = one(check(text, kb), "21 Latin American countries")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
