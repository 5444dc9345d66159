"""SHACL validation: good graphs from kg.mapping pass; broken ones are reported in plain words."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.errors import KgError
from kg.mapping import document_iri, to_graph
from kg.model import Agreement, Document, Evidence, Extraction, Meeting, Person, Position, Statement
from kg.namespaces import DIP, RES
from kg.owl import INFERRED_GRAPH_IRI, shapes_graph
from kg.store import MemoryStore, OxigraphStore
from kg.validate import ShapeViolationError, Violation, check, format_violations, validate

from sample_extractions import full_extraction, minimal_extraction

SENTENCE = "Bayramov met Lavrov."


def one_meeting(**changes) -> Extraction:
    """Two persons and one meeting with evidence; ``changes`` go to the Meeting."""
    ev = Evidence("d1", SENTENCE, 0, len(SENTENCE), 0.8)
    fields = dict(participants=["a", "b"], kind="in-person", date="2023-09-23", evidence=ev)
    fields.update(changes)
    return Extraction(
        Document(id="d1", text=SENTENCE, published=date(2023, 9, 23)),
        persons=[Person("a", "Jeyhun Bayramov", positions=[Position("Foreign Minister", "Azerbaijan")]),
                 Person("b", "Sergey Lavrov")],
        meetings=[Meeting(**fields)],
    )


def rules(violations) -> list[str]:
    return [v.rule for v in violations]


# --- good graphs pass -------------------------------------------------------------------------

def test_full_extraction_conforms():
    assert validate(to_graph(full_extraction())) == []


def test_document_without_metadata_conforms():
    assert validate(to_graph(minimal_extraction())) == []


@pytest.mark.parametrize("when", ["2023-09-23", "2023-09", "2023", None])
def test_every_date_precision_conforms(when):
    assert validate(to_graph(one_meeting(date=when))) == []


def test_many_documents_together_conform():
    graph = to_graph(full_extraction("d1"))
    for triple in to_graph(full_extraction("d2")):
        graph.add(triple)
    assert validate(graph) == []


# --- broken graphs are reported ---------------------------------------------------------------

def test_meeting_with_one_participant():
    (v,) = validate(to_graph(one_meeting(participants=["a"])))
    assert v.rule == "A meeting needs at least two participants (dip:participant)."
    assert v.sentence == SENTENCE
    assert v.document == "d1"
    assert v.focus_name.startswith("In-person meeting (meeting/2023-09-23/a)")


def with_date(graph, literal):
    """The graph with its meeting's date replaced by ``literal`` (kg.mapping itself writes
    only well-formed dates; other producers of RDF may not)."""
    meeting = next(graph.subjects(RDF.type, DIP.InPersonMeeting))
    graph.remove((meeting, DIP.date, None))
    graph.add((meeting, DIP.date, literal))
    return graph


def bad_date_graph(when, datatype="gYear", **kwargs):
    xsd = URIRef("http://www.w3.org/2001/XMLSchema#" + datatype)
    return with_date(to_graph(one_meeting(date="2023-09-23", **kwargs)), Literal(when, datatype=xsd))


@pytest.mark.parametrize("when, datatype", [
    ("September 2023", "string"),
    ("23 Sept", "gYearMonth"),        # a month in name only
    ("Sept", "gYear"),
    ("2023-13", "gYearMonth"),
    ("2023-02-30", "date"),
])
def test_bad_date(when, datatype):
    (v,) = validate(bad_date_graph(when, datatype))
    assert "must be a date YYYY-MM-DD (xsd:date), a month YYYY-MM" in v.rule
    assert v.value == Literal(when, datatype=URIRef("http://www.w3.org/2001/XMLSchema#" + datatype))
    assert v.path == DIP.date
    assert v.sentence == SENTENCE


def test_bad_date_logs_no_traceback(caplog):
    graph = bad_date_graph("2023-02-30", "date")
    caplog.clear()
    validate(graph)
    assert "Traceback" not in caplog.text and "Failed to convert" not in caplog.text


def test_participant_that_is_not_described_as_a_person():
    (v,) = validate(to_graph(one_meeting(participants=["a", "ghost"])))
    assert v.rule.startswith("Each participant of a meeting must be a person")
    assert v.value == RES["person/ghost"]


def test_statement_needs_exactly_one_speaker():
    extraction = one_meeting()
    extraction.statements.append(Statement("condolences", "a", "Russia"))
    graph = to_graph(extraction)
    statement = next(graph.subjects(RDF.type, DIP.Condolences))
    graph.add((statement, DIP.speaker, RES["person/b"]))
    assert rules(validate(graph)) == ["A statement needs exactly one speaker (dip:speaker)."]
    graph.remove((statement, DIP.speaker, None))
    assert rules(validate(graph)) == ["A statement needs exactly one speaker (dip:speaker)."]


def test_evidence_confidence_and_span():
    extraction = one_meeting(evidence=Evidence("d1", SENTENCE, 10, 5, 1.5))
    found = rules(validate(to_graph(extraction)))
    assert "Evidence cannot end before it starts (dip:start must not be greater than dip:end)." in found
    assert "Evidence needs exactly one confidence (dip:confidence), a decimal from 0 to 1." in found


def test_agreement_without_name_and_with_a_person_as_party():
    graph = to_graph(Extraction(Document(id="d1", text=""),
                                agreements=[Agreement("Treaty", "2020", ["Azerbaijan"])]))
    agreement = next(graph.subjects(RDF.type, DIP.Agreement))
    graph.remove((agreement, RDFS.label, None))
    graph.add((RES["person/x"], RDF.type, DIP.Person))
    graph.add((agreement, DIP.party, RES["person/x"]))
    found = rules(validate(graph))
    assert "An agreement needs a name (rdfs:label)." in found
    assert "A party to an agreement (dip:party) must be a country or an organisation." in found


def test_agreement_neither_cited_nor_signed():
    graph = to_graph(Extraction(Document(id="d1", text=""), agreements=[Agreement("Treaty")]))
    graph.remove((None, DIP.citedIn, None))
    assert rules(validate(graph)) == [
        "An agreement must be either cited in a document (dip:citedIn) or signed at a signing "
        "(a dip:Signing with dip:agreement to it)."]


def test_position_with_two_countries_and_no_holder():
    graph = to_graph(one_meeting())
    position = next(graph.subjects(RDF.type, DIP.Position))
    graph.add((position, DIP.ofCountry, RES["country/RUS"]))
    graph.add((RES["country/RUS"], RDF.type, DIP.Country))
    graph.add((RES["country/RUS"], RDFS.label, Literal("Russia")))
    graph.remove((None, DIP.holdsPosition, position))
    found = rules(validate(graph))
    assert "A position belongs to at most one country (dip:ofCountry)." in found
    assert "A position must be held by a person (a dip:Person with dip:holdsPosition to it)." in found


def test_document_without_identifier():
    graph = to_graph(minimal_extraction("d9"))
    graph.remove((None, URIRef("http://purl.org/dc/terms/identifier"), None))
    (v,) = validate(graph)
    assert v.rule.startswith("A document needs exactly one identifier")
    assert v.document == "doc/d9"


def test_subclasses_are_held_to_their_superclass_rules():
    """A phone call is a meeting: it needs two participants too (thanks to the ontology)."""
    graph = to_graph(one_meeting(kind="phone call", participants=["a"]))
    assert rules(validate(graph)) == ["A meeting needs at least two participants (dip:participant)."]
    assert validate(graph, ontology=False) == []


def test_meeting_of_no_kind():
    graph = to_graph(one_meeting())
    meeting = next(graph.subjects(RDF.type, DIP.InPersonMeeting))
    graph.remove((meeting, RDF.type, DIP.InPersonMeeting))
    graph.add((meeting, RDF.type, DIP.Meeting))
    assert rules(validate(graph)) == [
        "A meeting must say how it was held: in person (dip:InPersonMeeting), by phone "
        "(dip:PhoneCall) or by video (dip:VideoCall)."]


# --- inputs -----------------------------------------------------------------------------------

@pytest.mark.parametrize("make_store", [MemoryStore, OxigraphStore], ids=["memory", "oxigraph"])
def test_store_is_checked_as_the_union_of_its_documents(make_store):
    store = make_store()
    store.replace_document(document_iri("good"), to_graph(full_extraction("good")))
    store.replace_document(document_iri("d1"), to_graph(one_meeting(participants=["a"])))
    broken = Graph()
    broken.add((RES["meeting/x"], RDF.type, DIP.PhoneCall))      # ignored: the inferred graph
    store.replace_graph(INFERRED_GRAPH_IRI, broken)
    (v,) = validate(store)
    assert v.document == "d1" and "two participants" in v.rule


def test_dataset_and_files(tmp_path):
    ds = Dataset()
    for triple in to_graph(one_meeting(participants=["a"])):
        ds.graph(document_iri("d1")).add(triple)
    assert len(validate(ds)) == 1
    trig = tmp_path / "data.trig"
    trig.write_text(ds.serialize(format="trig"), encoding="utf-8")
    assert len(validate(trig)) == 1
    ttl = tmp_path / "data.ttl"
    ttl.write_text(to_graph(full_extraction()).serialize(format="turtle"), encoding="utf-8")
    assert validate(str(ttl)) == []


def test_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match=r"cannot read '.*missing.ttl': no such file"):
        validate(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KgError, match=r"cannot read '.*bad.ttl' as turtle"):
        validate(bad)


def test_empty_graph_conforms():
    assert validate(Graph()) == []


# --- output -----------------------------------------------------------------------------------

def test_format_violations_in_plain_words():
    text = format_violations(validate(bad_date_graph("Sept", participants=["a"]))).splitlines()
    assert text[0] == "[d1] In-person meeting (meeting/2023-09-23/a): A meeting needs at least two participants (dip:participant)."
    assert text[1] == f'    sentence: "{SENTENCE}"'
    assert text[-1] == "2 violations in 1 document"
    assert '    value: "Sept" (xsd:gYear)' in text


def test_violation_names_a_labelled_node():
    graph = to_graph(one_meeting())
    graph.add((RES["person/a"], DIP.holdsPosition, RES["country/AZE"]))
    (v,) = [v for v in validate(graph) if v.focus == RES["person/a"]]
    assert v.focus_name == 'Foreign minister "Jeyhun Bayramov" (person/a)'
    assert str(v).startswith('[d1] Foreign minister "Jeyhun Bayramov" (person/a): What a person holds')


def test_check_raises_with_the_report():
    check(to_graph(full_extraction()))
    with pytest.raises(ShapeViolationError, match="at least two participants") as info:
        check(to_graph(one_meeting(participants=["a"])))
    assert isinstance(info.value, KgError)


# --- the shapes themselves --------------------------------------------------------------------

def test_every_constraint_has_a_message():
    shapes = shapes_graph()
    property_shapes = set(shapes.objects(None, SH.property))
    assert property_shapes
    for shape in property_shapes:
        assert shapes.value(shape, SH.message) is not None, shape
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        if shapes.value(node_shape, SH["or"]) is not None:
            assert shapes.value(node_shape, SH.message) is not None, node_shape


def test_every_class_kg_writes_has_a_shape():
    from kg.owl import ontology_graph

    onto = ontology_graph(alignments=False, event_codes=False)
    targets = set(shapes_graph().objects(None, SH.targetClass))
    for cls in set(to_graph(full_extraction()).objects(None, RDF.type)):
        ancestors = set(onto.transitive_objects(cls, RDFS.subClassOf))
        assert ancestors & targets, f"no shape applies to {cls}"


def test_violation_is_hashable_and_sortable():
    v = Violation(URIRef("x"), "rule", "x")
    assert {v, v} == {v}


# --- kg validate ------------------------------------------------------------------------------

def run_kg(*args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_validate_file(tmp_path):
    good = tmp_path / "good.ttl"
    good.write_text(to_graph(full_extraction()).serialize(format="turtle"), encoding="utf-8")
    result = run_kg("validate", str(good))
    assert (result.exit_code, result.stdout) == (0, f"No violations: {good} conforms to the shapes.\n")
    bad = tmp_path / "bad.nt"
    bad.write_text(to_graph(one_meeting(participants=["a"])).serialize(format="nt"), encoding="utf-8")
    result = run_kg("validate", str(bad))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "[d1] In-person meeting (meeting/2023-09-23/a): A meeting needs at least two participants (dip:participant).",
        f'    sentence: "{SENTENCE}"',
        "1 violation in 1 document"]


def test_cli_validate_store(tmp_path):
    path = tmp_path / "store"
    store = OxigraphStore(path)
    store.replace_document(document_iri("good"), to_graph(full_extraction("good")))
    store.close()
    result = run_kg("validate", "--store", str(path))
    assert (result.exit_code, result.stdout) == (0, f"No violations: store {path} conforms to the shapes.\n")
    store = OxigraphStore(path)
    store.replace_document(document_iri("d1"), bad_date_graph("Sept"))
    store.close()
    result = run_kg("validate", "--store", str(path))
    assert result.exit_code == 1 and "[d1] In-person meeting" in result.stdout


def test_cli_validate_errors(tmp_path):
    result = run_kg("validate", str(tmp_path / "missing.ttl"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot read '{tmp_path / 'missing.ttl'}': no such file\n"
    result = run_kg("validate", "--store", str(tmp_path / "nostore"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: no store at")
    assert not (tmp_path / "nostore").exists()


@pytest.mark.parametrize("module", ["kg.validate", "kg.owl", "kg.diagram"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
