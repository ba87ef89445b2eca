"""Start-up: `chinalac --help` and `chinalac countries` load no heavy library they do not use.

`python -X importtime` lists every module a process imports (on stderr); the heavy ones are
imported only inside the commands that need them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

HEAVY = ("pandas", "plotly", "fastapi", "numpy", "pyarrow", "scipy", "httpx", "uvicorn")


def imported_modules(*args: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k != "CHINALAC_DB"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "chinalac.cli.app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip(), "the command printed nothing"
    names = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", done.stderr, re.MULTILINE)
    assert "chinalac.cli.common" in names  # the importtime listing was read
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    "args",
    [["--help"], ["trade", "--help"], ["--version"]],
    ids=["--help", "trade --help", "--version"],
)
def test_help_imports_no_heavy_library(args):
    loaded = imported_modules(*args)
    assert not loaded & set(HEAVY), f"`chinalac {' '.join(args)}` imported {loaded & set(HEAVY)}"


def test_countries_imports_neither_plotly_nor_fastapi(built_db):
    # The tie statuses are decided by chinalac.domain.ties, on pandas: that one it needs.
    loaded = imported_modules("countries", "--json", "--db", str(built_db))
    assert not loaded & {"plotly", "fastapi", "uvicorn", "httpx", "scipy"}


def test_a_command_that_needs_pandas_still_gets_it(built_db):
    assert "pandas" in imported_modules("overview", "--json", "--db", str(built_db))
