"""Where the graphs live: one named graph per document, queried with SPARQL 1.1.

Two backends share one small interface, :class:`Store`:

- :class:`OxigraphStore` keeps an embedded Oxigraph database on disk (the default);
- :class:`MemoryStore` keeps an rdflib ``Dataset`` in memory (small work, tests, baseline).

In both, a document's graph is named by its document IRI (:func:`kg.mapping.document_iri`)
and the default graph of a query is the union of all named graphs.

>>> from rdflib import Graph, Literal, URIRef
>>> store = open_store(None)
>>> doc = URIRef("https://w3id.org/kg/id/doc/d1")
>>> g = Graph(); _ = g.add((doc, URIRef("http://purl.org/dc/terms/identifier"), Literal("d1")))
>>> store.replace_document(doc, g)
>>> store.query("SELECT ?id WHERE { ?d <http://purl.org/dc/terms/identifier> ?id }").rows
[(rdflib.term.Literal('d1'),)]
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from .errors import QueryError, StoreError
from .namespaces import DIP

class SparqlSyntaxError(QueryError):
    """Query text that the SPARQL parser rejects."""


#: Bindings for a query: variable name (without ``?``) -> RDF term.
Bindings = Mapping[str, Node]
Quad = tuple[Node, Node, Node, URIRef]


@dataclass
class QueryResult:
    """The answer to a query, the same whichever backend produced it.

    ``SELECT``: ``variables`` and ``rows`` (tuples of rdflib terms, ``None`` where unbound);
    ``ASK``: ``boolean``; ``CONSTRUCT``/``DESCRIBE``: ``graph``.
    """

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    @property
    def kind(self) -> str:
        """``"select"``, ``"ask"`` or ``"graph"``."""
        if self.graph is not None:
            return "graph"
        return "ask" if self.boolean is not None else "select"


class Store(ABC):
    """A quad store holding one named graph per document."""

    @abstractmethod
    def replace_document(self, doc_iri: URIRef, graph: Graph) -> None:
        """Make ``graph`` the whole content of the document's named graph, atomically:
        on failure the old graph stays as it was. Raises :class:`StoreError`."""

    @abstractmethod
    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """The same for a graph that is not a document (e.g. inferred triples)."""

    @abstractmethod
    def remove_document(self, doc_iri: URIRef) -> bool:
        """Drop a document's graph; ``False`` when there was none."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Every quad in the store's named graphs (rdflib terms)."""

    @abstractmethod
    def _run(self, sparql: str) -> QueryResult:
        """Run query text with the union of named graphs as default graph."""

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query; ``bindings`` pre-bind variables to RDF terms.

        Bindings go in as a ``VALUES`` block at the start of the query's WHERE clause,
        written from the terms, so they are visible to its top-level FILTERs and never
        parsed as query text. Raises :class:`SparqlSyntaxError` for a syntax error and
        :class:`QueryError` when the bindings cannot be added.
        """
        return self._run(bind_values(sparql, bindings) if bindings else sparql)

    def documents(self) -> list[URIRef]:
        """The IRIs of the document graphs, sorted."""
        result = self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{DIP.Document}> }} }} ORDER BY ?g")
        return [row[0] for row in result.rows]

    def dataset(self) -> Dataset:
        """A copy of the store as an rdflib ``Dataset`` (for export)."""
        ds = Dataset()
        for s, p, o, g in self.quads():
            ds.graph(g).add((s, p, o))
        return ds

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

    def flush(self) -> None:
        """Make sure everything written is on disk (a no-op in memory)."""

    def close(self) -> None:
        """Flush and release the store (for Oxigraph: its lock on the folder)."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- Oxigraph --------------------------------------------------------------------------------

class OxigraphStore(Store):
    """An embedded Oxigraph database in the folder ``path`` (in memory when ``None``).

    ``create=False`` refuses a folder that does not exist yet, so that reading commands
    do not leave empty stores behind. Raises :class:`StoreError` when the folder is a file,
    is not a kg store, is locked by another process or is corrupt.
    """

    def __init__(self, path: str | Path | None = None, *, create: bool = True):
        self.path = Path(path) if path is not None else None
        self._store = _open_oxigraph(self.path, create=create)

    def replace_document(self, doc_iri: URIRef, graph: Graph) -> None:
        self.replace_graph(doc_iri, graph)

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        target = _iri_text(name)
        texts: dict[Node, str] = {}      # predicates and classes repeat: write each once

        def text(term: Node) -> str:
            if term not in texts:
                texts[term] = term_text(term)
            return texts[term]

        # One update is one transaction: the drop and the insert succeed or fail together.
        body = "\n".join(f"{text(s)} {text(p)} {text(o)} ." for s, p, o in graph)
        self._update(f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}")

    def remove_document(self, doc_iri: URIRef) -> bool:
        node = ox.NamedNode(str(doc_iri))
        if not self._store.contains_named_graph(node):
            return False
        self._update(f"DROP SILENT GRAPH {_iri_text(doc_iri)}")
        return True

    def quads(self) -> Iterator[Quad]:
        for q in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield _from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object), _from_ox(q.graph_name)

    def __len__(self) -> int:
        return len(self._store)

    def _run(self, sparql: str) -> QueryResult:
        try:
            answer = self._store.query(sparql, use_default_graph_as_union=True)
            return _result_from_ox(answer)      # solutions stream: read them inside the try
        except SyntaxError as e:
            raise SparqlSyntaxError(_one_line(e)) from None
        except (OSError, RuntimeError) as e:
            raise StoreError(f"query failed: {_one_line(e)}") from None

    def _update(self, sparql: str) -> None:
        # Each update is one RocksDB transaction, logged before it returns and replayed if
        # the process dies, so no flush here: flushing (20 ms) per document would dominate a
        # build. close() flushes.
        try:
            self._store.update(sparql)
        except SyntaxError as e:
            raise StoreError(f"cannot write graph: {_one_line(e)}") from None
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot write to store: {_one_line(e)}") from None

    def flush(self) -> None:
        if self._store is not None:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        # Dropping the last reference releases the RocksDB lock.
        self._store = None


def _result_from_ox(answer) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [tuple(None if solution[n] is None else _from_ox(solution[n]) for n in names)
                for solution in answer]
        return QueryResult(variables=names, rows=rows)
    graph = Graph()
    for t in answer:
        graph.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
    return QueryResult(graph=graph)


def _open_oxigraph(path: Path | None, *, create: bool) -> ox.Store:
    if path is None:
        return ox.Store()
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot open store '{path}': it is a file, not a folder")
    if not path.exists() and not create:
        raise StoreError(f"no store at '{path}' (build one with `kg build --store {path} PATH`)")
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
        # Oxigraph would happily create a database among someone's files.
        raise StoreError(f"cannot open store '{path}': the folder is not empty and holds no store")
    try:
        return ox.Store(str(path))
    except (OSError, RuntimeError) as e:
        reason = _one_line(e)
        if "lock" in reason.lower():
            raise StoreError(f"store '{path}' is locked: another process is using it") from None
        raise StoreError(f"cannot open store '{path}': {reason}") from None


# --- rdflib in memory ------------------------------------------------------------------------

class MemoryStore(Store):
    """An rdflib ``Dataset`` in memory. Writes use graph add/remove, never SPARQL Update
    (broken on ``Dataset`` in rdflib 7.6)."""

    def __init__(self):
        self._ds = Dataset(default_union=True)

    def replace_document(self, doc_iri: URIRef, graph: Graph) -> None:
        self.replace_graph(doc_iri, graph)

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        triples = list(graph)
        for triple in triples:           # check every term before touching the old graph
            for term in triple:
                _to_ox(term)
        old = list(self._ds.graph(name)) if self._has(name) else []
        self._ds.remove_graph(name)
        try:
            target = self._ds.graph(name)
            for triple in triples:
                target.add(triple)
        except Exception:
            self._ds.remove_graph(name)
            restored = self._ds.graph(name)
            for triple in old:
                restored.add(triple)
            raise

    def remove_document(self, doc_iri: URIRef) -> bool:
        if not self._has(doc_iri):
            return False
        self._ds.remove_graph(doc_iri)
        return True

    def _has(self, name: URIRef) -> bool:
        return any(c.identifier == name for c in self._ds.graphs())

    def quads(self) -> Iterator[Quad]:
        for context in list(self._ds.graphs()):
            if context.identifier == DATASET_DEFAULT_GRAPH_ID:
                continue
            for s, p, o in context:
                yield s, p, o, context.identifier

    def _run(self, sparql: str) -> QueryResult:
        try:
            prepared = prepareQuery(sparql)
        except Exception as e:   # pyparsing's ParseException and rdflib's own errors
            raise SparqlSyntaxError(_one_line(e)) from None
        try:
            answer = self._ds.query(prepared)
        except Exception as e:   # rdflib's evaluation errors have no common base class
            raise QueryError(f"query failed: {_one_line(e)}") from None
        if answer.type == "ASK":
            return QueryResult(boolean=bool(answer.askAnswer))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            graph = Graph()
            for triple in answer.graph:
                graph.add(triple)
            return QueryResult(graph=graph)
        names = [str(v) for v in answer.vars]
        rows = [tuple(_plain(row[i]) for i in range(len(names))) for row in answer]
        return QueryResult(variables=names, rows=rows)


def open_store(path: str | Path | None, *, create: bool = True) -> Store:
    """The store at ``path`` (Oxigraph on disk), or a fresh :class:`MemoryStore` for ``None``."""
    if path is None:
        return MemoryStore()
    return OxigraphStore(path, create=create)


# --- terms and query text ---------------------------------------------------------------------

_XSD_STRING = str(XSD.string)
_RDF_LANG_STRING = str(RDF.langString)


def _to_ox(term: Node):
    """rdflib term -> pyoxigraph term. Raises :class:`StoreError` for an invalid one."""
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as e:
        raise StoreError(f"invalid RDF term {str(term)!r}: {_one_line(e)}") from None
    raise StoreError(f"unsupported RDF term {term!r}")


def term_text(term: Node) -> str:
    """A term in N-Triples syntax, escaped by Oxigraph (also valid SPARQL)."""
    return str(_to_ox(term))


def _iri_text(iri: URIRef) -> str:
    return term_text(URIRef(iri))


def _from_ox(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"unsupported RDF term from Oxigraph: {term!r}")


def _plain(term: Node | None) -> Node | None:
    """rdflib gives ``xsd:string`` literals sometimes with, sometimes without datatype."""
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == _XSD_STRING:
        return Literal(str(term))
    return term


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


_TOKENS = re.compile(r'''
    (?P<skip>\#[^\n]*                                   # comment
      | """(?:[^"\\]|\\.|"(?!""))*"""  | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
      | "(?:[^"\\\n]|\\.)*"  | '(?:[^'\\\n]|\\.)*'      # strings
      | <[^<>"{}|^`\\\s]*>                              # IRIs
      | [?$][A-Za-z0-9_]+                               # variables
      | [A-Za-z_][\w.-]*:[\w.%:-]*  | :[\w.%:-]*)       # prefixed names
    | (?P<word>[A-Za-z_]+)
    | (?P<open>\{) | (?P<close>\})
    | (?P<space>\s+)
    | (?P<other>.)
''', re.X | re.S)
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _where_brace(sparql: str) -> int | None:
    """Offset just after the ``{`` that opens the query's WHERE clause."""
    depth, saw_where, form, top_groups = 0, False, None, 0
    for m in _TOKENS.finditer(sparql):
        kind = m.lastgroup
        if kind == "word":
            word = m.group().upper()
            if depth == 0 and form is None and word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = word
            saw_where = saw_where or (depth == 0 and word == "WHERE")
        elif kind == "open":
            if depth == 0:
                top_groups += 1
                # CONSTRUCT's first group is its template unless WHERE came first.
                if saw_where or form != "CONSTRUCT" or top_groups == 2:
                    return m.end()
            depth += 1
        elif kind == "close":
            depth -= 1
    return None


def bind_values(sparql: str, bindings: Bindings) -> str:
    """``sparql`` with ``VALUES (?k ...) { (term ...) }`` opening its WHERE clause.

    >>> bind_values('SELECT ?x WHERE { ?x ?p ?name }', {"name": Literal('a "b" }')})
    'SELECT ?x WHERE {\\nVALUES (?name) { ("a \\\\"b\\\\" }") }\\n ?x ?p ?name }'
    """
    for name in bindings:
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"invalid parameter name {name!r}")
    at = _where_brace(sparql)
    if at is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    names = " ".join(f"?{n}" for n in bindings)
    terms = " ".join(term_text(t) for t in bindings.values())
    return f"{sparql[:at]}\nVALUES ({names}) {{ ({terms}) }}\n{sparql[at:]}"
