#!/usr/bin/env python3
"""Benchmark: the indicator panel stored at ingest, and the dependency query that reads it.

    python benchmarks/stored_panel.py                          # 5 years × 10 M rows
    python benchmarks/stored_panel.py --rows-per-year 1000000  # a quick run

1. Generates a synthetic BACI release (benchmarks/synthetic_baci.py; reused when present),
   builds a store and ingests the release as `chinalac ingest baci` does
   (`baci.ingest_release`, then the store rebuild that creates the views).
2. Times, as the median of `--runs` runs after one warm-up:
   * aggregate  the single exporter × product × year aggregation pass over the release
                (`SELECT year, exporter, product, sum(value_usd) … GROUP BY ALL`): the floor
                of any RCA, and the yardstick of the panel build;
   * panel      `chinalac.domain.indicator_panel.store_panel`: every China–state indicator
                (TC, GL, TII, HHI, primary share, shares, ECI) for the 33 CELAC states and
                every year, written beside the release — what the ingest adds;
   * dependency `chinalac indicators dependency --country Chile --json` over every ingested
                year, as a fresh process, against three start-ups: `chinalac --version`,
                `chinalac --help` (the target's yardstick) and `chinalac indicators dependency
                --help` (the same command parsed, no query: Typer imports pydantic to coerce any
                command's options, ≈0.3 s under load, that no query can avoid).
3. Prints both targets: the panel build within 2× the aggregation pass, and the dependency
   query under 0.5 s beyond start-up. `--json FILE` keeps the numbers.

Fair comparison: both are timed on the same store and the same Parquet files (the release's,
read directly), warm, in `--runs` pairs run back to back after a warm-up of each; the target is
judged on the median of the per-pair ratios (a burst of load from other jobs hits both sides
of a pair). The aggregation pass is one query over every year (as parallel as DuckDB makes
it); the panel is everything the ingest adds for it, from the rows. The one thing the ingest's
conversion does for the panel — flagging the rows whose importer is China or a CELAC state
and sorting them first (sources.baci, `focus_importers`) — is timed too: `--ingest-runs`
pairs of conversions without and with it, so no cost hides there. The store is rebuilt (not
re-ingested) when it lacks what this version's build precomputes (figure_indicator_rows).

Measured on this shared 2-core VM, 5 years × 10 M rows. First under load average 12–15 from other
jobs (absolute times ≈10× a quiet machine's; ratios are what to read), runs paired back to back:

| | before (ddf8cd3) | after (aaf47a3) |
|---|---|---|
| aggregation pass | 21.4 s | 21.4 s |
| panel build | 82.0 s = 3.8× | 69.6 s = 3.3× (this script: 72.4 s = 3.4×) — target ≤ 2×: missed |
| `--version` / `--help` / `dependency --help` | | 0.64 / 0.97 / 1.28 s |
| dependency (all years) | 3.52 s = +2.55 s beyond `--help` | 1.62 s = +0.65 s beyond `--help`, +0.35 s beyond its own `--help` |

Then (2026-12-02, 16:24–16:38 UTC) on the same VM while no other job ran (load average 0.4–1.5),
this script at aaf47a3 and with the China–state indicators in SQL:

| | aaf47a3 | SQL indicators (final; an earlier commit of it: 2.59×) |
|---|---|---|
| aggregation pass | 3.83 s | 3.84 s |
| panel build | 17.48 s = 4.57× | 10.65 s = 2.77× — target ≤ 2×: missed |
| `--version` / `--help` / `dependency --help` | 0.34 / 0.48 / 0.71 s | 0.34 / 0.47 / 0.67 s |
| dependency (all years) | 0.79 s = +0.31 s beyond `--help` | 0.84 s = +0.37 s beyond `--help` — target < 0.5 s: met |

Then (2026-12-02, 20:27–21:10 UTC, load average 3.4–7, medians of 5 per-pair ratios), with the
release's files read directly and the focus rows flagged at ingest: before (f34a91a) 2.53× and
2.58×, after 2.09× and 1.98× — at the target's edge; the ingest conversion with the flag took
0.64–1.53× the time without it (median 1.2×, noisy). Then (2026-12-03, 23:45–00:32 UTC, load
average 2–7.5), with the focus pass summing China's part as a filtered sum and the flows into
China filtered from its rows: before (57bd758) 2.05× and 2.14×, after 1.81× and 1.95× — the
target met in both runs after, without the ≤ 1.7× margin (per-pair ratios 1.16–2.71×).

Details and what remains in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic_baci  # noqa: E402

DEFAULT_WORK = HERE.parent / "artifacts" / "bench" / "stored_panel"
FIRST_YEAR = 2018
PANEL_TARGET = 2.0  # × the aggregation pass
QUERY_TARGET = 0.5  # seconds beyond start-up


def median_time(function, runs: int, warm_up: bool = True) -> tuple[float, list[float]]:
    if warm_up:
        function()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def paired_times(first, second, runs: int) -> list[tuple[float, float]]:
    """`runs` pairs (time of `first`, time of `second`) run back to back after one warm-up of
    each: on a shared machine a burst of load hits both sides of a pair, so the median of the
    per-pair ratios is steadier than the ratio of the two medians."""
    first()
    second()
    pairs = []
    for _ in range(runs):
        times = []
        for function in (first, second):
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
        pairs.append((times[0], times[1]))
    return pairs


def prepare(work: Path, rows_per_year: int, years: list[int], seed: int) -> tuple[Path, str]:
    """The release's CSVs (reused) and a store with it ingested (rebuilt when the data changed)."""
    from chinalac.sources import baci
    from chinalac.store.build import build_store

    wanted = {"rows_per_year": rows_per_year, "years": years, "seed": seed}
    release = work / f"baci_rows{rows_per_year}_years{years[0]}-{years[-1]}_seed{seed}"
    manifest = release / "manifest.json"
    if not manifest.exists() or json.loads(manifest.read_text()) != wanted:
        started = time.perf_counter()
        synthetic_baci.write_release(release, years, rows_per_year, seed)
        manifest.write_text(json.dumps(wanted))
        print(
            f"generated {rows_per_year * len(years):,} rows in {time.perf_counter() - started:.0f} s"
        )
    # As `chinalac ingest baci`: the rows of China's and the CELAC states' imports flagged and
    # sorted first when this version of the code does it (a store of its own, so that code
    # without it, run with PYTHONPATH for a "before", keeps the files it wrote).
    focus = _focus_importers(release)
    store = work / ("store_flagged" if focus else "store")
    wanted = {**wanted, "focus_importers": focus}
    db = store / "chinalac.duckdb"
    done = store / "done.json"
    fresh = not done.exists() or json.loads(done.read_text()) != wanted
    if fresh:
        shutil.rmtree(store, ignore_errors=True)
        store.mkdir(parents=True)
        build_store(db_path=db)
        started = time.perf_counter()
        result = _ingest(baci, release, store / "chinalac.ingested", focus)
        build_store(db_path=db)  # the views over the new files, as `chinalac ingest` does
        print(f"ingested {result.rows:,} rows in {time.perf_counter() - started:.0f} s")
        done.write_text(json.dumps(wanted))
    elif not _has_precomputed(db):  # a store built by an older version: rebuild its tables
        build_store(db_path=db)
    return db, "V202501"


def _focus_importers(release: Path) -> list[str]:
    """What `chinalac ingest baci` passes as focus importers, or [] for code that has none."""
    import inspect

    from chinalac.sources import baci

    if "focus_importers" not in inspect.signature(baci.ingest_release).parameters:
        return []
    from chinalac.domain.indicator_panel import focus_importers

    return focus_importers(release / "no-store.duckdb")  # no store: the knowledge file's list


def _ingest(baci, release: Path, ingested: Path, focus: list[str]):
    if focus:
        return baci.ingest_release(release, ingested, focus_importers=focus)
    return baci.ingest_release(release, ingested)


def ingest_pairs(release: Path, work: Path, runs: int) -> list[tuple[float, float]] | None:
    """`runs` pairs (conversion without the focus flag, with it) back to back: what the flag
    and sort add to `chinalac ingest baci`'s conversion. None for code without the flag."""
    from chinalac.sources import baci

    focus = _focus_importers(release)
    if not focus or runs <= 0:
        return None
    scratch = work / "ingest_scratch"
    pairs = []
    for _ in range(runs):
        times = []
        for chosen in ([], focus):
            shutil.rmtree(scratch, ignore_errors=True)
            started = time.perf_counter()
            _ingest(baci, release, scratch, chosen)
            times.append(time.perf_counter() - started)
        pairs.append((times[0], times[1]))
    shutil.rmtree(scratch, ignore_errors=True)
    return pairs


def _has_precomputed(db: Path) -> bool:
    import duckdb

    from chinalac.domain.figure_indicators import TABLE

    with duckdb.connect(str(db), read_only=True) as con:
        query = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
        return bool(con.execute(query, [TABLE]).fetchone()[0])


def aggregate_pass(db: Path) -> int:
    """The yardstick: one exporter × product × year aggregation over the release's own Parquet
    files — the files the panel reads (`indicator_panel._release_rows`), so that neither side
    pays for the store-wide view and the other not."""
    import chinalac

    with chinalac.open(db) as database:
        # The store holds this one release: its files are every trade_products file logged.
        paths = [
            path
            for (path,) in database.con.execute(
                """SELECT path FROM ingest_log WHERE "table" = 'trade_products' ORDER BY path"""
            ).fetchall()
        ]
        rows = (
            "read_parquet([" + ", ".join(f"'{p}'" for p in paths) + "], hive_partitioning = false)"
        )
        table = database.con.sql(
            f"SELECT year, exporter, product, sum(value_usd) AS value_usd FROM {rows} GROUP BY ALL"
        ).to_arrow_table()
    return table.num_rows


def _load(load: tuple[float, float, float]) -> str:
    return " ".join(f"{x:.1f}" for x in load)


def cli_seconds(args: list[str], runs: int, db: Path) -> float:
    command = [sys.executable, "-m", "chinalac.cli.app", *args]
    env = {**os.environ, "CHINALAC_DB": str(db)}

    def once():
        subprocess.run(command, env=env, check=True, capture_output=True)

    return median_time(once, runs)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows-per-year", type=int, default=10_000_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5, help="(aggregation, panel) pairs")
    parser.add_argument("--query-runs", type=int, default=7)
    parser.add_argument(
        "--ingest-runs",
        type=int,
        default=1,
        help="(conversion without, with the focus flag) pairs; 0 skips them",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--json", type=Path, help="Write the numbers to this file.")
    args = parser.parse_args(argv)
    years = list(range(FIRST_YEAR, FIRST_YEAR + args.years))
    args.work.mkdir(parents=True, exist_ok=True)
    db, release = prepare(args.work, args.rows_per_year, years, args.seed)
    release_dir = (
        args.work / f"baci_rows{args.rows_per_year}_years{years[0]}-{years[-1]}_seed{args.seed}"
    )

    from chinalac.domain.indicator_panel import store_panel

    load_before = os.getloadavg()
    pairs = paired_times(
        lambda: aggregate_pass(db), lambda: store_panel(db, release, "HS17"), args.runs
    )
    load_after = os.getloadavg()
    aggregate_runs = [a for a, _ in pairs]
    panel_runs = [p for _, p in pairs]
    aggregate = statistics.median(aggregate_runs)
    panel = statistics.median(panel_runs)
    pair_ratio = statistics.median(p / a for a, p in pairs)
    query = cli_seconds(
        ["indicators", "dependency", "--country", "Chile", "--json"], args.query_runs, db
    )
    startup = cli_seconds(["--help"], args.query_runs, db)
    version = cli_seconds(["--version"], args.query_runs, db)
    parsed = cli_seconds(["indicators", "dependency", "--help"], args.query_runs, db)
    conversions = ingest_pairs(release_dir, args.work, args.ingest_runs)
    rows = args.rows_per_year * len(years)
    numbers = {
        "rows": rows,
        "years": years,
        "aggregate_s": aggregate,
        "aggregate_runs": aggregate_runs,
        "panel_s": panel,
        "panel_runs": panel_runs,
        "panel_vs_aggregate": panel / aggregate,
        "panel_vs_aggregate_pairs": [p / a for a, p in pairs],
        "panel_vs_aggregate_pair_median": pair_ratio,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "dependency_s": query,
        "startup_s": startup,
        "dependency_beyond_startup_s": query - startup,
        "version_s": version,
        "dependency_help_s": parsed,
        "dependency_beyond_version_s": query - version,
        "dependency_beyond_dependency_help_s": query - parsed,
        "ingest_pairs_s": conversions,
    }
    print(
        f"\n{rows:,} rows ({len(years)} years), {args.runs} pairs (aggregation pass, panel) run "
        "back to back after a warm-up of each; medians"
    )
    print(f"  load average before / after           {_load(load_before)} / {_load(load_after)}")
    print(f"  exporter × product aggregation pass   {aggregate:7.2f} s")
    print(
        f"  indicator panel (store_panel)         {panel:7.2f} s   {panel / aggregate:.2f}× the pass"
    )
    print(
        f"  median of the per-pair ratios         {pair_ratio:7.2f}×  "
        f"({', '.join(f'{p / a:.2f}' for a, p in pairs)})"
    )
    print(f"  `chinalac --version`                  {version:7.3f} s")
    print(f"  `chinalac --help` (start-up)          {startup:7.3f} s")
    print(f"  `indicators dependency --help`        {parsed:7.3f} s")
    print(
        f"  `indicators dependency` (all years)   {query:7.3f} s   {query - startup:+.3f} s beyond "
        f"`--help`, {query - version:+.3f} s beyond `--version`, {query - parsed:+.3f} s beyond "
        "its own `--help`"
    )
    if conversions:
        plain = statistics.median(a for a, _ in conversions)
        flagged = statistics.median(b for _, b in conversions)
        print(
            f"  ingest conversion, all years          {plain:7.2f} s without the focus flag, "
            f"{flagged:.2f} s with it ({statistics.median(b / a for a, b in conversions):.2f}×, "
            f"{len(conversions)} pair(s))"
        )
    met_panel = pair_ratio <= PANEL_TARGET
    met_query = query - startup < QUERY_TARGET
    print(
        f"\n  panel within {PANEL_TARGET:g}× the aggregation pass (median pair ratio): "
        f"{'met' if met_panel else 'MISSED'}"
    )
    print(f"  dependency < {QUERY_TARGET:g} s beyond start-up: {'met' if met_query else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2))
    return 0 if met_panel and met_query else 1


if __name__ == "__main__":
    sys.exit(main())
