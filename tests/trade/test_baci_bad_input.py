"""Bad BACI input: a clear error naming the file and line; the store and the earlier Parquet
files are byte for byte what they were."""

from __future__ import annotations

from pathlib import Path

import pytest

YEAR_2022 = "BACI_HS17_Y2022_V202501.csv"


def set_cell(release: Path, line: int, column: str, value: str) -> None:
    """Overwrite one cell of the 2022 file (line numbers count the header as line 1)."""
    path = release / YEAR_2022
    lines = path.read_text().splitlines()
    header = lines[0].split(",")
    cells = lines[line - 1].split(",")
    cells[header.index(column)] = value
    lines[line - 1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")


def truncated_zip(release: Path, tmp_path: Path, helpers) -> Path:
    archive = helpers.zip_release(release, tmp_path / "BACI_HS17_V202501.zip")
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    return archive


def without_country_codes(release: Path, tmp_path: Path, helpers) -> Path:
    (release / "country_codes_V202501.csv").unlink()
    return release


def non_numeric_value(release: Path, tmp_path: Path, helpers) -> Path:
    set_cell(release, 4, "v", "15234567.8x")
    return release


def negative_value(release: Path, tmp_path: Path, helpers) -> Path:
    set_cell(release, 5, "v", "-145678.901")
    return release


def unknown_country(release: Path, tmp_path: Path, helpers) -> Path:
    set_cell(release, 7, "j", "999")
    return release


def duplicated_year_file(release: Path, tmp_path: Path, helpers) -> Path:
    (release / "copy").mkdir()
    (release / "copy" / YEAR_2022).write_bytes((release / YEAR_2022).read_bytes())
    return release


def misplaced_year(release: Path, tmp_path: Path, helpers) -> Path:
    set_cell(release, 9, "t", "2021")
    return release


CASES = [
    (
        truncated_zip,
        ["BACI_HS17_V202501.zip::", "not a readable zip archive", "truncated or corrupt"],
    ),
    (without_country_codes, ["missing code file country_codes_V202501.csv"]),
    (non_numeric_value, [f"{YEAR_2022}:4:v: '15234567.8x' is not a number"]),
    (negative_value, [f"{YEAR_2022}:5:v: negative value -145678.901"]),
    (
        unknown_country,
        [f"{YEAR_2022}:7:j: unknown country code 999 (not in country_codes_V202501.csv)"],
    ),
    (duplicated_year_file, ["year 2022 appears twice in the release"]),
    (misplaced_year, [f"{YEAR_2022}:9:t: year 2021 in the file for 2022"]),
]


@pytest.mark.parametrize(("corrupt", "messages"), CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_release_is_refused_and_changes_nothing(
    corrupt, messages, baci_store, tmp_path, run, helpers
):
    before = helpers.snapshot(baci_store)
    bad = corrupt(helpers.copy_release(tmp_path), tmp_path, helpers)

    result = run("ingest", "baci", str(bad), "--db", str(baci_store))

    assert result.exit_code == 1
    error = " ".join(result.stderr.split())  # rich wraps long lines
    for message in messages:
        assert message in error, error
    assert "nothing was changed" in error
    assert helpers.snapshot(baci_store) == before


def test_non_numeric_cell_is_reported_even_when_the_whole_value_is_text(tmp_path, helpers):
    from chinalac.sources import baci
    from chinalac.sources.errors import IngestError

    release = helpers.copy_release(tmp_path)
    set_cell(release, 3, "v", "abc")
    with pytest.raises(IngestError) as caught:
        baci.ingest_release(release, tmp_path / "ingested")
    assert (caught.value.line, caught.value.field, caught.value.reason) == (
        3,
        "v",
        "'abc' is not a number",
    )
    assert str(caught.value).startswith(str(release / YEAR_2022) + ":3:v:")
    assert not (tmp_path / "ingested" / "baci").exists(), "a refused release left files behind"
