"""Tests for the `claims_rules` mutants that survived the twentieth run (issue 17): the mutants on
the lines changed in `claims/rules/` from d94142c to 94abad6 (rounds 29a-29f and the rules of the
lead's stop 35), and the four survivors the nineteenth run left unclassified, classified in
docs/mutation-claims-rules-survivors-s36.md. Real-shaped sentences (our own) in EN, ES and PT
against the package's knowledge base where a sentence reaches the branch.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- ties_rank._anniversaries: the own object replaces the anniversary's only when it names
# several ties (_anniversaries__mutmut_45, `len(named) > 1` -> `>= 1`) -------------------------
# The sentence names the FTA before the claim and the partnership after it; the anniversary's
# object, read to the end, names the partnership only. Replaced by the own object (the relations,
# by the words "de relaciones"), the count was dated from the article's year, not the period the
# text gives: "the anniversary in 2020 dates the tie 2008", a wrong date shown to the reader.
ONE_TIE_AFTER_THE_COMMA = [
    (
        "With its free trade agreement in force, Costa Rica marked the 12th anniversary of "
        "relations with China last year, and renewed its strategic partnership.",
        "12th anniversary",
    ),
    (
        "Con su tratado de libre comercio vigente, Costa Rica celebró el año pasado el 12.º "
        "aniversario de relaciones con China, y renovó su asociación estratégica.",
        "12.º aniversario",
    ),
    (
        "Com seu acordo de livre comércio em vigor, a Costa Rica celebrou no ano passado o 12º "
        "aniversário de relações com a China, e renovou sua parceria estratégica.",
        "12º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ONE_TIE_AFTER_THE_COMMA)
def test_an_anniversary_whose_object_names_one_tie_keeps_it(kb, text, figure):
    result = one(check(text, kb, date="2020-03-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "2008" not in result.reason, result.reason
    assert all(f.rule_id != "ties-rank" for f in result.findings), result.reason
