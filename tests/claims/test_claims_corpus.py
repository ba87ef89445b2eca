"""Acceptance on the development text (written for chinalac after Lu 2023) and the trilingual
twins — against the frozen snapshot and against the knowledge base shipped in the package."""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check

KNOWLEDGE = {
    "snapshot": lambda: KnowledgeView.from_folder(
        __import__("tests.claims.conftest", fromlist=["FIXTURES"]).FIXTURES / "knowledge"
    ),
    "package": lambda: KnowledgeView.from_folder(),
}


@pytest.fixture(scope="module", params=sorted(KNOWLEDGE))
def results(request, article):
    knowledge = KNOWLEDGE[request.param]()
    if knowledge.facts.empty:
        pytest.fail("the knowledge base has no facts")
    return {" ".join(r.claim.text.split()): r for r in check(article, db=knowledge)}, knowledge


def test_the_2002_2021_typo_is_inconsistent(results):
    by_text, _ = results
    typo = by_text["almost \\$18 billion"]
    assert typo.verdict is Verdict.INCONSISTENT and "2021 at both ends" in typo.reason
    assert "2002" in typo.reason  # the store's 2002 figure is shown as the likely meaning


def test_the_eight_countries_that_are_nine(results):
    by_text, _ = results
    eight = by_text["eight LAC countries"]
    assert eight.verdict is Verdict.INCONSISTENT and "lists 9" in eight.reason


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("nearly \\$449 billion", "trade_total"),
        ("$221 billion", "trade_china_imports"),
        ("$228 billion", "trade_china_exports"),
        ("$138 billion", "loans_total"),
        ("$140 billion", "investment_total"),
    ],
)
def test_crs_totals_are_supported_by_crs_facts(results, text, metric):
    by_text, _ = results
    result = by_text[text]
    assert result.verdict is Verdict.SUPPORTED and result.claim.metric == metric
    assert result.fact_ids and all(f.startswith(metric) for f in result.fact_ids)
    assert "CRS2022" in result.source_ids


@pytest.mark.parametrize("text", ["39 Confucius Institutes", "19 Confucius classrooms"])
def test_confucius_counts_are_disputed_or_supported_with_the_other_shown(results, text):
    by_text, _ = results
    result = by_text[text]
    if result.verdict is Verdict.DISPUTED:
        assert len(set(result.source_ids)) >= 2
    else:
        assert result.verdict is Verdict.SUPPORTED and "Lu2023" in result.source_ids


def test_confucius_institutes_2016_are_disputed_between_sources(results):
    by_text, knowledge = results
    result = by_text["39 Confucius Institutes"]
    assert result.verdict is Verdict.DISPUTED
    values = {e.value for e in result.evidence if e.kind == "fact" and e.relation == "conflicts"}
    assert 39.0 in values and len(values) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Trade between China and Latin America reached US$489 billion in 2023.",
        "El comercio entre China y América Latina alcanzó 489 mil millones de dólares en 2023.",
        "O comércio entre a China e a América Latina atingiu 489 bilhões de dólares em 2023.",
    ],
)
@pytest.mark.parametrize("source", sorted(KNOWLEDGE))
def test_trilingual_twins_are_supported_by_the_eclac_fact(text, source):
    (result,) = check(text, db=KNOWLEDGE[source]())
    assert result.verdict is Verdict.SUPPORTED
    # The curated ECLAC fact first; the published figures that agree (ECLAC as cited by the
    # MFA, China Customs' imports + exports) follow it.
    assert result.fact_ids[0] == "trade_total_lac_2023_eclac"
    facts = {e.record_id: e for e in result.evidence}
    assert all(e.relation == "matches" for e in result.evidence)
    assert facts["trade_total_lac_2023_eclac"].reporter == "ECLAC"


def test_every_verdict_names_a_rule_and_a_reason_and_decisive_records_name_sources(article_results):
    for result in article_results:
        assert result.rule_id and result.reason
        if result.verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.DISPUTED):
            assert result.record_ids, result.claim.text
            assert result.source_ids, result.claim.text
