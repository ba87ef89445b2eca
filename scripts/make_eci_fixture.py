"""Make the ECI/PCI golden fixture with an independent implementation (run once, kept in git).

Runs the Growth Lab's `ecomplexity` package (PyPI `ecomplexity`, 0.5.x; pip install
'chinalac[bench]') on the real exports of tests/fixtures/rca_economiccomplexity/
world_trade_avg_1998_to_2000.csv (226 countries × 785 SITC rev.2 products, see SOURCE.yml
there) with its defaults (presence = RCA ≥ 1, eigenvector of the product × product matrix,
sign fixed by the correlation with diversity, both indices standardised with the ECI's mean
and standard deviation) and writes

    tests/fixtures/rca_economiccomplexity/expected_eci_pci_ecomplexity.csv
    columns: kind (eci | pci), code (country ISO3 lower case | SITC product), value

Usage:  .venv/bin/python scripts/make_eci_fixture.py
The output is deterministic up to the last bits of floating point (LAPACK); the test
compares with a tolerance (see tests/fixtures/indicators/README.md).
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "rca_economiccomplexity"
INPUT = FIXTURE / "world_trade_avg_1998_to_2000.csv"
OUTPUT = FIXTURE / "expected_eci_pci_ecomplexity.csv"
YEAR = 2000  # the data are a 1998–2000 average; ecomplexity needs a time column


def main() -> int:
    from ecomplexity import ecomplexity

    exports = pd.read_csv(INPUT, dtype={"country": str, "product": str})
    exports["year"] = YEAR
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its pandas FutureWarnings are not ours to fix
        result = ecomplexity(
            exports,
            {"time": "year", "loc": "country", "prod": "product", "val": "value"},
            check_logsupermodularity=False,
            verbose=False,
        )
    countries = result.groupby("country", sort=True)["eci"].first().dropna()
    products = result.groupby("product", sort=True)["pci"].first().dropna()
    table = pd.concat(
        [
            pd.DataFrame({"kind": "eci", "code": countries.index, "value": countries.to_numpy()}),
            pd.DataFrame({"kind": "pci", "code": products.index, "value": products.to_numpy()}),
        ],
        ignore_index=True,
    )
    table.to_csv(OUTPUT, index=False, float_format="%.12g")
    print(f"{OUTPUT}: {len(countries)} countries, {len(products)} products", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
