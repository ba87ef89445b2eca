"""Start-up: `chinalac --help` and `chinalac countries` load no heavy library they do not use.

`python -X importtime` lists every module a process imports (on stderr); the heavy ones are
imported only inside the commands that need them.
"""

from __future__ import annotations

import pytest

from tests.importtime import run_importtime

HEAVY = ("pandas", "plotly", "fastapi", "numpy", "pyarrow", "scipy", "httpx", "uvicorn")


def imported_modules(*args: str) -> set[str]:
    names, stdout = run_importtime(*args)
    assert stdout.strip(), "the command printed nothing"
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    "args",
    [["--help"], ["trade", "--help"], ["--version"]],
    ids=["--help", "trade --help", "--version"],
)
def test_help_imports_no_heavy_library(args):
    loaded = imported_modules(*args)
    assert not loaded & set(HEAVY), f"`chinalac {' '.join(args)}` imported {loaded & set(HEAVY)}"


@pytest.mark.parametrize("fmt", [[], ["--json"], ["--csv"]], ids=["tsv", "json", "csv"])
def test_countries_imports_no_heavy_library(fmt, built_db):
    loaded = imported_modules("countries", *fmt, "--db", str(built_db))
    assert not loaded & set(HEAVY), f"`chinalac countries` imported {loaded & set(HEAVY)}"


def test_a_command_that_needs_pandas_still_gets_it(built_db):
    assert "pandas" in imported_modules("overview", "--json", "--db", str(built_db))
