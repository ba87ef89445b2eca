"""The n-th of China's policy papers on Latin America and the Caribbean and its date (rule
`policy-paper`, lead, stop 36): main read "its first policy paper on Latin America … in 2008"
as a rank of no metric. Support only; another date is shown beside the stored one, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

PAPERS = [
    (
        "China published its first policy paper on Latin America and the Caribbean in 2008, a "
        "second in 2016 and a third in December 2025.",
        {"first policy paper": "first", "second": "second", "third": "third"},
    ),
    (
        "En noviembre de 2016, China publicó su segundo documento de política hacia América "
        "Latina y el Caribe.",
        {"segundo documento": "second"},
    ),
    (
        "O terceiro documento de política da China para a América Latina e o Caribe saiu em "
        "dezembro de 2025.",
        {"terceiro documento": "third"},
    ),
]


@pytest.mark.parametrize(("text", "ranks"), PAPERS)
def test_the_nth_policy_paper_is_dated_by_the_documents_table(kb, text, ranks):
    results = check(text, kb)
    for figure, nth in ranks.items():
        result = one(results, figure)
        assert result.verdict is Verdict.SUPPORTED, result.reason
        assert result.reason.startswith(f"the documents table dates China's {nth} policy paper")


def test_another_year_is_shown_not_refuted(kb):
    text = "China published its second policy paper on Latin America in 2015."
    result = one(check(text, kb), "second policy paper")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.reason.endswith("2016-11; the text dates it 2015"), result.reason


NOT_A_PAPERS_RANK = [
    # a rank of another noun in a sentence naming the paper
    ("The policy paper on Latin America calls China the second-largest trading partner of the region.", "second-largest trading partner"),
    # a paper of no region named
    ("In 2016 China issued its second policy paper on energy security.", "second policy paper"),
    # a bare ordinal before the paper is named
    ("A second round of talks opened in 2016, after the policy paper on Latin America.", "second round"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), NOT_A_PAPERS_RANK)
def test_other_ranks_are_no_policy_papers(kb, text, figure):
    result = one(check(text, kb), figure)
    assert all(f.rule_id != "policy-paper" for f in result.findings), result.reason
