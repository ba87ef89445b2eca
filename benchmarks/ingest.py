#!/usr/bin/env python3
"""Benchmark: `chinalac ingest baci` against pandas.read_csv on one 10 M-row BACI year file.

Generates a synthetic release in CEPII's exact format (benchmarks/synthetic_baci.py), then
runs, each in its own subprocess so that each has its own peak memory:

* chinalac — `chinalac.sources.baci.ingest_release`: validation, ISO3 mapping, v×1000,
  Parquet (ZSTD) written under a temporary name and renamed, sha256, ingest log;
* pandas — `pandas.read_csv` of the same year file (parsing only, nothing written).

Prints rows/s and peak resident memory (ru_maxrss) side by side. Targets: chinalac at least
3× pandas' throughput, peak memory under 2 GB.

    python benchmarks/ingest.py                 # 10,000,000 rows (the documented size)
    python benchmarks/ingest.py --rows 1000000  # a quick run
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_ROWS = 10_000_000
YEAR = 2022
TARGET_SPEEDUP = 3.0
TARGET_PEAK_MB = 2048


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker(kind: str, release: Path, out: Path) -> dict:
    """Runs inside the subprocess: one contender, timed from just before the work starts.

    CPU seconds are reported beside wall time: on a shared machine the wall clock also
    measures the neighbours, CPU time mostly does not."""
    if kind == "chinalac":
        from chinalac.sources.baci import ingest_release

        cpu_before, started = cpu_seconds(), time.perf_counter()
        result = ingest_release(release, out)
        rows = result.rows
    else:
        import pandas as pd

        cpu_before, started = cpu_seconds(), time.perf_counter()
        frame = pd.read_csv(next(release.glob(f"BACI_*_Y{YEAR}_*.csv")))
        rows = len(frame)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    return {
        "kind": kind,
        "rows": rows,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mb": peak_mb(),
    }


def generate(release: Path, rows: int) -> float:
    sys.path.insert(0, str(HERE))
    from synthetic_baci import write_release  # benchmarks/synthetic_baci.py

    started = time.perf_counter()
    write_release(release, [YEAR], rows, seed=0)
    return time.perf_counter() - started


def run(kind: str, release: Path, out: Path) -> dict:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        kind,
        str(release),
        str(out),
    ]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{finished.stderr}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the generated files here")
    parser.add_argument(
        "--worker", nargs=3, metavar=("KIND", "RELEASE", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.worker:
        kind, release, out = args.worker
        print(json.dumps(worker(kind, Path(release), Path(out))))
        return 0

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="chinalac-bench-"))
    release = workdir / "release"
    try:
        if not list(release.glob(f"BACI_*_Y{YEAR}_*.csv")):
            print(f"generating {args.rows:,} rows in {release} …", flush=True)
            print(f"  generated in {generate(release, args.rows):.1f} s", flush=True)
        size_mb = next(release.glob(f"BACI_*_Y{YEAR}_*.csv")).stat().st_size / 2**20
        results = []
        for kind in ("chinalac", "pandas"):
            shutil.rmtree(workdir / "ingested", ignore_errors=True)
            results.append(run(kind, release, workdir / "ingested"))
        print(f"\nBACI year file: {args.rows:,} rows, {size_mb:,.0f} MiB of CSV")
        print(f"{'':10} {'seconds':>9} {'rows/s':>12} {'CPU s':>7} {'peak MB':>9}")
        for r in results:
            rate = r["rows"] / r["seconds"]
            print(
                f"{r['kind']:10} {r['seconds']:9.2f} {rate:12,.0f} {r['cpu_seconds']:7.2f} {r['peak_mb']:9,.0f}"
            )
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        ours, theirs = results
        speedup = (ours["rows"] / ours["seconds"]) / (theirs["rows"] / theirs["seconds"])
        ok = speedup >= TARGET_SPEEDUP and ours["peak_mb"] < TARGET_PEAK_MB
        print(
            f"\nchinalac ingest: {speedup:.1f}× pandas.read_csv's throughput "
            f"(target ≥ {TARGET_SPEEDUP:g}×), peak {ours['peak_mb']:,.0f} MB (target < {TARGET_PEAK_MB:,} MB): "
            f"{'met' if ok else 'NOT met'}"
        )
        return 0 if ok else 1
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
