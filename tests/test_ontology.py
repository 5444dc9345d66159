"""The ontology files: they parse, they agree with kg.namespaces.DIP, every term is declared,
labelled and defined, every term kg writes is declared, and OWL tools can load them."""
from __future__ import annotations

import io
import re
from pathlib import Path

import owlready2
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from kg.mapping import to_graph
from kg.namespaces import DIP
from kg.owl import ONTOLOGY_FILES, ONTOLOGY_IRI, SHAPES_FILE, ontology_graph, shapes_graph
from kg.resources import ontology_dir, queries_dir

from sample_extractions import full_extraction, minimal_extraction

NS = str(DIP._NS)
FILES = ONTOLOGY_FILES + (SHAPES_FILE,)
DIP_TERMS = {URIRef(NS + name) for name in DIP.__annotations__}
PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
DECLARED_KINDS = (OWL.Class,) + PROPERTY_KINDS
CAMEO = "https://w3id.org/kg/codes/cameo/"
PLOVER = "https://w3id.org/kg/codes/plover/"
MODE = "https://w3id.org/kg/codes/plover-consult-mode/"
# Vocabularies whose terms are checked against rdflib's closed term lists.
CLOSED = {str(ns): ns for ns in (RDF, RDFS, OWL, SKOS, SH, rdfns.XSD)}


@pytest.fixture(scope="module")
def diplomacy() -> Graph:
    return Graph().parse(ontology_dir() / "diplomacy.ttl")


@pytest.fixture(scope="module")
def everything() -> Graph:
    """The ontology, its alignments and its event codes together."""
    return ontology_graph()


def declared(graph: Graph, term: URIRef) -> set[URIRef]:
    return {k for k in DECLARED_KINDS if (term, RDF.type, k) in graph}


def all_terms(graph: Graph):
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                yield term
            elif isinstance(term, Literal) and term.datatype is not None:
                yield term.datatype


# --- parsing and headers ---------------------------------------------------------------------

@pytest.mark.parametrize("name", FILES)
def test_file_parses_as_turtle(name):
    graph = Graph().parse(ontology_dir() / name, format="turtle")
    assert len(graph) > 20


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_file_has_an_ontology_header(name):
    graph = Graph().parse(ontology_dir() / name)
    (header,) = list(graph.subjects(RDF.type, OWL.Ontology))
    for prop in (OWL.versionIRI, OWL.versionInfo, DCTERMS.created, DCTERMS.modified,
                 DCTERMS.license, DCTERMS.description, RDFS.label):
        assert graph.value(header, prop) is not None, f"{name}: header lacks {prop}"


def test_main_ontology_iri_and_version(diplomacy):
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in diplomacy
    version = str(diplomacy.value(header, OWL.versionInfo))
    assert str(diplomacy.value(header, OWL.versionIRI)).endswith("/" + version)


@pytest.mark.parametrize("name", FILES)
def test_file_has_banner_sections(name):
    text = (ontology_dir() / name).read_text(encoding="utf-8")
    assert text.startswith("#####")
    assert text.count("#" * 60) >= 4


# --- kg.namespaces.DIP and the ontology agree --------------------------------------------------

def test_every_dip_term_is_declared_in_the_ontology(diplomacy):
    missing = sorted(t for t in DIP_TERMS if not declared(diplomacy, t))
    assert not missing, f"in kg/namespaces.py but not declared in diplomacy.ttl: {missing}"


def test_every_declared_dip_term_is_in_namespaces(diplomacy):
    declared_terms = {s for k in DECLARED_KINDS for s in diplomacy.subjects(RDF.type, k)
                      if str(s).startswith(NS)}
    extra = sorted(declared_terms - DIP_TERMS)
    assert not extra, f"declared in diplomacy.ttl but missing from kg/namespaces.py DIP: {extra}"


@pytest.mark.parametrize("term", sorted(DIP_TERMS), ids=lambda t: t.split("#")[1])
def test_term_is_labelled_defined_and_typed(diplomacy, term):
    assert len(declared(diplomacy, term)) == 1, "declared as exactly one kind of term"
    label = diplomacy.value(term, RDFS.label)
    comment = diplomacy.value(term, RDFS.comment)
    assert isinstance(label, Literal) and label.language == "en" and str(label).strip()
    assert isinstance(comment, Literal) and len(str(comment)) > 15 and str(comment).endswith(".")
    assert diplomacy.value(term, RDFS.isDefinedBy) == URIRef(ONTOLOGY_IRI)
    if declared(diplomacy, term) & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        assert diplomacy.value(term, RDFS.domain) is not None, "property without a domain"
        assert diplomacy.value(term, RDFS.range) is not None, "property without a range"


def test_no_term_is_both_an_object_and_a_data_property(everything):
    for kinds in ((OWL.ObjectProperty, OWL.DatatypeProperty),
                  (OWL.ObjectProperty, OWL.AnnotationProperty),
                  (OWL.DatatypeProperty, OWL.AnnotationProperty),
                  (OWL.Class, OWL.ObjectProperty)):
        both = set(everything.subjects(RDF.type, kinds[0])) & set(everything.subjects(RDF.type, kinds[1]))
        assert not both, f"{both} punned as {kinds}: not OWL 2 DL"


# --- lint: every term used anywhere is declared, and no typos in standard vocabularies ----------

@pytest.mark.parametrize("name", FILES)
def test_every_dip_term_used_is_declared(name, diplomacy):
    graph = Graph().parse(ontology_dir() / name)
    used = {t for t in all_terms(graph) if str(t).startswith(NS)}
    unknown = sorted(t for t in used if not declared(diplomacy, t))
    assert not unknown, f"{name} uses undeclared terms (typos?): {unknown}"


@pytest.mark.parametrize("name", FILES)
def test_no_unknown_terms_of_standard_vocabularies(name):
    graph = Graph().parse(ontology_dir() / name)
    bad = sorted({t for t in all_terms(graph) for base, ns in CLOSED.items()
                  if str(t).startswith(base) and t not in ns})
    assert not bad, f"{name} uses terms that RDF/RDFS/OWL/SKOS/SHACL/rdfns.XSD do not define: {bad}"


def test_external_terms_used_in_axioms_are_declared(everything):
    """An external class or property in an axiom must be declared with its OWL kind."""
    mine = ("https://w3id.org/kg/", str(rdfns.XSD)) + tuple(CLOSED)
    used = set()
    for prop in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass,
                 OWL.equivalentProperty, RDFS.domain, RDFS.range):
        used |= {o for o in everything.objects(None, prop) if isinstance(o, URIRef)}
    undeclared = sorted(t for t in used if not str(t).startswith(mine) and not declared(everything, t))
    assert not undeclared, undeclared


# --- the graphs kg writes use declared terms only --------------------------------------------

@pytest.fixture(scope="module")
def mapped() -> Graph:
    graph = to_graph(full_extraction())
    for triple in to_graph(minimal_extraction()):
        graph.add(triple)
    return graph


def test_sample_extraction_reaches_every_mapping_term(mapped):
    """The sample is complete enough for the lint below to mean something."""
    types = set(mapped.objects(None, RDF.type))
    emitted_classes = {t for t in types if str(t).startswith(NS)}
    assert {DIP.InPersonMeeting, DIP.PhoneCall, DIP.VideoCall, DIP.Signing, DIP.Agreement,
            DIP.Condolences, DIP.Gratitude, DIP.Statement, DIP.ForeignMinister,
            DIP.InternationalOfficial, DIP.Position, DIP.Evidence, DIP.Document,
            DIP.Place, DIP.Occasion, DIP.Country, DIP.Organization} <= emitted_classes
    predicates = set(mapped.predicates())
    for term in ("holdsPosition", "ofCountry", "ofOrganization", "participant", "date",
                 "location", "occasion", "topic", "reportedIn", "citedIn", "signedOn", "party",
                 "signatory", "agreement", "speaker", "addressee", "text", "mentions",
                 "evidence", "sentence", "start", "end", "confidence", "inDocument", "isoCode",
                 "title"):
        assert DIP[term] in predicates, term


def test_every_term_in_a_mapped_graph_is_declared(mapped, everything):
    problems = []
    for s, p, o in mapped:
        kinds = declared(everything, p)
        if p == RDF.type:
            if not declared(everything, o) & {OWL.Class}:
                problems.append(f"class {o} is not declared")
            continue
        if p in (RDFS.label,):
            continue
        if isinstance(o, Literal) and not kinds & {OWL.DatatypeProperty, OWL.AnnotationProperty}:
            problems.append(f"{p} has a literal value but is not a data or annotation property")
        if isinstance(o, URIRef) and not kinds & {OWL.ObjectProperty, OWL.AnnotationProperty}:
            problems.append(f"{p} points at a resource but is not an object property")
    assert not problems, sorted(set(problems))


def test_no_unknown_standard_terms_in_mapped_graph(mapped):
    bad = {t for t in all_terms(mapped) for base, ns in CLOSED.items()
           if str(t).startswith(base) and t not in ns}
    assert not bad


def test_every_dip_class_in_a_mapped_graph_is_labelled(mapped, diplomacy):
    for cls in set(mapped.objects(None, RDF.type)):
        assert diplomacy.value(cls, RDFS.label) is not None, cls


# --- hierarchy as specified ------------------------------------------------------------------

@pytest.mark.parametrize("sub, sup", [
    ("ForeignMinister", "Minister"), ("Minister", "Official"), ("Official", "Person"),
    ("DeputyMinister", "Minister"), ("HeadOfState", "Official"), ("HeadOfGovernment", "Official"),
    ("Diplomat", "Official"), ("Spokesperson", "Official"), ("InternationalOfficial", "Official"),
    ("Ambassador", "Diplomat"), ("InPersonMeeting", "Meeting"), ("PhoneCall", "Meeting"),
    ("VideoCall", "Meeting"), ("Meeting", "DiplomaticEvent"), ("Signing", "DiplomaticEvent"),
    ("Statement", "DiplomaticEvent"), ("Condolences", "Statement"), ("Support", "Statement"),
    ("Concern", "Statement"), ("Condemnation", "Statement"), ("Invitation", "Statement"),
    ("Congratulations", "Statement"), ("Gratitude", "Statement"),
])
def test_class_hierarchy(diplomacy, sub, sup):
    assert (DIP[sub], RDFS.subClassOf, DIP[sup]) in diplomacy


def test_inverses_and_chain(diplomacy):
    assert (DIP.holdsPosition, OWL.inverseOf, DIP.heldBy) in diplomacy
    assert (DIP.participant, OWL.inverseOf, DIP.participatedIn) in diplomacy
    chain = diplomacy.value(DIP.countryParticipant, OWL.propertyChainAxiom)
    from rdflib.collection import Collection
    assert list(Collection(diplomacy, chain)) == [DIP.participant, DIP.holdsPosition, DIP.ofCountry]


def test_date_range_is_a_union_of_three_datatypes(diplomacy):
    from rdflib.collection import Collection
    for prop in (DIP.date, DIP.signedOn):
        rng = diplomacy.value(prop, RDFS.range)
        assert isinstance(rng, BNode) and (rng, RDF.type, RDFS.Datatype) in diplomacy
        assert set(Collection(diplomacy, diplomacy.value(rng, OWL.unionOf))) == {
            rdfns.XSD.date, rdfns.XSD.gYearMonth, rdfns.XSD.gYear}


# --- alignments ------------------------------------------------------------------------------

@pytest.mark.parametrize("term, axiom, external", [
    (DIP.DiplomaticEvent, RDFS.subClassOf, "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
    (DIP.Person, RDFS.subClassOf, "http://semanticweb.cs.vu.nl/2009/11/sem/Actor"),
    (DIP.Person, RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Person"),
    (DIP.Place, RDFS.subClassOf, "http://semanticweb.cs.vu.nl/2009/11/sem/Place"),
    (DIP.Position, RDFS.subClassOf, "http://www.w3.org/ns/org#Post"),
    (DIP.Organization, RDFS.subClassOf, "http://www.w3.org/ns/org#Organization"),
    (DIP.Document, RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity"),
    (DIP.Document, RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Document"),
    (DIP.participant, RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"),
    (DIP.occasion, RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/subEventOf"),
    (DIP.holdsPosition, RDFS.subPropertyOf, "http://www.w3.org/ns/org#holds"),
    (DIP.holdsPosition, RDFS.subPropertyOf, "http://www.wikidata.org/prop/direct/P39"),
    (DIP.participant, RDFS.subPropertyOf, "http://www.wikidata.org/prop/direct/P710"),
    (DIP.date, RDFS.subPropertyOf, "http://www.wikidata.org/prop/direct/P585"),
    (DIP.location, RDFS.subPropertyOf, "http://www.wikidata.org/prop/direct/P276"),
    (DIP.signatory, RDFS.subPropertyOf, "http://www.wikidata.org/prop/direct/P1891"),
    (DIP.date, SKOS.closeMatch, "http://www.w3.org/2006/time#inXSDDate"),
])
def test_alignment(everything, term, axiom, external):
    assert (term, axiom, URIRef(external)) in everything


def test_alignments_stay_out_of_the_main_file(diplomacy):
    foreign = {o for o in diplomacy.objects(None, RDFS.subClassOf) if isinstance(o, URIRef)}
    foreign |= {o for o in diplomacy.objects(None, RDFS.subPropertyOf) if isinstance(o, URIRef)}
    assert all(str(o).startswith(NS) for o in foreign)


# --- event codes -----------------------------------------------------------------------------

EVENT_CODES = {
    "Meeting": ("040", "CONSULT"), "InPersonMeeting": ("044", "CONSULT"),
    "PhoneCall": ("041", "CONSULT"), "VideoCall": ("041", "CONSULT"),
    "Signing": ("057", "SUPPORT"), "Statement": ("010", None), "Condolences": ("018", None),
    "Support": ("051", "SUPPORT"), "Concern": ("012", None), "Condemnation": ("111", "ACCUSE"),
    "Invitation": ("036", "AGREE"), "Congratulations": ("051", "SUPPORT"),
    "Gratitude": ("051", "SUPPORT"),
}


@pytest.mark.parametrize("cls", sorted(EVENT_CODES))
def test_event_class_carries_cameo_and_plover(everything, cls):
    cameo, plover = EVENT_CODES[cls]
    assert (DIP[cls], DIP.cameoCode, URIRef(CAMEO + cameo)) in everything
    types = set(everything.objects(DIP[cls], DIP.ploverEventType))
    assert types == ({URIRef(PLOVER + plover)} if plover else set())


def test_consult_modes(everything):
    assert set(everything.objects(DIP.PhoneCall, DIP.ploverMode)) == {URIRef(MODE + "phone")}
    assert {URIRef(MODE + m) for m in ("visit", "third-party", "multilateral")} <= set(
        everything.objects(DIP.InPersonMeeting, DIP.ploverMode))
    scheme = URIRef("https://w3id.org/kg/codes/plover-consult-mode")
    assert {str(everything.value(c, SKOS.notation)) for c in everything.subjects(SKOS.inScheme, scheme)} == {
        "visit", "third-party", "multilateral", "phone"}


def test_every_code_used_is_a_concept_with_its_notation(everything):
    for prop in (DIP.cameoCode, DIP.ploverEventType, DIP.ploverMode, SKOS.broadMatch,
                 SKOS.relatedMatch, SKOS.broader):
        for concept in set(everything.objects(None, prop)):
            assert (concept, RDF.type, SKOS.Concept) in everything, concept
            notation = str(everything.value(concept, SKOS.notation))
            assert str(concept).endswith("/" + notation), (concept, notation)
            assert everything.value(concept, SKOS.prefLabel) is not None
            assert everything.value(concept, SKOS.inScheme) is not None


def test_every_cameo_code_narrows_its_root(everything):
    for concept in everything.subjects(RDF.type, SKOS.Concept):
        if str(concept).startswith(CAMEO) and len(str(concept)) - len(CAMEO) == 3:
            assert everything.value(concept, SKOS.broader) == URIRef(CAMEO + str(concept)[-3:-1])


# --- standard tools --------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, owlready_format", [("nt", "ntriples"), ("xml", "rdfxml")])
def test_ontology_loads_in_owlready2(fmt, owlready_format):
    data = ontology_graph().serialize(format=fmt, encoding="utf-8")
    world = owlready2.World()
    world.get_ontology("https://w3id.org/kg/test").load(fileobj=io.BytesIO(data),
                                                         format=owlready_format)
    fm = world[str(DIP.ForeignMinister)]
    assert fm is not None
    assert {world[str(DIP.Minister)], world[str(DIP.Official)], world[str(DIP.Person)]} <= set(fm.ancestors())
    assert world[str(DIP.heldBy)].inverse_property is world[str(DIP.holdsPosition)]
    assert len(list(world.classes())) >= len([t for t in DIP_TERMS if t.split("#")[1][0].isupper()])


def test_shapes_graph_is_separate_from_the_ontology():
    assert not set(ontology_graph().subjects(RDF.type, SH.NodeShape))
    assert set(shapes_graph().subjects(RDF.type, SH.NodeShape))


# --- README: diagram and competency questions ------------------------------------------------

README = ontology_dir() / "README.md"
CQ_LINE = re.compile(r"^\s*\d+\.\s+(.*?)\s+[—-]+\s+`([a-z0-9-]+)`", re.M)


def test_readme_diagram_is_generated_from_the_turtle():
    from kg.diagram import mermaid

    text = README.read_text(encoding="utf-8")
    assert "```mermaid\n" + mermaid() + "```" in text, "run `python -m kg.diagram --readme`"


def test_readme_lists_competency_questions_with_existing_queries():
    text = README.read_text(encoding="utf-8")
    questions = CQ_LINE.findall(text)
    assert len(questions) >= 12
    saved = {p.stem for p in queries_dir().glob("*.rq")}
    missing = [(q, name) for q, name in questions if name not in saved]
    assert not missing, missing


@pytest.mark.parametrize("path", sorted(Path(queries_dir()).glob("cq-*.rq")), ids=lambda p: p.stem)
def test_competency_query_has_header_and_reads_document_graphs(path):
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^# title: \S", text, re.M)
    assert re.search(r"^# description: \S", text, re.M)
    assert "GRAPH ?g" in text and "?g dcterms:identifier ?doc" in text


def test_diagram_command(tmp_path, capsys):
    from kg.diagram import main, mermaid, update_readme

    assert main([]) == 0
    assert capsys.readouterr().out == mermaid()
    out = tmp_path / "onto.mmd"
    assert main(["-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == mermaid()
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\n```mermaid\nold\n```\n\nrest\n", encoding="utf-8")
    assert update_readme(readme) is True
    assert readme.read_text(encoding="utf-8") == "# x\n\n```mermaid\n" + mermaid() + "```\n\nrest\n"
    assert update_readme(readme) is False
    readme.write_text("no diagram here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no ```mermaid block"):
        update_readme(readme)
