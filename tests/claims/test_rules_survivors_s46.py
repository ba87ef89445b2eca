"""Tests for the `claims_rules` mutants that survived the twenty-sixth run (issue 17): a seeded
sample of the mutants on the lines added to `claims/rules/` from fa293e57 to 59de86fc (stop 45
and rounds 46a-46c: the unit of decades, ties-rank's narrower group, ties-date's relative
clauses, growth-rate's rate to a bounded level, meeting-ordinal's close of a meeting of several
days, and others), classified in docs/mutation-claims-rules-survivors-s46.md. Real-shaped
sentences (our own) in EN, ES and PT against the package's knowledge base.
"""

from __future__ import annotations

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from tests.claims.conftest import COUNTRIES, METRICS, one

# --- TiesRank._anniversaries: the decade a count of decades dates ------------------------------
# The lead's stop-45 tests read the verdict and the 1972 row, which ties-date's count back names
# as well; ties-rank's own finding names the ten years N decades before the text's year allow
# (`_anniversaries__mutmut_167`, `_168`: "1973–1974", "1966–1974" for 1965–1974).
GUYANA = (
    "GUY diplomatic_relations_prc Relations with the PRC since 1972-06-27, reputable source"
    " [ties:162]"
)
FIVE_DECADES = [
    ("China and Guyana have enjoyed five decades of diplomatic relations.", "five decades"),
    ("Guyana y China celebran cinco décadas de relaciones diplomáticas.", "cinco décadas"),
    ("Guiana e China celebram cinco décadas de relações diplomáticas.", "cinco décadas"),
]


@pytest.mark.parametrize(("text", "snippet"), FIVE_DECADES)
def test_decades_of_relations_name_the_ten_years_they_date(text, snippet):
    result = one(check(text, date="2024-06-27"), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    finding = next(f for f in result.findings if f.rule_id == "ties-rank")
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.reason == f"5 decades before 2024 date the tie 1965–1974: {GUYANA}"
    assert [(e.record_id, e.relation) for e in finding.evidence] == [("ties:162", "matches")]


# --- base.decade_years: the decade's first and last years, no more ---------------------------
# "Five decades" in year Y are Y-50 down to Y-59. Guyana's relations of 1972 are five decades
# old from 2022 (the decade's latest year) to 2031 (its earliest), not in 2032; Cuba's of 1960
# are not five decades old in 2020 (sixty years). The bounds were read by no test; pinned ahead
# of the run's reach (`decade_years__mutmut_14`: a decade of eleven years, 1960 to 1970).
@pytest.mark.parametrize(
    ("text", "snippet", "date", "borne_out"),
    [
        ("China and Guyana have enjoyed five decades of diplomatic relations.", "five decades",
         "2022-06-27", True),
        ("China and Guyana have enjoyed five decades of diplomatic relations.", "five decades",
         "2031-06-27", True),
        ("China and Guyana have enjoyed five decades of diplomatic relations.", "five decades",
         "2032-06-27", False),
        ("China y Cuba celebran cinco décadas de relaciones diplomáticas.", "cinco décadas",
         "2020-09-28", False),
        ("China e Cuba celebram seis décadas de relações diplomáticas.", "seis décadas",
         "2020-09-28", True),
    ],
)  # fmt: skip
def test_decades_bear_out_a_tie_only_within_their_ten_years(text, snippet, date, borne_out):
    result = one(check(text, date=date), snippet)
    if borne_out:
        assert result.verdict is Verdict.SUPPORTED, result.reason
    else:
        assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- FirstRank.check: a first of a narrower group passes over one claim, not the text's -------
# The lead's stop-45 tests have one "first" per text; a first of a narrower group is left
# unread, and the text's next first is still read (`FirstRank.check__mutmut_20`: `break` for
# `continue`, which left Mexico's first Confucius Institute, of 2006 in the store, unread).
NARROWER_THEN_REGION = [
    "Cuba was the first country in the English-speaking Caribbean to establish diplomatic"
    " relations with China. Mexico was the first country in Latin America to host a Confucius"
    " Institute.",
    "Cuba fue el primer país de habla inglesa del Caribe en establecer relaciones diplomáticas"
    " con China. México fue el primer país de América Latina en tener un Instituto Confucio.",
    "Cuba foi o primeiro país anglófono do Caribe a estabelecer relações diplomáticas com a"
    " China. O México foi o primeiro país da América Latina a receber um Instituto Confúcio.",
]


@pytest.mark.parametrize("text", NARROWER_THEN_REGION)
def test_a_first_of_a_narrower_group_leaves_the_texts_next_first_read(text):
    results = [r for r in check(text, date="2022-06-27") if r.claim.kind.value == "rank"]
    assert [r.claim.entity for r in results] == ["CUB", "MEX"]
    cuba, mexico = results
    assert cuba.verdict is Verdict.UNVERIFIABLE, cuba.reason
    assert mexico.verdict is Verdict.SUPPORTED, mexico.reason
    assert mexico.reason == (
        "the store records this first: 2006 year 2006 [first_year_mex_confucius_institute, Lu2023]"
    )


# --- meeting_ordinal._spans: every stored meeting's span is read ------------------------------
# Round 46c's tests close the 1st ministerial, the one meeting the store spans over two days,
# and the first row read; a meeting with no end date is passed over, not the end of
# the reading (`_spans__mutmut_24`: `break` for `continue`, which left a later meeting's span
# unread and its close on the last day unborne). Inline table: the 2nd meeting spans 21-22
# January 2018, the 1st has no end date. "The talks ended" after a sentence naming a
# ministerial of the Forum with no ordinal: any stored meeting may be the one. The finding's
# evidence was read by no test (`_closed_on__mutmut_25`: the stored meeting shown with no
# relation, not as the match).
MEETINGS = pd.DataFrame(
    [
        ("ccf_1", "ministerial_meeting", "1st ministerial meeting of the China-CELAC Forum",
         "2015-01-08", "", "Beijing", "Adopted the Beijing Declaration.", "S1"),
        ("ccf_2", "ministerial_meeting", "2nd ministerial meeting of the China-CELAC Forum",
         "2018-01-21", "2018-01-22", "Santiago",
         "21-22 January 2018; adopted the Declaration of Santiago.", "S1"),
    ],
    columns=["mechanism_id", "kind", "name", "date", "end_date", "place", "detail", "source_id"],
)  # fmt: skip
CLOSED = [
    (
        "January 24, 2018 — Santiago hosted a ministerial meeting of the China-CELAC Forum in"
        " 2018. The talks ended on Monday (22).",
        "Monday (22)",
    ),
    (
        "24 de enero de 2018 — Santiago acogió en 2018 una reunión ministerial del Foro"
        " China-CELAC. Los trabajos concluyeron este lunes (22).",
        "lunes (22)",
    ),
    (
        "24 de janeiro de 2018 — Santiago recebeu em 2018 uma reunião ministerial do Fórum"
        " China-CELAC. Os trabalhos terminaram nesta segunda-feira (22).",
        "segunda-feira (22)",
    ),
]


@pytest.mark.parametrize(("text", "day"), CLOSED)
def test_a_close_on_the_last_day_of_a_later_meetings_span(text, day):
    db = KnowledgeView.from_frames(
        origin="inline", metrics=METRICS, countries=COUNTRIES, mechanisms=MEETINGS
    )
    result = one(check(text, db=db), day)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == (
        "the 2nd meeting took place then: 2nd ministerial meeting of the China-CELAC Forum,"
        " 2018-01-21/2018-01-22, Santiago"
    )
    # the stored meeting is shown as the match (`_closed_on__mutmut_25`: no relation)
    finding = next(f for f in result.findings if f.rule_id == "meeting-ordinal")
    assert [(e.record_id, e.source_id, e.relation) for e in finding.evidence] == [
        ("ccf_2", "S1", "matches")
    ]
