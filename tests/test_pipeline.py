"""The whole job: documents in, one graph per document in the store, rebuilds replace."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg import pipeline
from kg.mapping import date_literal, document_iri, to_graph
from kg.model import Document, Extraction, Meeting, Person
from kg.namespaces import DIP
from kg.query import run_query
from kg.store import MemoryStore

from conftest import ROOT

TEXT = """---
id: p1
published: 2024-03-14
---
Foreign Minister Ana Morales of Chile met her Peruvian counterpart Luis Paredes in Lima on Tuesday.
"""


def test_build_rebuild_replaces_the_document_graph(tmp_path):
    doc = tmp_path / "p1.txt"
    doc.write_text(TEXT, encoding="utf-8")
    store = MemoryStore()
    first = pipeline.build(store, [doc])
    assert first.built == ["p1"] and first.errors == []
    size = len(store)
    again = pipeline.build(store, [doc])
    assert again.built == ["p1"] and len(store) == size          # no duplicates
    doc.write_text(TEXT.replace("Luis Paredes", "Jorge Salas"), encoding="utf-8")
    pipeline.build(store, [doc])
    names = {str(r[2]) for r in run_query(store, "persons").rows}
    assert names == {"Ana Morales", "Jorge Salas"}                 # nothing stale


def test_a_bad_document_is_reported_and_the_rest_are_built(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\nid: [x\n---\nText.", encoding="utf-8")
    store = MemoryStore()
    report = pipeline.build(store, [tmp_path])
    assert report.built == ["p1"]
    assert sorted(msg for _, msg in report.errors) == [
        f"{tmp_path / 'bad.md'}: bad front matter (while parsing a flow sequence)",
        f"{tmp_path / 'empty.txt'}: empty document",
    ]


def test_validate_refuses_a_graph_that_breaks_the_shapes(tmp_path, monkeypatch):
    (tmp_path / "p1.txt").write_text(TEXT, encoding="utf-8")

    def broken(extraction):
        graph = to_graph(extraction)
        lonely = URIRef("https://w3id.org/kg/id/meeting/lonely")
        graph.add((lonely, RDF.type, DIP.InPersonMeeting))
        graph.add((lonely, DIP.participant, URIRef("https://w3id.org/kg/id/person/ana-morales")))
        graph.add((lonely, DIP.reportedIn, document_iri("p1")))
        return graph

    monkeypatch.setattr(pipeline, "to_graph", broken)
    store = MemoryStore()
    report = pipeline.build(store, [tmp_path], validate=True)
    assert report.built == []
    assert "breaks the SHACL shapes" in report.errors[0][1]
    assert "two participants" in report.errors[0][1]
    assert len(store) == 0
    assert pipeline.build(store, [tmp_path], validate=False).built == ["p1"]


def test_dates_that_are_not_iso_never_reach_the_graph():
    assert date_literal("23 Sept") is None
    x = Extraction(Document("d", "x", dt.date(2024, 1, 2)),
                   persons=[Person("a", "A"), Person("b", "B")],
                   meetings=[Meeting(["a", "b"], date="Sept 23")])
    g = to_graph(x)
    assert not list(g.objects(None, DIP.date))
    assert all(" " not in str(s) for s in g.subjects())
    assert Literal("2024-01-02", datatype=date_literal("2024-01-02").datatype) in set(g.objects())


@pytest.mark.slow
def test_ontology_and_queries_ship_in_the_wheel(tmp_path):
    """ontology/ and queries/ live at the top of the checkout but must work when installed."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True)
    wheel = next(Path(tmp_path).glob("kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/ontology/diplomacy.ttl" in names and "kg/ontology/shapes.ttl" in names
    assert {"kg/queries/meetings.rq", "kg/queries/who-met-whom.rq"} <= names
    assert "kg/data/triggers.tsv" in names and "kg/data/countries.tsv" in names
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    probe = ("import kg.resources as r, kg.query as q;"
             "assert (r.ontology_dir() / 'diplomacy.ttl').exists();"
             "assert 'meetings' in [s.name for s in q.saved_queries()];"
             "print(r.ontology_dir())")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert str(site) in out.stdout


def test_a_crash_on_one_text_is_reported_not_raised(tmp_path, monkeypatch):
    (tmp_path / "p1.txt").write_text(TEXT, encoding="utf-8")

    def crash(extraction):
        raise KeyError("boom")

    monkeypatch.setattr(pipeline, "to_graph", crash)
    report = pipeline.build(MemoryStore(), [tmp_path])
    assert report.built == []
    assert "extraction failed (KeyError: 'boom')" in report.errors[0][1]


def test_front_matter_yaml_cannot_read_and_a_name_that_cleans_to_nothing(tmp_path):
    # found by generating odd inputs: a broken !!timestamp made PyYAML raise AttributeError,
    # and a name that was all honorifics and a trailing "of X" became empty
    (tmp_path / "ts.md").write_text("---\npublished: !!timestamp 2024-01who-01\n---\nText.", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Mr. of France met Dr. on Monday. " + TEXT, encoding="utf-8")
    store = MemoryStore()
    report = pipeline.build(store, [tmp_path])
    assert [msg for _, msg in report.errors] == [f"{tmp_path / 'ts.md'}: bad front matter (a value YAML cannot read)"]
    assert len(report.built) == 1
