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


BODIES = [  # the sentences above without their dateline
    (text.split(" — ", 1)[1], figure) for text, figure in EARLIER
]


@pytest.mark.parametrize(("body", "figure"), BODIES)
def test_a_year_only_dateline_of_the_pledges_year_still_finds_it(kb, body, figure):
    # Guard found by the s24 mutation sample (`_made_after_the_article` 43, 45): a dateline
    # that gives only the year ("2025 —") is compared by its year; read to the day (1 January)
    # it would put a pledge of 13 May 2025 after the article and lose it.
    result = one(check(f"2025 — {body}", kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "beijing2025_training_10000" in result.reason


@pytest.mark.parametrize(("body", "figure"), BODIES)
def test_an_undated_article_keeps_every_pledge_a_candidate(kb, body, figure):
    # Guard: with no date the text writes, no pledge is "after the article"; the figure is
    # still borne out (by the earliest pledge of that target, Lima 2016's).
    result = one(check(body, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "lima2016_training_10000" in result.reason


def test_a_pledge_without_a_date_of_its_own_is_never_after_the_article():
    # Unit guard found by the s24 mutation sample (`_made_after_the_article` 33): a pledge whose
    # date is missing or not a date cannot be placed after the article and stays a candidate.
    # Every stored pledge has one today, so only a unit test reaches the branch.
    from types import SimpleNamespace

    from chinalac.claims.rules.commitments import _made_after_the_article

    dated = SimpleNamespace(
        article_date={"date": "2024-12-10", "precision": "day", "found_by": "dateline"}
    )
    for pledge in (SimpleNamespace(made_on=""), SimpleNamespace(made_on="May 2025")):
        assert _made_after_the_article(pledge, dated) is False
    assert _made_after_the_article(SimpleNamespace(made_on="2025-05-13"), dated) is True
    assert _made_after_the_article(SimpleNamespace(made_on="2024-05-13"), dated) is False
