"""Round s15d of issue 15: a wrong "disputed" found on the dashboard (web-s15's sweep of /check).

A pledge figure whose period is borrowed from the sentence before ("A China investiu na região
entre 2015 e 2019. Na IV Reunião Ministerial … anunciou uma linha de crédito de 66 bilhões de
yuans") was called **disputed**, "the target of another pledge … not of xi_beijing_2025", though
that pledge is the one of the very plan the sentence names: the borrowed 2015–2019 ruled it out.
A period read at low confidence no longer dates a pledge; the figure is judged as an undated
one, by its plan and metric. The same sentence on its own was, and is, supported.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

BORROWED = [
    (
        "Beijing, May 2025 — China invested in the region between 2015 and 2019. At the Fourth"
        " Ministerial Meeting of the China-CELAC Forum, Xi Jinping announced a credit line of 66"
        " billion yuan.",
        "66 billion yuan",
    ),
    (
        "Pekín, mayo de 2025 — China invirtió en la región entre 2015 y 2019. En la IV Reunión"
        " Ministerial del Foro China-CELAC, Xi Jinping anunció una línea de crédito de 66.000"
        " millones de yuanes.",
        "66.000 millones de yuanes",
    ),
    (
        "Pequim, maio de 2025 — A China investiu na região entre 2015 e 2019. Na IV Reunião"
        " Ministerial do Fórum China-CELAC, Xi Jinping anunciou uma linha de crédito de 66"
        " bilhões de yuans.",
        "66 bilhões de yuans",
    ),
]


@pytest.mark.parametrize(("text", "figure"), BORROWED)
def test_a_borrowed_period_does_not_make_the_named_plans_pledge_another(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.confidence["period"]["level"] == "low"
    # Main: disputed, "the target of another pledge: beijing2025_credit_line_66bn_cny".
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "commitments")
    assert result.record_ids == ["beijing2025_credit_line_66bn_cny"]


@pytest.mark.parametrize(("text", "figure"), BORROWED)
def test_a_borrowed_period_never_makes_a_pledge_figure_contradicted(kb, text, figure):
    # Guard: judged as undated, a wrong figure of the named plan is at most unverifiable or
    # disputed; a borrowed period is no ground to call it false.
    wrong = text.replace("66", "77")
    result = one(check(wrong, kb), figure.replace("66", "77"))
    assert result.verdict is not Verdict.CONTRADICTED
