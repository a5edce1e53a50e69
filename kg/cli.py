"""The ``kg`` command line: thin click commands over the library.

Each command parses options, calls one library function and prints the
result. Domain errors (:class:`kg.errors.KgError`) become a one-line message
on stderr and exit code 1; heavy imports (spaCy, rdflib, pySHACL) happen
inside the commands that need them, so ``kg --help`` starts fast.
"""

from __future__ import annotations

import functools
import sys

import click

from kg import __version__
from kg.errors import KgError
from kg.report import DEFAULT_TOP

STORE_OPTION = click.option(
    "--store", "store_dir", envvar="KG_STORE", type=click.Path(file_okay=False),
    help="Store directory [env KG_STORE; default ./.kg-store].",
)


DASK_OPTION = click.option(
    "--dask", "dask_address", metavar="ADDRESS",
    help="Build on a Dask cluster: its scheduler's address (tcp://host:8786), or local[:N] for N local "
         "single-threaded workers; --jobs is then unused. Needs pip install \"newskg[dask]\".",
)


def _builder(dask_address):
    """Where the graphs are built: a Dask cluster's context (kg.distributed), or local processes (None)."""
    import contextlib

    if not dask_address:
        return contextlib.nullcontext(None)
    from kg.distributed import cluster_builder

    return cluster_builder(dask_address)


def auth_options(func):
    """--user/--password/--token/--auth-type, also read from KG_USER, KG_PASSWORD, KG_TOKEN."""
    for option in reversed([
        click.option("--user", help="User for HTTP auth [env KG_USER]."),
        click.option("--password", help="Password for HTTP auth [env KG_PASSWORD]; never printed."),
        click.option("--token", help="Bearer token [env KG_TOKEN]; never printed."),
        click.option("--auth-type", type=click.Choice(["basic", "digest"]), default="basic", show_default=True),
    ]):
        func = option(func)
    return func


def _auth(user, password, token, auth_type):
    from kg.remote.endpoints import Auth

    if user and password is None and not token and sys.stdin.isatty():
        password = click.prompt("password", hide_input=True)
    return Auth.from_options(user=user, password=password, token=token, kind=auth_type)


INTERRUPTED = {  # what Ctrl-C leaves behind, where a command writes something that stays
    "build": "interrupted; the store keeps every document written so far",
    "remove": "interrupted; every document is either removed whole or still whole in the store",
    "push": "interrupted; pushing again ends with the same remote triples as an uninterrupted push",
}


def reports_errors(func):
    """Turn library errors into one-line messages and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None
        except KeyboardInterrupt:
            command = click.get_current_context().command.name
            raise click.ClickException(INTERRUPTED.get(command, "interrupted")) from None

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newskg")
def main():
    """newskg: news articles into a knowledge graph of who said and did what.

    \b
    kg build seeds/                 articles -> graph in the embedded store
    kg query statements             a named query, as a table
    kg export --format trig -o news.trig
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@STORE_OPTION
@click.option("--date", help="Publication date (YYYY-MM-DD) for every document, overriding date markers.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes for spaCy [default: all cores].")
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@DASK_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@reports_errors
def build(paths, store_dir, date, jobs, force, dask_address, quiet):
    """Read articles (.txt, .jsonl, .csv, folders, or - for stdin) into the store.

    Example: kg build seeds/ --store news.db
    """
    from kg.build import build as run_build, checked_documents, default_jobs
    from kg.store import open_store

    documents = checked_documents(list(paths), date)  # bad input stops here, before a store is made or opened
    with _builder(dask_address) as builder, open_store(store_dir) as store:
        report = run_build(store, [], documents=documents, jobs=jobs or default_jobs(), force=force, builder=builder)
    if not quiet:
        click.echo(
            f"built {report.documents} document(s), skipped {report.skipped} unchanged, "
            f"{report.triples} triples in {report.seconds:.1f} s -> {store.path}",
            err=True,
        )


@main.command()
@click.argument("documents", nargs=-1, required=True)
@STORE_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No report.")
@reports_errors
def remove(documents, store_dir, quiet):
    """Take documents (by name, as kg query shows them, or graph IRI) out of the store.

    Example: kg remove draft.txt --store news.db
    """
    from kg.build import remove_documents
    from kg.store import open_store

    with open_store(store_dir, create=False) as store:
        removed = remove_documents(store, list(documents))
    if not quiet:
        click.echo(f"removed {len(removed)} document(s) from {store.path}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="N-Quads file to write (default stdout).")
@click.option("--date", help="Publication date (YYYY-MM-DD) for every document, overriding date markers.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes for spaCy [default: all cores].")
@DASK_OPTION
@reports_errors
def extract(paths, output, date, jobs, dask_address):
    """Extract without a store: N-Quads, one named graph per document.

    Run it over partitions of a corpus on many machines, then load the
    results with 'kg push --file' or a store's bulk loader.

    Example: ls corpus/*.txt | parallel -N 500 kg extract -o part-{#}.nq {}
    """
    from kg.build import default_jobs, extract_nquads
    from kg.outfile import write_atomically

    jobs = jobs or default_jobs()
    with _builder(dask_address) as builder:
        if output:
            write_atomically(output, lambda handle: extract_nquads(list(paths), handle, date=date, jobs=jobs, builder=builder))
        else:
            extract_nquads(list(paths), sys.stdout.buffer, date=date, jobs=jobs, builder=builder)
            sys.stdout.flush()


@main.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="SPARQL query text.")
@click.option("--format", "-f", "fmt", default=None, help="table, json, csv, tsv, xml (SELECT/ASK); ttl, nt, jsonld, xml (CONSTRUCT).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (a string, <iri> or \"literal\"^^<type>).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@click.option("--endpoint", help="Run on a remote SPARQL endpoint (its query URL) instead of the local store.")
@STORE_OPTION
@auth_options
@reports_errors
def query(name, expression, fmt, params, list_queries, endpoint, store_dir, user, password, token, auth_type):
    """Run a named query (queries/NAME.rq), a .rq file, or -e 'SPARQL'.

    Example: kg query said_by --param speaker="Donald Trump" --format csv
    """
    from kg.sparql.files import resolve_query
    from kg.sparql.formats import check_query_format
    from kg.sparql.results import default_format
    from kg.sparql.text import parse_params

    if list_queries:
        _print_query_list()
        return
    text = resolve_query(name, expression)
    if fmt:
        check_query_format(fmt)
    bound = parse_params(list(params), text)
    if endpoint:
        results = _remote_results(endpoint, text, bound, _auth(user, password, token, auth_type))
    else:
        results = _local_results(store_dir, text, bound)
    _print_results(results, fmt or default_format(results))


def _local_results(store_dir, text, bound):
    from kg.sparql.local import run_query
    from kg.store import open_store

    return run_query(open_store(store_dir, read_only=True), text, bound)


def _remote_results(endpoint, text, bound, auth):
    from kg.remote.query import remote_query

    return remote_query(endpoint, text.text, params={var.value: term for var, term in bound.items()}, auth=auth)


def _print_query_list():
    from kg.sparql.files import load_query, query_names

    for name in query_names():
        click.echo(f"{name:15} {load_query(name).description}")


def _print_results(results, fmt: str):
    from kg.errors import choices
    from kg.sparql.formats import GRAPH_FORMATS
    from kg.sparql.results import result_kind, rows, serialize_results

    if fmt != "table":
        sys.stdout.buffer.write(serialize_results(results, fmt))
        sys.stdout.flush()
        return
    if result_kind(results) == "boolean":
        click.echo("yes" if bool(results) else "no")
        return
    if result_kind(results) == "graph":
        raise KgError(f"format 'table' does not fit a CONSTRUCT/DESCRIBE result; use {choices(GRAPH_FORMATS)}")
    _print_table(*rows(results))


def _print_table(columns, rows):
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False, highlight=False)
    for row in rows:
        table.add_row(*row)
    console = Console(soft_wrap=False)
    console.print(table)
    console.print(f"{len(rows)} row(s)", style="dim")


@main.command()
@click.option("--format", "-f", "fmt", default="ttl", show_default=True, help="ttl, trig, nt, nq, jsonld or xml.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
@click.option("--graph", help="Only this document (its name or graph IRI).")
@click.option("--with-ontology", is_flag=True, help="Include the ontology and PLOVER scheme.")
@STORE_OPTION
@reports_errors
def export(fmt, output, graph, with_ontology, store_dir):
    """Write the whole graph (or one document's) in an RDF format.

    Example: kg export --format trig -o news.trig
    """
    from kg.export import export as run_export
    from kg.sparql.formats import rdf_format
    from kg.store import open_store

    rdf_format(fmt)
    store = open_store(store_dir, read_only=True)
    if output:
        _export_to_file(store, output, fmt, graph, with_ontology)
    else:
        run_export(store, sys.stdout.buffer, fmt, graph, with_ontology)
        sys.stdout.flush()


def _export_to_file(store, output, fmt, graph, with_ontology):
    from kg.export import export as run_export
    from kg.outfile import write_atomically

    write_atomically(output, lambda handle: run_export(store, handle, fmt, graph, with_ontology))


@main.command()
@STORE_OPTION
@click.option("--no-reason", is_flag=True, help="SHACL only, skip the OWL reasoner.")
@click.option("--graph", help="Only this document (its name or graph IRI).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes for SHACL [default: all cores].")
@click.option("--reason-graphs", type=click.IntRange(min=0), default=20, show_default=True,
              help="Document graphs HermiT checks, spread over the store; 0 for all (about 0.75 s each).")
@reports_errors
def validate(store_dir, no_reason, graph, jobs, reason_graphs):
    """Check the graph against the SHACL shapes and the OWL ontology (HermiT), its text anchors and labels.

    Example: kg validate --store news.db
    """
    from kg.build import default_jobs
    from kg.validate import validate_store
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    report = validate_store(store, reason=not no_reason, graph=graph, jobs=jobs or default_jobs(),
                            max_graphs=reason_graphs)
    for line in report.problems:
        click.echo(line)
    click.echo(report.summary, err=True)
    if not report.conforms:
        sys.exit(1)


@main.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False), help="Folder of gold JSON files.")
@click.option("--polnear", "polnear_dir", type=click.Path(exists=True, file_okay=False), help="A PolNeAR split (text/ and attributions/).")
@click.option("--newsmtsc", "newsmtsc_file", type=click.Path(exists=True, dir_okay=False), help="A NewsMTSC .jsonl file: polarity toward a named person.")
@click.option("--verbose", "-v", is_flag=True, help="List each miss and false hit.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for spaCy (--polnear).")
@click.option("--endpoint", help="Score what a remote SPARQL endpoint holds (its query URL) instead of the local store.")
@STORE_OPTION
@auth_options
@reports_errors
def eval_command(gold_dir, polnear_dir, newsmtsc_file, verbose, as_json, jobs, endpoint, store_dir, user, password, token, auth_type):
    """Score the graph against gold files, statements against PolNeAR, or stance polarity against NewsMTSC.

    \b
    Example: kg build seeds/ && kg eval --gold ../shared/gold
             kg eval --polnear ../shared/eval/polnear/dev
             kg eval --newsmtsc ../shared/eval/newsmtsc/devtest_mt.jsonl
    """
    if sum(map(bool, (gold_dir, polnear_dir, newsmtsc_file))) != 1:
        raise click.UsageError("give exactly one of --gold DIR, --polnear DIR or --newsmtsc FILE")
    if newsmtsc_file:
        from kg.eval.newsmtsc import score_newsmtsc

        score = score_newsmtsc(newsmtsc_file)
    elif gold_dir and endpoint:
        from kg.eval.run import evaluate_gold
        from kg.remote.query import remote_select_rows

        auth = _auth(user, password, token, auth_type)
        score = evaluate_gold(lambda text: remote_select_rows(endpoint, text, auth=auth), gold_dir)
    elif gold_dir:
        from kg.eval.run import evaluate_store
        from kg.store import open_store

        score = evaluate_store(open_store(store_dir, read_only=True), gold_dir)
    else:
        score = _score_polnear(polnear_dir, jobs)
    _print_score(score, verbose, as_json)


def _score_polnear(split_dir, jobs):
    """Build every text of a PolNeAR split into a temporary store, then score its statements against the split."""
    import tempfile

    from kg.build import build
    from kg.documents import parse_text
    from kg.eval.polnear import polnear_documents, score_polnear
    from kg.eval.run import contract_predictions, local_select
    from kg.store import open_store

    docs = [parse_text(name, text) for name, text in polnear_documents(split_dir)]
    with tempfile.TemporaryDirectory(prefix="kg-polnear-") as tmp:
        with open_store(tmp) as store:
            build(store, [], documents=docs, jobs=jobs)
            rows = contract_predictions(local_select(store), ["statements"])["statements"]
    return score_polnear(split_dir, rows)


def _print_score(score, verbose: bool, as_json: bool):
    import json

    if as_json:
        click.echo(json.dumps(score.to_dict(), indent=2))
        return
    from kg.eval.contract import GoldScore
    from kg.eval.polnear import PolnearScore

    if isinstance(score, GoldScore):
        rows = _gold_rows(score)
    elif isinstance(score, PolnearScore):
        rows = _polnear_rows(score)
    else:
        rows = _newsmtsc_rows(score)
    _print_table(["measure", "P", "R", "F1", "counts"], rows)
    if getattr(score, "unbuilt", None):
        click.echo(f"note: {len(score.unbuilt)} of the {score.documents} gold documents are not in the graph, so every "
                   f"item of theirs counts as missed: {', '.join(score.unbuilt)}", err=True)
    if verbose and hasattr(score, "misses"):
        for note in [*score.misses, *score.false_hits]:
            click.echo(f"{note.section:10} {note.doc}: {note.description}")


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def _gold_rows(score):
    from kg.eval.contract import CONTRACT_QUERIES

    rows = []
    for name in CONTRACT_QUERIES:
        s = score.section(name)
        rows.append([name, _fmt(s.precision), _fmt(s.recall), _fmt(s.f1),
                     f"{s.tp_pred}/{s.n_pred} pred, {s.tp_gold}/{s.n_gold} gold"])
    for name, acc in (("type accuracy", score.type), ("PLOVER accuracy", score.plover), ("date accuracy", score.date)):
        rows.append([name, "", "", _fmt(acc.value), f"{acc.correct}/{acc.total}"])
    return rows


def _newsmtsc_rows(score):
    rows = [[label, _fmt(p), _fmt(r), _fmt(f), f"{support} gold"] for label, (p, r, f, support) in score.per_class().items()]
    rows.append(["accuracy", "", "", _fmt(score.accuracy), f"{score.correct}/{score.targets}"])
    rows.append(["macro-F1", "", "", _fmt(score.macro_f1), f"no stance toward the target: {score.no_target}"])
    return rows


def _polnear_rows(score):
    s = score.spans
    return [
        ["content spans", _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), f"{s.tp_pred}/{s.n_pred} pred, {s.tp_gold}/{s.n_gold} gold"],
        ["speaker accuracy", "", "", _fmt(score.speaker_accuracy), f"{score.speaker.correct}/{score.speaker.total}"],
    ]


@main.command()
@click.option("--endpoint", required=True, help="The store's SPARQL query URL, e.g. http://host:7878/query or http://host:8890/sparql.")
@click.option("--profile", type=click.Choice(["oxigraph", "virtuoso", "fuseki", "graphdb", "generic"]), default="generic", show_default=True, help="Fills in the update and Graph Store URLs and the transport.")
@click.option("--update-endpoint", help="SPARQL Update URL, when the profile's guess is wrong.")
@click.option("--gsp-endpoint", help="Graph Store Protocol URL, when the profile's guess is wrong.")
@click.option("--transport", type=click.Choice(["gsp", "update"]), help="Graph Store PUT per graph (fast) or SPARQL Update batches [default: the profile's].")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True, help="Triples per SPARQL Update request.")
@click.option("--workers", type=click.IntRange(min=1), default=4, show_default=True, help="Graphs sent at once.")
@click.option("--graph", "graphs", multiple=True, help="Only this document (name or graph IRI); repeatable.")
@click.option("--file", "rdf_file", type=click.Path(exists=True, dir_okay=False), help="Push this Turtle/TriG/N-Quads file instead of the store.")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds per request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True, help="Retries of transient failures, with backoff.")
@STORE_OPTION
@auth_options
@reports_errors
def push(endpoint, profile, update_endpoint, gsp_endpoint, transport, batch_size, workers, graphs, rdf_file,
         dry_run, timeout, retries, store_dir, user, password, token, auth_type):
    """Load the graph into a remote triple store, one named graph per document.

    A re-push replaces each document's graph; an interrupted push run again
    ends with the same remote triples.

    Example: kg push --endpoint http://localhost:7878/query --profile oxigraph
    """
    from kg.remote.endpoints import resolve_endpoints
    from kg.remote.push import push as run_push

    auth = _auth(user, password, token, auth_type)
    endpoints = resolve_endpoints(endpoint, profile, update_endpoint, gsp_endpoint, authenticated=auth is not None)
    source, selected, total = _push_source(rdf_file, store_dir, graphs)
    with _progress_bar(total, dry_run) as advance:
        report = run_push(source, endpoints, auth=auth, transport=transport, batch_size=batch_size, graphs=selected,
                          dry_run=dry_run, progress=advance, retries=retries, timeout=timeout, workers=workers)
    click.echo(report.summary(), err=not dry_run)


def _push_source(rdf_file, store_dir, graphs):
    """What to push: a file, or the store (all graphs or the named ones), and its triple count."""
    if rdf_file:
        return rdf_file, None, None
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    selected = [store.resolve_graph(g) for g in graphs] or None
    total = sum(store.count(g) for g in selected) if selected else len(store)
    return store, selected, total


def _progress_bar(total, quiet):
    """A rich progress bar with triples/s on stderr; yields the push progress callback."""
    import contextlib

    @contextlib.contextmanager
    def bar():
        if quiet or not sys.stderr.isatty():
            yield None
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("push"), BarColumn(), TextColumn("{task.completed:,} triples"),
                      TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("push", total=total, rate="")

            def advance(graph, triples):
                progress.advance(task, triples)
                speed = progress.tasks[0].speed
                progress.update(task, rate=f"{speed:,.0f} triples/s" if speed else "")

            yield advance

    return bar()


@main.command()
@STORE_OPTION
@click.option("--output", "-o", default="report.html", show_default=True, type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--doc", "docs", multiple=True, help="Only this document (name or graph IRI); repeatable.")
@click.option("--actor", "actors", multiple=True, help="Only what involves this actor (any of its names, case-blind); repeatable.")
@click.option("--since", help="Only documents published on or after YYYY[-MM[-DD]].")
@click.option("--until", help="Only documents published on or before YYYY[-MM[-DD]].")
@click.option("--top", type=click.IntRange(min=0), default=DEFAULT_TOP, show_default=True, help="Show the N most mentioned actors (0: all).")
@reports_errors
def report(store_dir, output, docs, actors, since, until, top):
    """Write the graph as one self-contained HTML page: stance network, timeline, actor and document pages.

    Example: kg report --top 30 --since 2019-01 -o report.html
    """
    from kg.report import write_report
    from kg.report.data import ReportFilter
    from kg.store import open_store

    filters = ReportFilter(tuple(docs), tuple(actors), since, until, top)
    with open_store(store_dir, read_only=True) as store:
        size = write_report(store, output, filters)
    click.echo(f"wrote {output} ({size:,} bytes)", err=True)


@main.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--writable", is_flag=True, help="Accept SPARQL Update and Graph Store writes (read-only by default).")
@click.option("--report-port", type=click.IntRange(0, 65535), default=None, help="Port of the report pages [default: PORT+1; 0: none].")
@reports_errors
def serve(store_dir, host, port, writable, report_port):
    """Serve the store as a SPARQL 1.1 Protocol endpoint (Oxigraph server), and its report pages.

    Queries go to http://HOST:PORT/query; the default graph is the union of
    all document graphs, as in 'kg query'. The report (as 'kg report' writes
    it) is at http://HOST:PORT+1/, filtered by ?actor=NAME&top=N&doc=NAME&since=&until=.
    Restart it after a build.

    Example: kg serve --port 7878
    """
    from kg.serve import endpoint_urls, report_port_for, run_server
    from kg.store import store_path

    where = store_path(store_dir)
    urls = endpoint_urls(host, port, read_only=not writable)
    pages = report_port_for(port) if report_port is None else report_port
    message = f"serving {where} at {urls['query']} ({'read-write' if writable else 'read-only'})"
    message += f", report at http://{host}:{pages}/" if pages else ""
    sys.exit(run_server(where, host, port, read_only=not writable, report_port=pages,
                        started=lambda: click.echo(message + "; Ctrl-C stops", err=True)))


if __name__ == "__main__":  # pragma: no cover
    main()
