"""Each kind of bad input gives a precise `file:row:field: reason` and leaves the old store intact."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.store.build import build_store
from chinalac.store.problems import BuildFailed


def edit_csv(path: Path, change) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = change(frame)
    frame.to_csv(path, index=False)


def set_cell(column: str, value: str, row: int = 0):
    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame.loc[row, column] = value
        return frame

    return change


def duplicate_first_row(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([frame, frame.iloc[[0]]], ignore_index=True)


CASES = {
    "missing column": (
        "knowledge/facts.csv",
        lambda f: f.drop(columns=["unit"]),
        "knowledge/facts.csv:1:unit: required column is missing from the header",
    ),
    "copied quote instead of an evidence note": (
        "knowledge/facts.csv",
        lambda f: f.rename(columns={"evidence": "quote"}),
        "knowledge/facts.csv:1:evidence: required column is missing from the header",
    ),
    "wrong type": (
        "knowledge/facts.csv",
        set_cell("value", "about ten"),
        "knowledge/facts.csv:2:value: 'about ten' is not a number",
    ),
    "unknown country code": (
        "knowledge/projects.csv",
        set_cell("iso3", "XXX"),
        "knowledge/projects.csv:2:iso3: 'XXX' is not a known countries.iso3",
    ),
    "unknown country code in ties": (
        "ties_compiled/ties.csv",
        set_cell("iso3", "ZZZ", row=3),
        "ties_compiled/ties.csv:5:iso3: 'ZZZ' is not a known country code",
    ),
    "unknown source id": (
        "knowledge/facts.csv",
        set_cell("source_id", "NoSuchSource2099"),
        "knowledge/facts.csv:2:source_id: 'NoSuchSource2099' is not a known sources.source_id",
    ),
    "duplicate key": (
        "knowledge/facts.csv",
        duplicate_first_row,
        ":fact_id: duplicate key (fact_id=",
    ),
    "negative amount": (
        "knowledge/facts.csv",
        set_cell("value", "-5"),
        "knowledge/facts.csv:2:value: negative value -5 (must be ≥ 0)",
    ),
    "not one of the allowed values": (
        "knowledge/countries.csv",
        set_cell("subregion", "atlantis"),
        "knowledge/countries.csv:2:subregion: 'atlantis' is not one of:",
    ),
}


@pytest.fixture
def good_store(tmp_path, data_copy) -> Path:
    path = tmp_path / "store.duckdb"
    build_store(data_copy, path)
    return path


def facts_count(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM facts").fetchone()[0]


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_reported_and_old_store_kept(case, data_copy, good_store):
    relpath, change, expected = CASES[case]
    before = facts_count(good_store)
    before_bytes = good_store.read_bytes()
    edit_csv(data_copy / relpath, change)

    with pytest.raises(BuildFailed) as failure:
        build_store(data_copy, good_store)

    messages = [str(p) for p in failure.value.problems]
    assert any(expected in m for m in messages), messages
    assert good_store.read_bytes() == before_bytes
    assert facts_count(good_store) == before
    assert not list(good_store.parent.glob("*.tmp-*"))


def test_unreadable_file(data_copy, good_store):
    (data_copy / "knowledge/countries.csv").write_bytes(b"iso3,iso2\n\xff\xfe\x00broken")
    with pytest.raises(BuildFailed) as failure:
        build_store(data_copy, good_store)
    assert "knowledge/countries.csv::: not valid UTF-8" in str(failure.value)
    assert facts_count(good_store) > 0


def test_missing_file(data_copy, good_store):
    (data_copy / "knowledge/sources.csv").unlink()
    with pytest.raises(BuildFailed) as failure:
        build_store(data_copy, good_store)
    assert "knowledge/sources.csv::: file is missing" in str(failure.value)


def test_cli_build_failure_exits_nonzero_and_overview_still_answers(data_copy, good_store):
    runner = CliRunner()
    edit_csv(data_copy / "knowledge/facts.csv", set_cell("value", "-1"))
    result = runner.invoke(app, ["build", "--data", str(data_copy), "--db", str(good_store)])
    assert result.exit_code == 1
    assert "knowledge/facts.csv:2:value: negative value -1" in result.output
    assert "previous store is unchanged" in result.output

    overview = runner.invoke(app, ["overview", "--db", str(good_store), "--json"])
    assert overview.exit_code == 0, overview.output
    assert '"documents"' in overview.output


def test_every_problem_is_reported_not_just_the_first(data_copy, good_store):
    edit_csv(data_copy / "knowledge/facts.csv", set_cell("value", "x", row=0))
    edit_csv(data_copy / "knowledge/facts.csv", set_cell("value", "y", row=1))
    with pytest.raises(BuildFailed) as failure:
        build_store(data_copy, good_store)
    text = str(failure.value)
    assert "knowledge/facts.csv:2:value" in text and "knowledge/facts.csv:3:value" in text
