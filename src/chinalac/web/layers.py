"""Map layers: one value per CELAC state (and year, where the layer has years) and a legend.

Tie layers colour each state by `chinalac.domain.ties.tie_status` at the end of each year (and
today for the current year), the same answer the profile, the listing and the API give; a
status resting on a weak source, on inference or on disagreeing sources is marked. States with
nothing sourced are shown as "no sourced information".

Numeric layers (finance, trade, cooperation depth) read tables other parts of the project
build; when a build lacks them the layer says so instead of showing anything.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from chinalac.domain.ties import TieStatus, tie_status
from chinalac.web.i18n import N_
from chinalac.web.store import WebStore

NO_DATA_COLOUR = "#bdbdbd"
SEQUENTIAL = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"]


@dataclass(frozen=True)
class Category:
    key: str
    label: str  # msgid, translated when shown
    colour: str
    rank: int = 0


@dataclass
class StateValue:
    value: str | float | None  # category key or number
    inferred: bool = False  # tie layers: rests on a weak source, on inference or is disputed
    note: str = ""  # tie layers: the status's label
    date: str | None = None
    quality: str = ""  # tie layers: sourced / inferred / disputed / no_record
    tier: str | None = None  # tie layers: primary / reputable / weak
    rows: tuple[str, ...] = ()  # tie layers: the tie ids the status rests on
    # numeric layers: who reported the figure and how exactly, as stored (the page words them
    # through the vocabulary: web/routes/home.py)
    reporter: str = ""
    precision: str = ""


@dataclass
class Layer:
    key: str
    title: str  # msgid
    description: str  # msgid
    kind: str  # "category" | "number"
    categories: list[Category] = field(default_factory=list)
    unit: str = ""
    years: list[int] = field(default_factory=list)
    # {year (0 when the layer has no years): {iso3: StateValue}}
    values: dict[int, dict[str, StateValue]] = field(default_factory=dict)
    source_ids: list[str] = field(default_factory=list)
    source_note: str = ""  # msgid: how the values were derived
    available: bool = True
    unavailable_reason: str = ""  # msgid
    bins: list[float] = field(default_factory=list)
    # numeric layers: (states with a value, states, first year, last year), worded by the page
    coverage: tuple[int, int, int, int] | None = None

    @property
    def default_year(self) -> int:
        return self.years[-1] if self.years else 0

    def colour(self, state: StateValue | None) -> str:
        if state is None or state.value is None:
            return NO_DATA_COLOUR
        if self.kind == "category":
            for category in self.categories:
                if category.key == state.value:
                    return category.colour
            return NO_DATA_COLOUR
        return SEQUENTIAL[bin_index(float(state.value), self.bins)]

    def legend(self) -> list[tuple[str, str]]:
        """(colour, label msgid or formatted range) pairs, in display order."""
        if self.kind == "category":
            return [(c.colour, c.label) for c in self.categories]
        edges = self.bins
        labels = []
        for index in range(len(edges) + 1):
            low = edges[index - 1] if index > 0 else None
            high = edges[index] if index < len(edges) else None
            labels.append((SEQUENTIAL[index], (low, high)))
        return labels


def bin_index(value: float, edges: list[float]) -> int:
    for index, edge in enumerate(edges):
        if value < edge:
            return index
    return len(edges)


def nice_edges(values: list[float], count: int = 5) -> list[float]:
    """Quantile bin edges rounded to two significant digits, strictly increasing."""
    values = sorted(v for v in values if v is not None and not math.isnan(v))
    if len(values) < 2:
        return []
    edges: list[float] = []
    for step in range(1, count + 1):
        raw = values[min(len(values) - 1, int(len(values) * step / (count + 1)))]
        if raw <= 0:
            continue
        magnitude = 10 ** (math.floor(math.log10(raw)) - 1)
        edge = round(raw / magnitude) * magnitude
        if not edges or edge > edges[-1]:
            edges.append(edge)
    return edges


def year_of(text: str | None) -> int | None:
    match = re.match(r"\d{4}", str(text or ""))
    return int(match.group(0)) if match else None


# -- tie layers -------------------------------------------------------------------------------
# Every pair of entries of a legend (the no-data grey included) differs by ΔE2000 ≥ 8, also under
# simulated deuteranopia: tests/web/test_legend_colours.py.
# Colours only: what each state's status is on a date is decided by chinalac.domain.ties.
DISPUTED = Category("disputed", N_("Disputed: sources disagree"), "#ffd92f", -1)
RELATIONS = [
    Category("taiwan", N_("Recognises Taiwan (ROC)"), "#d95f02", 0),
    Category("before_1980", N_("Relations with the PRC since before 1980"), "#1b7837", 3),
    Category("1980_1999", N_("Relations with the PRC since 1980–1999"), "#5aae61", 2),
    Category("since_2000", N_("Relations with the PRC since 2000"), "#a6dba0", 1),
    DISPUTED,
]
PARTNERSHIP = [
    Category("all_weather_strategic", N_("All-weather strategic partnership"), "#08306b", 7),
    Category("comprehensive_strategic", N_("Comprehensive strategic partnership"), "#08519c", 6),
    Category("strategic", N_("Strategic partnership"), "#3182bd", 5),
    Category(
        "comprehensive_cooperative", N_("Comprehensive cooperative partnership"), "#6baed6", 4
    ),
    Category("friendly_cooperative", N_("Friendly cooperative partnership"), "#9ecae1", 3),
    Category("no_level", N_("No formal partnership level stated"), "#f7fbff", 2),
    Category("no_relations", N_("No relations with the PRC"), "#fdd0a2", 1),
    DISPUTED,
]
BRI = [
    Category("member", N_("Belt and Road MoU signed"), "#b2182b", 3),
    Category("withdrawn", N_("Withdrew / did not renew"), "#f4a582", 4),
    Category("announced", N_("Participation announced"), "#fddbc7", 2),
    Category("not_member", N_("Not joined"), "#ffffff", 1),
    Category("no_relations", N_("No relations with the PRC"), "#737373", 0),
    DISPUTED,
]
FTA = [
    Category("in_force", N_("FTA in force"), "#3f007d", 6),
    Category("signed", N_("FTA signed"), "#6a51a3", 5),
    Category("negotiating", N_("Negotiating"), "#9e9ac8", 4),
    Category("study", N_("Feasibility study"), "#bcbddc", 3),
    Category("proposed", N_("Proposed"), "#e0dcee", 2),
    Category("none", N_("No FTA"), "#ffffff", 1),
    DISPUTED,
]
FIRST_TIE_YEAR = 1960  # Cuba, the first CELAC state with relations with the PRC


def relations_category(answer: TieStatus) -> str | None:
    """The relations layer's colour key: Taiwan, disputed, or the period of the current
    relations with the PRC (dated from their latest (re-)establishment)."""
    if answer.value in (None, "taiwan", "disputed"):
        return answer.value
    year = year_of(answer.since)
    if year is None:
        return None
    return "before_1980" if year < 1980 else "1980_1999" if year < 2000 else "since_2000"


def state_value(answer: TieStatus, category: str | None) -> StateValue:
    return StateValue(
        category,
        inferred=answer.weak,
        note=answer.label,
        date=answer.since,
        quality=answer.quality,
        tier=answer.tier,
        rows=tuple(answer.tie_ids),
    )


def map_dates(today: date | None = None) -> dict[int, object]:
    """Each year of the tie layers and the date it shows: the end of the year, and today for
    the current year (so the map's latest year answers as the profile and the listing do)."""
    today = today or date.today()
    return {
        year: (today if year == today.year else str(year))
        for year in range(FIRST_TIE_YEAR, today.year + 1)
    }


def tie_layer(
    store: WebStore,
    key: str,
    title: str,
    description: str,
    tie: str,
    categories: list[Category],
    category_of=lambda answer: answer.value,
) -> Layer:
    book = store.tie_book
    celac = list(store.countries["iso3"])
    dates = map_dates()
    values = {
        year: {
            iso3: state_value(answer, category_of(answer))
            for iso3 in celac
            for answer in [tie_status(book, iso3, tie, on)]
        }
        for year, on in dates.items()
    }
    used = {tie_id for by_state in values.values() for v in by_state.values() for tie_id in v.rows}
    sources = sorted(
        {
            r.source_id
            for rows in book.rows.values()
            for r in rows
            if r.tie_id in used and r.source_id
        }
    )
    return Layer(
        key=key,
        title=title,
        description=description,
        kind="category",
        categories=categories,
        years=list(dates),
        values=values,
        source_ids=sources,
        source_note=N_(
            "Compiled ties and chinalac's additions (one cited page per row); unsourced rows are not shown; a dotted outline marks a status resting on a weak source, on inference or on disagreeing sources."
        ),
    )


def relations_layer(store: WebStore) -> Layer:
    return tie_layer(
        store,
        "relations",
        N_("Diplomatic relations"),
        N_(
            "Relations with the People's Republic of China, by the year the current relations were established; states that recognise Taiwan instead are marked."
        ),
        "relations",
        RELATIONS,
        relations_category,
    )


def unavailable_layer(key: str, title: str, description: str, reason: str) -> Layer:
    return Layer(
        key=key,
        title=title,
        description=description,
        kind="number",
        available=False,
        unavailable_reason=reason,
    )


def numeric_layer(
    key: str,
    title: str,
    description: str,
    frame: pd.DataFrame,
    unit: str,
    source_ids: list[str],
    source_note: str,
    bins: list[float] | None = None,
) -> Layer:
    """A layer from a long frame with columns iso3, year, value (bins: fixed band edges,
    else quantile edges of every value)."""
    frame = frame.dropna(subset=["value"])
    years = sorted(int(y) for y in frame["year"].unique())
    values: dict[int, dict[str, StateValue]] = {year: {} for year in years}
    for row in frame.itertuples():
        values[int(row.year)][row.iso3] = StateValue(float(row.value))
    return Layer(
        key=key,
        title=title,
        description=description,
        kind="number",
        unit=unit,
        years=years,
        values=values,
        source_ids=source_ids,
        source_note=source_note,
        bins=bins or nice_edges(list(frame["value"].astype(float))),
    )


LAYER_KEYS = ("relations", "partnership", "bri", "fta", "finance", "trade", "depth")


def build_layers(store: WebStore) -> dict[str, Layer]:
    from chinalac.web import figures  # numeric series live with the other figure queries

    layers = {
        "relations": relations_layer(store),
        "partnership": tie_layer(
            store,
            "partnership",
            N_("Partnership level"),
            N_(
                "The partnership level with China in force in the year shown (a controlled vocabulary of levels; a summit's free-text wording does not change it)."
            ),
            "partnership",
            PARTNERSHIP,
        ),
        "bri": tie_layer(
            store,
            "bri",
            N_("Belt and Road"),
            N_("Belt and Road Initiative memorandum of understanding with China."),
            "bri",
            BRI,
        ),
        "fta": tie_layer(
            store,
            "fta",
            N_("Free-trade agreement"),
            N_("Free-trade agreement with China, from proposal to entry into force."),
            "fta",
            FTA,
        ),
    }
    layers["finance"] = figures.finance_layer(store)
    layers["trade"] = figures.trade_layer(store)
    layers["depth"] = figures.depth_layer(store)
    return layers
