"""Options and error handling shared by commands.

Every failure ends as one line on stderr (`error: …`) and a non-zero exit code: commands raise
`fail(...)` for errors they foresee, and `ChinalacGroup` turns anything else into one line too,
unless the global `--debug` option asks for the traceback. Nothing here imports pandas.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

import typer
from rich.markup import escape
from typer.core import TyperGroup

from chinalac.cli.output import error_console

DB_OPTION = typer.Option(
    None,
    "--db",
    help="Store file (default: $CHINALAC_DB or the user data directory).",
    envvar="CHINALAC_DB",
    show_envvar=False,
)


def one_line(message: str) -> str:
    """A message on one line: its lines joined with '; '."""
    return "; ".join(part.strip() for part in str(message).splitlines() if part.strip())


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `error: message` (on one line) to stderr; raise the returned Exit."""
    error_console.print(f"[red]error:[/red] {escape(one_line(message))}", soft_wrap=True)
    return typer.Exit(code)


def unknown(what: str, value: str, choices: Iterable[str], hint: str = "") -> typer.Exit:
    """`fail` for a value that is not one of `choices`, naming every valid one."""
    valid = sorted({str(c) for c in choices})
    listed = ", ".join(valid) if valid else "none yet"
    return fail(
        f"unknown {what} '{value}': choose one of {listed}" + (f" ({hint})" if hint else "")
    )


def describe(exc: BaseException) -> str:
    """One line for an error nobody foresaw: chinalac's own errors and OS errors speak for
    themselves; anything else names its type and points at --debug."""
    own = type(exc).__module__.startswith("chinalac")
    if own or isinstance(exc, OSError):
        return one_line(str(exc)) or type(exc).__name__
    return f"{type(exc).__name__}: {one_line(str(exc))} (run again with --debug for the traceback)"


# Click's exception classes, as this Typer has them (recent Typers vendor their own Click).
_CLICK = {c.__name__: c for c in typer.BadParameter.__mro__}
UsageError, ClickException = _CLICK["UsageError"], _CLICK["ClickException"]


class ChinalacGroup(TyperGroup):
    """The top-level command group: one-line errors, the traceback only with --debug."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else ctx.command_path
            raise fail(f"{exc.format_message()} (see `{where} --help`)", exc.exit_code) from None
        except ClickException as exc:
            raise fail(exc.format_message(), exc.exit_code) from None
        except Exception as exc:
            if ctx.params.get("debug"):
                raise
            raise fail(describe(exc)) from None


@contextlib.contextmanager
def opened(db: Path | None):
    """Open the store, turning the usual user errors into a one-line message and exit code 1."""
    from chinalac.api import Database, StoreMissingError
    from chinalac.reference.errors import UnknownCountryError

    try:
        database = Database(db)
    except StoreMissingError as exc:
        raise fail(str(exc)) from None
    try:
        yield database
    except UnknownCountryError as exc:  # names the states it might have meant
        raise fail(str(exc)) from None
    except KeyError as exc:  # e.g. a table this store does not have
        raise fail(str(exc.args[0] if exc.args else exc)) from None
    finally:
        database.close()
