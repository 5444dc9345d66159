"""The store backends: one named graph per document, atomic replace, union default graph.

The sample extractions here are also used by the query, export, network and CLI tests.
"""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError
from kg.mapping import document_iri, to_graph
from kg.model import (Agreement, Document, Evidence, Extraction, Meeting, Person, Position,
                      Statement)
from kg.store import MemoryStore, OxigraphStore, Store, bind_values, open_store

# A person whose name has quotes and braces: pasted into SPARQL it would break the query.
AWKWARD = 'Robert "Bob" O\'Brien } UNION {'


def seed_extraction() -> Extraction:
    """Hand-made extraction of the mission's seed article."""
    doc = Document(id="seed", text="...", published=date(2023, 9, 23))
    ev = Evidence("seed", "Azerbaijan's Minister ... has met with ... Sergey Lavrov", 0, 120, 0.9)
    return Extraction(
        document=doc,
        persons=[
            Person("jeyhun-bayramov", "Jeyhun Bayramov", ["FM Bayramov"],
                   [Position("Minister of Foreign Affairs", "Azerbaijan", evidence=ev)], ev),
            Person("sergey-lavrov", "Sergey Lavrov", [],
                   [Position("Minister of Foreign Affairs", "Russia")], ev),
        ],
        countries=["Azerbaijan", "Russia", "Armenia"],
        organizations=["United Nations General Assembly"],
        meetings=[Meeting(["jeyhun-bayramov", "sergey-lavrov"], "in-person", None, None,
                          "78th session of the United Nations General Assembly",
                          ["cooperation between Azerbaijan and Russia"], ev)],
        agreements=[Agreement("Trilateral statement", "2020-11-10",
                              ["Azerbaijan", "Russia", "Armenia"], evidence=ev)],
        statements=[Statement("condolences", "jeyhun-bayramov", "Russia", evidence=ev)],
    )


def calls_extraction() -> Extraction:
    """A second document: calls with dates of every precision, an official of an
    international body, a signing, statements of several kinds, an awkward name."""
    doc = Document(id="calls 2024/01", text="...", published=date(2024, 1, 16),
                   title="Calls", source="MFA")
    return Extraction(
        document=doc,
        persons=[
            Person("hakan-fidan", "Hakan Fidan", [], [Position("Foreign Minister", "Turkey")]),
            Person("antony-blinken", "Antony Blinken", [],
                   [Position("Secretary of State", "United States")]),
            Person("antonio-guterres", "António Guterres", [],
                   [Position("Secretary-General", None, "United Nations")]),
            Person("robert-bob-o-brien", AWKWARD, [], []),
        ],
        countries=["Turkey", "United States"],
        organizations=["United Nations"],
        meetings=[
            Meeting(["hakan-fidan", "antony-blinken"], "phone call", "2024-01-15"),
            Meeting(["antony-blinken", "robert-bob-o-brien"], "video call", "2024-01",
                    location="Washington"),
            Meeting(["hakan-fidan", "antonio-guterres"], "in-person", "2023", location="New York"),
        ],
        agreements=[Agreement("Memorandum on energy", "2024-01-15", ["Turkey", "United States"],
                              ["hakan-fidan", "antony-blinken"], signed_here=True)],
        statements=[
            Statement("support", "hakan-fidan", None),
            Statement("gratitude", "antony-blinken", "Turkey"),
            Statement("other", "antonio-guterres", None, text="Peace matters."),
        ],
    )


def sample_extractions() -> list[Extraction]:
    return [seed_extraction(), calls_extraction()]


def load_samples(store: Store) -> Store:
    for x in sample_extractions():
        store.replace_document(document_iri(x.document.id), to_graph(x))
    return store


BACKENDS = ["memory", "oxigraph"]


def make_store(kind: str, tmp_path) -> Store:
    return MemoryStore() if kind == "memory" else OxigraphStore(tmp_path / "store")


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path) -> Store:
    s = make_store(request.param, tmp_path)
    yield s
    s.close()


@pytest.fixture(params=BACKENDS)
def loaded(request, tmp_path) -> Store:
    s = load_samples(make_store(request.param, tmp_path))
    yield s
    s.close()


def graph_of(store: Store, name: URIRef) -> set:
    return {(s, p, o) for s, p, o, g in store.quads() if g == name}


def test_one_named_graph_per_document(loaded):
    expected = sorted(document_iri(x.document.id) for x in sample_extractions())
    assert loaded.documents() == expected
    for x in sample_extractions():
        assert graph_of(loaded, document_iri(x.document.id)) == set(to_graph(x))
    assert len(loaded) == sum(len(to_graph(x)) for x in sample_extractions())


def test_rebuild_replaces_without_duplicates_or_stale_facts(loaded):
    iri = document_iri("seed")
    before = len(loaded)
    loaded.replace_document(iri, to_graph(seed_extraction()))
    assert len(loaded) == before

    changed = seed_extraction()
    changed.statements = []
    changed.meetings[0].kind = "phone call"
    loaded.replace_document(iri, to_graph(changed))
    assert graph_of(loaded, iri) == set(to_graph(changed))
    kinds = loaded.query("SELECT DISTINCT ?k WHERE { GRAPH ?g { ?m a ?k ; "
                         "<https://w3id.org/kg/diplomacy#participant> ?p } }",
                         {"g": iri}).rows
    assert kinds == [(URIRef("https://w3id.org/kg/diplomacy#PhoneCall"),)]


def test_failed_replace_leaves_the_old_graph(loaded):
    iri = document_iri("seed")
    old = graph_of(loaded, iri)
    bad = to_graph(seed_extraction())
    bad.add((URIRef("http://example.org/not an iri"), URIRef("http://example.org/p"), Literal(1)))
    with pytest.raises(StoreError, match="invalid RDF term"):
        loaded.replace_document(iri, bad)
    assert graph_of(loaded, iri) == old


def test_failed_update_is_one_transaction(tmp_path, monkeypatch):
    """Oxigraph: the drop and the insert are one update, so a failing insert drops nothing."""
    import kg.store

    store = load_samples(OxigraphStore(tmp_path / "s"))
    iri = document_iri("seed")
    old = graph_of(store, iri)
    real = kg.store.term_text
    monkeypatch.setattr(kg.store, "term_text",
                        lambda t: "}}" if t == Literal("Sergey Lavrov") else real(t))
    with pytest.raises(StoreError, match="cannot write graph"):
        store.replace_document(iri, to_graph(seed_extraction()))
    assert graph_of(store, iri) == old
    store.close()


def test_remove_document(loaded):
    assert loaded.remove_document(document_iri("seed")) is True
    assert loaded.remove_document(document_iri("seed")) is False
    assert loaded.documents() == [document_iri("calls 2024/01")]


def test_other_graphs_are_not_documents(loaded):
    inferred = URIRef("https://w3id.org/kg/id/graph/inferred")
    g = Graph()
    g.add((URIRef("https://w3id.org/kg/id/person/sergey-lavrov"),
           URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
           URIRef("https://w3id.org/kg/diplomacy#Official")))
    loaded.replace_graph(inferred, g)
    assert inferred not in loaded.documents()
    assert graph_of(loaded, inferred) == set(g)


def test_default_graph_is_the_union(loaded):
    result = loaded.query("ASK { <https://w3id.org/kg/id/person/hakan-fidan> ?p ?o . "
                          "<https://w3id.org/kg/id/person/sergey-lavrov> ?q ?r }")
    assert result.kind == "ask" and result.boolean is True


def test_construct_gives_a_graph(loaded):
    result = loaded.query("CONSTRUCT { ?p a ?c } WHERE { ?p a ?c . FILTER(?p = ?who) }",
                          {"who": URIRef("https://w3id.org/kg/id/person/hakan-fidan")})
    assert result.kind == "graph"
    assert {o for _, _, o in result.graph} == {
        URIRef("https://w3id.org/kg/diplomacy#Person"),
        URIRef("https://w3id.org/kg/diplomacy#ForeignMinister")}


def test_bindings_are_terms_not_text(loaded):
    q = ("SELECT ?person WHERE { ?person <http://www.w3.org/2000/01/rdf-schema#label> ?l . "
         "FILTER(STR(?l) = ?name) }")
    rows = loaded.query(q, {"name": Literal(AWKWARD)}).rows
    assert rows == [(URIRef("https://w3id.org/kg/id/person/robert-bob-o-brien"),)]


def test_bind_values_finds_the_where_clause():
    assert bind_values("SELECT * { ?s ?p ?o }", {"s": Literal("x")}) == \
        'SELECT * {\nVALUES (?s) { ("x") }\n ?s ?p ?o }'
    # The template of CONSTRUCT, braces in strings and comments are skipped.
    text = '# {\nCONSTRUCT { ?s ?p "}" } WHERE { ?s ?p ?o }'
    assert bind_values(text, {"o": Literal(1)}).endswith(
        'WHERE {\nVALUES (?o) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }\n ?s ?p ?o }')


def test_memory_store_for_none():
    assert isinstance(open_store(None), MemoryStore)


def test_store_persists_on_disk(tmp_path):
    with open_store(tmp_path / "s") as s:
        load_samples(s)
        n = len(s)
    with open_store(tmp_path / "s", create=False) as s:
        assert len(s) == n and len(s.documents()) == 2


def test_store_errors_are_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="it is a file, not a folder"):
        open_store(tmp_path / "file")
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing", create=False)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("x")
    with pytest.raises(StoreError, match="not empty and holds no store"):
        open_store(tmp_path / "docs")
    first = open_store(tmp_path / "s")
    with pytest.raises(StoreError, match="is locked"):
        open_store(tmp_path / "s")
    first.close()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError) as e:
        open_store(tmp_path / "bad")
    assert "\n" not in str(e.value)


def test_syntax_errors_are_told_apart(loaded):
    from kg.errors import QueryError
    from kg.store import SparqlSyntaxError

    with pytest.raises(SparqlSyntaxError):
        loaded.query("SELECT ?x WHERE { ?x }")
    with pytest.raises(QueryError, match="no WHERE clause") as e:
        loaded.query("DESCRIBE <http://example.org/a>", {"x": Literal(1)})
    assert not isinstance(e.value, SparqlSyntaxError)


@pytest.mark.parametrize("module", ["kg.store", "kg.query", "kg.export", "kg.stats"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
