"""Shipped trade data and classifications, and the cross-source trade views.

Tables (`load`, before the ingested sources):
* `imf_dots` — the IMF Direction of Trade extract (5 reporters, 1948–2019). Read as total
  bilateral trade seen by the reporter (SOURCE.yml). Values ≥ 1e13 US$ are gross errors: each
  must have a correction in corrections/corrections.csv (it nulls the value and the row keeps
  the reason in `corrected`), else the build fails naming file:line:field.
* `gravity_manufacturing` — the WTO/UNCTAD gravity panel (manufacturing only, US$ m).
* `hs_sitc` — UN HS2017/HS2022 → SITC rev.3 correspondence (for primary-commodity shares).

Views (`load_views`, after the `ingested` loader, because they read BACI and Comtrade too):
* `trade_totals` — China ↔ each CELAC state × year × flow × reporter × source; never merged.
* `trade_mirror` — China-reported against partner-reported figures of the same source.
"""

from __future__ import annotations

import functools
import logging

import pandas as pd

from chinalac.sources.datasets import DatasetInfo, add_quality_rows, add_to_store, sidecar_caveats
from chinalac.store.context import BuildContext
from chinalac.store.loaders.corrections import apply_corrections
from chinalac.store.schema import Column, TableSpec, line_numbers, line_of, read_csv_text

IMF_DIR = "trade/imf_dots_multiatsm"
IMF_FILE = f"{IMF_DIR}/imf_bilateral_trade_5_countries_1948_2019.csv"
IMF_COLUMNS = ["sheet_country", "partner", "year", "value"]
# World merchandise trade is about 2.5e13 US$ a year: no bilateral cell can reach 1e13.
GROSS_ERROR_USD = 1e13

GRAVITY_DIR = "trade/yotov_gravity_panel"
GRAVITY_FILE = f"{GRAVITY_DIR}/agtpa_chapter1_manufacturing_trade_1986_2006.csv"
GRAVITY_NUMBERS = {
    "pair_id": "int",
    "year": "int",
    "trade": "float",
    "DIST": "float",
    "CNTG": "flag",
    "LANG": "flag",
    "CLNY": "flag",
}
# US$ 10 trillion of one country's manufacturing flow (in US$ m) would be a unit error.
GRAVITY_MAX_USD_M = 1e7
MAX_PROBLEMS_PER_COLUMN = 20  # enough to locate a systematic error without flooding the report

CONCORDANCE_DIR = "classifications/hs_sitc_concordance"
SITC_LEVELS = ("5d", "4d", "3d", "2d", "1d")


def _concordance_spec(classification: str, file: str, hs: str) -> TableSpec:
    columns = [
        Column(f"{hs}_6d", required=True),
        Column(f"{hs}_4d", required=True),
        Column(f"{hs}_2d", required=True),
    ]
    columns += [Column(f"SITC3_{level}") for level in SITC_LEVELS]
    return TableSpec(
        f"hs_sitc_{classification}", f"{CONCORDANCE_DIR}/{file}", tuple(columns), key=(f"{hs}_6d",)
    )


CONCORDANCES = [
    ("HS17", _concordance_spec("HS17", "hs2017_to_sitc3.csv", "HS5")),
    ("HS22", _concordance_spec("HS22", "hs2022_to_sitc3.csv", "HS6")),
]


def datasets(ctx: BuildContext) -> list[DatasetInfo]:
    return [
        DatasetInfo(
            "imf_dots",
            "IMF-DOTS",
            "IMF Direction of Trade Statistics extract (MultiATSM)",
            "total bilateral goods trade (exports + imports) as seen by the reporter — undocumented "
            "measure, read as such after checking China–Brazil 2019",
            "current US$",
            "reporters Brazil, China, Mexico, Uruguay, Russia × the same partners, 1948–2019",
            sidecar_caveats(ctx.data_dir / IMF_DIR / "SOURCE.yml"),
        ),
        DatasetInfo(
            "wto_unctad_gravity",
            "WTO-UNCTAD-AGTPA",
            "WTO/UNCTAD Advanced Guide gravity panel (chapter 1)",
            "manufacturing trade between 69 countries, incl. domestic flows (exporter = importer)",
            "US$ millions (current)",
            "69 countries incl. China and 11 LAC states, 1986–2006",
            sidecar_caveats(ctx.data_dir / GRAVITY_DIR / "SOURCE.yml"),
        ),
        DatasetInfo(
            "unsd_hs_sitc",
            "UNSD-HS-SITC",
            "UN correspondence HS2017/HS2022 → SITC rev.3",
            "one SITC rev.3 code per HS6 subheading",
            "codes",
            "HS2017 (5,387 subheadings) and HS2022 (5,611)",
            (
                "UNCTAD's primary commodities are SITC sections 0–4 plus division 68 and groups 667 "
                "and 971 (source id UNCTAD-primary)",
                "HS2017 710820 (monetary gold) has no SITC rev.3 code",
            ),
        ),
    ]


@functools.cache
def _names_to_iso3(names: tuple[str, ...]) -> dict[str, str | None]:
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    found = coco.CountryConverter().convert(list(names), to="ISO3", not_found=None)
    found = found if isinstance(found, list) else [found]
    return {
        name: code if isinstance(code, str) else None
        for name, code in zip(names, found, strict=True)
    }


def load_imf(ctx: BuildContext) -> None:
    raw, problems = read_csv_text(ctx.data_dir / IMF_FILE, IMF_FILE)
    ctx.files_read.append(IMF_FILE)
    ctx.problems.extend(problems)
    if raw is None:
        return
    missing = [c for c in IMF_COLUMNS if c not in raw.columns]
    for name in missing:
        ctx.problem(IMF_FILE, 1, name, "required column is missing from the header")
    if missing:
        return
    raw = raw[IMF_COLUMNS].copy()
    raw["line"] = line_numbers(raw)
    raw["original_value"] = raw["value"]
    frame = apply_corrections(ctx, IMF_FILE, raw)

    year = pd.to_numeric(frame["year"], errors="coerce")
    value = pd.to_numeric(frame["value"].where(frame["value"].str.strip() != ""), errors="coerce")
    for row in frame[year.isna() | (year != year.round())].itertuples():
        ctx.problem(IMF_FILE, row.line, "year", f"'{row.year}' is not a year")
    unreadable = value.isna() & (frame["value"].str.strip() != "")
    for row in frame[unreadable].itertuples():
        ctx.problem(IMF_FILE, row.line, "value", f"'{row.value}' is not a number")
    for row in frame[value < 0].itertuples():
        ctx.problem(IMF_FILE, row.line, "value", f"negative value {row.value} (must be ≥ 0)")
    for row in frame[value >= GROSS_ERROR_USD].itertuples():
        ctx.problem(
            IMF_FILE,
            row.line,
            "value",
            f"gross error: {float(row.value):.4g} US$ is ≥ 1e13 (more than a year of world trade); "
            "add a set_null correction with the reason to corrections/corrections.csv",
        )

    iso3 = _names_to_iso3(tuple(sorted(set(frame["sheet_country"]) | set(frame["partner"]))))
    for column in ("sheet_country", "partner"):
        for row in frame[frame[column].map(iso3).isna()].itertuples():
            ctx.problem(
                IMF_FILE, row.line, column, f"'{getattr(row, column)}' is not a country name"
            )
    table = pd.DataFrame(
        {
            "reporter": frame["sheet_country"],
            "reporter_iso3": frame["sheet_country"].map(iso3),
            "partner": frame["partner"],
            "partner_iso3": frame["partner"].map(iso3),
            "year": year.astype("Int64"),
            "value_usd": value.astype("Float64"),
            "corrected": frame["corrected"],
            "line": frame["line"],
            "dataset": "imf_dots",
            "source_id": "IMF-DOTS",
        }
    )
    ctx.write_table("imf_dots", table)
    _log_corrections(ctx, frame)


def _log_corrections(ctx: BuildContext, frame: pd.DataFrame) -> None:
    fixed = frame[frame["corrected"].notna()]
    if fixed.empty:
        return
    sources = {}
    if ctx.table_exists("corrections"):
        rows = ctx.con.execute(
            "SELECT reason, source_id FROM corrections WHERE file = ?", [IMF_FILE]
        ).fetchall()
        sources = dict(rows)
    report = pd.DataFrame(
        {
            "dataset": "imf_dots",
            "check_name": "gross error (value ≥ 1e13 US$)",
            "status": [
                "corrected: set to null" if v == "" else f"corrected: set to {v}"
                for v in fixed["value"]
            ],
            "file": IMF_FILE,
            "line": fixed["line"],
            "field": "value",
            "value": fixed["original_value"],
            "detail": [
                f"{r} ({rep}→{par} {yr})"
                for r, rep, par, yr in zip(
                    fixed["corrected"],
                    fixed["sheet_country"],
                    fixed["partner"],
                    fixed["year"],
                    strict=True,
                )
            ],
            "source_id": fixed["corrected"].map(sources),
        }
    )
    add_quality_rows(ctx, report)


def load_gravity(ctx: BuildContext) -> None:
    raw, problems = read_csv_text(ctx.data_dir / GRAVITY_FILE, GRAVITY_FILE)
    ctx.files_read.append(GRAVITY_FILE)
    ctx.problems.extend(problems)
    if raw is None:
        return
    expected = ["exporter", "importer", *GRAVITY_NUMBERS]
    missing = [c for c in expected if c not in raw.columns]
    for name in missing:
        ctx.problem(GRAVITY_FILE, 1, name, "required column is missing from the header")
    if missing:
        return
    # Vectorised checks: the panel has 100,000 rows, too many for the cell-by-cell validator.
    lines = pd.Series(line_numbers(raw), index=raw.index)
    numbers: dict[str, pd.Series] = {}
    for column, kind in GRAVITY_NUMBERS.items():
        text = raw[column].str.strip()
        number = pd.to_numeric(text, errors="coerce")
        bad = number.isna()
        reason = "is not a number"
        if kind in ("int", "flag"):
            bad |= number != number.round()
            reason = "is not a whole number"
        if kind == "flag":
            bad |= ~number.isin([0, 1])
            reason = "is not 0 or 1"
        _report(ctx, GRAVITY_FILE, column, lines[bad], [f"'{v}' {reason}" for v in text[bad]])
        numbers[column] = number
    for column in ("exporter", "importer"):
        bad = ~raw[column].str.fullmatch(r"[A-Z]{3}")
        _report(
            ctx,
            GRAVITY_FILE,
            column,
            lines[bad],
            [f"'{v}' is not an ISO3 code" for v in raw[column][bad]],
        )
    trade = numbers["trade"]
    _report(
        ctx,
        GRAVITY_FILE,
        "trade",
        lines[trade < 0],
        [f"negative value {v} (must be ≥ 0)" for v in trade[trade < 0]],
    )
    huge = trade >= GRAVITY_MAX_USD_M
    _report(
        ctx,
        GRAVITY_FILE,
        "trade",
        lines[huge],
        [f"{v:.4g} US$ m is not plausible for one flow" for v in trade[huge]],
    )
    table = pd.DataFrame(
        {
            "exporter": raw["exporter"],
            "importer": raw["importer"],
            "year": numbers["year"].round().astype("Int64"),
            "trade_usd_m": trade.astype(float),
            "distance_km": numbers["DIST"].astype(float),
            "contiguous": numbers["CNTG"].eq(1),
            "common_language": numbers["LANG"].eq(1),
            "colonial_link": numbers["CLNY"].eq(1),
            "pair_id": numbers["pair_id"].round().astype("Int64"),
            "dataset": "wto_unctad_gravity",
            "source_id": "WTO-UNCTAD-AGTPA",
        }
    )
    ctx.write_table("gravity_manufacturing", table)


def _report(
    ctx: BuildContext, file: str, column: str, lines: pd.Series, reasons: list[str]
) -> None:
    for line, reason in list(zip(lines, reasons, strict=True))[:MAX_PROBLEMS_PER_COLUMN]:
        ctx.problem(file, int(line), column, reason)
    if len(reasons) > MAX_PROBLEMS_PER_COLUMN:
        ctx.problem(
            file, None, column, f"… and {len(reasons) - MAX_PROBLEMS_PER_COLUMN} more like these"
        )


def load_concordances(ctx: BuildContext) -> None:
    parts = []
    for classification, spec in CONCORDANCES:
        frame = ctx.load_table(spec, create=False)
        if frame is None:
            continue
        hs = spec.columns[0].name.removesuffix("_6d")
        for index, code in frame[f"{hs}_6d"].items():
            if not (len(code) == 6 and code.isdigit()):
                ctx.problem(
                    spec.path,
                    line_of(frame, index),
                    f"{hs}_6d",
                    f"'{code}' is not a 6-digit HS code",
                )
        part = pd.DataFrame(
            {
                "classification": classification,
                "hs6": frame[f"{hs}_6d"],
                "hs4": frame[f"{hs}_4d"],
                "hs2": frame[f"{hs}_2d"],
                **{f"sitc3_{level}": frame[f"SITC3_{level}"] for level in SITC_LEVELS},
            }
        )
        unmapped = part[part["sitc3_5d"].isna()]
        add_quality_rows(
            ctx,
            pd.DataFrame(
                {
                    "dataset": "unsd_hs_sitc",
                    "check_name": "HS6 without SITC rev.3 code",
                    "status": "note",
                    "file": spec.path,
                    "line": [line_of(frame, index) for index in unmapped.index],
                    "field": "SITC3_5d",
                    "value": unmapped["hs6"],
                    "detail": f"{classification} {'{}'} has no SITC rev.3 correspondence; kept with empty SITC codes",
                    "source_id": "UNSD-HS-SITC",
                }
            ).assign(
                detail=lambda f: [d.format(v) for d, v in zip(f["detail"], f["value"], strict=True)]
            ),
        )
        parts.append(part)
    if parts:
        table = pd.concat(parts, ignore_index=True).assign(
            dataset="unsd_hs_sitc", source_id="UNSD-HS-SITC"
        )
        ctx.write_table("hs_sitc", table)


def load(ctx: BuildContext) -> None:
    load_imf(ctx)
    load_gravity(ctx)
    load_concordances(ctx)
    add_to_store(ctx, datasets(ctx))


MIRROR_CAVEAT = (
    "Mirror gap = partner-reported minus China-reported value of the same flow in the same "
    "source. Imports are valued CIF (freight and insurance included), exports FOB, so the "
    "importer's figure normally exceeds the exporter's by a few percent; larger gaps point to "
    "re-exports through third countries (Hong Kong), timing, misattributed origin or "
    "mis-invoicing. IMF DOTS rows compare total trade (exports + imports) as each side reports it."
)

# Each part names its flow from China's side: china_exports (China → partner),
# china_imports (partner → China) or total (both ways, as IMF DOTS reports it).
TRADE_TOTALS = """
CREATE OR REPLACE VIEW trade_totals AS
WITH celac AS (SELECT iso3, name_en FROM countries WHERE celac),
parts AS (
  SELECT CASE WHEN reporter_iso3 = 'CHN' THEN partner_iso3 ELSE reporter_iso3 END AS partner,
         year, 'total' AS flow, reporter_iso3 AS reporter,
         'goods, exports + imports' AS measure,
         value_usd, 'FOB + CIF' AS valuation,
         source_id, dataset, CAST(NULL AS VARCHAR) AS release, corrected AS note
  FROM imf_dots
  WHERE (reporter_iso3 = 'CHN' AND partner_iso3 IN (SELECT iso3 FROM celac))
     OR (partner_iso3 = 'CHN' AND reporter_iso3 IN (SELECT iso3 FROM celac))
  UNION ALL
  SELECT CASE WHEN exporter = 'CHN' THEN importer ELSE exporter END, year,
         CASE WHEN exporter = 'CHN' THEN 'china_exports' ELSE 'china_imports' END,
         'compiled', 'manufactures only', trade_usd_m * 1e6, NULL,
         source_id, dataset, NULL, NULL
  FROM gravity_manufacturing
  WHERE (exporter = 'CHN' AND importer IN (SELECT iso3 FROM celac))
     OR (importer = 'CHN' AND exporter IN (SELECT iso3 FROM celac))
  UNION ALL
  SELECT CASE WHEN exporter = 'CHN' THEN importer ELSE exporter END, year,
         CASE WHEN exporter = 'CHN' THEN 'china_exports' ELSE 'china_imports' END,
         coalesce(reporter, 'reconciled'),
         'goods, sum of ' || classification || ' products',
         value_usd, CASE WHEN reporter IS NULL THEN 'FOB' END,
         source, CASE WHEN source = 'CEPII-BACI' THEN 'baci' ELSE 'comtrade' END, release, NULL
  FROM trade_products_china
  UNION ALL
  SELECT CASE WHEN reporter = 'CHN' THEN partner ELSE reporter END, year,
         CASE WHEN (reporter = 'CHN') = (flow = 'X') THEN 'china_exports' ELSE 'china_imports' END,
         reporter, 'goods, total', value_usd, valuation, source, 'comtrade', release, NULL
  FROM trade_reported
  WHERE (reporter = 'CHN' AND partner IN (SELECT iso3 FROM celac))
     OR (partner = 'CHN' AND reporter IN (SELECT iso3 FROM celac))
)
SELECT p.partner, c.name_en AS partner_name, p.year, p.flow, p.reporter, p.source_id,
       p.release, p.measure, p.value_usd, p.valuation, p.dataset, p.note
FROM parts p JOIN celac c ON c.iso3 = p.partner
"""

TRADE_MIRROR = """
CREATE OR REPLACE VIEW trade_mirror AS
SELECT c.partner, c.partner_name, c.year, c.flow, c.source_id, c.release, c.measure,
       c.value_usd AS china_reported_usd, p.value_usd AS partner_reported_usd,
       p.value_usd - c.value_usd AS gap_usd,
       round(100 * (p.value_usd - c.value_usd) / nullif(c.value_usd, 0), 1) AS gap_percent,
       c.valuation AS china_valuation, p.valuation AS partner_valuation,
       concat_ws('; ', c.note, p.note) AS note, c.dataset
FROM trade_totals c
JOIN trade_totals p
  ON p.partner = c.partner AND p.year = c.year AND p.flow = c.flow AND p.source_id = c.source_id
 AND p.release IS NOT DISTINCT FROM c.release AND p.measure = c.measure
WHERE c.reporter = 'CHN' AND p.reporter = c.partner
"""

# The finance signal the indicators look for (chinalac.indicators.from_store): AidData's
# adjusted commitments per recipient and year.
FINANCE_COUNTRY_YEAR = """
CREATE OR REPLACE VIEW finance_country_year AS
SELECT iso3, year, sum(adjusted_constant_2021_usd) AS value_usd,
       sum(amount_constant_2021_usd) AS unadjusted_usd,
       'adjusted commitments, constant 2021 US$' AS measure, 'AidData-GCDF3' AS source_id
FROM aiddata_country_year GROUP BY iso3, year
"""


def load_views(ctx: BuildContext) -> None:
    needed = [
        "countries",
        "imf_dots",
        "gravity_manufacturing",
        "trade_products_china",
        "trade_reported",
    ]
    if all(ctx.table_exists(name) for name in needed):
        ctx.con.execute(TRADE_TOTALS)
        ctx.con.execute(TRADE_MIRROR)
    if ctx.table_exists("aiddata_country_year"):
        ctx.con.execute(FINANCE_COUNTRY_YEAR)
