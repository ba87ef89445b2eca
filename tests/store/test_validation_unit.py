"""The store's validation core on files written in the test (no build): every problem message
with its `file:line:field`, the conversions at their edges, and the build context. Fast, so it
is also the test subset of `python3 tasks.py mutate store`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from chinalac.store.context import BuildContext, file_sha256
from chinalac.store.problems import BuildFailed, Problem
from chinalac.store.schema import (
    Column,
    Reference,
    TableSpec,
    _check_date,
    _convert,
    line_numbers,
    line_of,
    read_csv_text,
    read_table,
    with_current_column_names,
)


def write(folder: Path, text: str | bytes, name: str = "t.csv") -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


# -- problems -------------------------------------------------------------------------------
def test_a_problem_reads_file_line_field_reason():
    assert str(Problem("a.csv", 3, "x", "bad")) == "a.csv:3:x: bad"
    assert str(Problem("a.csv", None, None, "missing")) == "a.csv::: missing"
    failed = BuildFailed([Problem("a.csv", 2, "x", "one"), Problem("b.csv", None, None, "two")])
    assert str(failed) == "2 problem(s) in the input:\na.csv:2:x: one\nb.csv::: two"
    assert len(failed.problems) == 2


# -- reading CSV text -----------------------------------------------------------------------
def test_missing_empty_and_blank_files(tmp_path):
    assert messages(read_csv_text(tmp_path / "no.csv", "no.csv")[1]) == [
        "no.csv::: file is missing"
    ]
    for text in ("", " \n\n "):
        frame, problems = read_csv_text(write(tmp_path, text), "t.csv")
        assert frame is None and messages(problems) == ["t.csv::: file is empty"]


def test_a_file_that_is_not_utf8_or_not_readable(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, b"a,b\n1,\xff\n"), "t.csv")
    assert frame is None
    assert messages(problems) == ["t.csv::: not valid UTF-8 (invalid start byte at byte 6)"]
    (tmp_path / "dir.csv").mkdir()
    frame, problems = read_csv_text(tmp_path / "dir.csv", "dir.csv")
    assert frame is None and messages(problems) == ["dir.csv::: unreadable: Is a directory"]


def test_a_nul_byte_names_its_line(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, "a,b\n1,2\n3,\x004\n"), "t.csv")
    assert frame is None and messages(problems) == [
        "t.csv:3:: NUL byte: a binary file, not CSV text"
    ]


def test_rows_keep_their_physical_lines_past_blank_lines_and_quoted_breaks(tmp_path):
    text = '\ufeff a , b \n\n1,"two\nlines"\n\n3,4\n'
    frame, problems = read_csv_text(write(tmp_path, text), "t.csv")
    assert problems == []
    assert list(frame.columns) == ["a", "b"]
    assert frame.values.tolist() == [["1", "two\nlines"], ["3", "4"]]
    assert line_numbers(frame) == [3, 6]


def test_a_row_with_the_wrong_number_of_fields(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, "a,b,c\n1,2\n1,2,3,4\n5,6,7\n"), "t.csv")
    assert frame is None
    assert messages(problems) == [
        "t.csv:2:: 2 fields where the header has 3 (truncated?)",
        "t.csv:3:: 4 fields where the header has 3",
    ]


def test_a_file_ending_inside_a_quoted_cell(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, 'a,b\n1,2\n3,"open'), "t.csv")
    assert frame is None and len(problems) == 1
    assert problems[0].row == 3 and problems[0].reason.startswith("malformed CSV: ")
    assert problems[0].reason.endswith(" (the file ends inside a quoted cell: truncated?)")
    frame, problems = read_csv_text(write(tmp_path, 'a,b\n1,"x"y\n'), "t.csv")
    assert frame is None and "truncated?" not in problems[0].reason


def test_a_column_named_twice(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, "b,a,b,a,c\n1,2,3,4,5\n"), "t.csv")
    assert frame is None and messages(problems) == [
        "t.csv:1:a: column appears twice in the header",
        "t.csv:1:b: column appears twice in the header",
    ]


def test_a_header_only_file_reads_as_no_rows(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, "a,b\n"), "t.csv")
    assert problems == [] and len(frame) == 0 and list(frame.columns) == ["a", "b"]


def test_a_legacy_column_keeps_its_name_outside_the_legacy_files(tmp_path):
    frame, _ = read_csv_text(write(tmp_path, "id,quote\n1,x\n"), "t.csv")
    assert list(frame.columns) == ["id", "quote"]


def test_legacy_columns_take_their_current_name_unless_it_is_there():
    frame = pd.DataFrame({"id": ["1"], "quote": ["x"]})
    assert list(with_current_column_names(frame).columns) == ["id", "evidence"]
    both = pd.DataFrame({"quote": ["x"], "evidence": ["y"]})
    assert list(with_current_column_names(both).columns) == ["quote", "evidence"]


def test_line_numbers_without_or_with_stale_attributes():
    frame = pd.DataFrame({"a": ["1", "2"]})
    assert line_numbers(frame) == [2, 3]
    assert line_of(frame, 1) == 3
    frame.attrs["lines"] = [5, 9]
    assert line_numbers(frame) == [5, 9] and line_of(frame, 0) == 5 and line_of(frame, 1) == 9
    assert line_of(frame, 2) == 4 and line_of(frame, -1) == 1
    frame.attrs["lines"] = [5]
    assert line_numbers(frame) == [2, 3]


# -- values ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2021", "2021-02", "2024-02-29", "0001-01-01"])
def test_real_iso_dates(value):
    assert _check_date(value) is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2021-1", "'2021-1' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("21", "'21' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2021-02-03x", "'2021-02-03x' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2021-13", "'2021-13' is not a real date (month must be in 1..12)"),
        ("2023-02-29", "'2023-02-29' is not a real date (day is out of range for month)"),
        ("0000", "'0000' is not a real date (year 0 is out of range)"),
    ],
)
def test_dates_that_are_not(value, reason):
    assert _check_date(value) == reason


@pytest.mark.parametrize(
    ("value", "column", "expected"),
    [
        ("a\x00b", Column("x"), ("a\x00b", None)),
        ("a\x00b", Column("x", "int"), (None, "NUL byte in the value")),
        ("2021-02", Column("x", "date"), ("2021-02", None)),
        ("2021-13", Column("x", "date"), ("2021-13", "'2021-13' is not a real date (month must be in 1..12)")),
        ("TRUE", Column("x", "bool"), (True, None)),
        ("Yes", Column("x", "bool"), (True, None)),
        ("1", Column("x", "bool"), (True, None)),
        ("No", Column("x", "bool"), (False, None)),
        ("0", Column("x", "bool"), (False, None)),
        ("false", Column("x", "bool"), (False, None)),
        ("maybe", Column("x", "bool"), (None, "'maybe' is not true/false")),
        ("1_000.5", Column("x", "float"), (1000.5, None)),
        ("abc", Column("x", "float"), (None, "'abc' is not a number")),
        ("nan", Column("x", "float"), (None, "'nan' is not a finite number")),
        ("-inf", Column("x", "float"), (None, "'-inf' is not a finite number")),
        ("1e999", Column("x", "float"), (None, "'1e999' is not a finite number")),
        ("3.0", Column("x", "int"), (3, None)),
        ("3.5", Column("x", "int"), (None, "'3.5' is not a whole number")),
        ("-2", Column("x", "int"), (-2, None)),
        ("-2", Column("x", "int", nonnegative=True), (None, "negative value -2 (must be ≥ 0)")),
        ("0", Column("x", "float", nonnegative=True), (0.0, None)),
    ],
)  # fmt: skip
def test_conversions(value, column, expected):
    converted, error = _convert(value, column)
    assert (converted, error) == expected
    assert type(converted) is type(expected[0])


# -- reading a table against its spec -------------------------------------------------------
SPEC = TableSpec(
    "t",
    "t.csv",
    (
        Column("id", required=True),
        Column("kind", allowed=frozenset({"b", "a"})),
        Column("n", "int", nonnegative=True),
        Column("share", "float"),
        Column("ok", "bool"),
        Column("country", references=("countries", "iso3")),
    ),
    key=("id",),
)


def test_a_good_table_is_typed_with_its_lines_and_references(tmp_path):
    write(tmp_path, "id,kind,n,share,ok,country\nx, a ,1,0.5,yes,PER\ny,,,,,\n")
    result = read_table(tmp_path, SPEC)
    assert result.problems == []
    frame = result.frame
    assert frame.attrs["lines"] == [2, 3]
    assert [str(t) for t in frame.dtypes] == ["object", "object", "Int64", "Float64", "boolean", "object"]  # fmt: skip
    assert frame.iloc[0].tolist() == ["x", "a", 1, 0.5, True, "PER"]
    assert frame.iloc[1].isna().tolist() == [False, True, True, True, True, True]
    assert result.references == [Reference("t.csv", 2, "country", "PER", "countries", "iso3")]


def test_every_bad_cell_is_named_by_line_and_field(tmp_path):
    write(tmp_path, "id,kind,n,share,ok,country\n,c,-1,x,maybe,PER\nz,a,1.5,1,true,\n")
    result = read_table(tmp_path, SPEC)
    assert messages(result.problems) == [
        "t.csv:2:id: required value is empty",
        "t.csv:2:kind: 'c' is not one of: a, b",
        "t.csv:2:n: negative value -1 (must be ≥ 0)",
        "t.csv:2:share: 'x' is not a number",
        "t.csv:2:ok: 'maybe' is not true/false",
        "t.csv:3:n: '1.5' is not a whole number",
    ]
    # a reference is checked later only where the cell itself was fine
    assert [r.row for r in result.references] == [2]


def test_a_reference_in_a_bad_cell_is_not_checked(tmp_path):
    spec = TableSpec("t", "t.csv", (Column("year", "int", references=("years", "year")),))
    write(tmp_path, "year\nsoon\n2020\n")
    result = read_table(tmp_path, spec)
    assert [(r.row, r.value) for r in result.references] == [(3, "2020")]


def test_missing_and_unknown_columns(tmp_path):
    write(tmp_path, "id,kind,extra\n1,a,x\n")
    result = read_table(tmp_path, SPEC)
    assert result.frame is None
    assert messages(result.problems) == [
        "t.csv:1:n: required column is missing from the header",
        "t.csv:1:share: required column is missing from the header",
        "t.csv:1:ok: required column is missing from the header",
        "t.csv:1:country: required column is missing from the header",
        "t.csv:1:extra: unknown column (not in the table's specification)",
    ]
    spec = TableSpec("t", "t.csv", (Column("id"),), extra_columns_allowed=True)
    result = read_table(tmp_path, spec)
    assert result.problems == [] and list(result.frame.columns) == ["id"]
    strict = TableSpec("t", "t.csv", (Column("id"),))
    result = read_table(tmp_path, strict)
    assert messages(result.problems) == [
        "t.csv:1:kind: unknown column (not in the table's specification)",
        "t.csv:1:extra: unknown column (not in the table's specification)",
    ]
    assert result.frame is not None  # unknown columns alone still read


def test_a_header_without_rows_is_a_problem_unless_the_table_may_be_empty(tmp_path):
    write(tmp_path, "id\n")
    result = read_table(tmp_path, TableSpec("t", "t.csv", (Column("id"),)))
    assert result.frame is None and messages(result.problems) == [
        "t.csv::: the file has a header but no rows (truncated or emptied?)"
    ]
    result = read_table(tmp_path, TableSpec("t", "t.csv", (Column("id"),), may_be_empty=True))
    assert result.problems == [] and len(result.frame) == 0


def test_an_unreadable_file_gives_its_problem_and_no_frame(tmp_path):
    result = read_table(tmp_path, SPEC)
    assert result.frame is None and messages(result.problems) == ["t.csv::: file is missing"]


def test_duplicate_keys_name_the_repeat_and_the_first_line(tmp_path):
    spec = TableSpec(
        "t", "t.csv", (Column("a"), Column("b"), Column("v")), key=("a", "b")
    )  # fmt: skip
    write(tmp_path, "a,b,v\nx,1,10\n\nx,2,20\ny,1,30\nx,1,40\nx,2,50\nx,1,60\n")
    result = read_table(tmp_path, spec)
    assert messages(result.problems) == [
        "t.csv:6:a: duplicate key (a=x, b=1); first at line 2",
        "t.csv:7:a: duplicate key (a=x, b=2); first at line 4",
        "t.csv:8:a: duplicate key (a=x, b=1); first at line 2",
    ]


# -- the build context ----------------------------------------------------------------------
@pytest.fixture
def ctx(tmp_path):
    con = duckdb.connect()
    yield BuildContext(con=con, data_dir=tmp_path, db_path=tmp_path / "s.duckdb")
    con.close()


def test_a_loaded_table_is_created_and_its_problems_and_references_kept(ctx, tmp_path):
    write(tmp_path, "id,kind,n,share,ok,country\nx,a,1,0.5,yes,PER\nx,a,1,0.5,yes,QQQ\n")
    frame = ctx.load_table(SPEC)
    assert len(frame) == 2 and ctx.files_read == ["t.csv"]
    assert messages(ctx.problems) == ["t.csv:3:id: duplicate key (id=x); first at line 2"]
    assert [r.value for r in ctx.references] == ["PER", "QQQ"]
    assert ctx.con.execute("SELECT count(*) FROM t").fetchall() == [(2,)]
    other = TableSpec("u", "t.csv", SPEC.columns)
    assert len(ctx.load_table(other, create=False)) == 2
    assert not ctx.table_exists("u") and ctx.table_exists("t")
    assert ctx.files_read == ["t.csv", "t.csv"]


def test_a_table_that_does_not_read_is_not_created(ctx):
    assert ctx.load_table(SPEC) is None and not ctx.table_exists("t")
    assert messages(ctx.problems) == ["t.csv::: file is missing"]


def test_write_replace_create_and_append_by_name(ctx):
    ctx.write_table("w", pd.DataFrame({"a": [1], "b": ["x"]}))
    ctx.write_table("w", pd.DataFrame({"a": [2, 3], "b": ["y", "z"]}))
    assert ctx.con.execute("SELECT count(*) FROM w").fetchall() == [(2,)]
    with pytest.raises(duckdb.Error):
        ctx.write_table("w", pd.DataFrame({"a": [4]}), replace=False)
    ctx.write_table("fresh", pd.DataFrame({"a": [4]}), replace=False)
    assert ctx.table_exists("fresh")
    ctx.append_rows("w", pd.DataFrame({"b": ["q"], "a": [9]}))
    assert ctx.con.execute("SELECT a, b FROM w ORDER BY a").fetchall() == [
        (2, "y"), (3, "z"), (9, "q"),
    ]  # fmt: skip
    # the temporary view is gone after each call
    with pytest.raises(duckdb.Error):
        ctx.con.execute("SELECT * FROM _frame")


def test_a_failed_write_leaves_no_temporary_view(ctx):
    with pytest.raises(duckdb.Error):
        ctx.append_rows("nowhere", pd.DataFrame({"a": [1]}))
    with pytest.raises(duckdb.Error):
        ctx.con.execute("SELECT * FROM _frame")


def test_references_to_unknown_keys_and_to_missing_tables(ctx):
    ctx.con.execute("CREATE TABLE countries AS SELECT * FROM (VALUES ('PER'), (NULL)) t(iso3)")
    ctx.problem("x.csv", 1, "a", "first")
    ctx.references = [
        Reference("f.csv", 2, "country", "PER", "countries", "iso3"),
        Reference("f.csv", 3, "country", "QQQ", "countries", "iso3"),
        Reference("f.csv", 4, "country", "None", "countries", "iso3"),
        Reference("g.csv", 5, "source_id", "S1", "sources", "source_id"),
        Reference("g.csv", 6, "source_id", "PER", "sources", "source_id"),
        Reference("h.csv", 7, "plan_id", "P1", "plans", "plan_id"),
    ]
    ctx.con.execute("CREATE TABLE sources AS SELECT 'S1' AS source_id")
    ctx.check_references()
    # each (table, column) is looked up on its own: PER is a country, not a source
    assert messages(ctx.problems) == [
        "x.csv:1:a: first",
        "f.csv:3:country: 'QQQ' is not a known countries.iso3",
        "f.csv:4:country: 'None' is not a known countries.iso3",
        "g.csv:6:source_id: 'PER' is not a known sources.source_id",
        "h.csv:7:plan_id: 'P1' is not a known plans.plan_id",
    ]


def test_file_digest_reads_past_one_chunk(tmp_path):
    data = bytes(range(256)) * 5000  # 1.28 MB: more than one 1 MiB chunk
    path = write(tmp_path, data, "blob.bin")
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()


# -- edges found by mutation testing --------------------------------------------------------
def test_a_nul_byte_after_a_leading_blank_line_names_its_own_line(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, "\na,b\n1,\x002\n3,\x004\n"), "t.csv")
    assert frame is None and messages(problems) == [
        "t.csv:3:: NUL byte: a binary file, not CSV text"
    ]


def test_windows_and_old_mac_line_ends_keep_the_cells_as_written(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, 'a,b\r\n1,"two\r\nlines"\r\n3,4\r\n'), "t.csv")
    assert problems == [] and frame.values.tolist() == [["1", "two\r\nlines"], ["3", "4"]]
    frame, problems = read_csv_text(write(tmp_path, "a,b\r1,2\r3,4\r"), "t.csv")
    assert problems == [] and frame.values.tolist() == [["1", "2"], ["3", "4"]]


def test_underscores_group_digits_however_many():
    assert _convert("1__000", Column("x", "int")) == (1000, None)


def test_a_written_table_leaves_no_temporary_view(ctx):
    ctx.write_table("w", pd.DataFrame({"a": [1]}))
    with pytest.raises(duckdb.Error):
        ctx.con.execute("SELECT * FROM _frame")


def test_a_line_of_spaces_between_rows_is_blank(tmp_path):
    frame, problems = read_csv_text(write(tmp_path, "a,b\n1,2\n   \n3,4\n"), "t.csv")
    assert problems == [] and frame.values.tolist() == [["1", "2"], ["3", "4"]]
    assert line_numbers(frame) == [2, 4]


def test_a_malformed_cell_is_named_without_the_truncation_hint(tmp_path):
    _, problems = read_csv_text(write(tmp_path, 'a,b\n1,"x"y\n'), "t.csv")
    assert messages(problems) == ["t.csv:2:: malformed CSV: ',' expected after '\"'"]
