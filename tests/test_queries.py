"""Saved queries: the contract's variables, the same answers from both backends, parameters
bound as terms, every output format, and one-line errors."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError
from kg.query import FORMATS, format_result, load_query, query, run_query
from kg.resources import queries_dir
from kg.store import MemoryStore, OxigraphStore
from test_store import AWKWARD, loaded, load_samples  # noqa: F401  (fixture)

CONTRACT = {
    "persons": ["doc", "person", "name"],
    "positions": ["doc", "person", "name", "title", "country", "organization"],
    "meetings": ["doc", "meeting", "participant", "name", "date", "kind", "location", "occasion"],
    "agreements": ["doc", "agreement", "name", "date", "party"],
    "statements": ["doc", "statement", "kind", "speaker", "addressee"],
    "countries": ["doc", "country", "name"],
}
OURS = set(CONTRACT) | {"who-met-whom"}
SAVED = sorted(p.stem for p in queries_dir().glob("*.rq"))


def column(result, name):
    i = result.variables.index(name)
    return [row[i] for row in result.rows]


def test_contract_queries_exist():
    assert OURS <= set(SAVED)


@pytest.mark.parametrize("name", SAVED)
def test_every_saved_query_has_a_header_and_runs_the_same_on_both_backends(name, tmp_path):
    saved = load_query(name)
    assert saved.title and saved.description
    oxigraph = load_samples(OxigraphStore(tmp_path / "s"))
    on_disk = run_query(oxigraph, name)
    oxigraph.close()
    try:
        memory = run_query(load_samples(MemoryStore()), name)
    except QueryError as e:
        if name in OURS:
            raise
        # rdflib's evaluator has bugs Oxigraph has not (GROUP_CONCAT(DISTINCT) over a group
        # with nothing bound); -ra lists these so the query's author sees them.
        pytest.xfail(f"rdflib in memory cannot run {name}: {e}")
    assert memory.variables == on_disk.variables
    assert len(memory.rows) == len(on_disk.rows)
    if name in OURS:
        # Row for row: the other queries may GROUP_CONCAT, whose order engines choose freely.
        assert memory.rows == on_disk.rows
        assert memory.rows, f"{name} finds nothing in the samples"
    if name in CONTRACT:
        assert memory.variables == CONTRACT[name]
        assert set(column(memory, "doc")) == {Literal("seed"), Literal("calls 2024/01")}


def test_meetings_rows(loaded):
    result = run_query(loaded, "meetings")
    rows = {(str(r[0]), str(r[3]), r[4] and str(r[4]), str(r[5]), r[6] and str(r[6]))
            for r in result.rows}
    assert ("seed", "Sergey Lavrov", None, "in-person", None) in rows
    assert ("calls 2024/01", "Hakan Fidan", "2024-01-15", "phone call", None) in rows
    assert ("calls 2024/01", AWKWARD, "2024-01", "video call", "Washington") in rows
    assert ("calls 2024/01", "Hakan Fidan", "2023", "in-person", "New York") in rows
    assert len(result.rows) == 8
    occasion = column(result, "occasion")
    assert Literal("78th session of the United Nations General Assembly") in occasion


def test_statement_kinds_and_positions(loaded):
    statements = run_query(loaded, "statements")
    assert sorted(map(str, column(statements, "kind"))) == [
        "condolences", "gratitude", "other", "support"]
    positions = run_query(loaded, "positions")
    guterres = [r for r in positions.rows if r[2] == Literal("António Guterres")]
    assert guterres == [(Literal("calls 2024/01"),
                         URIRef("https://w3id.org/kg/id/person/antonio-guterres"),
                         Literal("António Guterres"), Literal("Secretary-General"), None,
                         Literal("United Nations"))]


def test_agreements_one_row_per_party(loaded):
    result = run_query(loaded, "agreements")
    seed = [(str(r[2]), str(r[3]), str(r[4])) for r in result.rows if r[0] == Literal("seed")]
    assert seed == [("Trilateral statement", "2020-11-10", p)
                    for p in ("Armenia", "Azerbaijan", "Russia")]


@pytest.mark.parametrize("params, pairs", [
    ({}, 4),
    ({"person": "HAKAN FIDAN"}, 2),
    ({"country": "united states"}, 2),
    ({"from": "2024-01-10"}, 2),
    ({"to": "2023-12"}, 1),
    ({"from": "2024", "to": "2024-01-14"}, 1),
    ({"person": AWKWARD}, 1),
    ({"person": "Nobody"}, 0),
])
def test_who_met_whom_parameters(loaded, params, pairs):
    result = run_query(loaded, "who-met-whom", params)
    assert len(result.rows) == pairs
    if "person" in params and pairs:
        assert {str(n).lower() for n in column(result, "name")} == {params["person"].lower()}


def test_parameter_values_cannot_change_the_query(loaded):
    # Pasted into the text, this value would close the filter and add a pattern.
    sneaky = 'x") || true) } UNION { ?one ?p ?o . FILTER("'
    assert run_query(loaded, "who-met-whom", {"person": sneaky}).rows == []


def test_bad_parameters(loaded):
    with pytest.raises(QueryError) as e:
        run_query(loaded, "who-met-whom", {"nobody": "x"})
    assert str(e.value).startswith("query 'who-met-whom' has no parameter 'nobody' "
                                   "(parameters: person, country, from, to;")
    with pytest.raises(QueryError, match="parameter 'from' must be a date YYYY-MM-DD, "
                                         "YYYY-MM or YYYY, not '2024-13-01'"):
        run_query(loaded, "who-met-whom", {"from": "2024-13-01"})
    with pytest.raises(QueryError, match="has no parameter 'person' \\(parameters: none;"):
        run_query(loaded, "persons", {"person": "x"})


def test_unknown_query_and_syntax_error(loaded, tmp_path):
    with pytest.raises(QueryError) as e:
        run_query(loaded, "nosuch")
    assert str(e.value) == "unknown saved query 'nosuch' (try `kg queries`)"
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s WHERE { ?s ?p }\n")
    with pytest.raises(QueryError) as e:
        run_query(loaded, str(bad))
    message = str(e.value)
    assert message.startswith(f"query '{bad}' is not valid SPARQL: ")
    assert "\n" not in message
    with pytest.raises(QueryError, match="no query file 'missing.rq'"):
        run_query(loaded, "missing.rq")


def test_query_file_with_typed_parameter(loaded, tmp_path):
    f = tmp_path / "who.rq"
    f.write_text("# title: Who\n# param: who iri - a person\n"
                 "SELECT ?name WHERE { ?who <http://www.w3.org/2000/01/rdf-schema#label> ?name }\n")
    result = run_query(loaded, str(f), {"who": "https://w3id.org/kg/id/person/hakan-fidan"})
    assert result.rows == [(Literal("Hakan Fidan"),)]
    with pytest.raises(QueryError, match="must be an absolute IRI"):
        run_query(loaded, str(f), {"who": "not an iri"})


# --- formats -------------------------------------------------------------------------------

SELECT_FORMATS = ["table", "csv", "tsv", "json", "xml"]


@pytest.mark.parametrize("fmt", SELECT_FORMATS)
def test_select_formats_round_trip(loaded, fmt):
    result = run_query(loaded, "positions")
    text = format_result(result, fmt)
    if fmt == "table":
        lines = text.splitlines()
        assert lines[0].split() == CONTRACT["positions"]
        assert lines[-1] == "(5 rows)"
        assert any("res:person/hakan-fidan" in line and "Turkey" in line for line in lines)
        return
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == CONTRACT["positions"]
        assert [r[3] for r in rows[1:]] == [str(r[3]) for r in result.rows]
        assert text.endswith("\r\n")
        return
    parsed = ox.parse_query_results(text, getattr(ox.QueryResultsFormat, fmt.upper()))
    assert [v.value for v in parsed.variables] == result.variables
    solutions = list(parsed)
    assert len(solutions) == len(result.rows)
    for solution, row in zip(solutions, result.rows):
        for name, term in zip(result.variables, row):
            got = solution[name]
            assert (got is None) == (term is None)
            if term is not None:
                assert got.value == str(term)


def test_json_is_w3c_sparql_results(loaded):
    doc = json.loads(query(loaded, "meetings", format="json"))
    assert set(doc) == {"head", "results"}
    assert doc["head"]["vars"] == CONTRACT["meetings"]
    first = doc["results"]["bindings"][0]
    assert first["doc"] == {"type": "literal", "value": "calls 2024/01"}
    assert first["meeting"]["type"] == "uri"
    seed = [b for b in doc["results"]["bindings"] if b["doc"]["value"] == "seed"]
    assert "date" not in seed[0] and "location" not in seed[0]   # unbound: left out


def test_ask_and_construct_formats(loaded, tmp_path):
    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?s a <https://w3id.org/kg/diplomacy#PhoneCall> }\n")
    assert query(loaded, str(ask), format="json") == '{\n  "head": {},\n  "boolean": true\n}\n'
    assert query(loaded, str(ask)) == "yes\n"
    assert bool(ox.parse_query_results(query(loaded, str(ask), format="xml"),
                                       ox.QueryResultsFormat.XML))
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT { ?p a ?c } WHERE { ?p a ?c ; "
                         "<http://www.w3.org/2000/01/rdf-schema#label> ?name . "
                         "FILTER(STR(?name) = ?who) }\n# param: who - a name\n")
    # The header ends at the first line of SPARQL, so this late '# param' is not one.
    with pytest.raises(QueryError, match="has no parameter 'who'"):
        query(loaded, str(construct), params={"who": "Hakan Fidan"})
    construct.write_text("# param: who - a name\n" + construct.read_text())
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("table", "turtle")):
        text = query(loaded, str(construct), params={"who": "Hakan Fidan"}, format=fmt)
        assert len(Graph().parse(data=text, format=parser)) == 2
    with pytest.raises(QueryError, match="format 'json' is for SELECT and ASK results"):
        query(loaded, str(construct), params={"who": "x"}, format="json")


def test_rdf_formats_refuse_select_results(loaded):
    with pytest.raises(QueryError) as e:
        query(loaded, "persons", format="turtle")
    assert str(e.value) == ("format 'turtle' is for CONSTRUCT and DESCRIBE results; "
                            "a SELECT query prints as table, csv, tsv, json or xml")
    with pytest.raises(QueryError, match="unknown format 'yaml'"):
        query(loaded, "persons", format="yaml")
    assert set(SELECT_FORMATS) | {"turtle", "ntriples"} == set(FORMATS)


def test_a_country_parameter_takes_any_of_its_names():
    from kg.query import saved_queries
    q = next(q for q in saved_queries() if q.name == "cq-top-partners")
    assert str(q.bindings({"country": "Ivory Coast"})["country"]) == "Côte d'Ivoire"
    assert str(q.bindings({"country": "Türkiye"})["country"]) == "Turkey"
    assert str(q.bindings({"country": "the DPRK"})["country"]) == "North Korea"
    assert str(q.bindings({"country": "Atlantis"})["country"]) == "Atlantis"   # finds nothing, no error
