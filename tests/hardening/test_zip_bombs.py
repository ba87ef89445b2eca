"""Issue 14, items 7 and 10: a BACI zip is checked member by member before extraction; a zip
bomb is refused from its directory (declared size, compression ratio) or, when a member lies
about its size, as soon as it unpacks past it. Nothing is left on disk, and memory stays flat."""

from __future__ import annotations

import resource
import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from chinalac.sources import baci
from chinalac.sources import baci_release as release_files
from chinalac.sources.errors import IngestError

FIXTURE = Path(__file__).parents[1] / "fixtures" / "baci" / "BACI_HS17_V202501"
YEAR_2022 = "BACI_HS17_Y2022_V202501.csv"
COUNTRIES = "country_codes_V202501.csv"


def zipped(folder: Path, target: Path, replace: dict[str, bytes] | None = None) -> Path:
    replace = replace or {}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            name = path.name
            archive.writestr(name, replace.get(name, path.read_bytes()))
    return target


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def refused(archive: Path, ingested: Path, *words: str) -> None:
    with pytest.raises(IngestError) as caught:
        baci.ingest_release(archive, ingested)
    for word in words:
        assert word in str(caught.value), str(caught.value)
    leftovers = [p for p in ingested.rglob("*") if p.is_file()] if ingested.exists() else []
    assert not leftovers, leftovers  # nothing extracted, nothing written


def test_a_highly_compressed_member_is_refused_before_extraction(tmp_path):
    # 60 MB of one repeated line compresses ~1000 times: refused from the directory alone.
    header = (FIXTURE / YEAR_2022).read_bytes().split(b"\n", 1)[0] + b"\n"
    bomb = header + b"2022,4,8,10110,1.0,1.0\n" * 2_600_000
    archive = zipped(FIXTURE, tmp_path / "BACI_HS17_V202501.zip", {YEAR_2022: bomb})
    assert archive.stat().st_size < 1_000_000
    before = peak_rss_mb()
    refused(archive, tmp_path / "ingested", YEAR_2022, "zip bomb")
    assert peak_rss_mb() - before < 50


def test_a_code_list_larger_than_its_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(release_files, "MAX_CODE_FILE_BYTES", 100, raising=False)
    archive = zipped(FIXTURE, tmp_path / "BACI_HS17_V202501.zip")
    refused(archive, tmp_path / "ingested", COUNTRIES, "more than the 100 allowed")


def test_a_member_lying_about_its_size_is_stopped_while_it_streams(tmp_path, monkeypatch):
    # Declared 2,000 bytes in both headers; it really unpacks to 30 MB.
    monkeypatch.setattr(release_files, "MAX_COMPRESSION_RATIO", 10**9, raising=False)
    header = (FIXTURE / YEAR_2022).read_bytes().split(b"\n", 1)[0] + b"\n"
    payload = header + b"2022,4,8,10110,1.0,1.0\n" * 1_300_000
    archive = zipped(FIXTURE, tmp_path / "BACI_HS17_V202501.zip", {YEAR_2022: payload})
    data = bytearray(archive.read_bytes())
    real = struct.pack("<I", len(payload))
    fake = struct.pack("<I", 2_000)
    assert data.count(real) == 2  # local header and central directory
    archive.write_bytes(bytes(data).replace(real, fake))
    scratch_peak = []
    original = release_files.ReleaseReader._stream

    def watching(self, member, target, limit):
        try:
            original(self, member, target, limit)
        finally:
            scratch_peak.append(target.tell())

    monkeypatch.setattr(release_files.ReleaseReader, "_stream", watching)
    # zipfile itself stops at the declared size (then the CRC fails); our copy checks it too.
    refused(archive, tmp_path / "ingested", YEAR_2022)
    assert max(scratch_peak) <= 2_000  # never more than the declared size on disk


def test_a_normal_zip_still_ingests(tmp_path):
    archive = zipped(FIXTURE, tmp_path / "BACI_HS17_V202501.zip")
    result = baci.ingest_release(archive, tmp_path / "ingested")
    assert result.years and all(y.rows > 0 for y in result.years)
    shutil.rmtree(tmp_path / "ingested")
