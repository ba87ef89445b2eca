"""Property tests: what the validator reads back is what was written (STYLE §7)."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from chinalac.store.schema import Column, TableSpec, read_table

SPEC = TableSpec(
    "t",
    "t.csv",
    (
        Column("id", required=True),
        Column("amount", "float", nonnegative=True),
        Column("count", "int"),
        Column("flag", "bool"),
        Column("text"),
    ),
    key=("id",),
)

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).map(str.strip)
rows = st.lists(
    st.tuples(
        st.floats(min_value=0, max_value=1e15, allow_nan=False),
        st.integers(min_value=-(10**12), max_value=10**12),
        st.booleans(),
        text,
    ),
    min_size=1,
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(rows)
def test_write_then_read_round_trips(values):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "amount", "count", "flag", "text"])
            for index, (amount, count, flag, note) in enumerate(values):
                writer.writerow([f"r{index}", repr(amount), count, str(flag).lower(), note])
        result = read_table(Path(folder), SPEC)
    assert result.problems == []
    frame = result.frame
    assert list(frame["amount"]) == [v[0] for v in values]
    assert list(frame["count"]) == [v[1] for v in values]
    assert list(frame["flag"]) == [v[2] for v in values]
    assert list(frame["text"].fillna("")) == [v[3] for v in values]


@settings(max_examples=40, deadline=None)
@given(st.floats(max_value=-1e-9, min_value=-1e12))
def test_any_negative_amount_is_reported_with_its_line(value):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "t.csv").write_text(f"id,amount,count,flag,text\na,{value!r},1,true,x\n")
        result = read_table(Path(folder), SPEC)
    assert [str(p) for p in result.problems] == [
        f"t.csv:2:amount: negative value {value!r} (must be ≥ 0)"
    ]
