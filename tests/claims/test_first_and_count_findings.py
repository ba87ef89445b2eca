"""first-rank and ties-count: every finding pinned whole (rule, verdict, full reason, every
evidence row), on tiny inline tables.

The mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left ~80 mutants
of `FirstRank.check` and `TiesCount.check` alive because the rule tests pinned verdicts only:
a `matches` row shown as `conflicts`, the "(sources differ on the year)" note always on, one
source's two years read as a dispute, a month dropped from a count's date, "by by 2018".
"""

from __future__ import annotations

from dataclasses import astuple

import pytest

from chinalac.claims import check
from tests.claims.conftest import fact, tiny_knowledge
from tests.claims.test_claims_rules_unit import BRI


def findings(text: str, rule: str, facts=(), ties=None) -> list[tuple]:
    """Every finding of `rule` over the text's claims: verdict, reason and evidence rows."""
    return [
        (str(f.verdict), f.reason, [astuple(e) for e in f.evidence])
        for r in check(text, db=tiny_knowledge(facts, ties=ties))
        for f in r.findings
        if f.rule_id == rule
    ]


def first_year(fact_id, entity, date, year, source="S1"):
    return fact(fact_id, "first_year", entity, date, date, year, "year", source)


# first-rank -----------------------------------------------------------------------------
PAN = [
    first_year("first_year_pan_bri_a", "PAN", "2017-11-17", 2017, "S1"),
    first_year("first_year_pan_bri_b", "PAN", "2018-12-03", 2018, "S2"),
]
PAN_LABELS = ("2017 year 2017-11-17 [first_year_pan_bri_a, S1]; "
              "2018 year 2018-12-03 [first_year_pan_bri_b, S2]")  # fmt: skip
CUB = [first_year("first_year_cub_relations", "CUB", "1960", 1960)]
# One source, two years (e.g. a correction): no dispute between sources.
ARG = [
    first_year("first_year_arg_swap_a", "ARG", "2009", 2009),
    first_year("first_year_arg_swap_b", "ARG", "2014", 2014),
]
# Two sources, one year.
MEX = [
    first_year("first_year_mex_confucius_a", "MEX", "2006", 2006, "S1"),
    first_year("first_year_mex_confucius_b", "MEX", "2006", 2006, "S2"),
]


def row(fact_id, source, relation, year, period, entity):
    return ("fact", fact_id, source, relation, float(year), "year", period, entity, None, None)


def pan_rows(relation):
    return [
        row("first_year_pan_bri_a", "S1", relation, 2017, "2017-11-17", "PAN"),
        row("first_year_pan_bri_b", "S2", relation, 2018, "2018-12-03", "PAN"),
    ]


def test_an_undated_first_lists_every_year_the_sources_give_and_says_they_differ():
    text = "Panama was the first country in the region to join the BRI."
    assert findings(text, "first-rank", PAN) == [
        ("supported", f"the store records this first: {PAN_LABELS} (sources differ on the year)",
         pan_rows("matches")),
    ]  # fmt: skip


def test_an_undated_first_with_one_year_carries_no_note_of_differing_sources():
    text = "Cuba was the first country to establish relations with China."
    assert findings(text, "first-rank", CUB) == [
        ("supported", "the store records this first: 1960 year 1960 [first_year_cub_relations, S1]",
         [row("first_year_cub_relations", "S1", "matches", 1960, "1960", "CUB")]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Panama was the first country in the region to join the BRI, in 2019.",
        # A `since` period has only a start year: that is the year the text states.
        "Since 2017, Panama has been the first country of the region in the BRI.",
    ],
)
def test_a_dated_first_whose_sources_disagree_on_the_year_is_disputed_with_both(text):
    assert findings(text, "first-rank", PAN) == [
        ("disputed", f"sources disagree on the year of this first: {PAN_LABELS}",
         pan_rows("conflicts")),
    ]  # fmt: skip


def test_a_first_whose_date_is_a_claim_of_its_own_is_checked_without_the_year():
    text = "Panama, the first country in the region to join the BRI, signed on 17 November 2017."
    assert findings(text, "first-rank", PAN) == [
        ("supported", f"the store records this first: {PAN_LABELS} (sources differ on the year)",
         pan_rows("matches")),
    ]  # fmt: skip


def test_two_sources_agreeing_on_the_year_support_it_with_both_rows():
    text = "In 2006, China opened its first Confucius Institute in Mexico."
    assert findings(text, "first-rank", MEX) == [
        ("supported", "the store dates this first to 2006: 2006 year 2006 "
         "[first_year_mex_confucius_a, S1]",
         [row("first_year_mex_confucius_a", "S1", "matches", 2006, "2006", "MEX"),
          row("first_year_mex_confucius_b", "S2", "matches", 2006, "2006", "MEX")]),
    ]  # fmt: skip


def test_one_sources_two_years_are_no_dispute_and_only_the_stated_years_row_supports():
    text = "In 2014, Argentina became the first country in the region to sign a swap with China."
    assert findings(text, "first-rank", ARG) == [
        ("supported", "the store dates this first to 2014: 2014 year 2014 [first_year_arg_swap_b, S1]",
         [row("first_year_arg_swap_b", "S1", "matches", 2014, "2014", "ARG")]),
    ]  # fmt: skip


def test_a_year_no_row_gives_is_contradicted_with_every_row():
    text = "En 2010, Argentina fue el primer país de la región en firmar un swap con China."
    assert findings(text, "first-rank", ARG) == [
        ("contradicted", "the text dates this first to 2010; the store holds 2009 year 2009 "
         "[first_year_arg_swap_a, S1]; 2014 year 2014 [first_year_arg_swap_b, S1]",
         [row("first_year_arg_swap_a", "S1", "differs", 2009, "2009", "ARG"),
          row("first_year_arg_swap_b", "S1", "differs", 2014, "2014", "ARG")]),
    ]  # fmt: skip


def test_a_first_after_claims_the_rule_passes_over_is_still_checked():
    text = (
        "Latin America had 45 Confucius Institutes in 2016. "
        "Chile was the first country to sign an FTA with China. "  # no first_year fact
        "Cuba was the first country to establish relations with China."
    )
    assert [verdict for verdict, _, _ in findings(text, "first-rank", CUB)] == ["supported"]


def test_a_largest_partner_rank_is_no_first():
    text = "China is the largest partner of Cuba in diplomatic relations."
    assert findings(text, "first-rank", CUB) == []


# ties-count -----------------------------------------------------------------------------
def tie(n, source, year, date, iso3):
    return ("tie", f"ties:{n}", source, "related", float(year), "year", date, iso3, None, None)


PAN_TIE = tie(2, "web-7c63d2653b", 2017, "2017-11-17", "PAN")
CHL_TIE = tie(3, "web-c75b33f6af", 2018, "2018-11-02", "CHL")
NIC_TIE = tie(4, "web-96a539a286", 2022, "2022-01-12", "NIC")
ARG_TIE = tie(5, "web-b11861c767", 2022, "2022-02-06", "ARG")


def count_row(relation, count, when):
    return ("tie", "count:bri_mou", None, relation, float(count), "count", when, None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "By 2018, two countries in Latin America had joined the Belt and Road.",
        "In 2018, two countries in Latin America joined the Belt and Road.",
        # The period the sentence names dates the count, not the dateline.
        "Santiago, 20 de enero de 2022. En 2018, dos países de América Latina se unieron a la "
        "Franja y la Ruta.",
    ],
)
def test_a_count_by_a_year_shows_the_count_and_every_state_counted(text):
    assert findings(text, "ties-count", ties=BRI) == [
        ("supported", "the ties table shows 2 states with bri_mou by 2018",
         [count_row("matches", 2, "by 2018"), PAN_TIE, CHL_TIE]),
    ]  # fmt: skip


def test_a_count_by_a_month_counts_only_the_states_signed_by_that_month():
    text = "Em janeiro de 2022, três países da América Latina tinham aderido à Iniciativa do Cinturão e Rota."
    assert findings(text, "ties-count", ties=BRI) == [
        ("supported", "the ties table shows 3 states with bri_mou by 2022-01",
         [count_row("matches", 3, "by 2022-01"), PAN_TIE, CHL_TIE, NIC_TIE]),
    ]  # fmt: skip


def test_another_count_is_shown_beside_the_claim_with_every_state_counted():
    text = "By 2022, five countries in Latin America had joined the Belt and Road."
    assert findings(text, "ties-count", ties=BRI) == [
        ("unverifiable", "the ties table (a partial compilation) shows 4 states with bri_mou by 2022",
         [count_row("related", 4, "by 2022"), PAN_TIE, CHL_TIE, NIC_TIE, ARG_TIE]),
    ]  # fmt: skip


def test_a_tie_count_after_counts_the_rule_passes_over_is_still_counted():
    text = (
        "China's trade with Latin America reached 450 billion dollars in 2021. "
        "In 2016, China offered 10,000 training places to Latin America. "
        "By 2018, two countries in Latin America had joined the Belt and Road."
    )
    assert [verdict for verdict, _, _ in findings(text, "ties-count", ties=BRI)] == ["supported"]


def test_a_count_about_one_state_is_no_count_of_the_ties_table():
    text = "Brazil has 4 projects of the Belt and Road by 2022."
    assert findings(text, "ties-count", ties=BRI) == []


def test_a_count_whose_sentence_does_not_name_the_tie_is_not_counted():
    # The metric is carried over from the sentence before; the tie must be named in its own.
    text = (
        "Many states in the region now take part in the Belt and Road. "
        "By 2018, two countries in Latin America had joined it."
    )
    assert findings(text, "ties-count", ties=BRI) == []
