"""The typed hand-offs between pipeline stages.

documents -> :class:`Document`; extraction -> :class:`Extraction` (persons, positions,
meetings, agreements, statements, each with its :class:`Evidence`); mapping turns an
Extraction into RDF. Persons are referred to by ``key`` (a stable slug of the canonical
name) so that facts can point at them before any IRI exists.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MEETING_KINDS = ("in-person", "phone call", "video call")
STATEMENT_KINDS = (
    "condolences", "support", "concern", "condemnation", "invitation",
    "congratulations", "gratitude", "other",
)


@dataclass(frozen=True)
class Document:
    """One input text with its metadata. ``published`` anchors relative dates."""

    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    #: character offset in ``text`` where the body starts (after front matter)
    body_start: int = 0


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the sentence and character span in the document text."""

    doc_id: str
    sentence: str
    start: int
    end: int
    confidence: float = 0.8


@dataclass
class Position:
    """An office a person holds as stated in the text."""

    title: str
    country: str | None = None          # English short name, e.g. "Russia"
    organization: str | None = None     # for officials of international bodies
    evidence: Evidence | None = None


@dataclass
class Person:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Meeting:
    participants: list[str]             # person keys
    kind: str = "in-person"             # one of MEETING_KINDS
    date: str | None = None             # ISO YYYY-MM-DD, YYYY-MM or YYYY
    location: str | None = None
    occasion: str | None = None
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Agreement:
    name: str
    date: str | None = None
    parties: list[str] = field(default_factory=list)       # country (or organisation) names
    signatories: list[str] = field(default_factory=list)   # person keys
    signed_here: bool = False           # True: the article reports the signing; False: cited
    evidence: Evidence | None = None


@dataclass
class Statement:
    kind: str                           # one of STATEMENT_KINDS
    speaker: str                        # person key
    addressee: str | None = None        # a country name where one is named
    text: str | None = None
    evidence: Evidence | None = None


@dataclass
class Extraction:
    document: Document
    persons: list[Person] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def person(self, key: str) -> Person:
        return next(p for p in self.persons if p.key == key)

    def to_gold(self) -> dict:
        """The extraction in the JSON shape of the gold files (``corpus/GOLD.md``)."""
        name = {p.key: p.name for p in self.persons}
        return {
            "persons": [
                {
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "positions": [
                        {"title": q.title, "country": q.country,
                         **({"organization": q.organization} if q.organization else {})}
                        for q in p.positions
                    ],
                }
                for p in self.persons
            ],
            "meetings": [
                {
                    "participants": [name[k] for k in m.participants],
                    "date": m.date, "location": m.location, "occasion": m.occasion,
                    "kind": m.kind, "topics": list(m.topics),
                }
                for m in self.meetings
            ],
            "agreements": [
                {"name": a.name, "date": a.date, "parties": list(a.parties),
                 "signatories": [name.get(k, k) for k in a.signatories]}
                for a in self.agreements
            ],
            "statements": [
                {"speaker": name.get(s.speaker, s.speaker), "kind": s.kind,
                 "addressee": s.addressee}
                for s in self.statements
            ],
            "countries": list(self.countries),
            "organizations": list(self.organizations),
        }
