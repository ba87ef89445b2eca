"""Promises and delivery: every pledge of the cooperation system with its status, grouped by plan.

One row per pledge (target, deadline, status badge or progress bar, a small server-side SVG of
its delivery figures over time, its sources), a timeline of when each plan's pledges were made,
and a count per status with every status listed. The statuses come from
domain/commitments.py; this module only lays them out.
"""

from __future__ import annotations

import html
import math

import pandas as pd
from fastapi import APIRouter, Request
from markupsafe import Markup

from chinalac.domain import commitments as domain
from chinalac.web import i18n
from chinalac.web.commitment_words import (
    difference_words,
    figure_words,
    period_words,
    reason_words,
)
from chinalac.web.downloads import csv_response, csv_with_sources, sources_of
from chinalac.web.errors import InvalidParameter
from chinalac.web.i18n import N_
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache

router = APIRouter()

STATUS_LABELS = {
    domain.MET: N_("met"),
    domain.ON_TRACK: N_("on track"),
    domain.BEHIND: N_("behind"),
    domain.MISSED: N_("missed"),
    domain.DISPUTED: N_("disputed"),
    domain.NOT_COMPARABLE: N_("not comparable"),
    domain.UNMEASURABLE: N_("unmeasurable"),
}
STATUS_HELP = {
    domain.MET: N_("a figure on the pledge's own basis reached the target by the deadline"),
    domain.ON_TRACK: N_("the latest figure is at or above the linear path to the target"),
    domain.BEHIND: N_("the latest figure is below the linear path to the target"),
    domain.MISSED: N_("the figures for the deadline stay below the target"),
    domain.DISPUTED: N_("figures for the same date disagree about the verdict"),
    domain.NOT_COMPARABLE: N_("figures exist, but on another basis than the pledge's"),
    domain.UNMEASURABLE: N_(
        "no number pledged, no figure published, or only statements by a party"
    ),
}
PLAN_LABELS = {
    "policy_paper_2008": N_("Policy paper on LAC, November 2008"),
    "xi_brasilia_2014": N_("Xi Jinping at the Brasília leaders' meeting, July 2014"),
    "xi_beijing_2015": N_("Xi Jinping at the 1st Ministerial Meeting, Beijing, January 2015"),
    "cooperation_plan_2015_2019": N_("China–LAC Cooperation Plan 2015–2019"),
    "forum_rules_2015": N_("Rules of the China–CELAC Forum, January 2015"),
    "li_keqiang_brasilia_2015": N_("Li Keqiang in Brasília, May 2015"),
    "xi_lima_2016": N_("Xi Jinping in Lima, November 2016"),
    "joint_action_plan_2022_2024": N_("Joint Action Plan 2022–2024"),
    "xi_beijing_2025": N_("Xi Jinping at the 4th Ministerial Meeting, Beijing, May 2025"),
    "joint_action_plan_2025_2027": N_("Joint Action Plan 2025–2027"),
}
COLOURS = {"basis": "#1a7f37", "other": "#8c959f"}


def parse_as_of(request: Request) -> str | None:
    value = request.query_params.get("as_of") or None
    if value is not None:
        try:
            domain.parse_as_of(value)
        except domain.CommitmentError as error:
            raise InvalidParameter("as_of", str(error)) from None
    return value


def statuses(state: Dashboard, as_of: str | None) -> pd.DataFrame:
    return state.cache.get_or_make(
        ("commitments", as_of),
        lambda: domain.pledge_statuses(state.store.db, as_of=as_of, structured=True),
    )


FIGURES_OVER_TIME = N_("figures over time: %(n)s")


def sparkline(pledge: dict, rows: pd.DataFrame, lang: str = "en") -> Markup | None:
    """Delivery figures over time as a small SVG: green = on the pledge's basis, grey = another
    basis; the dashed line is the target, the red tick the deadline. None when no figure."""
    target = pledge.get("target_value")
    points = domain.delivery_points(pledge, rows)
    if not points:
        return None
    has_target = not _missing(target)
    deadline = None if _missing(pledge.get("deadline")) else int(pledge["deadline"])
    xs = [p["moment"] for p in points] + ([deadline + 0.5] if deadline else [])
    ys = [p["value"] for p in points] + ([float(target)] if has_target else [])
    x0, x1 = min(xs) - 0.5, max(xs) + 0.5
    y1 = max(ys) * 1.1 or 1.0
    width, height, pad = 240, 70, 4

    def sx(x):
        return pad + (x - x0) / (x1 - x0) * (width - 2 * pad)

    def sy(y):
        return height - pad - (y / y1) * (height - 2 * pad)

    parts = [
        f'<svg class="spark" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{html.escape(i18n.gettext_for(lang)(FIGURES_OVER_TIME) % {"n": len(points)})}">'
    ]
    if has_target:
        parts.append(
            f'<line class="target" x1="{pad}" x2="{width - pad}" y1="{sy(float(target)):.1f}" '
            f'y2="{sy(float(target)):.1f}" />'
        )
    if deadline:
        x = sx(deadline + 0.5)
        parts.append(
            f'<line class="deadline" x1="{x:.1f}" x2="{x:.1f}" y1="{pad}" y2="{height - pad}" />'
        )
    for point in points:
        fill = COLOURS["basis"] if point["on_basis"] else COLOURS["other"]
        hollow = "" if point["exact"] else ' fill-opacity="0.25"'
        parts.append(
            f'<circle cx="{sx(point["moment"]):.1f}" cy="{sy(point["value"]):.1f}" r="3.2" '
            f'fill="{fill}"{hollow} stroke="{fill}"><title>{html.escape(title(point, lang))}</title></circle>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def title(point: dict, lang: str) -> str:
    """A point's tooltip: its figure in the reader's words (a <title> holds text, not markup)."""
    return figure_words(point["figure"], lang).striptags()


def plan_groups(
    frame: pd.DataFrame, rows: pd.DataFrame, lang: str = "en", differences: dict | None = None
) -> list[dict]:
    differences = differences or {}
    groups = []
    for plan, pledges in frame.groupby("plan", sort=False):
        items = []
        for pledge in pledges.to_dict("records"):
            mine = rows[rows["commitment_id"] == pledge["commitment_id"]]
            progress = pledge.get("progress")
            items.append(
                {
                    **{k: (None if _missing(v) else v) for k, v in pledge.items()},
                    "percent": None
                    if _missing(progress)
                    else max(0, min(100, round(float(progress) * 100))),
                    "period": period_words(
                        pledge.get("period_start"), pledge.get("period_end"), lang
                    ),
                    "spark": sparkline(pledge, mine, lang),
                    "differences": difference_words(
                        differences.get(pledge["commitment_id"], ()), lang
                    ),
                    "reason_words": reason_words(pledge["why"], lang) if "why" in pledge else "",
                    "statements": mine[mine["kind"] == "statement"].to_dict("records"),
                    "delivery_sources": list(
                        dict.fromkeys(s for s in mine["source_id"] if isinstance(s, str))
                    ),
                }
            )
        groups.append({"plan": plan, "made_on": pledges["made_on"].min(), "pledges": items})
    return sorted(groups, key=lambda g: g["made_on"])


def conflict_subjects(conflicts: list[dict], frame: pd.DataFrame) -> list[dict]:
    """A known conflict's subject as a reader meets it: a pledge's description linked to its
    entry (with the rest of the subject, "(2024 outcome)"), never its commitment_id."""
    described = dict(zip(frame["commitment_id"], frame["description"], strict=True))
    out = []
    for item in conflicts:
        pledge = item.get("commitment_id")
        subject = str(item["subject"])
        if isinstance(pledge, str) and pledge in described and subject.startswith(pledge):
            item = {**item, "pledge": described[pledge], "rest": subject[len(pledge) :].strip()}
        out.append(item)
    return out


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


@router.get("/commitments")
@served_from_cache
def commitments_page(request: Request):
    state = dashboard(request)
    as_of = parse_as_of(request)

    def context(lang: str) -> dict:
        frame = statuses(state, as_of)
        rows = domain.evidence(state.store.db, state.store.db.sql("SELECT * FROM commitments"))
        return {
            "as_of": frame["as_of"].iloc[0] if not frame.empty else as_of,
            "counts": domain.status_counts(frame).to_dict("records"),
            "groups": plan_groups(frame, rows, lang, domain.pledge_differences(state.store.db)),
            "conflicts": conflict_subjects(
                domain.known_conflicts(state.store.db).to_dict("records"), frame
            ),
            "status_labels": STATUS_LABELS,
            "status_help": STATUS_HELP,
            "plan_labels": PLAN_LABELS,
            "total": len(frame),
        }

    return cached_page(request, "commitments.html", context)


@router.get("/commitments.csv")
def commitments_csv(request: Request):
    state = dashboard(request)
    as_of = parse_as_of(request)

    def make() -> str:
        frame = statuses(state, as_of).drop(columns=["why"], errors="ignore")
        return csv_with_sources(
            frame,
            "China–LAC commitments and their status as of " + str(frame["as_of"].iloc[0]),
            sources_of(frame, state.store.sources, "sources"),
            [
                "status rule: domain/commitments.py (value vs target at the deadline, linear path before it; "
                "figures on another basis → not comparable; statements by a party never count as figures)"
            ],
        )

    return csv_response(
        state.cache.get_or_make(("csv", "commitments", as_of), make), "chinalac-commitments.csv"
    )
