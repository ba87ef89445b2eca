"""The claims_rules mutation run's survivors of round s18 (issue 17): each test here kills one
or more mutants the target's other tests let live (docs/mutation.md; the classification of
every survivor is in the helper's notes, claims_rules_survivors_s18.md).
"""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from chinalac.claims.rules.ties_common import nearest_tie_type


def _nearest(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return nearest_tie_type(sentence, start, start + len(figure))


# ── ties_common.nearest_tie_type ────────────────────────────────────────────────────────────


def test_a_sentence_that_names_no_tie_dates_none():
    assert (
        _nearest("Costa Rica reported a record harvest of coffee and bananas in 2010.", "2010")
        is None
    )


def test_of_two_ties_named_after_a_late_date_the_nearer_dates_it():
    # Both cues follow 2010, which stands past the middle of the sentence: the nearer one (the
    # FTA) dates it, whatever order the cues are listed in (the relations' cues come first).
    sentence = (
        "Costa Rica and China have been close partners for many years: since 2010 a free trade "
        "agreement, and before it diplomatic relations."
    )
    assert _nearest(sentence, "2010") == "fta"
    sentence_es = (
        "Costa Rica y China son socios cercanos desde hace muchos años: desde 2010 rige un "
        "tratado de libre comercio y, antes, las relaciones diplomáticas."
    )
    assert _nearest(sentence_es, "2010") == "fta"


# ── Commitments._judge ──────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def package() -> KnowledgeView:
    return KnowledgeView.from_folder()


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Action Plan 2022-2024 promised some 6,100 government scholarships for Latin America.",
        "En el Plan de Acción Conjunto 2022-2024, China se comprometió a otorgar cerca de 6.100 becas.",
    ],
)
def test_an_approximate_figure_near_another_plans_pledge_is_disputed_not_refuted(package, text):
    # "some 6,100" is read with its own slack (not as the exact 6,100 a bound is read as): it
    # lies near the 6,000 scholarships of the 2014 Brasília pledge, so it is another plan's
    # figure, never a contradiction of the Joint Action Plan's 5,000.
    (result,) = [r for r in check(text, db=package) if r.claim.metric]
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "brasilia2014_scholarships_6000" in result.record_ids
