"""Reasoning with HermiT (through owlready2): what it adds, where it writes it, and how it
refuses inconsistent data.

The tests that run HermiT start Java, about a second each: they share one reasoned store
(module fixture) and are skipped where there is no Java.
"""
from __future__ import annotations

import shutil
from datetime import date

import owlready2
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.errors import KgError
from kg.mapping import document_iri, to_graph
from kg.model import Document, Extraction, Meeting, Person, Position
from kg.namespaces import DIP, RES
from kg.owl import INFERRED_GRAPH_IRI, ontology_graph
from kg.reason import InconsistentDataError, ReasonReport, explain_inconsistency, infer, reason
from kg.store import MemoryStore, OxigraphStore

from sample_extractions import full_extraction

needs_java = pytest.mark.skipif(shutil.which(owlready2.JAVA_EXE) is None,
                                reason="HermiT needs Java")

SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
FOAF_PERSON = URIRef("http://xmlns.com/foaf/0.1/Person")
BAYRAMOV, LAVROV = RES["person/jeyhun-bayramov"], RES["person/sergey-lavrov"]
MEETING = RES["meeting/2023-09-23/jeyhun-bayramov--sergey-lavrov"]


def second_document() -> Extraction:
    return Extraction(
        Document(id="later", text="", published=date(2024, 3, 1)),
        persons=[Person("jeyhun-bayramov", "Jeyhun Bayramov", positions=[
                     Position("Minister of Foreign Affairs", "Azerbaijan")]),
                 Person("hakan-fidan", "Hakan Fidan", positions=[
                     Position("Minister of Foreign Affairs", "Turkey")])],
        countries=["Turkey"],
        meetings=[Meeting(["hakan-fidan", "jeyhun-bayramov"], "phone call", "2024-03-01")],
    )


def inferred_quads(store) -> set:
    return {(s, p, o) for s, p, o, g in store.quads() if g == INFERRED_GRAPH_IRI}


@pytest.fixture(scope="module")
def reasoned():
    store = MemoryStore()
    for extraction in (full_extraction(), second_document()):
        store.replace_document(document_iri(extraction.document.id), to_graph(extraction))
    report = reason(store)
    return store, report


# --- what HermiT adds -------------------------------------------------------------------------

@needs_java
@pytest.mark.parametrize("cls", [DIP.Minister, DIP.Official, FOAF_PERSON, URIRef(SEM + "Actor")])
def test_foreign_minister_is_a_minister_an_official_and_a_person(reasoned, cls):
    _, report = reasoned
    assert (BAYRAMOV, RDF.type, cls) in report.graph


@needs_java
def test_event_classes_climb_the_hierarchy(reasoned):
    _, report = reasoned
    assert (MEETING, RDF.type, DIP.Meeting) in report.graph
    assert (MEETING, RDF.type, DIP.DiplomaticEvent) in report.graph
    assert (MEETING, RDF.type, URIRef(SEM + "Event")) in report.graph
    condolences = next(s for s, _, o in report.graph if str(s).endswith("/condolences/united-nations"))
    assert (condolences, RDF.type, DIP.Statement) in report.graph


@needs_java
def test_inverse_properties_are_filled_in(reasoned):
    _, report = reasoned
    position = RES["position/jeyhun-bayramov/minister-of-foreign-affairs/azerbaijan"]
    assert (position, DIP.heldBy, BAYRAMOV) in report.graph
    assert (BAYRAMOV, DIP.participatedIn, MEETING) in report.graph
    assert (LAVROV, DIP.participatedIn, MEETING) in report.graph


@needs_java
def test_property_chain_makes_countries_participants(reasoned):
    _, report = reasoned
    assert {o for o in report.graph.objects(MEETING, DIP.countryParticipant)} == {
        RES["country/AZE"], RES["country/RUS"]}
    # across documents: the call of 2024 joins Turkey, named only in the second document
    call = RES["meeting/2024-03-01/hakan-fidan--jeyhun-bayramov"]
    assert RES["country/TUR"] in set(report.graph.objects(call, DIP.countryParticipant))
    # a person without a country's office adds no country
    guterres_call = RES["meeting/2023-09/antonio-guterres--jeyhun-bayramov"]
    assert set(report.graph.objects(guterres_call, DIP.countryParticipant)) == {RES["country/AZE"]}


@needs_java
def test_super_properties_of_stated_values(reasoned):
    _, report = reasoned
    assert (MEETING, URIRef(SEM + "hasActor"), BAYRAMOV) in report.graph
    assert (MEETING, URIRef("http://www.wikidata.org/prop/direct/P710"), LAVROV) in report.graph
    assert (MEETING, URIRef("http://www.wikidata.org/prop/direct/P585"),
            Literal("2023-09-23", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))) in report.graph
    assert (RES["country/AZE"], URIRef("http://www.wikidata.org/prop/direct/P298"), Literal("AZE")) in report.graph
    evidence = next(report.graph.subjects(URIRef("http://www.w3.org/ns/prov#wasQuotedFrom"), None))
    assert (evidence, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), document_iri("seed")) in report.graph


@needs_java
def test_only_new_triples_about_the_data(reasoned):
    store, report = reasoned
    stated = {(s, p, o) for s, p, o, g in store.quads() if g != INFERRED_GRAPH_IRI}
    assert not set(report.graph) & stated
    ontology_terms = set(ontology_graph().subjects())
    assert not {s for s in report.graph.subjects()} & ontology_terms
    assert report.asserted == len(stated) and report.nodes > 20 and report.seconds > 0


@needs_java
def test_report_counts_and_summary(reasoned):
    _, report = reasoned
    counts = report.counts()
    assert counts["dip:countryParticipant"] >= 5
    assert counts["dip:Minister"] >= 3
    assert list(counts.values()) == sorted(counts.values(), reverse=True)
    assert report.summary().splitlines()[0].startswith(f"{len(report.graph)} inferred triples")


# --- where it goes ----------------------------------------------------------------------------

@needs_java
def test_inferred_triples_go_to_their_own_graph_replaced_on_each_run(reasoned):
    store, report = reasoned
    assert inferred_quads(store) == set(report.graph)
    # runs do not feed on each other, and a dropped document's inferences go with it
    store.remove_document(document_iri("later"))
    again = reason(store)
    assert inferred_quads(store) == set(again.graph)
    call = RES["meeting/2024-03-01/hakan-fidan--jeyhun-bayramov"]
    assert not any(s == call for s, _, _ in inferred_quads(store))
    assert len(again.graph) < len(report.graph)
    # documents are untouched
    assert document_iri("seed") in store.documents()


@needs_java
def test_oxigraph_store_and_write_false():
    store = OxigraphStore()
    store.replace_document(document_iri("seed"), to_graph(full_extraction()))
    report = reason(store, write=False)
    assert len(report.graph) > 50 and not inferred_quads(store)
    reason(store)
    assert inferred_quads(store) == set(report.graph)
    assert (MEETING, DIP.countryParticipant, RES["country/RUS"]) in inferred_quads(store)


@needs_java
def test_the_ontology_alone_is_consistent():
    report = infer(Graph())
    assert len(report.graph) == 0


@needs_java
def test_all_ontology_files_classify_in_hermit_without_unsatisfiable_classes():
    """The three files together, read from RDF/XML as other OWL tools would."""
    import io

    world = owlready2.World()
    world.get_ontology("https://w3id.org/kg/test").load(
        fileobj=io.BytesIO(ontology_graph().serialize(format="xml", encoding="utf-8")),
        format="rdfxml")
    owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
    assert list(world.inconsistent_classes()) == []
    world.close()


# --- inconsistent data ------------------------------------------------------------------------

def person_as_country() -> Graph:
    graph = to_graph(full_extraction())
    graph.add((LAVROV, RDF.type, DIP.Country))
    return graph


@needs_java
def test_inconsistent_data_is_refused_with_the_nodes_and_axioms():
    store = MemoryStore()
    store.replace_document(document_iri("seed"), person_as_country())
    previous = Graph()
    previous.add((MEETING, DIP.countryParticipant, RES["country/AZE"]))
    store.replace_graph(INFERRED_GRAPH_IRI, previous)
    with pytest.raises(InconsistentDataError) as info:
        reason(store)
    message = str(info.value)
    assert message.startswith("the data contradicts the ontology (HermiT finds it inconsistent):")
    assert "person/sergey-lavrov (document seed)" in message
    assert "declares dip:Country and dip:Person disjoint" in message
    assert isinstance(info.value, KgError)
    assert inferred_quads(store) == set(previous)      # nothing written


def test_explain_disjoint_classes():
    message = explain_inconsistency(person_as_country())
    assert ("- person/sergey-lavrov (document seed): it is stated to be a dip:Country, and it is "
            "stated to be a dip:ForeignMinister; but the ontology declares dip:Country and "
            "dip:Person disjoint") in message
    assert "more reasons about person/sergey-lavrov" in message


def test_explain_union_range():
    graph = to_graph(full_extraction())
    agreement = next(graph.subjects(RDF.type, DIP.Agreement))
    graph.add((agreement, DIP.party, LAVROV))
    message = explain_inconsistency(graph)
    assert "it is the value of dip:party (range dip:Country or dip:Organization)" in message
    assert "person/sergey-lavrov" in message


def test_explain_data_range():
    graph = to_graph(full_extraction())
    evidence = next(graph.subjects(RDF.type, DIP.Evidence))
    graph.add((evidence, DIP.confidence, Literal("high")))
    message = explain_inconsistency(graph)
    assert 'its dip:confidence "high" is of type xsd:string, but the range of dip:confidence is xsd:decimal' in message


def test_explain_finds_nothing_in_consistent_data():
    message = explain_inconsistency(to_graph(full_extraction()))
    assert "kg cannot tell which nodes cause it" in message


# --- environment ------------------------------------------------------------------------------

def test_missing_java_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(KgError, match="kg reason needs Java"):
        infer(to_graph(full_extraction()))


def test_unsupported_input():
    with pytest.raises(TypeError):
        reason(42)


def test_unreadable_file(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        reason(tmp_path / "missing.ttl")


def test_empty_report():
    report = ReasonReport(Graph(), asserted=0, nodes=0, seconds=0.0)
    assert report.counts() == {}
    assert report.summary() == "0 inferred triples from 0 stated ones about 0 nodes (HermiT, 0.0 s)"


# --- kg reason --------------------------------------------------------------------------------

def run_kg(*args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@needs_java
def test_cli_reason(tmp_path):
    path = tmp_path / "store"
    store = OxigraphStore(path)
    store.replace_document(document_iri("seed"), person_as_country())
    store.close()
    result = run_kg("reason", "--store", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the data contradicts the ontology (HermiT finds it inconsistent): - person/sergey-lavrov")
    assert len(result.stderr.splitlines()) == 1

    store = OxigraphStore(path)
    store.replace_document(document_iri("seed"), to_graph(full_extraction()))
    store.close()
    result = run_kg("reason", "--store", str(path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith(" s)") and " inferred triples from " in lines[0]
    assert lines[-1] == f"Written to graph <{INFERRED_GRAPH_IRI}>"
    store = OxigraphStore(path)
    assert (MEETING, DIP.countryParticipant, RES["country/RUS"]) in inferred_quads(store)
    store.close()


def test_cli_reason_without_store(tmp_path):
    result = run_kg("reason", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: no store at")
