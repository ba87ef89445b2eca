"""The pure functions accept pandas DataFrames, pyarrow Tables and DuckDB relations alike."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from chinalac.indicators import (
    IndicatorError,
    economic_complexity,
    revealed_comparative_advantage,
    trade_complementarity_index,
)

from .helpers import read_golden


@pytest.fixture
def exports() -> pd.DataFrame:
    return read_golden("rca_input.csv").assign(source="fixture")


def test_rca_is_the_same_from_a_dataframe_an_arrow_table_and_a_duckdb_relation(exports):
    expected = revealed_comparative_advantage(exports)
    con = duckdb.connect()
    relation = con.from_df(exports)
    for data in (pa.Table.from_pandas(exports), relation):
        result = revealed_comparative_advantage(data)
        pd.testing.assert_frame_equal(result, expected)
    assert (expected["source"] == "fixture").all()


def test_complementarity_and_complexity_take_relations_too(exports):
    con = duckdb.connect()
    flows = read_golden("gl_flows.csv")
    from_frame = trade_complementarity_index(flows)
    from_relation = trade_complementarity_index(con.from_df(flows))
    pd.testing.assert_frame_equal(from_frame, from_relation)
    complexity = economic_complexity(con.from_df(exports))
    assert set(complexity.countries["country"]) == {"AAA", "BBB", "CCC"}


def test_an_unsupported_input_type_is_an_indicator_error():
    with pytest.raises(IndicatorError, match="DataFrame"):
        revealed_comparative_advantage([("AAA", "010110", 1.0)])
