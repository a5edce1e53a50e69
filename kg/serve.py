"""Serve the local store as a SPARQL 1.1 Protocol endpoint, with the Oxigraph server.

Beside it, on a second port, :mod:`kg.report.server` serves the report's pages
(``kg report``) from the same store, read-only.

``oxigraph serve-read-only --location STORE --bind 127.0.0.1:7878`` reads the
store directory directly (``oxigraph serve`` when writes are wanted): queries
at ``/query``, and for a writable server updates at ``/update`` and the Graph
Store HTTP Protocol at ``/store``. We pass ``--union-default-graph`` so that a
query without ``GRAPH`` sees every document graph, as ``kg query`` does.

Sharing the directory with other processes (checked with oxigraph 0.5.13):

* ``serve-read-only`` opens a directory even while a read-write pyoxigraph
  Store (a running ``kg build``) has it open; it answers from what was on disk
  when it started and does not see later writes. Oxigraph calls reading while
  another process writes undefined behaviour, so restart the server after a
  build rather than serving during one.
* ``serve`` (read-write) takes the directory's lock and fails with "Resource
  temporarily unavailable" while any read-write Store holds it, and ``kg build``
  cannot write while it runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from kg.errors import RemoteError, StoreError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_QUERY_TIMEOUT = 60  # seconds a served query may run (oxigraph's --timeout-s); a runaway one would hold a core


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (pip package ``oxigraph``)."""
    found = shutil.which("oxigraph")
    if not found:
        raise RemoteError("the 'oxigraph' server is not installed: pip install oxigraph (a dependency of newskg: pip install -e . installs it)")
    return found


def serve_command(
    store_path: str | os.PathLike,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    read_only: bool = True,
    union_default_graph: bool = True,
    timeout_s: int | None = None,
    binary: str | None = None,
) -> list[str]:
    """The argv that serves ``store_path`` on ``host:port``."""
    if not 0 < int(port) < 65536:
        raise RemoteError(f"port {port} is not a TCP port (1-65535)")
    argv = [
        binary or oxigraph_binary(),
        "serve-read-only" if read_only else "serve",
        "--location",
        str(store_path),
        "--bind",
        f"{host}:{port}",
    ]
    if union_default_graph:
        argv.append("--union-default-graph")
    if timeout_s:
        argv += ["--timeout-s", str(int(timeout_s))]
    return argv


def endpoint_urls(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, read_only: bool = True) -> dict[str, str]:
    """The URLs a server started by :func:`run_server` answers on."""
    base = f"http://{host}:{port}"
    urls = {"query": f"{base}/query"}
    if not read_only:
        urls.update(update=f"{base}/update", store=f"{base}/store")
    return urls


def _check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as err:
            raise RemoteError(f"cannot serve on {host}:{port}: {err.strerror or err}; pick another --port") from None


def start_server(
    store_path: str | os.PathLike,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    read_only: bool = True,
    **options,
) -> subprocess.Popen:
    """Start the server in the background and return its process."""
    where = Path(store_path)
    if read_only:
        from kg.store import require_store

        require_store(where)
    _check_port(host, port)
    argv = serve_command(where, host, port, read_only, **options)
    try:
        return subprocess.Popen(argv)
    except OSError as err:
        raise RemoteError(f"cannot start {argv[0]}: {err}") from err


def stop_server(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Terminate a server process, killing it if it does not stop within ``timeout`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def report_port_for(port: int) -> int:
    """Where the report pages go by default: the port after the SPARQL endpoint's (before it for 65535)."""
    return port + 1 if port < 65535 else port - 1


def run_server(
    store_path: str | os.PathLike,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    read_only: bool = True,
    started: Callable[[], None] | None = None,
    report_port: int | None = None,
    **options,
) -> int:
    """Serve until the server exits or the user interrupts; return its exit code.

    ``started`` is called once the store and port have been checked and the
    server process runs, so a caller announces a server only when there is one.
    With ``report_port``, the report's pages (:mod:`kg.report.server`) are
    served on that port for as long as the SPARQL endpoint runs.
    """
    if report_port:
        if read_only:
            from kg.store import require_store

            require_store(Path(store_path))
        _check_port(host, report_port)
    proc = start_server(store_path, host, port, read_only, **options)
    pages = _start_pages(proc, store_path, host, report_port) if report_port else None
    if started:
        started()
    previous = _interrupt_on_sigterm()
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        stop_server(proc, timeout=10)
        return 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if pages:
            from kg.report.server import stop_report_server

            stop_report_server(pages)
    if code != 0:
        mode = "read-only" if read_only else "read-write"
        raise StoreError(
            f"oxigraph server ({mode}) on {host}:{port} for store {store_path} exited with {code}"
            + ("; is another process writing to the store?" if not read_only else "")
        )
    return code


def _interrupt_on_sigterm():
    """Make SIGTERM stop the server as Ctrl-C does, so no server process outlives us; the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


def _start_pages(proc: subprocess.Popen, store_path, host: str, port: int):
    """The report server; the SPARQL server is stopped if it cannot start."""
    from kg.report.server import start_report_server

    try:
        return start_report_server(store_path, host, port)
    except BaseException:
        stop_server(proc)
        raise
