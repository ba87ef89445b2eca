"""The thin `check` command (registered by cli/app.py)."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from chinalac.cli.check_command import check
from tests.claims.conftest import FIXTURES

app = typer.Typer()
app.command()(check)


@app.callback()
def _group() -> None:
    """Keep `check` a subcommand, as in the real application."""


runner = CliRunner()


def test_check_a_file_prints_the_report():
    result = runner.invoke(app, ["check", str(FIXTURES / "heldout.md")])
    assert result.exit_code == 0, result.output
    assert "claims:" in result.output and "inconsistent" in result.output


def test_check_stdin_as_json():
    text = "O comércio entre a China e a América Latina atingiu 489 bilhões de dólares em 2023."
    result = runner.invoke(app, ["check", "-", "--json"], input=text)
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.output)
    assert record["verdict"] == "supported"
    assert (record["start"], record["end"]) == (text.index("489"), text.index(" em 2023"))


def test_missing_file_and_binary_input_are_errors(tmp_path):
    missing = runner.invoke(app, ["check", str(tmp_path / "nope.md")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02")
    refused = runner.invoke(app, ["check", str(binary)])
    assert refused.exit_code == 1 and "binary" in refused.output


def test_help_has_an_example():
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0 and "Example: chinalac check" in result.output
