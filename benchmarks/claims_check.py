#!/usr/bin/env python3
"""Time of one article check through the entry point /api/check uses, per kind of input.

    python benchmarks/claims_check.py [--runs 3] [--db PATH] [--only NAME ...] [--json FILE]
    PYTHONPATH=<another commit's src> python benchmarks/claims_check.py   # the "before"

Each input is checked by `chinalac.web.tasks.check_text` — what the dashboard's check worker
runs for /api/check and /check: `claims.check` against the knowledge, then the JSON the web
process passes on — in this process, after one warm-up check of a short sentence (imports,
the knowledge's fact index and the lexicons are loaded once, as in the worker, whose time
limit counts the check only). Inputs:

* `runon`: the 200 KB run-on article of tests/hardening/test_attack_suite.py
  (`("Trade between China and Brazil reached US$5 billion in 2021 " * 4000)[:199_000]`);
* `numbers`: its 29 KB of bare numbers (`"1 2 3 4 5 6 7 8 9 " * 1600`), refused (more than
  5,000 numbers: /api/check answers 422) after it is read — the time is the time to refuse;
* `dev`: every dev-split text of tests/fixtures/claims/unseen/ (69 articles of ≈1–2 KB),
  checked one after the other — the time is the total; `article` is one of them
  (17-pt-sapo-cebc-investimentos-2023.md, 19 keyed claims).

It prints, per input, the median wall time (and min/max) and the median CPU time of the
process (steadier than the wall time on a shared machine) over `--runs` runs and the number of claims the
check returned (the same on both sides of a comparison, or the code changed behaviour).
Knowledge: the package's CSVs (what the tests use), or a built store with `--db`.

Measured 2026-12-04 (shared 2-core VM, load 4.4–6.4; median CPU seconds of 5 runs; details,
causes and what changed in benchmarks/README.md, "Article checks"):

    input     67afba7   main c10a75c   after
    runon      8.56 s      9.97 s      3.80 s
    numbers    1.26 s      1.53 s      0.63 s
    dev        2.57 s      2.97 s      3.08 s   (noise: ±10 % between runs)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "fixtures" / "claims" / "unseen"
ARTICLE = "17-pt-sapo-cebc-investimentos-2023.md"


def dev_texts() -> list[str]:
    """The dev-split articles (the test split is never read here)."""
    with (UNSEEN / "key.csv").open(encoding="utf-8") as handle:
        files = sorted({row["file"] for row in csv.DictReader(handle) if row["split"] == "dev"})
    return [(UNSEEN / name).read_text(encoding="utf-8") for name in files]


def inputs() -> dict[str, list[str]]:
    return {
        "runon": [
            ("Trade between China and Brazil reached US$5 billion in 2021 " * 4000)[:199_000]
        ],
        "numbers": ["1 2 3 4 5 6 7 8 9 " * 1600],
        "article": [(UNSEEN / ARTICLE).read_text(encoding="utf-8")],
        "dev": dev_texts(),
    }


def count(state: dict, text: str) -> int:
    """How many claims the check returned; 0 when refused (what /api/check answers with 422)."""
    from chinalac.claims.errors import ClaimsInputError
    from chinalac.web.tasks import check_text

    try:
        return len(json.loads(check_text(state, text, None)))
    except ClaimsInputError:
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="a built store (default: the package's knowledge CSVs)")
    parser.add_argument("--only", nargs="*", help="input names (runon numbers article dev)")
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    args = parser.parse_args()

    import chinalac
    from chinalac.claims.check import knowledge_for
    from chinalac.web.tasks import check_text

    # The worker's state with the knowledge already loaded (generation None = never reloaded).
    state = {"path": args.db, "generation": None, "knowledge": knowledge_for(args.db)}
    check_text(state, "Trade between China and Brazil reached US$5 billion in 2021.", None)

    print(f"chinalac from {Path(chinalac.__file__).parent}")
    print(f"cores {os.cpu_count()}, load average before {os.getloadavg()[0]:.2f}")
    numbers = {}
    for name, texts in inputs().items():
        if args.only and name not in args.only:
            continue
        times, cpu, claims = [], [], 0  # a refused input (422) counts 0 claims
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            claims = sum(count(state, text) for text in texts)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        numbers[name] = {
            "median": statistics.median(times),
            "cpu_median": statistics.median(cpu),
            "times": times,
            "cpu": cpu,
            "claims": claims,
        }
        print(
            f"{name:8} median {statistics.median(times):7.3f} s wall, "
            f"{statistics.median(cpu):7.3f} s CPU  (wall min {min(times):.3f}, "
            f"max {max(times):.3f}; {len(texts)} text(s), {claims} claims)",
            flush=True,
        )
    print(f"load average after {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
