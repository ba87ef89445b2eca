"""`StoreFacts._disagree`: do stored values of one thing, from different sources, differ? And
`_outside_spread`: is a claim beyond every disagreeing source?

Written against its ten survivors (docs/mutation.md, ninth run). The rule tests reach it only
through a claim, with two sources of one unit; these call it on rows of mixed units and sizes,
as a compiled table can hold them (a year stored once as a count, a share beside a value).
"""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.matching import StoredFact
from chinalac.claims.rules.store_facts import StoreFacts
from tests.claims.conftest import fact, tiny_knowledge


def row(source: str, value: float, unit: str, metric: str = "trade_total") -> StoredFact:
    return StoredFact(
        fact_id=f"{source}-{value}",
        metric=metric,
        entity="BRA",
        counterpart="CHN",
        start=(2023, None),
        end=(2023, None),
        period_text="2023",
        value=value,
        unit=unit,
        reporter="",
        conflict_group="",
        source_id=source,
        evidence_note="",
        note="",
    )


@pytest.mark.parametrize("order", [1, -1])
def test_a_year_is_compared_exactly_even_beside_a_row_in_another_unit(order):
    # One source stores the year its relations began as a year, another as a bare number.
    rows = [row("S1", 1974, "year", "first_year"), row("S2", 1975, "count", "first_year")]
    assert StoreFacts._disagree(rows[::order]) is True
    same = [row("S1", 1974, "year", "first_year"), row("S2", 1974, "count", "first_year")]
    assert StoreFacts._disagree(same[::order]) is False


def test_values_of_different_dimensions_never_disagree():
    # A value and a share of one metric are not two readings of one thing.
    assert StoreFacts._disagree([row("S1", 100, "usd_bn"), row("S2", 100.1, "percent")]) is False


def test_a_value_in_an_unknown_unit_is_passed_over():
    assert StoreFacts._disagree([row("S1", 100, "tonnes"), row("S2", 150, "usd_bn")]) is False
    assert StoreFacts._disagree([row("S1", 100, "usd_bn"), row("S2", 150, "tonnes")]) is False


def test_a_pair_passed_over_does_not_end_the_search():
    # (S1, S2) are of different dimensions; (S1, S3) disagree; (S2, S3) are not comparable.
    rows = [row("S1", 100, "usd_bn"), row("S2", 40, "percent"), row("S3", 200, "usd_bn")]
    assert StoreFacts._disagree(rows) is True


def test_small_values_are_compared_relative_to_their_own_size():
    # 0.500 and 0.503 differ by 0.6 % of the larger: more than the 0.5 % of one reading.
    assert StoreFacts._disagree([row("S1", 0.5, "percent"), row("S2", 0.503, "percent")]) is True
    assert StoreFacts._disagree([row("S1", 0.5, "percent"), row("S2", 0.501, "percent")]) is False


# `_outside_spread`: a claim whose interval touches the spread of disagreeing sources is
# disputed, not contradicted. "US$9 billion" is read as [8.5, 9.5] billion.
def loans(*values: float):
    return tiny_knowledge(
        [
            fact(f"l{i}", "loans_total", "LAC", "2016", "2016", value, "usd_bn", f"S{i + 1}")
            for i, value in enumerate(values)
        ]
    )


@pytest.mark.parametrize(
    ("values", "verdict"),
    [
        ((9.5, 12), "disputed"),  # the claim's upper edge is the lowest source
        ((6, 8.5), "disputed"),  # its lower edge is the highest source
        ((9.6, 12), "contradicted"),
        ((6, 8.4), "contradicted"),
    ],
)
def test_a_claim_touching_the_spread_of_the_sources_is_disputed(values, verdict):
    text = "In 2016, Chinese loans to Latin America totalled US$9 billion."
    [result] = [r for r in check(text, db=loans(*values)) if r.rule_id == "store-facts"]
    assert str(result.verdict) == verdict
