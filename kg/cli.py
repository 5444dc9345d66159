"""The ``kg`` command. Each command is a thin shell over one library function; the
library's :class:`~kg.errors.KgError` becomes a one-line ``Error: ...`` and exit status 1.

Commands that touch a store take ``--store DIR``, or read ``KG_STORE``; without either
the store is ``.kg-store`` in the current folder. Only ``kg build`` creates a store.
"""
from __future__ import annotations

from contextlib import contextmanager

import click

from . import export as export_lib
from . import network, stats as stats_lib
from . import query as query_lib
from .errors import KgError
from .store import open_store

DEFAULT_STORE = ".kg-store"


class _Group(click.Group):
    """Turns library errors into ``Error: ...`` on one line, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as e:
            raise click.ClickException(" ".join(str(e).split())) from None


store_option = click.option(
    "--store", "store_path", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True,
    show_envvar=True, metavar="DIR", help="The store folder (an Oxigraph database).")


@contextmanager
def _store(path: str, *, create: bool = False):
    store = open_store(path, create=create)
    try:
        yield store
    finally:
        store.close()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main():
    """Turn diplomatic news into an RDF knowledge graph and ask it questions.

    \b
    kg build news/            read, extract and store every document
    kg query meetings         run a saved query (see `kg queries`)
    kg export -o graph.ttl    write the graph as standard RDF
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@store_option
@click.option("--validate", is_flag=True,
              help="Check each document's graph against the SHACL shapes before storing it.")
def build(paths, store_path, validate):
    """Read PATHS (.txt, .md, .jsonl files or folders; - for stdin) into the store.

    Each document becomes one named graph; building a document again replaces its graph.
    A document that fails is reported on stderr and the others are still built; the exit
    status is then 1.
    """
    from . import pipeline       # the NLP pipeline is heavy: load it only to build

    with _store(store_path, create=True) as store:
        report = pipeline.build(store, paths, validate=validate)
    for _, message in report.errors:
        click.echo(f"Error: {' '.join(str(message).split())}", err=True)
    built = len(report.built)
    click.echo(f"Built {built} document{'' if built == 1 else 's'} into {store_path}"
               + (f"; {len(report.errors)} failed" if report.errors else ""))
    if report.errors:
        raise click.exceptions.Exit(1)


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--format", "-f", "format", type=click.Choice(export_lib.GRAPH_FORMATS),
              default="turtle", show_default=True, help="RDF format.")
def extract(file, format):
    """Print the graph of one document FILE, without a store."""
    from . import pipeline

    graph = pipeline.extract_graph(file)
    click.echo(export_lib.serialize_graph(graph, format), nl=False)


@main.command()
@click.argument("name", metavar="NAME|FILE.rq")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the query, bound as an RDF term (repeatable).")
@click.option("--format", "-f", "format", type=click.Choice(query_lib.FORMATS),
              default="table", show_default=True,
              help="table, csv, tsv, SPARQL results json or xml; turtle and ntriples for "
                   "CONSTRUCT/DESCRIBE queries.")
@store_option
def query(name, params, format, store_path):
    """Run a saved query NAME (see `kg queries`) or the SPARQL in FILE.rq."""
    values = query_lib.parse_params(params)
    query_lib.load_query(name)                 # an unknown query is an error before the store
    with _store(store_path) as store:
        text = query_lib.query(store, name, params=values, format=format)
    click.echo(text, nl=False)


@main.command()
def queries():
    """List the saved queries with their titles and parameters."""
    click.echo(query_lib.describe_queries(), nl=False)


@main.command()
@click.option("--format", "-f", "format", type=click.Choice(list(export_lib.FORMATS)),
              default="turtle", show_default=True,
              help="trig and nq keep one named graph per document.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file instead of stdout.")
@click.option("--ontology", is_flag=True, help="Add the ontology's triples (ontology/*.ttl).")
@store_option
def export(format, output, ontology, store_path):
    """Write the whole store as RDF."""
    with _store(store_path) as store:
        text = export_lib.export(store, format, ontology=ontology,
                                 output=None if output in (None, "-") else output)
    if output in (None, "-"):
        click.echo(text, nl=False)


@main.command()
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False),
              help="A .png, .svg or .pdf picture, or .graphml for Gephi, Cytoscape or yEd.")
@store_option
def viz(output, store_path):
    """Draw who met whom: persons linked by meetings and to their countries."""
    with _store(store_path) as store:
        graph = network.viz(store, output=output)
    people = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "person")
    click.echo(f"Wrote {output}: {people} persons, {graph.number_of_nodes() - people} countries, "
               f"{graph.number_of_edges()} links")


@main.command()
@store_option
def stats(store_path):
    """Count documents, quads, triples, persons, countries, meetings, agreements and
    statements in the store."""
    with _store(store_path) as store:
        click.echo(str(stats_lib.stats(store)))


@main.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@store_option
def validate(file, store_path):
    """Check FILE (any RDF file), or the store, against the SHACL shapes.

    Prints each violation in plain words (which node, which rule, the sentence it was read
    from); the exit status is 1 when there is any.
    """
    from . import validate as validate_lib

    if file:
        violations = validate_lib.validate(file)
        what = file
    else:
        with _store(store_path) as store:
            violations = validate_lib.validate(store)
        what = f"store {store_path}"
    if violations:
        click.echo(validate_lib.format_violations(violations))
        raise click.exceptions.Exit(1)
    click.echo(f"No violations: {what} conforms to the shapes.")


@main.command()
@store_option
def reason(store_path):
    """Infer what follows from the ontology (HermiT; needs Java) and store it in its own
    named graph, replaced on each run."""
    from . import reason as reason_lib

    with _store(store_path) as store:
        report = reason_lib.reason(store)
    click.echo(report.summary())
    click.echo(f"Written to graph <{reason_lib.INFERRED_GRAPH_IRI}>")


@main.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(), metavar="DIR",
              help="Folder of gold JSON files (corpus/GOLD.md), one per document id.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--misses", is_flag=True, help="Also list what was missed or wrongly found.")
def eval_(gold_dir, paths, misses):
    """Score extraction on PATHS against gold: precision, recall and F1 per category."""
    from . import evaluate

    click.echo(evaluate.run_eval(gold_dir, paths, misses=misses).rstrip("\n"))
