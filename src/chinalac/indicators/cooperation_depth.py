"""Cooperation depth index: how deep each state's cooperation with China is, per year.

A composite over the five spheres of the 2014 "Five-sphere" plan (component ids political,
economic, cultural, international, sustainable), built only from the knowledge base. The fifth
sphere follows the domain brief (ChinaFocus2025); China's 2016 policy paper names a different
fifth element, the mutual reinforcement of region-wide and bilateral cooperation, which is
stored beside it (framework_components, EmbJM2016) but is not a sphere of this index: it
describes how China organises its diplomacy, not a field of cooperation a state can be scored on.

    signal score s_k ∈ [0, 1]        (rules in cooperation_depth.yml)
    sphere score S = mean of its available signals' scores
    CDI = 100 · Σ_sphere w · S / Σ_sphere w          (default: equal weights)

Signals: tie states (diplomatic relations, partnership level, FTA, Belt and Road
memorandum, AIIB membership) are the statuses chinalac.domain.ties.tie_status gives at the end
of each year — the same statuses the map, the profiles, `chinalac countries` and the API show —
scored by cooperation_depth.yml (`scores`: relations 1 / Taiwan 0; partnership level 1 … 0;
FTA in force 1, signed 0.75, negotiating 0.5, study or proposal 0.25, none 0; BRI member 1,
announced 0.5, withdrawn or not joined 0; AIIB member 1, prospective 0.5, not a member 0; a
disputed status scores the lowest of its alternatives); counts and sums (visits, projects,
facts by field, Chinese development finance, Confucius Institutes from tie_status's count) as
cumulative stocks up to the year, scaled by log(1 + x) / log(1 + max over every state and year
computed).

Rules that keep it honest:
* which tie rows a status rests on is decided by chinalac.domain.ties: unsourced and superseded
  rows never count, a row flagged CONFLICT never outranks an unflagged one (the Honduras
  2022 error cannot date its relations), inferred rows count only where nothing sourced is
  said, and they are tallied in `inferred_rows` so a reader sees how much rests on inference;
* a state without evidence for a signal scores 0 on it: the index measures *evidenced*
  depth, and a gap in the knowledge base lowers it;
* a sphere with no available signal (its tables were not given) is left out of the weighted
  mean and named in `missing_spheres`, rather than counted as 0 for everyone;
* weights are a choice: `cooperation_depth_sensitivity` recomputes the ranks with each
  sphere doubled and each sphere dropped, and reports how far every state moves.

Method after OECD/JRC (2008), Handbook on Constructing Composite Indicators (normalisation,
weighting, sensitivity analysis).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib.resources import files

import numpy as np
import pandas as pd
import yaml

from chinalac.domain.ties import TieBook, TieStatus, tie_status
from chinalac.indicators._frames import as_dataframe, require_columns
from chinalac.indicators.errors import IndicatorError

SPHERES = ("political", "economic", "cultural", "international", "sustainable")
DATE_YEAR = re.compile(r"(\d{4})")
# Where each optional table keeps its country code, its date and (for sums) its value.
TABLE_COLUMNS = {
    "visits": {"country": "iso3", "dates": ["date"]},
    "projects": {"country": "iso3", "dates": ["date"]},
    "facts": {"country": "entity", "dates": ["period_end", "period_start"]},
    "finance": {"country": "iso3", "dates": ["year"], "value": "value_usd"},
}


@cache
def definition() -> dict:
    """The signals, spheres and default weights, as shipped in cooperation_depth.yml."""
    text = (files("chinalac.indicators") / "cooperation_depth.yml").read_text(encoding="utf-8")
    spec = yaml.safe_load(text)
    unknown = {s["sphere"] for s in spec["signals"].values()} - set(SPHERES)
    if unknown:
        raise IndicatorError(
            f"cooperation_depth.yml names unknown sphere(s): {', '.join(sorted(unknown))}"
        )
    return spec


def _year_of(values: pd.Series) -> pd.Series:
    """First four-digit year in each date as written ('<2019-10' → 2019); NaN if none."""
    text = values.astype("string").fillna("")
    return pd.to_numeric(text.str.extract(DATE_YEAR, expand=False), errors="coerce")


def _usable_ties(ties: pd.DataFrame) -> TieBook:
    require_columns(ties, ["iso3", "tie_type", "status"], "ties")
    return TieBook.from_frame(ties)


def _sources(rows: pd.DataFrame, fallback: str) -> set[str]:
    if "source_id" in rows.columns:
        found = {str(s) for s in rows["source_id"].dropna() if str(s)}
        if found:
            return found
    return {fallback} if len(rows) else set()


def _score(spec: dict, answer: TieStatus) -> float:
    if spec["kind"] == "tie_count":
        return float(answer.count or 0.0) if answer.value not in (None, "disputed") else 0.0
    scores = spec["scores"]
    if answer.value == "disputed":
        return min(float(scores.get(value, 0.0)) for value, _, _ in answer.alternatives)
    return float(scores.get(answer.value, 0.0))


def _tie_signal(book: TieBook, spec: dict, countries, years) -> list[dict]:
    out = []
    for iso3 in countries:
        for year in years:
            answer = tie_status(book, iso3, spec["tie"], str(year))
            rows = answer.rows if answer.value is not None else ()
            out.append(
                {
                    "year": year,
                    "iso3": iso3,
                    "raw_value": _score(spec, answer),
                    "evidence_rows": len(rows),
                    "inferred_rows": sum(1 for r in rows if r.quality == "inferred"),
                    "sources": {r.source_id for r in rows if r.source_id}
                    or ({"ties"} if rows else set()),
                }
            )
    return out


def _table_signal(table: pd.DataFrame, name: str, spec: dict, countries, years) -> list[dict]:
    layout = TABLE_COLUMNS[name]
    require_columns(table, [layout["country"]], name)
    frame = table
    for column, allowed in (spec.get("where") or {}).items():
        require_columns(frame, [column], name)
        frame = frame[frame[column].isin(allowed)]
    dates = [c for c in layout["dates"] if c in frame.columns]
    if not dates:
        raise IndicatorError(f"{name} lacks a date column ({' or '.join(layout['dates'])})")
    event_year = pd.Series(np.nan, index=frame.index)
    for column in dates:  # the first date column that is filled wins
        event_year = event_year.fillna(_year_of(frame[column]))
    if spec["kind"] == "sum":
        require_columns(frame, [layout["value"]], name)
        amount = pd.to_numeric(frame[layout["value"]], errors="coerce").fillna(0.0)
    else:
        amount = pd.Series(1.0, index=frame.index)
    out = []
    for iso3 in countries:
        mine = frame[layout["country"]] == iso3
        for year in years:
            included = mine & (event_year.isna() | (event_year <= year))
            rows = frame[included]
            out.append(
                {
                    "year": year,
                    "iso3": iso3,
                    "raw_value": float(amount[included].sum()),
                    "evidence_rows": int(included.sum()),
                    "inferred_rows": 0,
                    "sources": _sources(rows, name),
                }
            )
    return out


def cooperation_depth_components(
    ties,
    *,
    years: Sequence[int],
    countries: Sequence[str] | None = None,
    facts=None,
    projects=None,
    visits=None,
    finance=None,
) -> pd.DataFrame:
    """Every signal's raw value and [0, 1] score per state and year (long table).

    Returns year, iso3, sphere, signal, kind, raw_value, score, evidence_rows,
    inferred_rows, source. Signals whose table was not given are absent.
    """
    years = sorted(int(y) for y in years)
    if not years:
        raise IndicatorError("cooperation depth needs at least one year")
    tie_frame = _usable_ties(as_dataframe(ties, "ties"))
    if countries is None:
        countries = sorted(pd.unique(as_dataframe(ties, "ties")["iso3"].dropna()))
    countries = list(countries)
    tables = {"facts": facts, "projects": projects, "visits": visits, "finance": finance}
    parts = []
    for signal, spec in definition()["signals"].items():
        kind = spec["kind"]
        if kind in ("tie_state", "tie_count"):
            rows = _tie_signal(tie_frame, spec, countries, years)
        else:
            table = tables[spec["table"]]
            if table is None:
                continue
            rows = _table_signal(
                as_dataframe(table, spec["table"]), spec["table"], spec, countries, years
            )
        frame = pd.DataFrame(rows)
        frame["sphere"], frame["signal"], frame["kind"] = spec["sphere"], signal, kind
        if kind == "tie_state":
            frame["score"] = frame["raw_value"].clip(0.0, 1.0)
        else:
            top = frame["raw_value"].max()
            frame["score"] = np.log1p(frame["raw_value"]) / np.log1p(top) if top > 0 else 0.0
        parts.append(frame)
    components = pd.concat(parts, ignore_index=True)
    components["source"] = [";".join(sorted(s)) for s in components.pop("sources")]
    columns = [
        "year",
        "iso3",
        "sphere",
        "signal",
        "kind",
        "raw_value",
        "score",
        "evidence_rows",
        "inferred_rows",
        "source",
    ]
    return (
        components[columns].sort_values(["year", "iso3", "sphere", "signal"]).reset_index(drop=True)
    )


def _weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    chosen = dict(definition()["default_weights"]) if weights is None else dict(weights)
    unknown = set(chosen) - set(SPHERES)
    if unknown:
        raise IndicatorError(
            f"unknown sphere(s) in weights: {', '.join(sorted(unknown))} (spheres: {', '.join(SPHERES)})"
        )
    if any(w < 0 for w in chosen.values()) or sum(chosen.values()) <= 0:
        raise IndicatorError("weights must be ≥ 0 and not all 0")
    return {sphere: float(chosen.get(sphere, 0.0)) for sphere in SPHERES}


def index_from_components(
    components: pd.DataFrame, weights: Mapping[str, float] | None = None
) -> pd.DataFrame:
    """Sphere scores, the weighted index (0–100) and its rank per year, from the components."""
    chosen = _weights(weights)
    spheres = components.pivot_table(
        index=["year", "iso3"], columns="sphere", values="score", aggfunc="mean"
    )
    available = [s for s in SPHERES if s in spheres.columns]
    missing = [s for s in SPHERES if s not in spheres.columns]
    used = {s: chosen[s] for s in available if chosen[s] > 0}
    if not used:
        raise IndicatorError(
            "no sphere with a positive weight has any signal: give more tables or other weights"
        )
    result = spheres.reindex(columns=list(SPHERES)).reset_index()
    total_weight = sum(used.values())
    result["cooperation_depth_index"] = (
        100.0 * sum(result[s] * w for s, w in used.items()) / total_weight
    )
    result["rank"] = (
        result.groupby("year")["cooperation_depth_index"]
        .rank(ascending=False, method="min")
        .astype(int)
    )
    by_state = components.groupby(["year", "iso3"])
    extras = pd.DataFrame(
        {
            "inferred_rows": by_state["inferred_rows"].sum(),
            "source": by_state["source"].agg(
                lambda s: ";".join(sorted({p for v in s for p in v.split(";") if p}))
            ),
        }
    ).reset_index()
    result = result.merge(extras, on=["year", "iso3"], how="left")
    result["missing_spheres"] = ";".join(missing)
    result["weights"] = ";".join(f"{s}={chosen[s]:g}" for s in SPHERES)
    return result.sort_values(["year", "rank", "iso3"]).reset_index(drop=True)


def cooperation_depth_index(
    ties,
    *,
    years: Sequence[int],
    countries: Sequence[str] | None = None,
    facts=None,
    projects=None,
    visits=None,
    finance=None,
    weights: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """CDI = 100 · Σ w_s S_s / Σ w_s over the five spheres, per state and year.

    `ties`: iso3, tie_type, status, date (or date_sort), quality[, superseded, source_id].
    Optional tables as in the store: facts (entity, field, period_start/period_end), projects
    (iso3, field, date), visits (iso3, date), finance (iso3, year, value_usd). `weights`:
    {sphere: weight}, default equal. Returns year, iso3, political, economic, cultural,
    international, sustainable, cooperation_depth_index, rank, inferred_rows, source,
    missing_spheres, weights.
    """
    components = cooperation_depth_components(
        ties,
        years=years,
        countries=countries,
        facts=facts,
        projects=projects,
        visits=visits,
        finance=finance,
    )
    return index_from_components(components, weights)


def weight_schemes() -> dict[str, dict[str, float]]:
    """Equal weights, each sphere doubled, each sphere dropped."""
    base = {s: 1.0 for s in SPHERES}
    schemes = {"equal": base}
    for sphere in SPHERES:
        schemes[f"double_{sphere}"] = {**base, sphere: 2.0}
        schemes[f"without_{sphere}"] = {**base, sphere: 0.0}
    return schemes


def cooperation_depth_sensitivity(
    ties,
    *,
    years: Sequence[int],
    countries: Sequence[str] | None = None,
    facts=None,
    projects=None,
    visits=None,
    finance=None,
    baseline: Mapping[str, float] | None = None,
    schemes: Mapping[str, Mapping[str, float]] | None = None,
) -> pd.DataFrame:
    """How each state's rank moves when the sphere weights change.

    Returns scheme, year, iso3, cooperation_depth_index, rank, baseline_rank, rank_change
    (baseline_rank − rank: positive = moves up), rank_correlation (Spearman, scheme vs
    baseline, per year). Schemes default to `weight_schemes()`; the baseline to the default
    weights. A scheme that leaves no weighted sphere with a signal is skipped.
    """
    components = cooperation_depth_components(
        ties,
        years=years,
        countries=countries,
        facts=facts,
        projects=projects,
        visits=visits,
        finance=finance,
    )
    reference = index_from_components(components, baseline)[["year", "iso3", "rank"]].rename(
        columns={"rank": "baseline_rank"}
    )
    parts = []
    for name, weights in (schemes or weight_schemes()).items():
        try:
            scored = index_from_components(components, weights)
        except IndicatorError:
            continue
        scored = scored[["year", "iso3", "cooperation_depth_index", "rank"]].merge(
            reference, on=["year", "iso3"]
        )
        scored["rank_change"] = scored["baseline_rank"] - scored["rank"]
        correlation = scored.groupby("year").apply(
            lambda g: g["rank"].corr(g["baseline_rank"], method="spearman"), include_groups=False
        )
        scored["rank_correlation"] = scored["year"].map(correlation)
        scored.insert(0, "scheme", name)
        parts.append(scored)
    if not parts:
        raise IndicatorError("no weight scheme could be computed")
    return (
        pd.concat(parts, ignore_index=True)
        .sort_values(["scheme", "year", "rank", "iso3"])
        .reset_index(drop=True)
    )
