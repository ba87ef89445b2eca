"""Issue 14, item 8: bad data fails the build with one line per problem naming the physical
line, and the old store stays byte-identical."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.paths import package_data_dir
from chinalac.store.build import build_store
from chinalac.store.problems import BuildFailed

FACTS = "knowledge/facts.csv"


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("good") / "chinalac.duckdb"
    build_store(db_path=db)
    return db


@pytest.fixture
def data(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(package_data_dir(), target)
    return target


@pytest.fixture
def store(good_store, tmp_path) -> Path:
    db = tmp_path / "store" / "chinalac.duckdb"
    db.parent.mkdir()
    shutil.copyfile(good_store, db)
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def replace_in_line(path: Path, line: int, old: str, new: str) -> None:
    """Edit one physical line of a CSV as text (no re-quoting by a CSV writer)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1], (old, lines[line - 1][:120])
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def fails_with(data: Path, store: Path, *expected: str, allow_shrink: bool = False) -> None:
    before = digest(store)
    with pytest.raises(BuildFailed) as failure:
        build_store(
            data_dir=data, db_path=store, **({"allow_shrink": True} if allow_shrink else {})
        )
    text = str(failure.value)
    for piece in expected:
        assert piece in text, text
    assert digest(store) == before  # the old store is byte-identical
    assert not list(store.parent.glob("*.tmp-*"))


@pytest.mark.parametrize("value", ["inf", "-inf", "Infinity", "1e999", "nan"])
def test_non_finite_numbers_are_refused(data, store, value):
    replace_in_line(data / FACTS, 2, ",18,usd_bn,", f",{value},usd_bn,")
    fails_with(data, store, f"{FACTS}:2:value: '{value}' is not a finite number")


def test_an_integer_column_given_inf_is_one_line_not_a_traceback(data, store, tmp_path):
    path = data / "knowledge" / "framework_components.csv"
    header, first, *rest = path.read_text(encoding="utf-8").split("\n")
    position = header.split(",").index("position")
    cells = first.split(",")
    cells[position] = "inf"
    path.write_text("\n".join([header, ",".join(cells), *rest]), encoding="utf-8")
    fails_with(data, store, "framework_components.csv:2:position: 'inf' is not a finite number")
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--db", str(store)])
    assert result.exit_code == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("date", ["2025-13-45", "2025-02-30", "2023-00", "2023-04-31"])
def test_impossible_dates_are_refused(data, store, date):
    path = data / "knowledge" / "visits.csv"
    header, first, *rest = path.read_text(encoding="utf-8").split("\n")
    column = header.split(",").index("date")
    cells = first.split(",")
    cells[column] = date
    path.write_text("\n".join([header, ",".join(cells), *rest]), encoding="utf-8")
    fails_with(data, store, f"visits.csv:2:date: '{date}' is not a real date")


@pytest.mark.parametrize(
    ("field", "old", "new", "message"),
    [
        (
            "iso3",
            "english_caribbean,GUY,",
            "english_caribbean,GYX,",
            "'GYX' is not a known countries.iso3",
        ),
        (
            "group_id",
            "caricom,HTI,",
            "caricomm,HTI,",
            "'caricomm' is not one of: caricom, english_caribbean",
        ),
        (
            "source_id",
            "caricom,SUR,CARICOM-RTC-ART3,",
            "caricom,SUR,CIA-WFB-1999,",
            "'CIA-WFB-1999' is not a known sources.source_id",
        ),
    ],
)
def test_a_malformed_country_group_is_one_line_naming_its_row(
    data, store, field, old, new, message
):
    """country_groups.csv (the English-speaking Caribbean, CARICOM): an unknown state, group or
    source fails the build with one line naming file:row:field, and the old store stays."""
    path = data / "knowledge" / "country_groups.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, start=1) if text.startswith(old))
    replace_in_line(path, line, old, new)
    fails_with(data, store, f"knowledge/country_groups.csv:{line}:{field}: {message}")
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--db", str(store)])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_nul_bytes_are_refused(data, store):
    replace_in_line(data / FACTS, 3, "usd_bn", "usd\x00bn")
    fails_with(data, store, f"{FACTS}:3:", "NUL byte")


def test_a_header_only_file_fails_and_keeps_the_store(data, store):
    path = data / FACTS
    path.write_text(path.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    fails_with(data, store, f"{FACTS}::: the file has a header but no rows")
    # The command line says so in one line, exits 1, and the store stays as it was.
    before = digest(store)
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--db", str(store)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "facts.csv::: the file has a header but no rows (truncated or emptied?)" in (
        " ".join(result.output.split())
    ), result.output
    assert digest(store) == before


def test_an_emptied_file_fails_and_keeps_the_store(data, store):
    (data / FACTS).write_text("", encoding="utf-8")
    fails_with(data, store, f"{FACTS}::: file is empty")


@pytest.mark.parametrize("share", [3, 2])  # cut inside a row, and (often) inside a quoted cell
def test_a_truncated_file_fails_and_keeps_the_store(data, store, share):
    path = data / FACTS
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // share].rsplit(",", 1)[0], encoding="utf-8")
    fails_with(data, store, FACTS, "truncated?")


def test_a_table_losing_most_of_its_rows_needs_allow_shrink(data, store):
    path = data / FACTS
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")  # 3 of 84 facts left
    fails_with(data, store, "facts::: would shrink from", "--allow-shrink")
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--db", str(store)])
    assert result.exit_code == 1 and "--allow-shrink" in result.output
    build_store(data_dir=data, db_path=store, allow_shrink=True)  # said on purpose: accepted


def test_problems_name_the_physical_line(data, store):
    path = data / FACTS
    lines = path.read_text(encoding="utf-8").split("\n")
    # Two blank lines after the header, and a quoted cell broken over two lines in the first
    # row: the second row starts on physical line 6, not "row 3".
    first = lines[1].replace("approx. ('almost');", "approx.\n('almost');", 1)
    assert first != lines[1]
    second = lines[2].replace(",449,usd_bn,", ",lots,usd_bn,", 1)
    path.write_text("\n".join([lines[0], "", "", first, second, *lines[3:]]), encoding="utf-8")
    fails_with(data, store, f"{FACTS}:6:value: 'lots' is not a number")
