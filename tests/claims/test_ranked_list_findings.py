"""ranked-list: which ranks `RankedList.check` counts over their list, and that it goes on past
those it passes over (the rule's reading is pinned in tests/claims/test_claims_rules.py and
test_claims_rules_edges.py).

The mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left 16 mutants of
`RankedList.check` alive: a `continue` turned `break` (every later rank of the text unjudged), a
state named twice counted twice, the list's evidence row unchecked.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest

from chinalac.claims import check
from tests.claims.conftest import fact, tiny_knowledge

LISTED = "In Latin America, China is the top trading partner of Brazil, Chile, Peru, and Uruguay."


def ranked(text: str, count: float) -> list[tuple[str, str]]:
    facts = [fact("ttp", "top_trading_partner_count", "LAC", "2022", "2022", count, "count")]
    return [
        (str(f.verdict), f.reason)
        for r in check(text, db=tiny_knowledge(facts))
        for f in r.findings
        if f.rule_id == "ranked-list"
    ]


FOUR = ("supported", "4 states listed (BRA, CHL, PER, URY) → the text gives no period; "
        "matches 4 count 2022 [ttp, S1]")  # fmt: skip


@pytest.mark.parametrize(
    "before",
    [
        "In 2022, trade between China and Brazil reached US$150 billion.",  # no rank
        "Brazil was the first country to win the cup.",  # a rank of no counted metric
        "China is the top trading partner in South America.",  # no list follows
        "China is the top trading partner of Brazil.",  # a list of one state
    ],
)
def test_a_ranked_list_after_a_rank_the_rule_passes_over_is_still_counted(before):
    assert ranked(f"{before} {LISTED}", 4) == [FOUR]


def test_a_state_named_twice_in_the_list_is_counted_once():
    text = "In Latin America, China is the top trading partner of Brazil, Chile, Peru, Brazil and Uruguay."
    assert ranked(text, 4) == [FOUR]


def test_the_list_is_shown_as_a_count_read_from_the_text():
    facts = [fact("ttp", "top_trading_partner_count", "LAC", "2022", "2022", 4, "count")]
    (result,) = [r for r in check(LISTED, db=tiny_knowledge(facts)) if r.rule_id == "ranked-list"]
    assert asdict(result.evidence[-1]) == {
        "kind": "text",
        "record_id": f"{result.claim.claim_id}:list",
        "source_id": None,
        "relation": "related",
        "value": 4.0,
        "unit": "count",
        "period": None,
        "entity": None,
        "note": "BRA, CHL, PER, URY",
        "reporter": None,
    }


def test_a_list_of_two_states_in_brackets_is_counted():
    text = "In Latin America, China is the top trading partner of (Brazil and Chile)."
    assert ranked(text, 2) == [
        ("supported", "2 states listed (BRA, CHL) → the text gives no period; matches 2 count "
         "2022 [ttp, S1]")
    ]  # fmt: skip


def test_a_state_named_after_the_list_ends_it_and_later_ranks_are_still_counted():
    first = (
        "In Latin America, China is the top trading partner of Brazil, Chile and Peru, while in "
        "Mexico the United States leads."
    )
    assert [verdict for verdict, _ in ranked(f"{first} {LISTED}", 4)] == [
        "unverifiable",
        "supported",
    ]


def test_a_listed_count_that_differs_from_the_store_is_contradicted_as_a_count():
    text = (
        "In Latin America in 2022, China was the top trading partner of Brazil, Chile, Peru, "
        "and Uruguay."
    )
    assert ranked(text, 5) == [
        ("contradicted", "4 states listed (BRA, CHL, PER, URY) → the store holds 5 count 2022 "
         "[ttp, S1]; the text says top trading partner (would need 3.5–4.5)")
    ]  # fmt: skip


# A rank over a list of states, judged state by state against each state's stored partner rank
# (`RankedList._each_state`). The tenth-and-a-half mutation run left 23 of its mutants alive: the
# reason and the evidence it shows were never pinned, nor a listed state with no stored rank
# standing before those that have one.
STATE_RANKS = [
    fact("bra_2022", "china_partner_rank", "BRA", "2022", "2022", 1, "rank", "S1"),
    fact("chl_2022", "china_partner_rank", "CHL", "2022", "2022", 1, "rank", "S2"),
    fact("chl_2021", "china_partner_rank", "CHL", "2021", "2021", 2, "rank", "S2"),
    fact("ttp", "top_trading_partner_count", "LAC", "2022", "2022", 3, "count"),
]


def state_by_state(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [
        (str(f.verdict), f.reason, [(e.record_id, e.relation) for e in f.evidence])
        # Dated in 2023's first months, when 2022 is the latest whole year: an undated text's
        # rank of no year is not judged (lead, stop 44).
        for r in check(text, db=tiny_knowledge(STATE_RANKS), date="2023-02-15")
        for f in r.findings
        if f.rule_id == "ranked-list"
    ]


@pytest.mark.parametrize(
    ("year", "period"), [("In 2022, China was", "2022"), ("China is", "no period stated")]
)
def test_a_rank_over_listed_states_shows_each_stored_rank_it_rests_on(year, period):
    # Argentina, first in the list, has no stored rank: it is passed over, not the end of the list.
    text = f"{year} the top trading partner of Argentina, Brazil and Chile."
    assert state_by_state(text) == [
        (
            "supported",
            "3 states listed (ARG, BRA, CHL) → every stored rank for china_partner_rank · BRA, CHL"
            f" · {period} is 1: 1 rank 2022 [bra_2022, S1]; 1 rank 2022 [chl_2022, S2]",
            [("bra_2022", "matches"), ("chl_2022", "matches")],
        )
    ]


def test_a_listed_state_with_another_stored_rank_sends_the_list_back_to_the_count():
    # Chile's stored 2021 rank is 2: the list is not borne out state by state, and the count of
    # top-partner states is stored for 2022 only.
    (found,) = state_by_state(
        "In 2021, China was the top trading partner of Argentina, Brazil and Chile."
    )
    assert found[0] == "unverifiable"
    assert found[1].startswith("3 states listed (ARG, BRA, CHL) → no stored fact for")
    assert [relation for _, relation in found[2]] == ["related"]


def test_a_count_the_store_bears_out_is_not_judged_state_by_state():
    # The stored count of top-partner states decides first; the states' own ranks are read only
    # when the count cannot be judged.
    text = "In 2022, in Latin America, China was the top trading partner of Argentina, Brazil and Chile."
    assert state_by_state(text) == [
        (
            "supported",
            "3 states listed (ARG, BRA, CHL) → matches 3 count 2022 [ttp, S1]",
            [("ttp", "matches"), ("c001:list", "related")],
        )
    ]


def test_a_list_judged_state_by_state_does_not_end_the_text():
    text = (
        "In 2022, China was the top trading partner of Argentina, Brazil and Chile. In 2022,"
        " China was also the top trading partner of Peru, Brazil and Chile."
    )
    found = state_by_state(text)
    assert [reason.split(" → ")[0] for _, reason, _ in found] == [
        "3 states listed (ARG, BRA, CHL)",
        "3 states listed (PER, BRA, CHL)",
    ]
    assert {verdict for verdict, _, _ in found} == {"supported"}
