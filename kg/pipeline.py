"""The whole job for a set of paths: read, extract, map, store.

Each document is built on its own: a bad one is reported and the rest are still built;
what the store held is never lost, because a document's graph is replaced in one step.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .documents import read_document, read_documents
from .errors import DocumentError, KgError
from .mapping import document_iri, to_graph


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)   # (where, message)
    triples: int = 0


def build(store, paths: Iterable[str | Path], validate: bool = False) -> BuildReport:
    """Build every document under ``paths`` into ``store``; one named graph per document."""
    from .extraction import extract

    report = BuildReport()
    for item in read_documents(paths):
        if isinstance(item, DocumentError):
            where = str(item).split(": ", 1)[0]
            report.errors.append((where, str(item)))
            continue
        try:
            graph = to_graph(extract(item))
            if validate:
                _check(graph, item.id)
            store.replace_document(document_iri(item.id), graph)
        except KgError as e:
            report.errors.append((item.path or item.id, f"{item.path or item.id}: {e}"))
            continue
        except Exception as e:  # noqa: BLE001 - a bug on one text must not stop the build
            where = item.path or item.id
            report.errors.append((where, f"{where}: extraction failed ({type(e).__name__}: {e}); "
                                         "please report this with the text"))
            continue
        report.built.append(item.id)
        report.triples += len(graph)
    return report


def _check(graph: Graph, doc_id: str) -> None:
    """Refuse a graph that breaks the SHACL shapes (raises a KgError saying why)."""
    from .validate import format_violations, validate

    violations = validate(graph)
    if violations:
        first = format_violations(violations[:1]).splitlines()[0]
        raise KgError(f"refused: breaks the SHACL shapes ({len(violations)} violation(s)); first: {first}")


def extract_graph(path: str | Path) -> Graph:
    """The RDF graph of one document, without a store."""
    from .extraction import extract

    return to_graph(extract(read_document(path)))
