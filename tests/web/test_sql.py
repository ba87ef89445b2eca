"""The read-only SQL page: every refusal, the row limit and the time limit."""

from __future__ import annotations

import duckdb
import pytest

from chinalac.web.sql_sandbox import QueryRefused, SqlSandbox

REFUSED = {
    "file read": "SELECT * FROM read_csv('/etc/passwd')",
    "file as table": "SELECT * FROM '/etc/passwd'",
    "glob": "SELECT * FROM glob('/etc/*')",
    "attach": "ATTACH '/tmp/other.duckdb' AS other",
    "copy": "COPY ties TO '/tmp/ties.csv'",
    "install": "INSTALL httpfs",
    "load": "LOAD httpfs",
    "set": "SET threads = 4",
    "pragma": "PRAGMA enable_profiling",
    "delete": "DELETE FROM facts",
    "insert": "INSERT INTO facts (fact_id) VALUES ('x')",
    "create": "CREATE TABLE x AS SELECT 1",
    "drop": "DROP TABLE facts",
    "two statements": "SELECT 1; DROP TABLE facts",
    "call": "CALL pragma_version()",
    "use": "USE memory",
}


@pytest.mark.parametrize("query", REFUSED.values(), ids=REFUSED.keys())
def test_sql_page_refuses(client, query):
    response = client.post("/sql", data={"query": query})
    assert response.status_code == 400
    assert "Refused" in response.text
    assert "root:" not in response.text


def test_sql_page_runs_a_query(client):
    response = client.post(
        "/sql", data={"query": "SELECT iso3, name_es FROM countries WHERE iso3 = 'PER'"}
    )
    assert response.status_code == 200 and "Perú" in response.text
    assert client.get("/sql", params={"q": "SELECT 42 AS answer"}).status_code == 200


@pytest.fixture(scope="module")
def sandbox(built_db):
    engine = SqlSandbox(built_db, row_limit=50, time_limit=0.5)
    yield engine
    engine.close()


def test_the_engine_itself_refuses_files_and_settings(sandbox):
    # Past the statement check, the DuckDB instance still refuses: read_only, no external
    # access, locked configuration.
    for query in (
        "SELECT * FROM read_csv('/etc/passwd')",
        "SET enable_external_access = true",
        "CREATE TABLE x (a INT)",
    ):
        with pytest.raises(duckdb.Error):
            sandbox._connection.execute(query)
    settings = dict(
        sandbox._connection.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration', 'access_mode')"
        ).fetchall()
    )
    assert settings == {
        "enable_external_access": "false",
        "lock_configuration": "true",
        "access_mode": "read_only",
    }


def test_row_limit(sandbox):
    result = sandbox.run("SELECT * FROM range(1000)")
    assert len(result.rows) == 50 and result.truncated


def test_time_limit_interrupts_a_long_query(sandbox):
    with pytest.raises(QueryRefused, match="longer than"):
        sandbox.run(
            "SELECT count(*) FROM range(100000000) a, range(1000) b WHERE (a.range * b.range) % 7 = 3"
        )
    assert sandbox.run("SELECT 1 AS still_working").rows == [(1,)]
