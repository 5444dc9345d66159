"""Reason over the stored graphs with the OWL ontology, and keep what follows from it.

The ontology (``diplomacy.ttl`` and ``alignments.ttl``) and the data go to HermiT through
owlready2 (which reads N-Triples, not Turtle; HermiT needs Java). What HermiT entails and
the data does not say becomes the *inferred graph*, a named graph of its own
(:data:`kg.owl.INFERRED_GRAPH_IRI`) replaced whole on each run:

- every class of each node: a ``dip:ForeignMinister`` is also a ``dip:Minister``,
  ``dip:Official``, ``dip:Person``, ``foaf:Person``, ``schema:Person`` and ``sem:Actor``;
- inverse properties: ``dip:heldBy``, ``dip:participatedIn``;
- the property chain ``dip:countryParticipant``: a meeting has country X as participant
  when one of its participants holds a position of X;
- the super-properties of every stated value (``dip:participant`` is a ``sem:hasActor``
  and a ``wdt:P710``; ``dip:isoCode`` a ``wdt:P298``), read off the reasoned hierarchy.

Data that contradicts the ontology (a node that is both a person and a country, a party to
an agreement that is a person) raises :class:`InconsistentDataError`, which names the nodes,
the documents and the axioms involved. Nothing is written then.
"""
from __future__ import annotations

import io
import shutil
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

import owlready2
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from .errors import KgError
from .namespaces import DIP, RES
from .owl import INFERRED_GRAPH_IRI, ontology_graph
from .validate import data_graph, provenance

# Where owlready2 keeps the loaded triples; never written anywhere.
_WORLD_ONTOLOGY = "https://w3id.org/kg/reasoning"


class InconsistentDataError(KgError):
    """The data contradicts the ontology; the message says where and which axiom."""


@dataclass
class ReasonReport:
    """What a run of :func:`reason` found.

    ``graph`` holds the inferred triples only (none of them is in the data); ``asserted``
    counts the data's triples and ``nodes`` its resources; ``seconds`` is the reasoner's
    time, Java start included.
    """

    graph: Graph
    asserted: int
    nodes: int
    seconds: float

    def counts(self) -> dict[str, int]:
        """Inferred triples per property (``rdf:type`` per class), most frequent first."""
        counter: Counter[str] = Counter()
        for _, p, o in self.graph:
            counter[_qname(self.graph, o) if p == RDF.type else _qname(self.graph, p)] += 1
        return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    def summary(self) -> str:
        """A few lines for the command line."""
        lines = [f"{len(self.graph)} inferred triples from {self.asserted} stated ones "
                 f"about {self.nodes} nodes (HermiT, {self.seconds:.1f} s)"]
        lines += [f"  {count:6d}  {name}" for name, count in self.counts().items()]
        return "\n".join(lines)


def reason(source, *, write: bool = True) -> ReasonReport:
    """Reason over ``source`` (a :class:`kg.store.Store`, an rdflib ``Graph``/``Dataset`` or
    an RDF file) and, for a store and ``write=True``, replace its inferred graph with the
    result.

    The store's own inferred graph is left out of the input, so runs do not feed on each
    other. Raises :class:`InconsistentDataError` when the data contradicts the ontology and
    :class:`KgError` when Java or HermiT fails.
    """
    report = infer(data_graph(source))
    if write and hasattr(source, "replace_graph"):
        source.replace_graph(INFERRED_GRAPH_IRI, report.graph)
    return report


def infer(data: Graph) -> ReasonReport:
    """The triples that the ontology and ``data`` entail and ``data`` does not state."""
    ontology = ontology_graph(event_codes=False)
    nodes = _data_nodes(data, ontology)
    world = _load(ontology, data)
    try:
        started = time.monotonic()
        _run_hermit(world, data, ontology)
        seconds = time.monotonic() - started
        entailed = _entailed(world, nodes)
    finally:
        world.close()
    _close_properties(entailed, data, ontology)

    inferred = Graph()
    for prefix, namespace in ontology.namespaces():
        inferred.bind(prefix, namespace)
    inferred.bind("res", RES)
    for triple in entailed:
        if triple[0] in nodes and triple not in data:
            inferred.add(triple)
    return ReasonReport(inferred, asserted=len(data), nodes=len(nodes), seconds=seconds)


def _entailed(world: owlready2.World, nodes: set[URIRef]) -> Graph:
    """Every class of each node and every object property value, as HermiT sees them."""
    entailed = Graph()
    for node in nodes:
        entity = world[str(node)]
        if isinstance(entity, owlready2.Thing):
            for cls in entity.INDIRECT_is_a:
                if isinstance(cls, owlready2.ThingClass) and cls is not owlready2.Thing:
                    entailed.add((node, RDF.type, URIRef(cls.iri)))
    for prop in world.object_properties():
        p = URIRef(prop.iri)
        for s, o in prop.get_relations():
            if hasattr(s, "iri") and hasattr(o, "iri"):
                entailed.add((URIRef(s.iri), p, URIRef(o.iri)))
    return entailed


# --- input -------------------------------------------------------------------------------------

def _data_nodes(data: Graph, ontology: Graph) -> set[URIRef]:
    """The resources the data describes or points at, but not the ontology's own terms."""
    terms = set(ontology.subjects()) | set(ontology.objects())
    nodes = {s for s in data.subjects() if isinstance(s, URIRef)}
    nodes |= {o for p, o in data.predicate_objects() if isinstance(o, URIRef) and p != RDF.type}
    return nodes - terms


def _load(ontology: Graph, data: Graph) -> owlready2.World:
    merged = Graph()
    for triple in ontology:
        merged.add(triple)
    for triple in data:
        merged.add(triple)
    try:
        ntriples = merged.serialize(format="nt", encoding="utf-8")
    except Exception as e:   # rdflib refuses IRIs it cannot write (spaces, quotes)
        raise KgError(f"cannot hand the data to the reasoner: {_one_line(e)}") from None
    world = owlready2.World()
    try:
        world.get_ontology(_WORLD_ONTOLOGY).load(fileobj=io.BytesIO(ntriples), format="ntriples")
    except Exception as e:   # owlready2 raises bare exceptions for what it cannot read
        world.close()
        raise KgError(f"owlready2 cannot read the data: {_one_line(e)}") from None
    return world


def _run_hermit(world: owlready2.World, data: Graph, ontology: Graph) -> None:
    if shutil.which(owlready2.JAVA_EXE) is None:
        raise KgError(f"kg reason needs Java for HermiT, and '{owlready2.JAVA_EXE}' is not on "
                      "the PATH: install a Java runtime (11 or later)")
    try:
        # HermiT knows no xsd:date/gYear/gYearMonth (not in the OWL 2 datatype map): the
        # flag makes it treat them as opaque instead of refusing the ontology.
        owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0,
                                       ignore_unsupported_datatypes=True)
    except owlready2.OwlReadyInconsistentOntologyError:
        raise InconsistentDataError(explain_inconsistency(data, ontology)) from None
    except owlready2.OwlReadyJavaError as e:
        raise KgError(f"HermiT failed: {_one_line(e)[:500]}") from None


# --- what follows from the property hierarchy ---------------------------------------------------

def _close_properties(entailed: Graph, data: Graph, ontology: Graph) -> None:
    """Add the super-properties (and their inverses) of every value, to a fixpoint."""
    supers = {p: set(ontology.transitive_objects(p, RDFS.subPropertyOf)) - {p}
              for p in set(ontology.subjects(RDFS.subPropertyOf, None))}
    inverse: dict[Node, Node] = {}
    for p, q in ontology.subject_objects(OWL.inverseOf):
        inverse[p], inverse[q] = q, p
    todo = list(entailed) + [t for t in data if isinstance(t[2], Literal) and t[1] in supers]
    while todo:
        s, p, o = todo.pop()
        derived = [(s, q, o) for q in supers.get(p, ())]
        if p in inverse and not isinstance(o, Literal):
            derived.append((o, inverse[p], s))
        for triple in derived:
            if triple not in entailed:
                entailed.add(triple)
                todo.append(triple)


# --- explaining an inconsistency ----------------------------------------------------------------

def explain_inconsistency(data: Graph, ontology: Graph | None = None) -> str:
    """Say which nodes break which axioms: disjoint classes, domains and ranges (unions
    included), and data ranges. HermiT only says *that* the data is inconsistent."""
    ontology = ontology if ontology is not None else ontology_graph(event_codes=False)
    problems = _class_conflicts(data, ontology) + _datatype_conflicts(data, ontology)
    head = "the data contradicts the ontology (HermiT finds it inconsistent)"
    if not problems:
        return (f"{head}, and kg cannot tell which nodes cause it; "
                "`kg validate` may point at the documents involved")
    by_node: dict[str, list[str]] = defaultdict(list)
    for node, text in sorted(set(problems)):
        by_node[node].append(text)
    lines = []
    for node, texts in by_node.items():
        lines += [f"- {node}{text}" for text in texts[:_PER_NODE]]
        if len(texts) > _PER_NODE:
            lines.append(f"  (and {len(texts) - _PER_NODE} more reasons about {node})")
    return head + ":\n" + "\n".join(lines)


_PER_NODE = 3


def _class_conflicts(data: Graph, ontology: Graph) -> list[tuple[str, str]]:
    ancestors = _ancestors(ontology)
    disjoint = _disjoint_pairs(ontology)

    def clash(a: Node, b: Node) -> tuple[Node, Node] | None:
        for x in ancestors.get(a, {a}):
            for y in ancestors.get(b, {b}):
                if (x, y) in disjoint:
                    return x, y
        return None

    # node -> [(classes it must belong to one of, why)]
    needs: dict[Node, list[tuple[frozenset, str]]] = defaultdict(list)
    for s, o in data.subject_objects(RDF.type):
        if isinstance(s, URIRef) and (o, RDF.type, OWL.Class) in ontology:
            needs[s].append((frozenset([o]), f"it is stated to be a {_qname(ontology, o)}"))
    for s, p, o in data:
        for q in {p} | set(ontology.transitive_objects(p, RDFS.subPropertyOf)):
            for cls in _class_options(ontology, ontology.value(q, RDFS.domain)):
                needs[s].append((cls, f"it is the subject of {_qname(ontology, p)} "
                                      f"(domain {_options_text(ontology, cls)})"))
            if not isinstance(o, Literal) and (q, RDF.type, OWL.ObjectProperty) in ontology:
                for cls in _class_options(ontology, ontology.value(q, RDFS.range)):
                    needs[o].append((cls, f"it is the value of {_qname(ontology, p)} "
                                          f"(range {_options_text(ontology, cls)})"))

    problems = []
    for node, reasons in needs.items():
        certain = [(next(iter(c)), why) for c, why in reasons if len(c) == 1]
        for i, (a, why_a) in enumerate(certain):
            for b, why_b in certain[i + 1:]:
                pair = clash(a, b)
                if pair:
                    problems.append(_conflict(data, ontology, node, why_a, why_b, pair))
        for options, why in reasons:
            if len(options) < 2:
                continue
            blocked = [(a, why_a, clash(a, c)) for c in options for a, why_a in certain]
            per_option = {c: [b for b in blocked if b[2] and clash(b[0], c)] for c in options}
            if all(per_option.values()):
                a, why_a, pair = per_option[next(iter(sorted(options)))][0]
                problems.append(_conflict(data, ontology, node, why_a, why, pair))
    return problems


def _conflict(data, ontology, node, why_a, why_b, pair) -> tuple[str, str]:
    x, y = (_qname(ontology, c) for c in pair)
    return _where(data, node), (f": {why_a}, and {why_b}; but the ontology declares "
                                f"{x} and {y} disjoint")


def _where(data: Graph, node: Node) -> str:
    _, document = provenance(data, node)
    return _short(node) + (f" (document {document})" if document else "")


def _datatype_conflicts(data: Graph, ontology: Graph) -> list[tuple[str, str]]:
    problems = []
    for s, p, o in data:
        if not isinstance(o, Literal) or (p, RDF.type, OWL.DatatypeProperty) not in ontology:
            continue
        allowed = _datatype_options(ontology, ontology.value(p, RDFS.range))
        actual = o.datatype or (RDF.langString if o.language else XSD.string)
        if allowed and actual not in allowed and not (actual in _INTEGERS and XSD.decimal in allowed):
            problems.append((_where(data, s),
                f': its {_qname(ontology, p)} "{o}" is of type {_qname(ontology, actual)}, '
                f"but the range of {_qname(ontology, p)} is "
                + " or ".join(_qname(ontology, d) for d in sorted(allowed))))
    return problems


_INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger}


def _ancestors(ontology: Graph) -> dict[Node, set[Node]]:
    return {c: set(ontology.transitive_objects(c, RDFS.subClassOf))
            for c in ontology.subjects(RDF.type, OWL.Class)}


def _disjoint_pairs(ontology: Graph) -> set[tuple[Node, Node]]:
    pairs = set()
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(ontology, ontology.value(group, OWL.members)))
        pairs |= {(a, b) for a in members for b in members if a != b}
    for a, b in ontology.subject_objects(OWL.disjointWith):
        pairs |= {(a, b), (b, a)}
    return pairs


def _class_options(ontology: Graph, expr: Node | None) -> list[frozenset]:
    """A domain or range as one set of alternatives; none for what is not a plain class
    or a union of classes."""
    if isinstance(expr, URIRef):
        return [frozenset([expr])] if (expr, RDF.type, OWL.Class) in ontology else []
    if isinstance(expr, BNode) and (expr, RDF.type, OWL.Class) in ontology:
        union = ontology.value(expr, OWL.unionOf)
        if union is not None:
            return [frozenset(Collection(ontology, union))]
    return []


def _datatype_options(ontology: Graph, expr: Node | None) -> set[Node]:
    if isinstance(expr, URIRef):
        return {expr}
    if isinstance(expr, BNode) and ontology.value(expr, OWL.unionOf) is not None:
        return set(Collection(ontology, ontology.value(expr, OWL.unionOf)))
    return set()


def _options_text(ontology: Graph, options: frozenset) -> str:
    return " or ".join(_qname(ontology, c) for c in sorted(options))


# --- names ------------------------------------------------------------------------------------

def _qname(graph: Graph, term: Node) -> str:
    try:
        return graph.namespace_manager.normalizeUri(term)
    except Exception:
        return str(term)


def _short(node: Node) -> str:
    text = str(node)
    return text[len(str(RES)):] if text.startswith(str(RES)) else text


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
