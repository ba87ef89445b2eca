"""Find "from A (in Y1) to B (in Y2)" changes inside a sentence: shared by the change rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chinalac.claims.models import Claim, Kind
from chinalac.claims.vocabulary import fold

# "del 10% al 20%": Spanish contracts "de el" before a share.
# "from just over $14 billion": a hedge word the figure's qualifier leaves out may stand between.
FROM_BEFORE = re.compile(r"(?:from|de|del|desde|between|entre)\s*(?:(?:just|slightly|apenas)\s+)?$")
TO_BETWEEN = re.compile(
    r"^\s*+(?:(?:in|en|em|no|for)\s++(?:the\s++year\s++)?(?:\d{4})\s*+)?,?\s*+(?:to|a|al|para|ate|hasta|and|y|e)\s+$"
)
UP = re.compile(
    r"(?<![\w])(?:increas|grew|grow|rose|rise|risen|rising|climb|jump|expand|up\b|aument|creci|subi|cresc|elev)"
)
DOWN = re.compile(
    r"(?<![\w])(?:decreas|declin|fell|fall|dropp|drop|shrank|shrunk|down\b|cay|cai|disminu|diminu|baj|reduj|reduz|redu)"
)
LEVEL_KINDS = {Kind.MONEY, Kind.COUNT, Kind.PERCENT}


@dataclass(frozen=True)
class Change:
    start: Claim
    end: Claim
    direction: str  # up | down | ""


def changes_in(claims: list[Claim]) -> list[Change]:
    """Consecutive claim pairs of one sentence written as a change from one level to another."""
    found = []
    for first, second in zip(claims, claims[1:], strict=False):
        if (
            first.kind not in LEVEL_KINDS
            or first.kind is not second.kind
            or first.unit != second.unit
        ):
            continue
        folded = fold(first.sentence)
        a_start, a_end = first.span_in_sentence
        b_start = second.span_in_sentence[0]
        if not FROM_BEFORE.search(folded[:a_start]):
            continue
        if not TO_BETWEEN.match(folded[a_end:b_start]):
            continue
        verb_zone = folded[max(0, a_start - 60) : a_start]
        found.append(Change(first, second, _direction(verb_zone)))
    return found


def _direction(verb_zone: str) -> str:
    """The direction of the verb nearest the change's first end. "Not even sugar has grown:
    its sales fell from 74 to 67" is a fall: the "grown" of the clause before (negated, and
    not the change's verb) must not make the change an increase that 67 < 74 contradicts."""
    ups = [m.start() for m in UP.finditer(verb_zone)]
    downs = [m.start() for m in DOWN.finditer(verb_zone)]
    if not ups and not downs:
        return ""
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"
