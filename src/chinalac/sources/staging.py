"""Write files under temporary names and rename them into place only when all succeeded.

A reader (the store's views, another process) never sees a half-written Parquet file, and a
failed ingest leaves every earlier file exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path


class StagedFiles:
    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []
        self.created_dirs: list[Path] = []

    def temporary_for(self, final: Path) -> Path:
        """A hidden temporary path beside `final` (same file system, so the rename is atomic)."""
        missing = [p for p in [final.parent, *final.parent.parents] if not p.exists()]
        final.parent.mkdir(parents=True, exist_ok=True)
        self.created_dirs.extend(missing)
        temporary = final.with_name(f".{final.name}.tmp-{os.getpid()}")
        temporary.unlink(missing_ok=True)
        self.pending.append((temporary, final))
        return temporary

    def commit(self) -> list[Path]:
        for temporary, final in self.pending:
            os.replace(temporary, final)
        committed = [final for _, final in self.pending]
        self.pending = []
        return committed

    def discard(self) -> None:
        for temporary, _ in self.pending:
            temporary.unlink(missing_ok=True)
        self.pending = []
        for directory in sorted(self.created_dirs, key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):  # not empty: something else lives there now
                directory.rmdir()


@contextlib.contextmanager
def staged() -> Iterator[StagedFiles]:
    """Files staged inside the block are discarded if the block raises, committed otherwise."""
    files = StagedFiles()
    try:
        yield files
    except BaseException:
        files.discard()
        raise
    files.commit()


def write_text_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(text, encoding="utf-8", newline="")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
