"""Chinese development finance and investment: AidData GCDF 3.0, AEI CGIT, the trackers list.

Tables:
* `aiddata_country_year` — recipient × commitment year × flow class (oda/oof/vof), with
  AidData's unadjusted and adjusted amounts side by side (constant 2021 US$).
* `aiddata_country_total` — AidData's published recipient totals 2000–2021 (unadjusted), with
  the sums of the country-year file (adjusted and unadjusted) beside them.
* `aei_investments` — AEI CGIT deals of US$100 m or more in South America, 2005–2021.
* `trackers` — what each tracker counts (data/finance/trackers.csv), for `finance compare`.
Every row carries `dataset` and `source_id`; the `caveats` table explains each dataset.
"""

from __future__ import annotations

import functools
import logging

import pandas as pd

from chinalac.reference.countries import CountryResolver
from chinalac.sources.datasets import DatasetInfo, add_quality, add_to_store, sidecar_caveats
from chinalac.store.context import BuildContext
from chinalac.store.schema import Column, TableSpec, line_numbers, line_of

AIDDATA_DIR = "finance/aiddata_gcdf3"
AEI_DIR = "finance/aei_cgit_south_america"
FLOW_CLASSES = ("oda", "oof", "vof")
# One recipient-year above US$1 trillion is a unit error, not a loan.
MAX_COUNTRY_YEAR_USD = 1e12
# Parts must add up to the published total (STYLE §5); AidData's own rounding is far below this.
TOTAL_TOLERANCE = 1e-6

SOURCE = Column("source_id", required=True, references=("sources", "source_id"))

COUNTRY_YEAR = TableSpec(
    "aiddata_country_year",
    f"{AIDDATA_DIR}/gcdf3_country_year_gw.csv",
    (
        Column("gwcode", "int", required=True, nonnegative=True),
        Column("year", "int", required=True),
        *(
            Column(f"{flow}_{kind}", "float", required=True, nonnegative=True)
            for flow in FLOW_CLASSES
            for kind in ("amt", "adj")
        ),
    ),
    key=("gwcode", "year"),
)

COUNTRY_TOTAL = TableSpec(
    "aiddata_country_total",
    f"{AIDDATA_DIR}/gcdf3_country_commitments_2000_2021.csv",
    (
        Column("country_name", required=True),
        Column("iso3c", required=True),
        Column("total_commitments_bn", "float", required=True, nonnegative=True),
        Column("weighted_interest_rate", "float"),
        Column("region_name"),
        Column("income_level_name"),
        Column("gdp_usd_bn", "float", nonnegative=True),
        Column("population_mn", "float", nonnegative=True),
    ),
    key=("iso3c",),
)

AEI = TableSpec(
    "aei_investments",
    f"{AEI_DIR}/aei_cgit_south_america_2005_2021.csv",
    (
        Column("Year", "int", required=True),
        Column("Month"),
        Column("Investor", required=True),
        Column("Quantity in Millions", "float", required=True, nonnegative=True),
        Column("Share Size"),
        Column("Transaction Party"),
        Column("Sector"),
        Column("Subsector"),
        Column("Country", required=True),
        Column("Region"),
        Column("BRI", allowed=frozenset({"0.0", "1.0", "0", "1"})),
        Column("Greenfield", allowed=frozenset({"G"})),
    ),
)

TRACKERS = TableSpec(
    "trackers",
    "finance/trackers.csv",
    (
        Column("tracker_id", required=True),
        Column("name", required=True),
        Column("producer", required=True),
        Column("scope", required=True),
        Column("instruments", required=True),
        Column("threshold", required=True),
        Column("currency_basis", required=True),
        Column("years", required=True),
        Column("geography", required=True),
        Column("licence", required=True),
        SOURCE,
        Column("lac_figure_metric"),
        Column("shipped_tables"),
        Column("scope_note", required=True),
    ),
    key=("tracker_id",),
)


def aiddata_info(ctx: BuildContext) -> DatasetInfo:
    return DatasetInfo(
        dataset="aiddata_gcdf3",
        source_id="AidData-GCDF3",
        title="AidData Global Chinese Development Finance 3.0, by recipient and year",
        measure=(
            "commitments of Chinese official finance (ODA-like, OOF-like, vague official finance), "
            "projects recommended for aggregates; 'adjusted' removes rolled-over swap lines and "
            "refinancing"
        ),
        unit="constant 2021 US$ (country-year); constant 2021 US$ bn (published totals)",
        coverage="165 low- and middle-income recipients, commitment years 2000–2021",
        caveats=sidecar_caveats(ctx.data_dir / AIDDATA_DIR / "SOURCE.yml"),
    )


def aei_info(ctx: BuildContext) -> DatasetInfo:
    return DatasetInfo(
        dataset="aei_cgit",
        source_id="AEI-CGIT",
        title="AEI China Global Investment Tracker, South America extract",
        measure="Chinese investment transactions (acquisitions, greenfield) of US$100 m or more",
        unit="US$ m per transaction, as published",
        coverage="South American states only, 2005–2021 (139 deals)",
        caveats=sidecar_caveats(ctx.data_dir / AEI_DIR / "SOURCE.yml"),
    )


@functools.cache
def _gleditsch_ward_to_iso3() -> dict[int, str]:
    import country_converter as coco  # slow to import: only when the loader runs

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    table = coco.CountryConverter().data[["GWcode", "ISO3"]].dropna()
    table = table[table["GWcode"].astype(str).str.fullmatch(r"\d+(\.0)?")]
    return {int(float(gw)): iso3 for gw, iso3 in zip(table["GWcode"], table["ISO3"], strict=True)}


def load_aiddata(ctx: BuildContext) -> None:
    wide = ctx.load_table(COUNTRY_YEAR, create=False)
    totals = ctx.load_table(COUNTRY_TOTAL, create=False)
    if wide is None or totals is None:
        return
    mapping = _gleditsch_ward_to_iso3()
    wide["line"] = line_numbers(wide)
    wide["iso3"] = wide["gwcode"].map(lambda code: mapping.get(int(code)))
    for row in wide[wide["iso3"].isna()].itertuples():
        ctx.problem(
            COUNTRY_YEAR.path,
            row.line,
            "gwcode",
            f"Gleditsch–Ward code {row.gwcode} has no ISO3 code in country_converter",
        )
    long = pd.concat(
        [
            wide[["iso3", "gwcode", "year", "line"]].assign(
                flow_class=flow,
                amount_constant_2021_usd=wide[f"{flow}_amt"].astype(float),
                adjusted_constant_2021_usd=wide[f"{flow}_adj"].astype(float),
            )
            for flow in FLOW_CLASSES
        ],
        ignore_index=True,
    )
    for column in ("amount_constant_2021_usd", "adjusted_constant_2021_usd"):
        for row in long[long[column] >= MAX_COUNTRY_YEAR_USD].itertuples():
            field = f"{row.flow_class}_{'adj' if column.startswith('adjusted') else 'amt'}"
            ctx.problem(
                COUNTRY_YEAR.path,
                row.line,
                field,
                f"{getattr(row, column):.4g} US$ for one recipient-year is not plausible (≥ US$1 trillion)",
            )
    long = long.sort_values(["iso3", "year", "flow_class"]).assign(
        dataset="aiddata_gcdf3", source_id="AidData-GCDF3"
    )
    ctx.write_table("aiddata_country_year", long.drop(columns="line"))

    sums = (
        long.groupby("iso3")[["amount_constant_2021_usd", "adjusted_constant_2021_usd"]].sum() / 1e9
    )
    totals["line"] = line_numbers(totals)
    totals = totals.rename(columns={"iso3c": "iso3", "total_commitments_bn": "published_total_bn"})
    totals = totals.join(
        sums.rename(
            columns={
                "amount_constant_2021_usd": "country_year_unadjusted_bn",
                "adjusted_constant_2021_usd": "country_year_adjusted_bn",
            }
        ),
        on="iso3",
    )
    _check_parts_sum_to_totals(ctx, totals)
    totals = totals.assign(dataset="aiddata_gcdf3", source_id="AidData-GCDF3")
    ctx.write_table("aiddata_country_total", totals.drop(columns="line"))


def _check_parts_sum_to_totals(ctx: BuildContext, totals: pd.DataFrame) -> None:
    both = totals.dropna(subset=["country_year_unadjusted_bn"])
    difference = (both["country_year_unadjusted_bn"] - both["published_total_bn"]).abs()
    off = both[difference > TOTAL_TOLERANCE * both["published_total_bn"].clip(lower=1)]
    for row in off.itertuples():
        ctx.problem(
            COUNTRY_TOTAL.path,
            row.line,
            "total_commitments_bn",
            f"published total {row.published_total_bn:.6g} bn ≠ {row.country_year_unadjusted_bn:.6g} bn, "
            f"the sum of {COUNTRY_YEAR.path} for {row.iso3}",
        )
    add_quality(
        ctx,
        "aiddata_gcdf3",
        "parts sum to published totals",
        "passed" if off.empty else "failed",
        COUNTRY_TOTAL.path,
        None,
        "total_commitments_bn",
        None,
        f"country-year unadjusted sums equal the published totals for {len(both) - len(off)} of "
        f"{len(both)} recipients present in both files (max difference {difference.max():.2g} bn)",
        "AidData-GCDF3",
    )


def load_aei(ctx: BuildContext) -> None:
    deals = ctx.load_table(AEI, create=False)
    if deals is None:
        return
    resolver = _resolver(ctx)
    frame = pd.DataFrame(
        {
            "year": deals["Year"],
            "month": deals["Month"],
            "investor": deals["Investor"],
            "amount_usd_m": deals["Quantity in Millions"].astype(float),
            "share_size": deals["Share Size"],
            "transaction_party": deals["Transaction Party"],
            "sector": deals["Sector"],
            "subsector": deals["Subsector"],
            "country": deals["Country"],
            "iso3": [resolver.try_resolve(name) if resolver else None for name in deals["Country"]],
            "region": deals["Region"],
            "bri": deals["BRI"].map({"1.0": True, "1": True, "0.0": False, "0": False}),
            "greenfield": deals["Greenfield"].eq("G"),
            "dataset": "aei_cgit",
            "source_id": "AEI-CGIT",
        }
    )
    if resolver:
        for index in frame.index[frame["iso3"].isna()]:
            ctx.problem(
                AEI.path,
                line_of(deals, index),
                "Country",
                f"'{frame.at[index, 'country']}' is not China or a CELAC state",
            )
    ctx.write_table("aei_investments", frame)


def _resolver(ctx: BuildContext) -> CountryResolver | None:
    if not (ctx.table_exists("countries") and ctx.table_exists("country_names")):
        return None  # the knowledge loader already reported why
    countries = ctx.con.execute("SELECT * FROM countries").df()
    names = ctx.con.execute("SELECT * FROM country_names").df()
    return CountryResolver(countries, names)


def load(ctx: BuildContext) -> None:
    load_aiddata(ctx)
    load_aei(ctx)
    ctx.load_table(TRACKERS)
    add_to_store(ctx, [aiddata_info(ctx), aei_info(ctx)])
