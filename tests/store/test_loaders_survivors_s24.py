"""Tests for the `store_loaders` survivors of batch 2 of the s22 sample (issue 17, round s24):
the commitments loader checking metrics against the store, applying corrections to the
commitment files, and keeping each statement's target
(docs/mutation-store-loaders-survivors-s24.md).

In-memory and function-scoped, on the builders of loader_kit.py and conftest.py's folders
(`folder`, `commitments_data`).
"""

from __future__ import annotations

import pandas as pd

from chinalac.store.loaders.commitments import (
    COMMITMENTS_FILE,
    SCOPE_FILE,
    STATEMENTS_FILE,
    _number,
    read_commitments,
)
from tests.store.loader_kit import (
    THROUGH_COMMITMENTS,
    edit,
    messages,
    read,
    run_loaders,
)

CORRECTIONS = "corrections/corrections.csv"


def test_a_metric_unknown_to_the_store_is_named(commitments_data):
    edit(commitments_data, STATEMENTS_FILE, 0, "metric", "no_such_metric")
    edit(commitments_data, SCOPE_FILE, 0, "metric", "no_such_metric")
    ctx = run_loaders(commitments_data, THROUGH_COMMITMENTS)
    assert messages(ctx) == [
        f"{STATEMENTS_FILE}:2:metric: 'no_such_metric' is not a known metric",
        f"{SCOPE_FILE}:2:metric: 'no_such_metric' is not a known metric",
    ]


def test_a_correction_to_a_commitment_file_is_applied(commitments_data):
    compiled = read(commitments_data / COMMITMENTS_FILE)
    pledge, old = compiled.loc[0, ["commitment_id", "description"]]
    corrections = read(commitments_data / CORRECTIONS)
    corrections.loc[len(corrections)] = {
        "file": COMMITMENTS_FILE,
        "key": f"commitment_id={pledge}",
        "field": "description",
        "old_value": old,
        "new_value": "A corrected description",
        "action": "replace",
        "reason": "a test correction",
        "source_id": "",
    }
    corrections.to_csv(commitments_data / CORRECTIONS, index=False)
    ctx = run_loaders(commitments_data, THROUGH_COMMITMENTS)
    assert messages(ctx) == []
    stored = ctx.con.execute(
        "SELECT description FROM commitments WHERE commitment_id = ?", [pledge]
    ).fetchone()
    assert stored == ("A corrected description",)


def test_each_statement_keeps_its_target(folder):
    statements = read_commitments(folder).statements
    compiled = read(folder / COMMITMENTS_FILE).set_index("commitment_id")
    stated = read(folder / STATEMENTS_FILE).set_index("statement_id")
    written = {**compiled["target_value"].to_dict(), **stated["target_value"].to_dict()}
    assert statements["target_value"].notna().sum() > 10
    for row in statements.itertuples():
        expected = _number(written[row.statement_id])
        assert (None if pd.isna(row.target_value) else row.target_value) == expected


def test_a_source_giving_another_target_is_a_statement_conflict(folder):
    edit(folder, STATEMENTS_FILE, 0, "target_value", "5000")
    commitments = read_commitments(folder).commitments.set_index("commitment_id")
    pledge = read(folder / STATEMENTS_FILE).loc[0, "same_as"]
    assert commitments.loc[pledge, "statement_conflict"].startswith("target: 6000 (")
    assert "vs 5000 (Lu2023)" in commitments.loc[pledge, "statement_conflict"]
