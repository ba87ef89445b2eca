"""China ↔ state trade by year and reporter, and Chinese finance by tracker.

The one place that answers these questions; the CLI (`chinalac trade`, `chinalac finance`),
the dashboard (map layer, profiles), the Python API (`db.trade`, `db.finance`) and the claims
checker call these functions and only present what they return.

Every row carries what it rests on: its reporter, period as published, scope (full year /
partial year / single month / manufactures only), precision (as published / lower bound /
approximate), source id, title and URL, and its conflict group where sources disagree.
Reporters are never merged into one series, years are never interpolated, vintages never
spliced. Where a figure is missing the answer says so (a gap), never zero.

Trade rows come from two places, kept apart by `dataset`:
* `published_figures` — figures as published (store table `figures`);
* the store's `trade_totals` view — IMF DOTS, the WTO/UNCTAD gravity panel (manufactures
  only), and BACI / UN Comtrade when ingested.
Flows are named from the state's side: `total`, `exports_to_china` (= China's imports from
the state), `imports_from_china` (= China's exports to it).

`db` is anything that runs SQL: a `chinalac.api.Database`, the dashboard's store, or a DuckDB
connection.
"""

from __future__ import annotations

import re

import duckdb
import pandas as pd

FLOWS = ("total", "exports_to_china", "imports_from_china")
TRADE_METRICS = {
    "trade_total": "total",
    "exports_to_china": "exports_to_china",
    "imports_from_china": "imports_from_china",
}
# Whose figure a "latest" answer shows first when several reporters publish the same year:
# China Customs measures every state the same way, so its figures are comparable across the
# map; the state's own office next; third parties; unattributed pages last. The other values
# stay listed beside it (`other_values`), and the conflict group names all of them.
# A total chinalac adds from one source's exports and imports carries both records' ids joined
# by this mark (`annual_totals`, `_claim_pairs`); no record the store loads has it in its id.
SUMMED_JOIN = "+"


def is_summed_total(record_id: str | None) -> bool:
    """Whether a record id names a total chinalac added up from one source's exports and
    imports (no page publishes it), rather than a published figure."""
    return SUMMED_JOIN in (record_id or "")


# Whose count of a China–state flow a figure gives (`count_side`): the two sides of one trade.
COUNT_SIDES = ("china", "partner", "unknown")


def count_side(reporter: str | None, note: str = "") -> str:
    """Whose count of China–state trade a figure's reporter gives: "china" (China's customs,
    MOFCOM, an embassy or ambassador, Chinese statistics), "partner" (the state's own statistics
    office, central bank, ministry or customs) or "unknown" (not stated, a third party such as
    the IMF's DOTS, a tracker: the side cannot be told). The store's `reporter_side` reading of
    the reporter as written (and, for an unattributed row, its note), in these three classes;
    an empty reporter is unknown. The two sides' counts of the same trade commonly differ by
    5–25 % (CIF and FOB, goods routed through third places, timing)."""
    from chinalac.store.loaders.figures import reporter_side

    if not str(reporter or "").strip():
        return "unknown"
    side = reporter_side(str(reporter), str(note or ""))
    return side if side in ("china", "partner") else "unknown"


SIDE_ORDER = {"china": 0, "partner": 1, "third party": 2, "tracker": 3, "not stated": 4}
TRADE_COLUMNS = [
    "iso3",
    "year",
    "period",
    "flow",
    "value_usd",
    "reporter",
    "release",
    "reporter_side",
    "scope",
    "partial_year",
    "months",
    "precision",
    "weak_page",
    "source_id",
    "source_title",
    "source_url",
    "source_date",
    "source_tier",
    "dataset",
    "record_id",
    "conflict_group",
    "evidence",
    "note",
]


class FigureError(ValueError):
    """A question the figures cannot answer as asked (e.g. China as its own partner)."""


def query(db, sql: str, params: list | None = None) -> pd.DataFrame:
    if isinstance(db, duckdb.DuckDBPyConnection):
        return db.execute(sql, params or []).df()
    return db.sql(sql, params or [])


def has_table(db, name: str) -> bool:
    found = query(
        db, "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?", [name]
    )
    return bool(found["n"].iloc[0])


# -- trade ---------------------------------------------------------------------------------
PUBLISHED_TRADE = """
SELECT f.iso3, f.year, f.period,
       CASE f.metric WHEN 'trade_total' THEN 'total' ELSE f.metric END AS flow,
       f.value_usd, f.reporter, CAST(NULL AS VARCHAR) AS release, f.reporter_side, f.scope,
       f.partial_year, f.months,
       f.precision, f.weak_page, f.source_id, coalesce(s.title, f.source_title) AS source_title,
       coalesce(s.url, f.source_url) AS source_url, f.source_date, s.tier AS source_tier,
       f.dataset, f.figure_id AS record_id, f.conflict_group, f.evidence, f.detail AS note
FROM figures f LEFT JOIN sources s USING (source_id)
WHERE f.metric IN ('trade_total', 'exports_to_china', 'imports_from_china')
"""

# The trade_totals view names flows from China's side; here they are named from the state's.
VIEW_TRADE = """
SELECT t.partner AS iso3, CAST(t.year AS INTEGER) AS year, CAST(t.year AS VARCHAR) AS period,
       CASE t.flow WHEN 'china_exports' THEN 'imports_from_china'
                   WHEN 'china_imports' THEN 'exports_to_china' ELSE 'total' END AS flow,
       t.value_usd, t.reporter, t.release,
       CASE WHEN t.reporter = 'CHN' THEN 'china' WHEN t.reporter = t.partner THEN 'partner'
            ELSE 'third party' END AS reporter_side,
       CASE WHEN t.measure = 'manufactures only' THEN 'manufactures only, full year'
            ELSE t.measure || ', full year' END AS scope,
       false AS partial_year, CAST(NULL AS VARCHAR) AS months, 'as published' AS precision,
       false AS weak_page,
       t.source_id, s.title AS source_title, s.url AS source_url, s.date AS source_date,
       s.tier AS source_tier, t.dataset, t.dataset || ':' || t.partner || ':' || t.year || ':' || t.flow || ':'
           || t.reporter AS record_id,
       CAST(NULL AS VARCHAR) AS conflict_group, CAST(NULL AS VARCHAR) AS evidence, t.note
FROM trade_totals t LEFT JOIN sources s USING (source_id)
"""


def trade_figures(db, iso3: str | None = None) -> pd.DataFrame:
    """Every stored China ↔ state trade figure (published and from datasets), newest first.

    One row per figure: iso3, year, period (as published), flow, value_usd, reporter,
    reporter_side, scope, partial_year, months, precision, source_id, source_title,
    source_url, source_date, dataset, record_id, conflict_group, evidence, note.
    `iso3` may be a CELAC state or LAC (the region's published totals).
    """
    if iso3 == "CHN":
        raise FigureError("China is one side of every row: give a CELAC state, e.g. Chile")
    parts = []
    where = " AND f.iso3 = ?" if iso3 else ""
    if has_table(db, "figures"):
        parts.append(query(db, PUBLISHED_TRADE + where, [iso3] if iso3 else []))
    if has_table(db, "trade_totals"):
        try:
            view = query(
                db, VIEW_TRADE + (" WHERE t.partner = ?" if iso3 else ""), [iso3] if iso3 else []
            )
        except duckdb.Error:  # a view over ingested files that are not there any more
            view = pd.DataFrame(columns=TRADE_COLUMNS)
        parts.append(view)
    frames = [p for p in parts if not p.empty]
    if not frames:
        return pd.DataFrame(columns=TRADE_COLUMNS)
    rows = pd.concat(frames, ignore_index=True)[TRADE_COLUMNS]
    rows["year"] = rows["year"].astype("Int64")
    rows["partial_year"] = rows["partial_year"].astype(bool)
    rows["weak_page"] = rows["weak_page"].fillna(False).astype(bool)
    return rows.sort_values(
        ["year", "period", "flow", "dataset", "reporter"],
        ascending=[False, False, True, False, True],
        ignore_index=True,
    )


def _single_year(rows: pd.DataFrame) -> pd.Series:
    return rows["period"].astype(str).str.fullmatch(r"\d{4}")


def annual_totals(db, iso3: str | None = None) -> pd.DataFrame:
    """Full-year China ↔ state trade totals, one row per reporter, source and year.

    A total is either published as such (`basis` = "published total") or the sum of the
    exports and the imports that one source publishes for one reporter and year (`basis` =
    "exports + imports of one source"); never a sum across sources or reporters, never a
    partial year. Columns as `trade_figures` plus `basis`.
    """
    rows = trade_figures(db, iso3)
    if rows.empty:
        return rows.assign(basis=pd.Series(dtype=str))
    full = rows[~rows["partial_year"] & _single_year(rows)]
    published = full[full["flow"] == "total"].assign(basis="published total")
    keys = ["iso3", "year", "reporter", "release", "source_id", "dataset", "scope"]
    exports = full[full["flow"] == "exports_to_china"]
    imports = full[full["flow"] == "imports_from_china"]
    pairs = exports.merge(imports, on=keys, suffixes=("", "_m"))
    # One source may give a flow twice (e.g. with and without free zones): no pair then.
    pairs = pairs[~pairs.duplicated(keys, keep=False)]
    if not published.empty:
        have = set(published[keys].itertuples(index=False, name=None))
        pairs = pairs[[t not in have for t in pairs[keys].itertuples(index=False, name=None)]]
    worst = {"as published": 0, "approximate": 1, "lower bound": 2}
    if pairs.empty:
        return published.sort_values(["iso3", "year", "reporter"], ignore_index=True)
    summed = pairs.assign(
        flow="total",
        value_usd=pairs["value_usd"] + pairs["value_usd_m"],
        record_id=pairs["record_id"] + SUMMED_JOIN + pairs["record_id_m"],
        precision=[
            max(a, b, key=worst.get)
            for a, b in zip(pairs["precision"], pairs["precision_m"], strict=True)
        ],
        conflict_group=None,
        evidence=pairs["evidence"].fillna("") + " " + pairs["evidence_m"].fillna(""),
        weak_page=pairs["weak_page"] | pairs["weak_page_m"],
        note="exports + imports as published by this source, added by chinalac",
        basis="exports + imports of one source",
    )[[*TRADE_COLUMNS, "basis"]]
    totals = pd.concat([p for p in (published, summed) if not p.empty], ignore_index=True)
    return totals.sort_values(["iso3", "year", "reporter"], ignore_index=True)


def trade_series(
    db, iso3: str, flow: str = "total", *, include_partial: bool = False
) -> pd.DataFrame:
    """One state's (or LAC's) trade with China for one flow, one row per reporter and year.

    For `flow="total"` the rows are `annual_totals` (published totals, and exports + imports
    of one source); for the other flows, the published full-year figures. Each reporter is its
    own series (`reporter`, `source_id`, `dataset`): plot them as separate lines, never join
    them. `include_partial=True` adds partial-year rows (marked `partial_year`, with their
    months) — never to be read as annual values. Sorted by reporter, then year.
    """
    if flow not in FLOWS:
        raise FigureError(f"flow must be one of {', '.join(FLOWS)}")
    if flow == "total":
        rows = annual_totals(db, iso3)
        if include_partial:
            every = trade_figures(db, iso3)
            partial = every[(every["flow"] == "total") & every["partial_year"]]
            rows = pd.concat([rows, partial.assign(basis="published total")], ignore_index=True)
    else:
        rows = trade_figures(db, iso3)
        rows = rows[rows["flow"] == flow]
        if not include_partial:
            rows = rows[~rows["partial_year"] & _single_year(rows)]
        rows = rows.assign(basis="published")
    return rows.sort_values(["dataset", "reporter", "year"], ignore_index=True)


def latest_trade(db, countries: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per CELAC state: its latest full-year China trade total, with reporter and year.

    Where several reporters give that year, the row shows the China-reported figure first
    (comparable across states), else the state's own, else a third party's, else an
    unattributed page (SIDE_ORDER); `other_values` lists the rest, so no value is hidden.
    Manufactures-only series are not totals and are left out; a figure from a page the
    compilation flags as weak is shown only when nothing better exists. A state with no full-year total
    stored has value_usd = NaN and `note` says so (a gap, never zero); `latest_any_year` gives
    the latest year of any trade figure it has (a partial year or a single flow).
    """
    if countries is None:
        countries = query(db, "SELECT iso3, name_en FROM countries WHERE celac ORDER BY name_en")
    totals = annual_totals(db)
    totals = totals[
        totals["iso3"].isin(countries["iso3"])
        & ~totals["scope"].str.contains("manufactures", na=False)
    ]
    every = trade_figures(db)
    every = every[~every["scope"].str.contains("manufactures", na=False)]
    rows = []
    for country in countries.itertuples():
        own = totals[totals["iso3"] == country.iso3]
        anything = every[every["iso3"] == country.iso3]
        latest_any = int(anything["year"].max()) if not anything.empty else None
        if own.empty:
            rows.append(
                {
                    "iso3": country.iso3,
                    "name": country.name_en,
                    "year": None,
                    "value_usd": None,
                    "note": "no full-year China trade total stored",
                    "latest_any_year": latest_any,
                }
            )
            continue
        year = own["year"].max()
        trusted = own[~own["weak_page"]]
        if not trusted.empty:  # a weak page never stands for a state when a better one exists
            own = trusted
            year = own["year"].max()
        same = own[own["year"] == year].assign(
            basis_rank=lambda f: (f["basis"] != "published total").astype(int),
            side_rank=lambda f: f["reporter_side"].map(SIDE_ORDER).fillna(9),
            date=lambda f: f["source_date"].fillna(""),
        )
        ordered = same.sort_values(
            ["side_rank", "basis_rank", "date"], ascending=[True, True, False]
        )
        best = ordered.iloc[0]
        others = [
            f"{r.value_usd / 1e9:,.3g} bn ({r.reporter})"
            for r in ordered.iloc[1:].itertuples()
            if r.value_usd != best["value_usd"]
        ]
        rows.append(
            {
                "iso3": country.iso3,
                "name": country.name_en,
                "year": int(year),
                "value_usd": float(best["value_usd"]),
                "reporter": best["reporter"],
                "reporter_side": best["reporter_side"],
                "basis": best["basis"],
                "precision": best["precision"],
                "scope": best["scope"],
                "source_id": best["source_id"],
                "source_title": best["source_title"],
                "source_url": best["source_url"],
                "dataset": best["dataset"],
                "record_id": best["record_id"],
                "other_values": "; ".join(others),
                "note": "",
                "latest_any_year": latest_any,
            }
        )
    frame = pd.DataFrame(rows)
    columns = [
        "iso3",
        "name",
        "year",
        "value_usd",
        "reporter",
        "reporter_side",
        "basis",
        "precision",
        "scope",
        "source_id",
        "source_title",
        "source_url",
        "dataset",
        "record_id",
        "other_values",
        "latest_any_year",
        "note",
    ]
    frame = frame.reindex(columns=columns)
    frame["year"] = frame["year"].astype("Int64")
    frame["latest_any_year"] = frame["latest_any_year"].astype("Int64")
    return frame


def states_with_trade_since(db, year: int = 2018) -> list[str]:
    """CELAC states with at least one China trade figure (any flow) for `year` or later."""
    rows = trade_figures(db)
    celac = set(query(db, "SELECT iso3 FROM countries WHERE celac")["iso3"])
    return sorted(set(rows.loc[rows["year"] >= year, "iso3"]) & celac)


def caveats_for(db, datasets: list[str]) -> pd.DataFrame:
    """Each dataset's measure, unit, coverage and caveats (store table `caveats`)."""
    columns = ["dataset", "source_id", "measure", "unit", "coverage", "caveats"]
    if not datasets or not has_table(db, "caveats"):
        return pd.DataFrame(columns=columns)
    marks = ", ".join("?" for _ in datasets)
    return query(
        db,
        f"SELECT {', '.join(columns)} FROM caveats WHERE dataset IN ({marks}) ORDER BY dataset",
        list(datasets),
    )


def trade_report(db, iso3: str | None = None, source: str | None = None) -> dict[str, pd.DataFrame]:
    """`chinalac trade`: every figure for one state (or all), newest first, with caveats."""
    rows = trade_figures(db, iso3)
    if source:
        rows = rows[rows["source_id"].str.lower() == source.lower()]
    columns = [
        "year",
        "period",
        "flow",
        "value_usd",
        "reporter",
        "release",
        "scope",
        "precision",
        "weak_page",
        "source_id",
        "source_url",
        "source_title",
        "source_tier",
        "conflict_group",
        "dataset",
        "evidence",
        "note",
    ]
    if not iso3:
        columns.insert(0, "iso3")
    return {
        "trade": rows[columns].reset_index(drop=True),
        "caveats": caveats_for(db, sorted(rows["dataset"].dropna().unique())),
    }


MIRROR = {
    "dataset": "mirror",
    "source_id": "",
    "measure": "partner-reported minus China-reported",
    "unit": "US$ and percent of the China-reported value",
    "coverage": "years where both sides report in the same source",
}


def trade_mirror(db, iso3: str) -> dict[str, pd.DataFrame]:
    """The mirror gap by year (store view `trade_mirror`): China-reported against
    partner-reported values of the same flow in the same source, with the caveats."""
    from chinalac.store.loaders.trade import MIRROR_CAVEAT

    rows = query(
        db,
        """SELECT partner_name, year, flow, source_id, release, china_reported_usd,
                  partner_reported_usd, gap_usd, gap_percent, china_valuation,
                  partner_valuation, note, dataset
           FROM trade_mirror WHERE partner = ?
           ORDER BY source_id, release NULLS FIRST, flow, year""",
        [iso3],
    )
    caveats = caveats_for(db, sorted(rows["dataset"].unique()))
    mirror = pd.DataFrame([{**MIRROR, "caveats": MIRROR_CAVEAT}])
    return {"mirror": rows, "caveats": pd.concat([mirror, caveats], ignore_index=True)}


# -- finance ---------------------------------------------------------------------------------
COMPARE_COLUMNS = [
    "tracker",
    "area",
    "period",
    "measure",
    "value_usd_bn",
    "figure_from",
    "source_id",
    "note",
]
NOT_SHIPPED = "not in the shipped data"
# An unadjusted AidData total this much above the adjusted one is explained in its note.
INFLATED = 1.25
LOAN_SUBJECTS = ("loans_total", "loans_count", "loans in a single year")


def _figure(
    tracker: dict,
    area: str,
    period: str,
    measure: str,
    value=None,
    *,
    figure_from: str = NOT_SHIPPED,
    source_id: str | None = None,
    note: str = "",
) -> dict:
    """One line of the comparison; a missing value says where it is not, never a guess."""
    return {
        "tracker": tracker["name"],
        "area": area,
        "period": period,
        "measure": measure,
        "value_usd_bn": None if value is None or value != value else round(float(value), 3),
        "figure_from": figure_from,
        "source_id": source_id or tracker["source_id"],
        "note": note,
    }


def _country_name(db, iso3: str) -> str:
    return query(db, "SELECT name_en FROM countries WHERE iso3 = ?", [iso3])["name_en"][0]


def _aiddata_rows(db, tracker: dict, iso3: str | None, area: str) -> list[dict]:
    where = "iso3 = ?" if iso3 else "iso3 IN (SELECT iso3 FROM countries WHERE celac)"
    params = [iso3] if iso3 else []
    sums = query(
        db,
        f"""SELECT sum(adjusted_constant_2021_usd) / 1e9 AS adjusted,
                   sum(amount_constant_2021_usd) / 1e9 AS unadjusted,
                   count(DISTINCT iso3) AS recipients
            FROM aiddata_country_year WHERE {where}""",
        params,
    ).iloc[0]
    if not sums["recipients"]:
        return [
            _figure(
                tracker,
                area,
                "2000-2021",
                "commitments",
                note=f"AidData GCDF 3.0 records no commitment to {area}",
            )
        ]
    adjusted, unadjusted = sums["adjusted"], sums["unadjusted"]
    scope = "" if iso3 else f" ({int(sums['recipients'])} CELAC recipients in the data)"
    note = ""
    if adjusted and unadjusted > INFLATED * adjusted:
        note = (
            f"{unadjusted / adjusted:.1f}× the adjusted total: unadjusted amounts count again every "
            "roll-over of central-bank swap lines and every refinancing"
        )
        if iso3:  # what AidData's sidecar says about this country, in its own words
            said = query(db, "SELECT caveats FROM caveats WHERE dataset = 'aiddata_gcdf3'")[
                "caveats"
            ]
            name = _country_name(db, iso3)
            note += "".join(
                f". AidData SOURCE.yml: {c}"
                for c in (said[0].split(" | ") if len(said) else [])
                if name in c
            )
    return [
        _figure(
            tracker,
            area,
            "2000-2021",
            f"commitments, adjusted (constant 2021 US$){scope}",
            adjusted,
            figure_from="aiddata_country_year (sum of *_adj)",
            note="AidData's recommended measure for totals: swap-line roll-overs and refinancing removed",
        ),
        _figure(
            tracker,
            area,
            "2000-2021",
            f"commitments, unadjusted (constant 2021 US$){scope}",
            unadjusted,
            figure_from="aiddata_country_year (sum of *_amt); equals aiddata_country_total",
            note=note,
        ),
    ]


def aei_coverage(db, iso3: str) -> str | None:
    """Why the AEI extract has no deal for a state: outside its coverage, or none recorded."""
    subregion = query(db, "SELECT subregion FROM countries WHERE iso3 = ?", [iso3])["subregion"]
    if subregion.empty:
        return None
    if subregion[0] != "south_america":
        return "not covered: the shipped AEI extract covers South America only"
    return "no deal of US$100 m or more recorded"


def _aei_rows(db, tracker: dict, iso3: str | None, area: str) -> list[dict]:
    where, params = ("WHERE iso3 = ?", [iso3]) if iso3 else ("", [])
    found = query(
        db,
        f"SELECT sum(amount_usd_m) / 1e3 AS total, count(*) AS deals FROM aei_investments {where}",
        params,
    ).iloc[0]
    if not found["deals"]:
        return [
            _figure(tracker, area, "2005-2021", "investment deals", note=aei_coverage(db, iso3))
        ]
    label = area if iso3 else "South America (the extract's coverage, not all of LAC)"
    measure = f"investment, {int(found['deals'])} deals of US$100 m or more"
    return [
        _figure(
            tracker,
            label,
            "2005-2021",
            measure,
            found["total"],
            figure_from="aei_investments (sum of amount_usd_m)",
        )
    ]


def _fact_figure(tracker: dict, area: str, fact: dict, note: str | None = None) -> dict:
    period = "-".join(dict.fromkeys(p for p in (fact["period_start"], fact["period_end"]) if p))
    value = fact["value"] if fact["unit"] == "usd_bn" else None
    return _figure(
        tracker,
        area,
        period,
        f"{fact['metric']} ({fact['unit']})",
        value,
        figure_from=f"fact {fact['fact_id']}",
        source_id=fact["source_id"],
        note=fact["note"] or "" if note is None else note,
    )


def _facts(db, metric: str) -> pd.DataFrame:
    return query(
        db,
        """SELECT fact_id, metric, entity, period_start, period_end, value, unit, note,
                  source_id, evidence
           FROM facts WHERE metric = ? ORDER BY entity, period_start""",
        [metric],
    )


def _fact_rows(db, tracker: dict, iso3: str | None, area: str) -> list[dict]:
    """Trackers known only through a cited figure (knowledge/facts.csv), e.g. BU via CRS2022."""
    metric = tracker["lac_figure_metric"]
    facts = _facts(db, metric) if metric else pd.DataFrame(columns=["entity"])
    rows = []
    if iso3:
        own = facts[facts["entity"] == iso3].to_dict("records")
        rows += [_fact_figure(tracker, area, fact) for fact in own]
        if not own:
            rows.append(
                _figure(
                    tracker,
                    area,
                    tracker["years"],
                    metric or "total",
                    note=f"{tracker['name']}'s per-country figures are not shipped; its LAC total follows",
                )
            )
    lac = facts[facts["entity"] == "LAC"]
    if lac.empty:
        return rows + [_figure(tracker, "LAC", tracker["years"], metric or "total")]
    # The headline is the fact spanning the most years (loans_total also holds 0 for 2020 and 2021).
    first = pd.to_numeric(lac["period_start"].str[:4], errors="coerce")
    last = pd.to_numeric(lac["period_end"].fillna(lac["period_start"]).str[:4], errors="coerce")
    headline = (
        lac.assign(span=(last - first).fillna(0))
        .sort_values(["span", "value"], ascending=False)
        .iloc[0]
        .to_dict()
    )
    note = None
    if iso3 and _country_name(db, iso3) in f"{headline['evidence']} {headline['note']}":
        note = f"{headline['source_id']} names {_country_name(db, iso3)} among the top recipients, without an amount"
    return rows + [_fact_figure(tracker, "LAC", headline, note)]


TRACKER_ROWS = {"aiddata_gcdf3": _aiddata_rows, "aei_cgit": _aei_rows}


def finance_by_year(db, iso3: str | None = None) -> pd.DataFrame:
    """Chinese development finance by recipient, year and flow class (AidData GCDF 3.0).

    Columns: iso3, year, flow_class (oda / oof / vof), value (US$ million, AidData's adjusted
    amounts, constant 2021 US$), unadjusted_value, source_id. Never summed with other trackers.
    """
    where = "WHERE iso3 = ?" if iso3 else "WHERE iso3 IS NOT NULL"
    return query(
        db,
        f"""SELECT iso3, year, flow_class, adjusted_constant_2021_usd / 1e6 AS value,
                   amount_constant_2021_usd / 1e6 AS unadjusted_value, source_id
            FROM aiddata_country_year {where} ORDER BY iso3, year, flow_class""",
        [iso3] if iso3 else [],
    )


def finance_totals_by_year(db) -> pd.DataFrame:
    """Per CELAC state and year, AidData's adjusted commitments of all flow classes:
    iso3, year, value (US$ million, constant 2021), source_id."""
    return query(
        db,
        """SELECT iso3, year, sum(adjusted_constant_2021_usd) / 1e6 AS value,
                  any_value(source_id) AS source_id
           FROM aiddata_country_year
           WHERE iso3 IN (SELECT iso3 FROM countries WHERE celac)
           GROUP BY iso3, year ORDER BY iso3, year""",
    )


def investment_by_sector(db, iso3: str) -> pd.DataFrame:
    """AEI CGIT deals of US$100 m or more for one state by year and sector: year, sector,
    value (US$ million), deals, source_id. The shipped extract covers South America only
    (`aei_coverage` says why a state has no rows)."""
    return query(
        db,
        """SELECT year, sector, sum(amount_usd_m) AS value, count(*) AS deals,
                  any_value(source_id) AS source_id
           FROM aei_investments WHERE iso3 = ? GROUP BY year, sector ORDER BY year, sector""",
        [iso3],
    )


def published_loans(db, iso3: str | None = None) -> pd.DataFrame:
    """Chinese state loans as published (BU/IAD database editions), one row per figure.

    Each edition revises earlier years: rows keep their `edition`, and rows of the same
    period that disagree share a `conflict_group`. Never spliced into one series.
    """
    if not has_table(db, "figures"):
        return pd.DataFrame()
    marks = ", ".join("?" for _ in LOAN_SUBJECTS)
    where = f"f.subject IN ({marks})" + (" AND f.iso3 = ?" if iso3 else "")
    return query(
        db,
        f"""SELECT f.iso3, f.subject, f.period, f.value, f.unit, f.value_usd, f.reporter,
                   f.edition, f.precision, f.conflict_group, f.source_id,
                   coalesce(s.url, f.source_url) AS source_url, f.figure_id, f.detail
            FROM figures f LEFT JOIN sources s USING (source_id)
            WHERE {where} ORDER BY f.iso3, f.subject, f.period, f.edition""",
        [*LOAN_SUBJECTS, *([iso3] if iso3 else [])],
    )


def finance_comparison(db, iso3: str | None = None) -> dict[str, pd.DataFrame]:
    """The trackers' totals side by side, each with what it counts, plus published loans.

    `compare`: one line per tracker and measure (AidData adjusted and unadjusted, AEI CGIT,
    trackers known through a cited figure) and one per published BU/IAD figure for the area;
    `scope`: what each tracker counts; `caveats`: the datasets' caveats.
    """
    if iso3 == "CHN":
        raise FigureError(
            "the trackers count China's finance to other countries: give a CELAC state"
        )
    area = _country_name(db, iso3) if iso3 else "LAC"
    rows: list[dict] = []
    for tracker in query(db, "SELECT * FROM trackers").to_dict("records"):
        build = TRACKER_ROWS.get(tracker["tracker_id"], _fact_rows)
        rows += build(db, tracker, iso3, area)
    published = published_loans(db, iso3 or "LAC")
    for row in published.itertuples():
        if row.unit not in ("usd_bn", "usd_m"):
            continue
        rows.append(
            {
                "tracker": "BU/IAD China–Latin America Finance Database (published figure)",
                "area": area,
                "period": row.period,
                "measure": f"{row.subject}, {row.edition or 'edition not stated'} ({row.reporter})",
                "value_usd_bn": round(row.value_usd / 1e9, 3),
                "figure_from": f"figure {row.figure_id}",
                "source_id": row.source_id,
                "note": row.detail or "",
            }
        )
    scope = query(
        db,
        """SELECT name AS tracker, scope, instruments, threshold, currency_basis, years, scope_note
           FROM trackers ORDER BY tracker_id""",
    )
    return {
        "compare": pd.DataFrame(rows, columns=COMPARE_COLUMNS),
        "scope": scope,
        "caveats": caveats_for(db, ["aiddata_gcdf3", "aei_cgit", "published_figures"]),
    }


# -- the claims checker's view ----------------------------------------------------------------
# Published figures as the checker's facts: flows named as the knowledge base's metrics.
CLAIM_METRICS = {
    "trade_total": "trade_total",
    "exports_to_china": "trade_china_imports",  # the state's exports = China's imports
    "imports_from_china": "trade_china_exports",
    "loans_total": "loans_total",
    "loans_count": "loans_count",
    "china_partner_rank": "china_partner_rank",
    "china_export_destination_rank": "china_export_destination_rank",
    "primary_share_exports_to_china": "primary_share_exports_to_china",
    "fdi_stock": "fdi_stock",
    # Chinese investment summed over years (CEBC's "US$ 66.1 bn in 2007-2020"): the checker's
    # investment total, read as a figure each reporter counts its own way (below).
    "fdi_cumulative": "investment_total",
}
# Metrics whose rows each measure their own basket ("soybeans only", "soy, iron ore and oil",
# "raw materials and resource-based manufactures"): a value that matches bears a claim out, but
# a different value may be another basket, so such a row never contradicts. China's share of a
# state's exports is read the same way: its whole differs by source (goods only or with
# services, the state's or China's customs, with or without Hong Kong). A state's share of
# China's loans to the region too: its whole differs by database vintage and by what is counted
# as a loan (round s16a).
BASKET_METRICS = {
    "primary_share_exports_to_china",
    "china_share_of_exports",
    "loans_share_of_lac",
    "share_of_china_trade",
}
BASKET = "definition varies"
# Figures each reporter counts its own way: the stock of Chinese direct investment (China's
# MOFCOM by first destination, offshore centres included; a host's central bank by the
# ultimate owner) and a state's balance with China (each side's customs value the goods
# differently, so the two balances differ far more than the two totals), and one year's flow
# of Chinese direct investment (the host's ministry by the investor's country, China's MOFCOM
# by first destination). A matching row bears a claim out; another value may be another
# reporter's, so such a row never contradicts.
REPORTER_VARIES = "reporter varies"
# Chinese investment summed over years too: the CEBC counts confirmed projects by the
# investor's group, the CRS or the AEI tracker deals of their own size and kind (round s18b).
REPORTER_VARIES_METRICS = {
    "fdi_stock", "fdi_flow", "trade_surplus", "trade_deficit", "investment_total",
}  # fmt: skip
# One loan's value ("single CDB loan in 2022 to Banco do Brasil"): it bears out "a US$ 500
# million loan", but a state may have had other loans that year, so it never contradicts.
ONE_OF_SEVERAL = "one of several"
# A year to date whose months are not stated: it bears out a claim of its value about the
# year still running (claims.rules.store_facts), never contradicts one.
YEAR_TO_DATE = "year to date"
ONE_OF_SEVERAL_METRICS = {"loan_single"}
# `other` rows whose label says what they measure in one of the checker's metrics: one year's
# state loans ("loans in a single year (2014)", "Chinese DFI loans in 2023"), one loan's value
# ("single Chinese policy-bank loan in 2018"), and China's imports from / exports to the region.
OTHER_SUBJECTS = (
    (re.compile(r"^(?:chinese (?:dfi )?)?loans (?:in a single year|in \d{4}|to [a-z ]+ in \d{4})"),
     "loans_total", True),
    (re.compile(r"^single (?:[a-z-]+ ){0,3}loan in \d{4}"), "loan_single", True),
    (re.compile(r"^china's imports from (?:latin america|lac)\b"), "trade_china_imports", False),
    (re.compile(r"^china's exports to (?:latin america|lac)\b"), "trade_china_exports", False),
    # "China's share of Brazil's total exports", "China's share of LAC exports".
    (re.compile(r"^china's share of [a-z ]+?(?:'s)? (?:total )?exports\b"), "china_share_of_exports", False),
    # "share of Chinese loans to LAC 2005–2015": a state's part of China's lending to the region.
    (re.compile(r"^share of chinese loans to (?:latin america|lac)\b"), "loans_share_of_lac", False),
    # "LAC share of China's total imports and exports": the region's part of China's trade.
    (re.compile(r"^(?:lac|latin america(?:'s)?) share of china's (?:total )?(?:imports and exports|trade)\b"), "share_of_china_trade", False),
    # "Brazil's trade surplus with China in 2015", "Colombia's trade deficit with China": one
    # year's balance of the row's state, its sign in the metric (the value is its size).
    (re.compile(r"^(?!china)[a-z ]+'s trade surplus with china\b"), "trade_surplus", True),
    (re.compile(r"^(?!china)[a-z ]+'s trade deficit with china\b"), "trade_deficit", True),
    # "FDI inflow from China in 2024": one year's flow of Chinese direct investment into the
    # row's state (its stock is `fdi_stock`).
    (re.compile(r"^(?:chinese )?fdi (?:inflows?|flows?) from china in \d{4}\b"), "fdi_flow", True),
)  # fmt: skip
CLAIM_UNITS = {
    "trade_total": ("usd_m", "usd_bn"),
    "trade_china_imports": ("usd_m", "usd_bn"),
    "trade_china_exports": ("usd_m", "usd_bn"),
    "loans_total": ("usd_m", "usd_bn"),
    "loans_count": ("count",),
    "loan_single": ("usd_m", "usd_bn"),
    "china_partner_rank": ("rank",),
    "china_export_destination_rank": ("rank",),
    "primary_share_exports_to_china": ("percent",),
    "china_share_of_exports": ("percent",),
    "loans_share_of_lac": ("percent",),
    "share_of_china_trade": ("percent",),
    "fdi_stock": ("usd_m", "usd_bn"),
    "fdi_flow": ("usd_m", "usd_bn"),
    "investment_total": ("usd_m", "usd_bn"),
    "trade_surplus": ("usd_m", "usd_bn"),
    "trade_deficit": ("usd_m", "usd_bn"),
}
# A month range named in a row's detail that the loader did not read as the row's months
# ("period around Jan–Aug 2023"; the loader places a clause that is only the range and the
# row's year, "…; Jan–Aug 2023"): which part of the year the figure covers is unclear, so the
# row cannot decide a claim. "Jan–Dec" is the whole year. Months named for the other side of a
# conflict ("CONFLICT … with China Customs Jan–Nov 2003") are that other row's.
UNCLEAR_MONTHS = re.compile(
    r"\b(?!Jan[–-]Dec\b)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[–-][A-Z][a-z]{2}\b"
)
# The other side of a conflict, to the end of its clause: "CONFLICT in scale with China
# Customs Jan–Nov 2003 2.89 bn" names the months of China Customs' row, not of this one.
CONFLICT_WITH = re.compile(r"\bCONFLICT\b[^;]*?\bwith\b[^;]*")
SUMMED_NOTE = "exports + imports as published by one source, added by chinalac"
FACT_COLUMNS = [
    "fact_id",
    "metric",
    "entity",
    "counterpart",
    "period_start",
    "period_end",
    "value",
    "unit",
    "reporter",
    "field",
    "conflict_group",
    "project_id",
    "note",
    "source_id",
    "evidence",
    "partial_year",
    "precision",
]


def _claim_metric(metric: str, subject: str, period_start: str, period_end: str) -> str | None:
    if metric != "other":
        return CLAIM_METRICS.get(metric)
    for pattern, name, one_year in OTHER_SUBJECTS:
        if pattern.match(subject or "") and not (one_year and period_start != period_end):
            return name
    return None


# A flow counted with services ("goods and services, full year": Banco de México's imports,
# MIFIC's exports of Nicaragua with the free zone) is wider than the goods trade a plain
# "exportaciones" / "exports" / "importações" names: a matching claim is borne out, another value
# may be the goods alone, so such a row never contradicts (round s24b: MIFIC's 82.1 for 2024
# refuted the central bank's goods figure of 47.2).
WITH_SERVICES = re.compile(r"^goods and services\b")


def _claim_precision(metric: str, precision: str, scope: str | None = None) -> str:
    if metric in BASKET_METRICS or WITH_SERVICES.match(str(scope or "")):
        return BASKET
    if metric in ONE_OF_SEVERAL_METRICS:
        return ONE_OF_SEVERAL
    if metric in REPORTER_VARIES_METRICS:
        return REPORTER_VARIES
    return precision if precision != "as published" else ""


def claim_facts(db) -> pd.DataFrame:
    """Published figures in the shape of the knowledge base's facts, for the claims checker.

    Trade (total, the state's exports and imports, for a state or the region), state loans
    (cumulative, one year's, their count, one loan's value: `precision` "one of several", so it
    never contradicts), China's rank as trading partner or export destination, and the share of commodities in exports to China (each row its own basket:
    `precision` "definition varies", so it supports a matching claim and never contradicts). A full year is stored as YYYY-01…YYYY-12, several years as their span, a
    partial year as the months it covers (Jan–Aug → YYYY-01…YYYY-08, `partial_year` true), so
    a claim about a whole year is never compared with part of one. Year-to-date figures whose
    months are not stated are kept for their year with `precision` "year to date" (they bear
    out a claim of their value about the year still running, never contradict one; left out
    where another row of the year exists); rows whose detail names months the loader could
    not place are left out. `precision` keeps the loader's reading: lower
    bounds ("over US$ 500 bn") support a claim of the same bound and never contradict one;
    approximate figures ("cerca de 500") do not dispute a figure within 5 % of them.
    """
    if not has_table(db, "figures"):
        return pd.DataFrame(columns=FACT_COLUMNS)
    rows = query(
        db,
        """SELECT figure_id, metric, subject, iso3, period, year, month, months, partial_year,
                  period_start, period_end, value, unit, reporter, edition, conflict_group,
                  detail, evidence, source_id, precision, scope
           FROM figures
           WHERE regexp_matches(period, '^[0-9]{4}(-[0-9]{2}|-[0-9]{4})?$')""",
    )
    out = []
    ytd_ids: set = set()
    for row in rows.itertuples():
        period_start = str(row.period_start or "")
        period_end = str(row.period_end or period_start)
        metric = _claim_metric(row.metric, row.subject, period_start, period_end)
        if metric is None or row.unit not in CLAIM_UNITS[metric]:
            continue
        if pd.notna(row.month):
            start = end = f"{int(row.year)}-{int(row.month):02d}"
        elif not row.partial_year:
            if UNCLEAR_MONTHS.search(CONFLICT_WITH.sub("", row.detail or "")):
                continue
            start, end = f"{period_start}-01", f"{period_end}-12"
        elif row.months and row.months.startswith("Jan–"):
            last = MONTH_NUMBERS[row.months.split("–", 1)[1]]
            start, end = f"{int(row.year)}-01", f"{int(row.year)}-{last:02d}"
        elif pd.notna(row.year):
            # A year to date whose months are not stated ("en 2025", September 2025): kept for
            # its year, `precision` "year to date", so it bears out a claim of the same value
            # about the year still running and never contradicts (claims.rules.store_facts).
            start, end = f"{int(row.year)}-01", f"{int(row.year)}-12"
            ytd_ids.add(row.figure_id)
        else:
            continue
        out.append(
            {
                "fact_id": row.figure_id,
                "metric": metric,
                "entity": row.iso3,
                "counterpart": "CHN",
                "period_start": start,
                "period_end": end,
                "value": float(row.value),
                "unit": row.unit,
                "reporter": row.reporter,
                "field": "economic",
                "conflict_group": row.conflict_group,
                "project_id": None,
                "note": f"published figure; {row.detail or ''}".strip(),
                "source_id": row.source_id,
                "evidence": row.evidence,
                "partial_year": bool(row.partial_year) and pd.isna(row.month),
                "precision": _claim_precision(metric, row.precision, row.scope),
            }
        )
    facts = pd.DataFrame(out, columns=FACT_COLUMNS)
    if ytd_ids:
        ytd = facts["fact_id"].isin(ytd_ids)
        facts.loc[ytd, "precision"] = YEAR_TO_DATE
        facts.loc[ytd, "partial_year"] = False
        # Another row of the same measure and year (the full year, or known months) decides
        # the claim; the year to date would only make it look disputed.
        keys = ["metric", "entity", "period_start", "period_end"]
        other = set(facts.loc[~ytd, keys].itertuples(index=False, name=None))
        facts = facts[
            [
                not (y and k in other)
                for y, k in zip(ytd, facts[keys].itertuples(index=False, name=None), strict=True)
            ]
        ]
    exact = facts[~facts["precision"].isin(["lower bound", YEAR_TO_DATE])]
    return pd.concat([facts, _claim_pairs(exact)], ignore_index=True)


def _claim_pairs(facts: pd.DataFrame) -> pd.DataFrame:
    """Totals as exports + imports of one source, reporter and period (as `annual_totals`
    adds them), where that source publishes no total of its own."""
    flows = facts[facts["metric"].isin(["trade_china_imports", "trade_china_exports"])]
    keys = ["entity", "period_start", "period_end", "reporter", "source_id"]
    exports = flows[flows["metric"] == "trade_china_imports"]
    imports = flows[flows["metric"] == "trade_china_exports"]
    pairs = exports.merge(imports, on=keys, suffixes=("", "_m"))
    pairs = pairs[~pairs.duplicated(keys, keep=False)]
    totals = facts[facts["metric"] == "trade_total"]
    have = set(totals[keys].itertuples(index=False, name=None))
    pairs = pairs[[k not in have for k in pairs[keys].itertuples(index=False, name=None)]]
    if pairs.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    scale = {"usd_m": 1e6, "usd_bn": 1e9}
    value = (
        pairs["value"] * pairs["unit"].map(scale) + pairs["value_m"] * pairs["unit_m"].map(scale)
    ) / 1e6
    return pairs.assign(
        fact_id=pairs["fact_id"] + SUMMED_JOIN + pairs["fact_id_m"],
        metric="trade_total",
        value=value,
        unit="usd_m",
        conflict_group=None,
        note=SUMMED_NOTE,
        # No page states the sum: its evidence is chinalac's own words, not the exports
        # row's sentence (which /check showed beside the summed total).
        evidence=SUMMED_NOTE,
        precision=[
            "approximate" if "approximate" in (a, b) else ""
            for a, b in zip(pairs["precision"], pairs["precision_m"], strict=True)
        ],
    )[FACT_COLUMNS]


MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
