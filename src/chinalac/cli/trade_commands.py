"""Commands for trade and finance: ingest, trade, finance, releases, quality.

`ingest` fetches or reads a full public source into Parquet beside the store and rebuilds
the store so that its views see the new files. The listing commands read the store only.
Every output that shows a dataset's numbers also shows that dataset's caveats.
"""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from chinalac.cli.common import DB_OPTION, fail, opened, unknown
from chinalac.cli.output import console, error_console, listing
from chinalac.paths import ingested_dir, package_data_dir, resolve_db_path
from chinalac.sources.errors import IngestError
from chinalac.store.problems import BuildFailed

# pandas, chinalac.domain.figures, the source adapters (httpx, pyarrow) and the store builder
# load inside the commands that use them, so that `chinalac --help` starts fast.
if TYPE_CHECKING:
    import pandas as pd

    from chinalac.api import Database

ingest_app = typer.Typer(
    help="Fetch or read a full public source (BACI, UN Comtrade, WDI) into Parquet beside the store."
    "\n\nExample: chinalac ingest baci ~/Downloads/BACI_HS17_V202501.zip",
    no_args_is_help=True,
)
trade_app = typer.Typer(
    help="China ↔ CELAC trade from every stored figure and source, side by side; the latest"
    " full-year total per state; mirror gaps."
    "\n\nExample: chinalac trade --country Chile --json",
)
finance_app = typer.Typer(
    help="Trackers of Chinese finance in LAC, and their totals side by side."
    "\n\nExample: chinalac finance compare --country Venezuela",
    no_args_is_help=True,
)


# -- shared helpers ----------------------------------------------------------------------
def parse_years(text: str) -> list[int]:
    """'2000-2024' → 2000…2024; '2019,2021' → [2019, 2021]."""
    years: list[int] = []
    try:
        for part in text.split(","):
            if "-" in part.strip():
                first, last = (int(x) for x in part.split("-", 1))
                if last < first:
                    raise ValueError
                years.extend(range(first, last + 1))
            elif part.strip():
                years.append(int(part))
    except ValueError:
        raise fail(f"'{text}' is not a year range (e.g. 2000-2024 or 2019,2021)") from None
    return sorted(set(years))


def refresh_store(db: Path | None) -> Path:
    """Rebuild the store from the same data folder as its last build, so its views see the
    newly ingested files. The ingested files themselves are already in place."""
    from chinalac.api import Database
    from chinalac.store.build import build_store

    target = resolve_db_path(db)
    data = package_data_dir()
    if target.exists():
        try:
            with Database(target) as database:
                if database.has_table("build_info"):
                    previous = Path(database.sql("SELECT data_dir FROM build_info")["data_dir"][0])
                    data = previous if previous.is_dir() else data
        except Exception:  # an unreadable store is rebuilt from the package's data
            pass
    try:
        build_store(data, target)
    except BuildFailed as exc:
        for problem in exc.problems:
            error_console.print(str(problem), markup=False, highlight=False)
        raise fail(
            "the ingested files are in place, but the store could not be rebuilt: "
            "fix the problems above and run `chinalac build`"
        ) from None
    return target


def _store_for_countries(db: Path | None) -> Path:
    """The store (built first if missing): country names resolve through it."""
    target = resolve_db_path(db)
    return target if target.exists() else refresh_store(db)


def _progress():
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeRemainingColumn(),
        console=error_console,
        transient=True,
    )


RETRIES_OPTION = typer.Option(
    None,
    "--retries",
    min=0,
    max=100,
    help="Retry every failed request N times, with backoff (default: 5 for a busy server, "
    "none when no connection can be made: that fails at once with 'no network').",
)


def _policy(retries: int | None):
    from chinalac.sources.http import RetryPolicy

    return RetryPolicy.with_retries(retries)


def _ingest_failed(exc: Exception) -> typer.Exit:
    return fail(
        f"{exc}\nnothing was changed: earlier ingested files and the store are as they were"
    )


# -- ingest ------------------------------------------------------------------------------
@ingest_app.command("baci")
def ingest_baci(
    path: Path | None = typer.Argument(
        None, help="A BACI release as CEPII publishes it: the zip, or the folder it unpacks to."
    ),
    download: bool = typer.Option(False, "--download", help="Fetch the release from CEPII first."),
    release: str = typer.Option("V202501", "--release", help="Release to download, e.g. V202501."),
    hs: str | None = typer.Option(
        None,
        "--hs",
        help="Classification: HS92, HS17, HS22… (default: the one in PATH; HS17 for --download).",
    ),
    years: str | None = typer.Option(None, "--years", help="Only these years, e.g. 2020-2022."),
    retries: int | None = RETRIES_OPTION,
    db: Path | None = DB_OPTION,
) -> None:
    """Convert a CEPII BACI release to Parquet (one file per year) and refresh the store.

    Codes map to ISO3 through the release's own country list; v (thousand US$) becomes
    value_usd. Any bad line stops the ingest with file:line and changes nothing.

    Example: chinalac ingest baci ~/Downloads/BACI_HS17_V202501.zip
    """
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from chinalac.domain.indicator_panel import focus_importers
    from chinalac.sources import baci
    from chinalac.sources.http import FetchError, make_client
    from chinalac.sources.http import download as download_file

    target = resolve_db_path(db)
    folder = ingested_dir(target)
    if download:
        classification = (hs or "HS17").upper()
        url = baci.DOWNLOAD_URL.format(hs=classification, release=release)
        path = folder / "downloads" / url.rsplit("/", 1)[1]
        hs = classification
        try:
            with (
                make_client(timeout=120) as client,
                Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    DownloadColumn(),
                    TimeRemainingColumn(),
                    console=error_console,
                    transient=True,
                ) as bar,
            ):
                task = bar.add_task(f"downloading {url.rsplit('/', 1)[1]}", total=None)
                download_file(
                    client,
                    url,
                    path,
                    policy=_policy(retries),
                    on_bytes=lambda done, total: bar.update(task, completed=done, total=total),
                )
        except FetchError as exc:
            raise fail(str(exc)) from None
    if path is None:
        raise fail("give the release PATH, or --download")
    wanted = set(parse_years(years)) if years else None
    try:
        with _progress() as bar:
            task = bar.add_task("reading", total=None)

            def advance(name: str, done: int, total: int) -> None:
                bar.update(task, description=f"converting {name}", completed=done, total=total)

            result = baci.ingest_release(
                path,
                folder,
                classification=hs,
                years=wanted,
                progress=advance,
                focus_importers=focus_importers(target),
            )
    except IngestError as exc:
        raise _ingest_failed(exc) from None
    refresh_store(db)
    first, last = result.years[0].year, result.years[-1].year
    console.print(
        f"ingested BACI {result.classification} {result.release}: {len(result.years)} year(s) "
        f"{first}–{last}, {result.rows:,} rows → {folder / baci.SOURCE_DIR / result.release}"
    )
    store_indicator_panel(target, result.release, result.classification)


def store_indicator_panel(db_path: Path, release: str, classification: str) -> None:
    """Compute the release's indicator panel once, beside it (chinalac.domain.indicator_panel);
    a failure leaves the ingest in place, and the indicators are then computed on demand."""
    from chinalac.domain.indicator_panel import store_panel

    try:
        with _progress() as bar:
            bar.add_task("computing the indicator panel", total=None)
            path = store_panel(db_path, release, classification)
    except Exception as exc:  # IndicatorError and the like: the ingest itself succeeded
        error_console.print(
            f"[yellow]warning:[/yellow] indicator panel not stored ({exc}); "
            "indicators are computed on demand",
            soft_wrap=True,
        )
        return
    if path is not None:
        console.print(f"indicator panel → {path}", soft_wrap=True)


def _codes(database: Database, names: list[str]) -> dict[str, int]:
    """Country names (EN/ES/PT, ISO codes, or LAC for the 33 CELAC states) → ISO3 → M49 code."""
    countries = database.sql("SELECT iso3, iso_numeric, celac FROM countries")
    numeric = {r.iso3: int(r.iso_numeric) for r in countries.itertuples()}
    chosen: list[str] = []
    for name in names:
        if name.strip().upper() in {"LAC", "CELAC"}:
            chosen += sorted(countries.loc[countries["celac"].astype(bool), "iso3"])
        elif name.strip():
            chosen.append(database.resolve_country(name.strip()))
    return {iso3: numeric[iso3] for iso3 in dict.fromkeys(chosen)}


@ingest_app.command("comtrade")
def ingest_comtrade(
    reporter: str = typer.Option(
        "CHN", "--reporter", help="Reporting country(ies), comma-separated."
    ),
    partners: str = typer.Option(
        "LAC", "--partners", help="Partners, comma-separated; LAC = the 33 CELAC states."
    ),
    years: str = typer.Option("2000-2024", "--years", help="Years, e.g. 2000-2024."),
    level: str = typer.Option("total", "--level", help="total, hs2 or hs6."),
    release: str | None = typer.Option(
        None, "--release", help="Release name (default: today's date)."
    ),
    retries: int | None = RETRIES_OPTION,
    db: Path | None = DB_OPTION,
) -> None:
    """Query the UN Comtrade API (key from COMTRADE_API_KEY, else the keyless preview).

    Retries on HTTP 429/5xx and timeouts (--retries N also retries when no connection can be
    made); progress is saved per (reporter, year, partner chunk), so running the same command
    again after an interruption resumes it.

    Example: chinalac ingest comtrade --reporter CHN --partners LAC --years 2015-2023
    """
    from chinalac.sources import comtrade
    from chinalac.sources.http import FetchError

    if level not in comtrade.LEVELS:
        raise fail(f"--level must be one of {', '.join(comtrade.LEVELS)}")
    target = _store_for_countries(db)
    with opened(target) as database:
        query = comtrade.ComtradeQuery(
            reporters=_codes(database, reporter.split(",")),
            partners=_codes(database, partners.split(",")),
            years=tuple(parse_years(years)),
            level=level,
        )
    folder = ingested_dir(target)
    try:
        with _progress() as bar:
            task = bar.add_task("asking Comtrade", total=None)
            entries = comtrade.ingest(
                query,
                folder,
                release=release,
                policy=_policy(retries),
                on_unit=lambda unit, done, total: bar.update(
                    task, description=unit, completed=done, total=total
                ),
            )
    except FetchError as exc:
        raise fail(f"{exc}\nprogress is saved: run the same command again to resume") from None
    except IngestError as exc:
        raise _ingest_failed(exc) from None
    refresh_store(db)
    rows = sum(e.rows for e in entries)
    release_name = entries[0].release if entries else "(no data returned)"
    console.print(
        f"ingested UN Comtrade {level} release {release_name}: {len(entries)} file(s), {rows:,} rows"
    )


@ingest_app.command("wdi")
def ingest_wdi(
    years: str = typer.Option("2000-2024", "--years", help="Years, e.g. 2000-2024."),
    retries: int | None = RETRIES_OPTION,
    db: Path | None = DB_OPTION,
) -> None:
    """Fetch GDP, population and merchandise trade for China and the 33 CELAC states (WDI API).

    Example: chinalac ingest wdi --years 2000-2024
    """
    from chinalac.sources import wdi
    from chinalac.sources.http import FetchError

    chosen = parse_years(years)
    target = _store_for_countries(db)
    with opened(target) as database:
        countries = list(
            database.sql("SELECT iso3 FROM countries WHERE celac OR iso3 = 'CHN'")["iso3"]
        )
    try:
        with _progress() as bar:
            task = bar.add_task("asking the World Bank", total=None)
            entries = wdi.ingest(
                countries,
                chosen[0],
                chosen[-1],
                ingested_dir(target),
                policy=_policy(retries),
                on_indicator=lambda code, done, total: bar.update(
                    task, description=code, completed=done, total=total
                ),
            )
    except (FetchError, IngestError) as exc:
        raise _ingest_failed(exc) from None
    refresh_store(db)
    release_name = entries[0].release if entries else "(no data returned)"
    console.print(
        f"ingested WDI release {release_name}: {sum(e.rows for e in entries):,} observations"
    )


# -- trade -------------------------------------------------------------------------------
def whole_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """Integer columns as nullable Int64, so that sections merged for --csv keep 2021, not 2021.0."""
    import pandas as pd

    for column in frame.columns:
        if pd.api.types.is_integer_dtype(frame[column]):
            frame[column] = frame[column].astype("Int64")
    return frame


def _partner(database: Database, country: str) -> str:
    if country.strip().upper() in {"LAC", "CELAC"}:
        return "LAC"  # the region's published totals
    iso3 = database.resolve_country(country)
    if iso3 == "CHN":
        raise fail("China is one side of every row: give a CELAC state, e.g. --country Chile")
    return iso3


def when_no_subcommand(listed):
    """Run a `listing` function as a Typer group callback, only when no subcommand follows,
    so that both `chinalac trade --country Chile` and `chinalac trade mirror …` work."""
    signature = inspect.signature(listed)

    @functools.wraps(listed)
    def callback(ctx: typer.Context, **kwargs):
        if ctx.invoked_subcommand is None:
            listed(**kwargs)

    context = inspect.Parameter(
        "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
    )
    callback.__signature__ = signature.replace(parameters=[context, *signature.parameters.values()])
    return callback


@listing
def trade(
    country: str | None = typer.Option(
        None,
        "--country",
        help="A CELAC state (EN/ES/PT name or ISO code), or LAC for the region; all if omitted.",
    ),
    source: str | None = typer.Option(
        None, "--source", help="Only this source id, e.g. CEPII-BACI."
    ),
    db: Path | None = DB_OPTION,
):
    """China's trade with a CELAC state, newest first: every stored figure on its own row
    (published figures with reporter, source URL and scope — total goods, manufactures only,
    partial year —; IMF DOTS, the gravity panel, BACI, UN Comtrade), with their caveats.

    Example: chinalac trade --country Chile --json
    """
    from chinalac.domain import figures

    with opened(db) as database:
        iso3 = _partner(database, country) if country else None
        report = figures.trade_report(database, iso3, source)
        if report["trade"].empty and (source or iso3):
            if source:  # name the sources that do have figures
                stored = figures.trade_report(database)["trade"]["source_id"].dropna()
                if source.lower() not in {s.lower() for s in stored}:
                    pages = stored[stored.str.startswith("web-")].nunique()
                    hint = "BACI, UN Comtrade and WDI join once ingested: `chinalac ingest …`"
                    if pages:  # published figures cite a web page each: count them, not list
                        hint = f"or one of {pages} web pages: `chinalac sources`; {hint}"
                    named = stored[~stored.str.startswith("web-")]
                    raise unknown("trade source", source, named, hint)
            raise fail(
                f"no China trade figure for {country}{f' in {source}' if source else ''}: "
                "`chinalac ingest baci` covers every state"
            )
        return {name: whole_numbers(frame) for name, frame in report.items()}


trade_app.callback(invoke_without_command=True)(when_no_subcommand(trade))


@trade_app.command("latest")
@listing
def trade_latest(db: Path | None = DB_OPTION):
    """One row per CELAC state: its latest full-year China trade total, with the reporter,
    year and source (other reporters' values for that year beside it; gaps stay empty).

    Example: chinalac trade latest --json
    """
    from chinalac.domain import figures

    with opened(db) as database:
        return whole_numbers(figures.latest_trade(database))


@trade_app.command("mirror")
@listing
def trade_mirror(
    country: str = typer.Option(
        ..., "--country", help="A CELAC state (EN/ES/PT name or ISO code)."
    ),
    db: Path | None = DB_OPTION,
):
    """The mirror gap by year: what China reports against what the partner reports for the
    same flow in the same source (CIF/FOB and other reasons in the caveats).

    Example: chinalac trade mirror --country Brasil
    """
    from chinalac.domain import figures

    with opened(db) as database:
        iso3 = _partner(database, country)
        report = figures.trade_mirror(database, iso3)
        if report["mirror"].empty:
            covered = database.sql("SELECT DISTINCT partner_name FROM trade_mirror")
            raise fail(
                f"no mirror gap for {country}: it needs China's and the partner's reports of "
                "one flow in one source; the loaded sources have them for "
                + (", ".join(sorted(covered["partner_name"])) or "no state")
                + " (`chinalac ingest comtrade --reporter CHN,<state>` adds more)"
            )
        return {name: whole_numbers(frame) for name, frame in report.items()}


# -- finance -----------------------------------------------------------------------------
@finance_app.command("compare")
@listing
def finance_compare(
    country: str | None = typer.Option(
        None, "--country", help="A CELAC state (EN/ES/PT name or ISO code); LAC if omitted."
    ),
    db: Path | None = DB_OPTION,
):
    """The trackers' totals side by side (AidData GCDF adjusted and unadjusted, AEI CGIT,
    BU/Inter-American Dialogue via CRS2022, RED ALC-China), each with what it counts.

    Example: chinalac finance compare --country Venezuela
    """
    from chinalac.domain import figures

    with opened(db) as database:
        iso3 = database.resolve_country(country) if country else None
        if iso3 == "CHN":
            raise fail("the trackers count China's finance to other countries: give a CELAC state")
        return figures.finance_comparison(database, iso3)


@finance_app.command("trackers")
@listing
def finance_trackers(db: Path | None = DB_OPTION):
    """What each tracker of Chinese finance in LAC counts: scope, instruments, threshold,
    currency basis, years, licence and source.

    Example: chinalac finance trackers --csv
    """
    with opened(db) as database:
        return database.sql("SELECT * FROM trackers ORDER BY tracker_id")


# -- releases and data quality -----------------------------------------------------------
@listing
def releases(
    files: bool = typer.Option(False, "--files", help="One row per file, with its sha256."),
    db: Path | None = DB_OPTION,
):
    """Every ingested release (BACI, UN Comtrade, WDI): years, files, rows, when and from where.

    Example: chinalac releases --files
    """
    import pandas as pd

    with opened(db) as database:
        if not database.has_table("ingest_log"):
            return pd.DataFrame(columns=["source", "release"])
        if files:
            return database.sql(
                'SELECT source, release, classification, "table", year, file, sha256, rows, ingested_at FROM ingest_log ORDER BY ALL'
            )
        return database.sql(
            """SELECT source, release, classification, "table", min(year) AS first_year,
                      max(year) AS last_year, count(*) AS files, sum(rows) AS rows,
                      max(ingested_at) AS ingested_at, any_value(origin) AS origin
               FROM ingest_log GROUP BY source, release, classification, "table"
               ORDER BY source, release, classification"""
        )


@listing
def quality(
    dataset: str | None = typer.Option(None, "--dataset", help="Only this dataset, e.g. imf_dots."),
    db: Path | None = DB_OPTION,
):
    """The data-quality report: every correction applied to a shipped file (with its reason),
    the checks run at build, and each dataset's caveats.

    Example: chinalac quality --dataset imf_dots
    """
    from chinalac.domain import figures

    with opened(db) as database:
        if dataset:
            known = database.sql(
                "SELECT dataset FROM caveats UNION SELECT dataset FROM quality_log"
            )
            if dataset not in set(known["dataset"]):
                raise unknown("dataset", dataset, known["dataset"])
        where, params = ("WHERE dataset = ?", [dataset]) if dataset else ("", [])
        log = database.sql(
            f"SELECT * FROM quality_log {where} ORDER BY dataset, file, line", params
        )
        fixed = log["status"].str.startswith("corrected")
        chosen = (
            [dataset] if dataset else list(database.sql("SELECT dataset FROM caveats")["dataset"])
        )
        report = {
            "corrections": whole_numbers(log[fixed].reset_index(drop=True)),
            "checks": whole_numbers(log[~fixed].reset_index(drop=True)),
            "caveats": figures.caveats_for(database, chosen),
        }
        if not dataset and database.has_table("corrections"):
            # Every line of corrections.csv, including fixes to the knowledge base's own files.
            report["corrections_file"] = whole_numbers(
                database.sql(
                    "SELECT line, file, key, field, old_value, new_value, action, reason, source_id FROM corrections ORDER BY line"
                )
            )
        return report


COMMANDS = [releases, quality]
