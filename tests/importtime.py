"""Run one chinalac command under `python -X importtime` and read which modules it loaded."""

from __future__ import annotations

import os
import re
import subprocess
import sys

LISTING = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", re.MULTILINE)


def run_importtime(*args: str) -> tuple[set[str], str]:
    """The full names of the modules `chinalac ARGS` imported, and what it printed.

    CHINALAC_DB is left out of the environment so the command uses only what ARGS name."""
    env = {k: v for k, v in os.environ.items() if k != "CHINALAC_DB"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "chinalac.cli.app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = set(LISTING.findall(done.stderr))
    assert "chinalac.cli.common" in names  # the importtime listing was read
    return names, done.stdout
