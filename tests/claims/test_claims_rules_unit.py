"""Claims rules at their edges on tiny inline knowledge tables, one test per behaviour that the
broader rule tests left unpinned (found by `python3 tasks.py mutate claims_rules`)."""

from __future__ import annotations

from chinalac.claims import check
from tests.claims.conftest import tiny_knowledge


def verdicts(text: str, knowledge=None) -> list[tuple[str, str]]:
    return [(r.rule_id, str(r.verdict)) for r in check(text, db=knowledge or tiny_knowledge())]


def test_a_sentence_without_figures_gets_no_rule():
    assert verdicts("Relations between the regions are warm.") == []
