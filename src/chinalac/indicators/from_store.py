"""Thin wrappers: read the store, call the pure indicator functions, return DataFrames.

`db` is anything with `db.con` (a DuckDB connection) and `db.sql(query, params)` →
DataFrame, e.g. `chinalac.open()`. Tables and views used (docs/ARCHITECTURE.md):

    trade_products  source, release, classification, year, exporter, importer, product, value_usd, quantity_t
    wdi             iso3, year, indicator, value            (GDP: NY.GDP.MKTP.CD)
    countries       iso3, …, celac                           (the 33 partner states)
    commitments, ties, facts, projects, visits              (knowledge base)
    finance_country_year  iso3, year, value_usd               (Chinese development finance)

Product-level trade may hold several sources and releases (BACI V202401 and V202501, a
Comtrade extract…). They are never summed together: `select_trade` picks one (source,
release, classification) — the one covering most of the requested years, then BACI, then
the latest release — and every output names it in its `source` column ("baci:V202501").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from chinalac.domain import indicator_panel
from chinalac.domain.indicator_panel import TradeSelection
from chinalac.indicators import panel as panel_module
from chinalac.indicators.balassa import rca_from_table
from chinalac.indicators.complexity import EconomicComplexity
from chinalac.indicators.cooperation_depth import (
    cooperation_depth_index as _cooperation_depth_index,
)
from chinalac.indicators.cooperation_depth import (
    cooperation_depth_sensitivity as _cooperation_depth_sensitivity,
)
from chinalac.indicators.errors import IndicatorError

TRADE_TABLE = "trade_products"
GDP_VIEW = "wdi"
FINANCE_VIEW = "finance_country_year"
FINANCE_TABLE = "aiddata_country_year"


def _quote(text: str) -> str:
    return str(text).replace("'", "''")


def has_table(db, name: str) -> bool:
    found = db.sql(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?", [name]
    )
    return bool(found["n"].iloc[0])


def _require_table(db, name: str, hint: str) -> None:
    if not has_table(db, name):
        raise IndicatorError(f"the store has no table '{name}': {hint}")


def _years(years: Sequence[int] | int | None) -> list[int] | None:
    if years is None:
        return None
    return [int(years)] if isinstance(years, int) else sorted({int(y) for y in years})


def select_trade(
    db,
    years: Sequence[int] | int | None = None,
    *,
    source: str | None = None,
    release: str | None = None,
) -> TradeSelection:
    """The one (source, release, classification) of trade_products the indicators will read
    (chinalac.domain.indicator_panel.select_trade: from the ingest log, no scan)."""
    try:
        return indicator_panel.select_trade(db.con, _years(years), source=source, release=release)
    except indicator_panel.TradeSelectionError as error:
        raise IndicatorError(str(error)) from None


def celac_states(db) -> list[str]:
    """ISO3 codes of the 33 CELAC states, from the knowledge base's countries table."""
    _require_table(db, "countries", "build the store first (`chinalac build`)")
    codes = db.sql("SELECT iso3 FROM countries WHERE celac ORDER BY iso3")["iso3"].tolist()
    if not codes:
        raise IndicatorError("the countries table marks no CELAC state")
    return codes


def trade_panel(
    db,
    years: Sequence[int] | int,
    *,
    partners: Sequence[str] | None = None,
    source: str | None = None,
    release: str | None = None,
    rca_digits: Sequence[int] = (6, 4, 2),
    complexity: bool = True,
    require_partner_data: bool = False,
) -> panel_module.TradePanel:
    """The full panel (RCA, ECI/PCI, China–state indicators) from the store.

    Only the China–state indicators (`rca_digits=()`): read from the panel stored at ingest
    when it covers the request (then `.complexity` is None: ECI stays in its columns).
    """
    selection = select_trade(db, years, source=source, release=release)
    chosen = list(partners) if partners is not None else celac_states(db)
    if not rca_digits:
        stored = stored_panel(db, selection, chosen, require_partner_data)
        if stored is not None:
            return stored
    return panel_module.trade_panel(
        db.con,
        years=selection.years,
        partners=chosen,
        table=TRADE_TABLE,
        where=selection.where,
        classification=selection.classification,
        gdp=GDP_VIEW if has_table(db, GDP_VIEW) else None,
        rca_digits=rca_digits,
        complexity=complexity,
        source=selection.label,
        require_partner_data=require_partner_data,
    )


def stored_panel(
    db, selection: TradeSelection, partners: list[str], require_partner_data: bool = False
) -> panel_module.TradePanel | None:
    """The China–state indicators from the panel stored at ingest, or None if none covers them."""
    ingested = getattr(db, "ingested_dir", None)  # `db` may be any object with .con and .sql
    if ingested is None:
        return None
    try:
        found = indicator_panel.stored_bilateral(
            db.con,
            ingested,
            selection,
            [p for p in dict.fromkeys(partners) if p != panel_module.CHINA],
            require_partner_data=require_partner_data,
        )
    except indicator_panel.TradeSelectionError as error:
        raise IndicatorError(str(error)) from None
    if found is None:
        return None
    columns, rows, notes = found
    bilateral = pd.DataFrame.from_records(rows, columns=columns)
    bilateral = bilateral.astype({"year": "int64"}).astype(
        {c: "float64" for c in panel_module.BILATERAL_COLUMNS[2:-1]}
    )
    return panel_module.TradePanel(
        years=selection.years,
        partners=list(dict.fromkeys(bilateral["country"])),
        rca={},
        complexity=None,
        bilateral=bilateral[panel_module.BILATERAL_COLUMNS].reset_index(drop=True),
        source=selection.label,
        notes=notes,
    )


def dependency_panel(
    db, country_iso3: str, years: Sequence[int] | int | None = None, **options
) -> pd.DataFrame:
    """One row per year, one column per indicator, China vs `country_iso3`.

    Columns: panel.BILATERAL_COLUMNS. A year without trade data, or in which the state has
    no recorded trade, raises IndicatorError. Notes (e.g. no GDP data) are in `.attrs["notes"]`.
    """
    result = trade_panel(
        db,
        years,
        partners=[country_iso3],
        rca_digits=(),
        complexity=True,
        require_partner_data=True,
        **options,
    )
    frame = result.bilateral.reset_index(drop=True)
    frame.attrs["notes"] = result.notes
    return frame


def _bilateral_columns(db, years, country, columns: list[str], **options) -> pd.DataFrame:
    partners = [country] if country else None
    result = trade_panel(db, years, partners=partners, rca_digits=(), complexity=False, **options)
    return result.bilateral[["year", "country", *columns, "source"]]


def revealed_comparative_advantage(
    db,
    *,
    years: Sequence[int] | int,
    country: str | None = None,
    product_digits: int = 6,
    source: str | None = None,
    release: str | None = None,
) -> pd.DataFrame:
    """RCA for every exporter (or one) × product × year, computed in the store by DuckDB."""
    selection = select_trade(db, years, source=source, release=release)
    table = rca_from_table(
        db.con,
        TRADE_TABLE,
        years=selection.years,
        where=selection.where,
        product_digits=product_digits,
    )
    frame = table.to_pandas()
    if country:
        frame = frame[frame["exporter"] == country]
    frame = frame.sort_values(["year", "exporter", "product"]).reset_index(drop=True)
    frame.insert(3, "product_digits", product_digits)
    frame["rca_binary"] = (frame["rca"] >= 1.0).astype("int8")
    frame["source"] = selection.label
    return frame


def economic_complexity(
    db, *, years: Sequence[int] | int, source: str | None = None, release: str | None = None
) -> EconomicComplexity:
    """ECI per country and PCI per product for each year, from the store."""
    selection = select_trade(db, years, source=source, release=release)
    return panel_module.complexity_panel(
        db.con,
        years=selection.years,
        table=TRADE_TABLE,
        where=selection.where,
        source=selection.label,
    )


def economic_complexity_index(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    countries = economic_complexity(db, years=years, **options).countries
    return countries if country is None else countries[countries["country"] == country]


def product_complexity_index(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    """PCI per product; with `country`, only the products it exports with RCA ≥ 1."""
    result = economic_complexity(db, years=years, **options)
    if country is None:
        return result.products
    rca = revealed_comparative_advantage(db, years=years, country=country, **options)
    exported = rca.loc[rca["rca_binary"] == 1, ["year", "product"]]
    return result.products.merge(exported, on=["year", "product"], how="inner")


def trade_complementarity_index(
    db, *, years, country: str | None = None, **options
) -> pd.DataFrame:
    return _bilateral_columns(
        db,
        years,
        country,
        ["trade_complementarity_country_to_china", "trade_complementarity_china_to_country"],
        **options,
    )


def grubel_lloyd_aggregate(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    return _bilateral_columns(db, years, country, ["grubel_lloyd_with_china"], **options)


def grubel_lloyd_index(
    db, *, years, country: str, source: str | None = None, release: str | None = None
) -> pd.DataFrame:
    """GL per HS6 product of the state's trade with China."""
    from chinalac.indicators.intra_industry import grubel_lloyd_index as pure

    if not country:
        raise IndicatorError("grubel_lloyd_index per product needs a country")
    selection = select_trade(db, years, source=source, release=release)
    flows = db.sql(
        f"SELECT year, exporter, importer, product, sum(value_usd) AS value_usd FROM {TRADE_TABLE} "
        f"WHERE {selection.where} AND year IN ({', '.join(map(str, selection.years))}) "
        "AND ((exporter = ? AND importer = 'CHN') OR (exporter = 'CHN' AND importer = ?)) GROUP BY ALL",
        [country, country],
    )
    if flows.empty:
        raise IndicatorError(
            f"no trade between {country} and CHN in {', '.join(map(str, selection.years))}"
        )
    result = pure(flows, country, "CHN")
    result["source"] = selection.label
    return result


def trade_intensity_index(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    return _bilateral_columns(
        db,
        years,
        country,
        ["trade_intensity_country_to_china", "trade_intensity_china_to_country"],
        **options,
    )


def export_concentration_index(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    return _bilateral_columns(
        db,
        years,
        country,
        [
            "hhi_exports_to_china",
            "hhi_normalised_exports_to_china",
            "hhi_exports_to_world",
            "hhi_normalised_exports_to_world",
        ],
        **options,
    )


def primary_commodity_share(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    return _bilateral_columns(
        db,
        years,
        country,
        ["primary_share_exports_to_china", "unmapped_share_exports_to_china"],
        **options,
    )


def partner_share_asymmetry(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    return _bilateral_columns(
        db,
        years,
        country,
        ["china_share_of_country_trade", "country_share_of_china_trade", "partner_share_asymmetry"],
        **options,
    )


def trade_to_gdp(db, *, years, country: str | None = None, **options) -> pd.DataFrame:
    return _bilateral_columns(
        db, years, country, ["trade_with_china_usd", "trade_with_china_to_gdp"], **options
    )


def commitment_delivery(db, **_: object) -> pd.DataFrame:
    _require_table(db, "commitments", "build the store first (`chinalac build`)")
    from chinalac.domain.commitments import commitment_delivery as delivery
    from chinalac.domain.commitments import pledge_statuses

    return delivery(pledge_statuses(db))


def _knowledge_tables(db) -> dict[str, pd.DataFrame | None]:
    _require_table(db, "ties", "build the store first (`chinalac build`)")
    tables: dict[str, pd.DataFrame | None] = {"ties": db.sql("SELECT * FROM ties")}
    for name in ("facts", "projects", "visits"):
        tables[name] = db.sql(f"SELECT * FROM {name}") if has_table(db, name) else None
    # Chinese development finance by recipient and year (AidData GCDF 3.0 through the store's
    # finance_country_year view; else the raw AidData table, flow classes summed).
    if has_table(db, FINANCE_VIEW):
        tables["finance"] = db.sql(
            f"SELECT iso3, year, value_usd, source_id FROM {FINANCE_VIEW} WHERE iso3 IS NOT NULL"
        )
    elif has_table(db, FINANCE_TABLE):
        tables["finance"] = db.sql(
            "SELECT iso3, year, sum(amount_constant_2021_usd) AS value_usd, any_value(source_id) AS source_id "
            f"FROM {FINANCE_TABLE} WHERE iso3 IS NOT NULL GROUP BY iso3, year"
        )
    else:
        tables["finance"] = None
    return tables


FIRST_DEPTH_YEAR = 2000


def depth_years(db) -> list[int]:
    """The years the cooperation depth index is scored for: 2000 to the year of the newest dated
    (sourced or inferred) tie. A later year would repeat that state of things as if known."""
    _require_table(db, "ties", "build the store first (`chinalac build`)")
    latest = db.sql("SELECT max(date_sort) AS latest FROM ties WHERE quality <> 'unsourced'")
    text = str(latest["latest"].iloc[0] or "")
    last = int(text[:4]) if text[:4].isdigit() else FIRST_DEPTH_YEAR
    return list(range(FIRST_DEPTH_YEAR, max(last, FIRST_DEPTH_YEAR) + 1))


def cooperation_depth_index(
    db, *, years, country: str | None = None, weights: Mapping[str, float] | None = None
) -> pd.DataFrame:
    tables = _knowledge_tables(db)
    result = _cooperation_depth_index(
        tables.pop("ties"),
        years=_years(years),
        countries=celac_states(db),
        weights=weights,
        **tables,
    )
    return result if country is None else result[result["iso3"] == country]


def cooperation_depth_sensitivity(
    db, *, years, country: str | None = None, **options
) -> pd.DataFrame:
    tables = _knowledge_tables(db)
    result = _cooperation_depth_sensitivity(
        tables.pop("ties"), years=_years(years), countries=celac_states(db), **tables, **options
    )
    return result if country is None else result[result["iso3"] == country]
