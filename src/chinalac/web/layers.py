"""Map layers: one value per CELAC state (and year, where the layer has years) and a legend.

Tie layers read the compiled ties and classify each row's free-text status into a small set of
categories. A state's category in a year comes from the rows dated up to that year (undated
rows count for the latest year only); where rows disagree the deepest tie wins, except that a
later withdrawal ends a membership. Unsourced rows never colour a state: a state with nothing
else is shown as "no sourced information". Inferred rows colour it, marked as inferred.

Numeric layers (finance, trade, cooperation depth) read tables other parts of the project
build; when a build lacks them the layer says so instead of showing anything.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from chinalac.web.i18n import N_
from chinalac.web.store import WebStore

NO_DATA_COLOUR = "#d9d9d9"
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
    inferred: bool = False
    note: str = ""  # the status as written in the source, shown in the tooltip
    date: str | None = None


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
    measure: str = ""  # for numeric layers: the dataset and measure the values come from

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
RELATIONS = [
    Category("taiwan", N_("Recognises Taiwan (ROC)"), "#d95f02", 0),
    Category("before_1980", N_("Relations with the PRC since before 1980"), "#1b7837", 3),
    Category("1980_1999", N_("Relations with the PRC since 1980–1999"), "#5aae61", 2),
    Category("since_2000", N_("Relations with the PRC since 2000"), "#a6dba0", 1),
]
PARTNERSHIP = [
    Category("comprehensive_strategic", N_("Comprehensive strategic partnership"), "#08519c", 5),
    Category("strategic", N_("Strategic partnership"), "#3182bd", 4),
    Category("other", N_("Other partnership (comprehensive cooperative, …)"), "#9ecae1", 3),
    Category("no_level", N_("No formal partnership level stated"), "#deebf7", 2),
    Category("no_relations", N_("No relations with the PRC"), "#fdd0a2", 1),
]
BRI = [
    Category("member", N_("Belt and Road MoU signed"), "#b2182b", 3),
    Category("withdrawn", N_("Withdrew / did not renew"), "#f4a582", 4),
    Category("announced", N_("Participation announced"), "#fddbc7", 2),
    Category("not_member", N_("Not joined"), "#e0e0e0", 1),
    Category("no_relations", N_("No relations with the PRC"), "#bababa", 0),
]
FTA = [
    Category("in_force", N_("FTA in force"), "#54278f", 6),
    Category("signed", N_("FTA signed"), "#756bb1", 5),
    Category("negotiating", N_("Negotiating"), "#9e9ac8", 4),
    Category("study", N_("Feasibility study"), "#cbc9e2", 3),
    Category("proposed", N_("Proposed"), "#efedf5", 2),
    Category("none", N_("No FTA"), "#e0e0e0", 1),
]


def classify_partnership(status: str) -> str | None:
    low = status.lower()
    if "no pr" in low and "relations" in low:
        return "no_relations"
    if low.startswith("no ") or "no formal" in low:
        return "no_level"
    if "comprehensive strategic" in low:
        return "comprehensive_strategic"
    if "strategic" in low:
        return "strategic"
    if "partnership" in low:
        return "other"
    return None


def classify_bri(status: str) -> str | None:
    low = status.lower()
    if "no prc" in low:
        return "no_relations"
    if "withdrawn" in low or "not renewed" in low:
        return "withdrawn"
    if low.startswith(("not ", "off the table")):
        return "not_member"
    if low.startswith(("signed", "joined")):
        return "member"
    if "announced" in low:
        return "announced"
    return None


def classify_fta(status: str) -> str | None:
    low = status.lower().replace("_", " ")
    if low.startswith("no fta"):
        return "none"
    if "in force" in low:
        return "in_force"
    if low.startswith(("signed", "ratified")):
        return "signed"
    if "negotiat" in low:
        return "negotiating"
    if "feasibility" in low:
        return "study"
    if "proposed" in low:
        return "proposed"
    return None


def tie_rows(store: WebStore, tie_types: tuple[str, ...]) -> pd.DataFrame:
    placeholders = ", ".join("?" for _ in tie_types)
    return store.sql(
        f"""SELECT iso3, tie_type, status, date, date_sort, quality, source_id
            FROM ties WHERE NOT superseded AND tie_type IN ({placeholders})""",
        list(tie_types),
    )


def tie_layer(
    store: WebStore,
    key: str,
    title: str,
    description: str,
    tie_type: str,
    categories: list[Category],
    classify,
) -> Layer:
    rows = tie_rows(store, (tie_type,))
    ranks = {c.key: c.rank for c in categories}
    celac = list(store.countries["iso3"])
    classified = []
    for row in rows.itertuples():
        if row.quality == "unsourced":
            continue
        category = classify(row.status or "")
        if category is None:
            continue
        classified.append(
            (row.iso3, category, year_of(row.date_sort), row.quality == "inferred", row)
        )
    dated_years = [
        year
        for _, category, year, _, _ in classified
        if year and category not in ("none", "no_relations", "not_member", "no_level")
    ]
    last_year = max([year for _, _, year, _, _ in classified if year] or [2025])
    first_year = min(dated_years or [last_year])
    years = list(range(first_year, last_year + 1))
    values: dict[int, dict[str, StateValue]] = {}
    for year in years:
        by_state: dict[str, StateValue] = {}
        for iso3 in celac:
            candidates = [
                item
                for item in classified
                if item[0] == iso3
                and (
                    (item[2] is not None and item[2] <= year)
                    # Undated rows state the current position; "no relations" holds throughout.
                    or (item[2] is None and (year == last_year or item[1] == "no_relations"))
                )
            ]
            if not candidates:
                by_state[iso3] = StateValue(None)
                continue
            best = max(candidates, key=lambda item: (ranks[item[1]], item[2] or 0, not item[3]))
            by_state[iso3] = StateValue(
                best[1], inferred=best[3], note=best[4].status, date=best[4].date
            )
        values[year] = by_state
    sources = sorted({s for s in rows["source_id"].dropna()})
    return Layer(
        key=key,
        title=title,
        description=description,
        kind="category",
        categories=categories,
        years=years,
        values=values,
        source_ids=sources,
        source_note=N_("Compiled ties (one cited page per row); unsourced rows are not shown."),
    )


def relations_layer(store: WebStore) -> Layer:
    status = store.sql("SELECT iso3, prc_relations_since, recognises_taiwan FROM country_status")
    rows = tie_rows(store, ("diplomatic_relations_prc", "taiwan_recognition_2025"))
    values: dict[str, StateValue] = {}
    for row in status.itertuples():
        if row.recognises_taiwan:
            values[row.iso3] = StateValue("taiwan", note="recognises Taiwan")
            continue
        year = year_of(row.prc_relations_since)
        if year is None:
            values[row.iso3] = StateValue(None)
        else:
            category = (
                "before_1980" if year < 1980 else "1980_1999" if year < 2000 else "since_2000"
            )
            values[row.iso3] = StateValue(
                category, note="established", date=row.prc_relations_since
            )
    return Layer(
        key="relations",
        title=N_("Diplomatic relations"),
        description=N_(
            "Relations with the People's Republic of China, by the year first established; states that recognise Taiwan instead are marked."
        ),
        kind="category",
        categories=RELATIONS,
        values={0: values},
        source_ids=sorted({s for s in rows["source_id"].dropna()}),
        source_note=N_("Compiled ties (one cited page per row); unsourced rows are not shown."),
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
) -> Layer:
    """A layer from a long frame with columns iso3, year, value."""
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
        bins=nice_edges(list(frame["value"].astype(float))),
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
            N_("The deepest partnership level with China stated by a source up to the year shown."),
            "partnership",
            PARTNERSHIP,
            classify_partnership,
        ),
        "bri": tie_layer(
            store,
            "bri",
            N_("Belt and Road"),
            N_("Belt and Road Initiative memorandum of understanding with China."),
            "bri_mou",
            BRI,
            classify_bri,
        ),
        "fta": tie_layer(
            store,
            "fta",
            N_("Free-trade agreement"),
            N_("Free-trade agreement with China, from proposal to entry into force."),
            "fta",
            FTA,
            classify_fta,
        ),
    }
    layers["finance"] = figures.finance_layer(store)
    layers["trade"] = figures.trade_layer(store)
    layers["depth"] = figures.depth_layer(store)
    return layers
