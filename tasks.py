#!/usr/bin/env python3
"""The project's one task runner (stdlib only, so it works on a machine with just Python 3.11).

python3 tasks.py run     set up .venv, build the store, serve the dashboard
python3 tasks.py test    set up .venv (+ test tools, Chromium), lint, run the whole test suite
python3 tasks.py lint    ruff check + ruff format --check
python3 tasks.py bench   the benchmarks in benchmarks/ (slow; see benchmarks/README.md)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
CHROMIUM = Path("/usr/bin/chromium")


def sh(*args: str | Path, **kwargs) -> None:
    print("+", " ".join(map(str, args)), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kwargs)


def venv(extras: str = "") -> None:
    if not PY.exists():
        sh(sys.executable, "-m", "venv", VENV)
        sh(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    sh(PY, "-m", "pip", "install", "-q", "-e", f".{extras}" if extras else ".", cwd=ROOT)


def chromium() -> None:
    """The browser tests drive Debian's Chromium; never a browser download."""
    if CHROMIUM.exists():
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        sh("apt-get", "update", "-qq")
        sh("apt-get", "install", "-y", "-qq", "chromium")
    else:
        sys.exit(
            "Chromium is missing: install Debian's `chromium` package (as root: apt-get install chromium)"
        )


def run() -> None:
    venv()
    sh(BIN / "chinalac", "build")
    sh(BIN / "chinalac", "serve", "--host", "127.0.0.1", "--port", "8000")


def lint() -> None:
    sh(BIN / "ruff", "check", ".", cwd=ROOT)
    sh(BIN / "ruff", "format", "--check", ".", cwd=ROOT)


def test() -> None:
    venv("[test]")
    chromium()
    lint()
    sh(PY, "-m", "pytest", *sys.argv[2:], cwd=ROOT)


def bench() -> None:
    venv("[test,bench]")
    sh(PY, ROOT / "benchmarks" / "run_all.py", *sys.argv[2:], cwd=ROOT)


TASKS = {"run": run, "test": test, "lint": lint, "bench": bench}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        sys.exit(__doc__)
    try:
        TASKS[sys.argv[1]]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
