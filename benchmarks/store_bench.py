"""Store benchmark: Oxigraph on disk against rdflib in memory (the baseline), same run.

Loads N synthetic document graphs (made with kg.model + kg.mapping, so they have the shape
real ones have), rebuilds them all once (replace = drop + insert), and runs the saved
``meetings`` query and ``who-met-whom`` with a parameter. Prints the times and the ratio
baseline / Oxigraph (above 1: Oxigraph is faster).

    .venv/bin/python benchmarks/store_bench.py --docs 2000

Not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kg.mapping import document_iri, to_graph
from kg.model import Agreement, Document, Evidence, Extraction, Meeting, Person, Position, Statement
from kg.query import run_query
from kg.store import MemoryStore, OxigraphStore, Store

COUNTRIES = ["Azerbaijan", "Russia", "Armenia", "Turkey", "United States", "France", "Germany",
             "China", "India", "Iran", "Japan", "South Korea", "Brazil", "Egypt", "Nigeria"]
FIRST = ["Anna", "Boris", "Chen", "Dilnoza", "Emre", "Farid", "Grace", "Hiro", "Ines", "Jamal"]
LAST = ["Aliyev", "Brown", "Costa", "Dubois", "Erdem", "Fischer", "Gupta", "Haddad", "Ito",
        "Jones", "Kim", "Lopez", "Mensah", "Novak", "Okafor", "Petrov"]


def synthetic(i: int, rng: random.Random) -> Extraction:
    """One document: 4 people with offices, 2 meetings, an agreement, a statement."""
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(1500))
    doc = Document(id=f"bench-{i:05d}", text="...", published=published)
    people = []
    for _ in range(4):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        key = name.lower().replace(" ", "-")
        if key not in {p.key for p in people}:
            ev = Evidence(doc.id, f"{name} said something.", 0, 40, 0.8)
            people.append(Person(key, name, [], [Position("Foreign Minister",
                                                          rng.choice(COUNTRIES))], ev))
    keys = [p.key for p in people]
    meetings = [Meeting(rng.sample(keys, 2), rng.choice(["in-person", "phone call", "video call"]),
                        (published - timedelta(days=rng.randrange(3))).isoformat(),
                        location=rng.choice([None, "Geneva", "Baku", "New York"]),
                        evidence=Evidence(doc.id, "They met.", 50, 60, 0.7))
                for _ in range(2)]
    parties = rng.sample(COUNTRIES, 2)
    return Extraction(
        document=doc, persons=people,
        countries=sorted({p.positions[0].country for p in people}),
        meetings=meetings,
        agreements=[Agreement(f"Memorandum {i % 50}", "2019-05-01", parties)],
        statements=[Statement("support", keys[0], rng.choice(COUNTRIES))],
    )


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(store: Store, graphs) -> dict[str, float]:
    def load():
        for iri, g in graphs:
            store.replace_document(iri, g)

    out = {"load": timed(load), "rebuild all": timed(load)}
    rows = []
    out["query meetings"] = timed(lambda: rows.append(len(run_query(store, "meetings").rows)))
    out["query who-met-whom (param)"] = timed(
        lambda: run_query(store, "who-met-whom", {"country": "Russia", "from": "2021"}))
    out["rows"] = rows[0]
    out["quads"] = len(store)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    graphs = [(document_iri(x.document.id), to_graph(x))
              for x in (synthetic(i, rng) for i in range(args.docs))]
    print(f"{args.docs} documents, {sum(len(g) for _, g in graphs)} triples")
    with tempfile.TemporaryDirectory() as tmp:
        oxigraph = OxigraphStore(Path(tmp) / "store")
        ox = run(oxigraph, graphs)
        oxigraph.close()
    base = run(MemoryStore(), graphs)
    assert ox["rows"] == base["rows"] and ox["quads"] == base["quads"], (ox, base)
    print(f"{'':28} {'oxigraph (disk)':>16} {'rdflib (memory)':>16} {'ratio':>8}")
    for key in ("load", "rebuild all", "query meetings", "query who-met-whom (param)"):
        print(f"{key:28} {ox[key]:15.3f}s {base[key]:15.3f}s {base[key] / ox[key]:7.1f}x")
    print(f"(meetings rows: {ox['rows']}; quads: {ox['quads']})")


if __name__ == "__main__":
    main()
