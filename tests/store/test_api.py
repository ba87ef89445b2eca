"""The Python API and the completeness of the store."""

from __future__ import annotations

import duckdb
import pytest

import chinalac


def test_exactly_33_celac_states_and_china(db):
    countries = db.table("countries")
    assert countries["celac"].sum() == 33
    assert set(countries.loc[~countries["celac"], "iso3"]) == {"CHN"}
    assert not {"TWN", "HKG", "MAC"} & set(countries["iso3"])


def test_taiwan_recognisers_2023(db):
    # Reuters 2023: seven LAC states recognised Taiwan (DOMAIN.md §2); Honduras switched in 2023.
    status = db.countries()
    recognisers = set(status.loc[status["recognises_taiwan"], "iso3"])
    assert recognisers == {"BLZ", "GTM", "HTI", "PRY", "KNA", "LCA", "VCT"}


def test_every_fact_and_tie_names_a_known_source(db):
    unknown = db.sql(
        """SELECT 'fact' AS kind, fact_id AS id FROM facts WHERE source_id NOT IN (SELECT source_id FROM sources)
           UNION ALL
           SELECT 'tie', tie_id FROM ties WHERE quality <> 'unsourced'
             AND (source_id IS NULL OR source_id NOT IN (SELECT source_id FROM sources))"""
    )
    assert unknown.empty, unknown


def test_unsourced_ties_are_marked_and_never_in_country_status(db):
    ties = db.table("ties")
    assert set(ties["quality"]) == {"sourced", "inferred", "unsourced"}
    assert ties.loc[ties["quality"] == "unsourced", "source_id"].isna().all()


def test_additions_supersede_unsourced_rows_but_keep_them_as_history(db):
    superseded = db.sql("SELECT * FROM ties WHERE superseded")
    assert len(superseded) > 0
    assert (superseded["quality"] == "unsourced").all()


def test_country_profile_and_facts_filters(db):
    profile = db.country("PER")
    assert set(profile) >= {"country", "ties", "facts", "projects", "commitments"}
    lac_2021 = db.facts(metric="trade_total", country="LAC", year=2021)
    assert 449.0 in set(lac_2021["value"])


def test_corpus_typo_is_stored_corrected_with_a_note(db):
    rows = db.facts(metric="trade_total", year=2002)
    row = rows[rows["value"] == 18.0].iloc[0]
    assert row["period_start"].startswith("2002")
    assert "2021" in row["note"] and "typo" in row["note"].lower()


def test_sql_is_read_only(db):
    with pytest.raises(duckdb.Error):
        db.sql("DELETE FROM facts")
    assert db.sql("SELECT count(*) AS n FROM facts")["n"][0] > 0


def test_open_without_store_says_how_to_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="chinalac build"):
        chinalac.open(tmp_path / "missing.duckdb")


def test_database_is_usable_from_the_package_namespace(built_db):
    with chinalac.open(built_db) as database:
        assert "facts" in database.tables()


def test_facts_and_ties_carry_evidence_notes_and_source_urls(db):
    facts = db.facts(metric="loans_total")
    assert {"evidence", "source_url"} <= set(facts.columns) and "quote" not in facts.columns
    assert facts["evidence"].str.len().gt(20).all()
    assert facts["source_url"].str.startswith("https://").all()
    ties = db.country("Perú")["ties"]
    assert "evidence" in ties.columns and "quote" not in ties.columns
    sourced = ties[ties["quality"] == "sourced"]
    assert sourced["evidence"].notna().all() and sourced["source_url"].notna().all()
