"""Rule `meeting-ordinal` on an inline table of the Forum's ministerial meetings: the year in
the clause, the article's date (to the day, or a month's last day) with three days' grace, and
which rows count as meetings. The tests of the real knowledge base are in test_unseen_patterns."""

from __future__ import annotations

import os
from dataclasses import asdict

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, check
from chinalac.claims.models import Kind
from tests.claims.conftest import COUNTRIES, METRICS

MEETINGS = pd.DataFrame(
    [
        # first, rows the rule does not count: another kind, no date, no ordinal in the name
        ("ccf_sub", "subforum", "5th ministerial meeting of the China-CELAC Forum", "2026-01-01",
         "Lima", "", "S1"),
        ("ccf_next", "ministerial_meeting", "6th ministerial meeting of the China-CELAC Forum",
         "to be announced", "", "", "S1"),
        ("ccf_any", "ministerial_meeting", "Ministerial meeting of the China-CELAC Forum",
         "2027-01-01", "", "", "S1"),
        ("ccf_1", "ministerial_meeting", "1st ministerial meeting of the China-CELAC Forum",
         "2015-01-08", "Beijing", "", "S1"),
        ("ccf_2", "ministerial_meeting", "2nd ministerial meeting of the China-CELAC Forum",
         "2018-01-22", "Santiago", "", "S1"),
        ("ccf_3", "ministerial_meeting", "3rd ministerial meeting of the China-CELAC Forum",
         "2021-12-03", "", "", "S2"),  # online: no place
        ("ccf_4", "ministerial_meeting", "4th ministerial meeting of the China-CELAC Forum",
         "2025-05-13", "Beijing", "", ""),
    ],
    columns=["mechanism_id", "kind", "name", "date", "place", "detail", "source_id"],
)  # fmt: skip
SECOND = "2nd ministerial meeting of the China-CELAC Forum, 2018-01-22, Santiago"
THIRD = "3rd ministerial meeting of the China-CELAC Forum, 2021-12-03"
FOURTH = "4th ministerial meeting of the China-CELAC Forum, 2025-05-13, Beijing"


def view(meetings=MEETINGS) -> KnowledgeView:
    return KnowledgeView.from_frames(
        origin="inline", metrics=METRICS, countries=COUNTRIES, mechanisms=meetings
    )


def meeting(text: str, meetings=MEETINGS, **when):
    # The ordinal's finding; a year the meeting was held in ("was held in 2018") is a claim of
    # its own since stop 47, which the rule judges apart (test_a_year_held_in_is_its_own_claim).
    found = [
        r
        for r in check(text, db=view(meetings), **when)
        if r.rule_id == "meeting-ordinal" and r.claim.kind is Kind.RANK
    ]
    if not found:
        return None
    (result,) = found
    shown = [{k: v for k, v in asdict(e).items() if v is not None} for e in result.evidence]
    return str(result.verdict), result.reason, shown


def shown(record_id, relation, note, source="S1"):
    row = {"kind": "mechanism", "record_id": record_id, "source_id": source,
           "relation": relation, "note": note}  # fmt: skip
    return {k: v for k, v in row.items() if v is not None}


@pytest.mark.parametrize(
    "text",
    [
        "The second ministerial meeting of the China-CELAC Forum took place in Santiago in 2018.",
        "La II Reunión Ministerial del Foro China-CELAC se celebró en Santiago en 2018.",
        "A 2ª Reunião Ministerial do Fórum China-CELAC foi realizada em Santiago em 2018.",
    ],
)
def test_the_nth_meeting_in_its_year_is_supported(text):
    assert meeting(text) == (
        "supported", f"the 2nd meeting: {SECOND}", [shown("ccf_2", "matches", SECOND)],
    )  # fmt: skip


def test_the_nth_meeting_in_the_year_of_another_is_contradicted_with_both():
    text = "The third ministerial meeting of the China-CELAC Forum took place in Beijing in 2025."
    assert meeting(text) == (
        "contradicted",
        f"the meeting of 2025 is {FOURTH}; the 3rd was {THIRD}",
        [shown("ccf_3", "differs", THIRD, "S2"), shown("ccf_4", "related", FOURTH, None)],
    )


def test_the_nth_meeting_in_a_year_of_no_meeting_is_unverifiable():
    text = "The third ministerial meeting of the China-CELAC Forum took place in 2020."
    assert meeting(text) == (
        "unverifiable",
        f"the 3rd meeting is {THIRD}; no stored meeting took place in 2020",
        [shown("ccf_3", "related", THIRD, "S2")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2025, trade grew, and the third ministerial meeting of the China-CELAC Forum was held "
        "in Beijing.",
        "En 2025, el comercio creció, y la III Reunión Ministerial del Foro China-CELAC se celebró "
        "en Pekín.",
        "Em 2025, o comércio cresceu, e a 3ª Reunião Ministerial do Fórum China-CELAC foi "
        "realizada em Pequim.",
    ],
)
def test_a_year_of_another_meeting_read_from_another_clause_never_contradicts(text):
    # The year stands in another clause: a likely reading, not a sure one (low confidence). The
    # reason says so and names the meeting of that year, which did take place.
    assert meeting(text) == (
        "unverifiable",
        f"the 3rd meeting is {THIRD}; the year 2025 is read with low confidence, and the meeting "
        f"of 2025 is {FOURTH}",
        [shown("ccf_3", "related", THIRD, "S2"), shown("ccf_4", "related", FOURTH, None)],
    )


@pytest.mark.parametrize(
    "nth, text",
    [
        ("5th", "The fifth ministerial meeting of the China-CELAC Forum will follow in 2028."),
        ("6th", "La VI Reunión Ministerial del Foro China-CELAC será en 2030."),
        ("11th", "The 11th ministerial meeting of the China-CELAC Forum."),
        ("12th", "The 12th ministerial meeting of the China-CELAC Forum."),
        ("13th", "The 13th ministerial meeting of the China-CELAC Forum."),
        ("21st", "The 21st ministerial meeting of the China-CELAC Forum."),
        ("22nd", "The 22nd ministerial meeting of the China-CELAC Forum."),
        ("23rd", "The 23rd ministerial meeting of the China-CELAC Forum."),
        ("111th", "The 111th ministerial meeting of the China-CELAC Forum."),
    ],
)
def test_a_meeting_not_stored_is_unverifiable_with_the_meetings_stored(nth, text):
    # the subforum, the undated and the unnumbered rows are no stored meetings
    assert meeting(text) == (
        "unverifiable",
        f"no {nth} ministerial meeting is stored (the store holds meetings 1, 2, 3, 4)",
        [],
    )


OPENING = "Opening the fourth ministerial meeting of the China-CELAC Forum, Xi spoke of trade."


@pytest.mark.parametrize(
    "text, day",
    [
        (f"BEIJING, May 13, 2025 — {OPENING}", "2025-05-13"),
        (f"BEIJING, May 10, 2025 — {OPENING}", "2025-05-10"),  # three days before: the opening
        (f"Beijing, May 2025. {OPENING}", "2025-05-31"),  # a month: its last day
    ],
)
def test_a_meeting_held_by_the_articles_date_is_supported(text, day):
    assert meeting(text) == (
        "supported",
        f"the 4th meeting ({FOURTH}) had taken place by the article's date {day}",
        [shown("ccf_4", "matches", FOURTH, None)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Santiago, January 2018. Opening the second ministerial meeting of the China-CELAC "
        "Forum, Wang spoke of trade.",
        "Santiago, enero de 2018. Al abrir la II Reunión Ministerial del Foro China-CELAC, Wang "
        "habló del comercio.",
    ],
)
def test_an_article_dated_by_month_is_read_as_of_the_months_last_day(text):
    assert meeting(text)[1] == (
        f"the 2nd meeting ({SECOND}) had taken place by the article's date 2018-01-31"
    )
    february = text.replace("January", "February").replace("enero", "febrero")
    assert meeting(february)[1].endswith("by the article's date 2018-02-28")


def test_an_article_dated_by_year_only_does_not_show_a_meeting_held():
    text = (
        "Beijing, 2016. Opening the first ministerial meeting of the China-CELAC Forum, Xi spoke."
    )
    assert meeting(text)[0] == "unverifiable"


NOT_SHOWN = (
    "unverifiable",
    f"the 4th meeting is {FOURTH}; the text gives no year and the article's date does not show "
    "it had taken place",
    [shown("ccf_4", "related", FOURTH, None)],
)


@pytest.mark.parametrize(
    "text, when",
    [
        (f"BEIJING, May 9, 2025 — {OPENING}", {}),  # four days before
        (f"Beijing, April 2025. {OPENING}", {}),
        (OPENING, {}),  # no date at all
        (OPENING, {"date": "2025-05-09"}),
    ],
)
def test_a_meeting_not_shown_held_by_the_articles_date_is_unverifiable(text, when):
    assert meeting(text, **when) == NOT_SHOWN


def test_a_files_modification_time_never_dates_a_meeting(tmp_path):
    article = tmp_path / "article.md"
    article.write_text(OPENING)
    os.utime(article, (1748736000, 1748736000))  # 2025-06-01, after the meeting
    assert meeting(OPENING, path=article) == NOT_SHOWN


@pytest.mark.parametrize(
    "text",
    [
        "The fourth ministerial meeting of the forum took place in Beijing in 2025.",  # no CELAC
        "Brazil is China's fourth largest partner in CELAC.",  # not a meeting
        # a count of meetings is no ordinal
        "Two ministerial meetings of the China-CELAC Forum were held by 2018.",
    ],
)
def test_only_a_ministerial_meeting_of_the_china_celac_forum_is_read(text):
    assert meeting(text) is None


def test_without_stored_meetings_no_meeting_is_judged():
    text = "The second ministerial meeting of the China-CELAC Forum took place in 2018."
    assert meeting(text, MEETINGS[MEETINGS["kind"] != "ministerial_meeting"]) is None
    assert meeting(text, MEETINGS.iloc[:0]) is None


@pytest.mark.parametrize(
    "before",
    [
        "In 2018, trade between China and Brazil reached US$111 billion.",  # no rank
        "Brazil is China's fourth largest partner in CELAC.",  # a rank of no meeting
        "The fourth ministerial meeting of the forum took place in Beijing in 2025.",  # no CELAC
    ],
)
def test_a_meeting_after_a_claim_the_rule_passes_over_is_still_judged(before):
    # The rule goes on past every claim it passes over (a `break` would leave the meeting
    # after it unjudged).
    text = f"{before} The second ministerial meeting of the China-CELAC Forum was held in 2018."
    assert meeting(text) == (
        "supported", f"the 2nd meeting: {SECOND}", [shown("ccf_2", "matches", SECOND)],
    )  # fmt: skip


def test_each_meeting_of_a_text_is_judged_against_the_same_stored_meetings():
    text = (
        "The second ministerial meeting of the China-CELAC Forum was held in 2018. "
        "The third ministerial meeting of the China-CELAC Forum was held in 2021."
    )
    found = [
        r
        for r in check(text, db=view())
        if r.rule_id == "meeting-ordinal" and r.claim.kind is Kind.RANK
    ]
    assert [(str(r.verdict), r.reason) for r in found] == [
        ("supported", f"the 2nd meeting: {SECOND}"),
        ("supported", f"the 3rd meeting: {THIRD}"),
    ]


def test_a_year_held_in_is_its_own_claim():
    text = "The second ministerial meeting of the China-CELAC Forum was held in 2018."
    found = [
        r
        for r in check(text, db=view())
        if r.rule_id == "meeting-ordinal" and r.claim.kind is Kind.DATE
    ]
    assert [(str(r.verdict), r.reason) for r in found] == [
        ("supported", f"the 2nd meeting took place then: {SECOND}"),
    ]
