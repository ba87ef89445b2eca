"""store-facts: every evidence row of each verdict, pinned exactly (the record, how it relates
to the claim, its value and source) together with the reason's full wording.

The rule tests check verdicts and mostly the first evidence row, so the mutation run
(`python3 tasks.py mutate claims_rules`, docs/mutation.md) left about 50 mutants of
`StoreFacts._judge_exact` alive: a `matches` row shown as `differs`, a conflict group's other
facts listed twice, the undated facts a dated claim also matches, the "would need" interval.
"""

from __future__ import annotations

import dataclasses

import pytest

from chinalac.claims import KnowledgeView, check
from tests.claims.conftest import fact, tiny_knowledge


def judged(text: str, view: KnowledgeView) -> tuple[str, str, list[tuple]]:
    """The store-facts finding's verdict, reason and evidence rows."""
    (result,) = [r for r in check(text, db=view) if r.rule_id == "store-facts"]
    rows = [(e.record_id, e.relation, e.value, e.source_id) for e in result.evidence]
    return str(result.verdict), result.reason, rows


def ci(fact_id, year, value, source="S1", group=""):
    return fact(
        fact_id, "confucius_institutes_count", "LAC", year, year, value, "count", source, group
    )


def trade(fact_id, year, value, source="S1"):
    return fact(fact_id, "trade_total", "LAC", year, year, value, "usd_bn", source)


def with_precision(facts, *precision) -> KnowledgeView:
    view = tiny_knowledge(facts)
    return dataclasses.replace(view, facts=view.facts.assign(precision=list(precision)))


IN_2016 = "In 2016, Latin America had {} Confucius Institutes."


# unverifiable: nothing stored for the entity --------------------------------------------------
def test_no_fact_for_the_entity_names_the_entities_the_store_holds_the_metric_for():
    facts = [
        fact("per", "confucius_institutes_count", "PER", "2016", "2016", 3, "count"),
        ci("lac", "2016", 45),
    ]
    assert judged("In 2016, Brazil had 45 Confucius Institutes.", tiny_knowledge(facts)) == (
        "unverifiable",
        "no stored fact for confucius_institutes_count · BRA · 2016 (the store holds "
        "confucius_institutes_count for LAC, PER)",
        [],
    )


def test_no_fact_of_the_metric_at_all_names_no_entities():
    facts = [trade("t", "2016", 3)]
    assert judged("In 2016, Brazil had 45 Confucius Institutes.", tiny_knowledge(facts)) == (
        "unverifiable",
        "no stored fact for confucius_institutes_count · BRA · 2016",
        [],
    )


# supported ------------------------------------------------------------------------------------
def test_a_supported_figure_lists_every_agreeing_fact_and_its_conflict_groups_others_once():
    facts = [
        ci("a", "2016", 45, "S1", "g"),
        ci("b", "2016", 45, "S2", "g"),  # shares the group's other facts with `a`
        ci("c", "2017", 47, "S1", "g"),
        ci("d", "2018", 50, "S2", "g"),
    ]
    assert judged(IN_2016.format(45), tiny_knowledge(facts)) == (
        "supported",
        "matches 45 count 2016 [a, S1]; the same conflict group also holds 47 count 2017 [c, S1]; "
        "50 count 2018 [d, S2]",
        [
            ("a", "matches", 45, "S1"),
            ("b", "matches", 45, "S2"),
            ("c", "related", 47, "S1"),
            ("d", "related", 50, "S2"),
        ],
    )


def test_a_dated_figure_also_matches_an_undated_fact_but_no_half_open_one():
    facts = [
        ci("d", "2016", 45, "S2"),
        ci("u", "", 45, "S1"),  # undated: speaks of any year
        fact("by", "confucius_institutes_count", "LAC", "", "2024", 45, "count"),
        fact("since", "confucius_institutes_count", "LAC", "2010", "", 45, "count"),
    ]
    assert judged(IN_2016.format(45), tiny_knowledge(facts)) == (
        "supported",
        "matches 45 count 2016 [d, S2]",
        [("d", "matches", 45, "S2"), ("u", "matches", 45, "S1")],
    )


def test_sources_that_differ_by_less_than_the_texts_rounding_all_match():
    facts = [trade("x", "2024", 495, "S1"), trade("y", "2024", 500, "S2")]
    assert judged("In 2024, China-LAC trade was about $500 billion.", tiny_knowledge(facts)) == (
        "supported",
        "every source's value is within the tolerance of the text: 495 usd_bn 2024 [x, S1]; "
        "500 usd_bn 2024 [y, S2]",
        [("x", "matches", 495, "S1"), ("y", "matches", 500, "S2")],
    )


def test_an_announcement_date_matches_the_target_year_set_that_month():
    facts = [
        fact("cp", "carbon_peak_year", "CHN", "2020-09", "2020-09", 2030, "year", "S2"),
    ]
    text = "In September 2020, China announced its carbon peak goals."
    verdict, reason, rows = judged(text, tiny_knowledge(facts))
    assert (verdict, rows) == ("supported", [("cp", "matches", 2030, "S2")])
    assert reason.startswith("dates the announcement of ") and reason.endswith(" 2020-09 [cp, S2]")


def test_a_lower_bound_supports_only_by_its_own_row():
    facts = [
        trade("t_over", "2024", 500, "S1"),  # "over 500" in 2024
        trade("t_23", "2023", 480, "S2"),  # exact, of another year, above the claim
        trade("o_23", "2023", 400, "S1"),  # "over 400" in 2023
    ]
    view = with_precision(facts, "lower bound", "", "lower bound")
    assert judged("In 2024, China-LAC trade was more than $450 billion.", view) == (
        "supported",
        "a lower bound as the store's: over 500 usd_bn 2024 [t_over, S1]",
        [("t_over", "matches", 500, "S1")],
    )


def test_an_exact_figure_that_bears_out_a_bound_claim_outranks_a_lower_bound():
    facts = [trade("t_over", "2024", 500, "S1"), trade("t_ex", "2024", 470, "S2")]
    view = with_precision(facts, "lower bound", "")
    assert judged("In 2024, China-LAC trade was more than $450 billion.", view) == (
        "supported",
        "matches 470 usd_bn 2024 [t_ex, S2]",
        [("t_ex", "matches", 470, "S2")],
    )


# disputed and contradicted --------------------------------------------------------------------
def test_a_figure_within_the_sources_spread_is_disputed_by_each_of_them():
    facts = [
        ci("a", "2016", 39, "S1", "g"),
        ci("b", "2016", 45, "S2", "g"),
        ci("c", "2017", 47, "S1", "g"),
    ]
    assert judged(IN_2016.format(42), tiny_knowledge(facts)) == (
        "disputed",
        "sources disagree on confucius_institutes_count · LAC · 2016: 39 count 2016 [a, S1]; "
        "45 count 2016 [b, S2]",
        [("a", "conflicts", 39, "S1"), ("b", "conflicts", 45, "S2"), ("c", "related", 47, "S1")],
    )


def test_a_figure_beyond_every_sources_value_is_contradicted_by_each_of_them():
    facts = [ci("a", "2016", 39, "S1"), ci("b", "2016", 45, "S2")]
    assert judged(IN_2016.format(60), tiny_knowledge(facts)) == (
        "contradicted",
        "the text says 60 Confucius Institutes, outside the values the sources hold for "
        "confucius_institutes_count · LAC · 2016: 39 count 2016 [a, S1]; 45 count 2016 [b, S2]",
        [("a", "differs", 39, "S1"), ("b", "differs", 45, "S2")],
    )


def test_a_contradiction_lists_every_stored_value_and_the_interval_the_text_allows():
    facts = [ci("a", "2016", 39, "S1"), ci("b", "2016", 45, "S1")]  # one source: no dispute
    assert judged(IN_2016.format(50), tiny_knowledge(facts)) == (
        "contradicted",
        "the store holds 39 count 2016 [a, S1]; 45 count 2016 [b, S1]; the text says 50 "
        "Confucius Institutes (would need 47.5–52.5)",
        [("a", "differs", 39, "S1"), ("b", "differs", 45, "S1")],
    )


def test_a_contradicted_amount_states_the_interval_in_the_texts_scale():
    facts = [trade("x", "2024", 495)]
    assert judged("In 2024, China-LAC trade was $520 billion.", tiny_knowledge(facts)) == (
        "contradicted",
        "the store holds 495 usd_bn 2024 [x, S1]; the text says $520 billion (would need 515–525)",
        [("x", "differs", 495, "S1")],
    )


# a contradiction that another source's lower bound answers --------------------------------------
# Around the 2024 figures (an exact 400; "over 500" and "over 480"), lower bounds that must not
# count: of another year, below the claim, in another dimension, in a unit no figure is read in.
BOUNDS_2024 = [
    trade("b_23", "2023", 500),
    trade("b_low", "2024", 300),
    fact("b_pct", "trade_total", "LAC", "2024", "2024", 500, "percent"),
    fact("b_odd", "trade_total", "LAC", "2024", "2024", 500, "widgets"),
    trade("x", "2024", 400, "S2"),
    trade("b", "2024", 500, "S1"),
    trade("b2", "2024", 480, "S2"),
]
BOUNDS_VIEW = with_precision(BOUNDS_2024, *["lower bound"] * 4, "", "lower bound", "lower bound")


@pytest.mark.parametrize("bound", ["more than", "at least"])
def test_a_bound_claimed_as_another_source_published_it_is_disputed_not_contradicted(bound):
    text = f"In 2024, China-LAC trade was {bound} $450 billion."
    assert judged(text, BOUNDS_VIEW) == (
        "disputed",
        "sources disagree on trade_total · LAC · 2024: over 500 usd_bn 2024 [b, S1]; over 480 "
        "usd_bn 2024 [b2, S2] — and the store holds 400 usd_bn 2024 [x, S2]; the text says "
        f"{bound} $450 billion (would need ≥ 445)",
        [
            ("b", "conflicts", 500, "S1"),
            ("b2", "conflicts", 480, "S2"),
            ("x", "differs", 400, "S2"),
        ],
    )


def test_an_exact_figure_at_another_sources_lower_bound_is_unverifiable():
    assert judged("In 2024, China-LAC trade was $480 billion.", BOUNDS_VIEW) == (
        "unverifiable",
        "not called contradicted: another source published over 480 usd_bn 2024 [b2, S2], a "
        "lower bound at the text's figure — the store holds 400 usd_bn 2024 [x, S2]; the text "
        "says $480 billion (would need 475–485)",
        [("b2", "related", 480, "S2"), ("x", "differs", 400, "S2")],
    )


def test_a_contradiction_with_no_lower_bound_at_the_texts_figure_stands():
    view = with_precision(BOUNDS_2024[:5], *["lower bound"] * 4, "")
    verdict, reason, rows = judged("In 2024, China-LAC trade was $480 billion.", view)
    assert (verdict, rows) == ("contradicted", [("x", "differs", 400, "S2")])


# a bare flow word read in a direction the text does not write ------------------------------
def flow(fact_id, metric, year, value, source):
    return fact(fact_id, metric, "BRA", year, year, value, "usd_bn", source)


# China's exports to Brazil (53.6 in 2021, 50 in 2020) and its imports from Brazil (89.75).
FLOWS = [
    flow("x_2021", "trade_china_exports", "2021", 53.6, "S1"),
    flow("x_2020", "trade_china_exports", "2020", 50, "S1"),
    flow("m_2021", "trade_china_imports", "2021", 89.75, "S2"),
]
# "Chinese" near the bare word keeps the lexicon's China-side reading, and no preposition names
# the direction: read as China's exports.
CHINESE_SHIPS = "In {} the exports of Brazil carried by Chinese ships reached US${} billion."


def test_a_bare_flow_word_read_the_wrong_way_is_unverifiable_with_both_directions_shown():
    # "exports … carried by Chinese ships" was read as China's exports; 89.75 is what Brazil
    # sold to China: the reading, not the text, is the likelier error.
    assert judged(CHINESE_SHIPS.format(2021, "89.75"), tiny_knowledge(FLOWS)) == (
        "unverifiable",
        "not called contradicted because the direction of the flow is uncertain: the figure is "
        "the store's trade_china_imports (89.75 usd_bn 2021 [m_2021, S2]), the other direction "
        "of the same trade — the store holds 53.6 usd_bn 2021 [x_2021, S1]; the text says "
        "US$89.75 billion (would need 89.3012–90.1988)",
        [("m_2021", "related", 89.75, "S2"), ("x_2021", "differs", 53.6, "S1")],
    )


@pytest.mark.parametrize(
    ("text", "figure", "allowed"),
    [
        # the direction written: "China's exports to Brazil"
        ("In 2021, China's exports to Brazil reached US$89.75 billion.", "US$89.75 billion",
         "89.3012–90.1988"),
        ("En 2021, las exportaciones chinas a Brasil llegaron a US$ 89.750 millones.",
         "US$ 89.750 millones", "89,301.2–90,198.8"),
        ("Em 2021, as exportações chinesas para o Brasil chegaram a US$89,75 mil milhões.",
         "US$89,75 mil milhões", "89.3012–90.1988"),
        # a bare word, but a figure of neither direction
        (CHINESE_SHIPS.format(2021, "70"), "US$70 billion", "66.5–73.5"),
    ],
)  # fmt: skip
def test_a_flow_figure_of_the_direction_written_or_of_neither_stays_contradicted(
    text, figure, allowed
):
    assert judged(text, tiny_knowledge(FLOWS)) == (
        "contradicted",
        f"the store holds 53.6 usd_bn 2021 [x_2021, S1]; the text says {figure} (would need "
        f"{allowed})",
        [("x_2021", "differs", 53.6, "S1")],
    )


def test_the_other_directions_figure_of_another_year_does_not_lift_a_contradiction():
    assert judged(CHINESE_SHIPS.format(2020, "89.75"), tiny_knowledge(FLOWS)) == (
        "contradicted",
        "the store holds 50 usd_bn 2020 [x_2020, S1]; the text says US$89.75 billion (would "
        "need 89.3012–90.1988)",
        [("x_2020", "differs", 50, "S1")],
    )


def test_the_direction_is_read_from_the_figures_own_flow_word_on():
    # "Imports from China" writes the first figure's direction, not the second's: the second
    # is still a bare word read the wrong way, so not contradicted.
    text = (
        "Imports from China totalled US$53.6 billion in 2021, while the exports of Brazil "
        "carried by Chinese ships reached US$89.75 billion in 2021."
    )
    results = [r for r in check(text, db=tiny_knowledge(FLOWS)) if r.rule_id == "store-facts"]
    assert [(r.claim.text, str(r.verdict)) for r in results] == [
        ("US$53.6 billion", "supported"),
        ("US$89.75 billion", "unverifiable"),
    ]
    assert results[1].reason.startswith("not called contradicted because the direction")


def test_a_bare_flow_word_whose_direction_the_clause_writes_stays_contradicted():
    # "exports … to China": Brazil's sales, 89.75 stored; 53.6 is the other direction's figure,
    # an error of the text, since the text writes the direction.
    text = (
        "In 2021 the exports of Brazil carried by Chinese ships to China reached US$53.6 billion."
    )
    assert judged(text, tiny_knowledge(FLOWS))[0] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 the exports of Brazil bound for Chinese ports reached US$89.75 billion.",
        "In 2021 Brazil's exports destined for the Chinese market reached US$89.75 billion.",
        "En 2021, las exportaciones de Brasil al mercado chino llegaron a US$ 89.750 millones.",
        "En 2021, las exportaciones de Brasil hacia puertos chinos sumaron US$ 89.750 millones.",
        "Em 2021, as exportações do Brasil para o mercado chinês chegaram a US$ 89,75 bilhões.",
        "Em 2021, as exportações do Brasil rumo a portos chineses somaram US$ 89,75 bilhões.",
    ],
)
def test_exports_bound_for_chinas_ports_or_market_are_sales_to_china(text):
    # China's ports and market are China: "bound for Chinese ports" names the state's own
    # exports (China's imports, 89.75), not China's exports to it (53.6).
    verdict, reason, rows = judged(text, tiny_knowledge(FLOWS))
    assert (verdict, rows) == ("supported", [("m_2021", "matches", 89.75, "S2")])


def test_the_direction_is_read_from_the_nearest_flow_word_before_the_figure():
    # Two "exports" before the figure: the first names its direction ("to China"), the second,
    # the figure's own, does not. Reading from the first would keep a contradiction the
    # figure's own bare word does not justify.
    text = (
        "Exports to China grew, and in 2021 the exports of Brazil carried by Chinese ships "
        "reached US$89.75 billion."
    )
    results = [r for r in check(text, db=tiny_knowledge(FLOWS)) if r.rule_id == "store-facts"]
    assert [(r.claim.text, str(r.verdict)) for r in results] == [
        ("US$89.75 billion", "unverifiable")
    ]


def test_a_flow_word_after_the_figure_does_not_move_where_its_direction_is_read():
    # The figure's own word is followed by "to China" (a written direction: contradicted); a
    # later bare "exports" after the figure must not become the word the direction is read from.
    text = (
        "In 2021 the exports of Brazil carried by Chinese ships to China reached US$53.6 "
        "billion, above the exports of any year before."
    )
    assert judged(text, tiny_knowledge(FLOWS))[0] == "contradicted"


def with_partial_years(facts, *partial) -> KnowledgeView:
    view = tiny_knowledge(facts)
    return dataclasses.replace(view, facts=view.facts.assign(partial_year=list(partial)))


@pytest.mark.parametrize(
    ("text", "view"),
    [
        # An undated figure is no figure of some months: a January–August row does not bear
        # it out.
        (
            "Latin America's trade with China reached US$100 billion.",
            with_partial_years(
                [fact("jan_aug", "trade_total", "LAC", "2023-01", "2023-08", 100, "usd_bn")], True
            ),
        ),
        # An undated upper bound is borne out by any smaller value: a full-year row below it
        # does not support it either.
        (
            "Latin America's trade with China is worth up to US$90 billion.",
            with_partial_years([trade("full_year", "2023", 80)], False),
        ),
    ],
)
def test_an_undated_figure_is_not_supported_by_a_part_year_row_or_below_its_bound(text, view):
    verdict, reason, rows = judged(text, view)
    assert verdict == "unverifiable" and reason.startswith("no stored fact for trade_total · LAC")
