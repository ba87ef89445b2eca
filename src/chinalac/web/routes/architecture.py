"""Architecture: policy papers, forum meetings, plans and frameworks, each linked to its source.

A timeline of everything dated (documents, mechanisms, forum events, frameworks) and a
structure diagram of the three frameworks (1+3+6, Five-sphere, five programs) built from
framework_components.
"""

from __future__ import annotations

import re

import pandas as pd
from fastapi import APIRouter, Request

from chinalac.web.downloads import csv_response, csv_with_sources, sources_of
from chinalac.web.i18n import N_
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache
from chinalac.web.routes.commitments import PLAN_LABELS, STATUS_LABELS

router = APIRouter()

KIND_LABELS = {
    "policy_paper": N_("Policy paper"),
    "white_paper": N_("White paper"),
    "plan": N_("Plan"),
    "declaration": N_("Declaration"),
    "joint_statement": N_("Joint statement"),
    "forum": N_("Forum"),
    "ministerial_meeting": N_("Ministerial meeting"),
    "leaders_meeting": N_("Leaders' meeting"),
    "conference": N_("Conference"),
    "framework": N_("Framework"),
    "related": N_("Related"),
    "engine": N_("Engines"),
    "priority_area": N_("Priority areas"),
    "sphere": N_("Spheres"),
    "program": N_("Programs"),
}
COMPONENT_ORDER = ["plan", "engine", "priority_area", "sphere", "program"]


def sort_key(date) -> str:
    match = re.search(r"\d{4}(-\d{2})?(-\d{2})?", str(date or ""))
    return match.group(0) if match else "9999"


def timeline_frame(state: Dashboard) -> pd.DataFrame:
    store = state.store
    parts = []
    if store.has("documents"):
        parts.append(
            store.sql(
                """SELECT date, kind, title AS name, coalesce(summary, issuer) AS detail, NULL AS place,
                      source_id, 'documents' AS origin FROM documents"""
            )
        )
    if store.has("mechanisms"):
        parts.append(
            store.sql(
                """SELECT date, kind, name, detail, place, source_id, 'mechanisms' AS origin FROM mechanisms"""
            )
        )
    if store.has("forum_events"):
        parts.append(
            store.sql(
                """SELECT date, kind, name, detail, place, source_id, 'forum_events' AS origin
               FROM forum_events WHERE quality <> 'unsourced'"""
            )
        )
    if store.has("frameworks"):
        parts.append(
            store.sql(
                """SELECT date, 'framework' AS kind, name, context AS detail, NULL AS place, source_id,
                      'frameworks' AS origin FROM frameworks"""
            )
        )
    if not parts:
        return pd.DataFrame(
            columns=["date", "kind", "name", "detail", "place", "source_id", "origin"]
        )
    frame = pd.concat([p for p in parts if not p.empty], ignore_index=True)
    frame["sort"] = frame["date"].map(sort_key)
    frame = frame.sort_values(["sort", "kind", "name"]).drop(columns="sort").reset_index(drop=True)
    return frame.astype(object).where(frame.notna(), None)


def region_wide_commitments(state: Dashboard) -> list[dict]:
    """The pledges that name no single state, listed once here (never on a country profile)."""
    if not state.store.has("commitments"):
        return []
    frame = state.store.db.commitments()
    frame = frame[frame["states"].isna()]
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def frameworks(state: Dashboard) -> list[dict]:
    store = state.store
    if not store.has("frameworks", "framework_components"):
        return []
    heads = store.sql("SELECT * FROM frameworks ORDER BY date, framework_id")
    parts = store.sql("SELECT * FROM framework_components ORDER BY framework_id, position")
    result = []
    for head in heads.to_dict("records"):
        mine = parts[parts["framework_id"] == head["framework_id"]]
        groups = []
        kinds = [k for k in COMPONENT_ORDER if k in set(mine["kind"])] + sorted(
            set(mine["kind"]) - set(COMPONENT_ORDER)
        )
        for kind in kinds:
            groups.append(
                {"kind": kind, "components": mine[mine["kind"] == kind].to_dict("records")}
            )
        result.append({**head, "groups": groups})
    return result


@router.get("/architecture")
@served_from_cache
def architecture(request: Request):
    state = dashboard(request)

    def context(lang: str) -> dict:
        return {
            "timeline": timeline_frame(state).to_dict("records"),
            "frameworks": frameworks(state),
            "kind_labels": KIND_LABELS,
            "region_wide": region_wide_commitments(state),
            "status_labels": STATUS_LABELS,
            "plan_labels": PLAN_LABELS,
        }

    return cached_page(request, "architecture.html", context)


@router.get("/architecture/timeline.csv")
def architecture_csv(request: Request):
    state = dashboard(request)

    def make() -> str:
        frame = timeline_frame(state)
        return csv_with_sources(
            frame,
            "China–LAC cooperation architecture: documents, meetings, plans, frameworks",
            sources_of(frame, state.store.sources),
        )

    return csv_response(
        state.cache.get_or_make(("csv", "architecture"), make), "chinalac-architecture.csv"
    )
