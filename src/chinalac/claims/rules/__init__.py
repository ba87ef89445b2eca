"""The claim-checking rules, one per module, each with a stable id (STYLE §9).

| id | module | verdicts |
|---|---|---|
| list-count | list_count.py | inconsistent |
| same-year-change | same_year_change.py | inconsistent |
| growth-rate | growth_rate.py | inconsistent |
| parts-total | parts_total.py | inconsistent |
| share-of-whole | share_of_whole.py | inconsistent |
| store-facts | store_facts.py | supported, contradicted, disputed, unverifiable |
| first-rank | first_rank.py | supported, contradicted, disputed |
| ranked-list | ranked_list.py | as store-facts, for the count a ranked list implies |
| partner-rank | partner_rank.py | supported, disputed, unverifiable |
| commitments | commitments.py | supported, contradicted, disputed |
| meeting-ordinal | meeting_ordinal.py | supported, contradicted, unverifiable |
| ties-date | ties_date.py | supported, contradicted, disputed |
| ties-rank | ties_rank.py | supported, unverifiable |
| ties-count | ties_count.py | supported, unverifiable |
| celac-members | celac_members.py | supported |
| year-facts | year_facts.py | supported |
| visit-date | visit_date.py | supported |
| framework-count | framework_count.py | supported |
| framework-date | framework_date.py | supported |
| policy-paper | policy_paper.py | supported, unverifiable |
| plan-span | plan_span.py | supported |
| no-record | no_record.py | unverifiable (fallback) |
"""

from __future__ import annotations

from chinalac.claims.rules.base import CheckContext, Rule
from chinalac.claims.rules.celac_members import CelacMembers
from chinalac.claims.rules.commitments import Commitments
from chinalac.claims.rules.first_rank import FirstRank
from chinalac.claims.rules.framework_count import FrameworkCount
from chinalac.claims.rules.framework_date import FrameworkDate
from chinalac.claims.rules.growth_rate import GrowthRate
from chinalac.claims.rules.list_count import ListCount
from chinalac.claims.rules.meeting_ordinal import MeetingOrdinal
from chinalac.claims.rules.no_record import NoRecord
from chinalac.claims.rules.partner_rank import PartnerRank
from chinalac.claims.rules.parts_total import PartsTotal
from chinalac.claims.rules.plan_span import PlanSpan
from chinalac.claims.rules.policy_paper import PolicyPaper
from chinalac.claims.rules.ranked_list import RankedList
from chinalac.claims.rules.same_year_change import SameYearChange
from chinalac.claims.rules.share_of_whole import ShareOfWhole
from chinalac.claims.rules.store_facts import StoreFacts
from chinalac.claims.rules.ties_count import TiesCount
from chinalac.claims.rules.ties_date import TiesDate
from chinalac.claims.rules.ties_rank import TiesRank
from chinalac.claims.rules.visit_date import VisitDate
from chinalac.claims.rules.year_facts import YearFacts

RULES: tuple[Rule, ...] = (
    ListCount(),
    SameYearChange(),
    GrowthRate(),
    PartsTotal(),
    ShareOfWhole(),
    StoreFacts(),
    FirstRank(),
    RankedList(),
    PartnerRank(),
    Commitments(),
    MeetingOrdinal(),
    TiesDate(),
    TiesRank(),
    TiesCount(),
    CelacMembers(),
    YearFacts(),
    VisitDate(),
    FrameworkCount(),
    FrameworkDate(),
    PolicyPaper(),
    PlanSpan(),
    NoRecord(),
)
RULES_BY_ID = {rule.rule_id: rule for rule in RULES}

__all__ = ["RULES", "RULES_BY_ID", "CheckContext", "Rule"]
