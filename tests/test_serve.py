"""kg.serve: the Oxigraph server over the store directory, on a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import time

import pytest

from kg.errors import RemoteError, StoreError
from kg.remote.query import remote_graph_counts, remote_select_rows
from kg.serve import endpoint_urls, run_server, serve_command, start_server
from kg.store import open_store

try:
    from tests.servers import free_port, make_sample_store, stop, wait_for_sparql
except ImportError:  # tests/ itself on sys.path
    from servers import free_port, make_sample_store, stop, wait_for_sparql

NAMES = "SELECT ?doc WHERE { ?d <https://schema.org/name> ?doc }"  # no GRAPH: needs the union default graph


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "kg-store"
    return path, make_sample_store(path)


def test_serve_command_read_only_and_writable():
    argv = serve_command("/data/store", port=9999, binary="oxigraph")
    assert argv == [
        "oxigraph",
        "serve-read-only",
        "--location",
        "/data/store",
        "--bind",
        "127.0.0.1:9999",
        "--union-default-graph",
    ]
    writable = serve_command("/data/store", host="127.0.0.1", read_only=False, union_default_graph=False, timeout_s=30, binary="oxigraph")
    assert writable == ["oxigraph", "serve", "--location", "/data/store", "--bind", "127.0.0.1:7878", "--timeout-s", "30"]
    assert serve_command("s")[0].endswith("oxigraph")
    assert endpoint_urls(port=1234) == {"query": "http://127.0.0.1:1234/query"}
    with pytest.raises(RemoteError, match="not a TCP port"):
        serve_command("s", port=70000)


def test_missing_binary_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(RemoteError, match="pip install oxigraph"):
        serve_command("s")


def test_serves_store_read_only(sample):
    path, counts = sample
    port = free_port()
    proc = start_server(path, port=port)
    try:
        url = endpoint_urls(port=port)["query"]
        wait_for_sparql(url, proc, timeout=20)
        assert remote_graph_counts(url, counts) == counts
        assert sorted(r["doc"] for r in remote_select_rows(url, NAMES)) == ["test_one.txt", "test_three.txt", "test_two.txt"]
        # read-only: the update service is not there
        with pytest.raises(RemoteError, match="HTTP 4"):
            from kg.remote.endpoints import resolve_endpoints
            from kg.remote.push import push

            push([("urn:kg-test:g", b"<urn:a> <urn:b> <urn:c> .\n")], resolve_endpoints(url, "oxigraph"), transport="update")
    finally:
        stop(proc)


def test_read_only_server_opens_while_a_build_holds_the_store(sample, tmp_path):
    """Documented in kg.serve: serve-read-only starts beside a read-write Store; serve does not."""
    path = tmp_path / "store"
    counts = make_sample_store(path)
    with open_store(path) as writer:
        port = free_port()
        proc = start_server(path, port=port)
        try:
            wait_for_sparql(endpoint_urls(port=port)["query"], proc, timeout=20)
            assert remote_graph_counts(endpoint_urls(port=port)["query"], counts) == counts
        finally:
            stop(proc)
        rw = start_server(path, port=free_port(), read_only=False)
        try:
            assert rw.wait(timeout=20) != 0
        finally:
            stop(rw)
        assert writer.count() == sum(counts.values())


def test_errors_before_starting(tmp_path, sample):
    with pytest.raises(StoreError, match="no store at"):
        start_server(tmp_path / "missing")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(RemoteError, match=f"cannot serve on 127.0.0.1:{port}"):
            start_server(sample[0], port=port)


def test_run_server_reports_a_failed_server(tmp_path):
    path = tmp_path / "store"
    make_sample_store(path)
    with open_store(path):
        started = time.monotonic()
        with pytest.raises(StoreError, match="exited with"):
            run_server(path, port=free_port(), read_only=False)
        assert time.monotonic() - started < 20


def test_run_server_announces_only_a_server_that_started(sample, tmp_path, monkeypatch):
    announced = []
    with pytest.raises(StoreError, match="no store at"):
        run_server(tmp_path / "missing", port=free_port(), started=lambda: announced.append("missing"))
    real_wait = subprocess.Popen.wait

    def interrupted(self, timeout=None):
        monkeypatch.setattr(subprocess.Popen, "wait", real_wait)
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess.Popen, "wait", interrupted)
    assert run_server(sample[0], port=free_port(), started=lambda: announced.append("sample")) == 0
    assert announced == ["sample"]


def test_run_server_stops_on_interrupt(sample, monkeypatch):
    """Ctrl-C while serving: the server is terminated and run_server returns."""
    path, _ = sample
    real_wait = subprocess.Popen.wait
    calls = []

    def wait(self, timeout=None):
        if not calls:
            calls.append(self)
            raise KeyboardInterrupt
        return real_wait(self, timeout)

    monkeypatch.setattr(subprocess.Popen, "wait", wait)
    assert run_server(path, port=free_port()) == 0
    assert calls and calls[0].poll() is not None


def test_kg_serve_gives_queries_a_timeout_by_default():
    """kg serve's --timeout (default 60 s) reaches the Oxigraph server as --timeout-s; 0 means none."""
    from kg.cli.serving import serve
    from kg.serve import DEFAULT_QUERY_TIMEOUT

    option = next(param for param in serve.params if param.name == "timeout")
    assert option.default == DEFAULT_QUERY_TIMEOUT == 60
    assert serve_command("s", timeout_s=option.default, binary="oxigraph")[-2:] == ["--timeout-s", "60"]
    assert "--timeout-s" not in serve_command("s", timeout_s=None, binary="oxigraph")
