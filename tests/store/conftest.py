"""Fixtures shared by the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.loader_kit import copy_commitment_files, copy_folders


@pytest.fixture
def folder(tmp_path) -> Path:
    """The four commitment files and their sidecar, for `read_commitments` without a store
    (function-scoped: see loader_kit)."""
    return copy_commitment_files(tmp_path)


@pytest.fixture
def commitments_data(tmp_path) -> Path:
    """The knowledge folder, the corrections and the commitment files: all the three loaders
    the commitments go through read."""
    return copy_folders(tmp_path, "knowledge", "corrections", "commitments_compiled")
