"""Rule `ties-count`: "21 countries joined the BRI" against a count of the ties table.

Counts the CELAC states whose status for the tie (chinalac.domain.ties.tie_status) is positive
(signed, member, in force …) at the claim's date (or today when it gives none): a state that
withdrew, or broke relations, by then is not counted. The count is derived from a partial
compilation, so it only *supports* (equal count) or is shown beside the claim
(`unverifiable`, with the number it found); stored facts decide the rest. A curated fact of an
earlier date that counts more states than the table shows the table incomplete: then its
count supports nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import FILE_METADATA
from chinalac.claims.models import Claim, Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.rules.ties_common import Tie, positive_ties, tie_types_named
from chinalac.claims.tolerance import interval

# Which tie a counted metric is about (count metrics of the knowledge base).
METRIC_TIES = {"bri_members_count": "bri_mou", "fta_count": "fta"}


class TiesCount:
    rule_id: ClassVar[str] = "ties-count"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED, Verdict.UNVERIFIABLE)
    description: ClassVar[str] = (
        "count the states the ties table shows with that tie by the claim's date"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if claim.kind is not Kind.COUNT or claim.entity != "LAC":
                continue
            tie_type = METRIC_TIES.get(claim.metric or "")
            if tie_type is None or tie_type not in tie_types_named(claim.sentence):
                continue
            on = None
            if claim.period and claim.period.end_year:
                month = claim.period.end_month
                on = f"{claim.period.end_year}-{month:02d}" if month else str(claim.period.end_year)
            dated = article_month(claim)
            if claim.period is None and dated:
                # "Twenty countries take part", in a January 2023 text: counted on the
                # article's date, not on the day the checker runs.
                on = dated
            states: dict[str, Tie] = {
                tie.iso3: tie for tie in positive_ties(context.knowledge, tie_type, on)
            }
            since = (
                claim.period.start_year if claim.period and claim.period.kind == "since" else None
            )
            if since:
                # "More than 20 countries have signed on since 2017": the states whose tie
                # began in that year or later, counted to date (main wrote "by since 2017").
                states = {
                    iso3: tie
                    for iso3, tie in states.items()
                    if tie.date[:4].isdigit() and tie.year >= since
                }
            count = len(states)
            if claim.period is None:
                when = f"on the article date ({dated})" if dated else "to date"
            elif claim.period.kind in ("as_of", "since"):
                when = claim.period.label()  # "by 2023", "since 2017"
            else:
                when = f"by {claim.period.label()}"
            evidence = tuple(
                t.evidence("related") for t in sorted(states.values(), key=lambda t: t.date)
            )
            summary = Evidence(
                "tie", f"count:{tie_type}", None, "matches", float(count), "count", when
            )
            behind = _stored_count_above(context, claim.metric, count, on)
            if interval(claim).contains(float(count)) and behind is None:
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"the ties table shows {count} states with {tie_type} {when}",
                        (summary, *evidence),
                    ),
                )
            else:
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.UNVERIFIABLE,
                        f"the ties table (a partial compilation) shows {count} states with {tie_type} {when}"
                        + (
                            f"; a stored fact counts {behind[0]:g} as of {behind[1]}: the table misses states"
                            if behind
                            else ""
                        ),
                        (
                            Evidence(
                                "tie",
                                f"count:{tie_type}",
                                None,
                                "related",
                                float(count),
                                "count",
                                when,
                            ),
                            *evidence,
                        ),
                    ),
                )


def _stored_count_above(
    context: CheckContext, metric: str | None, count: int, on: str | None
) -> tuple[float, str] | None:
    """A curated fact of the same count for the region, dated on or before `on`, that exceeds
    the table's count: members leave only by withdrawing, which the table records, so the
    table misses states and its count bears nothing out ("Twenty countries" in January 2023,
    the table's 20 beside the stored 21 as of October 2022)."""
    facts = context.knowledge.facts
    if facts is None or facts.empty or not metric:
        return None
    rows = facts[(facts["metric"] == metric) & (facts["entity"] == "LAC")]
    for row in rows.itertuples():
        end = str(row.period_end or "")
        if end and (on is None or end[: len(on)] <= on) and float(row.value) > count:
            return float(row.value), end
    return None


def article_month(claim: Claim) -> str | None:
    """ "YYYY-MM" (or "YYYY") of the article's date when the text gives it (not file metadata)."""
    found = claim.article_date or {}
    date = str(found.get("date") or "")
    if not date or found.get("found_by") == FILE_METADATA:
        return None
    return date[:4] if found.get("precision") == "year" else date[:7]
