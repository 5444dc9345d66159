"""Shared fixtures. Tests that read ../shared skip with a reason where it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def corpus() -> Path:
    """``../shared/corpus`` (the seed and the dev texts with gold)."""
    if not (CORPUS / "seed.txt").exists():
        pytest.skip("../shared/corpus is not beside this clone (only CI and developers have it)")
    return CORPUS


@pytest.fixture
def seed(corpus: Path) -> Path:
    return corpus / "seed.txt"
