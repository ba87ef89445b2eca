"""Every check of the commitment files, one bad cell at a time, and the small parsers they use.

Read without a store (`read_commitments` on a copy of the four files), so each test takes a
fraction of a second; the mutation target `store_loaders` runs them for every mutant.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from chinalac.paths import package_data_dir
from chinalac.store.loaders.commitments import (
    COMMITMENTS_FILE,
    DELIVERY_FILE,
    SCOPE_FILE,
    STATEMENTS_FILE,
    bound_of,
    delivery_kind,
    parse_number,
    read_commitments,
)

SIDECAR = "commitments_compiled/SOURCE.yml"


# `folder` (the commitment files, copied) is conftest.py's.


def edit(path: Path, row: int, column: str, value: str) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(path, index=False)


def found(folder: Path, **kwargs) -> list[str]:
    return [str(p) for p in read_commitments(folder, **kwargs).problems]


# -- parsers -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("518.467", (518.467, "exact")),
        (" 44 ", (44.0, "exact")),
        (">80", (80.0, "lower")),
        ("> 80", (80.0, "lower")),
        ("<5", (5.0, "upper")),
        ("about 5", (None, "")),
        ("5 bn", (None, "")),
        ("1,000", (None, "")),
        ("", (None, "")),
        (None, (None, "")),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("bound", "note", "expected"),
    [
        ("lower", "nearly", "lower"),
        ("upper", "lower bound", "upper"),
        ("exact", "a lower bound of the sum", "lower"),
        ("exact", "written as 'over 150' by the page", "lower"),
        ("exact", "'above 80' in the text", "lower"),
        ("exact", "Nearly all", "approximate"),
        ("exact", "approximate count", "approximate"),
        ("exact", "almost done", "approximate"),
        ("exact", "over the period", "exact"),  # "over" without its quote is not a bound
        ("exact", "", "exact"),
        ("exact", None, "exact"),
    ],
)
def test_bound_of(bound, note, expected):
    assert bound_of(bound, note) == expected


@pytest.mark.parametrize(
    ("unit", "value", "note", "expected"),
    [
        ("status", 1.0, "", "statement"),
        ("period", 2.0, "", "statement"),
        ("usd_bn", None, "", "statement"),
        ("percent", 80.0, "share of the Package implemented", "statement"),
        ("percent", 80.0, "share of the credit line used", "measurement"),
        ("percent", 80.0, None, "measurement"),
        ("usd_bn", 236.5, "package", "measurement"),
        ("count", 0.0, "", "measurement"),
    ],
)
def test_delivery_kind(unit, value, note, expected):
    assert delivery_kind(unit, value, note) == expected


# -- the shipped files -------------------------------------------------------------------------
def test_the_shipped_files_merge_with_every_statement_kept():
    tables = read_commitments(package_data_dir())
    assert tables.problems == []
    assert tables.files == [COMMITMENTS_FILE, DELIVERY_FILE, STATEMENTS_FILE, SCOPE_FILE]
    compiled = pd.read_csv(package_data_dir() / COMMITMENTS_FILE, dtype=str)
    stated = pd.read_csv(package_data_dir() / STATEMENTS_FILE, dtype=str, keep_default_na=False)
    own = stated[stated["same_as"] == ""]
    assert len(tables.commitments) == len(compiled) + len(own)
    assert set(compiled["commitment_id"]) <= set(tables.commitments["commitment_id"])
    # Each pledge's own statement, plus each knowledge row that restates it.
    assert len(tables.statements) == len(compiled) + len(stated)
    assert set(stated["statement_id"]) <= set(tables.statements["statement_id"])
    delivered = pd.read_csv(package_data_dir() / DELIVERY_FILE, dtype=str)
    assert len(tables.delivery) >= len(delivered)
    assert set(tables.delivery["kind"]) == {"statement", "measurement"}
    assert tables.sources["source_id"].is_unique and tables.sources["url"].is_unique
    assert len(tables.conflicts) >= 1


# -- one bad cell at a time --------------------------------------------------------------------
C, D, S, P = COMMITMENTS_FILE, DELIVERY_FILE, STATEMENTS_FILE, SCOPE_FILE
BAD = [
    (C, 2, "plan", "", f"{C}:4:plan: required value is empty"),
    (C, 2, "made_by", " ", f"{C}:4:made_by: required value is empty"),
    (C, 2, "made_on", "", f"{C}:4:made_on: required value is empty"),
    (C, 2, "description", "", f"{C}:4:description: required value is empty"),
    (C, 2, "source_url", "", f"{C}:4:source_url: required value is empty"),
    (C, 2, "evidence", "", f"{C}:4:evidence: required value is empty"),
    (
        C,
        2,
        "made_on",
        "July 2014",
        f"{C}:4:made_on: 'July 2014' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        C,
        2,
        "period_start",
        "14",
        f"{C}:4:period_start: '14' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        C,
        2,
        "period_end",
        "2024/12",
        f"{C}:4:period_end: '2024/12' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        C,
        2,
        "source_date",
        "n.d.",
        f"{C}:4:source_date: 'n.d.' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        C,
        2,
        "metric",
        "trade",
        f"{C}:4:metric: 'trade' is not one of: credit_line, investment_stock",
    ),
    (C, 2, "unit", "usd", f"{C}:4:unit: 'usd' is not one of: cny_bn, count, count_countries"),
    (C, 2, "target_value", "about 500", f"{C}:4:target_value: 'about 500' is not a number"),
    (C, 2, "target_value", ">500", f"{C}:4:target_value: '>500' is not a number"),
    (C, 2, "period_end", "2013", f"{C}:4:period_end: 2013 is before period_start 2014"),
    (D, 0, "commitment_id", "", f"{D}:2:commitment_id: required value is empty"),
    (D, 0, "as_of", "", f"{D}:2:as_of: required value is empty"),
    (D, 0, "delivered_value", "", f"{D}:2:delivered_value: required value is empty"),
    (D, 0, "reporter", "", f"{D}:2:reporter: required value is empty"),
    (D, 0, "source_url", "", f"{D}:2:source_url: required value is empty"),
    (D, 0, "evidence", "", f"{D}:2:evidence: required value is empty"),
    (
        D,
        0,
        "commitment_id",
        "nothing_2099",
        f"{D}:2:commitment_id: 'nothing_2099' is not a commitment of {C}",
    ),
    (D, 0, "unit", "usd", f"{D}:2:unit: 'usd' is not one of: count, count_countries"),
    (D, 0, "source_date", "late 2016", f"{D}:2:source_date: 'late 2016' is not an ISO date"),
    (
        D,
        0,
        "as_of",
        "the year after",
        f"{D}:2:as_of: 'the year after' names no year (or 'unknown')",
    ),
    (
        D,
        0,
        "delivered_value",
        "most of it",
        f"{D}:2:delivered_value: 'most of it' is not a number: a statement needs unit 'status'",
    ),
    (S, 0, "statement_id", "", f"{S}:2:statement_id: required value is empty"),
    (S, 0, "description", "", f"{S}:2:description: required value is empty"),
    (S, 0, "source_id", "", f"{S}:2:source_id: required value is empty"),
    (S, 0, "evidence", "", f"{S}:2:evidence: required value is empty"),
    (S, 0, "same_as", "nothing_2099", f"{S}:2:same_as: 'nothing_2099' is not a commitment of {C}"),
    (S, 0, "period_start", "2014-7", f"{S}:2:period_start: '2014-7' is not an ISO date"),
    (S, 0, "period_end", "x", f"{S}:2:period_end: 'x' is not an ISO date"),
    (S, 0, "announced", "July", f"{S}:2:announced: 'July' is not an ISO date"),
    (S, 0, "unit", "people", f"{S}:2:unit: 'people' is not one of: cny_bn"),
    (S, 0, "delivered_unit", "people", f"{S}:2:delivered_unit: 'people' is not one of: count"),
    (S, 0, "target_value", "six thousand", f"{S}:2:target_value: 'six thousand' is not a number"),
    (P, 0, "commitment_id", "", f"{P}:2:commitment_id: required value is empty"),
    (P, 0, "note", "", f"{P}:2:note: required value is empty"),
    (
        P,
        0,
        "commitment_id",
        "nothing_2099",
        f"{P}:2:commitment_id: 'nothing_2099' is not a commitment of {C}",
    ),
]


@pytest.mark.parametrize(("relpath", "row", "column", "value", "expected"), BAD)
def test_a_bad_commitment_cell_is_named(folder, relpath, row, column, value, expected):
    edit(folder / relpath, row, column, value)
    problems = found(folder)
    assert any(p.startswith(expected) for p in problems), problems
    assert all(p.startswith(f"{relpath}:") for p in problems), problems


@pytest.mark.parametrize(
    ("relpath", "row", "column", "value"),
    [
        (C, 2, "source_date", "unknown"),
        (C, 2, "period_end", "2014"),  # a period of one year
        (C, 2, "target_value", ""),
        (C, 2, "metric", ""),
        (D, 0, "as_of", "unknown (page undated)"),
        (D, 0, "as_of", "by 2025 (year not stated)"),
        (D, 0, "source_date", "unknown"),
        (D, 0, "delivered_value", ">200"),
        (S, 0, "target_value", ""),
    ],
)
def test_good_commitment_cells_pass(folder, relpath, row, column, value):
    edit(folder / relpath, row, column, value)
    assert found(folder) == []


def test_a_status_needs_no_number(folder):
    edit(folder / DELIVERY_FILE, 0, "unit", "status")
    edit(folder / DELIVERY_FILE, 0, "delivered_value", "fully implemented")
    assert found(folder) == []


def test_a_target_value_needs_its_unit(folder):
    edit(folder / COMMITMENTS_FILE, 2, "unit", "")
    assert found(folder) == [f"{COMMITMENTS_FILE}:4:unit: a target value needs its unit"]


def test_a_repeated_commitment_id_names_its_first_line(folder):
    frame = pd.read_csv(folder / COMMITMENTS_FILE, dtype=str, keep_default_na=False)
    frame.loc[3, "commitment_id"] = frame.loc[1, "commitment_id"]
    frame.to_csv(folder / COMMITMENTS_FILE, index=False)
    problems = found(folder)
    assert (
        f"{COMMITMENTS_FILE}:5:commitment_id: duplicate key ({frame.loc[1, 'commitment_id']}); "
        "first at line 3"
    ) in problems


def test_a_repeated_statement_id_is_named(folder):
    frame = pd.read_csv(folder / STATEMENTS_FILE, dtype=str, keep_default_na=False)
    frame.loc[1, "statement_id"] = frame.loc[0, "statement_id"]
    frame.to_csv(folder / STATEMENTS_FILE, index=False)
    assert found(folder) == [
        f"{STATEMENTS_FILE}:3:statement_id: duplicate key ({frame.loc[0, 'statement_id']})"
    ]


def test_a_delivered_value_needs_its_date_and_source(folder):
    edit(folder / STATEMENTS_FILE, 0, "delivered_value", "5000")
    edit(folder / STATEMENTS_FILE, 0, "delivered_as_of", "2019")
    assert found(folder) == [
        f"{STATEMENTS_FILE}:2:delivered_as_of: a delivered value needs its date and "
        "delivery_source_id"
    ]
    edit(folder / STATEMENTS_FILE, 0, "delivery_source_id", "Lu2023")
    assert found(folder) == []
    edit(folder / STATEMENTS_FILE, 0, "delivered_as_of", "")
    assert len(found(folder)) == 1


def test_metrics_and_states_are_checked_only_against_what_is_known(folder):
    edit(folder / STATEMENTS_FILE, 0, "metric", "no_such_metric")
    edit(folder / SCOPE_FILE, 0, "metric", "no_such_metric")
    edit(folder / SCOPE_FILE, 0, "states", "CHL; XXX")
    assert found(folder) == []  # no metrics or countries given: nothing to check against
    stated = pd.read_csv(folder / STATEMENTS_FILE, dtype=str, keep_default_na=False)
    scoped = pd.read_csv(folder / SCOPE_FILE, dtype=str, keep_default_na=False)
    metrics = (set(stated["metric"]) | set(scoped["metric"])) - {"no_such_metric"}
    countries = {c.strip() for s in scoped["states"] for c in s.split(";")} - {"XXX", ""}
    problems = found(folder, metrics=metrics, countries=countries)
    assert problems == [
        f"{STATEMENTS_FILE}:2:metric: 'no_such_metric' is not a known metric",
        f"{SCOPE_FILE}:2:metric: 'no_such_metric' is not a known metric",
        f"{SCOPE_FILE}:2:states: ' XXX' is not a CELAC state code",
    ]


@pytest.mark.parametrize("relpath", [COMMITMENTS_FILE, DELIVERY_FILE, STATEMENTS_FILE, SCOPE_FILE])
def test_a_wrong_header_is_named_and_nothing_is_merged(folder, relpath):
    frame = pd.read_csv(folder / relpath, dtype=str, keep_default_na=False)
    frame.rename(columns={"evidence": "quote", "note": "quote"}).to_csv(
        folder / relpath, index=False
    )
    tables = read_commitments(folder)
    missing = "note" if relpath == SCOPE_FILE else "evidence"
    assert [str(p) for p in tables.problems] == [
        f"{relpath}:1:{missing}: required column is missing from the header",
        f"{relpath}:1:quote: unknown column (not in the file's columns)",
    ]
    assert tables.commitments.empty and tables.delivery.empty


def test_an_unreadable_sidecar_is_a_problem_not_a_crash(folder):
    (folder / SIDECAR).write_text("known_conflicts: [unclosed\n", encoding="utf-8")
    tables = read_commitments(folder)
    # One line, at the line the YAML parser names (its own message spans several).
    assert [str(p) for p in tables.problems] == [
        f"{SIDECAR}:2:: unreadable: expected ',' or ']', but got '<stream end>'"
    ]
    assert tables.conflicts.empty and not tables.commitments.empty


def test_known_conflicts_name_their_commitment_when_it_exists():
    tables = read_commitments(package_data_dir())
    conflicts = tables.conflicts
    assert list(conflicts.columns) == ["subject", "commitment_id", "values"]
    named = conflicts[conflicts["commitment_id"].notna()]
    assert len(named) >= 1
    for row in named.itertuples():
        assert row.subject.split(" ")[0] == row.commitment_id
        assert row.commitment_id in set(tables.commitments["commitment_id"])
        assert row.values
