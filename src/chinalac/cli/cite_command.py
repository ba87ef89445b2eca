"""`chinalac cite`: how to cite chinalac, and the sources of an output (chinalac.domain.citation)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import typer

from chinalac.cli.common import DB_OPTION, fail, opened
from chinalac.cli.output import console, error_console


def _records_of(path: str) -> list[dict]:
    """The rows of a chinalac output (--json, --csv or piped tab-separated text)."""
    text = sys.stdin.read() if path == "-" else _read(path)
    try:
        data = json.loads(text)
    except ValueError:  # CSV, or tab-separated blocks (one per section, `# title` first)
        rows: list[dict] = []
        for block in text.split("\n\n"):
            lines = [line for line in block.splitlines() if line and not line.startswith("# ")]
            dialect = "excel-tab" if lines and "\t" in lines[0] else "excel"
            rows += csv.DictReader(io.StringIO("\n".join(lines)), dialect=dialect)
        return rows
    rows = data if isinstance(data, list) else [r for v in data.values() for r in v]
    return [r for r in rows if isinstance(r, dict)]


def _read(path: str) -> str:
    file = Path(path)
    if not file.is_file():
        raise fail(f"--from {path}: no such file")
    return file.read_text(encoding="utf-8", errors="replace")


def cite(
    source: list[str] | None = typer.Option(
        None, "--source", help="A source id (repeat, or separate with commas)."
    ),
    from_output: str | None = typer.Option(
        None,
        "--from",
        help="A saved chinalac output (JSON, CSV or tab-separated; - reads stdin): cite every source it names.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    db: Path | None = DB_OPTION,
) -> None:
    """How to cite chinalac, and the sources behind an output: each source as stored, with
    its link, access date and licence.

    Example: chinalac trade --country Chile --json | chinalac cite --from -
    """
    from chinalac.domain.citation import cite_sources, source_ids_in, tool_citation

    wanted = [part.strip() for value in source or [] for part in value.split(",") if part.strip()]
    from_ids = source_ids_in(_records_of(from_output)) if from_output else []
    cited, missing = [], []
    if wanted or from_ids:
        with opened(db) as database:
            cited, missing = cite_sources(database, [*wanted, *from_ids])
            unknown_asked = [i for i in missing if i in wanted]
            if unknown_asked:
                raise fail(
                    f"unknown source id(s) {', '.join(unknown_asked)}: `chinalac sources` lists them"
                )
    if as_json:
        payload = {
            "tool": tool_citation(),
            "sources": [vars(c) for c in cited],
            "not_in_sources_table": missing,
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    console.print("To cite chinalac:", soft_wrap=True)
    console.print(f"  {tool_citation()}", soft_wrap=True, markup=False, highlight=False)
    if cited:
        console.print("\nSources:", soft_wrap=True)
    for citation in cited:
        licence = f" Licence: {citation.licence}." if citation.licence else ""
        console.print(
            f"  [{citation.source_id}] {citation.text}{licence}",
            soft_wrap=True,
            markup=False,
            highlight=False,
        )
    if missing:
        error_console.print(
            f"note: not in the sources table, cite as the output describes them: {', '.join(missing)}",
            soft_wrap=True,
            markup=False,
        )
