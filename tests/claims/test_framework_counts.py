"""Counts of a cooperation framework's parts (rule `framework-count`, lead, stop 36): the 2025
five programs, the three engines and six priority areas of the 1+3+6 framework, found in the
frameworks table (dev: main read no metric for "cinco programas", u2037, u2458, u2747). And
"1+3+6" is a name, not three counts: main read "the 1+3+6 framework: one plan, three engines
and six priority areas" as a list of 3 against a count of 6, a false inconsistent.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

FIVE_PROGRAMS = [
    ("At the forum, Xi Jinping announced five programs to deepen cooperation with the region.", "five programs"),
    ("Xi anunció además cinco programas de cooperación con los países de la CELAC.", "cinco programas"),
    ("O presidente chinês anunciou cinco programas de cooperação com a Celac.", "cinco programas"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FIVE_PROGRAMS)
def test_the_five_programs_are_counted_from_the_frameworks_table(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == "the frameworks table lists 5 programs, announced 2025-05"
    records = [e.record_id for e in result.findings[0].evidence]
    assert len(records) == 5 and all(r.startswith("five_programs:") for r in records)


ONE_PLUS_THREE_PLUS_SIX = [
    ("In 2014 Xi proposed the 1+3+6 framework: one plan, three engines and six priority areas.",
     ("three engines", "six priority areas")),
    ('En 2014, Xi propuso el marco "1+3+6" de cooperación: un plan, tres motores y seis campos prioritarios.',
     ("tres motores", "seis campos prioritarios")),
    ("Em 2014, Xi propôs o marco 1 + 3 + 6, com três motores e seis áreas prioritárias.",
     ("três motores", "seis áreas prioritárias")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), ONE_PLUS_THREE_PLUS_SIX)
def test_the_engines_and_priority_areas_of_1_3_6(kb, text, figures):
    results = check(text, kb)
    engines, areas = (one(results, figure) for figure in figures)
    assert engines.reason == "the frameworks table lists 3 engines, announced 2014-07"
    assert areas.reason == "the frameworks table lists 6 priority areas, announced 2014-07"
    # "1+3+6" is the framework's name: no count of 1, 3 or 6, and no list against it
    assert all(r.claim.text.strip() not in ("1", "3", "6") for r in results), results
    assert all(r.verdict is not Verdict.INCONSISTENT for r in results), results


NOT_THE_FRAMEWORK = [
    # another count of programs: left unjudged, never refuted
    ("At the forum, Xi Jinping announced four programs to deepen cooperation with the region.", "four programs"),
    # a year before the programs were announced
    ("In 2010 China announced five programs for the region.", "five programs"),
    # a sentence that speaks neither of China nor of the cooperation
    ("The company runs five programs for its engineers.", "five programs"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), NOT_THE_FRAMEWORK)
def test_other_counts_of_programs_are_left_alone(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert all(f.rule_id != "framework-count" for f in result.findings), result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Exports rose 12% in 2023, to US$ 10 billion, after 2+2 talks.", "US$ 10 billion")],
)
def test_a_sum_name_leaves_the_figures_beside_it(kb, text, figure):
    assert one(check(text, kb), figure).claim.value == 10
