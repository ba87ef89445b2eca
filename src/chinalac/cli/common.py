"""Options and error handling shared by commands."""

from __future__ import annotations

import contextlib
from pathlib import Path

import typer

from chinalac.api import Database, StoreMissingError
from chinalac.cli.output import error_console
from chinalac.reference.countries import UnknownCountryError

DB_OPTION = typer.Option(
    None,
    "--db",
    help="Store file (default: $CHINALAC_DB or the user data directory).",
    envvar="CHINALAC_DB",
    show_envvar=False,
)


def fail(message: str, code: int = 1) -> typer.Exit:
    error_console.print(f"[red]error:[/red] {message}")
    return typer.Exit(code)


@contextlib.contextmanager
def opened(db: Path | None):
    """Open the store, turning the usual user errors into a one-line message and exit code 1."""
    try:
        database = Database(db)
    except StoreMissingError as exc:
        raise fail(str(exc)) from None
    try:
        yield database
    except UnknownCountryError as exc:
        raise fail(str(exc)) from None
    except KeyError as exc:
        raise fail(str(exc.args[0] if exc.args else exc)) from None
    finally:
        database.close()
