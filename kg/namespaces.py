"""RDF namespaces. ``DIP`` lists every term of the ontology; a typo is an error.

A test keeps this list and ``ontology/diplomacy.ttl`` in step.
"""
from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

RES = Namespace("https://w3id.org/kg/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")


class DIP(DefinedNamespace):
    """The kg diplomacy ontology, ``https://w3id.org/kg/diplomacy#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/diplomacy#")

    # --- classes: documents and provenance
    Document: URIRef
    Evidence: URIRef
    # --- classes: agents and places
    Person: URIRef
    Official: URIRef
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    Minister: URIRef
    ForeignMinister: URIRef
    DeputyMinister: URIRef
    Diplomat: URIRef
    Ambassador: URIRef
    Spokesperson: URIRef
    InternationalOfficial: URIRef
    Position: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    # --- classes: events and facts
    DiplomaticEvent: URIRef
    Meeting: URIRef
    InPersonMeeting: URIRef
    PhoneCall: URIRef
    VideoCall: URIRef
    Occasion: URIRef
    Agreement: URIRef
    Signing: URIRef
    Statement: URIRef
    Condolences: URIRef
    Support: URIRef
    Concern: URIRef
    Condemnation: URIRef
    Invitation: URIRef
    Congratulations: URIRef
    Gratitude: URIRef

    # --- properties
    holdsPosition: URIRef     # Person -> Position
    heldBy: URIRef            # Position -> Person (inverse)
    title: URIRef             # Position -> literal
    ofCountry: URIRef         # Position -> Country
    ofOrganization: URIRef    # Position -> Organization
    isoCode: URIRef           # Country -> literal ISO 3166-1 alpha-3
    participant: URIRef       # Meeting|Signing -> Person
    participatedIn: URIRef    # Person -> Meeting (inverse)
    date: URIRef              # event -> xsd:date | xsd:gYearMonth | xsd:gYear
    location: URIRef          # event -> Place
    occasion: URIRef          # Meeting -> Occasion
    topic: URIRef             # Meeting -> literal
    reportedIn: URIRef        # event -> Document
    citedIn: URIRef           # Agreement -> Document (cited, not signed, there)
    signedOn: URIRef          # Agreement -> date literal
    party: URIRef             # Agreement -> Country | Organization
    signatory: URIRef         # Agreement -> Person
    agreement: URIRef         # Signing -> Agreement
    speaker: URIRef           # Statement -> Person
    addressee: URIRef         # Statement -> Country | Person | Organization
    text: URIRef              # Statement -> literal
    mentions: URIRef          # Document -> Country | Organization | Person
    evidence: URIRef          # any fact -> Evidence
    sentence: URIRef          # Evidence -> literal
    start: URIRef             # Evidence -> xsd:integer
    end: URIRef               # Evidence -> xsd:integer
    confidence: URIRef        # Evidence -> xsd:decimal
    inDocument: URIRef        # Evidence -> Document
    countryParticipant: URIRef  # event -> Country (inferred: participant o holdsPosition o ofCountry)

    # --- annotation properties: event classes -> CAMEO / PLOVER concepts (ontology/event-codes.ttl)
    cameoCode: URIRef
    ploverEventType: URIRef
    ploverMode: URIRef
