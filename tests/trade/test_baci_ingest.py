"""`chinalac ingest baci`: a CEPII release (zip or folder) → Parquet, store views, releases."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from chinalac.paths import ingested_dir
from chinalac.sources import baci
from chinalac.sources.ingest_log import read_log
from chinalac.store.context import file_sha256

CONTRACT = [
    ("source", "VARCHAR"),
    ("release", "VARCHAR"),
    ("classification", "VARCHAR"),
    ("year", "INTEGER"),
    ("exporter", "VARCHAR"),
    ("importer", "VARCHAR"),
    ("product", "VARCHAR"),
    ("value_usd", "DOUBLE"),
    ("quantity_t", "DOUBLE"),
]


def expected_rows(release: Path) -> list[tuple]:
    """The release read independently with the csv module: what the Parquet must hold."""
    with (release / "country_codes_V202501.csv").open(newline="") as handle:
        iso3 = {row["country_code"]: row["country_iso3"] for row in csv.DictReader(handle)}
    rows = []
    for path in sorted(release.glob("BACI_HS17_Y*_V202501.csv")):
        with path.open(newline="") as handle:
            for r in csv.DictReader(handle):
                quantity = r["q"].strip()
                rows.append(
                    (
                        "CEPII-BACI",
                        "V202501",
                        "HS17",
                        int(r["t"]),
                        iso3[r["i"]],
                        iso3[r["j"]],
                        r["k"].zfill(6),
                        round(float(r["v"]) * 1000, 6),
                        None if quantity in ("", "NA") else float(quantity),
                    )
                )
    return sorted(rows, key=str)


def parquet_rows(folder: Path) -> list[tuple]:
    query = f"""SELECT source, release, classification, year, exporter, importer, product,
                       round(value_usd, 6), quantity_t
                FROM read_parquet('{folder}/baci/*/*/*.parquet', hive_partitioning = false)"""
    return sorted(duckdb.sql(query).fetchall(), key=str)


def test_folder_and_zip_give_the_rows_of_the_csv_files(tmp_path, helpers):
    from_folder = baci.ingest_release(helpers.release, tmp_path / "a")
    archive = helpers.zip_release(helpers.release, tmp_path / "BACI_HS17_V202501.zip")
    from_zip = baci.ingest_release(archive, tmp_path / "b")

    assert [y.year for y in from_folder.years] == [2021, 2022]
    assert from_folder.rows == from_zip.rows == 30
    expected = expected_rows(helpers.release)
    assert parquet_rows(tmp_path / "a") == expected
    assert parquet_rows(tmp_path / "b") == expected


def test_parquet_files_follow_the_contract_partitioned_by_year_in_zstd(tmp_path, helpers):
    baci.ingest_release(helpers.release, tmp_path)
    files = sorted((tmp_path / "baci" / "V202501").glob("year=*/*.parquet"))
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "baci/V202501/year=2021/BACI_HS17_Y2021_V202501.parquet",
        "baci/V202501/year=2022/BACI_HS17_Y2022_V202501.parquet",
    ]
    schema = duckdb.sql(
        f"DESCRIBE SELECT * FROM read_parquet('{files[0]}', hive_partitioning = false)"
    ).fetchall()
    assert [(name, kind) for name, kind, *_ in schema] == CONTRACT
    metadata = pq.ParquetFile(files[0]).metadata
    assert metadata.row_group(0).column(0).compression == "ZSTD"
    assert not list(tmp_path.rglob(".*tmp*")), "temporary files were left behind"


def test_focus_importers_are_flagged_sorted_first_and_listed_in_the_metadata(tmp_path, helpers):
    focus = ["CHN", "BRA", "ARG"]
    baci.ingest_release(helpers.release, tmp_path, focus_importers=focus)
    files = sorted((tmp_path / "baci" / "V202501").glob("year=*/*.parquet"))
    assert len(files) == 2
    for path in files:
        schema = duckdb.sql(
            f"DESCRIBE SELECT * FROM read_parquet('{path}', hive_partitioning = false)"
        ).fetchall()
        assert [(name, kind) for name, kind, *_ in schema] == [
            *CONTRACT,
            (baci.FOCUS_COLUMN, "BOOLEAN"),
        ]
        rows = duckdb.sql(
            f"""SELECT importer, {baci.FOCUS_COLUMN} FROM read_parquet('{path}',
                hive_partitioning = false, file_row_number = true) ORDER BY file_row_number"""
        ).fetchall()
        flags = [flag for _, flag in rows]
        assert all(flag == (importer in focus) for importer, flag in rows)
        assert any(flags) and not all(flags)
        assert flags == sorted(flags, reverse=True), "focus rows come first"
        metadata = pq.ParquetFile(path).metadata.metadata
        assert metadata[baci.FOCUS_METADATA_KEY.encode()] == b"ARG,BRA,CHN"
    # The contract's columns hold exactly the CSV's rows, as without the flag.
    assert parquet_rows(tmp_path) == expected_rows(helpers.release)


def test_focus_importers_must_be_iso3_codes(tmp_path, helpers):
    with pytest.raises(ValueError, match="ISO3"):
        baci.ingest_release(helpers.release, tmp_path, focus_importers=["CHN'); DROP"])


def test_the_log_lists_every_file_with_its_checksum_and_rows(tmp_path, helpers):
    baci.ingest_release(helpers.release, tmp_path)
    baci.ingest_release(helpers.release, tmp_path)  # again: replaced, not duplicated
    log = read_log(tmp_path)
    assert list(log["year"]) == ["2021", "2022"]
    assert list(log["rows"]) == ["17", "13"]
    for row in log.itertuples():
        assert (
            row.source == "CEPII-BACI" and row.release == "V202501" and row.classification == "HS17"
        )
        assert file_sha256(tmp_path / row.file) == row.sha256


def test_ingest_then_trade_for_chile_works_offline_through_the_cli(baci_store, run):
    answer = run.json("trade", "--country", "Chile", "--db", str(baci_store))
    baci_rows = [r for r in answer["trade"] if r["source_id"] == "CEPII-BACI"]
    by_year_flow = {(r["year"], r["flow"]): r for r in baci_rows}
    # Chile → China 2021: apples + copper ore + refined copper, thousand US$ × 1000.
    assert by_year_flow[(2021, "exports_to_china")]["value_usd"] == pytest.approx(
        (123456.789 + 19876543.21 + 15432109.876) * 1000
    )
    assert by_year_flow[(2022, "imports_from_china")]["value_usd"] == pytest.approx(
        (2645678.912 + 512345.678) * 1000
    )
    assert {r["release"] for r in baci_rows} == {"V202501"}
    assert all(r["reporter"] == "reconciled" for r in baci_rows)
    # Shipped sources stay on their own rows: the gravity panel covers Chile too.
    assert any(r["source_id"] == "WTO-UNCTAD-AGTPA" for r in answer["trade"])
    caveats = {c["dataset"]: c for c in answer["caveats"]}
    assert {"baci", "wto_unctad_gravity"} <= set(caveats)
    assert "thousand US$" in caveats["baci"]["unit"]


def test_releases_lists_the_ingested_release(baci_store, run):
    (release,) = run.json("releases", "--db", str(baci_store))
    assert release["source"] == "CEPII-BACI" and release["release"] == "V202501"
    assert (release["first_year"], release["last_year"], release["files"], release["rows"]) == (
        2021,
        2022,
        2,
        30,
    )
    files = run.json("releases", "--files", "--db", str(baci_store))
    assert [len(f["sha256"]) for f in files] == [64, 64]


def test_trade_products_view_reads_absolute_paths_from_any_directory(
    baci_store, tmp_path, monkeypatch
):
    import chinalac

    monkeypatch.chdir(tmp_path)
    with chinalac.open(baci_store) as db:
        columns = list(db.sql("SELECT * FROM trade_products LIMIT 0").columns)
        assert columns[:9] == [name for name, _ in CONTRACT]
        assert db.sql("SELECT count(*) AS n FROM trade_products")["n"][0] == 30
        assert db.sql("SELECT product FROM trade_products WHERE product LIKE '0%' ORDER BY 1")[
            "product"
        ].tolist() == [
            "010121",
            "080810",
            "080810",
        ]
        log = db.sql("SELECT path FROM ingest_log")["path"]
        assert all(Path(p).is_absolute() for p in log)


def test_a_rebuild_keeps_the_ingested_views(baci_store, run):
    result = run("build", "--db", str(baci_store))
    assert result.exit_code == 0, result.output
    assert run.json("releases", "--db", str(baci_store))[0]["rows"] == 30
    assert ingested_dir(baci_store).is_dir()


def test_country_profile_gains_trade_and_finance_sections(baci_store):
    import chinalac

    with chinalac.open(baci_store) as db:
        profile = db.country("Chile")
    assert "CEPII-BACI" in set(profile["trade"]["source_id"])
    assert set(profile["investments"]["source_id"]) == {"AEI-CGIT"}
    assert {"baci", "aei_cgit"} <= set(profile["trade_finance_caveats"]["dataset"])


def test_an_earlier_release_stays_listed_and_queryable(tmp_path, helpers, run):
    older = helpers.copy_release(tmp_path, "older")
    for path in older.iterdir():
        path.rename(path.with_name(path.name.replace("V202501", "V202401")))
    db = str(tmp_path / "chinalac.duckdb")
    assert run("ingest", "baci", str(older), "--db", db).exit_code == 0
    assert run("ingest", "baci", str(helpers.release), "--db", db).exit_code == 0

    releases = run.json("releases", "--db", db)
    assert [(r["release"], r["rows"]) for r in releases] == [("V202401", 30), ("V202501", 30)]
    rows = run.json("trade", "--country", "Brasil", "--source", "CEPII-BACI", "--db", db)["trade"]
    assert {r["release"] for r in rows} == {"V202401", "V202501"}  # side by side, never summed
