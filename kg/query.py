"""Saved SPARQL queries: find them, read their headers, run them with bound parameters,
and write their results as a table, CSV, TSV, SPARQL JSON/XML, Turtle or N-Triples.

A saved query is ``queries/NAME.rq`` (shipped as ``kg.queries``) starting with a header::

    # title: Who met whom
    # description: Pairs of people who met ...
    # param: person - a participant's name
    # param: from xsd:date - meetings on or after this date

A parameter's type (``string`` when absent, ``xsd:date``, ``xsd:integer``, ``iri`` or ``country``, any name of a country) says
which RDF term its value becomes. Values are bound as terms at the start of the WHERE clause
(:func:`kg.store.bind_values`), never pasted into the query text; a parameter that is not
given stays unbound, so queries test it with ``BOUND(?name)``.

>>> [q.params[0].name for q in saved_queries() if q.name == "who-met-whom"]
['person']
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import QueryError, StoreError
from .mapping import date_literal
from .namespaces import DIP, RES
from .resources import queries_dir
from .store import QueryResult, SparqlSyntaxError, Store, term_text

#: Output formats of ``kg query``; the last two are for CONSTRUCT/DESCRIBE results.
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")
PARAM_TYPES = ("string", "xsd:date", "xsd:integer", "iri", "country")

_HEADER = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)")
_PARAM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\s+(\S+))?(?:\s+-\s*(.*))?")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "string"
    description: str = ""

    def term(self, value: str) -> Node:
        """The RDF term a value stands for. Raises :class:`QueryError` for a bad value."""
        if self.type == "xsd:date":
            if not _ISO_DATE.fullmatch(value) or not _valid_date(value):
                raise QueryError(f"parameter '{self.name}' must be a date YYYY-MM-DD, YYYY-MM "
                                 f"or YYYY, not {value!r}")
            return date_literal(value)
        if self.type == "xsd:integer":
            if not re.fullmatch(r"[+-]?\d+", value):
                raise QueryError(f"parameter '{self.name}' must be an integer, not {value!r}")
            return Literal(int(value))
        if self.type == "iri":
            try:
                term_text(URIRef(value))
            except StoreError:
                raise QueryError(f"parameter '{self.name}' must be an absolute IRI, "
                                 f"not {value!r}") from None
            return URIRef(value)
        if self.type == "country":     # any name the press uses: "Ivory Coast", "the DPRK", "Türkiye"
            from .extraction.countries import country_lexicon
            country = country_lexicon().lookup(value.strip())
            return Literal(country.name if country else value)
        return Literal(value)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()

    def bindings(self, values: Mapping[str, str]) -> dict[str, Node]:
        """Parameter values -> RDF terms, checked against the header's parameters."""
        declared = {p.name: p for p in self.params}
        out = {}
        for key, value in values.items():
            if key not in declared:
                known = ", ".join(declared) or "none"
                raise QueryError(f"query '{self.name}' has no parameter '{key}' "
                                 f"(parameters: {known}; a .rq file declares one with "
                                 f"'# param: NAME - description')")
            out[key] = declared[key].term(value)
        return out


def parse_query_file(path: Path, name: str | None = None) -> SavedQuery:
    """Read a ``.rq`` file and its header comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"cannot read query file '{path}': {e.strerror or e}") from None
    fields: dict[str, str] = {"title": "", "description": ""}
    params = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key != "param":
            fields[key] = value
            continue
        p = _PARAM.fullmatch(value)
        if not p or (p.group(2) or "string") not in PARAM_TYPES:
            raise QueryError(f"bad parameter line in '{path}': {line.strip()!r} (expected "
                             f"'# param: NAME [{'|'.join(PARAM_TYPES)}] - description')")
        params.append(Param(p.group(1), p.group(2) or "string", (p.group(3) or "").strip()))
    return SavedQuery(name or path.stem, path, text, fields["title"], fields["description"],
                      tuple(params))


def saved_queries() -> list[SavedQuery]:
    """Every saved query, by name."""
    return [parse_query_file(p) for p in sorted(queries_dir().glob("*.rq"))]


def load_query(name_or_file: str | Path) -> SavedQuery:
    """A saved query by NAME, or the query in a ``.rq`` file (a path)."""
    text = str(name_or_file)
    if text.endswith(".rq") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_file():
            raise QueryError(f"no query file '{path}'")
        return parse_query_file(path, name=str(path))
    path = queries_dir() / f"{text}.rq"
    if not re.fullmatch(r"[\w-]+", text) or not path.is_file():
        raise QueryError(f"unknown saved query '{text}' (try `kg queries`)")
    return parse_query_file(path)


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["person=Sergey Lavrov"]`` -> ``{"person": "Sergey Lavrov"}``."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"parameter {pair!r} is not KEY=VALUE")
        out[key.strip()] = value
    return out


def run_query(store: Store, name_or_file: str | Path,
              params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a saved query (or a ``.rq`` file) with ``params`` bound as RDF terms."""
    saved = load_query(name_or_file)
    bindings = saved.bindings(params or {})
    try:
        return store.query(saved.text, bindings)
    except SparqlSyntaxError as e:
        raise QueryError(f"query '{saved.name}' is not valid SPARQL: {e}") from None
    except QueryError as e:
        raise QueryError(f"query '{saved.name}': {e}") from None


def query(store: Store, name_or_file: str | Path, *, params: Mapping[str, str] | None = None,
          format: str = "table") -> str:
    """Run a query and format its result: what ``kg query`` prints."""
    if format not in FORMATS:
        raise QueryError(f"unknown format '{format}' (one of {', '.join(FORMATS)})")
    return format_result(run_query(store, name_or_file, params), format)


def describe_queries() -> str:
    """The saved queries with titles and parameters: what ``kg queries`` prints."""
    lines = []
    queries = saved_queries()
    width = max((len(q.name) for q in queries), default=0)
    for q in queries:
        lines.append(f"{q.name:<{width}}  {q.title or '(no title)'}")
        if q.description:
            lines.append(f"{'':<{width}}  {q.description}")
        for p in q.params:
            kind = "" if p.type == "string" else f" ({p.type})"
            lines.append(f"{'':<{width}}  --param {p.name}=...{kind}  {p.description}".rstrip())
    return "\n".join(lines) + "\n"


# --- formats ------------------------------------------------------------------------------

def format_result(result: QueryResult, format: str = "table") -> str:
    """Text of a result in one of :data:`FORMATS`.

    SELECT and ASK results go to table, csv, tsv, json and xml; CONSTRUCT/DESCRIBE results
    to turtle and ntriples (and table, which shows them as Turtle). Any other pairing is a
    :class:`QueryError` rather than an invented encoding.
    """
    if result.kind == "graph":
        if format in ("table", "turtle"):
            return result.graph.serialize(format="turtle")
        if format == "ntriples":
            return result.graph.serialize(format="nt")
        raise QueryError(f"format '{format}' is for SELECT and ASK results; "
                         f"a CONSTRUCT or DESCRIBE query prints as turtle or ntriples")
    if format in ("turtle", "ntriples"):
        raise QueryError(f"format '{format}' is for CONSTRUCT and DESCRIBE results; "
                         f"a {result.kind.upper()} query prints as table, csv, tsv, json or xml")
    return _WRITERS[format](result)


def _table(result: QueryResult) -> str:
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    header = list(result.variables)
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values):
        return "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()

    out = [line(header), line("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(out) + "\n"


_PREFIXES = ((str(RES), "res:"), (str(DIP._NS), "dip:"), (str(XSD), "xsd:"))


def _short(term: Node | None) -> str:
    """A cell of the table: IRIs shortened by kg's prefixes, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for ns, prefix in _PREFIXES:
            if term.startswith(ns):
                return prefix + term[len(ns):]
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t)
                         for t in row])
    return buffer.getvalue()


def _tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else term_text(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _json(result: QueryResult) -> str:
    """W3C SPARQL 1.1 Query Results JSON Format."""
    if result.kind == "ask":
        doc = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                    for row in result.rows]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attr = ""
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype is not None and term.datatype != XSD.string:
        attr = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attr}>{escape(str(term))}</literal>"


def _xml(result: QueryResult) -> str:
    """W3C SPARQL Query Results XML Format."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        out.append("  <head>")
        out += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
        out += ["  </head>", "  <results>"]
        for row in result.rows:
            out.append("    <result>")
            out += [f"      <binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                    for v, t in zip(result.variables, row) if t is not None]
            out.append("    </result>")
        out.append("  </results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


_WRITERS = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json, "xml": _xml}


def _valid_date(value: str) -> bool:
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True
