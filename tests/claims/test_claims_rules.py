"""One test group per rule, each with a tiny inline knowledge table (STYLE §9)."""

from __future__ import annotations

import pandas as pd
import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.rules import RULES, RULES_BY_ID
from tests.claims.conftest import TIE_COLUMNS, fact, tiny_knowledge

TRADE = [
    fact("trade_2002", "trade_total", "LAC", "2002", "2002", 18, "usd_bn"),
    fact("trade_2021", "trade_total", "LAC", "2021", "2021", 449, "usd_bn"),
]


def verdicts(text, knowledge):
    return [(r.claim.text, str(r.verdict), r.rule_id) for r in check(text, db=knowledge)]


def one(text, knowledge):
    (result,) = check(text, db=knowledge)
    return result


def test_every_rule_has_a_stable_unique_id_verdicts_and_a_description():
    assert len(RULES_BY_ID) == len(RULES)
    for rule in RULES:
        assert rule.rule_id and rule.rule_id == rule.rule_id.lower() and " " not in rule.rule_id
        assert rule.verdicts and rule.description


# list-count ---------------------------------------------------------------------------
def test_list_count_finds_a_list_longer_than_announced():
    result = check(
        "Eight countries (Brazil, Chile, Peru, Uruguay, Panama, Argentina, Cuba, Nicaragua, Mexico) joined.",
        db=tiny_knowledge(),
    )[0]
    assert result.verdict is Verdict.INCONSISTENT and result.rule_id == "list-count"
    assert "lists 9" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Three countries (Brazil, Chile and Peru) joined.",
        "Three sectors matter: transport, power generation, and land-use.",
        "Three countries, such as Brazil, Chile, Peru and Cuba, joined.",
        "Three leaders were absent (Wang, 2017: 64).",
    ],
)
def test_list_count_accepts_matching_lists_examples_and_citations(text):
    assert all(r.rule_id != "list-count" for r in check(text, db=tiny_knowledge()))


# same-year-change -------------------------------------------------------------------------
def test_same_year_change_flags_the_first_end_and_hints_the_stored_year():
    results = check(
        "China-LAC trade increased from almost $18 billion in 2021 to nearly $449 billion in 2021.",
        db=tiny_knowledge(TRADE),
    )
    first, second = results
    assert (first.verdict, first.rule_id) == (Verdict.INCONSISTENT, "same-year-change")
    assert "2021 at both ends" in first.reason and "2002" in first.reason
    assert [e.record_id for e in first.evidence if e.relation == "hint"] == ["trade_2002"]
    assert second.verdict is Verdict.SUPPORTED and second.fact_ids == ["trade_2021"]


def test_same_year_change_accepts_a_proper_change_and_flags_a_fall_called_a_rise():
    assert [
        v
        for _, v, _ in verdicts(
            "China-LAC trade grew from $18 billion in 2002 to $449 billion in 2021.",
            tiny_knowledge(TRADE),
        )
    ] == ["supported", "supported"]
    first = check(
        "Trade increased from $449 billion in 2002 to $18 billion in 2021.", db=tiny_knowledge()
    )[0]
    assert first.verdict is Verdict.INCONSISTENT and "said to increase" in first.reason


# growth-rate ---------------------------------------------------------------------------
def test_growth_rate_that_does_not_match_the_levels_is_inconsistent():
    results = check(
        "Trade rose from $100 billion in 2022 to $110 billion in 2023, up 5%.", db=tiny_knowledge()
    )
    assert (str(results[2].verdict), results[2].rule_id) == ("inconsistent", "growth-rate")
    assert "implied 10%" in results[2].reason


def test_growth_rate_that_matches_and_a_wrong_multiple():
    ok = check(
        "Trade rose from $100 billion in 2022 to $110 billion in 2023, up 10%.", db=tiny_knowledge()
    )
    assert all(r.rule_id != "growth-rate" for r in ok)
    wrong = check(
        "Trade grew from US$18 billion in 2002 to US$449 billion in 2021, a tenfold increase.",
        db=tiny_knowledge(),
    )
    assert wrong[2].rule_id == "growth-rate" and "24.9×" in wrong[2].reason


# store-facts -----------------------------------------------------------------------------
def test_store_facts_supported_within_the_tolerance_of_the_wording():
    knowledge = tiny_knowledge(TRADE)
    assert (
        one("China-LAC trade reached nearly $449 billion in 2021.", knowledge).verdict
        is Verdict.SUPPORTED
    )
    assert (
        one("China-LAC trade reached about $440 billion in 2021.", knowledge).verdict
        is Verdict.SUPPORTED
    )  # ±5 %
    assert (
        one("China-LAC trade reached $440 billion in 2021.", knowledge).verdict
        is Verdict.CONTRADICTED
    )
    assert (
        one("China-LAC trade reached more than $400 billion in 2021.", knowledge).verdict
        is Verdict.SUPPORTED
    )
    assert (
        one("China-LAC trade reached less than $400 billion in 2021.", knowledge).verdict
        is Verdict.CONTRADICTED
    )


def test_store_facts_contradicted_shows_both_values():
    result = one("China-LAC trade reached $500 billion in 2021.", tiny_knowledge(TRADE))
    assert result.verdict is Verdict.CONTRADICTED and result.fact_ids == ["trade_2021"]
    assert (
        "449" in result.reason and "$500 billion" in result.reason and result.source_ids == ["S1"]
    )


def test_store_facts_disputed_when_sources_disagree_for_the_same_period():
    facts = [
        fact("ci_a", "confucius_institutes_count", "LAC", "2016", "2016", 39, "count", "S1", "ci"),
        fact(
            "ci_b",
            "confucius_institutes_count",
            "LAC",
            "2016-04-28",
            "2016-04-28",
            45,
            "count",
            "S2",
            "ci",
        ),
        fact("ci_c", "confucius_institutes_count", "LAC", "2022", "2022", 46, "count", "S2", "ci"),
    ]
    result = one("By 2016, Latin America had 39 Confucius Institutes.", tiny_knowledge(facts))
    assert result.verdict is Verdict.DISPUTED
    assert set(result.fact_ids) == {"ci_a", "ci_b", "ci_c"} and set(result.source_ids) == {
        "S1",
        "S2",
    }
    assert {e.record_id: e.relation for e in result.evidence}["ci_c"] == "related"


def test_store_facts_unverifiable_says_what_was_looked_for():
    result = one("China-LAC trade reached $300 billion in 2010.", tiny_knowledge(TRADE))
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "trade_total · LAC · 2010" in result.reason and "2002, 2021" in result.reason
    assert one("Trade reached $300 billion in 2010.", tiny_knowledge()).reason.startswith(
        "no stored fact"
    )


def test_store_facts_never_compares_yuan_with_dollars():
    facts = [fact("t", "trade_total", "LAC", "2021", "2021", 449, "usd_bn")]
    assert (
        one("China-LAC trade reached 449 billion yuan in 2021.", tiny_knowledge(facts)).verdict
        is Verdict.UNVERIFIABLE
    )


# first-rank ------------------------------------------------------------------------------
FIRSTS = [
    fact(
        "first_year_pan_bri_a",
        "first_year",
        "PAN",
        "2017-11-17",
        "2017-11-17",
        2017,
        "year",
        "S1",
        "pan",
    ),
    fact(
        "first_year_pan_bri_b",
        "first_year",
        "PAN",
        "2018-12-03",
        "2018-12-03",
        2018,
        "year",
        "S2",
        "pan",
    ),
    fact("first_year_cub_relations", "first_year", "CUB", "1960", "1960", 1960, "year"),
]


def test_first_rank_supported_contradicted_and_disputed():
    knowledge = tiny_knowledge(FIRSTS)
    assert (
        one("Cuba was the first country to establish relations, in 1960.", knowledge).verdict
        is Verdict.SUPPORTED
    )
    assert (
        one("Cuba was the first country to establish relations, in 1970.", knowledge).verdict
        is Verdict.CONTRADICTED
    )
    assert (
        one("Panama was the first country to join the BRI, in 2017.", knowledge).verdict
        is Verdict.DISPUTED
    )
    undated = one("Panama was the first country to join the BRI.", knowledge)
    assert undated.verdict is Verdict.SUPPORTED and "sources differ" in undated.reason


def test_first_rank_needs_the_topic_in_the_sentence():
    assert (
        one("Cuba was the first country to win the cup.", tiny_knowledge(FIRSTS)).rule_id
        == "no-record"
    )


# ranked-list -----------------------------------------------------------------------------
def test_ranked_list_counts_the_states_it_ranks():
    facts = [fact("ttp", "top_trading_partner_count", "LAC", "2022-05", "2022-05", 4, "count")]
    text = "In Latin America, China is the top trading partner of Brazil, Chile, Peru, and Uruguay."
    result = one(text, tiny_knowledge(facts))
    assert (result.verdict, result.rule_id, result.fact_ids) == (
        Verdict.SUPPORTED,
        "ranked-list",
        ["ttp"],
    )
    three = one(
        "In Latin America, China is the top trading partner of Brazil, Chile, and Peru.",
        tiny_knowledge(facts),
    )
    assert three.verdict is Verdict.UNVERIFIABLE  # no period stated and no value agrees


# commitments ------------------------------------------------------------------------------
COMMITMENTS = pd.DataFrame(
    [
        ("places_2014", "6,000 training places", "training_places_count", 6000, "count", "2014", "2019", "2014-07", None, "", "", "S1", ""),
        ("press_center_2017", "Press Center", "journalist_classes_count", None, "count", "2017", "", "2016-11", 2, "2018-05", "S2", "S1", ""),
    ],
    columns=["commitment_id", "description", "metric", "target_value", "unit", "period_start", "period_end",
             "announced", "delivered_value", "delivered_as_of", "delivery_source_id", "source_id", "evidence"],
)  # fmt: skip


def test_commitments_target_and_dates():
    knowledge = tiny_knowledge(commitments=COMMITMENTS)
    ok = one("From 2014 to 2019, China will provide 6,000 training places.", knowledge)
    assert (ok.verdict, ok.rule_id, ok.record_ids) == (
        Verdict.SUPPORTED,
        "commitments",
        ["places_2014"],
    )
    wrong = one("From 2014 to 2019, China will provide 8,000 training places.", knowledge)
    assert wrong.verdict is Verdict.CONTRADICTED
    dated = one("A Press Center would be set up in Beijing in 2017.", knowledge)
    assert (dated.verdict, dated.record_ids) == (Verdict.SUPPORTED, ["press_center_2017"])


# ties ------------------------------------------------------------------------------------
TIES = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://a"),
        ("PAN", "bri_mou", "signed (CONFLICT)", "2018-12-03", "https://b"),
        ("ARG", "bri_mou", "signed", "2022-02", "https://c"),
        ("NIC", "bri_mou", "signed", "2022-01", "https://d"),
        ("BRA", "bri_mou", "not joined", "2023", "https://e"),
        ("CUB", "diplomatic_relations_prc", "established", "1960-09-28", "https://f"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


def test_ties_date_supports_and_contradicts_event_dates():
    knowledge = tiny_knowledge(ties=TIES)
    assert (
        one("In 1960, China and Cuba established diplomatic relations.", knowledge).rule_id
        == "ties-date"
    )
    assert (
        one("In 1960, China and Cuba established diplomatic relations.", knowledge).verdict
        is Verdict.SUPPORTED
    )
    assert (
        one("In 1965, China and Cuba established diplomatic relations.", knowledge).verdict
        is Verdict.CONTRADICTED
    )
    assert (
        one("In 2019, Cuba and China discussed diplomatic relations talks.", knowledge).verdict
        is Verdict.UNVERIFIABLE
    )


def test_ties_rank_first_and_latest():
    knowledge = tiny_knowledge(ties=TIES)
    first = one("Panama was the first country to sign the BRI.", knowledge)
    assert (first.verdict, first.rule_id) == (Verdict.SUPPORTED, "ties-rank")
    assert (
        one("Nicaragua was the first country to sign the BRI.", knowledge).verdict
        is Verdict.UNVERIFIABLE
    )
    latest = check("As of October 2022, Argentina, the latest one, joined the BRI.", db=knowledge)[
        0
    ]
    assert latest.verdict is Verdict.SUPPORTED


def test_ties_count_counts_states_by_the_date():
    metrics_knowledge = tiny_knowledge(ties=TIES)
    result = one(
        "By October 2022, 3 countries in Latin America had joined the BRI.", metrics_knowledge
    )
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "ties-count")
    other = one(
        "By October 2022, 5 countries in Latin America had joined the BRI.", metrics_knowledge
    )
    assert other.verdict is Verdict.UNVERIFIABLE and "shows 3 states" in other.reason


# year-facts, zero claims, no-record -------------------------------------------------------------
def test_year_facts_and_announcement_dates():
    facts = [
        fact("carbon_peak_year_chn", "carbon_peak_year", "CHN", "2020-09", "2020-09", 2030, "year"),
        fact("first_year_cub_relations", "first_year", "CUB", "1960", "1960", 1960, "year"),
    ]
    knowledge = tiny_knowledge(facts)
    assert (
        one("It was not until 1960 that China and Cuba established relations.", knowledge).rule_id
        == "year-facts"
    )
    announced = check("In September 2020, China announced its carbon peak goals.", db=knowledge)[0]
    assert announced.verdict is Verdict.SUPPORTED and "announcement" in announced.reason


def test_a_year_of_no_loans_is_a_zero_claim():
    facts = [fact("loans_2020", "loans_total", "LAC", "2020", "2020", 0, "usd_bn")]
    result = one("There were no such development loans to LAC in 2020.", tiny_knowledge(facts))
    assert (result.verdict, result.claim.value, result.fact_ids) == (
        Verdict.SUPPORTED,
        0.0,
        ["loans_2020"],
    )


def test_no_record_explains_what_it_could_not_read():
    result = one("The report lists three crucial changes.", tiny_knowledge())
    assert result.verdict is Verdict.UNVERIFIABLE and result.rule_id == "no-record"
    assert "no metric recognised" in result.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The report lists three crucial changes.",
         "no metric recognised for 'three crucial changes' (crucial changes); entity ?"),
        ("Brazil lists three crucial changes in 2019.",
         "no metric recognised for 'three crucial changes' (crucial changes); entity BRA"),
        # No noun: the reason names the kind of figure read instead.
        ("The figure rose to 45 in 2019.", "no metric recognised for '45' (count); entity ?"),
    ],
)  # fmt: skip
def test_no_record_names_the_figure_its_noun_or_kind_and_its_entity(text, reason):
    (result,) = check(text, db=tiny_knowledge())
    assert (result.rule_id, result.reason) == ("no-record", reason)
