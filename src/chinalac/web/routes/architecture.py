"""Architecture: policy papers, forum meetings, plans and frameworks, each linked to its source.

A timeline of everything dated (documents, mechanisms, forum events, frameworks) and a
structure diagram of the three frameworks (1+3+6, Five-sphere, five programs) built from
framework_components.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pandas as pd
from fastapi import APIRouter, Request

from chinalac.claims.vocabulary import english_ordinal
from chinalac.web import i18n
from chinalac.web.downloads import csv_response, csv_with_sources, sources_of
from chinalac.web.i18n import N_
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache
from chinalac.web.routes.commitments import PLAN_LABELS, STATUS_LABELS
from chinalac.web.vocabulary import label, reader_text

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


MEETING = re.compile(r"^(\d+)(?:st|nd|rd|th) Ministerial Meeting\b", re.IGNORECASE)
# A ministerial meeting of the forum as a reader reads it: its number (`meeting_number`) and the
# meeting's name in the reader's language ("IV Reunión Ministerial del Foro China-CELAC").
MEETING_NAME = N_("%(number)s Ministerial Meeting of the China–CELAC Forum")
ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def meeting_number(number: int, lang: str) -> str:
    """A meeting's ordinal as the reader's language writes it: "4th"; "IV" in Spanish and
    Portuguese (as the forum's own Spanish and Portuguese documents number its meetings)."""
    if lang == "en":
        return english_ordinal(number)
    roman = ""
    for value, letters in ROMAN:
        while number >= value:
            roman += letters
            number -= value
    return roman


def meeting_name(number: int, lang: str) -> str:
    """The forum's ministerial meeting `number` in the reader's words."""
    return i18n.gettext_for(lang)(MEETING_NAME) % {"number": meeting_number(number, lang)}


def reader_name(entry: dict, lang: str, framework_ids: dict | None = None) -> tuple[str, str]:
    """A timeline entry's name for a reader of `lang` and the language it is in: a framework by
    the name an official outlet publishes in `lang` (architecture_names.csv; `framework_ids`:
    each framework's stored name → its id), a ministerial meeting by its number in the reader's
    words, a mechanism by chinalac's translation (vocabulary.csv, domain `mechanism`), anything
    else (a document's title) as stored."""
    if entry["kind"] == "framework" and entry["name"] in (framework_ids or {}):
        official = official_name(framework_ids[entry["name"]], None, lang)
        if official is not None:
            return official["name"], lang
    name = reader_text(entry["name"])
    match = MEETING.match(name) if entry["kind"] == "ministerial_meeting" else None
    if match is not None:
        return meeting_name(int(match.group(1)), lang), lang
    translated = label(name, lang)
    return translated, (lang if translated != name or lang == "en" else "en")


def place_words(state: Dashboard, place, lang: str) -> tuple[str, str]:
    """Where an event took place for a reader of `lang`, and the language it is in: a state by
    its name in the reader's language ("Perú"), a place the vocabulary words, else as stored
    (English)."""
    text = reader_text(place)
    iso3 = next(
        (code for code, names in state.store.country_names.items() if names["en"] == text), None
    )
    if iso3 is not None:
        return state.country_name(iso3, lang), lang
    said = label(text, lang)
    return said, (lang if said != text or lang == i18n.DEFAULT_LANGUAGE else "en")


def reader_timeline(frame: pd.DataFrame) -> list[dict]:
    """The timeline as readers see it: each ministerial meeting once.

    The forum's meetings are stored by more than one table (mechanisms, forum_events) and the
    compiled forum table adds notes on some ("- scheduling note", "- format") as rows of their
    own. Rows of the same meeting (same ordinal) become one entry: the most precise single date,
    every detail and every source; the CSV keeps every stored row.
    """
    entries: list[dict] = []
    meetings: dict[str, dict] = {}
    for row in frame.to_dict("records"):
        match = (
            MEETING.match(str(row["name"] or "")) if row["kind"] == "ministerial_meeting" else None
        )
        entry = {
            "date": row["date"],
            "kind": row["kind"],
            "name": row["name"],
            "place": row["place"],
            "details": [row["detail"]] if row["detail"] else [],
            "source_ids": [row["source_id"]] if row["source_id"] else [],
        }
        if match is None:
            entries.append(entry)
            continue
        known = meetings.get(match.group(1))
        if known is None:
            meetings[match.group(1)] = entry
            entries.append(entry)
            continue
        if " - " not in str(row["name"]) and " - " in str(known["name"]):
            known["name"] = row["name"]
        date = str(row["date"] or "")
        if "/" not in date and len(date) > len(str(known["date"] or "").split("/")[0]):
            known["date"] = row["date"]
        known["place"] = known["place"] or row["place"]
        for key in ("details", "source_ids"):
            known[key] += [item for item in entry[key] if item not in known[key]]
    return entries


def region_wide_commitments(state: Dashboard) -> list[dict]:
    """The pledges that name no single state, listed once here (never on a country profile)."""
    if not state.store.has("commitments"):
        return []
    frame = state.store.db.commitments()
    frame = frame[frame["states"].isna()]
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


OFFICIAL_NAMES = Path(__file__).resolve().parents[1] / "architecture_names.csv"


@functools.cache
def official_names() -> dict[tuple[str, str, str], dict]:
    """(framework_id, component_id or "", lang) → {name, source_url}: names an official outlet
    publishes in Spanish or Portuguese (architecture_names.csv, sidecar beside it)."""
    with OFFICIAL_NAMES.open(encoding="utf-8", newline="") as handle:
        return {
            (row["framework_id"], row["component_id"], row["lang"]): row
            for row in csv.DictReader(handle)
        }


def official_name(framework_id: str, component_id: str | None, lang: str) -> dict | None:
    return official_names().get((framework_id, component_id or "", lang))


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
            components = mine[mine["kind"] == kind].to_dict("records")
            groups.append(
                {
                    "kind": kind,
                    "components": components,
                    "slots": slots(components, head["source_id"]),
                }
            )
        result.append({**head, "groups": groups})
    return result


def slots(components: list[dict], framework_source: str) -> list[list[dict]]:
    """The components of one kind by position: one slot per position, holding every stored
    component of that position. Where sources name different components at one position (the
    Five-sphere plan's fifth element: "sustainable development" in the domain brief, the mutual
    reinforcement of region-wide and bilateral cooperation in China's 2016 policy paper), the
    slot keeps them side by side, each with its own source, and the kind's count stays the
    number of positions, so no source is silently preferred and none inflates the count."""
    by_position: dict = {}
    for component in components:
        by_position.setdefault(component["position"], []).append(component)
    result = []
    for position in sorted(by_position):
        slot = by_position[position]
        disputed = len(slot) > 1
        result.append(
            [
                {
                    **component,
                    "disputed": disputed,
                    "own_source": disputed or component["source_id"] != framework_source,
                }
                for component in slot
            ]
        )
    return result


@router.get("/architecture")
@served_from_cache
def architecture(request: Request):
    state = dashboard(request)

    def context(lang: str) -> dict:
        heads = frameworks(state)
        framework_ids = {head["name"]: head["framework_id"] for head in heads}
        return {
            "timeline": reader_timeline(timeline_frame(state)),
            "reader_name": lambda entry: reader_name(entry, lang, framework_ids),
            "place_words": lambda place: place_words(state, place, lang),
            "frameworks": heads,
            "kind_labels": KIND_LABELS,
            "official_name": lambda framework_id, component_id=None: official_name(
                framework_id, component_id, lang
            ),
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
