"""The SQL sandbox on its own, over a two-table store made in the test: every refusal message,
the limits at their edges, the locked settings and the store link. Fast (no real store), so it is
also the test subset of `python3 tasks.py mutate sql_sandbox`."""

from __future__ import annotations

import duckdb
import pytest

from chinalac.web import sql_sandbox
from chinalac.web.sql_sandbox import (
    MAX_QUERY_CHARACTERS,
    QueryFailed,
    QueryRefused,
    SqlSandbox,
    cell_bytes,
    duckdb_message,
    first_line,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("sandbox") / "tiny.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE countries (iso3 VARCHAR, name_en VARCHAR)")
        connection.execute("INSERT INTO countries VALUES ('PER', 'Peru'), ('CHL', 'Chile')")
        connection.execute("CREATE TABLE numbers AS SELECT range AS n FROM range(250)")
    return path


@pytest.fixture
def sandbox(store):  # one per test, so that every test exercises the constructor
    engine = SqlSandbox(store, row_limit=5, time_limit=0.5)
    yield engine
    engine.close()


def test_a_query_longer_than_the_limit_is_refused_and_one_at_the_limit_runs():
    with pytest.raises(
        QueryRefused, match=f"^the query is longer than {MAX_QUERY_CHARACTERS} characters$"
    ):
        SqlSandbox.check("SELECT 1" + " " * (MAX_QUERY_CHARACTERS - 7))
    at_limit = "SELECT 1" + " " * (MAX_QUERY_CHARACTERS - 8)
    assert SqlSandbox.check(at_limit) == at_limit


def test_statement_refusals_say_why_in_full():
    with pytest.raises(QueryRefused, match="^there is no query to run$"):
        SqlSandbox.check("  ")
    with pytest.raises(QueryRefused, match="^one statement at a time, please$"):
        SqlSandbox.check("SELECT 1; SELECT 2")
    with pytest.raises(
        QueryRefused,
        match="^DROP statements are not allowed: this page runs read-only queries "
        r"\(SELECT\) only$",
    ):
        SqlSandbox.check("DROP TABLE countries")


def test_a_syntax_error_is_duckdbs_own_message_not_a_refusal():
    with pytest.raises(QueryFailed, match="syntax error") as failure:
        SqlSandbox.check("SELEC 1")
    assert not isinstance(failure.value, QueryRefused)


def test_a_query_runs_with_its_columns_types_and_rows(sandbox):
    result = sandbox.run("SELECT iso3, name_en FROM countries ORDER BY iso3")
    assert result.columns == ["iso3", "name_en"]
    assert result.types == ["VARCHAR", "VARCHAR"]
    assert result.rows == [("CHL", "Chile"), ("PER", "Peru")]
    assert result.truncated is False and result.row_limit == 5
    assert 0 <= result.seconds < 5


def test_the_row_limit_truncates_only_past_the_limit(sandbox):
    exactly = sandbox.run("SELECT n FROM numbers WHERE n < 5 ORDER BY n")
    assert exactly.rows == [(n,) for n in range(5)] and exactly.truncated is False
    past = sandbox.run("SELECT n FROM numbers ORDER BY n")
    assert past.rows == [(n,) for n in range(5)] and past.truncated is True


def test_rows_are_fetched_in_batches_up_to_one_past_the_limit(store):
    # 231 rows of 16 bytes fill the byte limit exactly: one row more fetched would pass it
    engine = SqlSandbox(store, row_limit=230, max_result_bytes=231 * 16)
    try:
        result = engine.run("SELECT n FROM numbers ORDER BY n")
    finally:
        engine.close()
    assert result.rows == [(n,) for n in range(230)] and result.truncated is True


def test_a_limit_of_one_full_batch_still_sees_the_row_past_it(store):
    engine = SqlSandbox(store, row_limit=100)
    try:
        result = engine.run("SELECT n FROM numbers ORDER BY n")
    finally:
        engine.close()
    assert len(result.rows) == 100 and result.truncated is True


def test_a_result_past_the_byte_limit_is_refused(store):
    engine = SqlSandbox(store, row_limit=1000, max_result_bytes=100)
    try:
        # 20 cells of 16 bytes pass 100 bytes: refused, with the limit in MB
        with pytest.raises(
            QueryRefused,
            match=r"^the result is larger than 0\.0001 MB: select fewer or shorter columns, "
            "or fewer rows$",
        ):
            engine.run("SELECT n FROM numbers WHERE n < 20")
        assert engine.run("SELECT n FROM numbers WHERE n < 6").rows == [(n,) for n in range(6)]
        # exactly at the limit is allowed: 25 cells × 4 bytes (NULL) = 100
        assert len(engine.run("SELECT NULL FROM numbers WHERE n < 25").rows) == 25
    finally:
        engine.close()


def test_the_instance_is_read_only_locked_and_without_file_access(sandbox):
    settings = dict(
        sandbox._connection.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', "
            "'lock_configuration', 'access_mode', 'threads', 'autoinstall_known_extensions', "
            "'autoload_known_extensions', 'allow_community_extensions', 'memory_limit', "
            "'max_temp_directory_size')"
        ).fetchall()
    )
    assert settings["enable_external_access"] == "false"
    assert settings["lock_configuration"] == "true"
    assert settings["access_mode"] == "read_only"
    assert settings["threads"] == "1"
    assert settings["autoinstall_known_extensions"] == "false"
    assert settings["autoload_known_extensions"] == "false"
    assert settings["allow_community_extensions"] == "false"
    assert settings["memory_limit"] in {"256.0 MiB", "244.1 MiB", "256.0 MB", "244.1 MB"}
    assert settings["max_temp_directory_size"].startswith("0")


@pytest.mark.parametrize(
    "query", ["SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM '/etc/passwd'"]
)
def test_reading_a_file_is_refused_as_no_access(sandbox, query):
    with pytest.raises(
        QueryRefused, match="^this page has no access to files, the network or settings$"
    ):
        sandbox.run(query)


def test_a_missing_table_is_duckdbs_message_not_a_refusal(sandbox):
    with pytest.raises(QueryFailed, match="nosuch") as failure:
        sandbox.run("SELECT * FROM nosuch")
    assert not isinstance(failure.value, QueryRefused)
    with pytest.raises(QueryFailed, match="name_e"):
        sandbox.run("SELECT name_e FROM countries")


def test_a_long_query_is_stopped_at_the_time_limit_and_the_sandbox_still_answers(sandbox):
    with pytest.raises(QueryRefused, match=r"^the query ran longer than 0\.5 s and was stopped$"):
        sandbox.run(
            "SELECT count(*) FROM range(100000000) a, range(1000) b "
            "WHERE (a.range * b.range) % 7 = 3"
        )
    assert sandbox.run("SELECT 1 AS still_working").rows == [(1,)]


def test_the_instance_refuses_writes_even_past_the_statement_check(sandbox):
    with pytest.raises(duckdb.Error):
        sandbox._connection.execute("CREATE TABLE x (a INT)")
    with pytest.raises(duckdb.Error):
        sandbox._connection.execute("SET threads = 4")


class FailingConnection:
    """Stands in for the DuckDB connection: its cursor raises `error` after `seconds`."""

    def __init__(self, error: Exception, seconds: float = 0.0):
        self.error, self.seconds = error, seconds

    def cursor(self):
        return self

    def execute(self, _query):
        import time

        time.sleep(self.seconds)
        raise self.error

    def interrupt(self):
        pass

    def close(self):
        pass


def test_running_out_of_memory_is_refused_with_advice(sandbox):
    real = sandbox._connection
    sandbox._connection = FailingConnection(duckdb.OutOfMemoryException("out of memory"))
    try:
        with pytest.raises(
            QueryRefused,
            match="^the query needs more memory than this page allows: "
            "select less, or aggregate first$",
        ):
            sandbox.run("SELECT 1")
    finally:
        sandbox._connection = real


def test_an_error_raised_after_the_time_limit_is_a_time_refusal(store):
    engine = SqlSandbox(store, time_limit=0.05)
    real = engine._connection
    engine._connection = FailingConnection(duckdb.Error("connection lost"), seconds=0.1)
    try:
        with pytest.raises(
            QueryRefused, match=r"^the query ran longer than 0\.05 s and was stopped$"
        ):
            engine.run("SELECT 1")
        engine._connection = FailingConnection(duckdb.Error("connection lost"))
        with pytest.raises(QueryFailed, match="^connection lost$"):
            engine.run("SELECT 1")
    finally:
        engine._connection = real
        engine.close()


def test_closing_after_the_folder_went_is_harmless(store):
    import shutil

    engine = SqlSandbox(store)
    shutil.rmtree(engine._folder)
    engine.close()


def test_a_caller_folder_is_kept_and_an_own_folder_removed(store, tmp_path):
    kept = tmp_path / "kept" / "deeper"
    engine = SqlSandbox(store, folder=kept)
    assert (kept / "store.duckdb").exists()
    engine.close()
    assert kept.exists()
    own = SqlSandbox(store)
    folder = own._folder
    assert folder.name.startswith("chinalac-sql-") and (folder / "store.duckdb").exists()
    own.close()
    assert not folder.exists()


def test_a_stale_link_is_replaced_and_a_copy_made_where_links_fail(store, tmp_path, monkeypatch):
    (tmp_path / "store.duckdb").write_text("stale")
    engine = SqlSandbox(store, folder=tmp_path)
    assert engine.run("SELECT count(*) FROM countries").rows == [(2,)]
    engine.close()

    def no_links(*_):
        raise OSError("links not supported")

    monkeypatch.setattr(sql_sandbox.os, "link", no_links)
    copied = SqlSandbox(store, folder=tmp_path / "copy")
    assert copied.run("SELECT count(*) FROM countries").rows == [(2,)]
    copied.close()


@pytest.mark.parametrize(
    ("value", "size"),
    [(None, 4), ("abc", 7), (b"ab", 6), ([1, 2], 10), ((1,), 8), ({"a": 1}, 12), (5, 16)],
)
def test_cell_bytes(value, size):
    assert cell_bytes(value) == size


def test_duckdb_messages_are_cut_past_2000_characters():
    assert duckdb_message(ValueError("  short  ")) == "short"
    assert duckdb_message(ValueError("x" * 2000)) == "x" * 2000
    assert duckdb_message(ValueError("x" * 2001)) == "x" * 2000 + "…"


def test_first_line_of_an_error_or_its_type():
    assert first_line(ValueError("  one\ntwo")) == "one"
    assert first_line(ValueError("   ")) == "ValueError"
