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

STORE_OPTION = click.option(
    "--store", "store_dir", envvar="KG_STORE", type=click.Path(file_okay=False),
    help="Store directory [env KG_STORE; default ./.kg-store].",
)


def reports_errors(func):
    """Turn library errors into one-line messages and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; the store keeps every document written so far") from None

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
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@reports_errors
def build(paths, store_dir, date, jobs, force, quiet):
    """Read articles (.txt, .jsonl, .csv, folders, or - for stdin) into the store.

    Example: kg build seeds/ --store news.db
    """
    from kg.build import build as run_build, default_jobs
    from kg.store import open_store

    with open_store(store_dir) as store:
        report = run_build(store, list(paths), date=date, jobs=jobs or default_jobs(), force=force)
    if not quiet:
        click.echo(
            f"built {report.documents} document(s), skipped {report.skipped} unchanged, "
            f"{report.triples} triples in {report.seconds:.1f} s -> {store.path}",
            err=True,
        )


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="N-Quads file to write (default stdout).")
@click.option("--date", help="Publication date (YYYY-MM-DD) for every document, overriding date markers.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes for spaCy [default: all cores].")
@reports_errors
def extract(paths, output, date, jobs):
    """Extract without a store: N-Quads, one named graph per document.

    Run it over partitions of a corpus on many machines, then load the
    results with 'kg push --file' or a store's bulk loader.

    Example: ls corpus/*.txt | parallel -N 500 kg extract -o part-{#}.nq {}
    """
    from kg.build import default_jobs, extract_nquads

    jobs = jobs or default_jobs()
    if output:
        _write_atomically(output, lambda handle: extract_nquads(list(paths), handle, date=date, jobs=jobs))
    else:
        extract_nquads(list(paths), sys.stdout.buffer, date=date, jobs=jobs)
        sys.stdout.flush()


@main.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="SPARQL query text.")
@click.option("--format", "-f", "fmt", default=None, help="table, json, csv, tsv, xml (SELECT/ASK); ttl, nt, jsonld (CONSTRUCT).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (a string, <iri> or \"literal\"^^<type>).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@STORE_OPTION
@reports_errors
def query(name, expression, fmt, params, list_queries, store_dir):
    """Run a named query (queries/NAME.rq), a .rq file, or -e 'SPARQL'.

    Example: kg query said_by --param speaker="Donald Trump" --format csv
    """
    from kg import query as q

    if list_queries:
        _print_query_list()
        return
    text = q.resolve_query(name, expression)
    if fmt:
        q.check_format(fmt)
    bound = q.parse_params(list(params), text)
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    results = q.run_query(store, text, bound)
    _print_results(results, fmt or q.default_format(results))


def _print_query_list():
    from kg.queries import load_query, query_names

    for name in query_names():
        click.echo(f"{name:15} {load_query(name).description}")


def _print_results(results, fmt: str):
    from kg import query as q

    if fmt != "table":
        sys.stdout.buffer.write(q.serialize_results(results, fmt))
        sys.stdout.flush()
        return
    if q.result_kind(results) == "boolean":
        click.echo("yes" if bool(results) else "no")
        return
    if q.result_kind(results) == "graph":
        raise KgError("format 'table' does not fit a CONSTRUCT/DESCRIBE result; use ttl, nt or jsonld")
    variables, rows = q.rows(results)
    _print_table(variables, rows)


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
    from kg.export import export as run_export, rdf_format
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

    _write_atomically(output, lambda handle: run_export(store, handle, fmt, graph, with_ontology))


def _write_atomically(output, write):
    """Write beside the target and rename, so a failure leaves no half file."""
    import os

    partial = f"{output}.partial"
    try:
        with open(partial, "wb") as handle:
            write(handle)
        os.replace(partial, output)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


@main.command()
@STORE_OPTION
@click.option("--no-reason", is_flag=True, help="SHACL only, skip the OWL reasoner.")
@click.option("--graph", help="Only this document (its name or graph IRI).")
@reports_errors
def validate(store_dir, no_reason, graph):
    """Check the graph against the SHACL shapes and the OWL ontology (HermiT).

    Example: kg validate --store news.db
    """
    from kg.validate import validate_store
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    report = validate_store(store, reason=not no_reason, graph=graph)
    for line in report.problems:
        click.echo(line)
    click.echo(report.summary, err=True)
    if not report.conforms:
        sys.exit(1)


@main.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False), help="Folder of gold JSON files.")
@click.option("--polnear", "polnear_dir", type=click.Path(exists=True, file_okay=False), help="A PolNeAR split (text/ and attributions/).")
@click.option("--verbose", "-v", is_flag=True, help="List each miss and false hit.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for spaCy (--polnear).")
@STORE_OPTION
@reports_errors
def eval_command(gold_dir, polnear_dir, verbose, as_json, jobs, store_dir):
    """Score the graph against gold files, or statements against PolNeAR.

    \b
    Example: kg build seeds/ && kg eval --gold ../shared/gold
             kg eval --polnear ../shared/eval/polnear/dev
    """
    from kg import evaluate as ev

    if bool(gold_dir) == bool(polnear_dir):
        raise click.UsageError("give exactly one of --gold DIR or --polnear DIR")
    if gold_dir:
        from kg.store import open_store

        score = ev.evaluate_store(open_store(store_dir, read_only=True), gold_dir)
    else:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kg-polnear-") as tmp:
            score = ev.evaluate_polnear(polnear_dir, tmp, jobs=jobs)
    _print_score(score, verbose, as_json)


def _print_score(score, verbose: bool, as_json: bool):
    import json

    if as_json:
        click.echo(json.dumps(score.to_dict(), indent=2))
        return
    from kg.evaluate import GoldScore

    rows = _gold_rows(score) if isinstance(score, GoldScore) else _polnear_rows(score)
    _print_table(["measure", "P", "R", "F1", "counts"], rows)
    if verbose:
        for note in [*score.misses, *score.false_hits]:
            click.echo(f"{note.section:10} {note.doc}: {note.description}")


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def _gold_rows(score):
    rows = []
    for name in ("actors", "statements", "stances", "events"):
        s = score.section(name)
        rows.append([name, _fmt(s.precision), _fmt(s.recall), _fmt(s.f1),
                     f"{s.tp_pred}/{s.n_pred} pred, {s.tp_gold}/{s.n_gold} gold"])
    for name, acc in (("type accuracy", score.type), ("PLOVER accuracy", score.plover), ("date accuracy", score.date)):
        rows.append([name, "", "", _fmt(acc.value), f"{acc.correct}/{acc.total}"])
    return rows


def _polnear_rows(score):
    s = score.spans
    return [
        ["content spans", _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), f"{s.tp_pred}/{s.n_pred} pred, {s.tp_gold}/{s.n_gold} gold"],
        ["speaker accuracy", "", "", _fmt(score.speaker_accuracy), f"{score.speaker.correct}/{score.speaker.total}"],
    ]


if __name__ == "__main__":  # pragma: no cover
    main()
