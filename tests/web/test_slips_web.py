"""Web tests named after the slips they guard against (issue 17); see tests/test_slips.py."""

from __future__ import annotations

import pytest

from chinalac.web.sql_sandbox import QueryRefused, SqlSandbox


def test_text_pasted_into_check_is_escaped_when_shown_back(client):
    response = client.post(
        "/check", data={"text": "Trade reached US$489 billion in 2023. <script>alert(1)</script>"}
    )
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("SELECT 1; SELECT 2", "one statement at a time"),
        ("DROP TABLE facts", "not allowed"),
        ("CREATE TABLE x AS SELECT 1", "not allowed"),
        ("ATTACH 'x.duckdb' AS x", "not allowed"),
        ("SET threads = 4", "not allowed"),
        ("COPY facts TO 'out.csv'", "not allowed"),
        ("", "no query"),
    ],
)
def test_sql_statement_check_refuses_everything_but_one_query(query, reason):
    with pytest.raises(QueryRefused, match=reason):
        SqlSandbox.check(query)


@pytest.mark.parametrize(
    "query", ["SELECT 1", "WITH t AS (SELECT 1 AS x) SELECT x FROM t", "EXPLAIN SELECT 1"]
)
def test_sql_statement_check_passes_one_query(query):
    assert SqlSandbox.check(query) == query
