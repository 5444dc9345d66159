"""Hand-made extractions for the ontology, shapes and reasoning tests.

``full_extraction()`` fills every field of every kg.model dataclass, so the graph that
kg.mapping makes of it uses every term the mapping can write.
"""
from __future__ import annotations

from datetime import date

from kg.model import (
    MEETING_KINDS,
    STATEMENT_KINDS,
    Agreement,
    Document,
    Evidence,
    Extraction,
    Meeting,
    Person,
    Position,
    Statement,
)

DOC = "seed"
TEXT = (
    "23 September 2023. Minister of Foreign Affairs Jeyhun Bayramov met with Russian Foreign "
    "Minister Sergey Lavrov on the sidelines of UNGA-78 in New York. Bayramov offered "
    "condolences to Russia. The sides recalled the Trilateral statement of 10 November 2020."
)


def evidence(sentence: str, doc: str = DOC, confidence: float = 0.9) -> Evidence:
    start = TEXT.find(sentence) if sentence in TEXT else 0
    return Evidence(doc, sentence, start, start + len(sentence), confidence)


MET = "Minister of Foreign Affairs Jeyhun Bayramov met with Russian Foreign Minister Sergey Lavrov on the sidelines of UNGA-78 in New York."
CONDOLENCES = "Bayramov offered condolences to Russia."
CITED = "The sides recalled the Trilateral statement of 10 November 2020."


def full_extraction(doc: str = DOC) -> Extraction:
    """Every field filled; every meeting kind and statement kind used once."""
    persons = [
        Person("jeyhun-bayramov", "Jeyhun Bayramov", ["FM Bayramov", "Minister Bayramov"],
               [Position("Minister of Foreign Affairs", "Azerbaijan", evidence=evidence(MET, doc))],
               evidence(MET, doc)),
        Person("sergey-lavrov", "Sergey Lavrov", [],
               [Position("Minister of Foreign Affairs", "Russia", evidence=evidence(MET, doc))],
               evidence(MET, doc)),
        Person("antonio-guterres", "António Guterres", ["the Secretary-General"],
               [Position("Secretary-General", organization="United Nations")]),
        Person("ararat-mirzoyan", "Ararat Mirzoyan", [],
               [Position("Minister of Foreign Affairs", "Armenia")]),
        Person("nobody-in-office", "Nobody In Office"),
    ]
    meetings = [
        Meeting(["jeyhun-bayramov", "sergey-lavrov"], "in-person", "2023-09-23", "New York",
                "high-level week of the 78th session of the United Nations General Assembly",
                ["cooperation between Azerbaijan and Russia", "the latest situation in the region"],
                evidence(MET, doc)),
        Meeting(["jeyhun-bayramov", "antonio-guterres"], "phone call", "2023-09"),
        Meeting(["sergey-lavrov", "ararat-mirzoyan"], "video call", "2023"),
        Meeting(["jeyhun-bayramov", "ararat-mirzoyan", "sergey-lavrov"], "in-person", None,
                None, None, []),
    ]
    assert {m.kind for m in meetings} == set(MEETING_KINDS)
    agreements = [
        Agreement("Trilateral statement", "2020-11-10", ["Azerbaijan", "Russia", "Armenia"],
                  [], False, evidence(CITED, doc)),
        Agreement("Memorandum of understanding on consular matters", "2023-09-23",
                  ["Azerbaijan", "United Nations"], ["jeyhun-bayramov", "antonio-guterres"],
                  True, evidence(MET, doc)),
        Agreement("Joint declaration", None, [], [], False, None),
    ]
    statements = [
        Statement(kind, "jeyhun-bayramov", "Russia" if i % 2 else "United Nations",
                  f"{kind} text", evidence(CONDOLENCES, doc) if kind == "condolences" else None)
        for i, kind in enumerate(STATEMENT_KINDS)
    ] + [Statement("support", "sergey-lavrov", None)]
    return Extraction(
        Document(id=doc, text=TEXT, published=date(2023, 9, 23), source="mfa.gov.az",
                 url="https://mfa.gov.az/en/news/1", title="Bayramov meets Lavrov"),
        persons=persons,
        countries=["Azerbaijan", "Russia", "Armenia"],
        organizations=["United Nations"],
        meetings=meetings,
        agreements=agreements,
        statements=statements,
    )


def minimal_extraction(doc: str = "plain") -> Extraction:
    """A document with nothing but its id: no date, title, source or url."""
    return Extraction(Document(id=doc, text=""))
