"""The `chinalac` command: the Typer application and its command registry."""

from __future__ import annotations

import typer

from chinalac.cli import (
    check_command,
    cite_command,
    indicator_commands,
    store_commands,
    trade_commands,
    web_commands,
)
from chinalac.cli.common import ChinalacGroup

app = typer.Typer(
    name="chinalac",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    cls=ChinalacGroup,
)


def _print_version() -> None:
    from chinalac.domain.citation import version_line

    print(version_line())
    raise typer.Exit()


@app.callback()
def global_options(
    debug: bool = typer.Option(
        False, "--debug", help="On an unexpected error, print the traceback, not one line."
    ),
    version: bool = typer.Option(
        False,
        "--version",
        is_eager=True,
        callback=lambda shown: _print_version() if shown else None,
        help="Print the version and the shipped data's release date.",
    ),
) -> None:
    """An open observatory of China–Latin America & Caribbean cooperation.

    Listings print a table on a terminal and tab-separated text when piped (--json, --csv and --table choose). Errors are one line on stderr, with a non-zero exit code.
    """


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

# How to cite chinalac and the sources of an output (cli/cite_command.py).
app.command()(cite_command.cite)

# Commitments (cli/commitment_commands.py).
app.add_typer(__import__("chinalac.cli.commitment_commands").cli.commitment_commands.commitments_app, name="commitments")  # fmt: skip

# The web dashboard (cli/web_commands.py): serve, site.
for command in web_commands.COMMANDS:
    app.command()(command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
