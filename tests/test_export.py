"""Every export format parses back to the same triples (or quads, for TriG and N-Quads)."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef

import kg.export
from kg.errors import KgError
from kg.export import DATASET_FORMATS, FORMATS, export, ontology_graphs
from kg.mapping import document_iri
from test_store import loaded, store  # noqa: F401  (fixtures)

PARSER = {"turtle": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld",
          "xml": "xml"}


def union(store) -> set:
    return {(s, p, o) for s, p, o, _ in store.quads()}


def parse(text: str, fmt: str):
    if fmt in DATASET_FORMATS:
        ds = Dataset()
        ds.parse(data=text, format=PARSER[fmt])
        return {(s, p, o, g) for s, p, o, g in ds.quads() if g is not None}
    return set(Graph().parse(data=text, format=PARSER[fmt]))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_parses_back(loaded, fmt):
    text = export(loaded, fmt)
    parsed = parse(text, fmt)
    if fmt in DATASET_FORMATS:
        assert len(parsed) == len(loaded)
        assert {q[3] for q in parsed} == set(loaded.documents())
    else:
        assert parsed == union(loaded)


def test_turtle_is_the_default_and_uses_prefixes(loaded):
    text = export(loaded)
    assert "@prefix dip: <https://w3id.org/kg/diplomacy#> ." in text
    assert "res:person/hakan-fidan" in text or "<https://w3id.org/kg/id/person/hakan-fidan>" in text
    assert Graph().parse(data=text, format="turtle")


@pytest.mark.parametrize("fmt", ["turtle", "nq"])
def test_ontology_is_merged(loaded, fmt):
    graphs = ontology_graphs()
    if not graphs:
        pytest.skip("ontology/ has no Turtle files yet")
    extra = set().union(*(set(g) for _, g in graphs))
    parsed = parse(export(loaded, fmt, ontology=True), fmt)
    if fmt == "nq":
        names = {q[3] for q in parsed}
        assert {name for name, _ in graphs} <= names
        assert document_iri("seed") in names
    else:   # the ontology's blank nodes (OWL lists) come back renamed
        assert len(parsed) == len(union(loaded) | extra)
        assert union(loaded) <= parsed


def test_shapes_are_not_part_of_the_ontology_export():
    assert all("shapes" not in str(name) for name, _ in ontology_graphs())


def test_missing_ontology_folder_is_fine(loaded, monkeypatch, tmp_path):
    monkeypatch.setattr(kg.export, "ontology_dir", lambda: tmp_path / "nothing")
    assert parse(export(loaded, "nt", ontology=True), "nt") == union(loaded)


def test_bad_ontology_file_is_a_clean_error(loaded, monkeypatch, tmp_path):
    (tmp_path / "broken.ttl").write_text("this is not turtle")
    monkeypatch.setattr(kg.export, "ontology_dir", lambda: tmp_path)
    with pytest.raises(KgError, match="cannot read ontology file 'broken.ttl': "):
        export(loaded, ontology=True)


def test_output_file(loaded, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "g.nt"
    assert export(loaded, "nt", output=out) == ""
    assert parse(out.read_text(), "nt") == union(loaded)
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]


def test_unwritable_output_and_unknown_format(loaded, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(KgError) as e:
        export(loaded, output=tmp_path / "no" / "such" / "dir.ttl")
    assert str(e.value) == f"cannot write '{tmp_path / 'no' / 'such' / 'dir.ttl'}': " \
                           "No such file or directory"
    with pytest.raises(KgError, match="cannot write"):
        export(loaded, output=tmp_path)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(KgError, match="unknown export format 'n3' \\(one of turtle, trig, nt, "
                                      "nq, jsonld, xml\\)"):
        export(loaded, "n3")


def test_empty_store_exports_valid_documents(store):
    for fmt in FORMATS:
        assert parse(export(store, fmt), fmt) == set()


def test_inferred_graph_is_exported_too(loaded):
    inferred = URIRef("https://w3id.org/kg/id/graph/inferred")
    g = Graph()
    g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"),
           URIRef("http://example.org/b")))
    loaded.replace_graph(inferred, g)
    assert inferred in {q[3] for q in parse(export(loaded, "trig"), "trig")}


def test_output_file_has_ordinary_permissions(loaded, tmp_path):
    import os
    mask = os.umask(0o022)
    try:
        export(loaded, "nt", output=tmp_path / "g.nt")
    finally:
        os.umask(mask)
    assert (tmp_path / "g.nt").stat().st_mode & 0o777 == 0o644
