"""The CLI through Typer's runner, on the real store: the foundation's acceptance items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from chinalac.cli.app import app

runner = CliRunner()
README = Path(__file__).parents[2] / "README.md"


def run_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def all_commands(typer_app: typer.Typer, prefix: str = ""):
    for command in typer_app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        yield f"{prefix}{name}", command.callback
    for group in typer_app.registered_groups:
        yield from all_commands(group.typer_instance, f"{prefix}{group.name} ")


def test_every_command_has_help_with_an_example_and_is_documented():
    readme = README.read_text(encoding="utf-8")
    for name, callback in all_commands(app):
        assert callback.__doc__ and "Example:" in callback.__doc__, (
            f"{name} has no example in its help"
        )
        assert f"chinalac {name}" in readme, f"`chinalac {name}` is not in the README"


def test_country_peru_lists_chancay_bri_fta_partnership_with_resolvable_sources(built_db):
    profile = run_json("country", "Perú", "--db", str(built_db))
    tie_types = {t["tie_type"] for t in profile["ties"] if t["quality"] != "unsourced"}
    assert {"bri_mou", "fta", "partnership"} <= tie_types
    assert any("Chancay" in p["name"] for p in profile["projects"])

    sources = {s["source_id"] for s in run_json("sources", "--db", str(built_db))}
    cited = [t["source_id"] for t in profile["ties"] if t["quality"] != "unsourced"]
    cited += [p["source_id"] for p in profile["projects"]]
    assert cited and all(source in sources for source in cited)


def test_trade_total_shows_both_reporters_as_separate_rows(built_db):
    rows = run_json("facts", "--metric", "trade_total", "--db", str(built_db))
    by_value = {round(r["value"], 2): r for r in rows}
    assert "eclac" in by_value[489.0]["reporter"].lower()
    assert by_value[489.0]["period_start"].startswith("2023")
    assert "customs" in by_value[518.47]["reporter"].lower()
    assert by_value[518.47]["period_start"].startswith("2024")


def test_conflicts_list_confucius_counts_and_forum_founding_with_every_value(built_db):
    rows = run_json("conflicts", "--db", str(built_db))
    forum = {r["value"] for r in rows if r["subject"] == "forum_established_year"}
    assert {"2011.0", "2014.0"} <= forum
    confucius = [r for r in rows if r["subject"].startswith("confucius")]
    assert len({r["source_id"] for r in confucius}) >= 2


def test_unknown_country_fails_with_suggestions(built_db):
    result = runner.invoke(app, ["country", "Brasill", "--db", str(built_db)])
    assert result.exit_code == 1
    assert "did you mean" in result.output and "Brazil (BRA)" in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["overview", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "run `chinalac build` first" in result.output


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json"])
def test_export_writes_every_table(built_db, tmp_path, fmt):
    out = tmp_path / "export"
    result = runner.invoke(
        app, ["export", "--format", fmt, "--out", str(out), "--db", str(built_db)]
    )
    assert result.exit_code == 0, result.output
    assert (out / f"facts.{fmt}").stat().st_size > 0
    assert (out / f"sources.{fmt}").exists()


def test_listing_output_flags_are_exclusive(built_db):
    result = runner.invoke(app, ["sources", "--db", str(built_db), "--json", "--csv"])
    assert result.exit_code == 2


def test_csv_output_parses(built_db):
    result = runner.invoke(app, ["countries", "--db", str(built_db), "--csv"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("iso3,") and len(lines) == 34
