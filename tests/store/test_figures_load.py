"""Published figures and World Bank GDP: loaded with provenance, conflicts kept, bad rows named.

Real rows of the shipped files (data/figures/, data/macro/); each new file has a failing-input
test that expects `file:row:field: reason` and an untouched previous store.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from chinalac.store.build import build_store
from chinalac.store.loaders.figures import months_covered, precision_of, reporter_side
from chinalac.store.problems import BuildFailed

FIGURES = "figures/figures_compiled/figures.csv"
ADDITIONS = "figures/figures_additions.csv"
GDP = "macro/wb_gdp_current_usd/wb_gdp_current_usd_1960_2023.csv"


# -- real rows ----------------------------------------------------------------------------
def test_every_row_of_both_files_is_in_the_store(db):
    counts = db.sql("SELECT origin_file, count(*) AS n FROM figures GROUP BY 1")
    found = dict(zip(counts["origin_file"], counts["n"], strict=True))
    assert found[FIGURES] == 441  # SOURCE.yml: rows: 441
    assert found[ADDITIONS] >= 1


def test_brazil_2018_keeps_brazilian_and_chinese_figures_side_by_side(db):
    group = db.sql(
        "SELECT value, unit, reporter, reporter_side FROM figures "
        "WHERE conflict_group = 'figures:BRA:trade_total:2018' ORDER BY value"
    )
    assert list(group["value"]) == [93.13, 98.7, 98.9, 110.0]
    assert set(group["reporter_side"]) >= {"partner", "china"}
    listed = db.sql("SELECT * FROM conflicts WHERE conflict_id = 'figures:BRA:trade_total:2018'")
    assert len(listed) == 4


def test_2015_regional_loans_by_database_edition_are_one_conflict_group(db):
    group = db.sql(
        "SELECT value, edition FROM figures "
        "WHERE conflict_group = 'figures:LAC:loans in a single year:2015' ORDER BY value"
    )
    assert list(group["value"]) == [21.5, 29.0]
    assert list(group["edition"]) == ["2022 vintage", "2016 vintage"]


def test_partial_years_are_marked_and_not_grouped_with_full_years(db):
    peru = db.sql(
        "SELECT partial_year, months, scope, conflict_group FROM figures "
        "WHERE iso3 = 'PER' AND metric = 'trade_total' AND period = '2024'"
    ).iloc[0]
    assert peru["partial_year"] and peru["months"] == "Jan–Oct"
    assert peru["scope"] == "goods, partial year (Jan–Oct)"
    assert peru["conflict_group"] is None or pd.isna(peru["conflict_group"])
    month = db.sql("SELECT scope FROM figures WHERE iso3 = 'ARG' AND period = '2025-09' "
                   "AND metric = 'trade_total'")["scope"][0]  # fmt: skip
    assert month == "goods, single month"


def test_bolivia_2020_evidence_is_corrected_through_corrections_csv(db):
    rows = db.sql(
        "SELECT metric, value, evidence, corrected FROM figures "
        "WHERE iso3 = 'BOL' AND period = '2020' ORDER BY metric"
    )
    assert list(rows["value"]) == [357.0, 1584.0]  # values as the compiler assigned them
    assert rows["corrected"].str.contains("swaps its export and import labels").all()
    assert rows["evidence"].str.contains("labels swapped").all()
    logged = db.sql(
        "SELECT count(*) AS n FROM quality_log WHERE dataset = 'published_figures' "
        "AND status = 'corrected'"
    )
    assert logged["n"][0] == 2


def test_each_figure_has_a_source_row_with_its_url(db):
    missing = db.sql(
        "SELECT f.figure_id FROM figures f LEFT JOIN sources s USING (source_id) "
        "WHERE s.url IS NULL OR s.url <> f.source_url"
    )
    assert missing.empty, missing
    chile = db.sql(
        "SELECT s.source_id, s.url FROM figures f JOIN sources s USING (source_id) "
        "WHERE f.iso3 = 'CHL' AND f.period = '2024' AND f.metric = 'exports_to_china'"
    ).iloc[0]
    assert chile["source_id"].startswith("web-")
    assert "america-retail.com" in chile["url"]


def test_gdp_holds_the_world_bank_rows_with_their_source(db):
    row = db.sql("SELECT gdp_usd, source_id FROM gdp WHERE iso3 = 'CHL' AND year = 2023").iloc[0]
    assert row["gdp_usd"] == pytest.approx(335533331669.2191)
    assert row["source_id"] == "WB-GDP-datahub"
    # SOURCE.yml says 13,978 data rows, but the file has 13,979 (its last line has no newline,
    # which `wc -l` does not count): every row is loaded.
    assert db.sql("SELECT count(*) AS n FROM gdp")["n"][0] == 13979
    assert db.sql("SELECT max(year) AS y FROM gdp WHERE iso3 = 'VEN'")["y"][0] == 2014
    source = db.sql("SELECT url FROM sources WHERE source_id = 'WB-GDP-datahub'")["url"][0]
    assert source == "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD"


# -- small pure rules ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("period", "detail", "months"),
    [
        (
            "2024",
            "exports+imports; Jan–Oct 2024 only; 254.69 bn yuan converted by source",
            "Jan–Oct",
        ),
        ("2024", "exports+imports, Jan–Dec 2024; +158%", None),
        ("2024", "China's imports from Brazil, Q1 2024 only", "Jan–Mar"),
        (
            "2003",
            "exports+imports; CONFLICT in scale with China Customs Jan–Nov 2003 2.89 bn",
            None,
        ),
        ("2025-09", "exports+imports; single month Sep 2025", "Sep"),
        # A clause that is only a month range of the row's year places the months.
        ("2023", "soy, oil, iron ore and beef; Jan–Aug 2023", "Jan–Aug"),
        ("2016", "soybeans only (HS 1201), Jan–May 2016", "Jan–May"),
        ("2016", "January–October 2016", "Jan–Oct"),
        ("2016", "produtos básicos; Jan-Oct 2016", "Jan–Oct"),
        # Uncertain, another year's, or not from January: not placed.
        ("2023", "mining-energy goods; period around Jan–Aug 2023", None),
        ("2017", "exports; Jan–Oct 2016", None),
        ("2016", "exports; Mar–Oct 2016", None),
        ("2024", "exports+imports; Jan–Sep 2024 only (first three quarters)", "Jan–Sep"),
    ],
)
def test_months_covered(period, detail, months):
    assert months_covered(period, detail) == months


def test_precision_and_reporter_side():
    assert precision_of('"upwards of $125 billion"; 2016 vintage') == "lower bound"
    assert precision_of("exports+imports, rounded") == "approximate"
    assert reporter_side("China Customs", "") == "china"
    assert reporter_side("T&T ambassador to China", "") == "partner"
    assert reporter_side("Banco Central de Chile", "") == "partner"
    assert reporter_side("BU-IAD CLDB (via blog)", "") == "tracker"
    assert reporter_side("ECLAC (cited by China MFA spokesman)", "") == "third party"
    assert reporter_side("not stated (Yicai; Chinese data)", "") == "china"
    assert reporter_side("not stated (Reuters cited)", "exports+imports") == "not stated"


# Every keyword of reporter_side on a reporter of figures.csv that holds that keyword alone (the
# last four as a new row might write them: every shipped MOFCOM, MOC, GACC or CCPIT reporter
# also says China).
SIDES = [
    ("BU-IAD (New Banks in Town, 2012)", "tracker"),
    ("BU GEGI (broader: incl. private firms)", "tracker"),
    ("BIC citing CLDB-based bulletin", "tracker"),
    ("AEI China Global Investment Tracker", "tracker"),
    ("CEBC (Brazil-China Business Council)", "tracker"),
    ("ECLAC", "third party"),
    ("IMF (DOTS)", "third party"),
    ("UN data (per CRI)", "third party"),
    ("UN Comtrade / COMEX / PROCOMER (author's chart)", "third party"),
    ("CIA World Factbook 2003 (mirror)", "third party"),
    ("CBS Netherlands (reported by ANP)", "third party"),
    ("not stated (ICEX Spain)", "third party"),
    ("Chinese and Haitian administrations (per Le Nouvelliste)", "not stated"),
    ("MOFCOM (China)", "china"),
    ("China (MOC)", "china"),
    ("Sino-Peruvian Chamber of Commerce / Mincetur", "partner"),
    ("MOFCOM", "china"),
    ("Ministry of Commerce (MOC)", "china"),
    ("GACC", "china"),
    ("CCPIT", "china"),
]


@pytest.mark.parametrize(("reporter", "side"), SIDES)
def test_reporter_side_of_each_keyword(reporter, side):
    assert reporter_side(reporter, "") == side


# -- failing input, one per new file ---------------------------------------------------------
def edit(path: Path, change) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame).to_csv(path, index=False)


def cell(column: str, value: str, row: int = 0):
    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame.loc[row, column] = value
        return frame

    return change


BAD = {
    "figures: value not a number": (
        FIGURES,
        cell("value", "about 87", row=2),
        f"{FIGURES}:4:value: 'about 87' is not a number",
    ),
    "figures: unknown metric": (
        FIGURES,
        cell("metric", "trade_totl", row=0),
        f"{FIGURES}:2:metric: 'trade_totl' is not one of:",
    ),
    "figures: bad period": (
        FIGURES,
        cell("period", "2015-2005", row=5),
        f"{FIGURES}:7:period: '2015-2005' is not YYYY, YYYY-YYYY or YYYY-MM",
    ),
    "additions: unknown state": (
        ADDITIONS,
        cell("iso3", "TWN", row=0),
        f"{ADDITIONS}:2:iso3: 'TWN' is not a CELAC state's ISO3 code or LAC",
    ),
    "additions: no evidence note": (
        ADDITIONS,
        cell("evidence", "", row=1),
        f"{ADDITIONS}:3:evidence: required value is empty",
    ),
    "additions: bad source date": (
        ADDITIONS,
        cell("source_date", "Jan 2020", row=0),
        f"{ADDITIONS}:2:source_date: 'Jan 2020' is not an ISO date or 'unknown'",
    ),
    "gdp: value not a number": (
        GDP,
        cell("Value", "n/a", row=9),
        f"{GDP}:11:Value: 'n/a' is not a number",
    ),
    "gdp: negative value": (
        GDP,
        cell("Value", "-5", row=0),
        f"{GDP}:2:Value: '-5' is not a positive amount of US$",
    ),
    "gdp: missing column": (
        GDP,
        lambda f: f.drop(columns=["Year"]),
        f"{GDP}:1:Year: required column is missing from the header",
    ),
}


@pytest.fixture
def good_store(tmp_path, data_copy) -> Path:
    path = tmp_path / "store.duckdb"
    build_store(data_copy, path)
    return path


@pytest.mark.parametrize("case", list(BAD))
def test_bad_rows_name_file_row_and_field_and_keep_the_old_store(case, data_copy, good_store):
    relpath, change, expected = BAD[case]
    before = good_store.read_bytes()
    edit(data_copy / relpath, change)
    with pytest.raises(BuildFailed) as failure:
        build_store(data_copy, good_store)
    messages = [str(p) for p in failure.value.problems]
    assert any(expected in m for m in messages), messages
    assert good_store.read_bytes() == before


def test_a_stale_correction_is_reported(data_copy, good_store):
    """If the copied file changes under a correction, the correction must be reviewed."""
    edit(
        data_copy / FIGURES,
        lambda f: f.assign(
            evidence=f["evidence"].where(
                ~((f["iso3"] == "BOL") & (f["period"] == "2020")), "changed upstream"
            )
        ),
    )
    with pytest.raises(BuildFailed) as failure:
        build_store(data_copy, good_store)
    assert "corrections/corrections.csv" in str(failure.value)
    assert "expected 'The page reports exports to China" in str(failure.value)
