"""Seeded generator of synthetic trade files in CEPII BACI's exact release format.

BACI (http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37) ships one CSV per
year plus two code lists. This module writes the same three kinds of file, with invented
values but the real shape, so that ingest and indicator code can be benchmarked and tested
at full size without downloading a 2 GB release:

* ``BACI_HS17_Y{year}_V202501.csv`` with header ``t,i,j,k,v,q``: ``t`` year, ``i`` exporter
  and ``j`` importer as numeric country codes, ``k`` the HS6 product code as an integer
  (leading zeros dropped, as BACI does), ``v`` value in thousand US$ with 3 decimals, ``q``
  quantity in metric tonnes with 3 decimals, sometimes empty and sometimes ``NA``.
  Rows are sorted by ``i, j, k`` and each ``(i, j, k)`` appears once per year.
* ``country_codes_V202501.csv``: ``country_code,country_name,country_iso2,country_iso3``.
* ``product_codes_HS17_V202501.csv``: ``code,description`` (code as a 6-digit string).

The shape imitates the real data: about 200 reporters with their real ISO 3166 numeric
codes (always China, 156, and the 33 CELAC states), about 5,000 HS6 products (the HS2017
codes of chinalac's shipped HS→SITC concordance when it is installed, else generated codes),
Zipf-like country and product sizes, a gravity-like presence probability (large exporters
ship nearly everything to large importers, small ones a few products to a few partners) and
heavy-tailed log-normal values.

Usage::

    python benchmarks/synthetic_baci.py OUT --years 2018-2022 --rows-per-year 1000000

or from Python ``write_release(out_dir, years, rows_per_year, seed=0) -> list[Path]``.
Everything is vectorised numpy; the CSV is written by DuckDB, so 10 M rows take well under a
minute per year on a laptop.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

RELEASE = "V202501"
CLASSIFICATION = "HS17"

CHINA_ISO3 = "CHN"
# The 33 member states of CELAC (ISO 3166 alpha-3).
CELAC_ISO3 = [
    "ATG",
    "ARG",
    "BHS",
    "BRB",
    "BLZ",
    "BOL",
    "BRA",
    "CHL",
    "COL",
    "CRI",
    "CUB",
    "DMA",
    "DOM",
    "ECU",
    "SLV",
    "GRD",
    "GTM",
    "GUY",
    "HTI",
    "HND",
    "JAM",
    "MEX",
    "NIC",
    "PAN",
    "PRY",
    "PER",
    "KNA",
    "LCA",
    "VCT",
    "SUR",
    "TTO",
    "URY",
    "VEN",
]
# Largest traders first, so that exporter sizes follow a plausible ranking rather than a
# random one; every other country's rank is drawn from the seed.
LARGEST_TRADERS = [
    "CHN",
    "USA",
    "DEU",
    "JPN",
    "NLD",
    "KOR",
    "FRA",
    "ITA",
    "HKG",
    "MEX",
    "GBR",
    "CAN",
    "BEL",
    "IND",
    "SGP",
    "RUS",
    "ESP",
    "CHE",
    "TWN",
    "BRA",
    "AUS",
    "VNM",
    "MYS",
    "POL",
    "THA",
    "SAU",
    "ARE",
    "IDN",
    "TUR",
    "SWE",
    "AUT",
    "CZE",
    "IRL",
    "CHL",
    "NOR",
]
# Uninhabited or trade-less territories that BACI does not report.
NOT_REPORTERS = frozenset(
    ["ATA", "BVT", "HMD", "UMI", "SGS", "IOT", "ATF", "ESH", "PCN", "CCK", "CXR", "NFK", "BES"]
)

DEFAULT_COUNTRIES = 200
DEFAULT_SYNTHETIC_PRODUCTS = 5000
MISSING_QUANTITY_SHARE = 0.04  # half written empty, half written "NA"


def country_table(count: int = DEFAULT_COUNTRIES) -> list[dict[str, str]]:
    """`count` real countries (numeric, name, iso2, iso3), China and the CELAC states first.

    Uses pycountry (a chinalac dependency) for real codes and names.
    """
    import pycountry

    by_iso3 = {c.alpha_3: c for c in pycountry.countries if c.alpha_3 not in NOT_REPORTERS}
    required = [CHINA_ISO3, *CELAC_ISO3, *[c for c in LARGEST_TRADERS if c != CHINA_ISO3]]
    chosen = list(dict.fromkeys(required))[:count]  # small worlds keep China and CELAC first
    rest = sorted(
        (c for c in by_iso3 if c not in chosen), key=lambda iso3: int(by_iso3[iso3].numeric)
    )
    chosen += rest[: count - len(chosen)]
    rows = [
        {
            "country_code": str(int(by_iso3[iso3].numeric)),
            "country_name": by_iso3[iso3].name,
            "country_iso2": by_iso3[iso3].alpha_2,
            "country_iso3": iso3,
        }
        for iso3 in chosen
    ]
    return sorted(rows, key=lambda r: int(r["country_code"]))


def product_codes(count: int | None = None) -> list[str]:
    """HS6 codes (6-character strings): the shipped HS2017 concordance's codes if available."""
    codes = _concordance_codes()
    if codes and (count is None or count <= len(codes)):
        if count is not None:
            # An evenly spread subset keeps every chapter represented.
            picks = np.linspace(0, len(codes) - 1, count).round().astype(int)
            codes = [codes[i] for i in np.unique(picks)]
        return codes
    count = count or DEFAULT_SYNTHETIC_PRODUCTS
    # Generated codes: 97 chapters, headings and subheadings spread evenly; deterministic.
    chapters = [c for c in range(1, 98) if c != 77]  # chapter 77 is reserved in the HS
    per_chapter = -(-count // len(chapters))
    generated = [
        f"{chapter:02d}{1 + n // 9:02d}{10 + n % 9 * 10:02d}"
        for chapter in chapters
        for n in range(per_chapter)
    ]
    return sorted(generated)[:count]


def _concordance_codes() -> list[str]:
    try:
        from chinalac.paths import package_data_dir

        path = (
            package_data_dir() / "classifications" / "hs_sitc_concordance" / "hs2017_to_sitc3.csv"
        )
    except Exception:  # chinalac not installed: fall back to generated codes
        return []
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return sorted({row[0] for i, row in enumerate(csv.reader(handle)) if i > 0 and row})


def _zipf_sizes(
    rank: np.ndarray, exponent: float, rng: np.random.Generator, noise: float
) -> np.ndarray:
    """Sizes ∝ rank^-exponent with log-normal noise, normalised to mean 1."""
    sizes = rank.astype(float) ** -exponent * np.exp(rng.normal(0.0, noise, rank.size))
    return sizes / sizes.mean()


class _Shape:
    """The time-invariant structure of the synthetic world: who is big, what is traded."""

    def __init__(self, countries: list[dict[str, str]], products: list[str], seed: int):
        rng = np.random.default_rng([seed, 0])
        self.codes = np.array([int(c["country_code"]) for c in countries], dtype=np.int32)
        iso3 = [c["country_iso3"] for c in countries]
        # Rank: the largest traders in their listed order, everyone else in a seeded order.
        leaders = {code: position for position, code in enumerate(LARGEST_TRADERS)}
        others = rng.permutation(len(iso3))
        order = sorted(
            range(len(iso3)), key=lambda n: (leaders.get(iso3[n], len(leaders)), others[n])
        )
        rank = np.empty(len(iso3), dtype=int)
        rank[order] = np.arange(1, len(iso3) + 1)
        self.exporter_size = _zipf_sizes(rank, 1.1, rng, 0.3)
        self.importer_size = _zipf_sizes(rank, 0.9, rng, 0.3)
        self.products = np.array([int(p) for p in products], dtype=np.int32)
        self.product_size = _zipf_sizes(rng.permutation(len(products)) + 1, 0.7, rng, 0.5)
        # Typical price per tonne (US$) of each product, for quantities.
        self.product_price = np.exp(rng.normal(8.0, 1.5, len(products)))


def _presence_scale(shape: _Shape, target_rows: float) -> float:
    """The c in P(row i,j,k exists) = min(1, c · a_i · b_j · d_k) giving `target_rows` rows.

    Σ_jk min(1, c a_i u_jk) over sorted u = b_j d_k is a count of saturated cells plus a
    prefix sum, so each bisection step costs one searchsorted per exporter.
    """
    u = np.sort(np.outer(shape.importer_size, shape.product_size).ravel())
    prefix = np.concatenate([[0.0], np.cumsum(u)])
    d = np.sort(shape.product_size)
    d_prefix = np.concatenate([[0.0], np.cumsum(d)])

    def expected(c: float) -> float:
        slope = c * shape.exporter_size
        below = np.searchsorted(u, 1.0 / slope)  # cells with c a_i u < 1
        every_cell = np.sum((u.size - below) + slope * prefix[below])
        # Minus the diagonal (a country never trades with itself): u = b_i d_k there.
        diagonal_slope = slope * shape.importer_size
        below = np.searchsorted(d, 1.0 / diagonal_slope)
        diagonal = np.sum((d.size - below) + diagonal_slope * d_prefix[below])
        return float(every_cell - diagonal)

    low, high = 1e-12, 1e6
    for _ in range(100):
        middle = np.sqrt(low * high)
        if expected(middle) < target_rows:
            low = middle
        else:
            high = middle
    return high


def _draw_cells(shape: _Shape, scale: float, rng: np.random.Generator):
    """Bernoulli draw of every (exporter, importer, product) cell, one exporter at a time."""
    n_products = shape.products.size
    cell_weight = np.outer(shape.importer_size, shape.product_size)
    exporters, importers, products = [], [], []
    for exporter in range(shape.codes.size):
        probability = np.minimum(1.0, scale * shape.exporter_size[exporter] * cell_weight)
        probability[exporter, :] = 0.0  # no trade with oneself
        cells = np.flatnonzero(rng.random(probability.shape) < probability)
        exporters.append(np.full(cells.size, exporter, dtype=np.int32))
        importers.append((cells // n_products).astype(np.int32))
        products.append((cells % n_products).astype(np.int32))
    return np.concatenate(exporters), np.concatenate(importers), np.concatenate(products)


def generate_year(shape: _Shape, year: int, rows: int, seed: int) -> pa.Table:
    """One year's rows as an Arrow table (t, i, j, k, v_milli, q_milli, q_flag)."""
    n_countries, n_products = shape.codes.size, shape.products.size
    possible = n_countries * (n_countries - 1) * n_products
    if rows > possible // 2:
        raise ValueError(
            f"{rows} rows is too dense for {n_countries} countries × {n_products} products"
        )
    rng = np.random.default_rng([seed, year])
    # Aim a few standard deviations high, then drop the excess at random: the count is exact.
    overshoot = 1.02 + 5.0 / np.sqrt(max(rows, 1))
    while True:
        exporter_index, importer_index, product_index = _draw_cells(
            shape, _presence_scale(shape, rows * overshoot), rng
        )
        if exporter_index.size >= rows:
            break
        overshoot *= 1.05
    if exporter_index.size > rows:
        keep = np.sort(rng.choice(exporter_index.size, rows, replace=False))
        exporter_index, importer_index, product_index = (
            exporter_index[keep],
            importer_index[keep],
            product_index[keep],
        )
    n = exporter_index.size
    # Heavy-tailed values: gravity-like mean times a wide log-normal; thousand US$.
    mean = np.sqrt(
        shape.exporter_size[exporter_index] * shape.importer_size[importer_index]
    ) * np.sqrt(shape.product_size[product_index])
    value = 40.0 * mean * np.exp(rng.normal(0.0, 2.2, n))
    value_milli = np.maximum(1, np.round(value * 1000.0)).astype(np.int64)  # BACI floor: 0.001
    price = shape.product_price[product_index] * np.exp(rng.normal(0.0, 0.5, n))
    quantity_milli = np.maximum(1, np.round(value_milli / price * 1000.0)).astype(np.int64)
    flag = rng.random(n)
    quantity_flag = np.where(
        flag < MISSING_QUANTITY_SHARE / 2, 1, np.where(flag < MISSING_QUANTITY_SHARE, 2, 0)
    ).astype(np.int8)  # 0 number, 1 empty, 2 "NA"
    return pa.table(
        {
            "t": np.full(n, year, dtype=np.int16),
            "i": shape.codes[exporter_index],
            "j": shape.codes[importer_index],
            "k": shape.products[product_index],
            "v_milli": value_milli,
            "q_milli": quantity_milli,
            "q_flag": quantity_flag,
        }
    )


def _write_year_csv(table: pa.Table, path: Path) -> None:
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        con.register("rows_", table)
        tmp = path.with_name(path.name + ".tmp")
        # DECIMAL(18,3) prints exactly three decimals, like BACI.
        con.execute(
            f"""
            COPY (
              SELECT t, i, j, k,
                     CAST(v_milli / 1000 AS DECIMAL(18,3)) AS v,
                     CASE q_flag WHEN 1 THEN NULL WHEN 2 THEN 'NA'
                          ELSE CAST(CAST(q_milli / 1000 AS DECIMAL(18,3)) AS VARCHAR)
                     END AS q
              FROM rows_ ORDER BY i, j, k
            ) TO '{tmp}' (FORMAT csv, HEADER true, QUOTE '', NULLSTR '')
            """
        )
        tmp.replace(path)
    finally:
        con.close()


def write_release(
    out_dir: str | Path,
    years: Iterable[int],
    rows_per_year: int,
    seed: int = 0,
    *,
    countries: int = DEFAULT_COUNTRIES,
    products: int | None = None,
) -> list[Path]:
    """Write a synthetic BACI release to `out_dir`; return the paths written.

    The year files come first (in `years` order), then the country and product code lists.
    The same arguments always give byte-identical files.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    country_rows = country_table(countries)
    codes = product_codes(products)
    shape = _Shape(country_rows, codes, seed)
    written: list[Path] = []
    for year in years:
        path = out / f"BACI_{CLASSIFICATION}_Y{year}_{RELEASE}.csv"
        _write_year_csv(generate_year(shape, int(year), int(rows_per_year), seed), path)
        written.append(path)
    countries_path = out / f"country_codes_{RELEASE}.csv"
    with countries_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle,
            ["country_code", "country_name", "country_iso2", "country_iso3"],
            lineterminator="\n",
        )
        writer.writeheader()
        writer.writerows(country_rows)
    products_path = out / f"product_codes_{CLASSIFICATION}_{RELEASE}.csv"
    with products_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "description"])
        writer.writerows([code, f"Synthetic HS2017 subheading {code}"] for code in codes)
    return [*written, countries_path, products_path]


def parse_years(text: str) -> list[int]:
    """'2018-2022' → [2018, …, 2022]; '2019,2021' → [2019, 2021]."""
    years: list[int] = []
    for part in text.split(","):
        if "-" in part:
            first, last = (int(x) for x in part.split("-", 1))
            years.extend(range(first, last + 1))
        else:
            years.append(int(part))
    return years


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the release into")
    parser.add_argument("--years", default="2018-2022", help="e.g. 2018-2022 or 2019,2021")
    parser.add_argument("--rows-per-year", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--countries", type=int, default=DEFAULT_COUNTRIES)
    parser.add_argument("--products", type=int, default=None, help="default: every HS2017 code")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = write_release(
        args.out,
        parse_years(args.years),
        args.rows_per_year,
        args.seed,
        countries=args.countries,
        products=args.products,
    )
    for path in paths:
        print(path)
    print(f"written in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
