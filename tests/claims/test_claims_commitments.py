"""The commitments rule on the shipped pledges: a figure is checked against the pledge of the same
plan, metric and period; another plan's figure is disputed, never contradicted (EN/ES/PT)."""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check


@pytest.fixture(scope="module")
def package() -> KnowledgeView:
    return KnowledgeView.from_folder()


def verdict(text: str, knowledge: KnowledgeView):
    results = [r for r in check(text, db=knowledge) if r.claim.metric]
    assert len(results) == 1, [(r.claim.text, r.claim.metric) for r in results]
    return results[0]


@pytest.mark.parametrize(
    ("text", "expected", "record"),
    [
        (
            "Under the China-CELAC Joint Action Plan 2022-2024, China offered 5,000 scholarships to the region.",
            Verdict.SUPPORTED,
            "jap2022_scholarships_5000",
        ),
        (
            "The Joint Action Plan 2022-2024 promised 6,000 government scholarships for Latin America.",
            Verdict.DISPUTED,
            "brasilia2014_scholarships_6000",
        ),
        (
            "En el Plan de Acción Conjunto 2022-2024, China se comprometió a otorgar 6.000 becas.",
            Verdict.DISPUTED,
            "brasilia2014_scholarships_6000",
        ),
        (
            "Na cúpula de Brasília, em julho de 2014, a China prometeu 6.000 bolsas de estudo entre 2015 e 2019.",
            Verdict.SUPPORTED,
            "brasilia2014_scholarships_6000",
        ),
        (
            "En la cuarta reunión ministerial, China anunció 3.500 becas gubernamentales para los próximos tres años.",
            Verdict.SUPPORTED,
            "beijing2025_scholarships_3500",
        ),
        (
            "From 2015 to 2019, China promised 8,000 government scholarships to Latin America.",
            Verdict.CONTRADICTED,
            "brasilia2014_scholarships_6000",
        ),
    ],
)
def test_figures_are_checked_against_the_pledge_of_their_plan(package, text, expected, record):
    result = verdict(text, package)
    assert result.verdict is expected, result.reason
    assert record in result.record_ids


def test_another_plans_figure_is_never_contradicted(package):
    result = verdict("Na IV Reunião Ministerial, a China prometeu 6.000 bolsas de estudo.", package)
    assert result.verdict is Verdict.DISPUTED
    assert "another pledge" in result.reason


def test_a_figure_without_plan_or_period_that_matches_nothing_is_unverifiable(package):
    result = verdict("China has promised 4,000 scholarships to Latin American students.", package)
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_earlier_sources_of_a_merged_pledge_still_decide(package):
    # Lu2023 dates the Brasília pledges 2014-2019, the compilation 2015-2019: both are statements.
    result = verdict(
        "From 2014 to 2019, China will provide 6,000 training places to Latin America.", package
    )
    assert result.verdict is Verdict.SUPPORTED
    assert result.record_ids == ["brasilia2014_training_6000"]
