"""Benchmark: chinalac's indicator panel against plain pandas, ecomplexity and a bare scan.

    python benchmarks/indicators.py --rows-per-year 10000000 --years 5 [--ecomplexity-years 1]

1. Generates a synthetic BACI release (benchmarks/synthetic_baci.py; reused when present)
   and converts it once to Parquet partitioned by year, with the store's columns (source,
   release, classification, exporter and importer as ISO3, product as HS6 string, value_usd,
   quantity_t; `year=YYYY/` folders) — what `chinalac ingest baci` produces.
2. Times each task in its own subprocess (so each has its own peak memory), one warm-up run
   then the median of `--runs` runs:
   * panel      chinalac.indicators.trade_panel: RCA for every country × product × year at
                HS6, HS4 and HS2, ECI/PCI every year, and TC, GL, TII, HHI, primary share,
                partner shares of China with each of the 33 CELAC states every year;
   * rca        chinalac's RCA alone (HS6, every country × product × year);
   * pandas_rca a straightforward pandas RCA (read the Parquet, groupby, transform), year by
                year so that it fits in memory;
   * eci        chinalac.economic_complexity on one year's exporter × product table;
   * ecomplexity the `ecomplexity` package on the same table (≈ 1 min a year: one run, no
                warm-up; `--ecomplexity-years` sets how many years);
   * scan       a bare DuckDB scan: sum of value_usd by year;
   * scan_columns, aggregate   context for the panel ratio: a scan of every column the panel
                reads, and the exporter × product aggregation alone (the floor of any RCA).
3. Prints rows/s, peak memory, every ratio against its target, and the ECI agreement
   between chinalac and ecomplexity (correlation after sign alignment).

Scratch files go to artifacts/bench/ (ignored by git). Nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic_baci  # noqa: E402

DEFAULT_WORK = HERE.parent / "artifacts" / "bench" / "indicators"
FIRST_YEAR = 2018
TARGETS = {
    "panel_vs_scan": ("panel within 4× the bare scan", lambda r: r <= 4.0),
    "rca_speedup": ("RCA ≥ 2.5× faster than pandas", lambda r: r >= 2.5),
    "eci_speedup": ("ECI/PCI ≥ 100× faster than ecomplexity", lambda r: r >= 100.0),
    "panel_memory": ("panel peak memory < 1.5 GB", lambda mb: mb < 1536),
    "eci_agreement": ("ECI correlation ≥ 0.999", lambda c: c >= 0.999),
}


# -- data -------------------------------------------------------------------------------------
def prepare(work: Path, rows_per_year: int, years: list[int], seed: int) -> Path:
    """Synthetic BACI CSVs and their Parquet conversion; both reused when already made."""
    tag = f"rows{rows_per_year}_years{years[0]}-{years[-1]}_seed{seed}"
    baci = work / f"baci_{tag}"
    parquet = work / f"parquet_{tag}"
    manifest = baci / "manifest.json"
    wanted = {"rows_per_year": rows_per_year, "years": years, "seed": seed}
    if not manifest.exists() or json.loads(manifest.read_text()) != wanted:
        started = time.perf_counter()
        synthetic_baci.write_release(baci, years, rows_per_year, seed)
        manifest.write_text(json.dumps(wanted))
        print(
            f"generated {rows_per_year * len(years):,} rows in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
    done = parquet / "done.json"
    if not done.exists() or json.loads(done.read_text()) != wanted:
        started = time.perf_counter()
        _to_parquet(baci, parquet, years)
        done.write_text(json.dumps(wanted))
        print(f"converted to Parquet in {time.perf_counter() - started:.0f} s", flush=True)
    return parquet


def _to_parquet(baci: Path, parquet: Path, years: list[int]) -> None:
    import duckdb

    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")
    codes = baci / f"country_codes_{synthetic_baci.RELEASE}.csv"
    for year in years:
        source = baci / f"BACI_{synthetic_baci.CLASSIFICATION}_Y{year}_{synthetic_baci.RELEASE}.csv"
        target = parquet / f"year={year}"
        target.mkdir(parents=True, exist_ok=True)
        con.execute(
            f"""
            COPY (
              SELECT 'baci' AS source, '{synthetic_baci.RELEASE}' AS release,
                     '{synthetic_baci.CLASSIFICATION}' AS classification,
                     e.country_iso3 AS exporter, m.country_iso3 AS importer,
                     lpad(CAST(b.k AS VARCHAR), 6, '0') AS product,
                     b.v * 1000 AS value_usd, TRY_CAST(b.q AS DOUBLE) AS quantity_t
              FROM read_csv('{source}', types = {{'q': 'VARCHAR'}}) b
              JOIN read_csv('{codes}') e ON e.country_code = b.i
              JOIN read_csv('{codes}') m ON m.country_code = b.j
              ORDER BY exporter, importer, product
            ) TO '{target / "data.parquet"}' (FORMAT parquet, COMPRESSION zstd)
            """
        )
    con.close()


# -- tasks (each runs in its own process) -----------------------------------------------------
def _connection(parquet: Path):
    import duckdb

    con = duckdb.connect()
    con.execute(
        f"CREATE VIEW trade_products AS SELECT * FROM read_parquet('{parquet}/*/*.parquet', hive_partitioning = true)"
    )
    return con


def task_scan(parquet: Path, years: list[int], _options) -> dict:
    con = _connection(parquet)
    rows = con.execute("SELECT year, sum(value_usd) FROM trade_products GROUP BY year").fetchall()
    return {"years": len(rows)}


def task_scan_columns(parquet: Path, years: list[int], _options) -> dict:
    """Context: a scan that reads every column the panel reads (no grouping beyond year)."""
    con = _connection(parquet)
    rows = con.execute(
        "SELECT year, sum(value_usd), max(exporter), max(importer), max(product) FROM trade_products GROUP BY year"
    ).fetchall()
    return {"years": len(rows)}


def task_aggregate(parquet: Path, years: list[int], _options) -> dict:
    """Context: the floor of any RCA — exports summed to exporter × product × year, nothing else."""
    con = _connection(parquet)
    table = con.sql(
        "SELECT year, exporter, product, sum(value_usd) AS value_usd FROM trade_products GROUP BY ALL"
    ).to_arrow_table()
    return {"rows": table.num_rows}


def task_panel(parquet: Path, years: list[int], _options) -> dict:
    from chinalac.indicators import trade_panel

    con = _connection(parquet)
    result = trade_panel(
        con,
        years=years,
        partners=synthetic_baci.CELAC_ISO3,
        rca_digits=(6, 4, 2),
        complexity=True,
        source="baci:synthetic",
    )
    return {
        "rca_rows": {str(d): t.num_rows for d, t in result.rca.items()},
        "eci_rows": len(result.complexity.countries),
        "pci_rows": len(result.complexity.products),
        "bilateral_rows": len(result.bilateral),
        "bilateral_nan_share": float(
            result.bilateral.drop(columns=["year", "country", "source"]).isna().mean().mean()
        ),
    }


def task_rca(parquet: Path, years: list[int], _options) -> dict:
    from chinalac.indicators.balassa import rca_from_table

    con = _connection(parquet)
    table = rca_from_table(con, "trade_products", years=years, product_digits=6)
    return {"rows": table.num_rows}


def task_pandas_rca(parquet: Path, years: list[int], _options) -> dict:
    import pandas as pd

    rows = 0
    for year in years:
        frame = pd.read_parquet(
            parquet / f"year={year}", columns=["exporter", "product", "value_usd"]
        )
        flows = frame.groupby(["exporter", "product"], as_index=False)["value_usd"].sum()
        country_total = flows.groupby("exporter")["value_usd"].transform("sum")
        product_total = flows.groupby("product")["value_usd"].transform("sum")
        flows["rca"] = (flows["value_usd"] / country_total) / (
            product_total / flows["value_usd"].sum()
        )
        rows += len(flows)
        del frame, flows
    return {"rows": rows}


def _one_year_table(parquet: Path, year: int):
    con = _connection(parquet)
    return con.execute(
        "SELECT exporter, product, sum(value_usd) AS value_usd FROM trade_products WHERE year = ? GROUP BY ALL",
        [year],
    ).df()


def task_eci(parquet: Path, years: list[int], options) -> dict:
    from chinalac.indicators import economic_complexity

    total = 0.0
    frames = {
        year: _one_year_table(parquet, year) for year in years
    }  # input preparation: not timed
    for year, frame in frames.items():
        started = time.perf_counter()
        result = economic_complexity(frame)
        total += time.perf_counter() - started
        if options.get("save"):
            result.countries.assign(year=year).to_csv(
                Path(options["save"]) / f"eci_chinalac_{year}.csv", index=False
            )
    return {"timed_seconds": total}


def task_ecomplexity(parquet: Path, years: list[int], options) -> dict:
    import warnings

    from ecomplexity import ecomplexity

    total = 0.0
    frames = {year: _one_year_table(parquet, year).assign(year=year) for year in years}
    for year, frame in frames.items():
        started = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = ecomplexity(
                frame,
                {"time": "year", "loc": "exporter", "prod": "product", "val": "value_usd"},
                check_logsupermodularity=False,
                verbose=False,
            )
        total += time.perf_counter() - started
        if options.get("save"):
            eci = (
                result.groupby("exporter")["eci"]
                .first()
                .reset_index()
                .rename(columns={"exporter": "country"})
            )
            eci.to_csv(Path(options["save"]) / f"eci_ecomplexity_{year}.csv", index=False)
    return {"timed_seconds": total}


TASKS = {
    "scan": task_scan,
    "scan_columns": task_scan_columns,
    "aggregate": task_aggregate,
    "panel": task_panel,
    "rca": task_rca,
    "pandas_rca": task_pandas_rca,
    "eci": task_eci,
    "ecomplexity": task_ecomplexity,
}


def run_task_here(
    name: str, parquet: Path, years: list[int], runs: int, warmup: bool, options: dict
) -> dict:
    """Inside the subprocess: warm-up, `runs` timed runs, peak memory of this process."""
    function = TASKS[name]
    if warmup:
        function(parquet, years, options)
    times, details = [], {}
    for _ in range(runs):
        started = time.perf_counter()
        details = function(parquet, years, options)
        elapsed = time.perf_counter() - started
        # eci/ecomplexity time only the computation, not the input preparation
        times.append(details.pop("timed_seconds", elapsed))
    return {
        "task": name,
        "times": times,
        "median": statistics.median(times),
        "peak_mb": peak_memory_mb(),
        **details,
    }


def peak_memory_mb() -> float:
    """Peak resident memory of this process: VmHWM, which starts afresh at exec (ru_maxrss
    would report the parent's peak, which Linux carries across fork + exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_task(
    name: str, parquet: Path, years: list[int], runs: int, warmup: bool, options: dict
) -> dict:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--task",
        name,
        "--parquet",
        str(parquet),
        "--task-years",
        ",".join(map(str, years)),
        "--runs",
        str(runs),
        "--task-options",
        json.dumps(options),
    ]
    if not warmup:
        command.append("--no-warmup")
    started = time.perf_counter()
    completed = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"}
    )
    if completed.returncode != 0:
        raise SystemExit(f"task {name} failed:\n{completed.stderr}")
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    print(f"  {name:<12} median {result['median']:8.3f} s   peak {result['peak_mb']:7.0f} MB   "
          f"(wall {time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
    return result


def eci_agreement(folder: Path, years: list[int]) -> float:
    """Lowest correlation over the years between chinalac's and ecomplexity's ECI, sign-aligned."""
    import numpy as np
    import pandas as pd

    correlations = []
    for year in years:
        ours = pd.read_csv(folder / f"eci_chinalac_{year}.csv")
        theirs = pd.read_csv(folder / f"eci_ecomplexity_{year}.csv")
        both = ours.merge(theirs, on="country", suffixes=("_chinalac", "_ecomplexity")).dropna()
        correlation = np.corrcoef(both["eci_chinalac"], both["eci_ecomplexity"])[0, 1]
        correlations.append(abs(correlation))
    return min(correlations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows-per-year", type=int, default=10_000_000)
    parser.add_argument("--years", type=int, default=5, help="number of years, from 2018")
    parser.add_argument("--ecomplexity-years", type=int, default=1)
    parser.add_argument(
        "--runs", type=int, default=3, help="timed runs per task (after one warm-up)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument(
        "--skip", default="", help="comma-separated tasks to skip, e.g. ecomplexity"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    # Internal: run one task in this process.
    parser.add_argument("--task", choices=sorted(TASKS), help=argparse.SUPPRESS)
    parser.add_argument("--parquet", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--task-years", help=argparse.SUPPRESS)
    parser.add_argument("--task-options", default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--no-warmup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.task:
        years = [int(y) for y in args.task_years.split(",")]
        result = run_task_here(
            args.task,
            args.parquet,
            years,
            args.runs,
            not args.no_warmup,
            json.loads(args.task_options),
        )
        print(json.dumps(result))
        return 0

    years = list(range(FIRST_YEAR, FIRST_YEAR + args.years))
    total_rows = args.rows_per_year * len(years)
    args.work.mkdir(parents=True, exist_ok=True)
    parquet = prepare(args.work, args.rows_per_year, years, args.seed)
    skip = {s for s in args.skip.split(",") if s}
    eci_years = years[: args.ecomplexity_years]
    eci_folder = args.work / "eci"
    eci_folder.mkdir(exist_ok=True)
    print(
        f"benchmark: {total_rows:,} rows ({len(years)} years × {args.rows_per_year:,}), {os.cpu_count()} cores"
    )
    results: dict[str, dict] = {}
    plan = [
        ("scan", years, args.runs, True, {}),
        ("scan_columns", years, args.runs, True, {}),
        ("aggregate", years, args.runs, True, {}),
        ("panel", years, args.runs, True, {}),
        ("rca", years, args.runs, True, {}),
        ("pandas_rca", years, args.runs, True, {}),
        ("eci", eci_years, args.runs, True, {"save": str(eci_folder)}),
        ("ecomplexity", eci_years, 1, False, {"save": str(eci_folder)}),
    ]
    for name, task_years, runs, warmup, options in plan:
        if name not in skip:
            results[name] = run_task(name, parquet, task_years, runs, warmup, options)

    print("\nresults")
    for name, result in results.items():
        rows = (
            total_rows
            if name not in ("eci", "ecomplexity")
            else args.rows_per_year * len(eci_years)
        )
        print(
            f"  {name:<12} {result['median']:8.3f} s  {rows / result['median']:>14,.0f} rows/s  peak {result['peak_mb']:7.0f} MB"
        )
    ratios: dict[str, float] = {}
    if {"panel", "scan"} <= results.keys():
        ratios["panel_vs_scan"] = results["panel"]["median"] / results["scan"]["median"]
    context = {}
    for floor in ("scan_columns", "aggregate"):
        if {"panel", floor} <= results.keys():
            context[f"panel / {floor}"] = results["panel"]["median"] / results[floor]["median"]
    if {"rca", "pandas_rca"} <= results.keys():
        ratios["rca_speedup"] = results["pandas_rca"]["median"] / results["rca"]["median"]
    if {"eci", "ecomplexity"} <= results.keys():
        ratios["eci_speedup"] = results["ecomplexity"]["median"] / results["eci"]["median"]
        ratios["eci_agreement"] = eci_agreement(eci_folder, eci_years)
    if "panel" in results:
        ratios["panel_memory"] = results["panel"]["peak_mb"]
    print("\ntargets")
    for key, value in ratios.items():
        label, check = TARGETS[key]
        print(f"  {'PASS' if check(value) else 'MISS'}  {label:<42} {value:10.4g}")
    for label, value in context.items():
        print(f"  ----  {label:<42} {value:10.4g}")
    if args.json:
        args.json.write_text(
            json.dumps({"rows": total_rows, "results": results, "ratios": ratios}, indent=2)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
