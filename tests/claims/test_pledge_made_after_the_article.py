"""A pledge made after the article's date is not the pledge the article reports.

Found by the s22 mutation survivors (docs/mutation-claims-rules-survivors-s22.md, `_judge` 162):
"December 10, 2024 — Over the next three years China will offer 10,000 training places" was
borne out by the 10,000 places pledged at the Beijing ministerial of 13 May 2025, because the
pledge's years (2025–2027) overlap the article's window. Real-shaped sentences, our own, in EN,
ES and PT; the guards keep the pledge of the article's own day, and of days before it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

EARLIER = [
    (
        "December 10, 2024 — Over the next three years China will offer 10,000 training places"
        " to the region.",
        "10,000 training places",
    ),
    (
        "10 de diciembre de 2024 — En los próximos tres años China ofrecerá 10.000 plazas de"
        " capacitación a la región.",
        "10.000 plazas",
    ),
    (
        "10 de dezembro de 2024 — Nos próximos três anos a China oferecerá 10.000 vagas de"
        " capacitação à região.",
        "10.000 vagas",
    ),
]


@pytest.mark.parametrize(("text", "figure"), EARLIER)
def test_a_pledge_made_after_the_article_bears_out_nothing(kb, text, figure):
    result = one(check(text, kb), figure)
    # The plan running at the article's date (2022–2024) pledged another figure, and 10,000
    # is Lima 2016's: the stored pledges disagree with the figure, none bears it out.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "beijing2025_training_10000" not in result.reason
    assert "lima2016_training_10000" in result.reason


LATER = {  # the same sentences, dated on the pledge's own day and a month after it
    "December 10, 2024": ("May 13, 2025", "June 20, 2025"),
    "10 de diciembre de 2024": ("13 de mayo de 2025", "20 de junio de 2025"),
    "10 de dezembro de 2024": ("13 de maio de 2025", "20 de junho de 2025"),
}


@pytest.mark.parametrize(("text", "figure"), EARLIER)
def test_the_same_sentence_on_or_after_the_pledges_day_is_still_borne_out(kb, text, figure):
    written, rest = text.split(" — ", 1)
    for day in LATER[written]:
        result = one(check(f"{day} — {rest}", kb), figure)
        assert result.verdict is Verdict.SUPPORTED, (day, result.reason)
        assert "beijing2025_training_10000" in result.reason


def test_a_dateline_of_the_pledges_month_still_finds_it(kb):
    # Guard: a month-only dateline ("May 2025") is compared to the month, not to the 1st.
    text = (
        "May 2025 — Over the next three years China will offer 10,000 training places to the"
        " region."
    )
    result = one(check(text, kb), "10,000 training places")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_dateline_before_the_pledges_day_in_its_month(kb):
    # "May 2, 2025": eleven days before the pledge was made; the day decides, not the month.
    text = (
        "May 2, 2025 — Over the next three years China will offer 10,000 training places to the"
        " region."
    )
    result = one(check(text, kb), "10,000 training places")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "beijing2025_training_10000" not in result.reason
