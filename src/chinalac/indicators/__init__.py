"""Indicators of China–LAC trade and cooperation, one module per indicator.

Pure functions take tidy tables (pandas DataFrames, pyarrow Tables or DuckDB relations) and
return tidy DataFrames with a `source` column; `from_store` holds thin wrappers that read the
store (`db`); `panel.trade_panel` computes every trade indicator in one DuckDB aggregation.
Formulas, references, units and caveats: each function's docstring and indicators.yml.

    >>> from chinalac import indicators
    >>> indicators.list_indicators()
    >>> indicators.dependency_panel(db, "PER", [2020, 2021, 2022])
    >>> indicators.rank(db, "revealed_comparative_advantage", "CHL", 2022, top=10)
"""

from chinalac.domain.commitments import commitment_delivery
from chinalac.indicators import from_store
from chinalac.indicators.balassa import aggregate_products, revealed_comparative_advantage
from chinalac.indicators.complementarity import (
    trade_complementarity_index,
    trade_complementarity_index_from_shares,
)
from chinalac.indicators.complexity import (
    EconomicComplexity,
    economic_complexity,
    economic_complexity_index,
    product_complexity_index,
)
from chinalac.indicators.concentration import export_concentration_index, normalised_herfindahl
from chinalac.indicators.cooperation_depth import (
    cooperation_depth_components,
    cooperation_depth_index,
    cooperation_depth_sensitivity,
    weight_schemes,
)
from chinalac.indicators.errors import IndicatorError
from chinalac.indicators.intensity import trade_intensity_index
from chinalac.indicators.intra_industry import (
    grubel_lloyd,
    grubel_lloyd_aggregate,
    grubel_lloyd_index,
)
from chinalac.indicators.panel import BILATERAL_COLUMNS, TradePanel, complexity_panel, trade_panel
from chinalac.indicators.partner_share import partner_share_asymmetry, trade_to_gdp
from chinalac.indicators.primary_commodities import (
    load_concordance,
    primary_commodity_share,
    primary_definition,
)
from chinalac.indicators.registry import (
    REGISTRY,
    Indicator,
    dependency_panel,
    list_indicators,
    rank,
)

__all__ = [
    "BILATERAL_COLUMNS",
    "REGISTRY",
    "EconomicComplexity",
    "Indicator",
    "IndicatorError",
    "TradePanel",
    "aggregate_products",
    "commitment_delivery",
    "complexity_panel",
    "cooperation_depth_components",
    "cooperation_depth_index",
    "cooperation_depth_sensitivity",
    "dependency_panel",
    "economic_complexity",
    "economic_complexity_index",
    "export_concentration_index",
    "from_store",
    "grubel_lloyd",
    "grubel_lloyd_aggregate",
    "grubel_lloyd_index",
    "list_indicators",
    "load_concordance",
    "normalised_herfindahl",
    "partner_share_asymmetry",
    "primary_commodity_share",
    "primary_definition",
    "product_complexity_index",
    "rank",
    "revealed_comparative_advantage",
    "trade_complementarity_index",
    "trade_complementarity_index_from_shares",
    "trade_intensity_index",
    "trade_panel",
    "trade_to_gdp",
    "weight_schemes",
]
