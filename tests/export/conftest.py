"""Fixtures shared by the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccwdiff.core.model import Comparison

from .fixtures import make_comparison


@pytest.fixture
def comparison(tmp_path: Path) -> Comparison:
    """The fixture comparison, its input files in their own folder under ``tmp_path``."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    return make_comparison(folder)
