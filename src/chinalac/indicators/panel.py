"""The fast path: every trade indicator for China and each partner state, from one aggregation.

Product-level bilateral trade (≈10 M rows a year in BACI) is read by DuckDB, never by
pandas, one year at a time, in two passes: the exporter × product aggregation, and the rows
whose importer is China or a partner state ("focus" importers), summed in one pass with two
grouping sets. Every table the indicators need comes from those two:

    x_cp  exporter × product × year     (RCA at HS6/HS4/HS2, ECI/PCI, TC export baskets, HHI)
    x_ij  exporter × focus importer,    (trade intensity, partner shares, trade/GDP: every
          the rest of the world as one   exporter's, focus importer's and the world's totals)
    m_kp  focus importer × product      (TC import baskets)
    the product-level flows between China and the partner states (Grubel–Lloyd, HHI and
    primary share of exports to China).

Everything else is derived from these small tables: RCA in SQL (`balassa.rca_query`, the
one implementation), ECI/PCI with numpy on the ≈200 × 200 country matrix, and the
China–state indicators in one SQL query a year (`bilateral_query`) whose blocks follow the
pure functions the rest of the package exposes, formula for formula; the tests check every
column against those functions on raw rows, so the two cannot drift apart unnoticed. (Until
2026-12-02 the panel called the pandas functions themselves on ≈170 k string-keyed rows a
year, which cost more than the aggregation pass.)

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
from chinalac.indicators.complementarity import complementarity_from_distance
from chinalac.indicators.complexity import EconomicComplexity, complexity_for_rows
from chinalac.indicators.concentration import normalised_herfindahl
from chinalac.indicators.errors import IndicatorError
from chinalac.indicators.partner_share import GDP_INDICATOR, trade_to_gdp
from chinalac.indicators.primary_commodities import load_concordance

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
    focus_rows: str | None = None,
) -> TradePanel:
    """RCA, ECI/PCI and every China–partner indicator for `years`, in one aggregation.

    `table`: a table or view with year, exporter, importer, product (HS6 string), value_usd;
    `where`: an extra SQL filter on it (e.g. one source and release); `gdp`: a DataFrame
    (iso3, year, value) or the name of a WDI-shaped view (iso3, year, indicator, value);
    `source`: the label written in every output's `source` column. A requested year with
    no rows raises IndicatorError; with `require_partner_data`, so does a partner without
    any trade in a year. `focus_rows`: an SQL condition on `table` true for at least every
    row whose importer is China or a partner (the ingest's importer_focus flag), added to
    the second pass's filter so that DuckDB can skip the other rows' row groups.
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
            con,
            table,
            where,
            year,
            partners,
            wanted_digits,
            set(rca_parts),
            complexity,
            threshold,
            classification,
            focus_rows,
        )
        if require_partner_data:
            _check_partners(part["x_ij"], [year], partners)
        for digits in rca_parts:
            rca_parts[digits].append(part["rca"][digits])
        eci_parts.append(part["eci"])
        pci_parts.append(part["pci"])
        bilateral_parts.append(
            _finish_bilateral(
                part["bilateral"],
                year=year,
                partners=partners,
                x_ij=part["x_ij"],
                gdp=gdp_frame,
                complexity=EconomicComplexity(part["eci"], part["pci"]) if complexity else None,
                notes=notes,
            )
        )
        notes.extend(part["notes"])
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
    con,
    table,
    where,
    year,
    partners,
    wanted_digits,
    kept_digits,
    complexity,
    threshold,
    classification,
    focus_rows=None,
) -> dict:
    """One year's aggregates: the small frames the bilateral indicators need, RCA, ECI/PCI."""
    focus = _codes([CHINA, *partners], "partners")
    lac = _codes(partners, "partners")
    tag = f"_chinalac_panel_{uuid.uuid4().hex[:10]}"
    filters = [f"year = {int(year)}"] + ([f"({where})"] if where else [])
    base = f'SELECT year, exporter, importer, product, value_usd FROM "{table}" WHERE {" AND ".join(filters)}'
    focus_base = base + (f" AND ({focus_rows})" if focus_rows else "")
    created: list[str] = []

    def temp_table(name: str, query: str) -> str:
        full = f"{tag}_{name}"
        con.execute(f"CREATE TEMP TABLE {full} AS {query}")
        created.append(full)
        return full

    out: dict = {"year": year}
    try:
        # Two passes over the year's rows. The first is the exporter × product aggregation
        # (x_cp: RCA, ECI, export baskets, every exporter's total). The second reads only
        # the rows whose importer is China or a partner state (about a fifth of BACI's rows)
        # and sums them, in one pass with two grouping sets, to the small tables the other
        # indicators need: exporter × focus importer (`kind` 1), and focus importer × product
        # (`kind` 2: m_kp), whose `from_china` column is the part China exported (the
        # China → state product flows). x_ij adds one "rest of the world" importer holding
        # the rest of each exporter's total: every exporter's and focus importer's total and
        # the world total stay what they are, which is all that trade intensity, partner
        # shares and trade/GDP read. The states' product flows into China, the one table
        # that needs the exporter and the product, are a filter of those same rows (≈1/34
        # of them). (One exporter × product × focus importer aggregation instead took 2.7×
        # the exporter × product pass, three grouping sets over every row 2.5×; a third
        # grouping key for the flows into China, as until 2026-12-03, and the tables made
        # from its result cost ≈0.2× the pass more than this; summing the flows into China
        # in the first pass, a filtered sum over every row, cost more than this filter.)
        x_cp = temp_table(
            "x_cp",
            f"SELECT {int(year)} AS year, exporter, product, sum(value_usd) AS value_usd "
            f"FROM ({base}) GROUP BY exporter, product",
        )
        focus_sums = temp_table(
            "focus",
            f"""
            SELECT GROUPING(exporter, product) AS kind, exporter, importer, product,
                   sum(value_usd) AS value_usd,
                   sum(value_usd) FILTER (WHERE exporter = '{CHINA}') AS from_china
            FROM ({focus_base}) WHERE importer IN {focus}
            GROUP BY GROUPING SETS ((exporter, importer), (importer, product))
            """,
        )
        to_china = temp_table(
            "to_china",
            f"SELECT exporter, product, sum(value_usd) AS value_usd FROM ({focus_base}) "
            f"WHERE importer = '{CHINA}' AND exporter IN {lac} GROUP BY exporter, product",
        )
        # What the China–state query reads, as views over those tables (each read once), and
        # the focus exporters' baskets made once (≈150 k of x_cp's ≈1 M rows; the query read
        # x_cp for them in three blocks).
        imports = f"(SELECT importer, product, value_usd FROM {focus_sums} WHERE kind = 2)"
        from_china = (
            f"(SELECT importer, product, from_china AS value_usd FROM {focus_sums} "
            f"WHERE kind = 2 AND from_china IS NOT NULL AND importer IN {lac})"
        )
        baskets = temp_table(
            "baskets",
            f"SELECT exporter, product, value_usd FROM {x_cp} WHERE exporter IN {focus}",
        )
        x_ij = temp_table(
            "x_ij",
            f"""
            WITH focus AS (SELECT exporter, importer, value_usd FROM {focus_sums} WHERE kind = 1),
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
            """,
        )
        out["x_ij"] = con.sql(f"SELECT * FROM {x_ij}").df()
        world_products = con.execute(
            f"SELECT count(DISTINCT product) FROM {x_cp} WHERE value_usd > 0"
        ).fetchall()[0][0]
        out["notes"] = []
        concordance = _concordance_table(con, tag, classification, out["notes"])
        if concordance:
            created.append(concordance)
        out["bilateral"] = con.execute(
            bilateral_query(
                x_cp=baskets,
                to_china=to_china,
                from_china=from_china,
                imports=imports,
                x_ij=x_ij,
                partners=partners,
                concordance=concordance,
            )
        ).df()
        out["bilateral"]["number_of_products"] = int(world_products)
        lac_to_china = con.execute(f"SELECT count(*) FROM {to_china}").fetchall()[0][0]
        if concordance and not lac_to_china:
            out["notes"].append("primary-commodity share not computed: no exports to China")
        out["rca"] = {}
        rca6 = None
        for digits in wanted_digits:
            query = rca_query(x_cp, product_digits=digits, aggregated=digits == 6)
            if digits not in kept_digits:  # HS6 for ECI only: read once, never stored
                rca6 = f"({query})"
                continue
            rca_table = temp_table(f"rca{digits}", query)
            out["rca"][digits] = con.sql(f"SELECT * FROM {rca_table}").to_arrow_table()
            if digits == 6:
                rca6 = rca_table
        if complexity:
            out["eci"], out["pci"] = _complexity(con, rca6, threshold)
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


def _concordance_table(con, tag: str, classification: str, notes: list[str]) -> str | None:
    """The HS6 → primary flag of `primary_commodities.load_concordance` as a temporary table
    (product, is_primary: 1, 0, or NULL when unmapped); None, with a note, when there is none."""
    try:
        concordance = load_concordance(classification)
    except IndicatorError as error:
        notes.append(f"primary-commodity share not computed: {error}")
        return None
    flags = pd.DataFrame(
        {
            "product": concordance["product"].astype(str),
            "is_primary": pd.array(
                [None if p is None or p is pd.NA else int(bool(p)) for p in concordance["primary"]],
                dtype="Int8",
            ),
        }
    ).drop_duplicates("product")
    name = f"{tag}_primary"
    view = f"{name}_frame"
    con.register(view, flags)
    try:
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM {view}")
    finally:
        con.unregister(view)
    return name


def bilateral_query(
    *,
    x_cp: str,
    to_china: str,
    from_china: str,
    imports: str,
    x_ij: str,
    partners: Sequence[str],
    concordance: str | None,
) -> str:
    """One year's China–state indicators in one SQL query over the year's aggregates.

    Inputs (tables or parenthesised queries): `x_cp` (exporter, product, value_usd: exports
    to the world; only China's and the states' rows are read, so it may hold only those),
    `to_china` (exporter, product, value_usd: the states' exports to China), `from_china`
    (importer, product, value_usd: China's exports to the states), `imports` (importer,
    product, value_usd: imports from the world of China and the states),
    `x_ij` (exporter, importer, value_usd, with a rest-of-the-world importer), `concordance`
    (product, is_primary) or None. One row per state, with the raw sums the Python side
    finishes (`_finish_bilateral`). Every input holds one row per key (the columns before
    value_usd): the panel makes them by GROUP BY, so the query never groups them again.

    Each block computes the same formula as the indicator's pure function, on the same
    inputs (tests/indicators/test_panel.py checks every column against them):
    partner shares — `partner_share.partner_share_asymmetry`; TC — the distance
    Σ_p |m_pk − x_pj| of `complementarity.trade_complementarity_index`; GL —
    `intra_industry.grubel_lloyd_aggregate`; TII — `intensity.trade_intensity_index`; HHI —
    Σ s² of `concentration.export_concentration_index` (normalised by its
    `normalised_herfindahl`); primary share — `primary_commodities.primary_commodity_share`.
    Sums may be grouped differently (TC's over the products of either basket is the sum over
    the state's basket plus China's total less the shared part), so values agree up to
    rounding, not bit for bit.
    SQL instead of pandas because pandas on ≈170 k string-keyed rows a year took more time
    than the aggregation pass itself.
    """
    states = ", ".join(f"('{c}')" for c in partners)
    focus = _codes([CHINA, *partners], "partners")
    lac = _codes(partners, "partners")
    primary = (
        f"""primary_share AS (
            SELECT f.exporter AS country,
                   sum(CASE WHEN c.is_primary = 1 THEN f.value_usd ELSE 0 END) AS primary_value,
                   sum(CASE WHEN c.is_primary IS NULL THEN f.value_usd ELSE 0 END) AS unmapped_value,
                   sum(f.value_usd) AS value
            FROM {to_china} f LEFT JOIN {concordance} c USING (product)
            GROUP BY f.exporter)"""
        if concordance
        else """primary_share AS (
            SELECT NULL::VARCHAR AS country, NULL::DOUBLE AS primary_value,
                   NULL::DOUBLE AS unmapped_value, NULL::DOUBLE AS value WHERE false)"""
    )
    return f"""
    WITH states(country) AS (VALUES {states}),
    -- trade totals of every country in x_ij: exports plus imports (partner_share_asymmetry)
    exported AS (SELECT exporter AS country, sum(value_usd) AS value FROM {x_ij} GROUP BY ALL),
    imported AS (SELECT importer AS country, sum(value_usd) AS value FROM {x_ij} GROUP BY ALL),
    trade_total AS (
        SELECT country, coalesce(e.value, 0) + coalesce(i.value, 0) AS value
        FROM exported e FULL OUTER JOIN imported i USING (country)),
    world AS (SELECT sum(value_usd) AS value FROM {x_ij}),
    flows AS (
        SELECT s.country,
               coalesce(o.value_usd, 0) AS exports_to_china_usd,
               coalesce(i.value_usd, 0) AS imports_from_china_usd
        FROM states s
        LEFT JOIN {x_ij} o ON o.exporter = s.country AND o.importer = '{CHINA}'
        LEFT JOIN {x_ij} i ON i.importer = s.country AND i.exporter = '{CHINA}'),
    shares AS (
        SELECT f.*, exports_to_china_usd + imports_from_china_usd AS trade_with_china_usd,
               (exports_to_china_usd + imports_from_china_usd)
                   / CASE WHEN t.value > 0 THEN t.value END AS china_share_of_country_trade,
               (exports_to_china_usd + imports_from_china_usd)
                   / CASE WHEN c.value > 0 THEN c.value END AS country_share_of_china_trade
        FROM flows f
        LEFT JOIN trade_total t USING (country)
        LEFT JOIN (SELECT value FROM trade_total WHERE country = '{CHINA}') c ON true),
    -- trade intensity (x_ij / X_i) / (M_j / X_w), both directions
    intensity AS (
        SELECT f.country,
               (f.exports_to_china_usd / CASE WHEN e.value > 0 THEN e.value END)
                   / (CASE WHEN mc.value > 0 THEN mc.value END / w.value)
                   AS trade_intensity_country_to_china,
               (f.imports_from_china_usd / CASE WHEN ec.value > 0 THEN ec.value END)
                   / (CASE WHEN m.value > 0 THEN m.value END / w.value)
                   AS trade_intensity_china_to_country
        FROM flows f
        LEFT JOIN exported e USING (country)
        LEFT JOIN imported m USING (country)
        LEFT JOIN (SELECT value FROM exported WHERE country = '{CHINA}') ec ON true
        LEFT JOIN (SELECT value FROM imported WHERE country = '{CHINA}') mc ON true
        CROSS JOIN world w),
    -- complementarity: each basket's shares (NULL when its total is 0), then the distance
    -- Σ_p |m_pk − x_pj| over the products of either basket (a product missing from one has
    -- share 0 there)
    export_values AS (SELECT exporter AS country, product, value_usd FROM {x_cp}
                      WHERE exporter IN {focus}),
    import_values AS (SELECT importer AS country, product, value_usd FROM {imports}),
    export_totals AS (SELECT country, sum(value_usd) AS total FROM export_values GROUP BY ALL),
    import_totals AS (SELECT country, sum(value_usd) AS total FROM import_values GROUP BY ALL),
    export_shares AS (
        SELECT country, product, value_usd / CASE WHEN total > 0 THEN total END AS share
        FROM export_values JOIN export_totals USING (country)),
    import_shares AS (
        SELECT country, product, value_usd / CASE WHEN total > 0 THEN total END AS share
        FROM import_values JOIN import_totals USING (country)),
    -- Σ_p over either basket = Σ over the state's basket, joined to China's (≈5,000 rows),
    -- plus China's products the state lacks: Σ China's shares − Σ those shared
    china_imports AS (SELECT product, coalesce(share, 0) AS share FROM import_shares
                      WHERE country = '{CHINA}'),
    china_exports AS (SELECT product, coalesce(share, 0) AS share FROM export_shares
                      WHERE country = '{CHINA}'),
    tc_out_sums AS (
        SELECT e.country, sum(abs(coalesce(c.share, 0) - coalesce(e.share, 0))) AS own,
               sum(coalesce(c.share, 0)) AS shared
        FROM export_shares e LEFT JOIN china_imports c USING (product)
        WHERE e.country IN {lac} GROUP BY e.country),
    tc_in_sums AS (
        SELECT i.country, sum(abs(coalesce(i.share, 0) - coalesce(c.share, 0))) AS own,
               sum(coalesce(c.share, 0)) AS shared
        FROM import_shares i LEFT JOIN china_exports c USING (product)
        WHERE i.country IN {lac} GROUP BY i.country),
    china_defined AS (
        SELECT (SELECT total > 0 FROM export_totals WHERE country = '{CHINA}') AS exports,
               (SELECT total > 0 FROM import_totals WHERE country = '{CHINA}') AS imports,
               (SELECT sum(share) FROM china_exports) AS export_sum,
               (SELECT sum(share) FROM china_imports) AS import_sum),
    tc_out AS (
        SELECT c.country, CASE WHEN e.total > 0 AND d.imports
                               THEN c.own + (d.import_sum - c.shared) END AS distance
        FROM tc_out_sums c LEFT JOIN export_totals e USING (country) CROSS JOIN china_defined d),
    tc_in AS (
        SELECT c.country, CASE WHEN i.total > 0 AND d.exports
                               THEN c.own + (d.export_sum - c.shared) END AS distance
        FROM tc_in_sums c LEFT JOIN import_totals i USING (country) CROSS JOIN china_defined d),
    -- Grubel–Lloyd over the products traded with China
    two_way AS (
        SELECT country, product, coalesce(x.value, 0) AS x, coalesce(m.value, 0) AS m
        FROM (SELECT exporter AS country, product, value_usd AS value FROM {to_china}) x
        FULL OUTER JOIN
             (SELECT importer AS country, product, value_usd AS value FROM {from_china}) m
        USING (country, product)),
    grubel_lloyd AS (
        SELECT country,
               CASE WHEN sum(x) + sum(m) > 0
                    THEN sum(x + m - abs(x - m)) / (sum(x) + sum(m)) END AS grubel_lloyd_with_china
        FROM two_way GROUP BY country),
    -- Herfindahl–Hirschman: Σ s² over the products with positive value
    to_china_basket AS (
        SELECT exporter AS country, product, value_usd AS value FROM {to_china}),
    hhi_to_china AS (
        SELECT country, sum((value / total) * (value / total)) AS hhi_exports_to_china
        FROM to_china_basket
        JOIN (SELECT country, sum(value) AS total FROM to_china_basket WHERE value > 0
              GROUP BY ALL) USING (country)
        WHERE value > 0 GROUP BY country),
    hhi_to_world AS (
        SELECT country, sum((value_usd / total) * (value_usd / total)) AS hhi_exports_to_world
        FROM export_values
        JOIN (SELECT country, sum(value_usd) AS total FROM export_values WHERE value_usd > 0
              GROUP BY ALL) USING (country)
        WHERE value_usd > 0 AND country IN {lac} GROUP BY country),
    {primary}
    SELECT s.country, s.exports_to_china_usd, s.imports_from_china_usd, s.trade_with_china_usd,
           s.china_share_of_country_trade, s.country_share_of_china_trade,
           s.china_share_of_country_trade - s.country_share_of_china_trade
               AS partner_share_asymmetry,
           tc_out.distance AS tc_distance_country_to_china,
           tc_in.distance AS tc_distance_china_to_country,
           g.grubel_lloyd_with_china,
           CASE WHEN isfinite(i.trade_intensity_country_to_china)
                THEN i.trade_intensity_country_to_china END AS trade_intensity_country_to_china,
           CASE WHEN isfinite(i.trade_intensity_china_to_country)
                THEN i.trade_intensity_china_to_country END AS trade_intensity_china_to_country,
           hc.hhi_exports_to_china, hw.hhi_exports_to_world,
           p.primary_value / CASE WHEN p.value > 0 THEN p.value END
               AS primary_share_exports_to_china,
           p.unmapped_value / CASE WHEN p.value > 0 THEN p.value END
               AS unmapped_share_exports_to_china
    FROM shares s
    LEFT JOIN intensity i USING (country)
    LEFT JOIN tc_out USING (country)
    LEFT JOIN tc_in USING (country)
    LEFT JOIN grubel_lloyd g USING (country)
    LEFT JOIN hhi_to_china hc USING (country)
    LEFT JOIN hhi_to_world hw USING (country)
    LEFT JOIN primary_share p USING (country)
    ORDER BY s.country
    """


def _finish_bilateral(
    frame: pd.DataFrame, *, year, partners, x_ij, gdp, complexity, notes
) -> pd.DataFrame:
    """The year's bilateral rows from `bilateral_query`: TC and normalised HHI by their
    functions' own formulas, trade/GDP and ECI joined."""
    keys = ["year", "country"]
    frame = frame.astype({"country": object})
    frame.insert(0, "year", int(year))
    for direction in ("country_to_china", "china_to_country"):
        distance = frame.pop(f"tc_distance_{direction}").to_numpy(dtype=float)
        frame[f"trade_complementarity_{direction}"] = complementarity_from_distance(distance)
    n = frame.pop("number_of_products").to_numpy()
    for label in ("to_china", "to_world"):
        hhi = frame[f"hhi_exports_{label}"].to_numpy(dtype=float)
        frame[f"hhi_normalised_exports_{label}"] = normalised_herfindahl(hhi, n)

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
