"""``kg report`` and ``kg serve``: the graph as pages and as an endpoint."""

from __future__ import annotations

import sys

import click

from kg.cli.app import STORE_OPTION, main, reports_errors
from kg.report import DEFAULT_TOP
from kg.serve import DEFAULT_QUERY_TIMEOUT


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
@click.option("--timeout", type=click.IntRange(min=0), default=DEFAULT_QUERY_TIMEOUT, show_default=True, metavar="SECONDS",
              help="Stop a query after SECONDS (0: never).")
@reports_errors
def serve(store_dir, host, port, writable, report_port, timeout):
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
    sys.exit(run_server(where, host, port, read_only=not writable, report_port=pages, timeout_s=timeout or None,
                        started=lambda: click.echo(message + "; Ctrl-C stops", err=True)))
