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


def test_an_ordinary_error_shows_duckdbs_own_hint_not_a_refusal(client):
    response = client.post("/sql", data={"query": "SELECT nme_en FROM countries"})
    assert response.status_code == 400
    assert "Refused" not in response.text
    assert "DuckDB could not run the query" in response.text
    assert "name_en" in response.text  # DuckDB's candidate binding


def test_reading_a_file_is_refused(client):
    response = client.post("/sql", data={"query": "SELECT * FROM read_csv('/etc/passwd')"})
    assert response.status_code == 400 and "Refused" in response.text
    assert "root:" not in response.text


def test_sql_page_lists_the_schema_and_downloads_results_with_their_sources(client):
    page = client.get("/sql").text
    assert 'class="sql-schema"' in page and "<code>facts</code>" in page
    query = "SELECT fact_id, value, source_id FROM facts ORDER BY fact_id LIMIT 5"
    csv = client.post("/sql", data={"query": query, "download": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.splitlines()
    assert lines[0].startswith("# chinalac read-only SQL result")
    assert any(line.startswith("# note: query: SELECT fact_id") for line in lines)
    assert any(line.startswith("# source ") for line in lines)
    document = client.post("/sql", data={"query": query, "download": "json"}).json()
    assert len(document["rows"]) == 5 and document["sources"] and document["query"] == query
