"""Export the store as standard RDF.

Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) get the union of the document graphs;
dataset formats (TriG, N-Quads) keep one named graph per document. ``ontology=True`` adds
the ontology files (``ontology/*.ttl`` without the SHACL shapes), each as a graph named by
its ``owl:Ontology`` IRI in the dataset formats.

>>> from kg.store import MemoryStore
>>> export(MemoryStore(), "nt")
''
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .errors import KgError
from .namespaces import DIP, ORG, RES, SCHEMA, SEM
from .resources import ontology_dir
from .store import Store

#: format name -> rdflib serializer
FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads",
           "jsonld": "json-ld", "xml": "xml"}
DATASET_FORMATS = ("trig", "nq")
GRAPH_FORMATS = tuple(f for f in FORMATS if f not in DATASET_FORMATS)
#: Ontology files that are not merged: shapes describe graphs, they are not part of them.
NOT_ONTOLOGY = ("shapes.ttl",)
PREFIXES = {"dip": DIP._NS, "res": RES, "sem": SEM, "org": ORG, "schema": SCHEMA, "prov": PROV,
            "dcterms": DCTERMS, "skos": SKOS, "owl": OWL, "rdfs": RDFS, "xsd": XSD}


def export(store: Store, format: str = "turtle", *, ontology: bool = False,
           output: str | Path | None = None) -> str:
    """The store in ``format``; written to ``output`` when given (then ``""`` is returned).

    Raises :class:`KgError` for an unknown format, an unreadable ontology file or an output
    path that cannot be written (a partial file is never left behind).
    """
    if format not in FORMATS:
        raise KgError(f"unknown export format '{format}' (one of {', '.join(FORMATS)})")
    if format in DATASET_FORMATS:
        rdf = store.dataset()
        if ontology:
            for name, graph in ontology_graphs():
                target = rdf.graph(name)
                for triple in graph:
                    target.add(triple)
    else:
        rdf = Graph()
        for s, p, o, _ in store.quads():
            rdf.add((s, p, o))
        if ontology:
            for _, graph in ontology_graphs():
                rdf += graph
    _bind_prefixes(rdf)
    text = rdf.serialize(format=FORMATS[format])
    if output is None:
        return text
    write_text(output, text)
    return ""


def serialize_graph(graph: Graph, format: str = "turtle") -> str:
    """One graph (e.g. ``kg extract``'s) in a triple format, with kg's prefixes."""
    if format not in GRAPH_FORMATS:
        raise KgError(f"unknown graph format '{format}' (one of {', '.join(GRAPH_FORMATS)})")
    _bind_prefixes(graph)
    return graph.serialize(format=FORMATS[format])


def ontology_graphs() -> list[tuple[URIRef, Graph]]:
    """(graph name, graph) for each ontology file; none when the folder has none yet."""
    out = []
    for path in sorted(ontology_dir().glob("*.ttl")):
        if path.name in NOT_ONTOLOGY:
            continue
        graph = Graph()
        try:
            graph.parse(path, format="turtle")
        except Exception as e:   # rdflib raises several kinds for bad Turtle
            raise KgError(f"cannot read ontology file '{path.name}': {' '.join(str(e).split())}") from None
        name = next(graph.subjects(RDF.type, OWL.Ontology), None)
        out.append((name if isinstance(name, URIRef) else URIRef(f"{DIP._NS}{path.stem}"), graph))
    return out


@contextmanager
def atomic_output(output: str | Path) -> Iterator[str]:
    """A temporary path beside ``output`` (same extension) that becomes ``output`` when the
    block succeeds and disappears when it fails, so a half-written file is never left.
    Raises :class:`KgError` when the file cannot be written."""
    path = Path(output)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())    # mkstemp makes 0600; a user's file is not secret
        os.replace(tmp, path)
    except OSError as e:
        raise KgError(f"cannot write '{output}': {e.strerror or e}") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)


def write_text(output: str | Path, text: str) -> None:
    """Write ``text`` to ``output`` whole or not at all. Raises :class:`KgError`."""
    with atomic_output(output) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _bind_prefixes(rdf: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        rdf.bind(prefix, ns, replace=True)
