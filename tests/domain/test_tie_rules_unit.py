"""chinalac.domain.ties rule by rule, on rows written in the test (no store): the edges of each
rule, the answer's fields and the per-state records. Fast, so it is also the test subset of
`python3 tasks.py mutate ties`."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from chinalac.domain import ties
from chinalac.domain.ties import (
    TieBook,
    TieRow,
    TieStatus,
    is_positive,
    label_of,
    row_label,
    status_records,
    status_table,
    tie_of,
    tie_status,
)


def record(tie_type, status, when="", tier="reputable", **extra) -> dict:
    fields = {
        "tie_id": extra.pop("tie_id", f"{tie_type}:{status}:{when}"),
        "iso3": extra.pop("iso3", "AAA"),
        "tie_type": tie_type,
        "status": status,
        "date": when,
        "tier": tier,
        "source_id": extra.pop("source_id", "S1"),
        "source_url": "https://example.org/x",
    }
    fields.update(extra)
    return fields


def book(*records) -> TieBook:
    return TieBook.from_records(list(records))


def tie_row(**changes) -> TieRow:
    fields = dict(
        tie_id="t", iso3="AAA", tie_type="fta", status="signed", date="2020", quality="sourced",
        conflict=False, tier="reputable", source_id="S1", tie="fta", value="signed",
        key="2020-12-31",
    )  # fmt: skip
    fields.update(changes)
    return TieRow(**fields)


# -- the vocabulary -------------------------------------------------------------------------
def test_labels_of_values_gaps_and_disputes():
    assert label_of("relations", None) == "No sourced information"
    assert label_of("aiib", "disputed") == "Disputed"
    assert label_of("relations", "taiwan") == "Recognises Taiwan (ROC)"
    assert label_of("fta", "not_a_value") == "not_a_value"


def test_positive_values_and_the_tie_of_a_row_type():
    assert is_positive("relations", "relations") and not is_positive("relations", "taiwan")
    assert not is_positive("bri", None)
    assert tie_of("bri_mou") == "bri" and tie_of("taiwan_switch") == "relations"
    assert tie_of("no_such_type") is None


def test_row_labels_ignore_case_and_spaces_and_say_none_when_no_rule_fits():
    assert row_label("partnership", "  Comprehensive Strategic Partnership ") == (
        "Comprehensive strategic partnership"
    )
    assert row_label("no_such_type", "signed") is None
    assert row_label("partnership", "community with a shared future") is None
    assert row_label("fta", None) is None


def test_status_rules_match_anywhere_and_ignore_case():
    assert ties._value("fta", "fta", "Entered INTO FORCE in_force") == "in_force"
    assert ties._value("fta", "aiib", "in_force") is None  # the rule's tie type must match
    assert ties._value("fta", "fta", None) is None


def test_confucius_counts_read_the_number_or_half_a_classroom():
    assert ties._count("classroom only") == 0.5
    assert ties._count("12 institutes") == 12.0
    assert ties._count("present in the region") == 1.0
    assert ties._count("second institute") == 2.0
    assert ties._count("opened at a university") is None
    assert ties._count(None) is None


# -- dates ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("on", "key"),
    [
        ("2021", "2021-12-31"),
        ("2021-02", "2021-02-28"),
        ("2024-02", "2024-02-29"),
        (" 2021-03-04 ", "2021-03-04"),
        (date(2020, 5, 6), "2020-05-06"),
    ],
)
def test_a_date_means_the_last_day_it_covers(on, key):
    assert ties._end_key(on) == key


def test_no_date_means_today_and_a_bad_date_is_one_line():
    assert ties._end_key(None) == date.today().isoformat()
    with pytest.raises(ValueError) as error:
        ties._end_key("2021-3")
    assert str(error.value) == "'2021-3' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("written", "key", "precision"),
    [
        ("<2019-10", "2019-10-31", 7),
        ("by 2019", "2019-12-31", 4),
        ("2019-10-05", "2019-10-05", 10),
        ("c. late", "", 0),
        ("", "", 0),
    ],
)
def test_a_row_counts_from_the_end_of_the_period_it_names(written, key, precision):
    assert ties._event_key(written) == key
    assert ties._precision(written) == precision


def test_event_key_of_nothing_is_empty():
    assert ties._event_key(None) == ""
    assert ties._precision(None) == 0


# -- cells ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (math.nan, ""), (pd.NA, ""), (pd.NaT, ""), ("  x ", "x"), (3, "3")],
)
def test_cells_as_text(value, text):
    assert ties._text(value) == text


@pytest.mark.parametrize(
    ("value", "flag"),
    [
        (" TRUE ", True), ("1", True), ("yes", True), ("no", False), ("", False),
        (True, True), (False, False), (1, True), (0, False), (None, False), (math.nan, False),
    ],
)  # fmt: skip
def test_flags(value, flag):
    assert ties._flag(value) is flag


def test_na_is_recognised_without_pandas_types():
    assert ties._is_na(pd.NA) and ties._is_na(pd.NaT)
    assert not ties._is_na(None) and not ties._is_na("NA")


# -- rows -----------------------------------------------------------------------------------
def test_row_strength_and_weakness():
    assert tie_row(tier="primary").strength == 23
    assert tie_row(tier="reputable").strength == 22
    assert tie_row(tier="weak").strength == 21
    assert tie_row(tier="").strength == 20
    assert tie_row(quality="inferred", tier="primary").strength == 13
    assert tie_row(conflict=True, tier="primary").strength == 0
    assert not tie_row().weak
    assert tie_row(tier="weak").weak
    assert tie_row(quality="inferred").weak
    assert tie_row(conflict=True).weak


def test_a_row_read_from_a_record_keeps_its_fields():
    (row,) = book(
        record("fta", "Signed (before 2019-04-11)", "2019-04", "primary", tie_id=" t:1 ")
    ).rows[("AAA", "fta")]
    assert row == TieRow(
        tie_id="t:1", iso3="AAA", tie_type="fta", status="Signed (before 2019-04-11)",
        date="2019-04", quality="sourced", conflict=False, tier="primary", source_id="S1",
        tie="fta", value="signed", key="2019-04-30", attestation=True,
    )  # fmt: skip


def test_a_record_without_the_derived_columns_gets_quality_conflict_tier_and_id():
    records = [
        {"iso3": "AAA", "tie_type": "fta", "status": "signed", "date_sort": "2010",
         "source_id": "S1"},
        {"iso3": "AAA", "tie_type": "fta", "status": "negotiating (inferred)", "date": "2008",
         "source_url": "https://example.org"},
        {"iso3": "AAA", "tie_type": "fta", "status": "Unsourced: signed", "date": "2011",
         "source_id": "S2"},
        {"iso3": "AAA", "tie_type": "fta", "status": "signed", "date": "2012"},
        {"iso3": "AAA", "tie_type": "fta", "status": "in force (CONFLICT)", "date": "2013",
         "source_id": "S3"},
        {"iso3": "AAA", "tie_type": "fta", "status": "in force (CONFLICT)", "date": "2014",
         "source_id": "S3", "conflict": "false"},
    ]  # fmt: skip
    tie_book = TieBook.from_records(records)
    sourced = {r.tie_id: r for r in tie_book.rows[("AAA", "fta")]}
    assert sourced["row:2"].date == "2010" and sourced["row:2"].quality == "sourced"
    assert sourced["row:2"].tier == "reputable" and not sourced["row:2"].conflict
    assert sourced["row:3"].quality == "inferred"
    assert sourced["row:6"].conflict is True and sourced["row:7"].conflict is False
    unsourced = {r.tie_id: r for r in tie_book.unsourced[("AAA", "fta")]}
    assert set(unsourced) == {"row:4", "row:5"}
    assert all(r.quality == "unsourced" and r.tier == "" for r in unsourced.values())


def test_superseded_rows_and_rows_of_no_tie_are_left_out():
    tie_book = book(
        record("fta", "signed", "2010", superseded="true"),
        record("no_such_type", "signed", "2010"),
        record("fta", "in force", "2012", superseded=""),
    )
    assert list(tie_book.rows) == [("AAA", "fta")]
    assert [r.value for r in tie_book.rows[("AAA", "fta")]] == ["in_force"]
    assert tie_book.unsourced == {}


def test_rows_are_ordered_by_date_then_strength_then_id():
    tie_book = book(
        record("fta", "signed", "2012", "weak", tie_id="c"),
        record("fta", "signed", "2012", "primary", tie_id="d"),
        record("fta", "signed", "2010", "weak", tie_id="b"),
        record("fta", "signed", "2010", "weak", tie_id="a"),
    )
    assert [r.tie_id for r in tie_book.rows[("AAA", "fta")]] == ["a", "b", "d", "c"]


def test_a_frame_reads_like_records():
    frame = pd.DataFrame([record("fta", "signed", "2010", tie_id="t1")])
    assert TieBook.from_frame(frame) == book(record("fta", "signed", "2010", tie_id="t1"))
    assert tie_status(frame, "AAA", "fta", "2011").value == "signed"


# -- rules ----------------------------------------------------------------------------------
def test_best_tier():
    assert ties._best_tier([tie_row(tier="weak"), tie_row(tier="primary")]) == "primary"
    assert ties._best_tier([tie_row(tier="weak"), tie_row(tier="reputable")]) == "reputable"
    assert ties._best_tier([tie_row(tier="")]) is None


def test_consecutive_rows_of_one_value_are_one_state_and_a_conflicting_run_ends_nothing():
    a, b = tie_row(tie_id="a", value="signed"), tie_row(tie_id="b", value="signed")
    flagged = tie_row(tie_id="c", value="in_force", conflict=True)
    d = tie_row(tie_id="d", value="signed")
    e = tie_row(tie_id="e", value="in_force")
    assert ties._states([a, b, e]) == [[a, b], [e]]
    assert ties._states([a, flagged, d]) == [[a, d]]
    assert ties._states([a, flagged]) == [[a], [flagged]]
    assert ties._states([]) == []


def test_rows_within_two_years_date_one_event_and_the_strongest_gives_the_date():
    two_years = book(
        record("fta", "signed", "2000", "weak"), record("fta", "signed", "2002-05", "primary")
    )
    answer = tie_status(two_years, "AAA", "fta", "2005")
    assert answer.since == "2002-05" and answer.tier == "primary"
    three_years = book(
        record("fta", "signed", "2000", "weak"), record("fta", "signed", "2003-05", "primary")
    )
    answer = tie_status(three_years, "AAA", "fta", "2005")
    # 2003 is another event: the weak 2000 row dates the state, the stronger later row joins
    assert answer.since == "2000" and [r.date for r in answer.rows] == ["2000", "2003-05"]
    assert answer.tier == "primary"


def test_among_equally_strong_rows_of_a_year_the_most_precise_date_wins():
    tie_book = book(
        record("fta", "signed", "2010"),
        record("fta", "signed", "2010-04-08"),
        record("fta", "signed", "2010-04"),
    )
    answer = tie_status(tie_book, "AAA", "fta", "2011")
    assert answer.since == "2010-04-08"
    assert [r.date for r in answer.rows] == ["2010-04-08", "2010-04", "2010"]


def test_an_earlier_year_beats_precision():
    tie_book = book(record("fta", "signed", "2011-01-05"), record("fta", "signed", "2010"))
    assert tie_status(tie_book, "AAA", "fta", "2012").since == "2010"


def test_an_attestation_dates_the_start_only_where_no_row_dates_the_event():
    tie_book = book(
        record("aiib", "member (in the July 2025 list)", "2019", "primary"),
        record("aiib", "member", "2020-04-28", "primary"),
    )
    answer = tie_status(tie_book, "AAA", "aiib", "2026")
    assert answer.since == "2020-04-28" and len(answer.rows) == 1
    only = book(record("aiib", "member (in the July 2025 list)", "2025-07", "primary"))
    assert tie_status(only, "AAA", "aiib", "2026").since == "2025-07"


def test_conflicting_rows_do_not_date_a_state_that_unflagged_rows_date():
    tie_book = book(
        record("fta", "signed (CONFLICT: date)", "2008", "primary"),
        record("fta", "signed", "2010", "weak"),
    )
    answer = tie_status(tie_book, "AAA", "fta", "2012")
    assert answer.since == "2010" and answer.quality == "sourced"


def test_undated_rows_choose_the_strongest_and_have_no_start():
    tie_book = book(
        record("fta", "signed", "", "weak", tie_id="w"),
        record("fta", "signed", "", "primary", tie_id="p"),
    )
    answer = tie_status(tie_book, "AAA", "fta", "2026")
    assert answer.since is None and answer.tie_ids == ["p"] and answer.tier == "primary"


def test_undated_rows_count_from_2025_on():
    tie_book = book(record("fta", "signed", ""))
    assert tie_status(tie_book, "AAA", "fta", "2024-12-31").value is None
    assert tie_status(tie_book, "AAA", "fta", "2025-01-01").value == "signed"


def test_a_dated_row_counts_from_its_date_on():
    tie_book = book(record("fta", "signed", "2010-04-08"))
    assert tie_status(tie_book, "AAA", "fta", "2010-04-07").value is None
    assert tie_status(tie_book, "AAA", "fta", "2010-04-08").value == "signed"


def test_sourced_rows_come_before_inferred_and_dated_before_undated():
    tie_book = book(
        record("fta", "no FTA (inferred)", "2015"),
        record("fta", "signed", "2010"),
        record("fta", "in force", ""),
    )
    answer = tie_status(tie_book, "AAA", "fta", "2026")
    assert (answer.value, answer.quality) == ("signed", "sourced")
    undated = book(record("fta", "no FTA (inferred)", "2015"), record("fta", "in force", ""))
    assert tie_status(undated, "AAA", "fta", "2026").value == "in_force"
    assert tie_status(undated, "AAA", "fta", "2020").value == "none"
    inferred = tie_status(undated, "AAA", "fta", "2020")
    assert inferred.quality == "inferred" and inferred.weak


def test_inferred_undated_rows_answer_last():
    tie_book = book(record("fta", "no FTA (inferred)", ""))
    answer = tie_status(tie_book, "AAA", "fta", "2026")
    assert (answer.value, answer.quality) == ("none", "inferred")


def test_a_state_recognising_taipei_has_no_partnership_or_belt_and_road():
    tie_book = book(
        record("diplomatic_relations_prc", "established", "1980", "primary"),
        record("taiwan_switch", "to Taiwan", "1990-05", "primary", tie_id="switch"),
        record("partnership", "strategic partnership", "1985"),
        record("bri_mou", "signed", "1986"),
    )
    for tie in ("partnership", "bri"):
        answer = tie_status(tie_book, "AAA", tie, "1995")
        assert (answer.value, answer.since, answer.tie_ids) == (
            "no_relations",
            "1990-05",
            ["switch"],
        )
        assert (answer.quality, answer.tier) == ("sourced", "primary")
    assert tie_status(tie_book, "AAA", "partnership", "1989").value == "strategic"
    assert tie_status(tie_book, "AAA", "fta", "1995").value is None


def test_a_dispute_keeps_both_states_with_their_rows_tier_and_count():
    tie_book = book(
        record("confucius_institutes", "2 institutes", "2015", "primary", tie_id="a"),
        record("confucius_institutes", "3 institutes (CONFLICT)", "2019", "weak", tie_id="b"),
    )
    answer = tie_status(tie_book, "AAA", "confucius", "2020")
    # both rows are "present": one state, dated by its unflagged row
    assert answer.value == "present" and answer.count == 3.0
    disputed = book(
        record("aiib", "approved (prospective)", "2017", "primary", tie_id="a"),
        record("aiib", "member (CONFLICT)", "2019", "weak", tie_id="b"),
        record("aiib", "member (CONFLICT)", "2019-06", "reputable", tie_id="c"),
    )
    answer = tie_status(disputed, "AAA", "aiib", "2020")
    assert (answer.value, answer.quality, answer.since) == ("disputed", "disputed", None)
    # the flagged rows in date order ("2019" counts from the end of 2019)
    assert answer.tier == "reputable" and answer.tie_ids == ["a", "c", "b"]
    assert [(v, s, [r.tie_id for r in rs]) for v, s, rs in answer.alternatives] == [
        ("prospective", "2017", ["a"]),
        ("member", "2019-06", ["c"]),
        ("member", "2019", ["b"]),
    ]
    alone = tie_status(book(record("aiib", "member (CONFLICT)", "", "weak", tie_id="x")), "AAA",
                       "aiib", "2026")  # fmt: skip
    assert alone.value == "disputed" and alone.alternatives == (("member", None, alone.rows),)


def test_the_confucius_count_is_the_latest_one():
    tie_book = book(
        record("confucius_institutes", "5 institutes", "2012"),
        record("confucius_institutes", "classroom only", "2010"),
        record("confucius_institutes", "opened at a university", "2014"),
    )
    answer = tie_status(tie_book, "AAA", "confucius", "2015")
    assert answer.count == 5.0 and answer.value == "present"
    assert tie_status(book(record("confucius_institutes", "opened", "2014")), "AAA",
                      "confucius", "2015").count is None  # fmt: skip
    assert tie_status(tie_book, "AAA", "fta", "2015").count is None


def test_no_sourced_row_gives_the_gap_with_its_unsourced_rows():
    tie_book = book(record("fta", "unsourced: signed", "2010", source_id="", tie_id="gap"))
    answer = tie_status(tie_book, "AAA", "fta", "2020")
    assert (answer.value, answer.since, answer.quality, answer.tier) == (
        None, None, "no_record", None,
    )  # fmt: skip
    assert answer.tie_ids == ["gap"] and answer.on == "2020-12-31"
    assert answer.label == "No sourced information" and not answer.weak and not answer.positive


def test_an_unknown_tie_names_the_ties():
    with pytest.raises(ValueError) as error:
        tie_status(TieBook(), "AAA", "trust")
    assert str(error.value) == (
        "unknown tie 'trust' (ties: relations, partnership, bri, fta, aiib, confucius)"
    )


# -- the answer -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "quality", "tier", "weak"),
    [
        (None, "no_record", None, False),
        ("signed", "sourced", "primary", False),
        ("signed", "sourced", "reputable", False),
        ("signed", "sourced", "weak", True),
        ("signed", "sourced", None, True),
        ("signed", "inferred", "primary", True),
        ("disputed", "disputed", "primary", True),
    ],
)
def test_an_answer_is_weak_when_its_evidence_is(value, quality, tier, weak):
    assert TieStatus("AAA", "fta", "2020", value, quality=quality, tier=tier).weak is weak


def test_an_answer_lists_its_rows_sources_label_and_sign():
    rows = (tie_row(tie_id="b", source_id="S2"), tie_row(tie_id="a", source_id="S1"),
            tie_row(tie_id="c", source_id=""), tie_row(tie_id="d", source_id="S2"))  # fmt: skip
    answer = TieStatus("AAA", "fta", "2020", "in_force", rows=rows)
    assert answer.tie_ids == ["b", "a", "c", "d"] and answer.source_ids == ["S1", "S2"]
    assert answer.label == "FTA in force" and answer.positive
    assert not TieStatus("AAA", "fta", "2020", "signed").positive


# -- the per-state records ------------------------------------------------------------------
def test_status_records_give_every_tie_and_the_yes_no_views():
    tie_book = book(
        record("diplomatic_relations_prc", "established", "1980", tie_id="r"),
        record("bri_mou", "signed", "2018", tie_id="b1"),
        record("bri_mou", "signed", "2018-11", tie_id="b2"),
        record("fta", "in force", "2010", tie_id="f"),
        record("aiib", "member", "2017", tie_id="a"),
        record("confucius_institutes", "2 institutes", "2010", tie_id="c"),
        record("diplomatic_relations_prc", "none (recognises Taipei)", "1990", iso3="BBB",
               tie_id="t"),
    )  # fmt: skip
    first, second = status_records(tie_book, ["AAA", "BBB"], "2020")
    assert first["iso3"] == "AAA" and first["as_of"] == "2020-12-31"
    assert (first["relations"], first["relations_label"], first["relations_since"]) == (
        "relations", "Relations with the PRC", "1980",
    )  # fmt: skip
    assert (first["relations_quality"], first["relations_tier"], first["relations_rows"]) == (
        "sourced", "reputable", "r",
    )  # fmt: skip
    assert first["bri_rows"] == "b2;b1" and first["bri_member"] is True
    assert first["fta_in_force"] is True and first["aiib_member"] is True
    assert first["recognises_taiwan"] is False and first["prc_relations_since"] == "1980"
    assert first["confucius"] == "present" and first["confucius_count"] == 2.0
    assert first["partnership"] is None and first["partnership_label"] == "No sourced information"
    assert second["relations"] == "taiwan" and second["recognises_taiwan"] is True
    assert second["prc_relations_since"] is None and second["bri"] == "no_relations"
    assert second["bri_member"] is False and second["fta_in_force"] is False
    assert second["aiib_member"] is False and second["confucius_count"] is None
    table = status_table(tie_book, ["AAA", "BBB"], "2020")
    assert list(table["iso3"]) == ["AAA", "BBB"] and list(table.columns) == list(first)


# -- edges found by mutation testing --------------------------------------------------------
def test_a_conflicting_row_dated_earlier_does_not_move_the_event_window():
    tie_book = book(
        record("fta", "signed (CONFLICT: date)", "2005", "primary"),
        record("fta", "signed", "2008", "weak"),
        record("fta", "signed", "2009", "primary"),
    )
    answer = tie_status(tie_book, "AAA", "fta", "2012")
    assert answer.since == "2009" and answer.tier == "primary"


def test_a_more_precise_date_wins_over_an_earlier_key_in_the_same_year():
    tie_book = book(record("fta", "signed", "2010-04"), record("fta", "signed", "2010-06-15"))
    assert tie_status(tie_book, "AAA", "fta", "2011").since == "2010-06-15"


def test_only_the_latest_of_several_stronger_later_rows_joins_the_answer():
    tie_book = book(
        record("fta", "signed", "2000", "weak", tie_id="w"),
        record("fta", "signed", "2005", "primary", tie_id="p1"),
        record("fta", "signed", "2008", "primary", tie_id="p2"),
    )
    answer = tie_status(tie_book, "AAA", "fta", "2010")
    assert answer.since == "2000" and answer.tie_ids == ["w", "p2"]


def test_an_answer_names_its_state_tie_and_date():
    tie_book = book(record("fta", "signed", "2010"))
    answer = tie_status(tie_book, "AAA", "fta", "2011-06")
    assert (answer.iso3, answer.tie, answer.on, answer.count) == ("AAA", "fta", "2011-06-30", None)
    disputed = tie_status(book(record("aiib", "member (CONFLICT)", "2019")), "AAA", "aiib", "2020")
    assert (disputed.iso3, disputed.tie, disputed.on, disputed.count) == (
        "AAA", "aiib", "2020-12-31", None,
    )  # fmt: skip


def test_a_disputed_confucius_answer_keeps_its_count():
    tie_book = book(record("confucius_institutes", "3 institutes (CONFLICT)", "2019"))
    answer = tie_status(tie_book, "AAA", "confucius", "2020")
    assert answer.value == "disputed" and answer.count == 3.0


def test_an_empty_status_has_no_label_even_where_any_text_would_match():
    assert row_label("confucius_institutes", None) is None
    assert row_label("confucius_institutes", "present") == "Confucius Institute(s) present"


def test_status_records_answer_on_the_date_asked_not_today():
    tie_book = book(record("bri_mou", "signed", "2018"), record("bri_mou", "withdrawn", "2023"))
    (then,) = status_records(tie_book, ["AAA"], "2020")
    assert then["bri"] == "member" and then["bri_member"] is True
    table = status_table(tie_book, ["AAA"], "2020")
    assert table.loc[0, "bri"] == "member" and table.loc[0, "as_of"] == "2020-12-31"
    (now,) = status_records(tie_book, ["AAA"])
    assert now["bri"] == "withdrawn" and now["as_of"] == date.today().isoformat()


def test_the_stores_derived_quality_and_conflict_columns_are_taken_as_given():
    (row,) = book(record("fta", "signed", "2010", quality="inferred", conflict="true")).rows[
        ("AAA", "fta")
    ]
    assert row.quality == "inferred" and row.conflict is True


def test_an_empty_status_matches_no_catch_all_rule():
    assert ties._value("confucius", "confucius_institutes", None) is None
    assert ties._value("confucius", "confucius_institutes", "opened") == "present"


def test_every_kind_of_answer_names_its_state_and_date():
    taipei = book(
        record("taiwan_switch", "to Taiwan", "1990"), record("partnership", "strategic", "1985")
    )
    no_relations = tie_status(taipei, "AAA", "partnership", "1995")
    assert (no_relations.iso3, no_relations.on) == ("AAA", "1995-12-31")
    undated = tie_status(book(record("fta", "signed", "")), "AAA", "fta", "2026")
    assert (undated.iso3, undated.on, undated.alternatives) == ("AAA", "2026-12-31", ())
    gap = tie_status(TieBook(), "AAA", "fta", "2020")
    assert (gap.iso3, gap.on, gap.tier) == ("AAA", "2020-12-31", None)
