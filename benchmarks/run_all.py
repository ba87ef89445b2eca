#!/usr/bin/env python3
"""Run every benchmark in this folder with its documented default size (slow: minutes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    "ingest.py",
    "indicators.py",
    "stored_panel.py",
    "load_test.py",
    "page_weight.py",
    "claims_check.py",
]

if __name__ == "__main__":
    failed = 0
    for script in BENCHMARKS:
        print(f"\n=== {script}", flush=True)
        failed |= subprocess.run([sys.executable, str(HERE / script), *sys.argv[1:]]).returncode
    sys.exit(failed)
