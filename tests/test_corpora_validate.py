"""Every graph kg builds from the texts we ship or are given conforms to the SHACL shapes."""
from __future__ import annotations

import pytest

from kg import pipeline
from kg.store import MemoryStore
from kg.validate import format_violations, validate

from conftest import EXAMPLES, ROOT


def built(paths):
    store = MemoryStore()
    report = pipeline.build(store, paths)
    assert report.errors == []
    return store


@pytest.mark.parametrize("folder", ["examples", "tests/corpus"])
def test_our_texts_validate(folder):
    store = built([ROOT / folder])
    violations = validate(store)
    assert not violations, format_violations(violations)


def test_seed_and_dev_validate(corpus):
    store = built([corpus / "seed.txt", corpus / "dev"])
    assert len(store.documents()) == 7
    violations = validate(store)
    assert not violations, format_violations(violations)


def test_build_validate_accepts_every_example():
    report = pipeline.build(MemoryStore(), [EXAMPLES], validate=True)
    assert report.errors == [] and len(report.built) == 8
