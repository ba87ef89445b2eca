"""A BACI release as CEPII publishes it: a zip (or an unpacked folder) of yearly CSV files.

This module only finds and reads the files — which year files, which code lists, what they
hold — and turns each problem into an `IngestError` naming the file and line. Writing
Parquet is `baci.py`'s job.

Layout of release V202501 for HS2017 (``BACI_HS17_V202501.zip``)::

    BACI_HS17_Y2017_V202501.csv … BACI_HS17_Y2023_V202501.csv   t,i,j,k,v,q
    country_codes_V202501.csv       country_code,country_name,country_iso2,country_iso3
    product_codes_HS17_V202501.csv  code,description
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from chinalac.sources.errors import IngestError

YEAR_FILE = re.compile(
    r"BACI_(?P<classification>HS\d{2})_Y(?P<year>\d{4})_(?P<release>V\d{6}\w*)\.csv"
)
COUNTRY_FILE = re.compile(r"country_codes_(?P<release>V\d{6}\w*)\.csv")
PRODUCT_FILE = re.compile(r"product_codes_(?P<classification>HS\d{2})_(?P<release>V\d{6}\w*)\.csv")
# Limits checked on each zip member before a byte is extracted (a zip bomb is refused from
# its directory alone), and again while it streams out (a member may lie about its size).
# A BACI year file is under 1.5 GB unpacked and compresses about 4 to 6 times; the code lists
# are a few hundred KB.
MAX_MEMBER_BYTES = 8_000_000_000
MAX_CODE_FILE_BYTES = 50_000_000
MAX_COMPRESSION_RATIO = 100
YEAR_COLUMNS = ["t", "i", "j", "k", "v", "q"]
COUNTRY_COLUMNS = ["country_code", "country_name", "country_iso2", "country_iso3"]
PRODUCT_COLUMNS = ["code", "description"]


@dataclass(frozen=True)
class Member:
    """One file of the release: its name inside the zip/folder and how messages call it."""

    name: str  # path inside the zip or relative to the folder
    label: str  # e.g. BACI_HS17_V202501.zip:BACI_HS17_Y2022_V202501.csv

    @property
    def base(self) -> str:
        return self.name.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class YearFile:
    member: Member
    classification: str
    year: int
    release: str


class ReleaseReader:
    """Lists and opens the files of a release, whether zipped or unpacked."""

    def __init__(self, path: Path):
        self.path = path
        self.archive: zipfile.ZipFile | None = None
        if path.is_dir():
            names = sorted(
                str(p.relative_to(path)).replace("\\", "/") for p in path.rglob("*") if p.is_file()
            )
            self.members = [Member(n, str(path / n)) for n in names]
        elif path.is_file():
            try:
                self.archive = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise IngestError(
                    str(path),
                    None,
                    None,
                    f"not a readable zip archive — truncated or corrupt? ({exc})",
                ) from None
            names = sorted(i.filename for i in self.archive.infolist() if not i.is_dir())
            self.members = [Member(n, f"{path.name}:{n}") for n in names]
        else:
            raise IngestError(str(path), None, None, "no such file or folder")

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def __enter__(self) -> ReleaseReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def check_member(self, member: Member, limit: int) -> int:
        """The member's declared size, or IngestError if it is larger than `limit` or
        compressed more than MAX_COMPRESSION_RATIO times (a zip bomb), before extraction."""
        if self.archive is None:
            size = (self.path / member.name).stat().st_size
            if size > limit:
                raise IngestError(member.label, None, None, _too_large(size, limit))
            return size
        info = self.archive.getinfo(member.name)
        if info.file_size > limit:
            raise IngestError(member.label, None, None, _too_large(info.file_size, limit))
        if info.file_size > 1_000_000 and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise IngestError(
                member.label,
                None,
                None,
                f"compressed {info.file_size / max(info.compress_size, 1):,.0f} times "
                f"(more than {MAX_COMPRESSION_RATIO}): refused as a possible zip bomb",
            )
        return info.file_size

    def _stream(self, member: Member, target, limit: int) -> None:
        """Copy the member into `target` in 1 MiB blocks, stopping past its declared size."""
        declared = self.check_member(member, limit)
        written = 0
        try:
            with self.archive.open(member.name) as source:
                while block := source.read(1 << 20):
                    written += len(block)
                    if written > declared:
                        raise IngestError(
                            member.label,
                            None,
                            None,
                            f"unpacks to more than its declared {declared:,} bytes: refused",
                        )
                    target.write(block)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
            raise IngestError(
                member.label, None, None, f"truncated or corrupt zip member ({exc})"
            ) from None

    def read_bytes(self, member: Member, limit: int | None = None) -> bytes:
        limit = MAX_CODE_FILE_BYTES if limit is None else limit
        self.check_member(member, limit)
        if self.archive is None:
            return (self.path / member.name).read_bytes()
        buffer = io.BytesIO()
        self._stream(member, buffer, limit)
        return buffer.getvalue()

    @contextlib.contextmanager
    def local_file(self, member: Member, scratch: Path) -> Iterator[Path]:
        """A path DuckDB can read: the file itself, or the zip member streamed to `scratch`.

        Extraction copies in 1 MiB blocks, so memory stays flat whatever the member's size.
        """
        if self.archive is None:
            yield self.path / member.name
            return
        self.check_member(member, MAX_MEMBER_BYTES)  # before a byte is written
        scratch.mkdir(parents=True, exist_ok=True)
        extracted = scratch / member.base
        try:
            with extracted.open("wb") as target:
                self._stream(member, target, MAX_MEMBER_BYTES)
        except BaseException:
            extracted.unlink(missing_ok=True)
            raise
        try:
            yield extracted
        finally:
            extracted.unlink(missing_ok=True)


def _too_large(size: int, limit: int) -> str:
    return f"{size:,} bytes unpacked, more than the {limit:,} allowed: refused"


@dataclass
class ReleaseContents:
    """What a release holds, checked for the mistakes that would make it ambiguous."""

    release: str
    classification: str
    year_files: list[YearFile]
    country_codes: Member
    product_codes: Member


def find_contents(
    reader: ReleaseReader, classification: str | None = None, years: set[int] | None = None
) -> ReleaseContents:
    where = str(reader.path)
    year_files = []
    for member in reader.members:
        match = YEAR_FILE.fullmatch(member.base)
        if match:
            year_files.append(
                YearFile(member, match["classification"], int(match["year"]), match["release"])
            )
    if classification:
        year_files = [y for y in year_files if y.classification == classification.upper()]
    if not year_files:
        wanted = (
            f"BACI_{classification.upper() if classification else 'HSxx'}_Y<year>_V<release>.csv"
        )
        raise IngestError(where, None, None, f"no yearly BACI file ({wanted}) in it")
    kinds = sorted({y.classification for y in year_files})
    if len(kinds) > 1:
        raise IngestError(
            where,
            None,
            None,
            f"holds several classifications ({', '.join(kinds)}): choose one with --hs",
        )
    releases = sorted({y.release for y in year_files})
    if len(releases) > 1:
        raise IngestError(
            where, None, None, f"mixes releases {', '.join(releases)}: ingest one release at a time"
        )
    seen: dict[int, YearFile] = {}
    for year_file in sorted(year_files, key=lambda y: y.member.name):
        if year_file.year in seen:
            raise IngestError(
                year_file.member.label,
                None,
                "t",
                f"year {year_file.year} appears twice in the release (also {seen[year_file.year].member.label})",
            )
        seen[year_file.year] = year_file
    if years is not None:
        seen = {y: f for y, f in seen.items() if y in years}
        if not seen:
            raise IngestError(
                where, None, None, f"none of the years {sorted(years)} is in the release"
            )
    for year_file in seen.values():  # every member checked before any is extracted
        reader.check_member(year_file.member, MAX_MEMBER_BYTES)
    release, kind = releases[0], kinds[0]
    country = _code_file(reader, COUNTRY_FILE, release, None, f"country_codes_{release}.csv")
    product = _code_file(reader, PRODUCT_FILE, release, kind, f"product_codes_{kind}_{release}.csv")
    return ReleaseContents(release, kind, [seen[y] for y in sorted(seen)], country, product)


def _code_file(
    reader: ReleaseReader, pattern: re.Pattern, release: str, kind: str | None, expected: str
) -> Member:
    for member in reader.members:
        match = pattern.fullmatch(member.base)
        if (
            match
            and match["release"] == release
            and (kind is None or match["classification"] == kind)
        ):
            return member
    raise IngestError(
        str(reader.path),
        None,
        None,
        f"missing code file {expected}: BACI's numeric codes cannot be read without it",
    )


def _read_code_csv(reader: ReleaseReader, member: Member, columns: list[str]) -> pd.DataFrame:
    raw = reader.read_bytes(member)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # older releases wrote country names in Latin-1
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise IngestError(member.label, None, None, f"malformed CSV: {exc}") from None
    frame.columns = [c.strip() for c in frame.columns]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise IngestError(
            member.label,
            1,
            missing[0],
            f"required column is missing (expected {','.join(columns)})",
        )
    return frame[columns].apply(lambda column: column.str.strip())


def read_country_codes(reader: ReleaseReader, member: Member) -> pd.DataFrame:
    """BACI numeric country code → ISO3, as the release itself defines it."""
    frame = _read_code_csv(reader, member, COUNTRY_COLUMNS)
    codes = pd.to_numeric(frame["country_code"], errors="coerce")
    seen: dict[int, int] = {}
    for index, (code, iso3) in enumerate(zip(codes, frame["country_iso3"], strict=True)):
        line = index + 2
        if code != code or code != int(code):
            raise IngestError(
                member.label,
                line,
                "country_code",
                f"'{frame.at[index, 'country_code']}' is not a numeric code",
            )
        if not iso3:
            raise IngestError(member.label, line, "country_iso3", "required value is empty")
        if int(code) in seen:
            raise IngestError(
                member.label,
                line,
                "country_code",
                f"duplicate code {int(code)}; first at line {seen[int(code)]}",
            )
        seen[int(code)] = line
    return pd.DataFrame({"code": codes.astype("int64"), "iso3": frame["country_iso3"]})


def read_product_codes(reader: ReleaseReader, member: Member) -> pd.DataFrame:
    """The release's HS6 codes (BACI may write them with or without leading zeros)."""
    frame = _read_code_csv(reader, member, PRODUCT_COLUMNS)
    for index, code in enumerate(frame["code"]):
        if not (code.isdigit() and len(code) <= 6):
            raise IngestError(member.label, index + 2, "code", f"'{code}' is not an HS6 code")
    return pd.DataFrame(
        {"code": frame["code"].astype("int64"), "description": frame["description"]}
    )


def check_header(path: Path, label: str) -> None:
    with path.open("rb") as handle:
        first = handle.readline().decode("utf-8", "replace")
    found = [c.strip().strip('"') for c in first.strip().split(",")]
    if found != YEAR_COLUMNS:
        raise IngestError(
            label, 1, None, f"header is '{first.strip()}', expected '{','.join(YEAR_COLUMNS)}'"
        )
