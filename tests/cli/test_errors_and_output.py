"""Every failure is one line on stderr with a non-zero exit; tables fit the terminal; piped
listings are tab-separated. Each case of issue 9's "Why" has a test here."""

from __future__ import annotations

import socket

import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.cli.output import MIN_COLUMN_WIDTH, fit_widths

runner = CliRunner()


def one_line_error(result, code: int = 1) -> str:
    """The exit code is `code`, stderr is a single `error: …` line, and no traceback anywhere."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_export_to_an_existing_file_is_one_line(built_db, tmp_path):
    existing = tmp_path / "file.csv"
    existing.write_text("x\n")
    result = runner.invoke(app, ["export", "--out", str(existing), "--db", str(built_db)])
    assert "is a file, not a folder" in one_line_error(result)
    assert existing.read_text() == "x\n"


def test_serve_on_a_busy_port_fails_before_announcing(built_db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--port", str(port), "--db", str(built_db)])
    message = one_line_error(result)
    assert f"127.0.0.1:{port}" in message and "--port" in message
    assert "dashboard on" not in result.stdout


def test_quality_of_an_unknown_dataset_names_the_datasets(built_db):
    result = runner.invoke(app, ["quality", "--dataset", "nope", "--db", str(built_db)])
    message = one_line_error(result)
    assert "unknown dataset 'nope'" in message and "imf_dots" in message


def test_trade_from_a_source_not_ingested_names_the_loaded_ones(built_db):
    result = runner.invoke(app, ["trade", "--source", "BACI", "--db", str(built_db)])
    message = one_line_error(result)
    assert "'BACI'" in message and "IMF-DOTS" in message and "ingest" in message


def test_trade_mirror_without_mirror_data_says_where_there_is_some(built_db):
    result = runner.invoke(app, ["trade", "mirror", "--country", "Chile", "--db", str(built_db)])
    message = one_line_error(result)
    assert "Chile" in message and "Brazil" in message


def test_trade_from_a_source_without_the_state_is_an_error(built_db):
    args = ["trade", "--country", "Belize", "--source", "IMF-DOTS", "--db", str(built_db)]
    message = one_line_error(runner.invoke(app, args))
    assert "no China trade figure for Belize in IMF-DOTS" in message


def test_depth_scores_for_a_year_after_the_data_name_the_years(built_db):
    result = runner.invoke(
        app, ["indicators", "rank", "--indicator", "depth", "--year", "2030", "--db", str(built_db)]
    )
    message = one_line_error(result)
    assert "2030" in message and "from 2000 to" in message


def test_unknown_country_without_close_match_points_at_the_list(built_db):
    result = runner.invoke(app, ["country", "Qqqqqqqq", "--db", str(built_db)])
    assert "unknown country 'Qqqqqqqq'" in one_line_error(result)


def test_usage_errors_are_one_line_with_exit_code_2():
    message = one_line_error(runner.invoke(app, ["countri"]), code=2)
    assert "countries" in message and "chinalac --help" in message
    message = one_line_error(runner.invoke(app, ["country", "Peru", "--nope"]), code=2)
    assert "--nope" in message


def test_unexpected_errors_are_one_line_unless_debug(built_db, monkeypatch):
    from chinalac.api import Database

    def broken(self):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(Database, "overview", broken)
    result = runner.invoke(app, ["overview", "--db", str(built_db)])
    message = one_line_error(result)
    assert "RuntimeError: boom; second line" in message and "--debug" in message
    debug = runner.invoke(app, ["--debug", "overview", "--db", str(built_db)])
    assert isinstance(debug.exception, RuntimeError)


def test_piped_listing_is_tab_separated_with_every_column(built_db):
    result = runner.invoke(app, ["countries", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = lines[0].split("\t")
    assert header[0] == "iso3" and "aiib_member" in header
    assert len(lines) == 34 and all(len(line.split("\t")) == len(header) for line in lines)
    assert "┃" not in result.stdout


def test_sections_piped_are_blocks_with_titles(built_db):
    result = runner.invoke(app, ["country", "Perú", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# country\niso3\t")
    assert "\n# ties\n" in result.stdout


def test_table_fits_80_columns_with_ellipsis_not_folds(built_db):
    result = runner.invoke(app, ["country", "Perú", "--table", "--db", str(built_db)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line[:1] in "┏┃┡│└"]
    assert lines and max(len(line) for line in lines) <= 80
    assert any("…" in line for line in lines)
    # One table line per tie: no cell folds onto a second line.
    ties = [line for line in lines if line.startswith("│ ") and "sourced" in line]
    assert len(ties) >= 10


@pytest.mark.parametrize("total", [40, 80, 120, 200])
def test_fit_widths_stays_within_the_width(total):
    natural = [4, 30, 60, 12, 100, 8, 25]
    widths = fit_widths(natural, total)
    shown = [w for w in widths if w]
    assert sum(shown) + 3 * len(shown) + 1 <= total
    assert all(w >= min(n, MIN_COLUMN_WIDTH) for w, n in zip(shown, natural, strict=False))
    assert widths[: len(shown)] == shown  # columns are left out from the right only
