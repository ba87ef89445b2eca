"""Indicators: pick an indicator, states and years; a chart and a table, with the formula,
reference, unit and caveats beside them (from the indicator package's own metadata).

State-level indicators are drawn per state and year. The cooperation depth index comes from
the knowledge base and is always available; the trade indicators need product-level trade
(CEPII BACI) and say so, in reader language, when the build has none.
"""

from __future__ import annotations

import logging
import re

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from markupsafe import Markup, escape

from chinalac.reference.countries import UnknownCountryError
from chinalac.web import figures
from chinalac.web.charts import Chart, Series, reader_link, render_svg
from chinalac.web.downloads import csv_response, csv_with_sources, sources_of
from chinalac.web.errors import InvalidParameter, NotFound
from chinalac.web.i18n import N_, gettext_for
from chinalac.web.pages import Dashboard, cached_page, dashboard, served_from_cache
from chinalac.web.vocabulary import title_language

log = logging.getLogger(__name__)
router = APIRouter()

DEFAULT_INDICATOR = "cooperation_depth_index"
DEFAULT_STATES = ("ARG", "BRA", "CHL", "MEX", "PER")
MAX_STATES = 33


def registry() -> dict:
    try:
        from chinalac.indicators import REGISTRY
    except ImportError:
        return {}
    return REGISTRY


MAX_LISTED_SOURCES = 12
# What the error page says, in the reader's language (errors.InvalidParameter `reader`).
NO_INDICATOR = N_("There is no indicator “%(name)s”.")
OUTSIDE_YEARS = N_(
    "The parameter “%(name)s” is not valid: %(year)s is outside the indicator's years (%(first)s–%(last)s)."
)
START_AFTER_END = N_(
    "The parameter “%(name)s” is not valid: the first year (%(start)s) is after the last (%(end)s)."
)
NOT_A_STATE = N_("The parameter “%(name)s” is not valid: “%(value)s” is not a CELAC state.")
TOO_MANY_STATES = N_("The parameter “%(name)s” is not valid: choose at most %(count)s states.")


def split_sources(column: pd.Series) -> list[str]:
    """Source ids of ';'-joined cells, the publications before the web pages."""
    ids = {part.strip() for cell in column.dropna().astype(str) for part in cell.split(";")}
    ids.discard("")
    return sorted(ids, key=lambda s: (s.startswith("web-"), s))


def entry_text(entry, field: str, lang: str) -> str:
    """An indicator's metadata field in `lang` (indicators.yml `<field>_es`/`_pt`), else English."""
    translated = getattr(entry, "translations", {}).get(f"{field}_{lang}") if lang != "en" else None
    return translated or getattr(entry, field)


# A subscript of a reader formula: "x_{cp}", "X_c", "Σ_p" (indicators.yml `reader_formula`).
SUBSCRIPT = re.compile(r"_(?:\{([^{}]*+)\}|([A-Za-z0-9']++))")


def formula_markup(text: str) -> Markup:
    """A reader formula or its symbols with subscripts set as subscripts: "x_{cp}" → x<sub>cp</sub>."""
    return Markup(SUBSCRIPT.sub(lambda m: f"<sub>{m[1] or m[2]}</sub>", str(escape(text or ""))))


# A cited work's own title in a reader reference: "*Handbook on Constructing Composite
# Indicators*" (indicators.yml). The works the indicators cite are published in English.
CITED_TITLE = re.compile(r"\*([^*]++)\*")


def reference_markup(text: str, lang: str) -> Markup:
    """A reader reference: its words in the reader's language, each cited title as published
    in a <cite>, marked with its language where it is not the page's."""

    def cite(found: re.Match) -> str:
        title = found[1]
        title_lang = title_language(title) or "en"
        attribute = f' lang="{title_lang}"' if title_lang != lang else ""
        return f"<cite{attribute}>{title}</cite>"

    return Markup(CITED_TITLE.sub(cite, str(escape(text or ""))))


def chartable(entry) -> bool:
    return entry.ranks == "states"


def indicator_series(state: Dashboard, name: str) -> tuple[pd.DataFrame | None, str]:
    """(iso3, year, value, source) for every CELAC state and year, or (None, why not)."""

    def compute():
        from chinalac.indicators import from_store

        entry = registry()[name]
        db = state.store.db
        try:
            if name == "cooperation_depth_index":
                frame = figures.depth_scores(state.store)
                if frame is None:
                    return None, "the cooperation depth index could not be computed from this build"
            else:
                years = from_store.select_trade(db).years
                bilateral = from_store.trade_panel(
                    db, years, rca_digits=(), complexity=False
                ).bilateral
                frame = bilateral.rename(columns={"country": "iso3", entry.rank_column: "value"})
        except Exception as error:  # IndicatorError: the inputs are not in this build
            return None, str(error)
        source = frame["source"] if "source" in frame.columns else ""
        result = pd.DataFrame(
            {
                "iso3": frame["iso3"],
                "year": frame["year"].astype(int),
                "value": frame["value"],
                "source": source,
            }
        )
        return result.sort_values(["iso3", "year"]).reset_index(drop=True), ""

    return state.cache.get_or_make(("indicator-series", name), compute)


def published_indicators(state: Dashboard) -> list[dict]:
    """Per state, the latest year's exposure and dependence asymmetry from published figures
    (chinalac.domain.figure_indicators), one line per trade figure used, states by name."""

    def compute() -> list[dict]:
        from chinalac.domain import figure_indicators

        frame = figure_indicators.latest_figure_indicators(state.store.db)
        if frame.empty:
            return []
        keys = ["iso3", "year", "trade_record_id"]
        wide = frame.pivot_table(index=keys, columns="indicator", values="value", aggfunc="first")
        about = frame.drop_duplicates(keys).set_index(keys)
        rows = []
        for key, values in wide.iterrows():
            figure = about.loc[key]
            rows.append(
                {
                    "iso3": key[0],
                    "year": int(key[1]),
                    "exposure": values.get("china_trade_exposure"),
                    "asymmetry": values.get("dependence_asymmetry"),
                    "trade_usd": float(figure["trade_usd"]),
                    "reporter": figure["trade_reporter"],
                    "gdp_usd": float(figure["denominator_usd"]),
                    "source_id": figure["trade_source_id"],
                }
            )
        return rows

    return state.cache.get_or_make(("published-indicators",), compute)


PUBLISHED_NOTE = N_(
    "Computed by chinalac from each state's latest full-year China trade figure and World Bank GDP (current US$) of the same year; one line per reporter when several publish that year. Exposure = (exports to China + imports from China) / GDP; asymmetry = that share minus the same trade over China's GDP (Oneal & Russett 1997; Barbieri 1996). Years without GDP (2024, Venezuela after 2014, Cuba after 2020) are left out."
)


def parse_states(state: Dashboard, names: list[str]) -> list[str]:
    codes: list[str] = []
    celac = set(state.store.countries["iso3"])
    for name in names or list(DEFAULT_STATES):
        for part in str(name).split(","):
            part = part.strip()
            if not part:
                continue
            try:
                code = state.store.db.resolve_country(part)
            except UnknownCountryError as error:
                raise InvalidParameter(
                    "countries", str(error), reader=NOT_A_STATE, value=part[:40]
                ) from None
            if code not in celac:
                raise InvalidParameter(
                    "countries", f"{part}: choose CELAC states", reader=NOT_A_STATE, value=part[:40]
                )
            if code not in codes:
                codes.append(code)
    if len(codes) > MAX_STATES:
        raise InvalidParameter(
            "countries", f"at most {MAX_STATES} states", reader=TOO_MANY_STATES, count=MAX_STATES
        )
    return codes


def select(
    series: pd.DataFrame, states: list[str], start: int | None, end: int | None
) -> tuple[pd.DataFrame, int, int]:
    years = sorted(series["year"].unique())
    first, last = int(years[0]), int(years[-1])
    for label, year in (("start", start), ("end", end)):
        if year is not None and not first <= year <= last:
            raise InvalidParameter(
                label,
                f"{year} is outside the indicator's years ({first}–{last})",
                reader=OUTSIDE_YEARS,
                year=year,
                first=first,
                last=last,
            )
    start = first if start is None else start
    end = last if end is None else end
    if start > end:
        raise InvalidParameter(
            "start",
            f"start ({start}) is after end ({end})",
            reader=START_AFTER_END,
            start=start,
            end=end,
        )
    chosen = series[series["iso3"].isin(states) & series["year"].between(start, end)]
    return chosen, start, end


@router.get("/indicators")
def indicators_index(request: Request):
    query = request.url.query
    return RedirectResponse(
        f"/indicators/{DEFAULT_INDICATOR}" + (f"?{query}" if query else ""), status_code=307
    )


def common(request: Request, name: str, countries: list[str], start: int | None, end: int | None):
    state = dashboard(request)
    entries = registry()
    if name not in entries:
        raise NotFound(
            NO_INDICATOR,
            [
                (
                    f"/indicators/{n}",
                    lambda lang, entry=entries[n]: entry_text(entry, "title", lang),
                )
                for n in entries
            ],
            name=name[:60],
        )
    states = parse_states(state, countries)
    series, reason = indicator_series(state, name) if chartable(entries[name]) else (None, "")
    selected = None
    if series is not None and not series.empty:
        selected, start, end = select(series, states, start, end)
    else:
        for label, year in (("start", start), ("end", end)):
            if year is not None and not 1900 <= year <= 2100:
                raise InvalidParameter(label, f"{year} is not a plausible year")
    return state, entries, states, series, selected, reason, start, end


@router.get("/indicators/{name}.csv")
def indicator_csv(
    request: Request,
    name: str,
    countries: list[str] = Query(default=[]),
    start: int | None = None,
    end: int | None = None,
):
    state, entries, states, series, selected, reason, start, end = common(
        request, name, countries, start, end
    )
    if selected is None:
        raise NotFound(
            f"{name}: not available in this build ({reason or 'not a state-level indicator'})."
        )
    entry = entries[name]
    frame = selected.copy()
    frame.insert(0, "indicator", name)
    notes = [
        f"formula: {entry.formula}",
        f"unit: {entry.unit}",
        f"reference: {entry.reference}",
        *[f"caveat: {c}" for c in entry.caveats],
    ]
    sources = sources_of(frame, state.store.sources, "source")
    return csv_response(
        csv_with_sources(frame, entry.title, sources, notes), f"chinalac-{name}.csv"
    )


@router.get("/indicators/{name}")
@served_from_cache
def indicator_page(
    request: Request,
    name: str,
    countries: list[str] = Query(default=[]),
    start: int | None = None,
    end: int | None = None,
):
    state, entries, states, series, selected, reason, start, end = common(
        request, name, countries, start, end
    )
    entry = entries[name]

    def context(lang: str) -> dict:
        _ = gettext_for(lang)
        query = "&".join(
            [f"countries={s}" for s in states]
            + [f"start={start}" if start else "", f"end={end}" if end else ""]
        ).strip("&")
        csv_url = f"/indicators/{name}.csv" + (f"?{query}" if query and not state.site_mode else "")
        figure = None
        table_years: list[int] = []
        table: dict[str, dict[int, float]] = {}
        if selected is not None and not selected.empty:
            source_ids = split_sources(selected["source"])
            sources = [state.source(s) for s in source_ids]
            figure_chart = Chart(
                key="indicator",
                kind="line",
                title=entry_text(entry, "title", lang),
                y_title=entry_text(entry, "unit", lang).split(";")[0][:40],
                series=[
                    Series(
                        state.country_name(iso3, lang),
                        {
                            int(y): None if pd.isna(v) else round(float(v), 4)
                            for y, v in zip(group["year"], group["value"], strict=True)
                        },
                    )
                    for iso3, group in selected.groupby("iso3")
                ],
                sources=[s for s in sources if s],
                permalink=reader_link(
                    f"/indicators/{name}"
                    + (f"?{query}" if query and not state.site_mode else "")
                    + "#chart-indicator",
                    lang,
                    state.site_mode,
                ),
            )
            if not figure_chart.empty:
                years = figure_chart.years
                figure_chart.coverage = _(
                    "Years %(first)s–%(last)s; a year without a value is left empty."
                ) % {"first": years[0], "last": years[-1]}
                figure = {
                    "key": "indicator",
                    "title": figure_chart.title,
                    "svg": render_svg(figure_chart, lang),
                    "csv_url": csv_url,
                    "source_ids": source_ids[:MAX_LISTED_SOURCES],
                    "coverage": figure_chart.coverage
                    + (
                        " "
                        + _("%(count)s further sources are listed in the CSV.")
                        % {"count": len(source_ids) - MAX_LISTED_SOURCES}
                        if len(source_ids) > MAX_LISTED_SOURCES
                        else ""
                    ),
                    "source_text": _("computed by chinalac from the knowledge base"),
                }
            table_years = sorted(int(y) for y in selected["year"].unique())
            for row in selected.itertuples():
                table.setdefault(row.iso3, {})[int(row.year)] = row.value
        return {
            "entry": entry,
            "components": figures.depth_components(state.store)
            if name == DEFAULT_INDICATOR
            else None,
            "spheres": figures.SPHERES,
            "entry_text": lambda item, field: entry_text(item, field, lang),
            "formula_markup": formula_markup,
            "reference_markup": reference_markup,
            "entries": [e for e in entries.values()],
            "states": states,
            "all_states": state.store.countries.to_dict("records"),
            "figure": figure,
            "table": table,
            "table_years": table_years,
            # The technical reason goes to the log; readers get what is missing, in words.
            "reason": (
                ""
                if not reason
                else figures.NO_PRODUCT_TRADE
                if name != DEFAULT_INDICATOR
                else N_("The cooperation depth index could not be computed for this edition.")
            ),
            "start": start,
            "end": end,
            "years": sorted(int(y) for y in series["year"].unique())
            if series is not None and not series.empty
            else [],
            "csv_url": csv_url,
            "chartable": chartable(entry),
            "published": sorted(
                published_indicators(state), key=lambda r: state.country_name(r["iso3"], lang)
            ),
            "published_note": PUBLISHED_NOTE,
            "not_chartable_note": N_(
                "This indicator is computed per product or per commitment, not per state and year, so it has no chart by state here; its formula, unit and caveats are below."
            ),
        }

    return cached_page(request, "indicators.html", context)
