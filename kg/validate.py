"""Check graphs against the SHACL shapes (``ontology/shapes.ttl``) and say what is wrong in
plain words: which node, which rule, and the sentence the node was read from.

The data is checked together with the ontology's class hierarchy, so a ``dip:PhoneCall``
is held to the rules of a ``dip:Meeting``. A store is checked as the union of its document
graphs (the graph of inferred triples is left out: it is not extracted data).

>>> from kg.model import Document, Extraction, Meeting, Person
>>> from kg.mapping import to_graph
>>> x = Extraction(Document(id="d1", text=""), persons=[Person("a", "A")],
...                meetings=[Meeting(["a"])])
>>> [v.rule for v in validate(to_graph(x))]
['A meeting needs at least two participants (dip:participant).']
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, XSD
from rdflib.term import Node
from rdflib.util import guess_format

from .errors import KgError
from .namespaces import DIP, RES
from .owl import INFERRED_GRAPH_IRI, ontology_graph, shapes_graph


class ShapeViolationError(KgError):
    """A graph breaks the shapes; the message lists the violations in plain words."""


@dataclass(frozen=True)
class Violation:
    """One broken rule at one node.

    ``focus`` is the node that breaks ``rule`` (plain words, from the shape's
    ``sh:message``); ``path`` the property concerned and ``value`` the offending value,
    when there is one; ``sentence`` and ``document`` where the node was read from, when the
    graph records it.
    """

    focus: Node
    rule: str
    focus_name: str
    path: URIRef | None = None
    value: Node | None = None
    sentence: str | None = None
    document: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        return format_violation(self)


def validate(source, *, ontology: bool = True) -> list[Violation]:
    """The violations of the shapes in ``source``, sorted by document and node; ``[]`` when
    it conforms.

    ``source`` is an rdflib ``Graph`` or ``Dataset`` (all its graphs together), a
    :class:`kg.store.Store`, or the path of an RDF file (format from its extension).
    ``ontology=False`` checks without the class hierarchy. Raises :class:`KgError` for a
    file that cannot be read.
    """
    with quiet_rdflib():
        data = _checkable(source)
        if len(data) == 0:
            return []
        conforms, results, _ = shacl_validate(
            data,
            shacl_graph=shapes_graph(),
            ont_graph=ontology_graph(alignments=False, event_codes=False) if ontology else None,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
            advanced=True,
        )
    if conforms:
        return []
    # Only the report's own results: nested ones (sh:detail) repeat them in pyshacl's words.
    found = {_violation(results, r, data) for r in results.objects(None, SH.result)}
    return sorted(found, key=lambda v: (v.document or "", str(v.focus), v.rule, str(v.value or "")))


def check(graph: Graph) -> None:
    """Raise :class:`ShapeViolationError` when ``graph`` breaks the shapes (for ``kg build
    --validate``, one document at a time)."""
    violations = validate(graph)
    if violations:
        raise ShapeViolationError(format_violations(violations))


def format_violations(violations: Iterable[Violation]) -> str:
    """The violations as plain-language lines, one block per violation (its first line
    names the document, the node and the rule), then a count.

    >>> v = Violation(URIRef("https://w3id.org/kg/id/meeting/x"), "A meeting needs two.",
    ...               "meeting/x", sentence="A met.", document="d1")
    >>> print(format_violations([v]))
    [d1] meeting/x: A meeting needs two.
        sentence: "A met."
    1 violation in 1 document
    """
    violations = list(violations)
    documents = {v.document for v in violations}
    count = (f"{len(violations)} violation{'' if len(violations) == 1 else 's'} in "
             f"{len(documents)} document{'' if len(documents) == 1 else 's'}")
    return "\n".join([format_violation(v) for v in violations] + [count])


def format_violation(v: Violation) -> str:
    where = f"[{v.document}] " if v.document else ""
    lines = [f"{where}{v.focus_name}: {v.rule}"]
    if v.value is not None and v.value != v.focus:
        lines.append(f"    value: {_show(v.value)}")
    if v.sentence:
        lines.append(f'    sentence: "{v.sentence}"')
    return "\n".join(lines)


# --- reading the input -----------------------------------------------------------------------

@contextmanager
def quiet_rdflib():
    """Keep rdflib from logging a traceback for each ill-typed literal or odd IRI: those
    are what validation reports, in plain words."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _checkable(source) -> Graph:
    """The triples to check, with every typed literal rebuilt from its lexical form, as a
    store would hold it (``Literal(0.9, datatype=XSD.decimal)`` keeps a float inside)."""
    graph = Graph()
    for s, p, o in data_graph(source):
        if isinstance(o, Literal) and o.datatype is not None:
            o = Literal(str(o), datatype=o.datatype)
        graph.add((s, p, o))
    return graph


def data_graph(source) -> Graph:
    """The extracted data in ``source`` as one graph: a store's or a dataset's named graphs
    together (without the inferred graph), a graph as it is, or an RDF file read by its
    extension. Raises :class:`KgError` for a file that cannot be read."""
    if isinstance(source, (str, Path)):
        return _read_file(Path(source))
    if hasattr(source, "quads") and not isinstance(source, Graph):   # a kg Store
        graph = Graph()
        for s, p, o, g in source.quads():
            if g != INFERRED_GRAPH_IRI:
                graph.add((s, p, o))
        return graph
    if isinstance(source, Graph) and source.context_aware:           # Dataset, ConjunctiveGraph
        graph = Graph()
        for s, p, o, g in source.quads((None, None, None, None)):
            if getattr(g, "identifier", g) != INFERRED_GRAPH_IRI:
                graph.add((s, p, o))
        return graph
    if isinstance(source, Graph):
        return source
    raise TypeError(f"not RDF data: a {type(source).__name__}")


def _read_file(path: Path) -> Graph:
    if not path.is_file():
        raise KgError(f"cannot read '{path}': no such file")
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads"):
            return data_graph(Dataset().parse(path, format=fmt))
        return Graph().parse(path, format=fmt)
    except Exception as e:   # rdflib raises many kinds for bad input
        raise KgError(f"cannot read '{path}' as {fmt}: {' '.join(str(e).split())}") from None


# --- reading pyshacl's report ---------------------------------------------------------------

def _violation(results: Graph, result: Node, data: Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    message = results.value(result, SH.resultMessage)
    path = results.value(result, SH.resultPath)
    severity = results.value(result, SH.resultSeverity)
    sentence, document = provenance(data, focus)
    return Violation(
        focus=focus,
        rule=str(message) if message is not None else "breaks a rule of the shapes.",
        focus_name=_name(data, focus),
        path=path if isinstance(path, URIRef) else None,
        value=results.value(result, SH.value),
        sentence=sentence,
        document=document,
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )


def provenance(data: Graph, node: Node) -> tuple[str | None, str | None]:
    """The evidence sentence of ``node`` and the id of the document it comes from."""
    evidence = [node] if (node, RDF.type, DIP.Evidence) in data else \
        sorted(data.objects(node, DIP.evidence), key=str)
    sentence = document = None
    for ev in evidence:
        sentence = sentence or _text(data.value(ev, DIP.sentence))
        document = document or _doc_id(data, data.value(ev, DIP.inDocument))
    if document is None:
        if (node, RDF.type, DIP.Document) in data:
            document = _doc_id(data, node)
        else:
            for prop in (PROV.wasDerivedFrom, DIP.reportedIn, DIP.citedIn):
                doc = data.value(node, prop)
                if doc is not None:
                    document = _doc_id(data, doc)
                    break
    return sentence, document


def _doc_id(data: Graph, doc: Node | None) -> str | None:
    if doc is None:
        return None
    return _text(data.value(doc, DCTERMS.identifier)) or _short(doc)


def _name(data: Graph, node: Node) -> str:
    """``Foreign minister "Jeyhun Bayramov" (person/jeyhun-bayramov)`` or the like."""
    kind = _kind(data, node)
    label = _text(data.value(node, RDFS.label))
    parts = [kind] if kind else []
    if label:
        parts.append(f'"{label}"')
    parts.append(f"({_short(node)})" if parts else _short(node))
    return " ".join(parts)


def _kind(data: Graph, node: Node) -> str | None:
    """The label of the node's most specific class in the ontology."""
    ontology = _class_tree()
    types = {t for t in data.objects(node, RDF.type) if t in ontology}
    specific = sorted(t for t in types if not any(t != u and t in ontology[u] for u in types))
    return " / ".join(str(_labels().get(t, _short(t))) for t in specific) or None


@lru_cache(maxsize=1)
def _class_tree() -> dict[Node, set[Node]]:
    """Each class of the ontology -> its superclasses (transitively)."""
    onto = ontology_graph(alignments=False, event_codes=False)
    return {c: set(onto.transitive_objects(c, RDFS.subClassOf)) - {c}
            for c in onto.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}


@lru_cache(maxsize=1)
def _labels() -> dict[Node, str]:
    onto = ontology_graph(alignments=False, event_codes=False)
    return {c: str(label) for c, label in onto.subject_objects(RDFS.label)}


def _short(node: Node) -> str:
    text = str(node)
    return text[len(str(RES)):] if text.startswith(str(RES)) else text


def _show(value: Node) -> str:
    if isinstance(value, Literal):
        if value.datatype is not None:
            return f'"{value}" ({_short(value.datatype).replace(str(XSD), "xsd:")})'
        return f'"{value}"'
    return _short(value)


def _text(value: Node | None) -> str | None:
    return str(value) if value is not None else None
