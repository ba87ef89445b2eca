"""The fast path: every trade indicator for China and each partner state, from one aggregation.

Product-level bilateral trade (≈10 M rows a year in BACI) is read by DuckDB, never by
pandas, one year at a time, in two passes: the exporter × product aggregation, and a filter
keeping the rows whose importer is China or a partner state ("focus" importers). Every table
the indicators need is summed from those two:

    x_cp  exporter × product × year     (RCA at HS6/HS4/HS2, ECI/PCI, TC export baskets, HHI)
    x_ij  exporter × focus importer,    (trade intensity, partner shares, trade/GDP: every
          the rest of the world as one   exporter's, focus importer's and the world's totals)
    m_kp  focus importer × product      (TC import baskets)
    the product-level flows between China and the partner states (Grubel–Lloyd, HHI and
    primary share of exports to China).

Everything else is derived from these small tables: RCA in SQL, ECI/PCI with numpy on the
≈200 × 200 country matrix, and the China–state indicators with the same pure functions the
rest of the package exposes, so the fast path and the documented formulas cannot drift apart.

`trade_panel(con, …)` works on any DuckDB connection holding a table or view with columns
year, exporter, importer (ISO3), product (HS6 string), value_usd: the store's
`trade_products`, or Parquet files behind a view (see benchmarks/indicators.py).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from chinalac.indicators.balassa import rca_query
from chinalac.indicators.complementarity import trade_complementarity_index
from chinalac.indicators.complexity import EconomicComplexity, complexity_for_rows
from chinalac.indicators.concentration import export_concentration_index
from chinalac.indicators.errors import IndicatorError
from chinalac.indicators.intensity import trade_intensity_index
from chinalac.indicators.intra_industry import grubel_lloyd_aggregate
from chinalac.indicators.partner_share import GDP_INDICATOR, partner_share_asymmetry, trade_to_gdp
from chinalac.indicators.primary_commodities import primary_commodity_share

CHINA = "CHN"
# x_ij's one importer for every country that is neither China nor a partner (not a code).
REST_OF_WORLD = "*"
CODE = re.compile(r"^[A-Za-z0-9_]{1,12}$")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# The columns of TradePanel.bilateral (and of dependency_panel), in order.
BILATERAL_COLUMNS = [
    "year",
    "country",
    "exports_to_china_usd",
    "imports_from_china_usd",
    "trade_with_china_usd",
    "trade_complementarity_country_to_china",
    "trade_complementarity_china_to_country",
    "grubel_lloyd_with_china",
    "trade_intensity_country_to_china",
    "trade_intensity_china_to_country",
    "hhi_exports_to_china",
    "hhi_normalised_exports_to_china",
    "hhi_exports_to_world",
    "hhi_normalised_exports_to_world",
    "primary_share_exports_to_china",
    "unmapped_share_exports_to_china",
    "china_share_of_country_trade",
    "country_share_of_china_trade",
    "partner_share_asymmetry",
    "trade_with_china_to_gdp",
    "eci_country",
    "eci_china",
    "source",
]


@dataclass
class TradePanel:
    """Everything the panel computed; large tables stay in Arrow, small ones are pandas."""

    years: list[int]
    partners: list[str]
    rca: dict[int, pa.Table]  # product_digits → year, exporter, product, value_usd, rca
    complexity: EconomicComplexity | None
    bilateral: pd.DataFrame  # BILATERAL_COLUMNS, one row per year × partner state
    source: str
    notes: list[str] = field(default_factory=list)


def _codes(codes: Sequence[str], what: str) -> str:
    for code in codes:
        if not CODE.match(str(code)):
            raise IndicatorError(f"{what}: {code!r} is not a country code")
    return "(" + ", ".join(f"'{c}'" for c in codes) + ")"


def trade_panel(
    con: duckdb.DuckDBPyConnection,
    *,
    years: Sequence[int],
    partners: Sequence[str],
    table: str = "trade_products",
    where: str | None = None,
    classification: str = "HS17",
    gdp: pd.DataFrame | str | None = None,
    rca_digits: Sequence[int] = (6, 4, 2),
    complexity: bool = True,
    threshold: float = 1.0,
    source: str = "unspecified",
    require_partner_data: bool = False,
) -> TradePanel:
    """RCA, ECI/PCI and every China–partner indicator for `years`, in one aggregation.

    `table`: a table or view with year, exporter, importer, product (HS6 string), value_usd;
    `where`: an extra SQL filter on it (e.g. one source and release); `gdp`: a DataFrame
    (iso3, year, value) or the name of a WDI-shaped view (iso3, year, indicator, value);
    `source`: the label written in every output's `source` column. A requested year with
    no rows raises IndicatorError; with `require_partner_data`, so does a partner without
    any trade in a year.
    """
    if not IDENTIFIER.match(table):
        raise IndicatorError(f"{table!r} is not a table name")
    years = sorted({int(y) for y in years})
    if not years:
        raise IndicatorError("no year requested")
    partners = [p for p in dict.fromkeys(partners) if p != CHINA]
    if not partners:
        raise IndicatorError("no partner state given (China itself is the reporter)")
    wanted_digits = sorted(
        {int(d) for d in rca_digits} | ({6} if complexity else set()), reverse=True
    )
    if not set(wanted_digits) <= {2, 4, 6}:
        raise IndicatorError(f"rca_digits must be 2, 4 or 6, not {sorted(rca_digits)}")
    _check_years(con, table, where, years)

    # One year at a time: every indicator is defined within a year. A year's hash tables
    # (≈1 M exporter × product groups) fit in cache and in memory, and its intermediate
    # frames are dropped once its bilateral row is made: five years at once took 2 GB.
    gdp_frame = _gdp(con, gdp, partners, years)
    notes: list[str] = []
    rca_parts: dict[int, list[pa.Table]] = {d: [] for d in wanted_digits if d in rca_digits}
    eci_parts, pci_parts, bilateral_parts = [], [], []
    for year in years:
        part = _aggregate_year(
            con, table, where, year, partners, wanted_digits, set(rca_parts), complexity, threshold
        )
        if require_partner_data:
            _check_partners(part["x_ij"], [year], partners)
        for digits in rca_parts:
            rca_parts[digits].append(part["rca"][digits])
        eci_parts.append(part["eci"])
        pci_parts.append(part["pci"])
        bilateral_parts.append(
            _bilateral(
                years=[year],
                partners=partners,
                x_ij=part["x_ij"],
                exports_focus=part["exports_focus"],
                imports_focus=part["imports_focus"],
                pairs=part["pairs"],
                world_products={year: part["world_products"]},
                classification=classification,
                gdp=gdp_frame,
                complexity=EconomicComplexity(part["eci"], part["pci"]) if complexity else None,
                notes=notes,
            )
        )
        del part
    complexity_result = (
        EconomicComplexity(
            countries=pd.concat(eci_parts, ignore_index=True).assign(source=source),
            products=pd.concat(pci_parts, ignore_index=True).assign(source=source),
        )
        if complexity
        else None
    )
    bilateral = pd.concat(bilateral_parts, ignore_index=True)
    bilateral["source"] = source
    return TradePanel(
        years=years,
        partners=partners,
        rca={digits: pa.concat_tables(tables) for digits, tables in rca_parts.items()},
        complexity=complexity_result,
        bilateral=bilateral[BILATERAL_COLUMNS],
        source=source,
        notes=list(dict.fromkeys(notes)),
    )


def _aggregate_year(
    con, table, where, year, partners, wanted_digits, kept_digits, complexity, threshold
) -> dict:
    """One year's aggregates: the small frames the bilateral indicators need, RCA, ECI/PCI."""
    focus = _codes([CHINA, *partners], "partners")
    lac = _codes(partners, "partners")
    tag = f"_chinalac_panel_{uuid.uuid4().hex[:10]}"
    filters = [f"year = {int(year)}"] + ([f"({where})"] if where else [])
    base = f'SELECT year, exporter, importer, product, value_usd FROM "{table}" WHERE {" AND ".join(filters)}'
    created: list[str] = []

    def temp_table(name: str, query: str) -> str:
        full = f"{tag}_{name}"
        con.execute(f"CREATE TEMP TABLE {full} AS {query}")
        created.append(full)
        return full

    out: dict = {"year": year}
    try:
        # Two passes over the year's rows. The first is the exporter × product aggregation
        # (x_cp: RCA, ECI, export baskets, every exporter's total). The second keeps only
        # the rows whose importer is China or a partner state (about a fifth of BACI's rows:
        # a filter, no large hash table), and every other table is summed from it: m_kp
        # (focus importer × product), the China ↔ partner product flows, and x_ij (exporter ×
        # focus importer, plus one "rest of the world" importer holding the rest of each
        # exporter's total: every exporter's and focus importer's total and the world total
        # stay what they are, which is all that trade intensity, partner shares and
        # trade/GDP read). One exporter × product × focus importer aggregation instead took
        # 2.7× the exporter × product pass (three times the groups), three grouping sets 2.5×.
        x_cp = temp_table(
            "x_cp",
            f"SELECT {int(year)} AS year, exporter, product, sum(value_usd) AS value_usd "
            f"FROM ({base}) GROUP BY exporter, product",
        )
        to_focus = temp_table(
            "to_focus",
            f"SELECT exporter, importer, product, value_usd FROM ({base}) WHERE importer IN {focus}",
        )
        out["x_ij"] = con.sql(
            f"""
            WITH focus AS (
                SELECT exporter, importer, sum(value_usd) AS value_usd FROM {to_focus} GROUP BY ALL),
            totals AS (SELECT exporter, sum(value_usd) AS value_usd FROM {x_cp} GROUP BY ALL),
            rest AS (
                SELECT t.exporter, '{REST_OF_WORLD}' AS importer, t.value_usd AS total,
                       t.value_usd - coalesce(f.value_usd, 0) AS value_usd
                FROM totals t
                LEFT JOIN (SELECT exporter, sum(value_usd) AS value_usd FROM focus GROUP BY ALL) f
                USING (exporter))
            SELECT {int(year)} AS year, exporter, importer, value_usd FROM focus
            UNION ALL  -- a rest that is only the rounding of the subtraction is no trade
            SELECT {int(year)}, exporter, importer, value_usd FROM rest
            WHERE value_usd > 1e-12 * total
            """
        ).df()
        out["imports_focus"] = con.sql(
            f"SELECT {int(year)} AS year, importer, product, sum(value_usd) AS value_usd "
            f"FROM {to_focus} GROUP BY ALL"
        ).df()
        out["pairs"] = con.sql(
            f"""
            SELECT {int(year)} AS year, exporter, importer, product, sum(value_usd) AS value_usd
            FROM {to_focus}
            WHERE (exporter = '{CHINA}' AND importer IN {lac})
               OR (importer = '{CHINA}' AND exporter IN {lac})
            GROUP BY ALL
            """
        ).df()
        out["exports_focus"] = con.sql(
            f"SELECT year, exporter, product, value_usd FROM {x_cp} WHERE exporter IN {focus}"
        ).df()
        out["world_products"] = con.execute(
            f"SELECT count(DISTINCT product) FROM {x_cp} WHERE value_usd > 0"
        ).fetchall()[0][0]
        out["rca"] = {}
        for digits in wanted_digits:
            rca_table = temp_table(
                f"rca{digits}", rca_query(x_cp, product_digits=digits, aggregated=digits == 6)
            )
            if digits in kept_digits:  # HS6 may be computed for ECI only
                out["rca"][digits] = con.sql(f"SELECT * FROM {rca_table}").to_arrow_table()
        if complexity:
            out["eci"], out["pci"] = _complexity(con, f"{tag}_rca6", threshold)
        else:
            out["eci"] = out["pci"] = pd.DataFrame()
    finally:
        for name in reversed(created):
            con.execute(f"DROP TABLE IF EXISTS {name}")
    return out


def complexity_panel(
    con: duckdb.DuckDBPyConnection,
    *,
    years: Sequence[int],
    table: str = "trade_products",
    where: str | None = None,
    threshold: float = 1.0,
    source: str = "unspecified",
) -> EconomicComplexity:
    """ECI and PCI for `years` only (no bilateral indicators): x_cp → RCA → eigenvectors."""
    if not IDENTIFIER.match(table):
        raise IndicatorError(f"{table!r} is not a table name")
    years = sorted({int(y) for y in years})
    filters = [f"year IN ({', '.join(map(str, years))})"] + ([f"({where})"] if where else [])
    base = (
        f'(SELECT year, exporter, product, value_usd FROM "{table}" WHERE {" AND ".join(filters)})'
    )
    name = f"_chinalac_rca_{uuid.uuid4().hex[:10]}"
    con.execute(f"CREATE TEMP TABLE {name} AS {rca_query(base, product_digits=6)}")
    try:
        present = {int(r[0]) for r in con.execute(f"SELECT DISTINCT year FROM {name}").fetchall()}
        absent = [y for y in years if y not in present]
        if absent:
            raise IndicatorError(f"no trade data for year(s) {', '.join(map(str, absent))}")
        countries, products = _complexity(con, name, threshold)
        return EconomicComplexity(
            countries=countries.assign(source=source), products=products.assign(source=source)
        )
    finally:
        con.execute(f"DROP TABLE IF EXISTS {name}")


def _check_years(con, table: str, where: str | None, years: list[int]) -> None:
    """Every requested year has rows — asked cheaply (one row per year), before any work."""
    filters = f" AND ({where})" if where else ""
    absent = [
        y for y in years
        if con.execute(f'SELECT 1 FROM "{table}" WHERE year = {int(y)}{filters} LIMIT 1').fetchall() == []
    ]  # fmt: skip
    if absent:
        have = [y for y in years if y not in absent]
        raise IndicatorError(
            f"no trade data for year(s) {', '.join(map(str, absent))}"
            + (f" (requested years with data: {', '.join(map(str, have))})" if have else "")
        )


def _check_partners(x_ij: pd.DataFrame, years: list[int], partners: list[str]) -> None:
    active = x_ij[(x_ij["value_usd"] > 0)]
    traders = set(zip(active["year"].astype(int), active["exporter"], strict=True)) | set(
        zip(active["year"].astype(int), active["importer"], strict=True)
    )
    for partner in partners:
        absent = [y for y in years if (y, partner) not in traders]
        if absent:
            raise IndicatorError(
                f"no trade recorded for {partner} in {', '.join(map(str, absent))}"
            )


def _complexity(con, rca_table: str, threshold: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(ECI per country, PCI per product) for every year of an RCA table, from RCA ≥ threshold."""
    present = con.execute(
        f"SELECT year, exporter, product FROM {rca_table} WHERE rca >= {float(threshold)!r} ORDER BY year"
    ).fetchnumpy()
    years = np.asarray(present["year"])
    boundaries = [0, *(np.flatnonzero(np.diff(years)) + 1).tolist(), len(years)]
    country_parts, product_parts = [], []
    for start, stop in zip(boundaries[:-1], boundaries[1:], strict=True):
        if start == stop:
            continue
        year = int(years[start])
        countries, product_codes, eci, pci, diversity, ubiquity = complexity_for_rows(
            present["exporter"][start:stop], present["product"][start:stop], year
        )
        country_parts.append(
            pd.DataFrame(
                {"year": year, "country": countries, "diversity": diversity.astype(int), "eci": eci}
            )
        )
        product_parts.append(
            pd.DataFrame(
                {
                    "year": year,
                    "product": product_codes,
                    "ubiquity": ubiquity.astype(int),
                    "pci": pci,
                }
            )
        )
    if not country_parts:
        raise IndicatorError("no exporter has any product with RCA ≥ 1")
    return pd.concat(country_parts, ignore_index=True), pd.concat(product_parts, ignore_index=True)


def _gdp(con, gdp, partners: list[str], years: list[int]) -> pd.DataFrame | None:
    if gdp is None:
        return None
    if isinstance(gdp, pd.DataFrame):
        return gdp
    if not IDENTIFIER.match(str(gdp)):
        raise IndicatorError(f"{gdp!r} is not a table name")
    return con.execute(
        f'SELECT iso3, year, value FROM "{gdp}" WHERE indicator = ? AND iso3 IN {_codes(partners, "partners")} '
        f"AND year IN ({', '.join(map(str, years))})",
        [GDP_INDICATOR],
    ).df()


def _bilateral(
    *,
    years,
    partners,
    x_ij,
    exports_focus,
    imports_focus,
    pairs,
    world_products,
    classification,
    gdp,
    complexity,
    notes,
) -> pd.DataFrame:
    keys = ["year", "country"]
    frame = pd.DataFrame({"year": years}).merge(pd.DataFrame({"country": partners}), how="cross")

    shares = partner_share_asymmetry(x_ij, partners, CHINA).rename(
        columns={
            "exports_to_partner_usd": "exports_to_china_usd",
            "imports_from_partner_usd": "imports_from_china_usd",
            "bilateral_trade_usd": "trade_with_china_usd",
            "partner_share": "china_share_of_country_trade",
            "reverse_partner_share": "country_share_of_china_trade",
        }
    )
    frame = frame.merge(
        shares[
            [
                *keys,
                "exports_to_china_usd",
                "imports_from_china_usd",
                "trade_with_china_usd",
                "china_share_of_country_trade",
                "country_share_of_china_trade",
                "partner_share_asymmetry",
            ]
        ],
        on=keys,
        how="left",
    )

    pair_list = [(p, CHINA) for p in partners] + [(CHINA, p) for p in partners]
    complementarity = trade_complementarity_index(exports_focus, imports_focus, pairs=pair_list)
    to_china = complementarity[complementarity["importer"] == CHINA].rename(
        columns={
            "exporter": "country",
            "trade_complementarity_index": "trade_complementarity_country_to_china",
        }
    )
    from_china = complementarity[complementarity["exporter"] == CHINA].rename(
        columns={
            "importer": "country",
            "trade_complementarity_index": "trade_complementarity_china_to_country",
        }
    )
    frame = frame.merge(
        to_china[[*keys, "trade_complementarity_country_to_china"]], on=keys, how="left"
    )
    frame = frame.merge(
        from_china[[*keys, "trade_complementarity_china_to_country"]], on=keys, how="left"
    )

    if pairs.empty:
        frame["grubel_lloyd_with_china"] = float("nan")
    else:
        intra = grubel_lloyd_aggregate(pairs, partners, CHINA)
        frame = frame.merge(
            intra[[*keys, "grubel_lloyd_index"]].rename(
                columns={"grubel_lloyd_index": "grubel_lloyd_with_china"}
            ),
            on=keys,
            how="left",
        )

    intensity = trade_intensity_index(
        x_ij, exporters=[CHINA, *partners], importers=[CHINA, *partners]
    )
    outward = intensity[intensity["importer"] == CHINA].rename(
        columns={"exporter": "country", "trade_intensity_index": "trade_intensity_country_to_china"}
    )
    inward = intensity[intensity["exporter"] == CHINA].rename(
        columns={"importer": "country", "trade_intensity_index": "trade_intensity_china_to_country"}
    )
    frame = frame.merge(outward[[*keys, "trade_intensity_country_to_china"]], on=keys, how="left")
    frame = frame.merge(inward[[*keys, "trade_intensity_china_to_country"]], on=keys, how="left")

    exports_to_china = pairs[(pairs["importer"] == CHINA) & (pairs["exporter"].isin(partners))]
    world_n = {int(y): int(n) for y, n in world_products.items()}
    for label, baskets in (
        ("to_china", exports_to_china),
        ("to_world", exports_focus[exports_focus["exporter"].isin(partners)]),
    ):
        column, normalised = f"hhi_exports_{label}", f"hhi_normalised_exports_{label}"
        if baskets.empty:
            frame[column] = frame[normalised] = float("nan")
            continue
        hhi = export_concentration_index(
            baskets.drop(columns=[c for c in ("importer",) if c in baskets.columns]),
            number_of_products=world_n,
        ).rename(
            columns={
                "exporter": "country",
                "herfindahl_hirschman_index": column,
                "herfindahl_hirschman_normalised": normalised,
            }
        )
        frame = frame.merge(hhi[[*keys, column, normalised]], on=keys, how="left")

    try:
        if exports_to_china.empty:
            raise IndicatorError("no exports to China")
        primary = primary_commodity_share(
            exports_to_china.drop(columns="importer"), classification=classification
        ).rename(
            columns={
                "exporter": "country",
                "primary_commodity_share": "primary_share_exports_to_china",
                "unmapped_share": "unmapped_share_exports_to_china",
            }
        )
        frame = frame.merge(
            primary[[*keys, "primary_share_exports_to_china", "unmapped_share_exports_to_china"]],
            on=keys,
            how="left",
        )
    except IndicatorError as error:
        notes.append(f"primary-commodity share not computed: {error}")
        frame["primary_share_exports_to_china"] = frame["unmapped_share_exports_to_china"] = float(
            "nan"
        )

    if gdp is not None and not gdp.empty:
        ratio = trade_to_gdp(x_ij, gdp, partners, CHINA)
        frame = frame.merge(
            ratio[[*keys, "trade_to_gdp"]].rename(
                columns={"trade_to_gdp": "trade_with_china_to_gdp"}
            ),
            on=keys,
            how="left",
        )
    else:
        notes.append("trade/GDP not computed: no GDP data (WDI NY.GDP.MKTP.CD) given")
        frame["trade_with_china_to_gdp"] = float("nan")

    if complexity is not None:
        eci = complexity.countries[["year", "country", "eci"]]
        frame = frame.merge(eci.rename(columns={"eci": "eci_country"}), on=keys, how="left")
        china = eci[eci["country"] == CHINA][["year", "eci"]].rename(columns={"eci": "eci_china"})
        frame = frame.merge(china, on="year", how="left")
    else:
        frame["eci_country"] = frame["eci_china"] = float("nan")
    return frame.sort_values(keys).reset_index(drop=True)
