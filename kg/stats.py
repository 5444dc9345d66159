"""How much the store holds: documents, quads and triples, and the things kg extracts.

Things are counted once however many documents state them (IRIs are shared across
documents); only document graphs count, not derived ones such as inferred triples.

>>> from kg.store import MemoryStore
>>> print(stats(MemoryStore()))
documents   0
quads       0
triples     0
persons     0
countries   0
meetings    0
agreements  0
statements  0
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .mapping import MEETING_CLASS, STATEMENT_CLASS
from .namespaces import DIP
from .store import Store

_IN_DOCUMENTS = "GRAPH ?g {{ ?g a <{doc}> . {pattern} }}"
_PATTERNS = {
    "triples": "?s ?p ?o",
    "persons": f"?x a <{DIP.Person}>",
    "countries": f"?x a <{DIP.Country}>",
    "meetings": "?x a ?class . VALUES ?class { %s }" % " ".join(
        f"<{c}>" for c in MEETING_CLASS.values()),
    "agreements": f"?x a <{DIP.Agreement}>",
    "statements": "?x a ?class . VALUES ?class { %s }" % " ".join(
        f"<{c}>" for c in STATEMENT_CLASS.values()),
}


@dataclass(frozen=True)
class Stats:
    documents: int
    quads: int        # statements stored, one per graph that holds them
    triples: int      # distinct triples over all document graphs
    persons: int
    countries: int
    meetings: int
    agreements: int
    statements: int

    def __str__(self) -> str:
        rows = asdict(self)
        width = max(map(len, rows))
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows.items())


def stats(store: Store) -> Stats:
    """Count what the store holds."""
    counts = {}
    for name, pattern in _PATTERNS.items():
        selected = "?s ?p ?o" if name == "triples" else "?x"
        where = _IN_DOCUMENTS.format(doc=DIP.Document, pattern=pattern)
        result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ "
                             f"SELECT DISTINCT {selected} WHERE {{ {where} }} }}")
        counts[name] = int(result.rows[0][0])
    return Stats(documents=len(store.documents()), quads=len(store), **counts)
