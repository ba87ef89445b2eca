"""The claims checker: find the numbers an article states and check them against the store.

    >>> from chinalac import claims
    >>> results = claims.check("Trade between China and Latin America reached US$489 billion in 2023.")
    >>> results[0].verdict, results[0].fact_ids
    (<Verdict.SUPPORTED: 'supported'>, ['trade_total_lac_2023_eclac'])

Flow: input_text (decode, refuse, strip HTML) → sentences → mentions (numbers, periods,
ranks) → extract (entity, metric, period per claim) → rules/ (one rule per module) → check
(strongest finding wins) → report (rich table, JSON with offsets).
"""

from __future__ import annotations

from chinalac.claims.check import check, judge
from chinalac.claims.errors import ClaimsInputError, ClaimsInputWarning
from chinalac.claims.extract import extract
from chinalac.claims.input_text import MAX_INPUT_BYTES
from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.models import (
    Claim,
    ClaimResult,
    Evidence,
    Finding,
    Kind,
    Period,
    Qualifier,
    Verdict,
)
from chinalac.claims.report import render_report, results_to_json

__all__ = [
    "MAX_INPUT_BYTES",
    "Claim",
    "ClaimResult",
    "ClaimsInputError",
    "ClaimsInputWarning",
    "Evidence",
    "Finding",
    "Kind",
    "KnowledgeView",
    "Period",
    "Qualifier",
    "Verdict",
    "check",
    "extract",
    "judge",
    "render_report",
    "results_to_json",
]
