"""``kg query`` and ``kg export``: reading the store."""

from __future__ import annotations

import sys

import click

from kg.cli.app import STORE_OPTION, _auth, auth_options, main, reports_errors, writing_stdout
from kg.cli.tables import print_table
from kg.errors import KgError


def _complete_query_names(ctx, param, incomplete):
    """Shell completion of a named query (and of .rq files, by the shell's own file completion)."""
    from click.shell_completion import CompletionItem

    from kg.sparql.files import load_query, query_names

    return [CompletionItem(name, help=load_query(name).description) for name in query_names() if name.startswith(incomplete)]


def _complete_params(ctx, param, incomplete):
    """Shell completion of --param NAME= from the named query given before it."""
    from kg.errors import KgError
    from kg.sparql.files import declared_params, load_query

    name = ctx.params.get("name") or next(iter(ctx.args), None)  # with -p still open, click leaves NAME unparsed
    try:
        names = declared_params(load_query(name).text) if name else []
    except KgError:  # a .rq file or an unknown name: nothing to offer
        names = []
    return [f"{name}=" for name in names if f"{name}=".startswith(incomplete)]


def _complete_formats(ctx, param, incomplete):
    from kg.sparql.formats import QUERY_FORMATS

    return [name for name in QUERY_FORMATS if name.startswith(incomplete)]


@main.command()
@click.argument("name", required=False, shell_complete=_complete_query_names)
@click.option("-e", "--expression", help="SPARQL query text.")
@click.option("--format", "-f", "fmt", default=None, shell_complete=_complete_formats, help="table, json, csv, tsv, xml (SELECT/ASK); ttl, nt, jsonld, xml (CONSTRUCT).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", shell_complete=_complete_params, help="Bind ?NAME to VALUE (a string, <iri> or \"literal\"^^<type>).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@click.option("--limit", "-n", type=click.IntRange(min=1), help="Show at most N rows, in any format (a hint on stderr says when rows were cut).")
@click.option("--endpoint", help="Run on a remote SPARQL endpoint (its query URL) instead of the local store.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS", help="Stop the query after SECONDS (remote: no retries).")
@click.option("--allow-service", is_flag=True, help="Let SERVICE clauses make this machine query the endpoints they name.")
@STORE_OPTION
@auth_options
@reports_errors
def query(name, expression, fmt, params, list_queries, limit, endpoint, timeout, allow_service, store_dir, user, password,
          token, auth_type):
    """Run a named query (queries/NAME.rq), a .rq file, or -e 'SPARQL'.

    Ctrl-C stops a running query at once. A query calling other endpoints
    with SERVICE runs only with --allow-service.

    Example: kg query said_by --param speaker="Donald Trump" --format csv
    """
    from kg.names import bind_actor
    from kg.sparql.checks import check_not_empty
    from kg.sparql.files import QueryText, resolve_query
    from kg.sparql.formats import check_query_format
    from kg.sparql.text import parse_params, star_in_order

    if list_queries:
        with writing_stdout():
            _print_query_list()
        return
    text = resolve_query(name, expression)
    check_not_empty(text)
    text = QueryText(star_in_order(text.text), text.origin)
    if fmt:
        check_query_format(fmt)
    bound = parse_params(list(params), text)
    if endpoint:
        auth = _auth(user, password, token, auth_type)
        bound = bind_actor(lambda sparql, p: _remote_results(endpoint, QueryText(sparql, "kg.names"), p, auth, timeout),
                           name, bound)
        show = _prepared(_remote_results(endpoint, text, bound, auth, timeout), fmt, limit)
    else:
        show, bound = _local_answer(store_dir, text, bound, name, fmt, limit, timeout, allow_service)
    with writing_stdout():
        show()
    if name == "actor_profile" and (fmt or "table") == "table":
        actor = next(iter(bound.values())).value if len(bound) == 1 else "NAME"
        click.echo(f"what they said: kg query said_by -p speaker=\"{actor}\"; who stands how toward them: "
                   f"kg query stances_toward -p target=\"{actor}\"; all of it on a page: kg report --actor \"{actor}\"", err=True)


def _local_answer(store_dir, text, bound, name, fmt, limit, timeout, allow_service):
    """The query run and its output made ready in a thread that Ctrl-C and --timeout can leave, and the
    parameters as bound (an actor's name as the store gives it)."""
    from kg.names import bind_actor, local_runner
    from kg.sparql.local import run_query, stoppable
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    bound = bind_actor(local_runner(store), name, bound)
    work = lambda: _prepared(run_query(store, text, bound, allow_service=allow_service), fmt, limit)  # noqa: E731
    return stoppable(work, text.origin, timeout), bound


def _remote_results(endpoint, text, bound, auth, timeout):
    from kg.remote.calls import DEFAULT_RETRIES, DEFAULT_TIMEOUT
    from kg.remote.query import remote_query

    return remote_query(endpoint, text.text, params={var.value: term for var, term in bound.items()}, auth=auth,
                        timeout=timeout or DEFAULT_TIMEOUT, retries=0 if timeout else DEFAULT_RETRIES)


def _print_query_list():
    from kg.sparql.files import load_query, query_names

    for name in query_names():
        click.echo(f"{name:15} {load_query(name).description}")


def _prepared(results, fmt: str | None, limit: int | None = None):
    """Every result read and formatted; what is left is a function that writes it to stdout."""
    from kg.errors import choices
    from kg.sparql.formats import GRAPH_FORMATS
    from kg.sparql.results import default_format, first_rows, result_kind, rows, serialize_results

    fmt = fmt or default_format(results)
    if fmt != "table":
        data = serialize_results(results, fmt)
        more = False
        if limit is not None and result_kind(results) == "solutions":
            data, more = first_rows(data, fmt, limit)
        return lambda: _write_rows(data, more, limit)
    if result_kind(results) == "boolean":
        answer = "yes" if bool(results) else "no"
        return lambda: click.echo(answer)
    if result_kind(results) == "graph":
        raise KgError(f"format 'table' does not fit a CONSTRUCT/DESCRIBE result; use {choices(GRAPH_FORMATS)}")
    columns, shown = rows(results, None if limit is None else limit + 1)
    more = limit is not None and len(shown) > limit
    return lambda: _print_table(columns, shown[:limit], more, limit)


def _print_table(columns, shown, more: bool, limit: int | None):
    print_table(columns, shown, more=more)
    _hint_cut(more, limit)


def _write_rows(data: bytes, more: bool, limit: int | None):
    sys.stdout.buffer.write(data)
    _hint_cut(more, limit)


def _hint_cut(more: bool, limit: int | None):
    if more:
        click.echo(f"kg query: showing the first {limit} rows; raise --limit, or drop it, to see more", err=True)


@main.command()
@click.option("--format", "-f", "fmt", default="ttl", show_default=True, help="ttl, trig, nt, nq, jsonld or xml.",
              shell_complete=lambda ctx, param, incomplete: [n for n in _rdf_format_names() if n.startswith(incomplete)])
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
        with writing_stdout():
            run_export(store, sys.stdout.buffer, fmt, graph, with_ontology)


def _rdf_format_names():
    from kg.sparql.formats import RDF_FORMATS

    return list(RDF_FORMATS)


def _export_to_file(store, output, fmt, graph, with_ontology):
    from kg.export import export as run_export
    from kg.outfile import write_output

    write_output(output, lambda handle: run_export(store, handle, fmt, graph, with_ontology))
