"""Extraction -> RDF under the diplomacy ontology.

IRIs are deterministic: the same person, country, agreement or meeting gets the same IRI
in every document, so graphs from many documents join up in the store. Every fact points
at an :class:`~kg.namespaces.DIP.Evidence` node with the sentence, its span and a
confidence. No blank nodes are used, so a document's graph can be replaced exactly.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .extraction.countries import country_lexicon
from .model import Evidence, Extraction
from .namespaces import DIP, ORG, RES, SCHEMA, SEM
from .slugs import slug

MEETING_CLASS = {"in-person": DIP.InPersonMeeting, "phone call": DIP.PhoneCall,
                 "video call": DIP.VideoCall}
STATEMENT_CLASS = {
    "condolences": DIP.Condolences, "support": DIP.Support, "concern": DIP.Concern,
    "condemnation": DIP.Condemnation, "invitation": DIP.Invitation,
    "congratulations": DIP.Congratulations, "gratitude": DIP.Gratitude,
    "other": DIP.Statement,
}
# Title words -> the most specific class of official; first match wins.
OFFICIAL_CLASS = (
    (("deputy", "vice"), DIP.DeputyMinister),
    (("foreign", "external", "secretary of state"), DIP.ForeignMinister),
    (("prime minister", "premier", "chancellor"), DIP.HeadOfGovernment),
    (("president", "king", "queen", "emir", "sultan", "monarch"), DIP.HeadOfState),
    (("minister",), DIP.Minister),
    (("ambassador", "envoy", "chargé", "charge d"), DIP.Ambassador),
    (("spokesperson", "spokesman", "spokeswoman"), DIP.Spokesperson),
    (("consul", "diplomat", "representative"), DIP.Diplomat),
)


def document_iri(doc_id: str) -> URIRef:
    """The document's IRI, which is also the name of its graph in the store."""
    return RES["doc/" + quote(doc_id, safe="")]


def person_iri(key: str) -> URIRef:
    return RES["person/" + key]


def country_iri(name: str) -> URIRef:
    country = country_lexicon().by_name(name)
    return RES["country/" + (country.code if country else slug(name))]


def organization_iri(name: str) -> URIRef:
    return RES["org/" + slug(name)]


_ISO = ((re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date), (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
        (re.compile(r"\d{4}"), XSD.gYear))


def date_literal(value: str | None) -> Literal | None:
    """ISO date, or a partial one as ``xsd:gYearMonth`` / ``xsd:gYear``; None for anything else.

    >>> date_literal("2020-11")
    rdflib.term.Literal('2020-11', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
    >>> date_literal("23 Sept") is None
    True
    """
    for pattern, datatype in _ISO:
        if value and pattern.fullmatch(value):
            return Literal(value, datatype=datatype)
    return None


def official_class(title: str, organization: str | None) -> URIRef:
    lowered = title.lower()
    if organization and not any(w in lowered for w in ("ambassador", "envoy")):
        return DIP.InternationalOfficial
    for words, cls in OFFICIAL_CLASS:
        if any(w in lowered for w in words):
            if cls is DIP.DeputyMinister and "minister" not in lowered:
                continue
            return cls
    return DIP.Official


class _Mapper:
    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.doc = extraction.document
        self.doc_iri = document_iri(self.doc.id)
        self.g = Graph()
        for prefix, ns in (("dip", DIP._NS), ("res", RES), ("sem", SEM), ("org", ORG),
                           ("schema", SCHEMA), ("prov", PROV), ("dcterms", DCTERMS),
                           ("skos", SKOS), ("owl", OWL)):
            self.g.bind(prefix, ns)

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def evidence(self, fact: URIRef, ev: Evidence | None) -> None:
        self.add(fact, PROV.wasDerivedFrom, self.doc_iri)
        if ev is None:
            return
        digest = hashlib.sha1(str(fact).encode()).hexdigest()[:8]
        node = RES[f"evidence/{quote(self.doc.id, safe='')}/{ev.start}-{ev.end}-{digest}"]
        self.add(fact, DIP.evidence, node)
        self.add(node, RDF.type, DIP.Evidence)
        self.add(node, DIP.inDocument, self.doc_iri)
        self.add(node, DIP.sentence, Literal(ev.sentence))
        self.add(node, DIP.start, Literal(ev.start))
        self.add(node, DIP.end, Literal(ev.end))
        self.add(node, DIP.confidence, Literal(Decimal(str(round(ev.confidence, 3))), datatype=XSD.decimal))

    def country(self, name: str) -> URIRef:
        iri = country_iri(name)
        self.add(iri, RDF.type, DIP.Country)
        self.add(iri, RDFS.label, Literal(name))
        country = country_lexicon().by_name(name)
        if country:
            self.add(iri, DIP.isoCode, Literal(country.code))
        return iri

    def organization(self, name: str) -> URIRef:
        iri = organization_iri(name)
        self.add(iri, RDF.type, DIP.Organization)
        self.add(iri, RDFS.label, Literal(name))
        return iri

    def party(self, name: str) -> URIRef:
        return self.country(name) if country_lexicon().by_name(name) else self.organization(name)

    def run(self) -> Graph:
        self.document()
        for name in self.x.countries:
            self.add(self.doc_iri, DIP.mentions, self.country(name))
        for name in self.x.organizations:
            self.add(self.doc_iri, DIP.mentions, self.organization(name))
        self.persons()
        self.meetings()
        self.agreements()
        self.statements()
        return self.g

    def document(self) -> None:
        d, iri = self.doc, self.doc_iri
        self.add(iri, RDF.type, DIP.Document)
        self.add(iri, DCTERMS.identifier, Literal(d.id))
        if d.published:
            self.add(iri, DCTERMS.date, Literal(d.published.isoformat(), datatype=XSD.date))
        for prop, value in ((DCTERMS.title, d.title), (DCTERMS.source, d.source)):
            if value:
                self.add(iri, prop, Literal(value))
        if d.url:
            self.add(iri, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI))

    def persons(self) -> None:
        for p in self.x.persons:
            iri = person_iri(p.key)
            self.add(iri, RDF.type, DIP.Person)
            self.add(iri, RDFS.label, Literal(p.name))
            self.add(self.doc_iri, DIP.mentions, iri)
            for alias in p.aliases:
                self.add(iri, SKOS.altLabel, Literal(alias))
            self.evidence(iri, p.evidence)
            for pos in p.positions:
                where = pos.country or pos.organization or ""
                piri = RES[f"position/{p.key}/{slug(pos.title)}" + (f"/{slug(where)}" if where else "")]
                self.add(iri, RDF.type, official_class(pos.title, pos.organization))
                self.add(iri, DIP.holdsPosition, piri)
                self.add(piri, RDF.type, DIP.Position)
                self.add(piri, DIP.title, Literal(pos.title))
                if pos.country:
                    self.add(piri, DIP.ofCountry, self.country(pos.country))
                if pos.organization:
                    self.add(piri, DIP.ofOrganization, self.organization(pos.organization))
                self.evidence(piri, pos.evidence)

    def meetings(self) -> None:
        for m in self.x.meetings:
            when = (m.date if date_literal(m.date) is not None else None) or "reported-" + (self.doc.published.isoformat() if self.doc.published
                                            else slug(self.doc.id))
            iri = RES[f"meeting/{when}/" + "--".join(sorted(m.participants))]
            self.add(iri, RDF.type, MEETING_CLASS[m.kind])
            self.add(iri, DIP.reportedIn, self.doc_iri)
            for key in m.participants:
                self.add(iri, DIP.participant, person_iri(key))
            if date_literal(m.date) is not None:
                self.add(iri, DIP.date, date_literal(m.date))
            if m.location:
                place = RES["place/" + slug(m.location)]
                self.add(place, RDF.type, DIP.Place)
                self.add(place, RDFS.label, Literal(m.location))
                self.add(iri, DIP.location, place)
            if m.occasion:
                occasion = RES["event/" + slug(m.occasion)]
                self.add(occasion, RDF.type, DIP.Occasion)
                self.add(occasion, RDFS.label, Literal(m.occasion))
                self.add(iri, DIP.occasion, occasion)
                self.add(iri, SEM.subEventOf, occasion)
            for topic in m.topics:
                self.add(iri, DIP.topic, Literal(topic))
            self.evidence(iri, m.evidence)

    def agreements(self) -> None:
        for a in self.x.agreements:
            signed_on = date_literal(a.date)
            iri = RES["agreement/" + slug(a.name) + (f"-{a.date}" if signed_on is not None else "")]
            self.add(iri, RDF.type, DIP.Agreement)
            self.add(iri, RDFS.label, Literal(a.name))
            if signed_on is not None:
                self.add(iri, DIP.signedOn, signed_on)
            for party in a.parties:
                self.add(iri, DIP.party, self.party(party))
            for key in a.signatories:
                self.add(iri, DIP.signatory, person_iri(key))
            if a.signed_here:
                signing = RES["signing/" + str(iri).rsplit("/", 1)[1]]
                self.add(signing, RDF.type, DIP.Signing)
                self.add(signing, DIP.agreement, iri)
                self.add(signing, DIP.reportedIn, self.doc_iri)
                if signed_on is not None:
                    self.add(signing, DIP.date, signed_on)
                for key in a.signatories:
                    self.add(signing, DIP.participant, person_iri(key))
                self.evidence(signing, a.evidence)
            else:
                self.add(iri, DIP.citedIn, self.doc_iri)
            self.evidence(iri, a.evidence)

    def statements(self) -> None:
        for s in self.x.statements:
            when = self.doc.published.isoformat() if self.doc.published else slug(self.doc.id)
            iri = RES[f"statement/{when}/{s.speaker}/{s.kind}/" + slug(s.addressee or "none")]
            self.add(iri, RDF.type, STATEMENT_CLASS[s.kind])
            self.add(iri, DIP.speaker, person_iri(s.speaker))
            self.add(iri, DIP.reportedIn, self.doc_iri)
            if s.addressee:
                self.add(iri, DIP.addressee, self.party(s.addressee))
            if s.text:
                self.add(iri, DIP.text, Literal(s.text))
            self.evidence(iri, s.evidence)


def to_graph(extraction: Extraction) -> Graph:
    """The RDF graph of one document's extraction.

    >>> from kg.model import Document, Extraction
    >>> len(to_graph(Extraction(Document(id="d1", text=""))))
    3
    """
    return _Mapper(extraction).run()
