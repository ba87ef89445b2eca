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

# pandas, the source adapters (httpx, pyarrow) and the store builder load inside the commands
# that use them, so that `chinalac --help` and the light commands start fast.
if TYPE_CHECKING:
    import pandas as pd

    from chinalac.api import Database

ingest_app = typer.Typer(
    help="Fetch or read a full public source (BACI, UN Comtrade, WDI) into Parquet beside the store."
    "\n\nExample: chinalac ingest baci ~/Downloads/BACI_HS17_V202501.zip",
    no_args_is_help=True,
)
trade_app = typer.Typer(
    help="China ↔ CELAC trade totals from every loaded source, side by side, and mirror gaps."
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
                path, folder, classification=hs, years=wanted, progress=advance
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


def caveats_for(database: Database, datasets: list[str]) -> pd.DataFrame:
    import pandas as pd

    if not datasets or not database.has_table("caveats"):
        return pd.DataFrame(
            columns=["dataset", "source_id", "measure", "unit", "coverage", "caveats"]
        )
    marks = ", ".join("?" for _ in datasets)
    return database.sql(
        f"SELECT dataset, source_id, measure, unit, coverage, caveats FROM caveats "
        f"WHERE dataset IN ({marks}) ORDER BY dataset",
        list(datasets),
    )


def _partner(database: Database, country: str) -> str:
    iso3 = database.resolve_country(country)
    if iso3 == "CHN":
        raise fail("China is one side of every row: give a CELAC state, e.g. --country Chile")
    return iso3


def trade_totals(
    database: Database, country: str | None = None, source: str | None = None
) -> dict[str, pd.DataFrame]:
    """China ↔ partner trade by year, one row per flow, reporter and source (never merged)."""
    clauses, params = [], []
    if country:
        clauses.append("partner = ?")
        params.append(_partner(database, country))
    if source:
        loaded = database.sql("SELECT DISTINCT source_id FROM trade_totals")["source_id"]
        if source.lower() not in {s.lower() for s in loaded}:
            hint = "BACI, UN Comtrade and WDI join once ingested: `chinalac ingest …`"
            raise unknown("trade source", source, loaded, hint)
        clauses.append("lower(source_id) = lower(?)")
        params.append(source)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = database.sql(
        f"""SELECT partner, partner_name, year, flow, reporter, source_id, release, measure,
                   value_usd, valuation, note, dataset
            FROM trade_totals {where}
            ORDER BY partner, source_id, release NULLS FIRST, measure, flow, reporter, year""",
        params,
    )
    if rows.empty and country:
        raise fail(
            f"no China trade with {_country_name(database, params[0])} in "
            f"{source or 'the loaded sources'}: `chinalac ingest baci` covers every state"
        )
    caveats = caveats_for(database, sorted(rows["dataset"].unique()))
    if country:  # one partner: its name is in the command, keep the table narrow
        rows = rows.drop(columns=["partner", "partner_name"])
    return {"trade": whole_numbers(rows.drop(columns=["dataset"])), "caveats": caveats}


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
        None, "--country", help="A CELAC state (EN/ES/PT name or ISO code); all if omitted."
    ),
    source: str | None = typer.Option(
        None, "--source", help="Only this source id, e.g. CEPII-BACI."
    ),
    db: Path | None = DB_OPTION,
):
    """China's trade with a CELAC state by year: every loaded source and reporter on its own
    row (IMF DOTS, the WTO/UNCTAD gravity panel, BACI, UN Comtrade), with their caveats.

    Example: chinalac trade --country Chile --json
    """
    with opened(db) as database:
        return trade_totals(database, country, source)


trade_app.callback(invoke_without_command=True)(when_no_subcommand(trade))


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
    import pandas as pd

    from chinalac.store.loaders.trade import MIRROR_CAVEAT

    with opened(db) as database:
        iso3 = _partner(database, country)
        rows = database.sql(
            """SELECT partner_name, year, flow, source_id, release, china_reported_usd,
                      partner_reported_usd, gap_usd, gap_percent, china_valuation,
                      partner_valuation, note, dataset
               FROM trade_mirror WHERE partner = ?
               ORDER BY source_id, release NULLS FIRST, flow, year""",
            [iso3],
        )
        if rows.empty:
            covered = database.sql("SELECT DISTINCT partner_name FROM trade_mirror")
            raise fail(
                f"no mirror gap for {_country_name(database, iso3)}: it needs China's and the "
                "partner's reports of one flow in one source; the loaded sources have them for "
                + (", ".join(sorted(covered["partner_name"])) or "no state")
                + " (`chinalac ingest comtrade --reporter CHN,<state>` adds more)"
            )
        caveats = caveats_for(database, sorted(rows["dataset"].unique()))
        mirror = pd.DataFrame(
            [
                {
                    "dataset": "mirror",
                    "source_id": "",
                    "measure": "partner-reported minus China-reported",
                    "unit": "US$ and percent of the China-reported value",
                    "coverage": "years where both sides report in the same source",
                    "caveats": MIRROR_CAVEAT,
                }
            ]
        )
        return {
            "mirror": whole_numbers(rows),
            "caveats": pd.concat([mirror, caveats], ignore_index=True),
        }


# -- finance -----------------------------------------------------------------------------
COMPARE_COLUMNS = [
    "tracker",
    "area",
    "period",
    "measure",
    "value_usd_bn",
    "figure_from",
    "source_id",
    "note",
]
NOT_SHIPPED = "not in the shipped data"
# An unadjusted AidData total this much above the adjusted one is explained in its note.
INFLATED = 1.25


def _figure(
    tracker: dict,
    area: str,
    period: str,
    measure: str,
    value=None,
    *,
    figure_from: str = NOT_SHIPPED,
    source_id: str | None = None,
    note: str = "",
) -> dict:
    """One line of `finance compare`; a missing value says where it is not, never a guess."""
    return {
        "tracker": tracker["name"],
        "area": area,
        "period": period,
        "measure": measure,
        "value_usd_bn": None if value is None or value != value else round(float(value), 3),
        "figure_from": figure_from,
        "source_id": source_id or tracker["source_id"],
        "note": note,
    }


def _country_name(database: Database, iso3: str) -> str:
    return database.sql("SELECT name_en FROM countries WHERE iso3 = ?", [iso3])["name_en"][0]


def _aiddata_rows(database: Database, tracker: dict, iso3: str | None, area: str) -> list[dict]:
    where = "iso3 = ?" if iso3 else "iso3 IN (SELECT iso3 FROM countries WHERE celac)"
    params = [iso3] if iso3 else []
    sums = database.sql(
        f"""SELECT sum(adjusted_constant_2021_usd) / 1e9 AS adjusted,
                   sum(amount_constant_2021_usd) / 1e9 AS unadjusted,
                   count(DISTINCT iso3) AS recipients
            FROM aiddata_country_year WHERE {where}""",
        params,
    ).iloc[0]
    if not sums["recipients"]:
        return [
            _figure(
                tracker,
                area,
                "2000-2021",
                "commitments",
                note=f"AidData GCDF 3.0 records no commitment to {area}",
            )
        ]
    adjusted, unadjusted = sums["adjusted"], sums["unadjusted"]
    scope = "" if iso3 else f" ({int(sums['recipients'])} CELAC recipients in the data)"
    note = ""
    if adjusted and unadjusted > INFLATED * adjusted:
        note = (
            f"{unadjusted / adjusted:.1f}× the adjusted total: unadjusted amounts count again every "
            "roll-over of central-bank swap lines and every refinancing"
        )
        if iso3:  # what AidData's sidecar says about this country, in its own words
            said = database.sql("SELECT caveats FROM caveats WHERE dataset = 'aiddata_gcdf3'")[
                "caveats"
            ]
            name = _country_name(database, iso3)
            note += "".join(
                f". AidData SOURCE.yml: {c}"
                for c in (said[0].split(" | ") if len(said) else [])
                if name in c
            )
    return [
        _figure(
            tracker,
            area,
            "2000-2021",
            f"commitments, adjusted (constant 2021 US$){scope}",
            adjusted,
            figure_from="aiddata_country_year (sum of *_adj)",
            note="AidData's recommended measure for totals: swap-line roll-overs and refinancing removed",
        ),
        _figure(
            tracker,
            area,
            "2000-2021",
            f"commitments, unadjusted (constant 2021 US$){scope}",
            unadjusted,
            figure_from="aiddata_country_year (sum of *_amt); equals aiddata_country_total",
            note=note,
        ),
    ]


def _aei_rows(database: Database, tracker: dict, iso3: str | None, area: str) -> list[dict]:
    where, params = ("WHERE iso3 = ?", [iso3]) if iso3 else ("", [])
    found = database.sql(
        f"SELECT sum(amount_usd_m) / 1e3 AS total, count(*) AS deals FROM aei_investments {where}",
        params,
    ).iloc[0]
    if not found["deals"]:
        subregion = database.sql("SELECT subregion FROM countries WHERE iso3 = ?", [iso3])[
            "subregion"
        ][0]
        why = (
            "the extract covers South America only"
            if subregion != "south_america"
            else "no deal of US$100 m or more recorded"
        )
        return [_figure(tracker, area, "2005-2021", "investment deals", note=why)]
    label = area if iso3 else "South America (the extract's coverage, not all of LAC)"
    measure = f"investment, {int(found['deals'])} deals of US$100 m or more"
    return [
        _figure(
            tracker,
            label,
            "2005-2021",
            measure,
            found["total"],
            figure_from="aei_investments (sum of amount_usd_m)",
        )
    ]


def _fact_figure(tracker: dict, area: str, fact: dict, note: str | None = None) -> dict:
    period = "-".join(dict.fromkeys(p for p in (fact["period_start"], fact["period_end"]) if p))
    value = fact["value"] if fact["unit"] == "usd_bn" else None
    return _figure(
        tracker,
        area,
        period,
        f"{fact['metric']} ({fact['unit']})",
        value,
        figure_from=f"fact {fact['fact_id']}",
        source_id=fact["source_id"],
        note=fact["note"] or "" if note is None else note,
    )


def _fact_rows(database: Database, tracker: dict, iso3: str | None, area: str) -> list[dict]:
    """Trackers known only through a cited figure (knowledge/facts.csv), e.g. BU via CRS2022."""
    import pandas as pd

    metric = tracker["lac_figure_metric"]
    facts = database.facts(metric=metric) if metric else pd.DataFrame(columns=["entity"])
    rows = []
    if iso3:
        own = facts[facts["entity"] == iso3].to_dict("records")
        rows += [_fact_figure(tracker, area, fact) for fact in own]
        if not own:
            rows.append(
                _figure(
                    tracker,
                    area,
                    tracker["years"],
                    metric or "total",
                    note=f"{tracker['name']}'s per-country figures are not shipped; its LAC total follows",
                )
            )
    lac = facts[facts["entity"] == "LAC"]
    if lac.empty:
        return rows + [_figure(tracker, "LAC", tracker["years"], metric or "total")]
    # The headline is the fact spanning the most years (loans_total also holds 0 for 2020 and 2021).
    first = pd.to_numeric(lac["period_start"].str[:4], errors="coerce")
    last = pd.to_numeric(lac["period_end"].fillna(lac["period_start"]).str[:4], errors="coerce")
    headline = (
        lac.assign(span=(last - first).fillna(0))
        .sort_values(["span", "value"], ascending=False)
        .iloc[0]
        .to_dict()
    )
    note = None
    if iso3 and _country_name(database, iso3) in f"{headline['quote']} {headline['note']}":
        note = f"{headline['source_id']} names {_country_name(database, iso3)} among the top recipients, without an amount"
    return rows + [_fact_figure(tracker, "LAC", headline, note)]


TRACKER_ROWS = {"aiddata_gcdf3": _aiddata_rows, "aei_cgit": _aei_rows}


def finance_comparison(database: Database, country: str | None = None) -> dict[str, pd.DataFrame]:
    import pandas as pd

    iso3 = database.resolve_country(country) if country else None
    if iso3 == "CHN":
        raise fail("the trackers count China's finance to other countries: give a CELAC state")
    area = (
        database.sql("SELECT name_en FROM countries WHERE iso3 = ?", [iso3])["name_en"][0]
        if iso3
        else "LAC"
    )
    rows: list[dict] = []
    for tracker in database.table("trackers").to_dict("records"):
        build = TRACKER_ROWS.get(tracker["tracker_id"], _fact_rows)
        rows += build(database, tracker, iso3, area)
    scope = database.sql(
        """SELECT name AS tracker, scope, instruments, threshold, currency_basis, years, scope_note
           FROM trackers ORDER BY tracker_id"""
    )
    return {
        "compare": pd.DataFrame(rows, columns=COMPARE_COLUMNS),
        "scope": scope,
        "caveats": caveats_for(database, ["aiddata_gcdf3", "aei_cgit"]),
    }


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
    with opened(db) as database:
        return finance_comparison(database, country)


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
            "caveats": caveats_for(database, chosen),
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
