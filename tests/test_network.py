"""The actor network: built from the store, written as a real PNG and as GraphML."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import KgError
from kg.mapping import document_iri, to_graph
from kg.network import meeting_network, viz, write_network
from kg.stats import stats
from test_store import loaded, seed_extraction, store  # noqa: F401  (fixtures)

PERSON = "https://w3id.org/kg/id/person/"
COUNTRY = "https://w3id.org/kg/id/country/"


def test_network_links_participants_and_their_countries(loaded):
    g = meeting_network(loaded)
    assert g.nodes[PERSON + "hakan-fidan"] == {"label": "Hakan Fidan", "kind": "person"}
    assert g.nodes[COUNTRY + "TUR"] == {"label": "Turkey", "kind": "country"}
    assert g.edges[PERSON + "hakan-fidan", PERSON + "antony-blinken"] == \
        {"kind": "meeting", "weight": 1}
    assert g.edges[PERSON + "hakan-fidan", COUNTRY + "TUR"] == {"kind": "position", "weight": 1}
    assert g.number_of_nodes() == 10 and g.number_of_edges() == 8
    # Countries only mentioned (Armenia) are not actors in the network.
    assert COUNTRY + "ARM" not in g


def test_weight_counts_distinct_meetings(loaded):
    second = seed_extraction()
    second.document = type(second.document)(id="seed-again", text="...")
    second.meetings[0].date = "2024-02-01"
    loaded.replace_document(document_iri("seed-again"), to_graph(second))
    # The same meeting reported twice counts once; another date is another meeting.
    loaded.replace_document(document_iri("seed-copy"), to_graph(_renamed(seed_extraction())))
    g = meeting_network(loaded)
    assert g.edges[PERSON + "jeyhun-bayramov", PERSON + "sergey-lavrov"]["weight"] == 2


def _renamed(x):
    x.document = type(x.document)(id="seed-copy", text="...", published=x.document.published)
    return x


def test_png_and_graphml(loaded, tmp_path):
    png = tmp_path / "net.png"
    viz(loaded, output=png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    graphml = tmp_path / "net.graphml"
    graph = viz(loaded, output=graphml)
    back = nx.read_graphml(graphml)
    assert set(back.nodes) == set(graph.nodes)
    assert back.nodes[PERSON + "sergey-lavrov"]["label"] == "Sergey Lavrov"
    assert back.edges[PERSON + "jeyhun-bayramov", PERSON + "sergey-lavrov"]["weight"] == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temp files


def test_empty_store_draws_a_picture(store, tmp_path):
    out = tmp_path / "empty.png"
    viz(store, output=out)
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_bad_output(tmp_path):
    with pytest.raises(KgError) as e:
        write_network(nx.Graph(), tmp_path / "net.gif")
    assert str(e.value) == (f"cannot tell the format of '{tmp_path / 'net.gif'}': use a file "
                            "name ending in .png, .svg, .pdf, .graphml")
    with pytest.raises(KgError, match="cannot write .*No such file or directory"):
        write_network(nx.Graph(), tmp_path / "missing" / "net.png")


def test_stats(loaded):
    s = stats(loaded)
    assert (s.documents, s.persons, s.countries, s.meetings, s.agreements, s.statements) == \
        (2, 6, 5, 4, 2, 4)
    assert s.quads == s.triples == len(loaded)
    assert str(s).splitlines()[0] == "documents   2"


def test_same_store_same_files(loaded, tmp_path):
    for name in ("a", "b"):
        viz(loaded, output=tmp_path / f"{name}.graphml")
        viz(loaded, output=tmp_path / f"{name}.png")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
