"""Indicators that need only China trade totals and GDP, computed from the stored figures.

Each indicator is one small function of published numbers (formula and reference in its
docstring); `figure_indicators` applies them to every state's full-year figures
(`domain.figures.annual_totals` and the published flows) and World Bank GDP, one row per
trade figure used — reporters are never merged, so a year with two reporters gives two values,
each labelled with the figure it rests on (reporter, source, record id) and the GDP row.

    exposure_i            = (X_i→CHN + M_i←CHN) / GDP_i
    share_of_exports_i    = X_i→CHN / X_i→World
    share_of_imports_i    = M_i←CHN / M_i←World
    dependence_asymmetry  = T_i,CHN / GDP_i − T_i,CHN / GDP_CHN

References: Oneal, J. R. & Russett, B. (1997), "The Classical Liberals Were Right: Democracy,
Interdependence, and Conflict, 1950–1985", International Studies Quarterly 41(2), 267–293
(bilateral trade dependence = trade / GDP of each side); Barbieri, K. (1996), "Economic
Interdependence: A Path to Peace or a Source of Interstate Conflict?", Journal of Peace
Research 33(1), 29–49 (the asymmetry of the two sides' dependence); World Bank WITS, "Partner
share" (exports to or imports from a partner over the reporter's total).

Product-level indicators (RCA, complementarity, Grubel–Lloyd, concentration, primary share)
need product-level trade and are not computed here; `needs` says so.

`chinalac build` runs `figure_indicators` once for every state and keeps its rows, in order,
in the store table `figure_indicator_rows` (store/loaders/precomputed.py); `dependency_report`
reads them from there with DuckDB alone, so `chinalac indicators dependency` never loads
pandas when the store has that table and the product-level panel stored at ingest. Without
the table (a store built by an older version) the rows are computed here, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# The store table `chinalac build` fills with figure_indicators(db), in its order (`position`).
TABLE = "figure_indicator_rows"

EXPORTS_TOTAL = "TX.VAL.MRCH.CD.WT"
IMPORTS_TOTAL = "TM.VAL.MRCH.CD.WT"
INDICATORS = {
    "china_trade_exposure": {
        "title": "China trade exposure (trade with China / GDP)",
        "formula": "(X_i→CHN + M_i←CHN) / GDP_i",
        "unit": "fraction of the state's GDP (0.05 = 5 %)",
        "reference": "Oneal & Russett (1997), International Studies Quarterly 41(2)",
    },
    "china_share_of_exports": {
        "title": "China's share of the state's exports",
        "formula": "X_i→CHN / X_i→World",
        "unit": "fraction of the state's merchandise exports",
        "reference": "World Bank WITS, partner share",
    },
    "china_share_of_imports": {
        "title": "China's share of the state's imports",
        "formula": "M_i←CHN / M_i←World",
        "unit": "fraction of the state's merchandise imports",
        "reference": "World Bank WITS, partner share",
    },
    "dependence_asymmetry": {
        "title": "Dependence asymmetry (state's trade/GDP minus China's)",
        "formula": "T_i,CHN / GDP_i − T_i,CHN / GDP_CHN",
        "unit": "difference of fractions of GDP",
        "reference": "Barbieri (1996), Journal of Peace Research 33(1); Oneal & Russett (1997)",
    },
}
NEEDS = {
    "china_share_of_exports": "the state's total merchandise exports (WDI TX.VAL.MRCH.CD.WT: "
    "`chinalac ingest wdi`)",
    "china_share_of_imports": "the state's total merchandise imports (WDI TM.VAL.MRCH.CD.WT: "
    "`chinalac ingest wdi`)",
    "product-level indicators (RCA, complementarity, Grubel–Lloyd, concentration, primary "
    "share)": "product-level trade (`chinalac ingest baci` or `chinalac ingest comtrade --level hs6`)",
}
COLUMNS = [
    "iso3",
    "year",
    "indicator",
    "value",
    "unit",
    "formula",
    "uses",
    "trade_usd",
    "trade_flow",
    "trade_reporter",
    "trade_basis",
    "trade_record_id",
    "trade_source_id",
    "trade_source_url",
    "denominator_usd",
    "denominator",
    "denominator_source_id",
    "china_gdp_usd",
]


def _missing(value) -> bool:
    """None, NaN, or pandas' NA/NaT (which cannot even be compared)."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN is the one float not equal to itself
    except TypeError:  # pd.NA: its comparisons are NA, whose truth is undefined
        return True


def china_trade_exposure(trade_with_china_usd: float, gdp_usd: float) -> float:
    """E_i = (X_i→CHN + M_i←CHN) / GDP_i: goods trade with China as a fraction of GDP.

    Bilateral trade dependence as in Oneal & Russett (1997), International Studies Quarterly
    41(2), 267–293. Gross trade over value added: not a share of GDP produced by trade.
    NaN when GDP is missing or not positive.
    """
    if _missing(gdp_usd) or gdp_usd <= 0:
        return float("nan")
    return float(trade_with_china_usd) / float(gdp_usd)


def china_share_of_exports(exports_to_china_usd: float, total_exports_usd: float) -> float:
    """S^X_i = X_i→CHN / X_i→World: China's share of the state's merchandise exports.

    Partner share as World Bank WITS defines it. Both values must come from one reporter's
    side (the state's own exports, or mirror data for both), else the ratio mixes valuations.
    """
    if _missing(total_exports_usd) or total_exports_usd <= 0:
        return float("nan")
    return float(exports_to_china_usd) / float(total_exports_usd)


def china_share_of_imports(imports_from_china_usd: float, total_imports_usd: float) -> float:
    """S^M_i = M_i←CHN / M_i←World: China's share of the state's merchandise imports (WITS)."""
    return china_share_of_exports(imports_from_china_usd, total_imports_usd)


def dependence_asymmetry(
    trade_with_china_usd: float, gdp_state_usd: float, gdp_china_usd: float
) -> float:
    """A_i = T_i,CHN / GDP_i − T_i,CHN / GDP_CHN: how much more the trade weighs on the state.

    The two sides' trade dependence (Oneal & Russett 1997) compared as in Barbieri (1996),
    Journal of Peace Research 33(1), 29–49: positive when the trade is a larger part of the
    state's economy than of China's — asymmetric interdependence. NaN without both GDPs.
    """
    own = china_trade_exposure(trade_with_china_usd, gdp_state_usd)
    other = china_trade_exposure(trade_with_china_usd, gdp_china_usd)
    return own - other


def _gdp(db) -> pd.DataFrame:
    import pandas as pd

    from chinalac.domain.figures import has_table, query

    if not has_table(db, "gdp"):
        return pd.DataFrame(columns=["iso3", "year", "gdp_usd", "source_id"])
    return query(db, "SELECT iso3, year, gdp_usd, source_id FROM gdp")


def _wdi_totals(db) -> pd.DataFrame:
    import pandas as pd

    from chinalac.domain.figures import has_table, query

    if not has_table(db, "wdi"):
        return pd.DataFrame(columns=["iso3", "year", "indicator", "value", "source"])
    try:
        return query(
            db,
            "SELECT iso3, year, indicator, value, source FROM wdi WHERE indicator IN (?, ?)",
            [EXPORTS_TOTAL, IMPORTS_TOTAL],
        )
    except Exception:  # a view over ingested files that are not there any more
        return pd.DataFrame(columns=["iso3", "year", "indicator", "value", "source"])


def _row(name: str, figure, value: float, denominator: str, denominator_usd, denominator_source,
         china_gdp=None) -> dict:  # fmt: skip
    meta = INDICATORS[name]
    usd = float(figure.value_usd)
    return {
        "iso3": figure.iso3,
        "year": int(figure.year),
        "indicator": name,
        "value": value,
        "unit": meta["unit"],
        "formula": meta["formula"],
        "uses": (
            f"{figure.flow.replace('_', ' ')} {usd / 1e9:,.3f} bn US$ ({figure.reporter}, "
            f"{int(figure.year)}) / {denominator}"
        ),
        "trade_usd": usd,
        "trade_flow": figure.flow,
        "trade_reporter": figure.reporter,
        "trade_basis": getattr(figure, "basis", "published"),
        "trade_record_id": figure.record_id,
        "trade_source_id": figure.source_id,
        "trade_source_url": figure.source_url,
        "denominator_usd": denominator_usd,
        "denominator": denominator,
        "denominator_source_id": denominator_source,
        "china_gdp_usd": china_gdp,
    }


def figure_indicators(db, iso3: str | None = None) -> pd.DataFrame:
    """Every indicator above for every state and full year with the figures it needs.

    One row per (state, year, indicator, trade figure): `uses` names the trade figure (flow,
    value, reporter, year) and the denominator (GDP or total trade, with its source). Years
    without GDP (e.g. 2024, Venezuela after 2014, Cuba after 2020) give no exposure row:
    a gap, never an estimate. Sorted by state, year (newest first), indicator.
    """
    import pandas as pd

    from chinalac.domain.figures import annual_totals, query, trade_series

    celac = set(query(db, "SELECT iso3 FROM countries WHERE celac")["iso3"])
    gdp = _gdp(db)
    gdp_of = {(r.iso3, int(r.year)): (float(r.gdp_usd), r.source_id) for r in gdp.itertuples()}
    names = dict(query(db, "SELECT iso3, name_en FROM countries").itertuples(index=False))
    rows: list[dict] = []
    totals = annual_totals(db, iso3)
    totals = totals[
        totals["iso3"].isin(celac) & ~totals["scope"].str.contains("manufactures", na=False)
    ]
    for figure in totals.itertuples():
        year = int(figure.year)
        state = gdp_of.get((figure.iso3, year))
        china = gdp_of.get(("CHN", year))
        if state is None:
            continue
        label = f"GDP {names.get(figure.iso3, figure.iso3)} {year} {state[0] / 1e9:,.1f} bn US$ (World Bank)"
        rows.append(
            _row(
                "china_trade_exposure",
                figure,
                china_trade_exposure(figure.value_usd, state[0]),
                label,
                state[0],
                state[1],
            )
        )
        if china is not None:
            both = f"{label} and GDP China {year} {china[0] / 1e9:,.0f} bn US$ (World Bank)"
            rows.append(
                _row(
                    "dependence_asymmetry",
                    figure,
                    dependence_asymmetry(figure.value_usd, state[0], china[0]),
                    both,
                    state[0],
                    state[1],
                    china[0],
                )
            )
    wdi = _wdi_totals(db)
    if not wdi.empty:
        total_of = {
            (r.iso3, int(r.year), r.indicator): (float(r.value), r.source) for r in wdi.itertuples()
        }
        codes = [iso3] if iso3 else sorted(celac)
        for code in codes:
            for flow, indicator, name in (
                ("exports_to_china", EXPORTS_TOTAL, "china_share_of_exports"),
                ("imports_from_china", IMPORTS_TOTAL, "china_share_of_imports"),
            ):
                for figure in trade_series(db, code, flow).itertuples():
                    total = total_of.get((code, int(figure.year), indicator))
                    if total is None:
                        continue
                    label = f"WDI {indicator} {int(figure.year)} {total[0] / 1e9:,.1f} bn US$"
                    value = china_share_of_exports(figure.value_usd, total[0])
                    rows.append(_row(name, figure, value, label, total[0], total[1]))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if frame.empty:
        return frame
    return frame.sort_values(
        ["iso3", "year", "indicator", "trade_reporter"], ascending=[True, False, True, True]
    ).reset_index(drop=True)


def _connection(db):
    """The DuckDB connection behind `db` (a connection, or a Database/store holding one)."""
    return getattr(db, "con", db)


def _has_table(con, name: str) -> bool:
    query = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
    return bool(con.execute(query, [name]).fetchone()[0])


def _has_wdi_totals(db) -> bool:
    con = _connection(db)
    if not _has_table(con, "wdi"):
        return False
    try:
        found = con.execute(
            "SELECT count(*) FROM wdi WHERE indicator IN (?, ?)", [EXPORTS_TOTAL, IMPORTS_TOTAL]
        ).fetchone()[0]
    except Exception:  # a view over ingested files that are not there any more
        return False
    return bool(found)


def needs(db) -> tuple[list[str], list[tuple]]:
    """What each indicator not computed from this build needs, in one line each:
    (columns, rows), without pandas."""
    have_wdi = _has_wdi_totals(db)
    rows = [
        (name, what)
        for name, what in NEEDS.items()
        if not (have_wdi and name.startswith("china_share"))
    ]
    return ["indicator", "needs"], rows


def latest_figure_indicators(db) -> pd.DataFrame:
    """Per state and indicator, the latest year's values (every reporter of that year)."""
    frame = figure_indicators(db)
    if frame.empty:
        return frame
    latest = frame.groupby(["iso3", "indicator"])["year"].transform("max")
    return frame[frame["year"] == latest].reset_index(drop=True)


def metadata() -> pd.DataFrame:
    """One row per indicator: name, title, formula, unit, reference."""
    return pd.DataFrame([{"name": name, **meta} for name, meta in INDICATORS.items()])


def frame_rows(frame: pd.DataFrame) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of a DataFrame as plain Python values, missing values as None."""
    plain = frame.astype(object).where(frame.notna(), None)
    return [str(c) for c in plain.columns], list(plain.itertuples(index=False, name=None))


def stored_rows(db, iso3: str | None = None, years: list[int] | None = None):
    """figure_indicators' rows as `chinalac build` stored them (TABLE), in the same order and
    without `position`: (columns, rows), or None when the store has no such table."""
    con = _connection(db)
    if not _has_table(con, TABLE):
        return None
    cursor = con.execute(
        f"""SELECT * EXCLUDE (position) FROM {TABLE}
            WHERE (?::VARCHAR IS NULL OR iso3 = ?) AND (?::INTEGER[] IS NULL OR list_contains(?, year))
            ORDER BY position""",
        [iso3, iso3, years, years],
    )
    return [d[0] for d in cursor.description], cursor.fetchall()


def dependency_report(
    db, iso3: str, years: list[int] | None = None
) -> dict[str, tuple[list[str], list[tuple]]]:
    """`chinalac indicators dependency`: every China–state indicator for one state, each
    section as (columns, rows).

    `published_figures`: the indicators above for the years asked (one row per trade figure);
    `product_level`: the product-level panel (one row per year) when product-level trade is
    ingested; `needs`: what each indicator not computed needs (the panel's own reason first).
    `years` None: every year with data (the panel: every year ingested, read from the panel
    stored at ingest). pandas is loaded only when the store lacks the rows `chinalac build`
    stores (TABLE) or the panel stored at ingest does not cover the request.
    """
    from chinalac.domain import indicator_panel

    published = stored_rows(db, iso3, years)
    if published is None:
        frame = figure_indicators(db, iso3)
        if years is not None:
            frame = frame[frame["year"].isin(set(years))]
        published = frame_rows(frame.reset_index(drop=True))
    columns, rows = published
    keep = [i for i, column in enumerate(columns) if column != "iso3"]
    published = [columns[i] for i in keep], [tuple(row[i] for i in keep) for row in rows]
    needs_columns, missing = needs(db)
    try:
        panel = _product_level(db, iso3, years)
        missing = [row for row in missing if not row[0].startswith("product-level")]
    except (ValueError, indicator_panel.TradeSelectionError) as error:  # IndicatorError too
        panel = (["year"], [])
        reason = (
            f"{error} — needs product-level trade (`chinalac ingest baci` or "
            "`chinalac ingest comtrade --level hs6`)"
        )
        missing = [
            (name, reason if name.startswith("product-level") else what) for name, what in missing
        ]
    return {
        "published_figures": published,
        "product_level": panel,
        "needs": (needs_columns, missing),
    }


def _product_level(db, iso3: str, years: list[int] | None) -> tuple[list[str], list[tuple]]:
    """The product-level panel for the years asked that are ingested: from the panel stored at
    ingest when it covers them (no recomputation, and neither chinalac.indicators nor pandas
    is loaded), else computed by chinalac.indicators."""
    from chinalac.domain import indicator_panel

    available = indicator_panel.select_trade(db.con).years
    chosen = available if years is None else [year for year in years if year in available]
    if not chosen:
        raise indicator_panel.TradeSelectionError(
            f"no product-level trade for {min(years)}–{max(years)} in this build "
            f"(years ingested: {', '.join(map(str, available))})"
        )
    stored = indicator_panel.stored_dependency(db, iso3, chosen)
    if stored is not None:
        columns, rows, _notes = stored
        return columns, rows
    from chinalac import indicators

    return frame_rows(indicators.dependency_panel(db, iso3, chosen))
