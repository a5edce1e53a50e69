"""``kg query`` and ``kg export``: reading the store."""

from __future__ import annotations

import sys

import click

from kg.cli.app import STORE_OPTION, _auth, auth_options, main, reports_errors
from kg.cli.tables import print_table
from kg.errors import KgError


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
    print_table(*rows(results))




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
    from kg.outfile import write_output

    write_output(output, lambda handle: run_export(store, handle, fmt, graph, with_ontology))
