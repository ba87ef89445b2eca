"""Rule `year-facts` at its edges: a date with no recognised metric found as a stored year, or
as the month a year-valued target was announced.

Written against the 23 survivors of `YearFacts.check` in the seventh and ninth mutation runs
(docs/mutation.md): the announcement branch was never reached (the rule tests name the
metric, so store-facts answered them), and nothing checked what the finding cites or that
every date of a text is looked at.
"""

from __future__ import annotations

from chinalac.claims import check
from tests.claims.conftest import fact, tiny_knowledge

FACTS = [
    # A year-valued target dated by the month it was announced; its id names the topic.
    fact("climate_pledge_chn", "carbon_peak_year", "CHN", "2020-09", "2020-09", 2030, "year"),
    fact("first_year_cub_relations", "first_year", "CUB", "1960", "1960", 1960, "year"),
    fact("first_year_per_relations", "first_year", "PER", "1971", "1971", 1971, "year"),
]


def year_facts(text: str) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    return [
        (r.claim.text, str(r.verdict), r.reason, [(e.record_id, e.relation) for e in r.evidence])
        for r in check(text, db=tiny_knowledge(FACTS))
        if r.rule_id == "year-facts"
    ]


def test_the_month_a_target_was_announced_supports_a_date_without_a_metric():
    # "climate pledge" is no metric phrase: only year-facts can place the date.
    assert year_facts("In September 2020, China unveiled its climate pledge at the UN.") == [
        (
            "September 2020",
            "supported",
            "the store dates this announcement 2020-09: 2030 year 2020-09 [climate_pledge_chn, S1]",
            [("climate_pledge_chn", "matches")],
        )
    ]


def test_another_month_of_the_announcement_year_supports_nothing():
    assert year_facts("In October 2020, China unveiled its climate pledge at the UN.") == []


def test_the_year_itself_is_cited_as_a_match():
    assert year_facts("It was not until 1960 that China and Cuba established relations.") == [
        (
            "1960",
            "supported",
            "the store holds this year: 1960 year 1960 [first_year_cub_relations, S1]",
            [("first_year_cub_relations", "matches")],
        )
    ]


def test_every_date_of_the_text_is_looked_at():
    # A figure before the date, and a second date after the first supported one: each date
    # gets its own finding (the rule must not stop at the first claim it skips or supports).
    text = (
        "Trade reached $450 billion. It was not until 1960 that China and Cuba established"
        " relations. Peru established relations with China in 1971."
    )
    assert [(claim, verdict) for claim, verdict, _, _ in year_facts(text)] == [
        ("1960", "supported"),
        ("1971", "supported"),
    ]
