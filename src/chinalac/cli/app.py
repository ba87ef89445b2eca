"""The `chinalac` command: the Typer application and its command registry."""

from __future__ import annotations

import typer

from chinalac.cli import (
    check_command,
    indicator_commands,
    store_commands,
    trade_commands,
    web_commands,
)

app = typer.Typer(
    name="chinalac",
    help="An open observatory of China–Latin America & Caribbean cooperation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

for command in store_commands.COMMANDS:
    app.command()(command)

# Trade and finance (cli/trade_commands.py): ingest, trade, finance, releases, quality.
app.add_typer(trade_commands.ingest_app, name="ingest")
app.add_typer(trade_commands.trade_app, name="trade")
app.add_typer(trade_commands.finance_app, name="finance")
for command in trade_commands.COMMANDS:
    app.command()(command)

# Indicators (cli/indicator_commands.py): list, dependency, rank.
app.add_typer(indicator_commands.indicators_app, name="indicators")

# Claims checker (cli/check_command.py).
app.command()(check_command.check)

app.add_typer(__import__("chinalac.cli.commitment_commands").cli.commitment_commands.commitments_app, name="commitments")  # fmt: skip

# The web dashboard (cli/web_commands.py): serve, site.
for command in web_commands.COMMANDS:
    app.command()(command)


def main() -> None:
    app()
