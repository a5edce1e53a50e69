"""``kg push``: the store into a remote triple store."""

from __future__ import annotations

import click

from kg.cli.app import STORE_OPTION, _auth, auth_options, main, reports_errors
from kg.cli.progress import progress_bar


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
@click.option("--prune", is_flag=True, help="Delete remote documents the local store does not hold (removed ones); "
              "only graphs under the document IRI base, never others.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds per request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True, help="Retries of transient failures, with backoff.")
@STORE_OPTION
@auth_options
@reports_errors
def push(endpoint, profile, update_endpoint, gsp_endpoint, transport, batch_size, workers, graphs, rdf_file,
         dry_run, prune, timeout, retries, store_dir, user, password, token, auth_type):
    """Load the graph into a remote triple store, one named graph per document.

    A re-push replaces each document's graph; an interrupted push run again
    ends with the same remote triples. Remote documents the local store does
    not hold are counted and left alone, or deleted with --prune.

    Example: kg push --endpoint http://localhost:7878/query --profile oxigraph
    """
    from kg.remote.endpoints import resolve_endpoints
    from kg.remote.push import push as run_push

    auth = _auth(user, password, token, auth_type)
    endpoints = resolve_endpoints(endpoint, profile, update_endpoint, gsp_endpoint, authenticated=auth is not None)
    source, selected, total = _push_source(rdf_file, store_dir, graphs)
    with progress_bar("push", total, "triples", quiet=dry_run) as bar:
        report = run_push(source, endpoints, auth=auth, transport=transport, batch_size=batch_size, graphs=selected,
                          dry_run=dry_run, progress=lambda graph, triples: bar.advance(triples), retries=retries,
                          timeout=timeout, workers=workers, prune=prune)
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

