"""The competency questions of ontology/README.md asked of graphs that kg builds from texts:
the seed (``../shared/corpus/seed.txt``, where it is present) and the eight texts of
``examples/``. tests/test_competency_queries.py checks the saved queries on hand-made
extractions; this file checks that extraction and queries together give the answers the
texts state.

Every assertion is something the text clearly says (the gold ``examples/*.json`` agrees) and
the current extraction gets right. Where a text states more than the extraction finds, or
the extraction adds something the text does not say, a comment marked GAP names it; such an
answer is neither asserted nor asserted absent, so the test must be tightened when the gap
is filled. Tests that need the seed take the ``corpus`` fixture and skip without
``../shared``; the others read only the examples' documents, so they run in any clone.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.documents import read_document
from kg.pipeline import build
from kg.query import run_query
from kg.store import MemoryStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "corpus" / "seed.txt"   # the path of conftest.py's `corpus` fixture
EXAMPLE_DOCS = {f"ex-0{i}" for i in range(1, 9)}
UNGA_79 = "high-level week of the 79th session of the United Nations General Assembly"
UNGA_78 = "high-level week of the 78th session of the United Nations General Assembly"


@pytest.fixture(scope="module")
def store():
    """One build per module: the examples, and the seed where ../shared is present."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    if SEED.exists():
        paths.insert(0, SEED)
    store = MemoryStore()
    report = build(store, paths)
    assert report.errors == []
    assert EXAMPLE_DOCS <= set(report.built)
    return store


def rows(store, name, **params) -> list[dict[str, str | None]]:
    result = run_query(store, name, params)
    return [{v: (str(t) if t is not None else None) for v, t in zip(result.variables, row)}
            for row in result.rows]


def of(found, *docs) -> list[dict]:
    return [r for r in found if r["doc"] in docs]


def examples(found) -> list[dict]:
    return [r for r in found if r["doc"] in EXAMPLE_DOCS]


def meetings(store) -> dict[str, tuple[str, frozenset[str]]]:
    """Meeting IRI -> (document, names of its participants), from the `meetings` query."""
    out: dict[str, tuple[str, set[str]]] = {}
    for r in rows(store, "meetings"):
        out.setdefault(r["meeting"], (r["doc"], set()))[1].add(r["name"])
    return {m: (doc, frozenset(names)) for m, (doc, names) in out.items()}


def pairs(found, *docs) -> set[tuple]:
    """who-met-whom rows as (doc, {name, counterpart}, date, kind), order of the two ignored."""
    return {(r["doc"], frozenset((r["name"], r["counterpart"])), r["date"], r["kind"])
            for r in found if not docs or r["doc"] in docs}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


# 1. Who met whom, and when? (who-met-whom)

def test_who_met_whom_seed(store, corpus):
    assert pairs(rows(store, "who-met-whom"), "seed") == {
        ("seed", pair("Jeyhun Bayramov", "Sergey Lavrov"), None, "in-person")}
    # The person and country parameters put that side on the left, in any case.
    for params in ({"person": "sergey lavrov"}, {"country": "RUSSIA"}):
        found = of(rows(store, "who-met-whom", **params), "seed")
        assert [(r["name"], r["nameCountry"], r["counterpart"], r["counterpartCountry"])
                for r in found] == [("Sergey Lavrov", "Russia", "Jeyhun Bayramov", "Azerbaijan")]


def test_who_met_whom_examples(store):
    found = rows(store, "who-met-whom")
    # These five texts report exactly these meetings: the invitations to visit (ex-01, ex-07,
    # ex-08), the planned presidential visit (ex-08), the future credentials ceremony (ex-06)
    # and the onward travel (ex-07) are no meetings.
    assert pairs(found, "ex-01", "ex-02", "ex-06", "ex-07", "ex-08") == {
        ("ex-01", pair("Tran Quoc Hieu", "Aidos Serikbayev"), "2024-03-12", "in-person"),      # "on Tuesday"
        ("ex-01", pair("Pham Thi Lan", "Aidos Serikbayev"), "2024-03-12", "in-person"),        # "later the same day"
        ("ex-02", pair("Sarita Adhikari", "Eirik Haugland"), "2024-07-15", "phone call"),      # "yesterday"
        ("ex-02", pair("Sarita Adhikari", "Dilan Jayasekara"), "2024-07-14", "phone call"),    # "on Sunday"
        ("ex-06", pair("Tomáš Novotný", "Luiz Fernando Carvalho"), "2024-10-09", "in-person"),
        ("ex-06", pair("Jan Kratochvíl", "Maria Lourdes Santos-Reyes"), "2024-10-09", "in-person"),
        ("ex-07", pair("Ricardo Villanueva", "Joaquim Amaral Pereira"), "2024-11-18", "in-person"),
        ("ex-08", pair("Kouadio Yao Bamba", "Murat Ertekin"), "2024-04-16", "in-person"),
        ("ex-08", pair("Kouadio Yao Bamba", "Selim Karaca"), "2024-04-17", "in-person"),  # "the following day"
    }
    # "met A, B and C ... on Monday": three bilateral meetings on 2024-09-23.
    # GAP: ex-04 also yields an undated four-way meeting of the same four people (from "The
    # meeting with Sydykov was the first ..."), which the text does not report, and misses
    # the earlier talks of Osei-Mensah and de Vries "in Accra last month" (2024-08).
    assert {("ex-04", pair("Kwabena Osei-Mensah", other), "2024-09-23", "in-person")
            for other in ("Abdulrahman Al-Qahtani", "Maarten de Vries", "Kubat Sydykov")} <= pairs(found)
    # GAP: ex-05's talks are dated "today" (2024-05-22) but come out undated, and Karimov's
    # meeting with Mariam Al Suwaidi ("received in Abu Dhabi by") is missing.
    assert {p[1] for p in pairs(found, "ex-05")} >= {pair("Bakhtiyor Karimov", "Saeed Al Dhaheri")}
    # GAP: ex-03 yields no meeting at all: neither the online summit of Rojas Echeverría,
    # Salazar Quispe and Villacís on 5 June nor Rojas's video call with Whitaker on Thursday.


def test_who_met_whom_parameters(store):
    def found(**params):
        return {(r["name"], r["counterpart"], r["date"]) for r in examples(rows(store, "who-met-whom", **params))}

    both_calls = {("Sarita Adhikari", "Eirik Haugland", "2024-07-15"),
                  ("Sarita Adhikari", "Dilan Jayasekara", "2024-07-14")}
    assert found(country="nepal") == both_calls
    assert found(person="SARITA ADHIKARI") == both_calls
    assert found(country="Czech Republic", **{"from": "2024-10-09", "to": "2024-10-09"}) == {
        ("Tomáš Novotný", "Luiz Fernando Carvalho", "2024-10-09"),
        ("Jan Kratochvíl", "Maria Lourdes Santos-Reyes", "2024-10-09")}
    # A month bounds both ends; a day bound cuts inside it.
    april = {frozenset((n, c)) for n, c, _ in found(**{"from": "2024-04", "to": "2024-04"})}
    assert april == {pair("Kouadio Yao Bamba", "Murat Ertekin"), pair("Kouadio Yao Bamba", "Selim Karaca")}
    assert {frozenset((n, c)) for n, c, _ in found(**{"from": "2024-04-17", "to": "2024-04-30"})} == {
        pair("Kouadio Yao Bamba", "Selim Karaca")}
    assert {d for _, _, d in found(**{"from": "2024-07-15", "to": "2024-07-15"})} == {"2024-07-15"}
    # A meeting without a date never falls inside a range.
    assert all(d is not None for _, _, d in found(**{"from": "2000"}))
    assert found(**{"from": "2025"}) == set()


# 2. Where, how and on what occasion did each meeting take place? (meetings)

def test_meetings_place_kind_occasion_seed(store, corpus):
    found = of(rows(store, "meetings"), "seed")
    assert {(r["name"], r["kind"], r["occasion"]) for r in found} == {
        ("Jeyhun Bayramov", "in-person", UNGA_78), ("Sergey Lavrov", "in-person", UNGA_78)}


def test_meetings_place_kind_occasion_examples(store):
    how: dict[frozenset[str], set[tuple]] = {}
    for r in examples(rows(store, "meetings")):
        people = meetings(store)[r["meeting"]][1]
        how.setdefault(people, set()).add((r["kind"], r["location"], r["occasion"]))
    assert how[pair("Tran Quoc Hieu", "Aidos Serikbayev")] == {("in-person", "Hanoi", None)}
    assert how[pair("Pham Thi Lan", "Aidos Serikbayev")] == {("in-person", "Hanoi", None)}
    assert how[pair("Sarita Adhikari", "Eirik Haugland")] == {("phone call", None, None)}
    assert how[pair("Sarita Adhikari", "Dilan Jayasekara")] == {("phone call", None, None)}
    for other in ("Abdulrahman Al-Qahtani", "Maarten de Vries", "Kubat Sydykov"):
        assert how[pair("Kwabena Osei-Mensah", other)] == {("in-person", "New York", UNGA_79)}
    assert how[pair("Bakhtiyor Karimov", "Saeed Al Dhaheri")] == {("in-person", "Abu Dhabi", None)}
    assert how[pair("Tomáš Novotný", "Luiz Fernando Carvalho")] == {("in-person", "Prague", None)}
    assert how[pair("Ricardo Villanueva", "Joaquim Amaral Pereira")] == {("in-person", "Jakarta", None)}
    assert how[pair("Kouadio Yao Bamba", "Murat Ertekin")] == {("in-person", "Ankara", None)}
    # The texts name no place for these two.
    assert how[pair("Kouadio Yao Bamba", "Selim Karaca")] == {("in-person", None, None)}
    assert how[pair("Jan Kratochvíl", "Maria Lourdes Santos-Reyes")] == {("in-person", None, None)}
    # GAP: no video call comes out of ex-03 (see test_who_met_whom_examples), and ex-06's
    # occasion (the presentation of copies of credentials) is not recorded.
