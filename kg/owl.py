"""The ontology files as rdflib graphs: the OWL ontology, its alignments, the event codes
and the SHACL shapes, read from ``ontology/`` (``kg.ontology`` in an installed wheel).

>>> from kg.namespaces import DIP
>>> from rdflib.namespace import OWL, RDF
>>> (DIP.Meeting, RDF.type, OWL.Class) in ontology_graph()
True
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph

from .namespaces import RES
from .resources import ontology_dir

#: The ontology proper, in the order they are meant to be loaded together.
ONTOLOGY_FILES = ("diplomacy.ttl", "alignments.ttl", "event-codes.ttl")
SHAPES_FILE = "shapes.ttl"
#: The ontology's IRI (the files' other owl:Ontology headers are its companions).
ONTOLOGY_IRI = "https://w3id.org/kg/diplomacy"
#: The named graph where ``kg reason`` writes the inferred triples (replaced on each run).
INFERRED_GRAPH_IRI = RES["graph/inferred"]


@lru_cache(maxsize=None)
def _parsed(name: str) -> Graph:
    return Graph().parse(ontology_dir() / name, format="turtle")


def _fresh(names: tuple[str, ...]) -> Graph:
    """A new graph holding the files' triples (callers may change it freely)."""
    graph = Graph()
    for name in names:
        source = _parsed(name)
        for prefix, namespace in source.namespaces():
            graph.bind(prefix, namespace, override=False)
        for triple in source:
            graph.add(triple)
    return graph


def ontology_graph(*, alignments: bool = True, event_codes: bool = True) -> Graph:
    """The OWL ontology (``diplomacy.ttl``), with its alignments and its CAMEO/PLOVER codes
    unless told otherwise. This is what ``kg export --ontology`` writes beside the data."""
    names = ["diplomacy.ttl"]
    if alignments:
        names.append("alignments.ttl")
    if event_codes:
        names.append("event-codes.ttl")
    return _fresh(tuple(names))


def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``)."""
    return _fresh((SHAPES_FILE,))
