"""Tests for the `store_loaders` survivors of round s22 (issue 17) in the loaders other than
finance.py: each asserts a stored value, column or reported `file:row:field: …` line that one
of those mutants changes (docs/mutation-store-loaders-survivors-s22.md).

In-memory and function-scoped, as in test_loaders_survivors.py (a shared fixture would make
mutmut attribute the loaders to the first test only).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chinalac.paths import package_data_dir
from chinalac.store.loaders.commitments import (
    COMMITMENTS_FILE,
    DELIVERY_FILE,
    SCOPE_FILE,
    STATEMENTS_FILE,
    read_commitments,
)
from chinalac.store.loaders.figures import datasets, months_covered
from tests.store.loader_kit import (
    THROUGH_COMMITMENTS,
    edit,
    messages,
    read,
    run_loaders,
)

DELIVERY_COLUMNS = [
    "delivery_id", "commitment_id", "as_of", "as_of_start", "as_of_end", "value", "value_text",
    "bound", "unit", "kind", "scope_note", "reporter", "source_id", "source_title", "source_url",
    "source_date", "evidence", "origin_file", "origin_line",
]  # fmt: skip


# -- commitments -----------------------------------------------------------------------------
def test_a_delivery_reported_by_a_statement_keeps_its_dates_and_text(folder):
    tables = read_commitments(folder)
    assert tables.problems == []
    assert list(tables.delivery.columns) == DELIVERY_COLUMNS
    stated = read(folder / STATEMENTS_FILE)
    reported = stated[stated["delivered_value"] != ""].set_index("statement_id")
    rows = tables.delivery[tables.delivery["delivery_id"].str.startswith("statement:")]
    assert len(rows) == len(reported) > 0
    for row in rows.itertuples():
        source = reported.loc[row.delivery_id.removeprefix("statement:")]
        assert row.as_of == row.as_of_start == row.as_of_end == source["delivered_as_of"]
        assert row.value_text == source["delivered_value"]


def test_a_delivery_span_starts_at_its_first_year(folder):
    edit(folder, DELIVERY_FILE, 0, "as_of", "2018-2020")
    delivery = read_commitments(folder).delivery.set_index("delivery_id")
    assert tuple(delivery.loc["delivery:2", ["as_of_start", "as_of_end"]]) == ("2018", "2020")
    by = delivery[delivery["as_of"] == "by 2025 (year not stated)"]
    assert len(by) > 0
    assert by["as_of_start"].isna().all()
    assert (by["as_of_end"] == "2025").all()


def test_a_commitment_whose_page_is_undated_has_no_source_date(folder):
    compiled = read(folder / COMMITMENTS_FILE)
    undated = set(compiled.loc[compiled["source_date"] == "unknown", "commitment_id"])
    assert undated
    commitments = read_commitments(folder).commitments.set_index("commitment_id")
    assert commitments.loc[sorted(undated), "source_date"].isna().all()
    assert not (commitments["source_date"] == "unknown").any()


def test_a_statement_citing_an_unknown_source_is_named(commitments_data):
    edit(commitments_data, STATEMENTS_FILE, 0, "source_id", "NoSuchSource2099")
    ctx = run_loaders(commitments_data, THROUGH_COMMITMENTS)
    assert messages(ctx) == [
        f"{STATEMENTS_FILE}:2:source_id: 'NoSuchSource2099' is not a known sources.source_id"
    ]


def test_a_scope_naming_a_state_outside_celac_is_named(commitments_data):
    edit(commitments_data, SCOPE_FILE, 0, "states", "BRA;CHN")
    ctx = run_loaders(commitments_data, THROUGH_COMMITMENTS)
    assert messages(ctx) == [f"{SCOPE_FILE}:2:states: 'CHN' is not a CELAC state code"]


def test_pages_cited_by_the_commitments_are_registered_as_compiled(commitments_data):
    ctx = run_loaders(commitments_data, THROUGH_COMMITMENTS)
    assert messages(ctx) == []
    origins = ctx.con.execute(
        "SELECT origin, count(*) FROM sources WHERE notes LIKE "
        "'web page cited by the commitments compilation%' GROUP BY origin"
    ).fetchall()
    assert len(origins) == 1
    assert origins[0][0] == "compiled"
    assert origins[0][1] > 0


# -- figures ---------------------------------------------------------------------------------
def test_the_gdp_dataset_is_described_word_for_word():
    found = {d.dataset: d for d in datasets(SimpleNamespace(data_dir=package_data_dir()))}
    gdp = found["wb_gdp"]
    assert gdp.source_id == "WB-GDP-datahub"
    assert gdp.title == "World Bank GDP (current US$), NY.GDP.MKTP.CD, via the Datahub core dataset"
    assert gdp.measure == "GDP at purchaser's prices"
    assert gdp.unit == "current US$"
    assert gdp.coverage == (
        "every economy and aggregate, 1960–2023 (Cuba to 2020, Venezuela to 2014)"
    )


# -- batch 1 ---------------------------------------------------------------------------------
COMMITMENT_COLUMNS = [
    "commitment_id", "plan", "made_by", "made_on", "place", "description", "pledge_metric",
    "metric", "target_value", "unit", "period_start", "period_end", "deadline", "states",
    "source_id", "source_title", "source_url", "source_date", "evidence", "merged_statements",
    "origin_file", "origin_line", "statement_conflict",
]  # fmt: skip


def test_the_commitments_table_keeps_its_columns(folder):
    commitments = read_commitments(folder).commitments
    assert list(commitments.columns) == COMMITMENT_COLUMNS
    compiled = read(folder / COMMITMENTS_FILE)
    assert list(commitments["description"]) == list(compiled["description"])
    assert list(commitments["source_url"]) == list(compiled["source_url"])


@pytest.mark.parametrize("relpath", [COMMITMENTS_FILE, SCOPE_FILE])
def test_an_unreadable_commitment_file_still_lists_every_file_read(folder, relpath):
    (folder / relpath).unlink()
    tables = read_commitments(folder)
    assert tables.commitments.empty
    assert tables.files == [COMMITMENTS_FILE, DELIVERY_FILE, STATEMENTS_FILE, SCOPE_FILE]


@pytest.mark.parametrize("detail", ["exports, year-to-date", "imports (partial year)"])
def test_a_year_to_date_figure_says_so_in_lower_case(detail):
    assert months_covered("2024", detail) == "year to date"
