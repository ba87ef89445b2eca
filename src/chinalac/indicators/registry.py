"""The registry: every indicator's metadata (indicators.yml) beside its functions.

`REGISTRY[name]` gives the title, formula, reference, unit, level, caveats, the pure
function (DataFrames in, DataFrame out) and the store wrapper (`db` in). The CLI builds
`chinalac indicators list|dependency|rank` on `list_indicators`, `dependency_panel` and
`rank`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import pandas as pd
import yaml

from chinalac.domain.commitments import commitment_delivery
from chinalac.indicators import from_store
from chinalac.indicators.balassa import revealed_comparative_advantage
from chinalac.indicators.complementarity import trade_complementarity_index
from chinalac.indicators.complexity import economic_complexity_index, product_complexity_index
from chinalac.indicators.concentration import export_concentration_index
from chinalac.indicators.cooperation_depth import cooperation_depth_index
from chinalac.indicators.errors import IndicatorError
from chinalac.indicators.intensity import trade_intensity_index
from chinalac.indicators.intra_industry import grubel_lloyd_aggregate, grubel_lloyd_index
from chinalac.indicators.panel import BILATERAL_COLUMNS
from chinalac.indicators.partner_share import partner_share_asymmetry, trade_to_gdp
from chinalac.indicators.primary_commodities import primary_commodity_share

# What `rank` orders: products of one country, CELAC states, every country, or commitments.
PRODUCTS, STATES, COUNTRIES, COMMITMENTS = "products", "states", "countries", "commitments"

# name → (pure function, store wrapper, what rank orders, the column rank orders by)
FUNCTIONS: dict[str, tuple[Callable, Callable, str, str]] = {
    "revealed_comparative_advantage": (
        revealed_comparative_advantage, from_store.revealed_comparative_advantage, PRODUCTS, "rca"),
    "trade_complementarity_index": (
        trade_complementarity_index, from_store.trade_complementarity_index, STATES,
        "trade_complementarity_country_to_china"),
    "grubel_lloyd_index": (grubel_lloyd_index, from_store.grubel_lloyd_index, PRODUCTS, "grubel_lloyd_index"),
    "grubel_lloyd_aggregate": (
        grubel_lloyd_aggregate, from_store.grubel_lloyd_aggregate, STATES, "grubel_lloyd_with_china"),
    "trade_intensity_index": (
        trade_intensity_index, from_store.trade_intensity_index, STATES, "trade_intensity_country_to_china"),
    "export_concentration_index": (
        export_concentration_index, from_store.export_concentration_index, STATES,
        "hhi_normalised_exports_to_china"),
    "primary_commodity_share": (
        primary_commodity_share, from_store.primary_commodity_share, STATES, "primary_share_exports_to_china"),
    "partner_share_asymmetry": (
        partner_share_asymmetry, from_store.partner_share_asymmetry, STATES, "partner_share_asymmetry"),
    "trade_to_gdp": (trade_to_gdp, from_store.trade_to_gdp, STATES, "trade_with_china_to_gdp"),
    "economic_complexity_index": (economic_complexity_index, from_store.economic_complexity_index, COUNTRIES, "eci"),
    "product_complexity_index": (product_complexity_index, from_store.product_complexity_index, PRODUCTS, "pci"),
    "commitment_delivery": (commitment_delivery, from_store.commitment_delivery, COMMITMENTS, "delivery_ratio"),
    "cooperation_depth_index": (
        cooperation_depth_index, from_store.cooperation_depth_index, STATES, "cooperation_depth_index"),
}  # fmt: skip


@dataclass(frozen=True)
class Indicator:
    name: str
    title: str
    formula: str
    reference: str
    unit: str
    level: str
    caveats: tuple[str, ...]
    columns: tuple[str, ...]
    method_notes: str  # variant / aggregation / edge cases, as written in indicators.yml
    function: Callable
    store_function: Callable
    ranks: str
    rank_column: str
    # title_es, unit_pt, caveats_es (a tuple), …: the dashboard's translations, where written
    translations: dict = field(default_factory=dict, compare=False, hash=False)
    # The formula as a reader meets it: one-letter symbols, subscripts written `_x` or `_{xy}`
    # (the page sets them as subscripts), and what each symbol is in words (`symbols`, with
    # symbols_es / symbols_pt); `formula` keeps the code's names (docstrings, CSV, API).
    reader_formula: str = ""
    symbols: str = ""
    # The method (variant, aggregation, edge cases) as a reader reads it, without code names
    # (reader_method_es / _pt in `translations`); `method_notes` keeps the code's wording.
    reader_method: str = ""
    reader_reference: str = ""  # where `reference` names code files; else `reference` is shown


@cache
def metadata() -> dict:
    """indicators.yml as a dict (caveats library + the list of indicators)."""
    return yaml.safe_load(
        (files("chinalac.indicators") / "indicators.yml").read_text(encoding="utf-8")
    )


def _translations(entry: dict, spec: dict) -> dict:
    found = {
        f"{key}_{lang}": entry[f"{key}_{lang}"]
        for key in ("title", "unit", "level", "symbols", "reader_method", "reader_reference")
        for lang in ("es", "pt")
        if entry.get(f"{key}_{lang}")
    }
    for lang in ("es", "pt"):
        library = spec.get(f"caveats_{lang}", {})
        caveats = [library.get(c) for c in entry.get("caveats", [])]
        if caveats and all(caveats):
            found[f"caveats_{lang}"] = tuple(" ".join(str(c).split()) for c in caveats)
    return found


def _build_registry() -> dict[str, Indicator]:
    spec = metadata()
    library = spec["caveats"]
    registry = {}
    for entry in spec["indicators"]:
        name = entry["name"]
        if name not in FUNCTIONS:
            continue  # the consistency test reports it
        function, store_function, ranks, rank_column = FUNCTIONS[name]
        notes = " ".join(
            str(entry[k]).strip() for k in ("variant", "aggregation", "edge_cases") if entry.get(k)
        )
        registry[name] = Indicator(
            name=name,
            title=entry["title"],
            formula=" ".join(str(entry["formula"]).split()),
            reference=" ".join(str(entry["reference"]).split()),
            unit=entry["unit"],
            level=entry["level"],
            caveats=tuple(
                " ".join(str(library.get(c, c)).split()) for c in entry.get("caveats", [])
            ),
            columns=tuple(entry.get("columns", [])),
            method_notes=" ".join(notes.split()),
            function=function,
            store_function=store_function,
            ranks=ranks,
            rank_column=rank_column,
            translations=_translations(entry, spec),
            reader_formula=" ".join(str(entry.get("reader_formula", "")).split()),
            symbols=" ".join(str(entry.get("symbols", "")).split()),
            reader_method=" ".join(str(entry.get("reader_method", "")).split()),
            reader_reference=" ".join(str(entry.get("reader_reference", "")).split()),
        )
    return registry


REGISTRY: dict[str, Indicator] = _build_registry()


def list_indicators() -> pd.DataFrame:
    """One row per indicator: name, title, formula, unit, level, reference, caveats, method."""
    return pd.DataFrame(
        [
            {
                "name": i.name,
                "title": i.title,
                "formula": i.formula,
                "unit": i.unit,
                "level": i.level,
                "reference": i.reference,
                "caveats": " | ".join(i.caveats),
                "method": i.method_notes,
            }
            for i in REGISTRY.values()
        ]
    )


def dependency_panel(db, country_iso3: str, years=None, **options) -> pd.DataFrame:
    """China vs one state: one row per year, one column per indicator (panel.BILATERAL_COLUMNS)."""
    return from_store.dependency_panel(db, country_iso3, years, **options)


def _resolve(indicator: str) -> tuple[str, str, Callable | None]:
    """(what is ranked, the column, the store function) for a registry name or a panel column."""
    if indicator in REGISTRY:
        entry = REGISTRY[indicator]
        return entry.ranks, entry.rank_column, entry.store_function
    if indicator in BILATERAL_COLUMNS[2:-1]:
        return STATES, indicator, None  # read from the dependency panel, like every state-level one
    known = ", ".join([*REGISTRY, *BILATERAL_COLUMNS[2:-1]])
    raise IndicatorError(f"unknown indicator {indicator!r}; known: {known}")


def rank(
    db, indicator: str, country: str | None = None, year: int | None = None, top: int = 10
) -> pd.DataFrame:
    """The top `top` values of an indicator in `year`, with `country` always shown.

    Products of `country` for product-level indicators (RCA, per-product Grubel–Lloyd, PCI);
    the CELAC states for state-level ones (or any dependency-panel column); every country
    for ECI; commitments for commitment delivery. Descending order (for concentration and
    primary share, first = most concentrated / most primary). Returns rank, code, value,
    indicator, column, year, selected, source.
    """
    ranks, column, store_function = _resolve(indicator)
    if top < 1:
        raise IndicatorError("top must be ≥ 1")
    if year is None and ranks != COMMITMENTS:
        if indicator == "cooperation_depth_index":
            raise IndicatorError("give a year for the cooperation depth index")
        year = max(from_store.select_trade(db).years)
    if ranks == PRODUCTS:
        if not country:
            raise IndicatorError(f"{indicator} ranks the products of one country: give a country")
        table = store_function(db, years=year, country=country)
        code_column = "product"
    elif ranks == STATES:
        if indicator == "cooperation_depth_index":
            scored = from_store.depth_years(db)
            if int(year) not in scored:
                raise IndicatorError(
                    f"no cooperation depth score for {year}: choose a year from {scored[0]} to "
                    f"{scored[-1]} (the newest dated tie)"
                )
            table = from_store.cooperation_depth_index(db, years=year).rename(
                columns={"iso3": "country"}
            )
        else:
            table = from_store.trade_panel(
                db, year, rca_digits=(), complexity=column.startswith("eci")
            ).bilateral
        code_column = "country"
    elif ranks == COUNTRIES:
        table = store_function(db, years=year)
        code_column = "country"
    else:
        table = store_function(db)
        code_column = "commitment_id"
    if year is not None and "year" in table.columns:
        table = table[table["year"] == int(year)]
    if table.empty:
        raise IndicatorError(f"no values of {indicator} for {country or 'any country'} in {year}")
    ordered = table.sort_values(column, ascending=False, na_position="last").reset_index(drop=True)
    ordered["rank"] = ordered[column].rank(ascending=False, method="min")
    ordered["selected"] = (
        (ordered[code_column] == country) if ranks in (STATES, COUNTRIES) else False
    )
    shown = ordered.head(top)
    if ranks in (STATES, COUNTRIES) and country and not shown["selected"].any():
        shown = pd.concat([shown, ordered[ordered["selected"]]])
    return pd.DataFrame(
        {
            "rank": shown["rank"].astype("Int64"),
            "code": shown[code_column],
            "value": shown[column],
            "indicator": indicator,
            "column": column,
            "year": year,
            "selected": shown["selected"].astype(bool),
            "source": shown["source"] if "source" in shown.columns else "",
        }
    ).reset_index(drop=True)
