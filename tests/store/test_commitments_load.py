"""The commitment files: loaded with their sources, merged without losing a statement, and every
bad row reported as file:row:field (one failing-input test per file)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.paths import package_data_dir
from chinalac.store.loaders.commitments import (
    COMMITMENTS_FILE,
    DELIVERY_FILE,
    SCOPE_FILE,
    STATEMENTS_FILE,
    parse_as_of,
    read_commitments,
)

# `folder` (the commitment files, copied) is conftest.py's.


def edit(path: Path, row: int, column: str, value: str) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(path, index=False)


def problems(folder: Path) -> list[str]:
    return [str(p) for p in read_commitments(folder).problems]


def test_shipped_files_read_without_a_problem():
    tables = read_commitments(package_data_dir())
    assert tables.problems == []
    assert len(tables.commitments) == 44  # the 8 earlier pledges all restate compiled ones
    assert len(tables.delivery) == 55 + 1  # + Lu2023's two journalist classes


def test_the_earlier_eight_are_merged_with_their_sources_kept(db):
    statements = db.sql("SELECT * FROM commitment_statements WHERE origin = 'knowledge'")
    assert len(statements) == 8
    assert set(statements["source_id"]) == {"Lu2023", "IQLatino-CI"}
    merged = db.sql("SELECT commitment_id FROM commitments WHERE merged_statements IS NOT NULL")
    assert len(merged) == 8
    scholarships = db.sql(
        "SELECT statement_conflict FROM commitments WHERE commitment_id = 'brasilia2014_scholarships_6000'"
    ).iloc[0, 0]
    assert "2015" in scholarships and "2014 (Lu2023)" in scholarships  # periods side by side
    assert "quote" not in db.sql("SELECT * FROM commitment_statements LIMIT 0").columns


def test_statements_are_kept_apart_from_numbers(db):
    kinds = db.sql("SELECT value_text, unit, kind, value FROM delivery")
    words = kinds[kinds["value_text"].isin(["fully implemented", "over-fulfilled"])]
    assert len(words) >= 8 and (words["kind"] == "statement").all() and words["value"].isna().all()
    package = kinds[(kinds["value_text"] == ">80") & (kinds["unit"] == "percent")]
    assert len(package) == 2 and (package["kind"] == "statement").all()
    assert (kinds[kinds["value_text"] == "518.467"]["kind"] == "measurement").all()


def test_every_compiled_page_is_a_source(db):
    missing = db.sql(
        """SELECT d.source_id FROM delivery d LEFT JOIN sources s USING (source_id)
           WHERE s.source_id IS NULL"""
    )
    assert missing.empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015", ("2015", "2015")),
        ("2018-2020", ("2018", "2020")),
        ("2025-05", ("2025-05", "2025-05")),
        ("by 2025 (year not stated)", (None, "2025")),
        ("unknown (page undated)", (None, None)),
    ],
)
def test_as_of_texts(text, expected):
    assert parse_as_of(text) == expected


# -- one failing input per file -----------------------------------------------------------------
def test_bad_commitment_row_names_file_row_field(folder):
    edit(folder / COMMITMENTS_FILE, 2, "target_value", "about 500")
    assert f"{COMMITMENTS_FILE}:4:target_value: 'about 500' is not a number" in problems(folder)


def test_bad_delivery_row_names_file_row_field(folder):
    edit(folder / DELIVERY_FILE, 0, "delivered_value", "fully implemented")
    assert (
        f"{DELIVERY_FILE}:2:delivered_value: 'fully implemented' is not a number: "
        "a statement needs unit 'status'"
    ) in problems(folder)
    edit(folder / DELIVERY_FILE, 1, "commitment_id", "no_such_pledge")
    assert (
        f"{DELIVERY_FILE}:3:commitment_id: 'no_such_pledge' is not a commitment of {COMMITMENTS_FILE}"
        in problems(folder)
    )


def test_bad_statement_row_names_file_row_field(folder):
    edit(folder / STATEMENTS_FILE, 0, "same_as", "brasilia2099_nothing")
    found = problems(folder)
    assert (
        f"{STATEMENTS_FILE}:2:same_as: 'brasilia2099_nothing' is not a commitment of {COMMITMENTS_FILE}"
        in found
    )


def test_bad_scope_row_names_file_row_field(folder):
    edit(folder / SCOPE_FILE, 16, "states", "CHL;XXX")
    found = [str(p) for p in read_commitments(folder, countries={"CHL", "PER"}).problems]
    assert f"{SCOPE_FILE}:18:states: 'XXX' is not a CELAC state code" in found


def test_build_with_a_bad_delivery_row_fails_in_one_line(data_copy, tmp_path):
    edit(data_copy / DELIVERY_FILE, 4, "unit", "usd_billions")
    result = CliRunner().invoke(
        app, ["build", "--data", str(data_copy), "--db", str(tmp_path / "x.duckdb")]
    )
    assert result.exit_code == 1
    assert f"{DELIVERY_FILE}:6:unit: 'usd_billions' is not one of:" in result.output
    assert "Traceback" not in result.output


def test_conflicting_figures_and_statements_are_listed_side_by_side(db):
    conflicts = db.conflicts()
    trade = conflicts[conflicts["conflict_id"] == "brasilia2014_trade_500bn:2024"]
    assert {"518.467", "525"} <= set(trade["value"])
    scholarships = conflicts[conflicts["conflict_id"] == "brasilia2014_scholarships_6000"]
    assert set(scholarships["source_id"]) >= {"Lu2023"} and len(scholarships) == 2
    known = db.sql('SELECT "values" FROM commitment_conflicts')["values"]
    assert known.str.contains("9.0 billion USD").any()  # the RMB 66 bn line as US$9.0 or 9.2 bn
