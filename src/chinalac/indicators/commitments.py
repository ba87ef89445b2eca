"""Delivery of announced commitments: delivered_value / target_value, for every commitment.

    delivery_ratio = delivered_value / target_value        gap = target_value − delivered_value

One row per row of the knowledge base's `commitments` table (docs/ARCHITECTURE.md). A
commitment whose delivery nobody has reported is kept and marked — status
"no delivery reported", ratio and gap empty — never counted as 0 % delivered: absence of a
report is not evidence of non-delivery. A commitment without a numeric target (or a zero
target) cannot have a ratio: status "no numeric target".

Statuses: "delivered" (ratio ≥ 1), "partly delivered" (0 ≤ ratio < 1), "no delivery
reported", "no numeric target". The `source` column joins the commitment's source id and
the delivery's source id (when different).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from chinalac.indicators._frames import as_dataframe, require_columns

NEEDED = ["commitment_id", "description", "target_value", "unit", "delivered_value", "source_id"]
OPTIONAL = [
    "metric",
    "period_start",
    "period_end",
    "announced",
    "announced_at",
    "delivered_as_of",
    "delivery_source_id",
    "field",
]

DELIVERED = "delivered"
PARTLY_DELIVERED = "partly delivered"
NOT_REPORTED = "no delivery reported"
NO_TARGET = "no numeric target"


def commitment_delivery(commitments) -> pd.DataFrame:
    """delivered_value / target_value for every commitment, with the gap where none is reported.

    Returns commitment_id, description, metric, unit, period_start, period_end, field,
    target_value, delivered_value, delivered_as_of, delivery_ratio, gap_value,
    delivery_status, source.
    """
    frame = as_dataframe(commitments, "commitments").copy()
    require_columns(frame, NEEDED, "commitments")
    for column in OPTIONAL:
        if column not in frame.columns:
            frame[column] = None
    target = pd.to_numeric(frame["target_value"], errors="coerce")
    delivered = pd.to_numeric(frame["delivered_value"], errors="coerce")
    has_target = target.notna() & (target > 0)
    reported = delivered.notna()
    ratio = np.where(has_target & reported, delivered / target.where(has_target), np.nan)
    status = np.select(
        [~has_target, ~reported, ratio >= 1.0],
        [NO_TARGET, NOT_REPORTED, DELIVERED],
        default=PARTLY_DELIVERED,
    )
    delivery_source = frame["delivery_source_id"].where(frame["delivery_source_id"].notna(), None)
    sources = [
        ";".join(
            dict.fromkeys(
                str(s) for s in (own, other) if s is not None and str(s) and str(s) != "nan"
            )
        )
        for own, other in zip(frame["source_id"], delivery_source, strict=True)
    ]
    result = pd.DataFrame(
        {
            "commitment_id": frame["commitment_id"],
            "description": frame["description"],
            "metric": frame["metric"],
            "unit": frame["unit"],
            "period_start": frame["period_start"],
            "period_end": frame["period_end"],
            "field": frame["field"],
            "target_value": target,
            "delivered_value": delivered,
            "delivered_as_of": frame["delivered_as_of"],
            "delivery_ratio": ratio,
            "gap_value": np.where(has_target & reported, target - delivered, np.nan),
            "delivery_status": status,
            "source": sources,
        }
    )
    return result.sort_values("commitment_id").reset_index(drop=True)
