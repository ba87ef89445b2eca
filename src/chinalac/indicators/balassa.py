"""Balassa's revealed comparative advantage, for every exporter × product × year.

    RCA_cpt = (x_cpt / X_ct) / (x_wpt / X_wt)

x_cpt: exports of product p by country c in year t (to the world); X_ct: all exports of c;
x_wpt: world exports of p; X_wt: all world exports. RCA ≥ 1 means that p weighs at least as
much in c's export basket as in the world's ("revealed" comparative advantage).

Reference: Balassa, B. (1965), "Trade liberalisation and 'revealed' comparative advantage",
The Manchester School 33(2), 99–123.

Aggregation: at HS4 or HS2 the values are summed to the coarser code *first* and the index
is computed on the sums (it is not an average of HS6 indices). The world is the set of
exporters in the input: with BACI that is every reporter, so "world" = BACI's world.

Defined edge cases:
* a country with a single export product p has RCA_p = X_wt / x_wpt ≥ 1 (and no other rows);
* a product whose world exports are zero (every row of it is 0) has RCA undefined: NaN,
  `rca_binary` 0 — there is no advantage to reveal; likewise an exporter whose exports are
  all zero;
* a country whose basket equals the world's has RCA = 1 for every product;
* rows not in the input (no exports) are not listed: their RCA is 0;
* a requested year without data raises IndicatorError.

The computation is one DuckDB query, shared with the fast panel (`rca_query`).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

import pandas as pd
import pyarrow as pa

from chinalac.indicators import _duckdb
from chinalac.indicators.errors import IndicatorError

NEEDED = ["exporter", "product", "value_usd"]


def rca_query(
    table: str,
    *,
    period: Sequence[str] = ("year",),
    product_digits: int | None = 6,
    aggregated: bool = False,
) -> str:
    """SQL giving RCA rows from `table` (columns: *period, exporter, product, value_usd).

    `aggregated=True` says `table` already holds one row per (period, exporter, product) at
    the wanted level, which saves a regrouping on large inputs.
    """
    keys = [*period]
    prefix = "".join(f"{k}, " for k in keys)
    # Codes are HS6 strings (the store's contract, checked by the pure function): cutting
    # is needed only for HS4/HS2, and skipping it saves a string function on every row.
    keep = product_digits is None or int(product_digits) == 6
    product = "product" if keep else f"left(product, {int(product_digits)})"
    if aggregated:
        flows = f"SELECT {prefix}exporter, {product} AS product, value_usd FROM {table}"
    else:
        flows = (
            f"SELECT {prefix}exporter, {product} AS product, sum(value_usd) AS value_usd "
            f"FROM {table} GROUP BY ALL"
        )

    def join(alias: str, extra: list[str]) -> str:
        on = keys + extra
        if not on:
            return f"CROSS JOIN {alias}"
        return f"JOIN {alias} USING ({', '.join(on)})"

    world_select = f"SELECT {prefix}sum(value_usd) AS world_total FROM flows" + (
        " GROUP BY ALL" if keys else ""
    )
    # Division order as in Balassa's formula (share in the country / share in the world):
    # the golden fixture was computed that way and agrees cell by cell. The aggregated flows
    # are read four times: MATERIALIZED makes sure the big GROUP BY runs once.
    return f"""
    WITH flows AS MATERIALIZED ({flows}),
    country_totals AS (SELECT {prefix}exporter, sum(value_usd) AS country_total FROM flows GROUP BY ALL),
    product_totals AS (SELECT {prefix}product, sum(value_usd) AS world_product_total FROM flows GROUP BY ALL),
    world_totals AS ({world_select})
    SELECT {"".join(f"f.{k}, " for k in keys)}f.exporter, f.product, f.value_usd,
           CASE WHEN country_total > 0 AND world_product_total > 0
                THEN (f.value_usd / country_total) / (world_product_total / world_total)
           END AS rca
    FROM flows f {join("country_totals", ["exporter"])} {join("product_totals", ["product"])} {join("world_totals", [])}
    """


def revealed_comparative_advantage(
    exports,
    *,
    product_digits: int | None = 6,
    threshold: float = 1.0,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """Balassa RCA_cpt = (x_cpt / X_ct) / (x_wpt / X_wt) for every exporter × product × year.

    `exports`: a DataFrame, pyarrow Table or DuckDB relation with columns exporter, product
    (HS codes as zero-padded strings), value_usd, optionally year, importer (summed over:
    exports to the world) and source. `product_digits`: 6, 4 or 2 (values summed to that HS
    level first) or None (codes used as given, e.g. SITC). Returns one row per exporter ×
    product (× year) with exports: [year,] exporter, product, product_digits, value_usd,
    rca, rca_binary (1 when rca ≥ threshold), source. See the module docstring for the
    defined edge cases.
    """
    what = "exports"
    con = _duckdb.connect()
    try:
        columns = _duckdb.register(con, "exports_input", exports, what)
        _duckdb.require(columns, NEEDED, what)
        types = _duckdb.column_types(con, "exports_input")
        period = ["year"] if "year" in columns else []
        wanted = (
            None
            if years is None
            else ([int(years)] if isinstance(years, int) else [int(y) for y in years])
        )
        if wanted is not None and not period:
            raise IndicatorError(
                f"{what} has no 'year' column, so years {wanted} cannot be selected"
            )
        if period:
            _duckdb.check_years(con, "exports_input", wanted, what)
        _duckdb.check_trade_values(con, "exports_input", what)
        if product_digits is not None:
            if product_digits not in (2, 4, 6):
                raise IndicatorError(
                    f"product_digits must be 2, 4, 6 or None, not {product_digits!r}"
                )
            if not types["product"].startswith("VARCHAR"):
                raise IndicatorError(
                    f"{what}: product codes are {types['product']}, not strings; pass HS codes as "
                    "zero-padded strings ('010121'), an integer has lost its leading zero"
                )
            shortest, longest = con.execute(
                "SELECT min(length(product)), max(length(product)) FROM exports_input"
            ).fetchall()[0]
            if shortest is not None and (shortest != 6 or longest != 6):
                raise IndicatorError(
                    f"{what}: product codes must be 6-digit HS strings ('010121'); "
                    f"found codes of {shortest} to {longest} characters"
                )
        year_filter = "" if wanted is None else f" WHERE year IN ({', '.join(map(str, wanted))})"
        con.execute(
            f"CREATE TEMP VIEW exports_selected AS SELECT {'year, ' if period else ''}exporter, "
            f"CAST(product AS VARCHAR) AS product, CAST(value_usd AS DOUBLE) AS value_usd "
            f"FROM exports_input{year_filter}"
        )
        if con.execute("SELECT count(*) FROM exports_selected").fetchall()[0][0] == 0:
            raise IndicatorError(f"{what} has no rows")
        query = rca_query("exports_selected", period=period, product_digits=product_digits)
        order = ", ".join([*period, "exporter", "product"])
        result = con.execute(f"SELECT * FROM ({query}) ORDER BY {order}").df()
        source = _duckdb.sources_of(con, "exports_input", columns)
    finally:
        con.close()
    result.insert(len(period) + 2, "product_digits", product_digits)
    result["rca_binary"] = (result["rca"] >= threshold).astype("int8")
    result["source"] = source
    return result


def aggregate_products(exports, product_digits: int) -> pd.DataFrame:
    """Exports summed to a coarser HS level (4 or 2 digits), keeping every other key column.

    The invariant the property tests check: every HS2 total equals the sum of its HS6 rows.
    """
    what = "exports"
    con = _duckdb.connect()
    try:
        columns = _duckdb.register(con, "exports_input", exports, what)
        _duckdb.require(columns, NEEDED, what)
        if product_digits not in (2, 4, 6):
            raise IndicatorError(f"product_digits must be 2, 4 or 6, not {product_digits!r}")
        keys = [c for c in ("year", "exporter", "importer") if c in columns]
        key_list = "".join(f"{k}, " for k in keys)
        order = ", ".join([*keys, "product"])
        return con.execute(
            f"SELECT {key_list}left(CAST(product AS VARCHAR), {int(product_digits)}) AS product, "
            f"sum(value_usd) AS value_usd FROM exports_input GROUP BY ALL ORDER BY {order}"
        ).df()
    finally:
        con.close()


TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def rca_from_table(
    con,
    table: str,
    *,
    years: Sequence[int],
    where: str | None = None,
    product_digits: int = 6,
) -> pa.Table:
    """RCA for every exporter × product × year of a DuckDB table, as an Arrow table.

    The fast path for large inputs (the store's `trade_products`, Parquet behind a view):
    one year at a time, exports summed to exporter × product into a temporary table, then
    `rca_query` on it — measured 25–35 % faster than one query over all years, with a
    fifth of the memory. Columns: year, exporter, product, value_usd, rca.
    """
    if not TABLE_NAME.match(table):
        raise IndicatorError(f"{table!r} is not a table name")
    if product_digits not in (2, 4, 6):
        raise IndicatorError(f"product_digits must be 2, 4 or 6, not {product_digits!r}")
    flows = f"_chinalac_rca_flows_{uuid.uuid4().hex[:10]}"
    parts = []
    try:
        for year in sorted({int(y) for y in years}):
            condition = f"year = {year}" + (f" AND ({where})" if where else "")
            con.execute(
                f"CREATE OR REPLACE TEMP TABLE {flows} AS SELECT year, exporter, product, "
                f'sum(value_usd) AS value_usd FROM "{table}" WHERE {condition} GROUP BY ALL'
            )
            if con.execute(f"SELECT count(*) FROM {flows}").fetchall()[0][0] == 0:
                raise IndicatorError(f"{table} has no data for year {year}")
            query = rca_query(flows, product_digits=product_digits, aggregated=product_digits == 6)
            parts.append(con.sql(query).to_arrow_table())
    finally:
        con.execute(f"DROP TABLE IF EXISTS {flows}")
    if not parts:
        raise IndicatorError("no year requested")
    return pa.concat_tables(parts)
