"""Tests for the `claims_rules` mutants that survived the twenty-seventh run (issue 17): a seeded
sample of the mutants on the lines added to `claims/rules/` from 59de86fc to ae0bf903 (stop 46
and rounds 47a-48b: ties-rank's order of an ordinal of states, ties-date's check of that
ordinal, commitments' China-only money figures, meeting-ordinal's year of another event and
day of a meeting, growth-rate's rate, level and amount, ties-common's moved constants, and
others), classified in docs/mutation-claims-rules-survivors-s47.md. Real-shaped sentences (our
own) in EN, ES and PT against the package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- ties_rank.ordinal_finding: a state whose relations did not hold in the claim's year -------
# The lead's stop-46 tests rank states whose relations held at the year; Paraguay's did not in
# 2020 (it recognises Taiwan), so no stored event is the claim's state's and the ordinal is left
# to ties-date, which refutes the year (`ordinal_finding__mutmut_61`: `next` with no default,
# which raised StopIteration out of the rule and stopped the check).
PARAGUAY = [
    (
        "In 2020 Paraguay became the fifth country in South America to establish diplomatic"
        " relations with China.",
        "fifth country",
    ),
    (
        "En 2020 Paraguay se convirtió en el quinto país de América del Sur en establecer"
        " relaciones diplomáticas con China.",
        "quinto país",
    ),
    (
        "Em 2020 o Paraguai tornou-se o quinto país da América do Sul a estabelecer relações"
        " diplomáticas com a China.",
        "quinto país",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), PARAGUAY)
def test_an_ordinal_of_a_state_without_relations_that_year_is_dated_not_ranked(text, snippet):
    result = one(check(text, date="2020-06-01"), snippet)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert [f.rule_id for f in result.findings if f.rule_id.startswith("ties")] == ["ties-date"]
    # the row of the status that refutes is shown (the lead, stop 52: main showed none)
    assert result.reason.startswith(
        "the text dates it 2020; the ties table holds PRY diplomatic_relations_prc Recognises "
        "Taiwan (ROC) since 1957-07-08"
    )
    assert "1957-07-08" in result.reason and result.evidence


# --- meeting_ordinal.today_named: "hoy" of an opening on the second of a meeting's two days -----
# Round 47b's tests put "hoy" on the meeting's own day, or on a day of its month outside its span
# (which `_on_its_days` leaves unread anyway). The 1st ministerial is stored 2015-01-08 and spans
# 8-9 January: an opening "today" in a text of the 9th names a day of its span, but not the
# day it opened, and is not borne out (`today_named__mutmut_5`: the article's date dropped, so
# no "hoy" named a day and the opening on the 9th was borne out by the span).
OPENS_ON_ITS_SECOND_DAY = [
    (
        "Beijing, 9 de enero de 2015 — La primera reunión ministerial del Foro China-CELAC se"
        " abre hoy en Beijing.",
        "hoy",
    ),
    (
        "Beijing, January 9, 2015 — The first ministerial meeting of the China-CELAC Forum opens"
        " today in Beijing.",
        "today",
    ),
    (
        "Pequim, 9 de janeiro de 2015 — A primeira reunião ministerial do Fórum China-CELAC se"
        " abre hoje em Pequim.",
        "hoje",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), OPENS_ON_ITS_SECOND_DAY)
def test_today_of_an_opening_on_the_second_day_of_a_meeting_is_not_borne_out(text, snippet):
    result = one(check(text), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not [f for f in result.findings if f.rule_id == "meeting-ordinal"]


# --- GrowthRate._rate_level_and_amount: an amount as large as the level is passed over ---------
# Round 47b's tests give amounts smaller than the level; an amount as large as the level leaves
# no earlier level to speak of, and the sentence is passed over (`_rate_level_and_amount__mutmut_70`:
# `and` for `or`, which went on to divide by a zero earlier level and stopped the check).
AS_LARGE_AS_THE_LEVEL = [
    (
        "Las exportaciones de El Salvador a China subieron un 197.8% y sumaron $83.2 millones, es"
        " decir, $83.2 millones más que en el mismo lapso del año anterior.",
        "197.8%",
    ),
    (
        "El Salvador's exports to China rose 197.8% to $83.2 million, $83.2 million more than a"
        " year earlier.",
        "197.8%",
    ),
    (
        "As exportações de El Salvador para a China subiram 197,8% e somaram US$ 83,2 milhões,"
        " US$ 83,2 milhões a mais que no mesmo período do ano anterior.",
        "197,8%",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), AS_LARGE_AS_THE_LEVEL)
def test_an_amount_as_large_as_the_level_gives_no_earlier_level(text, snippet):
    result = one(check(text, date="2018-08-20"), snippet)
    assert not [f for f in result.findings if f.rule_id == "growth-rate"], result.reason


# --- ties_rank.ordinal_finding: the claim's state outside the subregion the sentence names -----
# The lead's stop-46 tests name a subregion the state is in, or none; "South America" named
# after Costa Rica's ordinal leaves no event of the state among the subregion's, and the order
# is not read (`ordinal_finding__mutmut_111`: `next` with no default after the subregion's
# filter, which raised StopIteration out of the rule and stopped the check).
OUTSIDE_THE_SUBREGION = [
    (
        "Costa Rica became the third Latin American country to sign a free trade agreement with"
        " China, in April 2010, following Chile and Peru in South America.",
        "third Latin American country",
    ),
    (
        "Costa Rica fue el tercer país latinoamericano en firmar un tratado de libre comercio con"
        " China, en abril de 2010, siguiendo a Chile y Perú en América del Sur.",
        "tercer país latinoamericano",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), OUTSIDE_THE_SUBREGION)
def test_a_state_outside_the_subregion_named_leaves_the_order_unread(text, snippet):
    result = one(check(text, date="2012-01-01"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not [f for f in result.findings if f.rule_id == "ties-rank"]
