"""Hidalgo–Hausmann economic complexity: ECI per country, PCI per product, per year.

M_cp = 1 when RCA_cp ≥ 1 (Balassa), else 0; diversity k_c = Σ_p M_cp; ubiquity k_p = Σ_c M_cp.

    M̃_cc' = Σ_p M_cp M_c'p / (k_c k_p)       (country × country)
    ECI_c  = standardised eigenvector of M̃ for its second-largest eigenvalue
    PCI_p  = the matching product eigenvector, (1/k_p) Σ_c M_cp v_c

Method — why it is fast: ecomplexity and most implementations diagonalise the product ×
product matrix (≈5,000², tens of seconds a year). M̃ is similar to the symmetric matrix
S = A Aᵀ with A = D_c^-½ M D_p^-½ (country × country, ≈200²), so we take the eigenvector u
of S (numpy `eigh`), map it back with v = D_c^-½ u, and obtain the product vector by one
projection, kp = D_p^-1 Mᵀ v, which is exactly the eigenvector of the product matrix for the
same eigenvalue. Then kc = D_c^-1 M kp (= λ v).

Standardisation and sign follow the Growth Lab's `ecomplexity` package (and its Stata
original), against which the golden test checks us:
* sign chosen so that ECI correlates positively with diversity;
* ECI = (kc − mean kc) / sd kc; PCI = (kp − mean kc) / sd kc — PCI is standardised with the
  *ECI's* mean and standard deviation (population sd), which keeps the identity
  ECI_c = mean of PCI over the products c exports with RCA ≥ 1.

Countries with no product at RCA ≥ 1 and products exported by no country at RCA ≥ 1 cannot
occur when every value is ≥ 0 (a weighted mean of a country's RCAs is 1), so every exporter
and product with positive trade gets a value.

References: Hidalgo, C. A. & Hausmann, R. (2009), "The building blocks of economic
complexity", PNAS 106(26), 10570–10575; Hausmann, Hidalgo et al. (2014), The Atlas of
Economic Complexity, MIT Press.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from chinalac.indicators._frames import (
    as_dataframe,
    check_values,
    product_at_level,
    require_columns,
    require_rows,
    select_years,
    source_label,
)
from chinalac.indicators.errors import IndicatorError


@dataclass(frozen=True)
class EconomicComplexity:
    """ECI per country and PCI per product; both tables carry `source`."""

    countries: pd.DataFrame  # [year], country, diversity, eci, source
    products: pd.DataFrame  # [year], product, ubiquity, pci, source


def _one_blas_thread():
    """One BLAS thread for the 200 × 200 eigensolver, where threadpoolctl is installed.

    Threads buy nothing at this size, and on a loaded machine OpenBLAS's spinning threads
    made `eigh` 30× slower (0.4 s instead of 0.01 s). Without threadpoolctl, BLAS keeps its
    default and the result is the same, only slower under contention.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def complexity_from_presence(
    presence: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(eci, pci, diversity, ubiquity) from a binary country × product matrix.

    Every row and column must hold at least one 1; at least two of each are needed.
    """
    matrix = np.asarray(presence, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] < 2 or matrix.shape[1] < 2:
        raise IndicatorError(
            f"economic complexity needs at least 2 countries and 2 products with RCA ≥ 1, got a {matrix.shape} matrix"
        )
    diversity = matrix.sum(axis=1)
    ubiquity = matrix.sum(axis=0)
    if (diversity == 0).any() or (ubiquity == 0).any():
        raise IndicatorError(
            "every country and product of the presence matrix needs at least one RCA ≥ 1"
        )
    # A sparse product, not a dense (BLAS) one: multi-threaded OpenBLAS keeps its threads
    # spinning after the call and starved DuckDB's threads — the whole panel ran 2× slower
    # on two cores for a product that needs no threads (M is ~15 % ones).
    ones = sparse.csr_matrix(matrix)
    scaled = sparse.diags(1.0 / np.sqrt(diversity)) @ ones @ sparse.diags(1.0 / np.sqrt(ubiquity))
    symmetric = (scaled @ scaled.T).toarray()
    with _one_blas_thread():
        _, vectors = np.linalg.eigh(symmetric)  # eigenvalues ascending: the largest is 1
    country_vector = vectors[:, -2] / np.sqrt(diversity)
    product_raw = (ones.T @ country_vector) / ubiquity
    country_raw = (ones @ product_raw) / diversity
    spread = country_raw.std()
    if not np.isfinite(spread) or spread == 0:
        raise IndicatorError(
            "economic complexity is undefined: every country has the same eigenvector value"
        )
    correlation = np.corrcoef(diversity, country_raw)[0, 1]
    sign = -1.0 if correlation < 0 else 1.0
    centre = country_raw.mean()
    eci = sign * (country_raw - centre) / spread
    pci = sign * (product_raw - centre) / spread
    return eci, pci, diversity, ubiquity


def economic_complexity(
    data,
    *,
    product_digits: int | None = 6,
    threshold: float = 1.0,
    years: Sequence[int] | int | None = None,
) -> EconomicComplexity:
    """ECI and PCI per year from exports (exporter, product, value_usd[, year, source]).

    `data` may instead already hold the binary matrix in long form (columns exporter,
    product, rca_binary[, year]), e.g. the output of `revealed_comparative_advantage`.
    """
    frame = as_dataframe(data, "exports")
    if "rca_binary" in frame.columns:
        require_columns(frame, ["exporter", "product", "rca_binary"], "presence table")
        frame = select_years(frame, years, "presence table")
        require_rows(frame, "presence table")
        present = frame[frame["rca_binary"] == 1]
        if present.empty:
            raise IndicatorError("no exporter has any product with RCA ≥ 1: is the input empty?")
        yearly = _yearly_pairs(
            present, lambda rows: _matrix_from_pairs(rows["exporter"], rows["product"])
        )
    else:
        require_columns(frame, ["exporter", "product", "value_usd"], "exports")
        frame = select_years(frame, years, "exports")
        require_rows(frame, "exports")
        values = check_values(frame, "value_usd", "exports")
        frame = frame.assign(value_usd=values)
        yearly = _yearly_pairs(
            frame, lambda rows: _presence_from_values(rows, product_digits, threshold)
        )
    source = source_label(frame)
    country_parts, product_parts = [], []
    for year, (presence, countries, product_codes) in yearly:
        keep_rows, keep_columns = presence.any(axis=1), presence.any(axis=0)
        presence = presence[keep_rows][:, keep_columns]
        try:
            eci, pci, diversity, ubiquity = complexity_from_presence(presence)
        except IndicatorError as error:
            if year is None:
                raise
            raise IndicatorError(f"year {year}: {error}") from error
        country_frame = pd.DataFrame(
            {"country": countries[keep_rows], "diversity": diversity.astype(int), "eci": eci}
        )
        product_frame = pd.DataFrame(
            {"product": product_codes[keep_columns], "ubiquity": ubiquity.astype(int), "pci": pci}
        )
        if year is not None:
            country_frame.insert(0, "year", year)
            product_frame.insert(0, "year", year)
        country_parts.append(country_frame.sort_values(country_frame.columns[:2].tolist()))
        product_parts.append(product_frame.sort_values(product_frame.columns[:2].tolist()))
    countries_out = pd.concat(country_parts, ignore_index=True).assign(source=source)
    products_out = pd.concat(product_parts, ignore_index=True).assign(source=source)
    return EconomicComplexity(countries=countries_out, products=products_out)


def _yearly_pairs(frame: pd.DataFrame, build):
    """[(year or None, build(rows of that year))], years in order."""
    if "year" not in frame.columns:
        return [(None, build(frame))]
    return [(int(year), build(rows)) for year, rows in frame.groupby("year", sort=True)]


def _matrix_from_pairs(exporters: pd.Series, products: pd.Series):
    country_index, countries = pd.factorize(exporters.to_numpy(), sort=True)
    product_index, product_codes = pd.factorize(products.astype(str).to_numpy(), sort=True)
    presence = np.zeros((len(countries), len(product_codes)), dtype=bool)
    presence[country_index, product_index] = True
    return presence, np.asarray(countries), np.asarray(product_codes)


def _presence_from_values(rows: pd.DataFrame, product_digits: int | None, threshold: float):
    """RCA ≥ threshold as a dense country × product matrix, computed with numpy.

    The same formula and division order as `revealed_comparative_advantage` (share in the
    country / share in the world); numpy on integer codes instead of SQL on strings, because
    for one year (≈1 M rows, 200 × 5,000 cells) building the matrix is the whole cost.
    """
    country_index, countries = pd.factorize(rows["exporter"].to_numpy(), sort=True)
    raw_index, raw_codes = pd.factorize(rows["product"].astype(str).to_numpy(), sort=True)
    # Cut the distinct codes, not every row, to the HS level.
    cut = product_at_level(pd.Series(raw_codes), product_digits).to_numpy()
    level_index, product_codes = pd.factorize(cut, sort=True)
    product_index = level_index[raw_index]
    cells = len(countries) * len(product_codes)
    if cells > 200_000_000:
        raise IndicatorError(
            f"{len(countries)} countries × {len(product_codes)} products is too large a matrix"
        )
    values = np.bincount(
        country_index * len(product_codes) + product_index,
        weights=rows["value_usd"].to_numpy(),
        minlength=cells,
    ).reshape(len(countries), len(product_codes))
    country_total = values.sum(axis=1)
    product_total = values.sum(axis=0)
    world_total = values.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        rca = (values / country_total[:, None]) / (product_total / world_total)[None, :]
    return (
        np.nan_to_num(rca, nan=0.0) >= threshold,
        np.asarray(countries),
        np.asarray(product_codes),
    )


def complexity_for_rows(exporters: np.ndarray, products: np.ndarray, year=None):
    """Complexity of one year from the (exporter, product) pairs with RCA ≥ 1."""
    country_index, countries = pd.factorize(exporters, sort=True)
    product_index, product_codes = pd.factorize(products, sort=True)
    presence = np.zeros((len(countries), len(product_codes)))
    presence[country_index, product_index] = 1.0
    try:
        eci, pci, diversity, ubiquity = complexity_from_presence(presence)
    except IndicatorError as error:
        if year is None:
            raise
        raise IndicatorError(f"year {year}: {error}") from error
    return np.asarray(countries), np.asarray(product_codes), eci, pci, diversity, ubiquity


def economic_complexity_index(data, **options) -> pd.DataFrame:
    """ECI per country (and year): [year,] country, diversity, eci, source."""
    return economic_complexity(data, **options).countries


def product_complexity_index(data, **options) -> pd.DataFrame:
    """PCI per product (and year): [year,] product, ubiquity, pci, source."""
    return economic_complexity(data, **options).products
