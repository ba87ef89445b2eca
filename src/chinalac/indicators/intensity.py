"""Trade intensity index (TII), export-based, the WITS variant.

    TII_ij = (x_ij / X_i) / (x_wj / X_w)

x_ij: exports of i to j; X_i: all exports of i; x_wj: world exports to j (= all imports of j);
X_w: all world exports. TII > 1 means i sends j a larger share of its exports than the world
as a whole does: the bilateral link is more intense than j's size in world trade predicts.

Variant: the WITS one, in which the world totals x_wj and X_w *include* i's own trade (a
second common variant removes i from the world, (x_wj − x_ij) / (X_w − X_i); it differs
most for very large exporters such as China). Directional: TII(Peru → China) ≠
TII(China → Peru).

References: Brown, A. J. (1949), Applied Economics: Aspects of the World Economy in War and
Peace, London: Allen & Unwin; Kojima, K. (1964), "The pattern of international trade among
advanced countries", Hitotsubashi Journal of Economics 5(1), 16–36; WITS, "Trade
indicators — Trade intensity index".

Defined edge cases: a pair with no trade has TII 0; an exporter with no exports, or an
importer with no imports, gives NaN; a requested year with no data raises IndicatorError.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from chinalac.indicators._frames import (
    as_code_list,
    bilateral_flows,
    source_label,
)


def trade_intensity_index(
    flows,
    *,
    exporters: str | Sequence[str] | None = None,
    importers: str | Sequence[str] | None = None,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """TII_ij = (x_ij / X_i) / (x_wj / X_w) for every requested exporter i × importer j.

    `flows`: [year,] exporter, importer, value_usd (a `product` column is summed over), the
    whole world's flows — the totals X_i, x_wj and X_w are taken from them. `exporters`,
    `importers`: codes to report (default: all). Returns [year,] exporter, importer,
    value_usd, trade_intensity_index, source.
    """
    frame, period, bilateral = bilateral_flows(flows, years)
    exporter_totals = (
        bilateral.groupby([*period, "exporter"])["value_usd"].sum().rename("exporter_total")
    )
    importer_totals = (
        bilateral.groupby([*period, "importer"])["value_usd"].sum().rename("importer_total")
    )
    if period:
        world = bilateral.groupby(period)["value_usd"].sum().rename("world_total").reset_index()
    else:
        world = pd.DataFrame({"world_total": [bilateral["value_usd"].sum()]})

    wanted_exporters = as_code_list(exporters) or sorted(pd.unique(bilateral["exporter"]))
    wanted_importers = as_code_list(importers) or sorted(pd.unique(bilateral["importer"]))
    grid = pd.DataFrame({"exporter": wanted_exporters}).merge(
        pd.DataFrame({"importer": wanted_importers}), how="cross"
    )
    grid = grid[grid["exporter"] != grid["importer"]]
    if period:
        grid = world[period].merge(grid, how="cross")
    keys = [*period, "exporter", "importer"]
    result = grid.merge(bilateral, on=keys, how="left").fillna({"value_usd": 0.0})
    result = result.merge(exporter_totals.reset_index(), on=[*period, "exporter"], how="left")
    result = result.merge(importer_totals.reset_index(), on=[*period, "importer"], how="left")
    result = (
        result.merge(world, on=period, how="left") if period else result.merge(world, how="cross")
    )
    export_share = result["value_usd"] / result["exporter_total"].where(
        result["exporter_total"] > 0
    )
    world_share = (
        result["importer_total"].where(result["importer_total"] > 0) / result["world_total"]
    )
    result["trade_intensity_index"] = (export_share / world_share).astype(float)
    result["trade_intensity_index"] = result["trade_intensity_index"].where(
        np.isfinite(result["trade_intensity_index"])
    )
    result["source"] = source_label(frame)
    return (
        result[[*keys, "value_usd", "trade_intensity_index", "source"]]
        .sort_values(keys)
        .reset_index(drop=True)
    )
