"""The report's pages over HTTP, beside ``kg serve``'s SPARQL endpoint.

``GET /`` answers the report of the store (``kg report``'s page), with the
same filters as query parameters: ``/?actor=Joe+Biden&top=20``,
``/?doc=a.txt&doc=b.txt``, ``/?since=2020&until=2020-06``. Reports are made
one at a time and the last few are kept, as the store does not change while
it is served (restart the server after a build). The store is opened read-only,
beside the Oxigraph server that reads the same directory.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, RemoteError
from kg.report import DEFAULT_TOP, report_html
from kg.report.data import ReportFilter


def filters_from_query(query: str) -> ReportFilter:
    """A ReportFilter from a URL's query string; a bad ``top`` is a KgError."""
    params = parse_qs(query)
    top = params.get("top", [str(DEFAULT_TOP)])[-1]
    if not top.isdigit():
        raise RemoteError(f"top={top} is not a number of actors (0 for all)")
    return ReportFilter(
        docs=tuple(params.get("doc", ())),
        actors=tuple(params.get("actor", ())),
        since=params.get("since", [None])[-1],
        until=params.get("until", [None])[-1],
        top=int(top),
    )


class ReportServer(ThreadingHTTPServer):
    """An HTTP server answering ``/`` with the report of one store."""

    daemon_threads = True

    def __init__(self, store, address: tuple[str, int]):
        super().__init__(address, _Handler)
        self.store = store
        self._lock = threading.Lock()
        self.page = lru_cache(maxsize=8)(self._page)

    def _page(self, filters: ReportFilter) -> bytes:
        with self._lock:
            return report_html(self.store, filters).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: ReportServer

    def do_GET(self):  # noqa: N802 (the http.server name)
        url = urlsplit(self.path)
        if url.path not in ("/", "/index.html", "/report.html"):
            self._send(404, "text/plain; charset=utf-8", b"not found: the report is at /\n")
            return
        try:
            body = self.server.page(filters_from_query(url.query))
        except KgError as err:
            self._send(400, "text/plain; charset=utf-8", f"{err}\n".encode("utf-8"))
            return
        self._send(200, "text/html; charset=utf-8", body)

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (the http.server signature)
        """Quiet: the library never prints."""


def start_report_server(store_path: str | os.PathLike, host: str, port: int) -> ReportServer:
    """Serve the report of the store at ``http://host:port/`` from a background thread."""
    from kg.store import open_store

    store = open_store(store_path, read_only=True)
    try:
        server = ReportServer(store, (host, port))
    except OSError as err:
        store.close()
        raise RemoteError(f"cannot serve the report on {host}:{port}: {err.strerror or err}; pick another --report-port") from None
    threading.Thread(target=server.serve_forever, name="kg-report-server", daemon=True).start()
    return server


def stop_report_server(server: ReportServer) -> None:
    server.shutdown()
    server.server_close()
    server.store.close()
