"""The shipped finance and trade files in the store: AidData, AEI, IMF DOTS (with its gross
errors), the gravity panel, HS→SITC, trackers, caveats — and the commands that show them."""

from __future__ import annotations

import csv
import io

import pytest

from chinalac.store.build import build_store
from chinalac.store.problems import BuildFailed

IMF_FILE = "trade/imf_dots_multiatsm/imf_bilateral_trade_5_countries_1948_2019.csv"


def test_imf_gross_errors_are_nulled_with_their_reason(db):
    fixed = db.sql("SELECT * FROM imf_dots WHERE corrected IS NOT NULL ORDER BY line")
    assert len(fixed) == 10
    assert fixed["value_usd"].isna().all()
    assert all("gross error" in reason for reason in fixed["corrected"])
    china_brazil_1990 = fixed[(fixed["reporter_iso3"] == "CHN") & (fixed["partner_iso3"] == "BRA")]
    assert china_brazil_1990["year"].tolist() == [1990] and china_brazil_1990["line"].tolist() == [
        1292
    ]
    assert db.sql("SELECT max(value_usd) AS top FROM imf_dots")["top"][0] < 1e13


def test_quality_report_lists_every_imf_correction_with_line_and_reason(built_db, run):
    report = run.json("quality", "--dataset", "imf_dots", "--db", str(built_db))
    corrections = report["corrections"]
    assert len(corrections) == 10
    assert {c["file"] for c in corrections} == {IMF_FILE}
    first = next(c for c in corrections if c["line"] == 1292)
    assert float(first["value"]) == pytest.approx(5.241915e14, rel=1e-6)
    assert first["status"] == "corrected: set to null" and "gross error" in first["detail"]
    assert first["source_id"] == "IMF-DOTS"
    assert report["caveats"][0]["dataset"] == "imf_dots"


def test_a_gross_error_without_a_correction_fails_the_build(data_copy, tmp_path):
    path = data_copy / "corrections" / "corrections.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    kept = [r for r in rows if "sheet_country=China;partner=Brazil;year=1990" not in r]
    assert len(kept) == len(rows) - 1
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(kept)
    path.write_text(buffer.getvalue(), encoding="utf-8")

    with pytest.raises(BuildFailed) as failed:
        build_store(data_copy, tmp_path / "chinalac.duckdb")
    messages = [str(p) for p in failed.value.problems]
    assert messages == [f"{IMF_FILE}:1292:value: " + messages[0].split(":value: ", 1)[1]]
    assert "gross error" in messages[0] and "corrections/corrections.csv" in messages[0]
    assert not (tmp_path / "chinalac.duckdb").exists()


def test_aiddata_keeps_adjusted_and_unadjusted_amounts_by_flow_class(db):
    totals = db.sql(
        """SELECT iso3, sum(adjusted_constant_2021_usd) / 1e9 AS adjusted,
                  sum(amount_constant_2021_usd) / 1e9 AS unadjusted
           FROM aiddata_country_year WHERE iso3 IN ('ARG', 'VEN') GROUP BY iso3 ORDER BY iso3"""
    )
    assert totals.values.tolist() == [
        ["ARG", pytest.approx(37.837, abs=1e-3), pytest.approx(138.751, abs=1e-3)],
        ["VEN", pytest.approx(112.884, abs=1e-3), pytest.approx(112.884, abs=1e-3)],
    ]
    assert set(db.sql("SELECT DISTINCT flow_class FROM aiddata_country_year")["flow_class"]) == {
        "oda",
        "oof",
        "vof",
    }
    published = db.sql(
        "SELECT published_total_bn, country_year_unadjusted_bn FROM aiddata_country_total WHERE iso3 = 'ARG'"
    )
    assert published.iloc[0, 0] == pytest.approx(published.iloc[0, 1])
    check = db.sql(
        "SELECT status FROM quality_log WHERE check_name = 'parts sum to published totals'"
    )
    assert check["status"].tolist() == ["passed"]


def test_aei_deals_resolve_to_south_american_states(db):
    deals = db.sql(
        "SELECT iso3, count(*) AS n, sum(amount_usd_m) AS total FROM aei_investments GROUP BY iso3"
    )
    assert deals["n"].sum() == 139
    assert set(deals["iso3"]) <= set(
        db.sql("SELECT iso3 FROM countries WHERE subregion = 'south_america'")["iso3"]
    )


def test_gravity_panel_and_concordance_are_typed(db):
    assert db.sql("SELECT count(*) AS n FROM gravity_manufacturing")["n"][0] == 99_981
    sizes = db.sql(
        "SELECT classification, count(*) AS n FROM hs_sitc GROUP BY 1 ORDER BY 1"
    ).values.tolist()
    assert sizes == [["HS17", 5387], ["HS22", 5611]]
    horses = db.sql("SELECT * FROM hs_sitc WHERE classification = 'HS17' AND hs6 = '010121'").iloc[
        0
    ]
    assert (horses["hs4"], horses["hs2"], horses["sitc3_5d"], horses["sitc3_1d"]) == (
        "0101",
        "01",
        "00151",
        "0",
    )


def test_empty_ingested_views_have_the_contract_schema(db):
    assert list(db.sql("SELECT * FROM trade_products")) == [
        "source",
        "release",
        "classification",
        "year",
        "exporter",
        "importer",
        "product",
        "value_usd",
        "quantity_t",
        "reporter",
    ]
    assert list(db.sql("SELECT * FROM wdi")) == [
        "iso3",
        "year",
        "indicator",
        "value",
        "source",
        "release",
    ]
    assert db.sql("SELECT count(*) AS n FROM ingest_log")["n"][0] == 0


def test_every_dataset_in_trade_totals_has_caveats(db):
    used = set(db.sql("SELECT DISTINCT dataset FROM trade_totals")["dataset"])
    described = set(db.sql("SELECT dataset FROM caveats")["dataset"])
    assert used == {"imf_dots", "wto_unctad_gravity"} and used <= described


def test_trade_listing_keeps_sources_and_reporters_apart(built_db, run):
    answer = run.json("trade", "--country", "México", "--db", str(built_db))
    keys = {(r["source_id"], r["reporter"], r["flow"]) for r in answer["trade"]}
    assert ("IMF-DOTS", "CHN", "total") in keys and ("IMF-DOTS", "MEX", "total") in keys
    # Flows are named from the state's side: China's exports are Mexico's imports from China.
    assert ("WTO-UNCTAD-AGTPA", "compiled", "imports_from_china") in keys
    nulled = [r for r in answer["trade"] if r["dataset"] == "imf_dots" and r["note"]]
    assert nulled and all(r["value_usd"] is None for r in nulled)


def test_mirror_for_brazil_compares_what_each_side_reports(built_db, run):
    answer = run.json("trade", "mirror", "--country", "Brasil", "--db", str(built_db))
    by_year = {r["year"]: r for r in answer["mirror"] if r["source_id"] == "IMF-DOTS"}
    assert by_year[2019]["china_reported_usd"] == pytest.approx(114.68e9, rel=1e-3)
    assert by_year[2019]["partner_reported_usd"] == pytest.approx(99.65e9, rel=1e-3)
    assert by_year[2019]["gap_percent"] == pytest.approx(-13.1)
    assert 1990 not in by_year or by_year[1990]["china_reported_usd"] is None
    assert "CIF" in answer["caveats"][0]["caveats"]


def test_china_is_not_a_partner_of_itself(built_db, run):
    result = run("trade", "--country", "China", "--db", str(built_db))
    assert result.exit_code == 1 and "CELAC state" in result.stderr


def test_finance_compare_venezuela_shows_aiddata_both_ways_and_the_bu_figure(built_db, run):
    answer = run.json("finance", "compare", "--country", "Venezuela", "--db", str(built_db))
    rows = answer["compare"]
    aiddata = {
        r["measure"].split(",")[1].split("(")[0].strip(): r
        for r in rows
        if r["source_id"] == "AidData-GCDF3"
    }
    assert aiddata["adjusted"]["value_usd_bn"] == pytest.approx(112.884, abs=1e-3)
    assert aiddata["unadjusted"]["value_usd_bn"] == pytest.approx(112.884, abs=1e-3)
    bu_country = next(r for r in rows if r["source_id"] == "BU-IAD-CLDB")
    assert bu_country["area"] == "Venezuela" and bu_country["value_usd_bn"] is None
    assert bu_country["figure_from"] == "not in the shipped data"
    bu_lac = next(r for r in rows if r["source_id"] == "CRS2022")
    assert (bu_lac["area"], bu_lac["value_usd_bn"], bu_lac["period"]) == ("LAC", 138.0, "2005-2021")
    assert "Venezuela" in bu_lac["note"]
    scope = {s["tracker"]: s["scope_note"] for s in answer["scope"]}
    assert "not comparable with AidData GCDF" in scope["China-Latin America Finance Database"]


def test_finance_compare_argentina_explains_the_inflated_unadjusted_total(built_db, run):
    rows = run.json("finance", "compare", "--country", "Argentina", "--db", str(built_db))[
        "compare"
    ]
    unadjusted = next(r for r in rows if "unadjusted" in r["measure"])
    assert unadjusted["value_usd_bn"] == pytest.approx(138.751, abs=1e-3)
    assert "3.7×" in unadjusted["note"] and "swap lines" in unadjusted["note"]
    assert "Argentina" in unadjusted["note"]


def test_finance_compare_for_lac_and_non_south_american_states(built_db, run):
    lac = run.json("finance", "compare", "--db", str(built_db))["compare"]
    aei = next(r for r in lac if r["source_id"] == "AEI-CGIT")
    assert aei["area"].startswith("South America")
    mexico = run.json("finance", "compare", "--country", "Mexico", "--db", str(built_db))["compare"]
    aei_mexico = next(r for r in mexico if r["source_id"] == "AEI-CGIT")
    assert aei_mexico["value_usd_bn"] is None and "South America only" in aei_mexico["note"]
    trackers = run.json("finance", "trackers", "--db", str(built_db))
    assert {t["source_id"] for t in trackers} == {
        "BU-IAD-CLDB",
        "AidData-GCDF3",
        "AEI-CGIT",
        "RedALC-2024",
    }


def test_quality_without_a_dataset_also_lists_the_whole_corrections_file(built_db, run):
    report = run.json("quality", "--db", str(built_db))
    assert {"corrections", "checks", "caveats", "corrections_file"} <= set(report)
    imf = [c for c in report["corrections_file"] if c["file"] == IMF_FILE]
    assert len(imf) == 10 and all(c["action"] == "set_null" and c["reason"] for c in imf)
    assert {c["dataset"] for c in report["checks"]} >= {"aiddata_gcdf3", "unsd_hs_sitc"}
