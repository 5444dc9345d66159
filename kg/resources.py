"""Files that ship with kg: language data, the ontology and the saved queries.

They are found through the package (``kg.data``, ``kg.ontology``, ``kg.queries``), so an
installed wheel works as well as a checkout.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def _folder(package: str) -> Path:
    return Path(str(resources.files(package)))


def data_path(name: str) -> Path:
    return _folder("kg.data") / name


def ontology_dir() -> Path:
    return _folder("kg.ontology")


def queries_dir() -> Path:
    return _folder("kg.queries")


def data_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without its ``#`` header and blank lines."""
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows
