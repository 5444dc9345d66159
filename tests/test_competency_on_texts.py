"""The competency questions of ontology/README.md asked of graphs that kg builds from texts:
the seed (``../shared/corpus/seed.txt``, where it is present) and the eight texts of
``examples/``. tests/test_competency_queries.py checks the saved queries on hand-made
extractions; this file checks that extraction and queries together give the answers the
texts state.

Every assertion is something the text clearly says (the gold ``examples/*.json`` agrees) and
the current extraction gets right. Where a text states more than the extraction finds, or
the extraction adds something the text does not say, a comment marked GAP names it and the
test asserts only what is right (a wrong answer is never asserted), so the assertions should
be tightened as the gaps are filled. Tests that need the seed take the ``corpus`` fixture and skip without
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
    yield store
    _answers.clear()


_answers: dict[tuple, list[dict[str, str | None]]] = {}


def rows(store, name, **params) -> list[dict[str, str | None]]:
    """The rows of a saved query as dicts of strings; each question is run once per module
    (some queries take seconds on the in-memory store)."""
    key = (id(store), name, tuple(sorted(params.items())))
    if key not in _answers:
        result = run_query(store, name, params)
        _answers[key] = [{v: (str(t) if t is not None else None) for v, t in zip(result.variables, row)}
                         for row in result.rows]
    return [dict(r) for r in _answers[key]]


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
    assert found(country="Czechia", **{"from": "2024-10-09", "to": "2024-10-09"}) == {
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
    people = meetings(store)
    how: dict[frozenset[str], set[tuple]] = {}
    for r in examples(rows(store, "meetings")):
        how.setdefault(people[r["meeting"]][1], set()).add((r["kind"], r["location"], r["occasion"]))
    assert how[pair("Tran Quoc Hieu", "Aidos Serikbayev")] == {("in-person", "Hanoi", None)}
    assert how[pair("Pham Thi Lan", "Aidos Serikbayev")] == {("in-person", "Hanoi", None)}
    assert how[pair("Sarita Adhikari", "Eirik Haugland")] == {("phone call", None, None)}
    assert how[pair("Sarita Adhikari", "Dilan Jayasekara")] == {("phone call", None, None)}
    for other in ("Abdulrahman Al-Qahtani", "Kubat Sydykov"):
        assert how[pair("Kwabena Osei-Mensah", other)] == {("in-person", "New York", UNGA_79)}
    # ... and de Vries twice: in New York, and in Accra the month before
    assert how[pair("Kwabena Osei-Mensah", "Maarten de Vries")] == {("in-person", "New York", UNGA_79),
                                                                   ("in-person", "Accra", None)}
    assert how[pair("Bakhtiyor Karimov", "Saeed Al Dhaheri")] == {("in-person", "Abu Dhabi", None)}
    assert how[pair("Tomáš Novotný", "Luiz Fernando Carvalho")] == {("in-person", "Prague", None)}
    assert how[pair("Ricardo Villanueva", "Joaquim Amaral Pereira")] == {("in-person", "Jakarta", None)}
    assert how[pair("Kouadio Yao Bamba", "Murat Ertekin")] == {("in-person", "Ankara", None)}
    # The texts name no place for these two.
    assert how[pair("Kouadio Yao Bamba", "Selim Karaca")] == {("in-person", None, None)}
    assert how[pair("Jan Kratochvíl", "Maria Lourdes Santos-Reyes")] == {("in-person", None, None)}
    # GAP: no video call comes out of ex-03 (see test_who_met_whom_examples), and ex-06's
    # occasion (the presentation of copies of credentials) is not recorded.


# 3. Which ministers met their counterparts? (cq-counterparts)

def test_counterparts_seed(store, corpus):
    found = of(rows(store, "cq-counterparts"), "seed")
    assert [(frozenset((r["name"], r["counterpart"])), r["rank"]) for r in found] == [
        (pair("Jeyhun Bayramov", "Sergey Lavrov"), "foreign minister")]   # "his Russian counterpart"


def test_counterparts_examples(store):
    found = {(frozenset((r["name"], r["counterpart"])), r["rank"]) for r in examples(rows(store, "cq-counterparts"))}
    assert {(pair("Tran Quoc Hieu", "Aidos Serikbayev"), "foreign minister"),     # "his Kazakh counterpart"
            (pair("Sarita Adhikari", "Eirik Haugland"), "foreign minister"),      # "her Norwegian counterpart"
            (pair("Sarita Adhikari", "Dilan Jayasekara"), "foreign minister"),
            (pair("Kwabena Osei-Mensah", "Kubat Sydykov"), "foreign minister"),   # "his Kyrgyz counterpart"
            (pair("Kwabena Osei-Mensah", "Maarten de Vries"), "foreign minister"),
            (pair("Kouadio Yao Bamba", "Murat Ertekin"), "foreign minister"),     # "his Turkish counterpart"
            } <= found
    met = {p for p, _ in found}
    # Not of the same rank: a foreign minister with a vice president, with an ambassador,
    # a deputy minister with an ambassador, a minister with the ASEAN Secretary-General.
    for a, b in [("Kouadio Yao Bamba", "Selim Karaca"), ("Tomáš Novotný", "Luiz Fernando Carvalho"),
                 ("Jan Kratochvíl", "Maria Lourdes Santos-Reyes"),
                 ("Joaquim Amaral Pereira", "Ricardo Villanueva")]:
        assert pair(a, b) not in met
    # GAP: Karimov (Foreign Minister) and Saeed Al Dhaheri ("Minister of State for Foreign
    # Trade", typed a foreign minister) come out as foreign-minister counterparts, which the
    # text does not say; the undated four-way ex-04 meeting adds pairs of guests who never
    # met (Al-Qahtani with de Vries...). Neither is asserted.
    nepal = examples(rows(store, "cq-counterparts", country="Nepal"))
    assert {(r["name"], r["nameCountry"], r["counterpart"], r["counterpartCountry"]) for r in nepal} == {
        ("Sarita Adhikari", "Nepal", "Eirik Haugland", "Norway"),
        ("Sarita Adhikari", "Nepal", "Dilan Jayasekara", "Sri Lanka")}


# 4. Who held which office on a given date? (cq-office-on-date)

def office(r) -> tuple:
    return (r["name"], r["title"], r["officeCountry"] or r["organization"], r["asOf"], r["doc"])


def test_office_on_date_seed(store, corpus):
    on_the_day = [office(r) for r in rows(store, "cq-office-on-date", date="2023-09-23", country="Russia")]
    assert on_the_day == [("Sergey Lavrov", "Minister of Foreign Affairs", "Russia", "2023-09-23", "seed")]
    azerbaijan = [office(r) for r in rows(store, "cq-office-on-date", date="2023-09", country="azerbaijan")]
    assert azerbaijan == [("Jeyhun Bayramov", "Minister of Foreign Affairs", "Azerbaijan", "2023-09-23", "seed")]
    assert rows(store, "cq-office-on-date", date="2023-09-22", country="Russia") == []
    # Later documents name no one else in the office, so Lavrov still holds it a year on.
    later = [office(r) for r in rows(store, "cq-office-on-date", date="2024-12-31", country="Russia")]
    assert ("Sergey Lavrov", "Minister of Foreign Affairs", "Russia", "2023-09-23", "seed") in later


def test_office_on_date_examples(store):
    czech = {office(r) for r in rows(store, "cq-office-on-date", date="2024-10-10",
                                     country="czechia")}
    assert czech == {("Tomáš Novotný", "Foreign Minister", "Czechia", "2024-10-10", "ex-06"),
                     ("Jan Kratochvíl", "Deputy Foreign Minister", "Czechia", "2024-10-10", "ex-06")}
    # An office with no country or organisation is never reported under a country filter.
    assert all(r["officeCountry"] for r in rows(store, "cq-office-on-date", country="Vietnam"))
    asean = [office(r) for r in rows(store, "cq-office-on-date", date="2024-11-20") if r["organization"]]
    assert asean == [("Ricardo Villanueva", "Secretary-General", "ASEAN", "2024-11-20", "ex-07")]
    # Before ex-07 was published no document names him.
    assert not [r for r in rows(store, "cq-office-on-date", date="2024-11-19") if r["name"] == "Ricardo Villanueva"]
    turkey = {office(r) for r in rows(store, "cq-office-on-date", date="2024-04", country="Turkey")}
    assert {("Murat Ertekin", "Foreign Minister", "Turkey", "2024-04-18", "ex-08"),
            ("Selim Karaca", "Vice President", "Turkey", "2024-04-18", "ex-08")} <= turkey


# 5. Which offices does each person hold, according to each document? (positions)

def position(r) -> tuple:
    return (r["doc"], r["name"], r["title"], r["country"], r["organization"])


def test_positions_seed(store, corpus):
    assert {position(r) for r in of(rows(store, "positions"), "seed")} == {
        ("seed", "Jeyhun Bayramov", "Minister of Foreign Affairs", "Azerbaijan", None),
        ("seed", "Sergey Lavrov", "Minister of Foreign Affairs", "Russia", None)}


def test_positions_examples(store):
    found = {position(r) for r in rows(store, "positions")}
    assert {
        ("ex-01", "Tran Quoc Hieu", "Minister of Foreign Affairs", "Vietnam", None),
        ("ex-01", "Aidos Serikbayev", "Minister of Foreign Affairs", "Kazakhstan", None),
        ("ex-02", "Sarita Adhikari", "Minister for Foreign Affairs", "Nepal", None),
        ("ex-03", "Valentina Rojas Echeverría", "Foreign Minister", "Chile", None),
        ("ex-03", "Callum Whitaker", "Foreign Minister", "New Zealand", None),
        ("ex-04", "Abdulrahman Al-Qahtani", "Minister of State for Foreign Affairs", "Saudi Arabia", None),
        ("ex-05", "Saeed Al Dhaheri", "Minister of State for Foreign Trade", "United Arab Emirates", None),
        ("ex-05", "Mariam Al Suwaidi", "Minister of Energy and Infrastructure", "United Arab Emirates", None),
        ("ex-06", "Jan Kratochvíl", "Deputy Foreign Minister", "Czechia", None),
        ("ex-07", "Joaquim Amaral Pereira", "Minister of Foreign Affairs and Cooperation", "Timor-Leste", None),
        ("ex-07", "Ricardo Villanueva", "Secretary-General", None, "ASEAN"),   # no country
        ("ex-08", "Selim Karaca", "Vice President", "Turkey", None),
    } <= found
    envoys = {(r["name"], r["country"]) for r in of(rows(store, "positions"), "ex-06") if "Ambassador" in r["title"]}
    assert envoys == {("Luiz Fernando Carvalho", "Brazil"), ("Maria Lourdes Santos-Reyes", "Philippines")}
    # "Her Peruvian counterpart Jorge Salazar Quispe": an office of Peru.
    salazar = [r for r in of(rows(store, "positions"), "ex-03") if r["name"] == "Jorge Salazar Quispe"]
    assert {r["country"] for r in salazar} == {"Peru"}
    # GAP: ex-01's Deputy Prime Minister Pham Thi Lan gets no country (Vietnam); ex-03's
    # Ecuadorian minister comes out as "Mobility Andrés Villacís", "Minister of Foreign Affairs
    # and Human" (for Andrés Villacís, "... and Human Mobility"), and Salazar Quispe's title
    # is that same truncated title where the text makes him Peru's foreign minister.


# 6. Who represented a country at a meeting or a signing? (cq-country-representatives)

def test_country_representatives_seed(store, corpus):
    found = of(rows(store, "cq-country-representatives", country="AZERBAIJAN"), "seed")
    assert [(r["name"], r["representedCountry"], r["kind"], r["occasion"]) for r in found] == [
        ("Jeyhun Bayramov", "Azerbaijan", "in-person", UNGA_78)]


def test_country_representatives_examples(store):
    nepal = examples(rows(store, "cq-country-representatives", country="nepal"))
    assert {(r["name"], r["title"], r["kind"], r["date"]) for r in nepal} == {
        ("Sarita Adhikari", "Minister for Foreign Affairs", "phone call", "2024-07-15"),
        ("Sarita Adhikari", "Minister for Foreign Affairs", "phone call", "2024-07-14")}
    # ASEAN is no country: only Timor-Leste is represented at the Jakarta meeting.
    assert {(r["representedCountry"], r["name"], r["date"])
            for r in of(rows(store, "cq-country-representatives"), "ex-07")} == {
        ("Timor-Leste", "Joaquim Amaral Pereira", "2024-11-18")}
    turkey = of(rows(store, "cq-country-representatives", country="Turkey"), "ex-08")
    assert {(r["name"], r["date"]) for r in turkey} == {("Murat Ertekin", "2024-04-16"),
                                                        ("Selim Karaca", "2024-04-17")}
    # GAP: ex-05's signing has no participants ("signed by Karimov and ... Saeed Al
    # Dhaheri"), so no one represents Uzbekistan or the UAE at a signing.


# 7-8. Which agreements were signed or cited, by whom and when; which does a document only
# cite, and which does it report as newly signed? (cq-agreements)

def test_agreements_signed_or_cited_seed(store, corpus):
    found = of(rows(store, "cq-agreements"), "seed")
    assert [(r["name"], r["state"], r["date"]) for r in found] == [
        ("Trilateral statement", "cited", "2020-11-10")]   # signed in 2020, cited in 2023


def test_agreements_signed_or_cited_examples(store):
    found = {(r["doc"], r["name"].lower(), r["state"], r["date"]) for r in examples(rows(store, "cq-agreements"))}
    assert found == {
        ("ex-05", "memorandum of understanding on cooperation in renewable energy", "signed", "2024-05-22"),   # signed "today"
        # cited with its own date, not the article's
        ("ex-05", "agreement on the avoidance of double taxation", "cited", "2021-10-14"),
        ("ex-03", "digital economy partnership agreement", "cited", "2020-06"),   # "in June 2020"
    }
    signed = examples(rows(store, "cq-agreements", status="signed"))
    assert {(r["doc"], r["name"].lower()) for r in signed} == {("ex-05", "memorandum of understanding on cooperation in renewable energy")}
    cited = examples(rows(store, "cq-agreements", status="cited"))
    assert {r["doc"] for r in cited} == {"ex-03", "ex-05"} and {r["state"] for r in cited} == {"cited"}
    # GAP: the memorandum's signatories (Bakhtiyor Karimov, Saeed Al Dhaheri) are missing
    # (signatory is empty), and its name drops "and green hydrogen".


# 9. Who are the parties to each agreement? (agreements)

def test_agreement_parties_seed(store, corpus):
    found = of(rows(store, "agreements"), "seed")
    assert {(r["name"], r["party"]) for r in found} == {
        ("Trilateral statement", "Azerbaijan"), ("Trilateral statement", "Russia"),
        ("Trilateral statement", "Armenia")}


def test_agreement_parties_examples(store):
    found = examples(rows(store, "agreements"))
    dates = {r["name"].lower(): r["date"] for r in found}
    assert dates["agreement on the avoidance of double taxation"] == "2021-10-14"
    assert dates["memorandum of understanding on cooperation in renewable energy"] == "2024-05-22"
    # GAP: no example agreement gets its parties: Uzbekistan and the United Arab Emirates
    # (the memorandum; "the two governments" for the double-taxation agreement), Chile, New
    # Zealand and Singapore (the Digital Economy Partnership Agreement). When they come, the
    # parties must be among them:
    assert {r["party"] for r in of(found, "ex-05") if r["party"]} <= {"Uzbekistan", "United Arab Emirates"}
    assert {r["party"] for r in of(found, "ex-03") if r["party"]} <= {"Chile", "New Zealand", "Singapore"}


# 10. Who offered condolences or support, to whom? (cq-condolences-support)

def given(found) -> set[tuple]:
    return {(r["statementKind"], r["speaker"], r["speakerCountry"], r["addressee"]) for r in found}


def test_condolences_support_seed(store, corpus):
    assert given(of(rows(store, "cq-condolences-support"), "seed")) == {
        ("condolences", "Jeyhun Bayramov", "Azerbaijan", "Russia")}
    received = of(rows(store, "cq-condolences-support", country="Russia", kind="condolences"), "seed")
    assert given(received) == {("condolences", "Jeyhun Bayramov", "Azerbaijan", "Russia")}


def test_condolences_support_examples(store):
    assert given(examples(rows(store, "cq-condolences-support"))) == {
        ("condolences", "Eirik Haugland", "Norway", "Nepal"),
        ("condolences", "Dilan Jayasekara", "Sri Lanka", "Nepal"),
        ("support", "Eirik Haugland", "Norway", "Nepal"),
        ("support", "Kwabena Osei-Mensah", "Ghana", "Kyrgyzstan"),
        ("support", "Saeed Al Dhaheri", "United Arab Emirates", "Uzbekistan"),
        ("support", "Tomáš Novotný", "Czechia", "Brazil"),
        ("support", "Ricardo Villanueva", None, "Timor-Leste"),   # ASEAN's Secretary-General
    }
    nepal = examples(rows(store, "cq-condolences-support", country="NEPAL", kind="condolences"))
    assert {(r["speaker"], r["speakerCountry"]) for r in nepal} == {
        ("Eirik Haugland", "Norway"), ("Dilan Jayasekara", "Sri Lanka")}
    # A country given as the giver's country: what Norway gave.
    norway = examples(rows(store, "cq-condolences-support", country="Norway"))
    assert {(r["statementKind"], r["addressee"]) for r in norway} == {("condolences", "Nepal"), ("support", "Nepal")}


# 11. Which statements of each kind were made, by whom, to whom? (statements)

def test_statements_examples(store):
    found = {(r["doc"], r["kind"], r["speaker"], r["addressee"]) for r in rows(store, "statements")}
    assert {
        ("ex-01", "invitation", "Aidos Serikbayev", "Vietnam"),   # "invited Hieu to visit Astana"
        ("ex-02", "gratitude", "Sarita Adhikari", "Norway"),
        ("ex-02", "concern", "Dilan Jayasekara", None),
        ("ex-03", "concern", "Valentina Rojas Echeverría", None),
        ("ex-03", "congratulations", "Valentina Rojas Echeverría", "Peru"),
        ("ex-04", "gratitude", "Kwabena Osei-Mensah", "Netherlands"),
        ("ex-05", "congratulations", "Bakhtiyor Karimov", "United Arab Emirates"),
        ("ex-06", "gratitude", "Jan Kratochvíl", "Philippines"),
        ("ex-07", "gratitude", "Joaquim Amaral Pereira", None),
        ("ex-07", "invitation", "Joaquim Amaral Pereira", None),
        ("ex-08", "congratulations", "Murat Ertekin", "Côte d'Ivoire"),   # "Côte d'Ivoire"
        ("ex-08", "concern", "Kouadio Yao Bamba", None),                 # "the Ivorian minister voiced concern"
    } <= found
    assert ("ex-08", "invitation", "Kouadio Yao Bamba") in {f[:3] for f in found}
    # GAP: missing are Villanueva's condemnation of the attack in Rakhine State (ex-07),
    # Adhikari's gratitude to Sri Lanka (ex-02, "expressed her gratitude to Sri Lanka"), and
    # the addressee of Bamba's invitation (Turkey, in the gold).


# 12. Which countries talk to each other, and how often? (cq-country-network)

def network(store) -> dict[tuple[str, str], int]:
    return {(r["countryA"], r["countryB"]): int(r["meetings"]) for r in rows(store, "cq-country-network")}


def test_country_network_seed(store, corpus):
    edges = network(store)
    assert edges[("Azerbaijan", "Russia")] == 1
    # Armenia is only a party to the cited Trilateral statement: no one met an Armenian.
    assert not [e for e in edges if "Armenia" in e]


def test_country_network_examples(store):
    edges = network(store)
    assert {e: edges.get(e) for e in [("Côte d'Ivoire", "Turkey"), ("Nepal", "Norway"), ("Nepal", "Sri Lanka"),
                                      ("Brazil", "Czechia"), ("Czechia", "Philippines")]} == {
        ("Côte d'Ivoire", "Turkey"): 2, ("Nepal", "Norway"): 1, ("Nepal", "Sri Lanka"): 1,
        ("Brazil", "Czechia"): 1, ("Czechia", "Philippines"): 1}
    for e in [("Kazakhstan", "Vietnam"), ("United Arab Emirates", "Uzbekistan"), ("Ghana", "Kyrgyzstan"),
              ("Ghana", "Netherlands"), ("Ghana", "Saudi Arabia")]:
        assert edges.get(e, 0) >= 1, e
    # GAP: Kazakhstan-Vietnam should count 2 (Pham Thi Lan has no country) and UAE-Uzbekistan 2
    # (the Al Suwaidi meeting is missing); the spurious four-way ex-04 meeting adds one to each
    # Ghana edge and creates Kyrgyzstan-Netherlands, Kyrgyzstan-Saudi Arabia and
    # Netherlands-Saudi Arabia edges the text does not report; ex-03's calls add no
    # Chile-Peru, Chile-Ecuador, Ecuador-Peru or Chile-New Zealand edge.
    # Countries only mentioned (relief from India and Japan, flights via China, Afghanistan,
    # Myanmar, Singapore) are in no edge.
    for country in ("India", "Japan", "China", "Afghanistan", "Myanmar", "Singapore"):
        assert not [e for e in edges if country in e], country


# 13. Who are a country's top partners? (cq-top-partners)

def partners(store, country) -> list[tuple]:
    return [(r["partner"], int(r["meetings"]), r["latest"]) for r in rows(store, "cq-top-partners", country=country)]


def test_top_partners_seed(store, corpus):
    assert partners(store, "Azerbaijan") == [("Russia", 1, "")]   # the text does not date the meeting


def test_top_partners_examples(store):
    assert partners(store, "Nepal") == [("Norway", 1, "2024-07-15"), ("Sri Lanka", 1, "2024-07-14")]
    assert partners(store, "ivory coast") == [("Turkey", 2, "2024-04-17")]
    assert partners(store, "Czechia") == [("Brazil", 1, "2024-10-09"), ("Philippines", 1, "2024-10-09")]
    assert {p for p, *_ in partners(store, "Ghana")} == {"Kyrgyzstan", "Netherlands", "Saudi Arabia"}
    # GAP: Ghana's counts are 2 each (the spurious four-way meeting) where the text gives
    # Netherlands 2 (New York and Accra), Saudi Arabia 1, Kyrgyzstan 1.
    assert rows(store, "cq-top-partners") == []   # the country is required


# 14. Which meetings took place on the sidelines of an event? (cq-sidelines)

def test_sidelines_seed(store, corpus):
    found = of(rows(store, "cq-sidelines", occasion="general assembly"), "seed")
    assert {(r["occasionName"], r["name"]) for r in found} == {
        (UNGA_78, "Jeyhun Bayramov"), (UNGA_78, "Sergey Lavrov")}


def test_sidelines_examples(store):
    found = examples(rows(store, "cq-sidelines"))
    assert {r["doc"] for r in found} == {"ex-04"}   # no other example reports a meeting at an occasion
    by_meeting: dict[str, set[str]] = {}
    for r in rows(store, "cq-sidelines", occasion="79TH SESSION"):
        assert (r["occasionName"], r["date"], r["kind"]) == (UNGA_79, "2024-09-23", "in-person")
        by_meeting.setdefault(r["meeting"], set()).add(r["name"])
    assert sorted(map(sorted, by_meeting.values())) == [
        ["Abdulrahman Al-Qahtani", "Kwabena Osei-Mensah"], ["Kubat Sydykov", "Kwabena Osei-Mensah"],
        ["Kwabena Osei-Mensah", "Maarten de Vries"]]
    assert rows(store, "cq-sidelines", occasion="G20") == []   # ex-06 names Brazil's G20 presidency only


# 15. What did the sides discuss? (cq-topics)

def topics(store, **params) -> set[tuple]:
    return {(r["doc"], frozenset(r["participants"].split(", ")), r["subject"])
            for r in rows(store, "cq-topics", **params)}


def test_topics_seed(store, corpus):
    found = {t for t in topics(store) if t[0] == "seed"}
    bayramov_lavrov = pair("Jeyhun Bayramov", "Sergey Lavrov")
    assert {("seed", bayramov_lavrov, "cooperation between Azerbaijan and Russia"),
            ("seed", bayramov_lavrov, "latest situation in the region")} <= found
    assert ("seed", bayramov_lavrov, "latest situation in the region") in topics(store, topic="Situation In The Region")


def test_topics_examples(store):
    def one(words):
        [(doc, people, subject)] = topics(store, topic=words)
        return doc, people, subject
    assert one("SAHEL") == ("ex-08", pair("Kouadio Yao Bamba", "Murat Ertekin"), "security situation in the Sahel")
    assert one("hydropower")[:2] == ("ex-02", pair("Sarita Adhikari", "Eirik Haugland"))
    assert one("Myanmar") == ("ex-07", pair("Joaquim Amaral Pereira", "Ricardo Villanueva"), "situation in Myanmar")
    assert one("Mercosur")[:2] == ("ex-06", pair("Tomáš Novotný", "Luiz Fernando Carvalho"))
    assert one("direct flights")[:2] == ("ex-01", pair("Tran Quoc Hieu", "Aidos Serikbayev"))
    assert one("agro-processing")[:2] == ("ex-08", pair("Kouadio Yao Bamba", "Selim Karaca"))
    assert one("transport corridors")[:2] == ("ex-05", pair("Bakhtiyor Karimov", "Saeed Al Dhaheri"))
    assert topics(store, topic="no such topic") == set()
    # GAP: in ex-04 the cocoa and port-of-Tema topic ("With de Vries, Osei-Mensah reviewed
    # ...") is attached to the meeting with Sydykov, not de Vries; the talks with Al-Qahtani
    # (Saudi investment, an embassy in Accra) get no topic; ex-05's renewable energy and
    # Al Suwaidi's solar projects are missing.


# 16. Which sentence supports a fact, and how confident is the extraction? (cq-evidence)

def test_evidence_seed(store, corpus, seed):
    text = read_document(seed).text
    [bayramov] = rows(store, "cq-evidence", fact="https://w3id.org/kg/id/person/jeyhun-bayramov")
    assert bayramov["doc"] == "seed" and bayramov["kind"] == "ForeignMinister"
    assert bayramov["sentence"].startswith("Azerbaijan’s Minister of Foreign Affairs Jeyhun Bayramov has met with")
    assert text[int(bayramov["start"]):int(bayramov["end"])] == "Jeyhun Bayramov"
    assert 0 < float(bayramov["confidence"]) <= 1
    condolences = [r for r in rows(store, "cq-evidence", doc="seed") if r["kind"] == "Condolences"]
    assert [r["sentence"][:50] for r in condolences] == ["Minister Jeyhun Bayramov offered his deepest condo"]


def test_evidence_examples(store):
    [cited] = [r for r in rows(store, "cq-agreements") if "double taxation" in r["name"]]
    [evidence] = rows(store, "cq-evidence", fact=cited["agreement"])
    assert evidence["kind"] == "Agreement"
    assert "signed in Tashkent on 14 October 2021" in evidence["sentence"]
    for path in sorted(EXAMPLES.glob("*.txt")):
        document = read_document(path)
        found = rows(store, "cq-evidence", doc=document.id)
        assert found, document.id
        for r in found:   # the sentence is the text's, the span lies inside it
            start, end = int(r["start"]), int(r["end"])
            assert r["sentence"] in document.text
            assert 0 <= start <= end <= len(document.text)
            assert document.text[start:end] in r["sentence"]
            assert 0 <= float(r["confidence"]) <= 1
    [karimov] = rows(store, "cq-evidence", fact="https://w3id.org/kg/id/person/bakhtiyor-karimov")
    text = read_document(EXAMPLES / "05-uzbekistan-uae-mou.txt").text
    assert text[int(karimov["start"]):int(karimov["end"])] == "Bakhtiyor Karimov"
    assert karimov["sentence"].startswith("Uzbekistan and the United Arab Emirates signed a memorandum")


# 17. Which facts lack a date or a place? (cq-missing-date-or-place)

def missing(store) -> set[tuple]:
    people = meetings(store)
    return {(r["doc"], people[r["fact"]][1] if r["fact"] in people else r["fact"], r["kind"], r["missing"])
            for r in rows(store, "cq-missing-date-or-place")}


def test_missing_date_or_place_seed(store, corpus):
    # "has met ... on the sidelines": no date of its own; the occasion stands for the place.
    assert {m for m in missing(store) if m[0] == "seed"} == {
        ("seed", pair("Jeyhun Bayramov", "Sergey Lavrov"), "in-person meeting", "date")}


def test_missing_date_or_place_examples(store):
    found = missing(store)
    assert {("ex-06", pair("Jan Kratochvíl", "Maria Lourdes Santos-Reyes"), "in-person meeting", "place"),
            ("ex-08", pair("Kouadio Yao Bamba", "Selim Karaca"), "in-person meeting", "place")} <= found
    flagged = {m[1] for m in found}
    # Dated and placed (or held by phone): nothing to check.
    for a, b in [("Tran Quoc Hieu", "Aidos Serikbayev"), ("Sarita Adhikari", "Eirik Haugland"),
                 ("Sarita Adhikari", "Dilan Jayasekara"), ("Tomáš Novotný", "Luiz Fernando Carvalho"),
                 ("Ricardo Villanueva", "Joaquim Amaral Pereira"), ("Kouadio Yao Bamba", "Murat Ertekin"),
                 ("Kwabena Osei-Mensah", "Maarten de Vries")]:
        assert pair(a, b) not in flagged
    # Every example agreement has its date (June 2020 is a date too).
    assert not [m for m in found if m[2] == "agreement" and m[0] in EXAMPLE_DOCS]
    # GAP: the Karimov-Al Dhaheri talks are flagged as undated though the text dates them
    # "today"; the spurious four-way ex-04 meeting is flagged for date and place.


# 18. Which countries does each document mention? (countries)

def test_countries_seed(store, corpus):
    assert {r["name"] for r in of(rows(store, "countries"), "seed")} == {"Azerbaijan", "Russia", "Armenia"}


def test_countries_examples(store):
    found: dict[str, set[str]] = {}
    for r in examples(rows(store, "countries")):
        found.setdefault(r["doc"], set()).add(r["name"])
    for gold in sorted(EXAMPLES.glob("*.json")):
        doc = "ex-" + gold.name[:2]
        assert found.get(doc, set()) == set(json.loads(gold.read_text(encoding="utf-8"))["countries"]), doc
    assert "United States" not in found["ex-03"]   # "South America"
    assert "Côte d'Ivoire" in found["ex-08"]          # "Côte d'Ivoire", "Ivorian"
