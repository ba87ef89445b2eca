"""Fixtures shared by the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.loader_kit import copy_commitment_files


@pytest.fixture
def folder(tmp_path) -> Path:
    """The four commitment files and their sidecar, for `read_commitments` without a store
    (function-scoped: see loader_kit)."""
    return copy_commitment_files(tmp_path)
