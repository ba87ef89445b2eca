"""parts-total's exports + imports check: which figures are taken as the parts, the total and
the balance, pinned on real-shaped sentences.

The sixth mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left 13 of
`PartsTotal._parts`'s mutants alive: every test had one paragraph, one total and a balance
with its own year.
"""

from __future__ import annotations

import pytest

from chinalac.claims import check
from tests.claims.conftest import tiny_knowledge


def inconsistent(text: str) -> list[tuple[str, str]]:
    """Each parts-total finding: the claim it is on and its reason."""
    return [
        (r.claim.text.strip(), r.reason)
        for r in check(text, db=tiny_knowledge())
        if r.rule_id == "parts-total"
    ]


SUM = "the text's own parts give US$63.93 billion + US$34.74 billion = 98.67, not US$93.13 billion"
DIFFERENCE = (
    "the text's own parts give US$63.93 billion − US$34.74 billion = 29.19, not US$20 billion"
)


def test_parts_are_added_up_only_against_a_total_of_their_own_paragraph():
    text = (
        "Trade reached US$93.13 billion in 2018.\n\n"
        "In 2018 exports were US$63.93 billion and imports US$34.74 billion."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("\n\n", " ")) == [("US$93.13 billion", SUM)]


def test_an_export_figure_with_no_imports_beside_it_does_not_end_the_paragraphs_check():
    # The 2017 exports have no 2017 imports: the rule passes over them and still checks 2018's.
    text = (
        "In 2017 exports were US$50 billion. Trade reached US$93.13 billion in 2018: exports "
        "of US$63.93 billion and imports of US$34.74 billion."
    )
    assert inconsistent(text) == [("US$93.13 billion", SUM)]


def test_of_two_totals_that_miss_the_sum_the_nearest_in_value_is_the_one_flagged():
    # 63.93 + 34.74 = 98.67: 101 is nearer than 40 (which is nearer the difference, 29.19).
    text = (
        "In 2018 exports were US$63.93 billion and imports US$34.74 billion. Trade reached "
        "US$40 billion in 2018 by one count and US$101 billion in 2018 by another."
    )
    assert [claim for claim, _ in inconsistent(text)] == ["US$101 billion"]


@pytest.mark.parametrize(
    ("balance", "flagged"),
    [
        # No year of its own, same state and currency: the balance of the parts before it.
        ("The surplus thus came to US$20 billion.", [("US$20 billion", DIFFERENCE)]),
        # Another year: not the balance of these parts.
        ("In 2017 the surplus was US$20 billion.", []),
        # Another state, with no year: not the balance of these parts either.
        ("Argentina's surplus came to US$20 billion.", []),
        # Another currency, with no year.
        ("The surplus thus came to 20 billion yuan.", []),
    ],
)
def test_a_balance_after_its_parts_is_checked_only_when_it_is_theirs(balance, flagged):
    text = f"In 2018 Brazil's exports were US$63.93 billion and its imports US$34.74 billion. {balance}"
    assert inconsistent(text) == flagged
