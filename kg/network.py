"""The actor network: persons linked by the meetings they held, and to the countries whose
offices they hold. Read from the store with SPARQL; written as PNG/SVG/PDF (matplotlib)
or GraphML (for Gephi, Cytoscape, yEd), chosen by the output file's extension.

Nodes are IRIs with ``label`` and ``kind`` (``person`` or ``country``); edges have ``kind``
(``meeting`` or ``position``) and ``weight`` (the number of distinct meetings of the pair;
1 for a position).
"""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import networkx as nx

from .errors import KgError
from .export import atomic_output
from .mapping import MEETING_CLASS
from .namespaces import DIP
from .store import Store

IMAGE_FORMATS = (".png", ".svg", ".pdf")
FORMATS = IMAGE_FORMATS + (".graphml",)

_MEETINGS = f"""
PREFIX dip: <{DIP._NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?meeting ?a ?aName ?b ?bName WHERE {{
  GRAPH ?g {{
    ?g a dip:Document .
    VALUES ?class {{ {" ".join(f"<{c}>" for c in MEETING_CLASS.values())} }}
    ?meeting a ?class ; dip:participant ?a, ?b .
    FILTER (STR(?a) < STR(?b))
    ?a rdfs:label ?aName .
    ?b rdfs:label ?bName .
  }}
}}"""
_POSITIONS = f"""
PREFIX dip: <{DIP._NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?person ?country ?countryName WHERE {{
  GRAPH ?g {{
    ?g a dip:Document .
    ?person dip:holdsPosition/dip:ofCountry ?country .
    ?country rdfs:label ?countryName .
  }}
}}"""


def meeting_network(store: Store) -> nx.Graph:
    """The network of meeting participants and their countries."""
    graph = nx.Graph()
    labels: dict[str, set[str]] = defaultdict(set)
    meetings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for meeting, a, a_name, b, b_name in _sorted(store.query(_MEETINGS).rows):
        labels[str(a)].add(str(a_name))
        labels[str(b)].add(str(b_name))
        meetings[(str(a), str(b))].add(str(meeting))
    for node, names in sorted(labels.items()):
        graph.add_node(node, label=min(names, key=lambda n: (len(n), n)), kind="person")
    for (a, b), ids in sorted(meetings.items()):
        graph.add_edge(a, b, kind="meeting", weight=len(ids))
    for person, country, name in _sorted(store.query(_POSITIONS).rows):
        if str(person) not in labels:
            continue          # only participants of meetings, so the picture stays readable
        if str(country) not in graph:
            graph.add_node(str(country), label=str(name), kind="country")
        graph.add_edge(str(person), str(country), kind="position", weight=1)
    return graph


def _sorted(rows: list[tuple]) -> list[tuple]:
    """Rows in a fixed order, so the same store always gives the same network file."""
    return sorted(rows, key=lambda row: tuple(str(t) for t in row))


def write_network(graph: nx.Graph, output: str | Path) -> None:
    """Write ``graph`` to ``output``, whole or not at all. Raises :class:`KgError`."""
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise KgError(f"cannot tell the format of '{output}': use a file name ending in "
                      f"{', '.join(FORMATS)}")
    with atomic_output(path) as tmp:
        if suffix == ".graphml":
            nx.write_graphml(graph, tmp)
        else:
            _draw(graph, tmp)


def viz(store: Store, *, output: str | Path) -> nx.Graph:
    """Build the network from the store and write it: what ``kg viz`` does."""
    graph = meeting_network(store)
    write_network(graph, output)
    return graph


def _layout(graph: nx.Graph) -> dict:
    """Each connected group of actors laid out on its own and the groups put on a grid
    (one spring layout would push them to the corners and crush each); seeded, so the same
    store gives the same picture. Cells are 1 x 1."""
    groups = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    columns = math.ceil(math.sqrt(len(groups)))
    pos = {}
    for i, group in enumerate(groups):
        row, column = divmod(i, columns)
        for n, (x, y) in _group_layout(graph.subgraph(group)).items():
            pos[n] = (column + x, -row + y)
    return pos


def _group_layout(sub: nx.Graph) -> dict:
    """People spread out by their meetings within radius 0.25 of (0, 0); each country
    just beside the people who hold its offices, in the freest direction. (One spring
    layout of both crowds the people into the middle, under their countries.)"""
    people = sorted(n for n, d in sub.nodes(data=True) if d["kind"] == "person")
    if len(people) <= 2:
        pos = {n: (0.4 * j - 0.2 * (len(people) - 1), 0.0) for j, n in enumerate(people)}
    else:
        core = nx.Graph()
        core.add_nodes_from(people)                        # a fixed order: a fixed picture
        core.add_edges_from(sorted(tuple(sorted(e)) for e in sub.subgraph(people).edges))
        spring = nx.spring_layout(core, seed=7, k=2 / len(people) ** 0.5,
                                  iterations=200, scale=0.25)
        pos = {n: (float(x), float(y)) for n, (x, y) in spring.items()}
    for country in sorted(set(sub) - set(people)):
        anchors = sorted(sub.neighbors(country))
        x = sum(pos[p][0] for p in anchors) / len(anchors)
        y = sum(pos[p][1] for p in anchors) / len(anchors)
        # Directions already taken at the anchor: its lines, and straight down (its label).
        taken = [-math.pi / 2]
        for p in anchors:
            for q in sub.neighbors(p):
                if q in pos and pos[q] != (x, y):
                    taken.append(math.atan2(pos[q][1] - y, pos[q][0] - x))
            if len(anchors) > 1:
                taken.append(math.atan2(pos[p][1] - y, pos[p][0] - x))
        taken += [math.atan2(v[1] - y, v[0] - x) for n, v in pos.items()
                  if n not in people and math.dist(v, (x, y)) < 0.3]     # countries placed
        angle = max((math.radians(d) for d in range(0, 360, 15)),
                    key=lambda a: (round(min(_turn(a, t) for t in taken), 2), -_turn(a, math.pi / 2)))
        pos[country] = (x + 0.2 * math.cos(angle), y + 0.2 * math.sin(angle))
    return pos


def _turn(a: float, b: float) -> float:
    """The angle between two directions, 0..pi."""
    return abs((a - b + math.pi) % (2 * math.pi) - math.pi)


def _draw(graph: nx.Graph, path: str) -> None:
    import matplotlib
    matplotlib.use("Agg")                     # no display needed
    import matplotlib.pyplot as plt

    # About 4.5 inches per group of actors, so that the 9-point labels have room.
    groups = max(1, nx.number_connected_components(graph))
    columns = math.ceil(math.sqrt(groups))
    rows = math.ceil(groups / columns)
    fig, ax = plt.subplots(figsize=(min(40.0, max(6.0, 4.5 * columns)),
                                    min(40.0, max(4.5, 4.0 * rows))))
    try:
        ax.set_axis_off()
        if graph.number_of_nodes() == 0:
            ax.text(0.5, 0.5, "No meetings in the store", ha="center", va="center", fontsize=14)
        else:
            pos = _layout(graph)
            persons = [n for n, d in graph.nodes(data=True) if d["kind"] == "person"]
            countries = [n for n, d in graph.nodes(data=True) if d["kind"] == "country"]
            meetings = [(a, b) for a, b, d in graph.edges(data=True) if d["kind"] == "meeting"]
            offices = [(a, b) for a, b, d in graph.edges(data=True) if d["kind"] == "position"]
            nx.draw_networkx_edges(graph, pos, edgelist=offices, ax=ax, style="dotted",
                                   edge_color="#999999", width=1.0)
            nx.draw_networkx_edges(graph, pos, edgelist=meetings, ax=ax, edge_color="#1f4e79",
                                   width=[1.0 + 1.5 * graph.edges[e]["weight"] for e in meetings])
            nx.draw_networkx_nodes(graph, pos, nodelist=countries, ax=ax, node_shape="s",
                                   node_color="#f4a261", node_size=450)
            nx.draw_networkx_nodes(graph, pos, nodelist=persons, ax=ax, node_color="#a8dadc",
                                   node_size=350)
            # Labels sit under their nodes, so that they do not hide the lines.
            below = {n: (x, y - 0.06) for n, (x, y) in pos.items()}
            nx.draw_networkx_labels(graph, below, ax=ax, font_size=9, verticalalignment="top",
                                    labels={n: d["label"] for n, d in graph.nodes(data=True)},
                                    bbox={"boxstyle": "round,pad=0.15", "fc": "white",
                                          "ec": "none", "alpha": 0.8})
            ax.margins(0.12)
            weights = {e: graph.edges[e]["weight"] for e in meetings if graph.edges[e]["weight"] > 1}
            if weights:
                nx.draw_networkx_edge_labels(graph, pos, edge_labels=weights, ax=ax, font_size=8)
        ax.set_title("Who met whom (lines: meetings, thicker = more; squares: countries)",
                     fontsize=11)
        fig.savefig(path, dpi=150, bbox_inches="tight", format=Path(path).suffix[1:])
    finally:
        plt.close(fig)
