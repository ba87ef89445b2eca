"""Find the stored records a claim speaks of: same metric, same entity, same period.

Entities: a fact about LAC (or a LAC state) is stored with China as counterpart; a fact about
China itself has entity CHN. A claim about X matches a fact whose entity is X, or whose
entity is China and counterpart X.

Periods are compared by year (and by month when both sides give one):
  claim "in 2021" (point)           ↔ fact 2021–2021
  claim "2005–2021" (range)         ↔ fact 2005–2021
  claim "as of / by October 2022"   ↔ fact ending 2022(-10)
  claim "since 2020"                ↔ fact starting 2020
A fact without a period matches any period (the store does not say when); a claim without a
period may be *supported* by any fact of its metric and entity but never contradicted.
Metrics whose unit is a year (carbon_peak_year, forum_established_year…) hold the year as
their value, so their period is not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.models import Claim, Evidence, Period

ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?")


@dataclass(frozen=True)
class StoredFact:
    fact_id: str
    metric: str
    entity: str
    counterpart: str
    start: tuple[int | None, int | None]
    end: tuple[int | None, int | None]
    period_text: str
    value: float
    unit: str
    reporter: str
    conflict_group: str
    source_id: str
    evidence_note: str
    note: str
    partial: bool = False  # a published figure for part of a year (its months in start/end)
    # "lower bound" (published as "over US$ 500 bn") or "approximate" ("nearly", "cerca de");
    # empty when the figure is given as such.
    precision: str = ""
    # The project the figure belongs to (facts.csv's project_id: "chancay_port"), empty for a
    # figure of a state or the region.
    project: str = ""

    def evidence(self, relation: str) -> Evidence:
        return Evidence(
            kind="fact",
            record_id=self.fact_id,
            source_id=self.source_id or None,
            relation=relation,
            value=self.value,
            unit=self.unit,
            period=self.period_text or None,
            entity=self.entity,
            reporter=self.reporter or None,
            note=self.evidence_note or None,
        )

    def label(self) -> str:
        by = f" ({self.reporter})" if self.reporter else ""
        when = f" {self.period_text}" if self.period_text else ""
        over = {"lower bound": "over ", "approximate": "about "}.get(self.precision, "")
        # A year is a label, not an amount: "2030", never "2,030".
        value = f"{self.value:.0f}" if self.unit == "year" else f"{self.value:,.6g}"
        return f"{over}{value} {self.unit}{when}{by} [{self.fact_id}, {self.source_id}]"


# Published rows that bear out a claim of their value but never contradict another
# (chinalac.domain.figures): a share whose basket each source picks ("soybeans only", "soy,
# iron ore and oil"), and one loan's value (the state may have had others that year).
DEFINITION_VARIES = "definition varies"
ONE_OF_SEVERAL = "one of several"
# An investment stock or a trade balance: each reporter counts it its own way.
REPORTER_VARIES = "reporter varies"
# A year to date whose months are not stated (chinalac.domain.figures.claim_facts).
YEAR_TO_DATE = "year to date"
SUPPORT_ONLY = {
    DEFINITION_VARIES: "each source picks its own basket",
    ONE_OF_SEVERAL: "the stored item may be one of several",
    REPORTER_VARIES: "each reporter counts this figure its own way",
    YEAR_TO_DATE: "a year to date, months not stated",
}
APPROXIMATE_NOTE = re.compile(r"^approx|\('(?:nearly|almost|about|around|some)'\)")


def _project(row) -> str:
    value = getattr(row, "project_id", "")
    return value if isinstance(value, str) else ""


def _precision(row) -> str:
    """The published figures say it in `precision`; a curated fact in its note ("approx.")."""
    given = str(getattr(row, "precision", "") or "")
    if given:
        return given
    return "approximate" if APPROXIMATE_NOTE.search(str(row.note or "").lower()) else ""


def _date(text: str) -> tuple[int | None, int | None]:
    match = ISO.match(text or "")
    if not match:
        return None, None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def _period_text(start: str, end: str) -> str:
    if not start and not end:
        return ""
    if start and end and start[:4] == end[:4] and start[4:] == "-01" and end[4:] == "-12":
        return start[:4]  # a full calendar year
    if start == end or not end:
        return start
    if not start:
        return f"by {end}"
    return f"{start}–{end}"


class FactIndex:
    def __init__(self, knowledge: KnowledgeView):
        self.units = knowledge.metric_units()
        self.by_metric: dict[str, list[StoredFact]] = {}
        self._for_entity: dict[tuple[str, str | None], list[StoredFact]] = {}
        self.by_group: dict[str, list[StoredFact]] = {}
        for row in knowledge.facts.itertuples():
            if not row.metric or pd.isna(row.value):
                continue
            fact = StoredFact(
                row.fact_id,
                row.metric,
                row.entity,
                row.counterpart,
                _date(row.period_start),
                _date(row.period_end or row.period_start),
                _period_text(row.period_start, row.period_end),
                float(row.value),
                row.unit,
                row.reporter,
                row.conflict_group,
                row.source_id,
                row.evidence,
                row.note,
                bool(getattr(row, "partial_year", False)),
                _precision(row),
                _project(row),
            )
            self.by_metric.setdefault(row.metric, []).append(fact)
            if fact.conflict_group:
                self.by_group.setdefault(fact.conflict_group, []).append(fact)

    def for_entity(self, metric: str, entity: str | None) -> list[StoredFact]:
        # Kept per (metric, entity): the rules ask it for every claim, and an article of many
        # figures of one metric and state (the 200 KB run-on article: 3,341) walked the
        # metric's facts each time. The index is built once per knowledge and never changes
        # afterwards; a copy is returned, so a caller may change its list.
        key = (metric, entity)
        found = self._for_entity.get(key)
        if found is None:
            found = [f for f in self.by_metric.get(metric, []) if entity_matches(f, entity)]
            self._for_entity[key] = found
        return list(found)

    def conflict_partners(self, fact: StoredFact) -> list[StoredFact]:
        if not fact.conflict_group:
            return []
        return [f for f in self.by_group.get(fact.conflict_group, []) if f.fact_id != fact.fact_id]

    def is_year_metric(self, metric: str) -> bool:
        return self.units.get(metric) == "year"


def entity_matches(fact: StoredFact, entity: str | None) -> bool:
    if not entity:
        return False
    if fact.entity == entity:
        return True
    return fact.entity == "CHN" and fact.counterpart == entity


def period_matches(claim_period: Period | None, fact: StoredFact) -> bool | None:
    """True/False, or None when either side has no period (undetermined)."""
    if claim_period is None:
        return None
    if fact.start[0] is None and fact.end[0] is None:
        return None
    p = claim_period
    fact_start, fact_end = fact.start, fact.end
    if fact.partial and not (p.kind == "range" and p.start_month and p.end_month):
        return False  # part of a year only compares with a claim about the same months
    if (
        not fact.partial
        and fact_start[1] is None
        and fact_end[1] is None
        and p.kind == "range"
        and p.start_year == p.end_year
        and p.start_month
        and p.end_month
        and (p.start_month, p.end_month) != (1, 12)
    ):
        return False  # "the first three quarters of 2024" is not the stored year 2024

    def same(year_month, year, month) -> bool:
        if year_month[0] != year:
            return False
        return not (month and year_month[1] and month != year_month[1])

    if p.kind == "range":
        return same(fact_start, p.start_year, p.start_month) and same(
            fact_end, p.end_year, p.end_month
        )
    if p.kind == "as_of":
        return same(fact_end, p.end_year, p.end_month)
    if p.kind == "since":
        return same(fact_start, p.start_year, p.start_month)
    return same(fact_start, p.end_year, p.end_month) and same(fact_end, p.end_year, p.end_month)


def comparable(a: StoredFact, b: StoredFact) -> bool:
    """Two facts measure the same thing: metric, entity and period (by year) agree."""
    if a.metric != b.metric or a.entity != b.entity:
        return False
    if a.start[0] is None or b.start[0] is None:
        return True
    if a.unit == "year":
        return True
    return a.start[0] == b.start[0] and a.end[0] == b.end[0]


def describe_claim(claim: Claim) -> str:
    period = claim.period.label() if claim.period else "no period stated"
    return f"{claim.metric or 'unknown metric'} · {claim.entity or 'no entity'} · {period}"
