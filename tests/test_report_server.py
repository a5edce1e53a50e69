"""kg.report.server: the report's pages over HTTP, alone and beside the SPARQL endpoint of `kg serve`."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from kg.errors import RemoteError
from kg.report import report_html
from kg.report.data import ReportFilter
from kg.report.server import filters_from_query, start_report_server, stop_report_server
from kg.store import open_store

try:
    from tests.servers import free_port, stop, wait_for_sparql
except ImportError:  # tests/ itself on sys.path
    from servers import free_port, stop, wait_for_sparql


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def test_filters_from_query():
    assert filters_from_query("") == ReportFilter()
    assert filters_from_query("actor=Joe+Biden&actor=Trump&doc=a.txt&since=2020&until=2020-06&top=0") == ReportFilter(
        docs=("a.txt",), actors=("Joe Biden", "Trump"), since="2020", until="2020-06", top=0
    )
    with pytest.raises(RemoteError, match="top=ten is not a number"):
        filters_from_query("top=ten")


def test_serves_the_report_with_filters(seed_store_dir):
    port = free_port()
    server = start_report_server(seed_store_dir, "127.0.0.1", port)
    try:
        status, page = get(f"http://127.0.0.1:{port}/")
        with open_store(seed_store_dir, read_only=True) as store:
            assert (status, page) == (200, report_html(store))
            assert get(f"http://127.0.0.1:{port}/?top=2")[1] == report_html(store, ReportFilter(top=2))
        assert get(f"http://127.0.0.1:{port}/?actor=Nobody") == (400, "no actor named 'Nobody' in the chosen documents\n")
        assert get(f"http://127.0.0.1:{port}/?since=soon")[0] == 400
        assert get(f"http://127.0.0.1:{port}/favicon.ico")[0] == 404
        with pytest.raises(RemoteError, match="pick another --report-port"):
            start_report_server(seed_store_dir, "127.0.0.1", port)
    finally:
        stop_report_server(server)


def test_kg_serve_answers_sparql_and_the_report(seed_store_dir):
    sparql, pages = free_port(), free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(seed_store_dir), "--port", str(sparql), "--report-port", str(pages)],
        stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for_sparql(f"http://127.0.0.1:{sparql}/query", proc, timeout=30)
        deadline = time.monotonic() + 30
        while True:
            try:
                status, page = get(f"http://127.0.0.1:{pages}/")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "the report pages did not answer"
                time.sleep(0.2)
        assert status == 200 and '<svg id="net"' in page and "Donald Trump" in page
    finally:
        stop(proc)  # SIGTERM: kg serve stops its oxigraph child too, which would else hold stderr open
    _, err = proc.communicate(timeout=30)
    assert f"report at http://127.0.0.1:{pages}/" in err
    with pytest.raises(urllib.error.URLError):
        get(f"http://127.0.0.1:{sparql}/query?query=ASK%7B%7D")
