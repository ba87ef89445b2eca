"""Published figures (China–state trade, loans, FDI, ranks) and World Bank GDP.

Tables:
* `figures` — every row of data/figures/figures_compiled/figures.csv (copied unchanged, see
  its SOURCE.yml and AUDIT.md) and of data/figures/figures_additions.csv (the project's own
  additions, same columns). Each row keeps its reporter, its period as published, its source
  (a `sources` row `web-<hash of URL>`, as for the compiled ties) and its evidence note. Derived
  columns say what the row measures without changing it:
  - `year`, `period_start`, `period_end`, `month` from `period` (YYYY, YYYY-YYYY or YYYY-MM);
  - `partial_year` and `months` (e.g. "Jan–Oct") from the months the row's detail names, or
    the single month of a YYYY-MM period; `scope` in words (full year / partial year / month);
  - `precision`: as published, lower bound ("over", "más de", …) or approximate;
  - `reporter_side`: china / partner / third party / tracker / not stated, read from the
    reporter as written (a heuristic, shown beside the reporter, never replacing it);
  - `edition`: the database vintage a tracker figure comes from ("2016 vintage");
  - `weak_page`: the compilation flags the cited page as weak or the value as unreliable
    (kept, page-faithful, but never preferred as a state's latest figure);
  - `value_usd`: the value in US$ for usd_m / usd_bn rows;
  - `conflict_group`: rows of the same state, measure, period and months whose values differ
    share one id (`figures:BRA:trade_total:2018`); all of them stay, side by side.
* `gdp` — World Bank GDP (current US$, NY.GDP.MKTP.CD) for every economy and aggregate,
  1960–2023 (data/macro/wb_gdp_current_usd/, copied unchanged). Missing years are absent.

Fixes to the copied figures go through corrections/corrections.csv (e.g. the Bolivia 2020
evidence notes, whose page swaps its export and import labels).
"""

from __future__ import annotations

import re

import pandas as pd

from chinalac.sources.datasets import DatasetInfo, add_quality_rows, add_to_store, sidecar_caveats
from chinalac.store.context import BuildContext
from chinalac.store.loaders.corrections import apply_corrections
from chinalac.store.loaders.ties import web_source_id
from chinalac.store.schema import DATE_RE, line_numbers, read_csv_text

FIGURES_DIR = "figures/figures_compiled"
FIGURES_FILE = f"{FIGURES_DIR}/figures.csv"
ADDITIONS_FILE = "figures/figures_additions.csv"
GDP_DIR = "macro/wb_gdp_current_usd"
GDP_FILE = f"{GDP_DIR}/wb_gdp_current_usd_1960_2023.csv"
GDP_SOURCE_ID = "WB-GDP-datahub"
FIGURES_SOURCE_ID = "chinalac-figures"

COLUMNS = [
    "iso3",
    "country",
    "metric",
    "period",
    "value",
    "unit",
    "reporter",
    "detail",
    "source_title",
    "source_url",
    "source_date",
    "evidence",
]
METRICS = frozenset(
    [
        "trade_total",
        "exports_to_china",
        "imports_from_china",
        "china_partner_rank",
        "china_export_destination_rank",
        "loans_total",
        "loans_count",
        "fdi_stock",
        "fdi_cumulative",
        "primary_share_exports_to_china",
        "other",
    ]
)
TRADE_METRICS = ("trade_total", "exports_to_china", "imports_from_china")
UNITS = {"usd_m": 1e6, "usd_bn": 1e9, "percent": None, "rank": None, "count": None}
PERIOD = re.compile(r"^(\d{4})(?:-(\d{4})|-(\d{2}))?$")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_RANGE = re.compile(r"\bJan[–-](Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)\b[^;]*\bonly\b")
# A clause of the detail that is only a month range and the row's year ("soy, oil, iron ore
# and beef; Jan–Aug 2023", "shrimp only, …, Jan–Nov 2019; …", "January–October 2016"): the
# months the figure covers, as the compiler wrote them beside the value. A range inside a
# longer phrase ("CONFLICT in scale with China Customs Jan–Nov 2003 2.89 bn", "period around
# Jan–Aug 2023") may be another row's, or uncertain: it is not read.
_MONTH_WORD = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
MONTH_CLAUSE = re.compile(
    rf"(?:^|[;,])[ \t]*(?P<first>{_MONTH_WORD})\.?[ \t]*[–-][ \t]*(?P<last>{_MONTH_WORD})\.?"
    r"[ \t]+(?P<year>\d{4})[ \t]*(?:only[ \t]*)?(?=$|[;,(])"
)
QUARTER = re.compile(r"\bQ([1-3])\b[^;]*\bonly\b")
HALF = re.compile(r"\bH1\b[^;]*\bonly\b")
LOWER_BOUND = (
    "lower bound",
    "upwards",
    "more than",
    "más de",
    "mais de",
    "superaron",
    "superou",
    "supera",
    "sobrepasan",
    "oltre",
    "ultrapassaram",
    "topped",
    "topping",
    "surpassed",
    "exceeded",
    '"over',
)
APPROXIMATE = ("approx", "about", "around", "rounded", "cerca", '"unos', "quasi", "~")
# A single bilateral flow above US$ 10 tn is a unit error (China's whole trade is ~6 tn).
MAX_USD = 1e13
MAX_PROBLEMS_PER_COLUMN = 20


# -- derived columns ----------------------------------------------------------------------
def months_covered(period: str, detail: str) -> str | None:
    """The months a partial-year row covers ("Jan–Oct"), or None for a full year.

    >>> months_covered("2024", "exports+imports; Jan–Oct 2024 only")
    'Jan–Oct'
    >>> months_covered("2024", "exports+imports, Jan–Dec 2024") is None
    True
    """
    match = PERIOD.match(period)
    if match and match.group(3):
        return MONTHS[int(match.group(3)) - 1]
    if found := MONTH_RANGE.search(detail):
        return f"Jan–{found.group(1)}"
    if found := _month_clause(period, detail):
        return found
    if found := QUARTER.search(detail):
        return f"Jan–{MONTHS[3 * int(found.group(1)) - 1]}"
    if HALF.search(detail) or "first six months" in detail:
        return "Jan–Jun"
    if "first three quarters" in detail:
        return "Jan–Sep"
    low = detail.lower()
    if "year-to-date" in low or "partial year" in low:
        return "year to date"
    return None


def _month_clause(period: str, detail: str) -> str | None:
    """The "Jan–Mmm" of a detail clause that names only a month range of the row's own year.

    A range from January to a month before December is that part of the year; January to
    December, a range starting later in the year, or another year is not placed (None).
    """
    match = PERIOD.match(period)
    if not match or match.group(2) or match.group(3):
        return None
    for found in MONTH_CLAUSE.finditer(detail):
        first, last = found.group("first")[:3], found.group("last")[:3]
        if found.group("year") == match.group(1) and first == "Jan" and last not in ("Jan", "Dec"):
            return f"Jan–{last}"
    return None


def precision_of(detail: str) -> str:
    low = detail.lower()
    if any(mark in low for mark in LOWER_BOUND):
        return "lower bound"
    if any(mark in low for mark in APPROXIMATE):
        return "approximate"
    return "as published"


def reporter_side(reporter: str, detail: str) -> str:
    """Whose statistics a row reports, read from the reporter as written (a heuristic)."""
    low = reporter.lower()
    if any(k in low for k in ("bu-iad", "bu gegi", "cldb", "aei ", "cebc")):
        return "tracker"
    if any(k in low for k in ("eclac", "imf", "un data", "comtrade", "cia world", "cbs ", "icex")):
        return "third party"
    if "ambassador to china" in low or " and haitian" in low:
        return "partner" if "ambassador to china" in low else "not stated"
    chinese = ("china", "chinese", "mofcom", "(moc", "gacc", "ccpit", "yicai")
    if any(k in low for k in chinese) and not low.startswith(("sino-", "cámara")):
        return "china"
    if low.startswith("not stated"):
        said = detail.lower()
        return "china" if ("china's imports" in said or "china's exports" in said) else "not stated"
    return "partner"


def edition_of(detail: str) -> str | None:
    match = re.search(r"(\d{4}) (vintage|release)", detail)
    return f"{match.group(1)} {match.group(2)}" if match else None


def subject_of(metric: str, detail: str) -> str:
    """What a row measures: the metric, or for `other` rows the label their detail gives."""
    if metric != "other":
        return metric
    label = detail.split("other:", 1)[-1].strip().lower()
    label = re.split(r"[(;,\"]", label, maxsplit=1)[0].strip()
    label = label.replace("chinese state loans", "loans").replace("loan commitments", "loans")
    return label or "other"


def scope_of(metric: str, months: str | None, period: str, detail: str) -> str:
    low = detail.lower()
    what = "goods"
    if "bienes y servicios" in low or "goods and services" in low:
        what = "goods and services"
    if metric not in TRADE_METRICS:
        what = "figure"
    if months is None:
        span = "cumulative" if PERIOD.match(period) and PERIOD.match(period).group(2) else "year"
        return f"{what}, {'full year' if span == 'year' else 'cumulative ' + period}"
    if PERIOD.match(period).group(3):
        return f"{what}, single month"
    if months == "year to date":
        return f"{what}, partial year (year to date, months not stated)"
    return f"{what}, partial year ({months})"


# -- reading ------------------------------------------------------------------------------
def _read(ctx: BuildContext, relpath: str) -> pd.DataFrame | None:
    frame, problems = read_csv_text(ctx.data_dir / relpath, relpath)
    ctx.files_read.append(relpath)
    ctx.problems.extend(problems)
    if frame is None:
        return None
    missing = [c for c in COLUMNS if c not in frame.columns]
    for name in missing:
        ctx.problem(relpath, 1, name, "required column is missing from the header")
    for name in [c for c in frame.columns if c not in COLUMNS]:
        ctx.problem(relpath, 1, name, "unknown column (not in the table's specification)")
    if missing:
        return None
    frame = frame[COLUMNS].copy()
    frame["origin_file"] = relpath
    frame["origin_line"] = line_numbers(frame)
    return apply_corrections(ctx, relpath, frame)


def _validate(ctx: BuildContext, frame: pd.DataFrame) -> pd.Series:
    """Report every bad cell as file:row:field; return the mask of rows that are usable."""
    known = {"LAC"}
    if ctx.table_exists("countries"):
        known |= {
            r[0] for r in ctx.con.execute("SELECT iso3 FROM countries WHERE celac").fetchall()
        }
    good = pd.Series(True, index=frame.index)
    for index, row in frame.iterrows():
        where = (row["origin_file"], int(row["origin_line"]))

        def bad(field: str, reason: str, where=where, index=index) -> None:
            ctx.problem(where[0], where[1], field, reason)
            good[index] = False

        for column in ("iso3", "metric", "period", "value", "unit", "reporter", "source_url"):
            if not str(row[column]).strip():
                bad(column, "required value is empty")
        if row["iso3"] and row["iso3"] not in known:
            bad("iso3", f"'{row['iso3']}' is not a CELAC state's ISO3 code or LAC")
        if row["metric"] and row["metric"] not in METRICS:
            bad("metric", f"'{row['metric']}' is not one of: {', '.join(sorted(METRICS))}")
        if row["metric"] == "other" and not row["detail"].startswith("other:"):
            bad("detail", "an 'other' figure must say what it measures ('other: …')")
        if row["unit"] and row["unit"] not in UNITS:
            bad("unit", f"'{row['unit']}' is not one of: {', '.join(sorted(UNITS))}")
        match = PERIOD.match(row["period"]) if row["period"] else None
        if row["period"] and (
            match is None
            or (match.group(2) and int(match.group(2)) < int(match.group(1)))
            or (match.group(3) and not 1 <= int(match.group(3)) <= 12)
        ):
            bad("period", f"'{row['period']}' is not YYYY, YYYY-YYYY or YYYY-MM")
        if row["value"]:
            try:
                value = float(row["value"])
            except ValueError:
                bad("value", f"'{row['value']}' is not a number")
            else:
                if value != value or value < 0:
                    bad("value", f"'{row['value']}' is not a number ≥ 0")
                elif UNITS.get(row["unit"]) and value * UNITS[row["unit"]] >= MAX_USD:
                    bad("value", f"{row['value']} {row['unit']} is not plausible for one figure")
        if row["source_url"] and not row["source_url"].startswith(("http://", "https://")):
            bad("source_url", f"'{row['source_url']}' is not a web address")
        if row["source_date"] not in ("", "unknown") and not DATE_RE.match(row["source_date"]):
            bad("source_date", f"'{row['source_date']}' is not an ISO date or 'unknown'")
        if not row["evidence"].strip():
            bad("evidence", "required value is empty (a note in our own words)")
    return good


def _derive(frame: pd.DataFrame) -> pd.DataFrame:
    parts = frame["period"].str.extract(PERIOD)
    frame = frame.assign(
        year=pd.to_numeric(parts[0]).astype("Int64"),
        period_start=parts[0],
        period_end=parts[1].where(parts[1].notna(), parts[0]),
        month=pd.to_numeric(parts[2]).astype("Int64"),
    )
    frame["value"] = frame["value"].astype(float)
    frame["months"] = [
        months_covered(p, d) for p, d in zip(frame["period"], frame["detail"], strict=True)
    ]
    frame["partial_year"] = frame["months"].notna()
    frame["scope"] = [
        scope_of(m, mo, p, d)
        for m, mo, p, d in zip(
            frame["metric"], frame["months"], frame["period"], frame["detail"], strict=True
        )
    ]
    frame["precision"] = frame["detail"].map(precision_of)
    frame["reporter_side"] = [
        reporter_side(r, d) for r, d in zip(frame["reporter"], frame["detail"], strict=True)
    ]
    frame["edition"] = frame["detail"].map(edition_of)
    frame["weak_page"] = [
        "weak page" in f"{d} {r}".lower() or "unreliable" in d.lower()
        for d, r in zip(frame["detail"], frame["reporter"], strict=True)
    ]
    frame["subject"] = [
        subject_of(m, d) for m, d in zip(frame["metric"], frame["detail"], strict=True)
    ]
    frame["value_usd"] = [
        v * UNITS[u] if UNITS.get(u) else None
        for v, u in zip(frame["value"], frame["unit"], strict=True)
    ]
    frame["source_id"] = frame["source_url"].map(web_source_id)
    frame["figure_id"] = [
        f"{f.rsplit('/', 1)[-1].removesuffix('.csv')}:{line}"
        for f, line in zip(frame["origin_file"], frame["origin_line"], strict=True)
    ]
    frame["dataset"] = "published_figures"
    return _conflict_groups(frame)


def _conflict_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of one state, measure, period and months whose values differ share one id."""
    comparable = frame["value_usd"].where(frame["value_usd"].notna(), frame["value"]).round(6)
    keys = ["iso3", "subject", "period", "months", "unit_kind"]
    keyed = frame.assign(
        comparable=comparable,
        months=frame["months"].fillna(""),
        unit_kind=frame["unit"].map(lambda u: "usd" if UNITS.get(u) else u),
    )
    distinct = keyed.groupby(keys)["comparable"].transform("nunique")
    frame["conflict_group"] = [
        f"figures:{i}:{s}:{p}" + (f":{m}" if m else "") if n > 1 else None
        for i, s, p, m, n in zip(
            keyed["iso3"], keyed["subject"], keyed["period"], keyed["months"], distinct, strict=True
        )
    ]
    return frame


def _register_sources(ctx: BuildContext, frame: pd.DataFrame) -> None:
    cited = frame.drop_duplicates("source_url")
    if cited.empty or not ctx.table_exists("sources"):
        return
    known = {r[0] for r in ctx.con.execute("SELECT source_id FROM sources").fetchall()}
    rows = pd.DataFrame(
        {
            "source_id": cited["source_id"],
            "title": cited["source_title"].where(cited["source_title"] != "", cited["source_url"]),
            "date": cited["source_date"].where(cited["source_date"] != "unknown", None),
            "url": cited["source_url"],
            "accessed": "2026-12",
            "notes": [
                f"web page cited by the published figures ({f})" for f in cited["origin_file"]
            ],
            "origin": "compiled",
        }
    )
    ctx.append_rows("sources", rows[~rows["source_id"].isin(known)])


def _log_corrections(ctx: BuildContext, frame: pd.DataFrame) -> None:
    fixed = frame[frame["corrected"].notna()]
    if fixed.empty:
        return
    add_quality_rows(
        ctx,
        pd.DataFrame(
            {
                "dataset": "published_figures",
                "check_name": "correction from corrections.csv",
                "status": "corrected",
                "file": fixed["origin_file"],
                "line": fixed["origin_line"],
                "field": None,
                "value": fixed["figure_id"],
                "detail": fixed["corrected"],
                "source_id": fixed["source_id"],
            }
        ),
    )


FIGURE_COLUMNS = [
    "figure_id",
    "iso3",
    "country",
    "metric",
    "subject",
    "period",
    "year",
    "period_start",
    "period_end",
    "month",
    "months",
    "partial_year",
    "scope",
    "value",
    "unit",
    "value_usd",
    "precision",
    "reporter",
    "reporter_side",
    "edition",
    "weak_page",
    "detail",
    "conflict_group",
    "source_id",
    "source_title",
    "source_url",
    "source_date",
    "evidence",
    "corrected",
    "origin_file",
    "origin_line",
    "dataset",
]


def load_figures(ctx: BuildContext) -> None:
    parts = [_read(ctx, relpath) for relpath in (FIGURES_FILE, ADDITIONS_FILE)]
    if any(part is None for part in parts):
        return
    frame = pd.concat(parts, ignore_index=True)
    good = _validate(ctx, frame)
    frame = _derive(frame[good].reset_index(drop=True))
    _register_sources(ctx, frame)
    _log_corrections(ctx, frame)
    table = frame[FIGURE_COLUMNS].replace({"": None})
    ctx.write_table("figures", table)


def load_gdp(ctx: BuildContext) -> None:
    raw, problems = read_csv_text(ctx.data_dir / GDP_FILE, GDP_FILE)
    ctx.files_read.append(GDP_FILE)
    ctx.problems.extend(problems)
    if raw is None:
        return
    expected = ["Country Name", "Country Code", "Year", "Value"]
    missing = [c for c in expected if c not in raw.columns]
    for name in missing:
        ctx.problem(GDP_FILE, 1, name, "required column is missing from the header")
    if missing:
        return
    lines = pd.Series(line_numbers(raw), index=raw.index)
    code = raw["Country Code"].str.strip()
    year = pd.to_numeric(raw["Year"].str.strip(), errors="coerce")
    value = pd.to_numeric(raw["Value"].str.strip(), errors="coerce")
    checks = [
        ("Country Code", ~code.str.fullmatch(r"[A-Z0-9]{3}"), code, "is not a 3-letter code"),
        ("Year", year.isna() | (year != year.round()), raw["Year"], "is not a year"),
        ("Year", (year < 1900) | (year > 2100), raw["Year"], "is not a plausible year"),
        ("Value", value.isna(), raw["Value"], "is not a number"),
        ("Value", value <= 0, raw["Value"], "is not a positive amount of US$"),
        ("Value", value >= 1e15, raw["Value"], "US$ is more than a thousand trillion"),
    ]
    for column, mask, cells, reason in checks:
        bad = lines[mask.fillna(False)]
        for line, cell in list(zip(bad, cells[mask.fillna(False)], strict=True))[
            :MAX_PROBLEMS_PER_COLUMN
        ]:
            ctx.problem(GDP_FILE, int(line), column, f"'{cell}' {reason}")
    duplicated = raw.assign(code=code, year=year).duplicated(["code", "year"])
    for line in lines[duplicated][:MAX_PROBLEMS_PER_COLUMN]:
        ctx.problem(GDP_FILE, int(line), "Country Code", "duplicate economy and year")
    table = pd.DataFrame(
        {
            "iso3": code,
            "country_name": raw["Country Name"],
            "year": year.round().astype("Int64"),
            "gdp_usd": value.astype(float),
            "indicator": "NY.GDP.MKTP.CD",
            "dataset": "wb_gdp",
            "source_id": GDP_SOURCE_ID,
        }
    )
    ctx.write_table("gdp", table)


def datasets(ctx: BuildContext) -> list[DatasetInfo]:
    return [
        DatasetInfo(
            "published_figures",
            FIGURES_SOURCE_ID,
            "Published figures on China–LAC trade, loans, FDI and ranks (figures_compiled + additions)",
            "figures as published, one row per source × measure × period; reporters never merged",
            "US$ m / US$ bn as published (current US$), percent, rank, count",
            "the 33 CELAC states and LAC, 2000–2025 (thin for the small Caribbean states)",
            sidecar_caveats(ctx.data_dir / FIGURES_DIR / "SOURCE.yml"),
        ),
        DatasetInfo(
            "wb_gdp",
            GDP_SOURCE_ID,
            "World Bank GDP (current US$), NY.GDP.MKTP.CD, via the Datahub core dataset",
            "GDP at purchaser's prices",
            "current US$",
            "every economy and aggregate, 1960–2023 (Cuba to 2020, Venezuela to 2014)",
            sidecar_caveats(ctx.data_dir / GDP_DIR / "SOURCE.yml"),
        ),
    ]


def load(ctx: BuildContext) -> None:
    load_figures(ctx)
    load_gdp(ctx)
    add_to_store(ctx, datasets(ctx))
