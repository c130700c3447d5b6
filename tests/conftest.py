"""Shared fixtures of the test suite."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def vectors_dir() -> Path:
    """``$WAPY_VECTORS_DIR``, else ``../shared/vectors``, else ``tests/vectors``."""
    env = os.environ.get("WAPY_VECTORS_DIR")
    if env:
        return Path(env)
    shared = ROOT.parent / "shared" / "vectors"
    return shared if shared.is_dir() else ROOT / "tests" / "vectors"


def load_vectors(name: str) -> dict[str, Any]:
    """One vector file by stem (``"protobuf"``)."""
    path = vectors_dir() / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text())
    return data


@pytest.fixture(scope="session")
def root_dir() -> Path:
    """The repository root."""
    return ROOT
