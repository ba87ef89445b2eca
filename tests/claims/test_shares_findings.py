"""parts-total's shares check: shares of one whole, each given to a named part ("40 per cent
to energy, 30 per cent to mining"), that sum past 100 % are inconsistent; pinned whole on
EN/ES/PT sentences.

The fifth mutation run (`python3 tasks.py mutate claims_rules`, docs/mutation.md) left 47 of
`PartsTotal._shares`'s 57 mutants alive: the only tests were the unseen patterns, outside the
mutation selection.
"""

from __future__ import annotations

from dataclasses import astuple

import pytest

from chinalac.claims import check
from tests.claims.conftest import tiny_knowledge


def shares(text: str) -> list[tuple]:
    """Each parts-total finding: claim, verdict, reason and evidence rows."""
    return [
        (r.claim.text.strip(), str(f.verdict), f.reason, [astuple(e) for e in f.evidence])
        for r in check(text, db=tiny_knowledge())
        for f in r.findings
        if f.rule_id == "parts-total"
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Of the loans, 50 per cent went to energy, 40 per cent to mining and 30 per cent to "
         "transport.", ("50 per cent", "40 per cent", "30 per cent")),
        ("De los préstamos, el 50% fue a energía, el 40% a minería y el 30% a transporte.",
         ("50%", "40%", "30%")),
        ("Dos empréstimos, 50% foram para energia, 40% para mineração e 30% para transporte.",
         ("50%", "40%", "30%")),
    ],
)  # fmt: skip
def test_shares_of_one_whole_past_100_are_each_inconsistent_with_their_sum(text, figures):
    found = shares(text)
    reason = f"shares of one whole sum past 100 %: {' + '.join(figures)} = 120 %"
    assert [(claim, verdict, why) for claim, verdict, why, _ in found] == [
        (figure, "inconsistent", reason) for figure in figures
    ]
    last = found[-1][3]
    assert [row[:6] for row in last] == [("text", "c003:shares", None, "differs", 120.0, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        # 100 exactly, and a sum within the rounding of its parts
        "Of the loans, 50 per cent went to energy, 30 per cent to mining and 20 per cent to transport.",
        "Of the loans, 50.4% went to energy, 30% to mining and 20% to transport.",
        # one share alone
        "Of the loans, 50 per cent went to energy.",
        # shares of a change, not of one whole
        "Exports rose 60% to Brazil and 50% to Chile.",
        # shares given to no named part
        "Inflation was 60% and unemployment 50%.",
        # a bound is no share of a whole
        "Of the loans, more than 60% went to energy and 50% to mining.",
    ],
)
def test_shares_that_fit_one_whole_or_are_not_of_one_whole_are_not_summed(text):
    assert shares(text) == []


def test_each_sentence_is_summed_on_its_own_and_after_one_the_rule_passes_over():
    text = (
        "Of the loans, 50 per cent went to energy. "
        "Of the credit, 60 per cent went to mining and 50 per cent to transport."
    )
    assert [claim for claim, _, _, _ in shares(text)] == ["60 per cent", "50 per cent"]


def test_a_sentence_of_shares_that_fit_does_not_stop_the_next_one():
    text = (
        "Of the loans, 50 per cent went to energy and 30 per cent to mining. "
        "Of the credit, 60 per cent went to mining and 50 per cent to transport."
    )
    assert [claim for claim, _, _, _ in shares(text)] == ["60 per cent", "50 per cent"]


def test_a_sentence_of_changes_does_not_stop_the_next_one():
    text = (
        "Exports rose 60% to Brazil and 50% to Chile. "
        "Of the credit, 60 per cent went to mining and 50 per cent to transport."
    )
    assert [claim for claim, _, _, _ in shares(text)] == ["60 per cent", "50 per cent"]
