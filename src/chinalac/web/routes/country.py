"""Country profile: /country/PER (names too: /country/Perú redirects to /country/PER).

Ties as a dated timeline with the quality of each row, headline figures with their sources,
finance and investment, trade and dependency indicators as charts, projects, visits and
commitments. Every chart and table has a CSV download whose header lines carry its sources.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pandas as pd
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from chinalac.domain.ties import DISPLAYED_TIES, TieStatus, label_of, row_label, tie_status
from chinalac.web import evidence, figures, vocabulary
from chinalac.web.charts import Chart, Series, reader_link, render_svg
from chinalac.web.downloads import csv_response, csv_with_sources, sources_of
from chinalac.web.errors import NotFound
from chinalac.web.i18n import N_, gettext_for
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache
from chinalac.web.routes.commitments import PLAN_LABELS  # noqa: E402
from chinalac.web.routes.commitments import STATUS_LABELS as COMMITMENT_STATUS_LABELS  # noqa: E402

log = logging.getLogger(__name__)
router = APIRouter()

STATUS_TITLES = {
    "relations": N_("Diplomatic relations"),
    "partnership": N_("Partnership level"),
    "bri": N_("Belt and Road MoU"),
    "fta": N_("Free-trade agreement"),
    "aiib": N_("AIIB membership"),
}
# The labels of domain/tie_vocabulary.yml, marked for the catalogs (the YAML is not extracted);
# tests/domain/test_ties.py checks that every vocabulary label is listed here.
VOCABULARY_LABELS = (
    N_("AIIB member"),
    N_("All-weather strategic partnership"),
    N_("Belt and Road MoU signed"),
    N_("Comprehensive cooperative partnership"),
    N_("Comprehensive strategic partnership"),
    N_("Confucius Institute(s) present"),
    N_("Disputed"),
    N_("FTA in force"),
    N_("FTA signed"),
    N_("Feasibility study"),
    N_("Friendly cooperative partnership"),
    N_("Negotiating"),
    N_("No FTA"),
    N_("No formal partnership level stated"),
    N_("No relations with the PRC"),
    N_("No sourced information"),
    N_("Not an AIIB member"),
    N_("Not joined"),
    N_("Participation announced"),
    N_("Proposed"),
    N_("Prospective AIIB member"),
    N_("Recognises Taiwan (ROC)"),
    N_("Relations with the PRC"),
    N_("Strategic partnership"),
    N_("Withdrew / did not renew"),
)
TIER_LABELS = {
    "primary": N_("primary source"),
    "reputable": N_("reputable source"),
    "weak": N_("weak source"),
}
TIE_LABELS = {
    "diplomatic_relations_prc": N_("Diplomatic relations with the PRC"),
    "taiwan_recognition": N_("Recognition of Taiwan"),
    "taiwan_recognition_2025": N_("Recognition of Taiwan (2025)"),
    "taiwan_break": N_("Break with Taiwan"),
    "taiwan_switch": N_("Switch to Taiwan"),
    "one_china": N_("One-China policy"),
    "bri_mou": N_("Belt and Road MoU"),
    "fta": N_("Free-trade agreement"),
    "fta_upgrade": N_("FTA upgrade"),
    "partnership": N_("Partnership level"),
    "aiib": N_("AIIB membership"),
    "confucius_institutes": N_("Confucius Institutes"),
}
DEPENDENCY_COLUMNS = {
    "china_share_of_country_trade": N_("China's share of the state's trade"),
    "primary_share_exports_to_china": N_("Primary-commodity share of exports to China"),
    "hhi_normalised_exports_to_china": N_("Concentration of exports to China (normalised HHI)"),
    "grubel_lloyd_with_china": N_("Intra-industry trade with China (Grubel–Lloyd)"),
    "trade_complementarity_country_to_china": N_("Trade complementarity with China"),
    "partner_share_asymmetry": N_("Partner-share asymmetry"),
}


@dataclass
class Section:
    """One downloadable block of the profile: its rows, title and provenance."""

    key: str
    title: str  # msgid
    frame: pd.DataFrame | None
    notes: list[str] = field(default_factory=list)
    unavailable: str = ""  # msgid or message when frame is None
    coverage: str = ""  # msgid: where the dataset does not cover this state ("not covered")
    source_ids: list[str] = field(default_factory=list)  # shown under the chart

    @property
    def available(self) -> bool:
        return self.frame is not None


def resolve(state: Dashboard, name: str) -> str:
    iso3 = state.store.db.resolve_country(name)  # UnknownCountryError → 404 page
    if iso3 not in set(state.store.countries["iso3"]):
        raise NotFound(
            N_("China is the counterpart of every profile: choose one of the 33 CELAC states."),
            [
                (f"/country/{code}", lambda lang, code=code: state.country_name(code, lang))
                for code in ("BRA", "MEX", "PER")
            ],
        )
    return iso3


@router.get("/country")
def country_index(request: Request, q: str = ""):
    """The country search: /country?q=peru (any language, accents optional) → /country/PER."""
    if not q.strip():
        return RedirectResponse("/", status_code=307)
    iso3 = resolve(dashboard(request), q.strip()[:100])  # unknown names: a 404 with suggestions
    return RedirectResponse(f"/country/{iso3}", status_code=303)


@router.get("/country/{name}")
@served_from_cache
def country_page(request: Request, name: str):
    state = dashboard(request)
    iso3 = resolve(state, name)
    if name != iso3:
        return RedirectResponse(f"/country/{iso3}", status_code=307)
    return cached_page(request, "country.html", lambda lang: country_context(state, iso3, lang))


@router.get("/country/{name}/{section}.csv")
def country_csv(request: Request, name: str, section: str):
    state = dashboard(request)
    iso3 = resolve(state, name)
    sections = country_sections(state, iso3)
    if section not in sections:
        raise NotFound(f"No section “{section}”; sections: {', '.join(sections)}.")
    block = sections[section]
    if block.frame is None:
        raise NotFound(f"{block.title}: not available in this build.")

    def make() -> str:
        title = f"{block.title} — {state.country_name(iso3, 'en')} ({iso3})"
        sources = sources_of(block.frame, state.store.sources, "source_id", "source")
        return csv_with_sources(block.frame, title, sources, block.notes)

    text = state.cache.get_or_make(("csv", iso3, section), make)
    return csv_response(text, f"chinalac-{iso3}-{section}.csv")


# -- data -----------------------------------------------------------------------------------
def country_sections(state: Dashboard, iso3: str) -> dict[str, Section]:
    return state.cache.get_or_make(("country-sections", iso3), lambda: build_sections(state, iso3))


def build_sections(state: Dashboard, iso3: str) -> dict[str, Section]:
    db = state.store.db
    store = state.store
    ties = db.sql(
        """SELECT t.tie_id, t.date, t.date_sort, t.tie_type, t.status, t.quality, t.conflict,
                  t.tier, t.detail, t.source_id, s.title AS source_title, s.url AS source_url,
                  t.evidence
           FROM ties t LEFT JOIN sources s USING (source_id)
           WHERE t.iso3 = ? AND NOT t.superseded
           ORDER BY t.date_sort NULLS LAST, t.tie_type""",
        [iso3],
    )
    facts = db.sql(
        """SELECT f.fact_id, f.metric, m.description AS metric_description, f.entity, f.counterpart,
                  f.period_start, f.period_end, f.value, f.unit, f.reporter, f.conflict_group,
                  f.note, f.source_id, s.title AS source_title, s.url AS source_url, f.evidence
           FROM facts f LEFT JOIN sources s USING (source_id)
           LEFT JOIN metrics m USING (metric)
           WHERE f.entity = ? OR f.counterpart = ?
           ORDER BY f.period_start NULLS LAST, f.metric""",
        [iso3, iso3],
    )
    sections = {
        "ties": Section(
            "ties",
            N_("Ties with China"),
            ties,
            [
                "quality: sourced = stated by the cited page; inferred = reasoned from a general statement of the cited page; unsourced = a gap, not a fact",
                "tier: primary = a government, the AIIB, a treaty text; reputable = wire service, major newspaper, research institute; weak = tabloid, Wikipedia or a mirror, aggregator, code-host copy",
                "evidence: what the cited page supports, in chinalac's words (open the URL for the page's own)",
            ],
        ),
        "facts": Section("facts", N_("Headline figures"), facts),
    }
    sections["projects"] = Section(
        "projects",
        N_("Projects"),
        db.sql(
            """SELECT project_id, name, sector, date, status, detail, field, source_id
               FROM projects WHERE iso3 = ? ORDER BY date NULLS LAST""",
            [iso3],
        )
        if store.has("projects")
        else None,
        unavailable=figures.NOT_IN_BUILD,
    )
    sections["visits"] = Section(
        "visits",
        N_("Visits"),
        db.sql(
            "SELECT date, visitor, role, detail, source_id FROM visits WHERE iso3 = ? ORDER BY date",
            [iso3],
        )
        if store.has("visits")
        else None,
        unavailable=figures.NOT_IN_BUILD,
    )
    sections["commitments"] = Section(
        "commitments",
        N_("Commitments that name this state"),
        safely(lambda: state_commitments(db, iso3)) if store.has("commitments") else None,
        [
            "only the pledges that name this state; region-wide pledges are listed once on the "
            "architecture page and on /commitments",
            "status: domain/commitments.py (as of today)",
        ],
        unavailable=figures.NOT_IN_BUILD,
    )
    finance = safely(lambda: figures.finance_by_year(store, iso3))
    sections["finance"] = Section(
        "finance",
        N_("Chinese development finance by year"),
        finance,
        [
            "value: US$ million, AidData GCDF 3.0 adjusted commitments (constant 2021 US$); "
            "unadjusted_value beside it",
            "flow_class: oda = official development assistance, oof = other official flows, "
            "vof = vague official finance",
        ],
        unavailable=figures.NOT_IN_BUILD,
        source_ids=sorted(set(finance["source_id"].dropna())) if finance is not None else [],
    )
    sectors = safely(lambda: figures.finance_by_sector(store, iso3))
    sections["investment"] = Section(
        "investment",
        N_("Chinese investment by sector"),
        sectors,
        [
            "value: US$ million; AEI China Global Investment Tracker deals of US$100 m or more, "
            "South America only, 2005-2021"
        ],
        unavailable=figures.NOT_IN_BUILD,
        coverage=""
        if store.countries.set_index("iso3").at[iso3, "subregion"] == "south_america"
        else NOT_COVERED_AEI,
        source_ids=sorted(set(sectors["source_id"].dropna())) if sectors is not None else [],
    )
    trade = safely(lambda: figures.trade_series(store, iso3))
    sections["trade"] = Section(
        "trade",
        N_("Trade with China"),
        trade,
        [
            "value: US$ million; each reporter, flow and scope is its own series, full years "
            "only (reporters differ: never add them up or join them)"
        ],
        unavailable=NO_TRADE_FIGURE,
        coverage="" if trade is not None and not trade.empty else NO_TRADE_FIGURE,
        source_ids=list(dict.fromkeys(trade["source_id"].dropna())) if trade is not None else [],
    )
    exposure = safely(lambda: exposure_frame(state, iso3))
    sections["exposure"] = Section(
        "exposure",
        N_("Trade with China as a share of GDP"),
        exposure,
        [
            "value: (exports to China + imports from China) / GDP, and that share minus the same "
            "trade over China's GDP; one series per indicator and reporter; formulas and "
            "references on the Indicators page",
        ],
        unavailable=figures.NOT_IN_BUILD,
        coverage="" if exposure is not None and not exposure.empty else NO_TRADE_FIGURE,
        source_ids=list(dict.fromkeys(exposure["source_id"].dropna()))
        if exposure is not None
        else [],
    )
    dependency, reason = dependency_frame(state, iso3)
    sections["dependency"] = Section(
        "dependency",
        N_("Dependency indicators"),
        dependency,
        ["formulas and caveats: the Indicators page"],
        unavailable=figures.NO_PRODUCT_TRADE if reason else "",
        source_ids=sorted(
            {p for cell in dependency["source"].dropna().astype(str) for p in cell.split(";") if p}
        )
        if dependency is not None and "source" in dependency.columns
        else [],
    )
    return sections


def commitment_reasons(db, iso3: str, lang: str) -> dict:
    """commitment_id → why the pledge has its status, in the reader's words (the commitments
    page's wording: chinalac.web.commitment_words), for the pledges that name this state."""
    from chinalac.domain.commitments import pledge_statuses
    from chinalac.web.commitment_words import reason_words

    frame = pledge_statuses(db, state=iso3, structured=True)
    if frame.empty:
        return {}
    return {row.commitment_id: reason_words(row.why, lang) for row in frame.itertuples()}


def state_commitments(db, iso3: str) -> pd.DataFrame:
    frame = db.commitments(state=iso3)
    columns = ["commitment_id", "plan", "description", "target_value", "unit", "period_end", "status",
               "reason", "source_id"]  # fmt: skip
    return frame[columns] if not frame.empty else pd.DataFrame(columns=columns)


NOT_COVERED_AEI = N_(
    "Not covered: the shipped AEI China Global Investment Tracker extract covers South America only."
)
NO_TRADE_FIGURE = N_("No full-year figure of trade with China is stored for this state.")


def safely(make):
    """A figure query, or None when this build's table cannot be read (e.g. missing files)."""
    try:
        return make()
    except Exception as error:  # a missing ingest or a renamed column: shown as not available
        log.warning("country profile: %s", error)
        return None


def exposure_frame(state: Dashboard, iso3: str) -> pd.DataFrame:
    """year, indicator, reporter, value, uses, source_id: chinalac.domain.figure_indicators."""
    from chinalac.domain import figure_indicators

    frame = figure_indicators.figure_indicators(state.store.db, iso3)
    return pd.DataFrame(
        {
            "year": frame["year"],
            "indicator": frame["indicator"],
            "reporter": frame["trade_reporter"],
            "value": frame["value"],
            "uses": frame["uses"],
            "source_id": frame["trade_source_id"],
        }
    ).sort_values(["indicator", "reporter", "year"], ignore_index=True)


def dependency_frame(state: Dashboard, iso3: str) -> tuple[pd.DataFrame | None, str]:
    try:
        from chinalac import indicators
        from chinalac.indicators import from_store
    except ImportError:
        return None, N_("This edition of the observatory does not compute these indicators yet.")
    db = state.store.db
    try:
        years = from_store.select_trade(db).years
        frame = indicators.dependency_panel(db, iso3, years)
    except (
        Exception
    ) as error:  # IndicatorError: no product-level trade ingested, or none for the state
        return None, str(error)
    keep = ["year", *[c for c in DEPENDENCY_COLUMNS if c in frame.columns], "source"]
    return frame[keep], ""


def tie_statuses(state: Dashboard, iso3: str) -> dict[str, TieStatus]:
    """Today's status of each displayed tie, from chinalac.domain.ties (as the map's latest
    year, `chinalac countries` and the API give it)."""
    return {tie: tie_status(state.store.tie_book, iso3, tie) for tie in DISPLAYED_TIES}


# -- page -----------------------------------------------------------------------------------
def chart(
    state: Dashboard,
    iso3: str,
    key: str,
    kind: str,
    series: list[Series],
    block: Section,
    y_title: str,
    lang: str,
) -> dict:
    """A chart of the profile: server-drawn SVG with its sources, coverage and permalink."""
    _ = gettext_for(lang)
    sources = [state.source(s) for s in block.source_ids]
    figure = Chart(
        key=key,
        kind=kind,
        title=f"{_(block.title)} — {state.country_name(iso3, lang)}",
        y_title=y_title,
        series=series,
        sources=[s for s in sources if s],
        permalink=reader_link(f"/country/{iso3}#chart-{key}", lang, state.site_mode),
    )
    years = figure.years
    figure.coverage = _("Years %(first)s–%(last)s; a year without a value is left empty.") % {
        "first": years[0],
        "last": years[-1],
    }
    return {
        "key": key,
        "title": figure.title,
        "svg": render_svg(figure, lang),
        "csv_url": f"/country/{iso3}/{key}.csv",
        "source_ids": block.source_ids,
        "coverage": figure.coverage,
    }


def trade_series_name(row, lang: str) -> str:
    """reporter · flow · scope, each part in the reader's language."""
    return " · ".join(
        [vocabulary.reporter_text(row["reporter"], lang)]
        + [vocabulary.label(part, lang) for part in (row["flow"], row["scope"])]
    )


def reporter_foreign(reporter, lang: str) -> tuple[str, str] | None:
    """A series' reporter kept as stored in another language: its words and that language."""
    said = vocabulary.reporter_language(reporter, lang)
    return (vocabulary.reporter_text(reporter, lang), said) if said else None


def yearly(frame: pd.DataFrame, column: str = "value", digits: int = 2) -> dict[int, float | None]:
    return {
        int(year): None if pd.isna(value) else round(float(value), digits)
        for year, value in zip(frame["year"], frame[column], strict=True)
    }


@dataclass(frozen=True)
class HeadlineFigure:
    """One stored fact of the profile, worded for a reader of one language.

    Every part comes from the one vocabulary: the amount and its unit from
    `vocabulary.amount`, the metric from its `metric` row, the other party from the store's
    country names or its `entity` row (LAC, WLD), the periods from `evidence.period_label`."""

    amount: str
    what: str
    what_lang: str  # "" when `what` is in the reader's language; "en" for the stored description
    context: tuple[str, ...]  # other party, period, "reported by …"
    conflict: bool
    evidence: str  # the record's evidence note as stored, in English (chinalac's own words;
    # the page shows its translation where one is shipped: chinalac.web.notes)
    source_id: str


def metric_name(metric, description, lang: str) -> tuple[str, str]:
    """A metric's reader name and its language: the vocabulary's `metric` row, else the
    knowledge base's English description (marked lang="en" by the page)."""
    name = vocabulary.label(metric, lang)
    if name and name != metric:
        return name[:1].upper() + name[1:], ""
    return vocabulary.reader_text(description) or metric, "en" if lang != "en" else ""


def cell(row: dict, key: str) -> str:
    """A stored text cell, "" when empty (None or a frame's NaN)."""
    value = row.get(key)
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def headline_figure(state: Dashboard, row: dict, iso3: str, lang: str) -> HeadlineFigure:
    _ = gettext_for(lang)
    other = cell(row, "counterpart") if cell(row, "entity") == iso3 else cell(row, "entity")
    start = evidence.period_label(cell(row, "period_start"), lang)
    end = evidence.period_label(cell(row, "period_end"), lang)
    period = f"{start} – {end}" if start and end and end != start else start or end
    reporter = cell(row, "reporter")
    what, what_lang = metric_name(cell(row, "metric"), cell(row, "metric_description"), lang)
    amount = vocabulary.amount(row.get("value"), row.get("unit"), lang)
    if period and evidence.year_of_its_period(
        row.get("value"), row.get("unit"), cell(row, "period_start")
    ):
        amount, period = period, ""  # "1960", not "1960 … · 1960": the year once, as dated
    context = (
        evidence.place_name(other, lang, state.country_name) if other and other != iso3 else "",
        period,
        vocabulary.reported_by(reporter, lang),
    )
    return HeadlineFigure(
        amount=amount,
        what=what,
        what_lang=what_lang,
        context=tuple(part for part in context if part),
        conflict=bool(cell(row, "conflict_group")),
        evidence=cell(row, "evidence"),
        source_id=cell(row, "source_id"),
    )


def country_context(state: Dashboard, iso3: str, lang: str) -> dict:
    _ = gettext_for(lang)
    sections = country_sections(state, iso3)
    status = tie_statuses(state, iso3)
    charts = {}
    finance = sections["finance"].frame
    if finance is not None and finance["value"].fillna(0).sum() > 0:
        flow_names = {
            "oda": _("Official development assistance"),
            "oof": _("Other official flows"),
            "vof": _("Vague official finance"),
        }
        by_flow = finance.groupby(["flow_class", "year"], as_index=False)["value"].sum()
        charts["finance"] = chart(
            state,
            iso3,
            "finance",
            "bar",
            [
                Series(flow_names.get(flow, flow), yearly(group))
                for flow, group in by_flow.groupby("flow_class")
            ],
            sections["finance"],
            _("%(unit)s (constant 2021)") % {"unit": vocabulary.label("usd_m", lang)},
            lang,
        )
    sectors = sections["investment"].frame
    if sectors is not None and not sectors.empty:
        charts["investment"] = chart(
            state,
            iso3,
            "investment",
            "bar",
            [
                Series(vocabulary.label(str(sector), lang), yearly(group))
                for sector, group in sectors.groupby("sector")
            ],
            sections["investment"],
            vocabulary.label("usd_m", lang),
            lang,
        )
    trade = sections["trade"].frame
    if trade is not None and not trade.empty:
        charts["trade"] = chart(
            state,
            iso3,
            "trade",
            "line",
            [
                Series(
                    trade_series_name(group.iloc[0], lang),
                    yearly(group),
                    reporter_foreign(group.iloc[0]["reporter"], lang),
                )
                for _series, group in trade.groupby("series", sort=False)
            ],
            sections["trade"],
            vocabulary.label("usd_m", lang),
            lang,
        )
    exposure = sections["exposure"].frame
    if exposure is not None and not exposure.empty:
        names = {
            "china_trade_exposure": _("Trade with China / GDP"),
            "dependence_asymmetry": _("Asymmetry (minus the same trade / China's GDP)"),
        }
        charts["exposure"] = chart(
            state,
            iso3,
            "exposure",
            "line",
            [
                Series(
                    f"{names.get(indicator, indicator)} · {vocabulary.reporter_text(reporter, lang)}",
                    yearly(group, digits=4),
                    reporter_foreign(reporter, lang),
                )
                for (indicator, reporter), group in exposure.groupby(["indicator", "reporter"])
            ],
            sections["exposure"],
            "",
            lang,
        )
    dependency = sections["dependency"].frame
    if dependency is not None and not dependency.empty:
        charts["dependency"] = chart(
            state,
            iso3,
            "dependency",
            "line",
            [
                Series(_(label), yearly(dependency, column, 4))
                for column, label in DEPENDENCY_COLUMNS.items()
                if column in dependency.columns
            ],
            sections["dependency"],
            "",
            lang,
        )
    ties = sections["ties"].frame
    timeline = [row for row in ties.to_dict("records")]
    facts = sections["facts"].frame
    return {
        "iso3": iso3,
        "name": state.country_name(iso3, lang),
        "status": status,
        "sections": sections,
        "charts": charts,
        "timeline": timeline,
        "tie_labels": TIE_LABELS,
        "status_titles": STATUS_TITLES,
        "label_of": label_of,
        "tier_labels": TIER_LABELS,
        "row_label": row_label,
        "date_columns": vocabulary.DATE_COLUMNS,
        "vocabulary_columns": vocabulary.VOCABULARY_COLUMNS,
        "status_labels_all": COMMITMENT_STATUS_LABELS,
        "plan_labels": PLAN_LABELS,
        "pledge_reasons": safely(lambda: commitment_reasons(state.store.db, iso3, lang)) or {},
        "facts": [headline_figure(state, row, iso3, lang) for row in facts.to_dict("records")],
        "ties_counts": ties["quality"].value_counts().to_dict(),
    }
