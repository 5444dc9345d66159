"""The competency questions of ontology/README.md, answered by their saved queries, on both
store backends."""
from __future__ import annotations

from datetime import date

import pytest

from kg.mapping import document_iri, to_graph
from kg.model import Document, Extraction, Meeting, Person, Position
from kg.query import run_query
from kg.store import MemoryStore, OxigraphStore

from sample_extractions import full_extraction


def later_document() -> Extraction:
    """Half a year on: someone else is Russia's foreign minister, and calls Bayramov."""
    return Extraction(
        Document(id="later", text="", published=date(2024, 3, 1)),
        persons=[Person("maria-zakharova", "Maria Zakharova",
                        positions=[Position("Minister of Foreign Affairs", "Russia")]),
                 Person("jeyhun-bayramov", "Jeyhun Bayramov",
                        positions=[Position("Minister of Foreign Affairs", "Azerbaijan")])],
        meetings=[Meeting(["jeyhun-bayramov", "maria-zakharova"], "phone call", "2024-03-01")],
    )


@pytest.fixture(scope="module", params=[MemoryStore, OxigraphStore], ids=["memory", "oxigraph"])
def store(request):
    store = request.param()
    for extraction in (full_extraction(), later_document()):
        store.replace_document(document_iri(extraction.document.id), to_graph(extraction))
    return store


def rows(store, name, **params) -> list[dict[str, str | None]]:
    result = run_query(store, name, params)
    return [{v: (str(t) if t is not None else None) for v, t in zip(result.variables, row)}
            for row in result.rows]


def column(found, name) -> list:
    return [r[name] for r in found]


def test_counterparts(store):
    found = rows(store, "cq-counterparts")
    pairs = {(r["name"], r["counterpart"]) for r in found}
    assert ("Jeyhun Bayramov", "Sergey Lavrov") in pairs
    assert ("Jeyhun Bayramov", "Maria Zakharova") in pairs
    assert all(r["rank"] == "foreign minister" for r in found)
    # Guterres is no foreign minister: his call with Bayramov is no counterpart meeting
    assert not any("Guterres" in (r["name"] + r["counterpart"]) for r in found)
    russia = rows(store, "cq-counterparts", country="RUSSIA")
    assert set(column(russia, "nameCountry")) == {"Russia"}


def test_office_on_date(store):
    def russia(**p):
        return [(r["name"], r["asOf"], r["doc"]) for r in rows(store, "cq-office-on-date", country="Russia", **p)]
    assert russia(date="2023-12-31") == [("Sergey Lavrov", "2023-09-23", "seed")]
    assert russia(date="2024") == [("Maria Zakharova", "2024-03-01", "later")]
    assert russia(date="2023-01-01") == []
    assert russia() == [("Maria Zakharova", "2024-03-01", "later")]
    un = [r for r in rows(store, "cq-office-on-date", date="2023-09-23") if r["organization"]]
    assert [(r["name"], r["title"], r["organization"]) for r in un] == [
        ("António Guterres", "Secretary-General", "United Nations")]


def test_country_representatives(store):
    found = rows(store, "cq-country-representatives", country="azerbaijan")
    kinds = {(r["kind"], r["date"]) for r in found}
    assert ("signing", "2023-09-23") in kinds and ("phone call", "2024-03-01") in kinds
    assert set(column(found, "name")) == {"Jeyhun Bayramov"}
    sidelines = [r for r in found if r["occasion"]]
    assert sidelines and "General Assembly" in sidelines[0]["occasion"]


def test_agreements_signed_or_cited(store):
    found = rows(store, "cq-agreements")
    state = {r["name"]: r["state"] for r in found}
    assert state["Trilateral statement"] == "cited"
    assert state["Memorandum of understanding on consular matters"] == "signed"
    trilateral = [r for r in found if r["name"] == "Trilateral statement"]
    assert [(r["date"], r["signatory"]) for r in trilateral] == [("2020-11-10", None)]
    signed = rows(store, "cq-agreements", status="signed")
    assert set(column(signed, "signatory")) == {"Jeyhun Bayramov", "António Guterres"}
    assert {r["state"] for r in rows(store, "cq-agreements", status="cited")} == {"cited"}


def test_condolences_and_support(store):
    found = rows(store, "cq-condolences-support")
    assert {(r["statementKind"], r["speaker"], r["addressee"]) for r in found} == {
        ("condolences", "Jeyhun Bayramov", "United Nations"),
        ("support", "Jeyhun Bayramov", "Russia"),
        ("support", "Sergey Lavrov", None),
    }
    received = rows(store, "cq-condolences-support", country="Russia", kind="support")
    assert {(r["speaker"], r["speakerCountry"], r["addressee"]) for r in received} == {
        ("Jeyhun Bayramov", "Azerbaijan", "Russia"), ("Sergey Lavrov", "Russia", None)}


def test_country_network_and_top_partners(store):
    network = {(r["countryA"], r["countryB"]): int(r["meetings"]) for r in rows(store, "cq-country-network")}
    assert network == {("Azerbaijan", "Russia"): 3, ("Armenia", "Russia"): 2, ("Armenia", "Azerbaijan"): 1}
    partners = rows(store, "cq-top-partners", country="Azerbaijan")
    assert [(r["partner"], int(r["meetings"]), r["latest"]) for r in partners] == [
        ("Russia", 3, "2024-03-01"), ("Armenia", 1, "")]
    assert rows(store, "cq-top-partners") == []


def test_sidelines_and_topics(store):
    sidelines = rows(store, "cq-sidelines", occasion="general assembly")
    assert set(column(sidelines, "name")) == {"Jeyhun Bayramov", "Sergey Lavrov"}
    assert rows(store, "cq-sidelines", occasion="G20") == []
    topics = rows(store, "cq-topics", topic="REGION")
    assert column(topics, "subject") == ["the latest situation in the region"]
    assert set(topics[0]["participants"].split(", ")) == {"Jeyhun Bayramov", "Sergey Lavrov"}
    assert len(rows(store, "cq-topics")) == 2


def test_evidence_for_a_fact(store):
    found = rows(store, "cq-evidence", fact="https://w3id.org/kg/id/person/jeyhun-bayramov")
    assert len(found) == 1
    assert found[0]["kind"] == "ForeignMinister"
    assert found[0]["sentence"].startswith("Minister of Foreign Affairs Jeyhun Bayramov met with")
    assert float(found[0]["confidence"]) == pytest.approx(0.9)
    by_doc = rows(store, "cq-evidence", doc="seed")
    assert {"Agreement", "InPersonMeeting", "Condolences", "Position", "Signing"} <= set(column(by_doc, "kind"))
    assert rows(store, "cq-evidence", doc="later") == []


def test_facts_without_date_or_place(store):
    found = {(r["kind"], r["missing"]) for r in rows(store, "cq-missing-date-or-place")}
    assert found == {("in-person meeting", "date"), ("in-person meeting", "place"),
                     ("agreement", "date")}
