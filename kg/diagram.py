"""Draw the ontology as a Mermaid class diagram, generated from ``ontology/diplomacy.ttl``.

Classes with their data properties as attributes, sub-class arrows, and one arrow per
object property from each class of its domain to each class of its range (a property and
its inverse share one arrow). GitHub renders the text in a ``mermaid`` code block.

    python -m kg.diagram                 # print the diagram
    python -m kg.diagram -o onto.mmd     # write it to a file
    python -m kg.diagram --readme        # refresh the diagram in ontology/README.md
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .namespaces import DIP
from .owl import ontology_graph
from .resources import ontology_dir

_BLOCK = re.compile(r"```mermaid\n.*?```", re.S)


def mermaid(graph: Graph | None = None) -> str:
    """The Mermaid ``classDiagram`` text of the diplomacy ontology (ends with a newline).

    >>> text = mermaid()
    >>> text.splitlines()[0], "Minister <|-- ForeignMinister" in text
    ('classDiagram', True)
    """
    g = graph if graph is not None else ontology_graph(alignments=False, event_codes=False)
    classes = sorted(c for c in g.subjects(RDF.type, OWL.Class) if _mine(c))
    lines = ["classDiagram", "    direction LR"]

    attributes: dict[URIRef, list[str]] = {c: [] for c in classes}
    for prop in sorted(g.subjects(RDF.type, OWL.DatatypeProperty)):
        kind = "/".join(_name(d) for d in _members(g, g.value(prop, RDFS.range)))
        for cls in _members(g, g.value(prop, RDFS.domain)):
            attributes.setdefault(cls, []).append(f"+{kind} {_name(prop)}")
    for cls in classes:
        if attributes.get(cls):
            lines.append(f"    class {_name(cls)} {{")
            lines += [f"        {a}" for a in attributes[cls]]
            lines.append("    }")
        else:
            lines.append(f"    class {_name(cls)}")

    for cls in classes:
        for parent in sorted(p for p in g.objects(cls, RDFS.subClassOf) if _mine(p)):
            lines.append(f"    {_name(parent)} <|-- {_name(cls)}")

    # Of a property and its inverse, draw the one kg writes (listed first in DIP).
    order = {name: i for i, name in enumerate(DIP.__annotations__)}
    drawn: set[URIRef] = set()
    for prop in sorted(g.subjects(RDF.type, OWL.ObjectProperty),
                       key=lambda p: (order.get(_name(p), len(order)), str(p))):
        if prop in drawn:
            continue
        inverse = g.value(prop, OWL.inverseOf)
        label = _name(prop) + (f" / {_name(inverse)}" if inverse is not None else "")
        drawn |= {prop, inverse}
        for domain in _members(g, g.value(prop, RDFS.domain)):
            for rng in _members(g, g.value(prop, RDFS.range)):
                lines.append(f"    {_name(domain)} --> {_name(rng)} : {label}")
    return "\n".join(lines) + "\n"


def update_readme(path: Path | None = None) -> bool:
    """Replace the ``mermaid`` block of the README with a fresh diagram; ``True`` if it
    changed. Raises ``ValueError`` when the README has no such block."""
    path = path or ontology_dir() / "README.md"
    text = path.read_text(encoding="utf-8")
    if not _BLOCK.search(text):
        raise ValueError(f"{path} has no ```mermaid block to refresh")
    new = _BLOCK.sub(lambda _: "```mermaid\n" + mermaid() + "```", text, count=1)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def _members(g: Graph, expr) -> list[URIRef]:
    """A class or datatype, or the members of a union of them."""
    if isinstance(expr, BNode) and g.value(expr, OWL.unionOf) is not None:
        return list(Collection(g, g.value(expr, OWL.unionOf)))
    return [expr] if isinstance(expr, URIRef) else []


def _mine(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(DIP._NS))


def _name(term: URIRef) -> str:
    text = str(term)
    if text.startswith(str(XSD)):
        return text[len(str(XSD)):]
    return re.split(r"[#/]", text)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.diagram", description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", help="write the diagram to this file")
    parser.add_argument("--readme", action="store_true",
                        help="refresh the diagram in ontology/README.md")
    args = parser.parse_args(argv)
    if args.readme:
        changed = update_readme()
        print("ontology/README.md " + ("updated" if changed else "already up to date"))
    elif args.output:
        Path(args.output).write_text(mermaid(), encoding="utf-8")
    else:
        sys.stdout.write(mermaid())
    return 0


if __name__ == "__main__":
    sys.exit(main())
