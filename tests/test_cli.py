"""The ``kg`` command, driven with click's CliRunner: exact output, errors and exit codes.

``kg build`` and ``kg extract`` run with a stand-in for the NLP pipeline (the samples of
test_store), so these tests need no spaCy model; the pipeline has its own tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

import kg.evaluate
import kg.pipeline
from kg.cli import main
from kg.errors import KgError
from kg.mapping import document_iri, to_graph
from kg.pipeline import BuildReport
from test_store import calls_extraction, seed_extraction

SAMPLES = {"seed.txt": seed_extraction, "calls.txt": calls_extraction}


def fake_build(store, paths, validate=False):
    """Stand-in for kg.pipeline.build: known file names give the sample graphs."""
    report = BuildReport()
    for path in paths:
        name = Path(path).name
        if name not in SAMPLES:
            report.errors.append((path, f"{path}: no such file or folder"))
            continue
        x = SAMPLES[name]()
        store.replace_document(document_iri(x.document.id), to_graph(x))
        report.built.append(x.document.id)
    return report


@pytest.fixture
def kg_run(monkeypatch, tmp_path):
    """Run ``kg ARGS`` in tmp_path with KG_STORE unset; returns the click Result."""
    monkeypatch.setattr(kg.pipeline, "build", fake_build)
    monkeypatch.setattr(kg.pipeline, "extract_graph",
                        lambda path: to_graph(SAMPLES[Path(path).name]()))
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(*args, env=None, input=None):
        return runner.invoke(main, list(args), env=env, input=input, catch_exceptions=False)

    return run


@pytest.fixture
def built(kg_run, tmp_path):
    result = kg_run("build", "--store", str(tmp_path / "s"), "seed.txt", "calls.txt")
    assert result.exit_code == 0, result.output
    return tmp_path / "s"


def test_every_command_has_help(kg_run):
    assert set(main.commands) == {"build", "extract", "query", "queries", "export", "viz",
                                  "stats", "eval", "validate", "reason"}
    for name, command in main.commands.items():
        result = kg_run(name, "--help")
        assert result.exit_code == 0
        assert result.stdout.startswith(f"Usage: main {name} ")
        assert command.help and command.help.strip()
    assert kg_run("--help").exit_code == 0


def test_store_commands_take_store_and_kg_store():
    for name in ("build", "query", "export", "viz", "stats", "validate", "reason"):
        option = next(p for p in main.commands[name].params if p.name == "store_path")
        assert option.opts == ["--store"] and option.envvar == "KG_STORE"


def test_build_reports_and_replaces(kg_run, tmp_path):
    store = str(tmp_path / "s")
    result = kg_run("build", "--store", store, "seed.txt", "calls.txt")
    assert (result.exit_code, result.stdout, result.stderr) == \
        (0, f"Built 2 documents into {store}\n", "")
    again = kg_run("build", "--store", store, "seed.txt")
    assert again.stdout == f"Built 1 document into {store}\n"
    stats = kg_run("stats", "--store", store)
    assert stats.stdout.splitlines()[:2] == ["documents   2", "quads       207"]


def test_build_goes_on_after_a_bad_document(kg_run, tmp_path):
    result = kg_run("build", "--store", str(tmp_path / "s"), "missing.txt", "seed.txt")
    assert result.exit_code == 1
    assert result.stderr == "Error: missing.txt: no such file or folder\n"
    assert result.stdout == f"Built 1 document into {tmp_path / 's'}; 1 failed\n"


def test_kg_store_env_and_default(kg_run, tmp_path):
    env = {"KG_STORE": str(tmp_path / "env-store")}
    assert kg_run("build", "seed.txt", env=env).exit_code == 0
    assert (tmp_path / "env-store").is_dir()
    assert kg_run("stats", env=env).stdout.startswith("documents   1\n")
    # Neither option nor variable: .kg-store in the current folder.
    assert kg_run("build", "calls.txt").exit_code == 0
    assert (tmp_path / ".kg-store").is_dir()
    assert kg_run("query", "countries", "-f", "csv").stdout.splitlines()[1:] == [
        "calls 2024/01,https://w3id.org/kg/id/country/TUR,Turkey",
        "calls 2024/01,https://w3id.org/kg/id/country/USA,United States"]


def test_query_formats_and_params(kg_run, built):
    s = ("--store", str(built))
    table = kg_run("query", "persons", *s)
    assert table.exit_code == 0
    assert table.stdout.splitlines()[:2] == [
        "doc            person                         name",
        "-------------  -----------------------------  ------------------------------"]
    assert table.stdout.endswith("(6 rows)\n")
    doc = json.loads(kg_run("query", "persons", *s, "--format", "json").stdout)
    assert doc["head"] == {"vars": ["doc", "person", "name"]}
    assert len(doc["results"]["bindings"]) == 6
    pairs = kg_run("query", "who-met-whom", *s, "--param", "person=Sergey Lavrov", "-f", "tsv")
    assert pairs.stdout.splitlines()[1].split("\t")[:6] == [
        '"seed"', "", '"in-person"', '"Sergey Lavrov"', '"Russia"', '"Jeyhun Bayramov"']
    dated = kg_run("query", "who-met-whom", *s, "-p", "from=2024-01-10", "-p", "to=2024-12-31",
                   "-f", "csv")
    assert len(dated.stdout.splitlines()) == 3


def test_query_file(kg_run, built, tmp_path):
    f = tmp_path / "kinds.rq"
    f.write_text("# title: Kinds\n# param: kind - a meeting kind\n"
                 "PREFIX dip: <https://w3id.org/kg/diplomacy#>\n"
                 "CONSTRUCT { ?m a dip:PhoneCall } WHERE { ?m a dip:PhoneCall }\n")
    result = kg_run("query", str(f), "--store", str(built), "-f", "ntriples")
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="nt")) == 1


@pytest.mark.parametrize("args, message", [
    (("query", "nosuch"), "Error: unknown saved query 'nosuch' (try `kg queries`)\n"),
    (("query", "persons", "-p", "oops"), "Error: parameter 'oops' is not KEY=VALUE\n"),
    (("query", "who-met-whom", "-p", "from=yesterday"),
     "Error: parameter 'from' must be a date YYYY-MM-DD, YYYY-MM or YYYY, not 'yesterday'\n"),
    (("query", "persons", "-f", "turtle"),
     "Error: format 'turtle' is for CONSTRUCT and DESCRIBE results; a SELECT query prints "
     "as table, csv, tsv, json or xml\n"),
    (("export", "-o", "no/such/dir/g.ttl"),
     "Error: cannot write 'no/such/dir/g.ttl': No such file or directory\n"),
    (("viz", "-o", "net.gif"),
     "Error: cannot tell the format of 'net.gif': use a file name ending in .png, .svg, .pdf, "
     ".graphml\n"),
])
def test_errors_are_one_line(kg_run, built, args, message):
    result = kg_run(*args, "--store", str(built))
    assert (result.exit_code, result.stderr, result.stdout) == (1, message, "")


def test_syntax_error_in_query_file(kg_run, built, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x }\n")
    result = kg_run("query", str(bad), "--store", str(built))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: query '{bad}' is not valid SPARQL: ")
    assert result.stderr.count("\n") == 1


def test_missing_and_bad_stores(kg_run, tmp_path):
    result = kg_run("stats", "--store", "nowhere")
    assert (result.exit_code, result.stderr) == (
        1, "Error: no store at 'nowhere' (build one with `kg build --store nowhere PATH`)\n")
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "afile").write_text("x")
    result = kg_run("build", "--store", "afile", "seed.txt")
    assert (result.exit_code, result.stderr) == (
        1, "Error: cannot open store 'afile': it is a file, not a folder\n")


def test_export(kg_run, built, tmp_path):
    s = ("--store", str(built))
    turtle = kg_run("export", *s)
    assert turtle.exit_code == 0
    n = len(Graph().parse(data=turtle.stdout, format="turtle"))
    assert n == 207
    out = tmp_path / "g.nq"
    result = kg_run("export", *s, "--format", "nq", "-o", str(out))
    assert (result.exit_code, result.stdout) == (0, "")
    assert len([line for line in out.read_text().splitlines() if line]) == 207
    with_ontology = kg_run("export", *s, "--ontology", "-f", "nt")
    assert len(with_ontology.stdout.splitlines()) >= n


def test_extract(kg_run):
    result = kg_run("extract", "seed.txt")
    assert result.exit_code == 0
    assert Graph().parse(data=result.stdout, format="turtle").isomorphic(
        to_graph(seed_extraction()))
    jsonld = kg_run("extract", "seed.txt", "--format", "jsonld")
    assert len(Graph().parse(data=jsonld.stdout, format="json-ld")) == len(
        to_graph(seed_extraction()))


def test_viz(kg_run, built, tmp_path):
    result = kg_run("viz", "--store", str(built), "-o", "net.png")
    assert (result.exit_code, result.stdout) == (
        0, "Wrote net.png: 6 persons, 4 countries, 8 links\n")
    assert (tmp_path / "net.png").read_bytes()[:4] == b"\x89PNG"
    assert kg_run("viz", "--store", str(built), "-o", "net.graphml").exit_code == 0
    assert (tmp_path / "net.graphml").read_text().startswith("<?xml")


def test_queries_lists_titles_and_params(kg_run):
    lines = kg_run("queries").stdout.splitlines()
    assert any(line.split() == ["meetings", "Meetings"] for line in lines)
    assert any(line.strip().startswith("--param from=... (xsd:date)") for line in lines)


def test_eval_prints_the_report(kg_run, monkeypatch):
    calls = []

    def fake(gold_dir, paths, misses=False):
        calls.append((gold_dir, tuple(paths), misses))
        return "persons  P 1.00  R 1.00  F1 1.00\n"

    monkeypatch.setattr(kg.evaluate, "run_eval", fake)
    result = kg_run("eval", "--gold", "gold", "a.txt", "b.txt", "--misses")
    assert (result.exit_code, result.stdout) == (0, "persons  P 1.00  R 1.00  F1 1.00\n")
    assert calls == [("gold", ("a.txt", "b.txt"), True)]

    def failing(gold_dir, paths, misses=False):
        raise KgError(f"gold directory not found: {gold_dir}")

    monkeypatch.setattr(kg.evaluate, "run_eval", failing)
    result = kg_run("eval", "--gold", "nope", "a.txt")
    assert (result.exit_code, result.stderr) == (1, "Error: gold directory not found: nope\n")
