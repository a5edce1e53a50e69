"""Pushing graphs into a remote triple store, one named graph per document.

Follows the W3C specs every SPARQL store implements:

* SPARQL 1.1 Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/):
  the ``gsp`` transport sends one ``PUT <gsp>?graph=<doc>`` per document graph
  with an N-Triples body; PUT replaces the graph, so a re-push never duplicates
  and a push that was interrupted converges when run again.
* SPARQL 1.1 Update (https://www.w3.org/TR/sparql11-update/) through the
  SPARQL 1.1 Protocol: the ``update`` transport sends
  ``DROP SILENT GRAPH <doc> ; INSERT DATA { GRAPH <doc> { batch 1 } }`` and then
  ``INSERT DATA`` per further batch of ``batch_size`` triples (texts in
  ``queries/internal/push_*.ru``). A rerun drops the graph again, so it converges
  too. Triples with blank nodes all go into one last request, an
  ``INSERT { ... } WHERE {}`` (a blank node label only means one node within
  one request, and Virtuoso refuses blank nodes in INSERT DATA).

Pushing from the local store, the remote documents it does not hold (removed
locally, say) are counted and left alone, or with ``prune`` deleted; only
graphs under the document IRI base (:func:`kg.iris.doc_iri`) are ever counted
or deleted, never another graph the remote store holds.

Graphs go out ``workers`` at a time (4 by default: 1 worker pushed 62,000
triples/s of ~520-triple graphs into Oxigraph server, 4 workers 111,000), each
graph's requests in order on one connection. Failures are retried and
reported as :mod:`kg.remote.calls` says.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

import pyoxigraph as ox
import requests

from kg.errors import InputError, RemoteError, StoreError, choices
from kg.remote.calls import (
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    Transient,
    connection_reason,
    http_status,
    is_transient,
    named_error,
    sparql_call,
    sparql_wrapper,
    with_retries,
)
from kg.remote.endpoints import Auth, Endpoints
from kg.sparql.files import load_internal
from kg.sparql.formats import RDF_FORMATS

TRANSPORTS = ("gsp", "update")
#: triples per INSERT DATA request. Measured (tests/perf/bench_push.py, 523,000
#: triples into Oxigraph server): 1k, 10k and 50k all ran at ~19,000 triples/s,
#: so the smallest wins: less to redo on a retry, and Virtuoso 7 refuses an
#: INSERT DATA of 2,000 triples ("generated SQL text has exceeded 10000 lines").
DEFAULT_BATCH_SIZE = 1_000
#: graphs sent at once; see tests/perf/bench_push.py for the figures
DEFAULT_WORKERS = 4
#: the body of a Graph Store PUT
N_TRIPLES = RDF_FORMATS["nt"]


@dataclass
class GraphPayload:
    """One named graph to push: its IRI and its triples as N-Triples."""

    iri: str
    ntriples: bytes = field(repr=False)
    triples: int


def _payload(iri: str, triples: bytes | Iterable[ox.Triple]) -> GraphPayload:
    try:
        ox.NamedNode(iri)
    except ValueError as err:
        raise InputError(f"graph name '{iri}' is not an IRI: {err}") from None
    if isinstance(triples, (bytes, bytearray)):
        body = bytes(triples)
        if body and not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = ox.serialize(triples, format=N_TRIPLES) or b""
    return GraphPayload(iri, body, body.count(b"\n"))


def _as_triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    for q in quads:
        yield ox.Triple(q.subject, q.predicate, q.object)


def store_graphs(store, graphs: Iterable[str] | None = None) -> Iterator[GraphPayload]:
    """The document graphs of a KgStore (all, or the given IRIs), one at a time."""
    names = list(graphs) if graphs is not None else store.graphs()
    for iri in names:
        if graphs is not None and not store.has_graph(iri):
            shown = ", ".join(store.graphs()[:5])
            raise StoreError(f"no graph <{iri}> in store {store.path}; it has e.g.: {shown or 'no graphs'}")
        yield _payload(iri, _as_triples(store.quads(iri)))


def iter_file_graphs(path: str | os.PathLike, graph: str | None = None) -> Iterator[GraphPayload]:
    """Graphs in an RDF file: TriG/N-Quads per named graph; Turtle, N-Triples,
    RDF/XML (and default-graph triples of a dataset) in one graph named
    ``graph`` or else after the file (its ``file:`` URI)."""
    src = Path(path)
    if not src.is_file():
        raise InputError(f"no RDF file at {src}")
    fmt = ox.RdfFormat.from_extension(src.suffix.lstrip(".").lower()) if src.suffix else None
    if fmt is None:
        raise InputError(f"cannot tell the RDF format of {src}; use one of: .ttl, .nt, .trig, .nq, .rdf")
    own = graph or src.resolve().as_uri()
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    try:
        for q in ox.parse(path=str(src), format=fmt):
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else own
            by_graph[name].append(ox.Triple(q.subject, q.predicate, q.object))
    except (SyntaxError, ValueError, OSError) as err:
        raise InputError(f"cannot read {src} as {fmt.name}: {err}") from err
    for name in sorted(by_graph):
        yield _payload(name, by_graph[name])


PushSource = Union["KgStore", str, os.PathLike, Iterable[Union[GraphPayload, tuple]]]  # noqa: F821


def _payloads(source, graphs: Iterable[str] | None) -> Iterator[GraphPayload]:
    if hasattr(source, "graphs") and hasattr(source, "quads"):
        yield from store_graphs(source, graphs)
    elif isinstance(source, (str, os.PathLike)):
        yield from iter_file_graphs(source)
    else:
        wanted = set(graphs) if graphs is not None else None
        for item in source:
            payload = item if isinstance(item, GraphPayload) else _payload(*item)
            if wanted is None or payload.iri in wanted:
                yield payload


@dataclass
class GraphReport:
    iri: str
    triples: int
    requests: int


@dataclass
class PushReport:
    """What a push sent (or, for a dry run, would send)."""

    transport: str
    url: str
    batch_size: int | None
    dry_run: bool = False
    graphs: list[GraphReport] = field(default_factory=list)
    seconds: float = 0.0
    pruned: list[str] = field(default_factory=list)  # remote documents deleted (or, dry, to be deleted)
    left_alone: int | None = None  # remote documents the local store does not hold, kept (None: not counted)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    @property
    def requests(self) -> int:
        return sum(g.requests for g in self.graphs)

    @property
    def triples_per_second(self) -> float:
        return self.triples / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        verb = "would send" if self.dry_run else "sent"
        text = (
            f"{verb} {self.triples} triples in {len(self.graphs)} graphs to {self.url} "
            f"({self.transport}, {self.requests} requests)"
        )
        if not self.dry_run:
            text += f" in {self.seconds:.2f} s, {self.triples_per_second:,.0f} triples/s"
        if self.pruned:
            text += (f"; {'would delete' if self.dry_run else 'deleted'} {len(self.pruned)} remote document(s) "
                     "the local store does not hold")
        if self.left_alone:
            text += (f"; left {self.left_alone} remote document(s) that the local store does not hold "
                     "(kg push --prune deletes them)")
        return text


Progress = Callable[[str, int], None]



class _GspClient:
    """PUT per graph over one keep-alive requests session."""

    def __init__(self, endpoints: Endpoints, auth: Auth | None, timeout: float):
        self.url = endpoints.gsp
        self.param = endpoints.gsp_graph_param
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Content-Type": N_TRIPLES.media_type, "User-Agent": USER_AGENT})
        if auth:
            self.session.auth, headers = auth.for_requests()
            self.session.headers.update(headers)

    def put(self, graph: GraphPayload) -> None:
        try:
            resp = self.session.put(
                self.url, params={self.param: graph.iri}, data=graph.ntriples, timeout=self.timeout
            )
        except requests.Timeout:
            raise Transient(f"timed out after {self.timeout:g} s") from None
        except requests.ConnectionError as err:
            raise Transient(f"cannot connect ({connection_reason(err)})") from None
        if resp.status_code >= 300:
            detail = http_status(resp.status_code, resp.reason, resp.content)
            if is_transient(resp.status_code):
                raise Transient(detail)
            raise RemoteError(detail)

    def close(self) -> None:
        self.session.close()



_BNODE_LINE = re.compile(rb'^_:|_:[^ "<>]+ \.\s*$')


def _split(body: bytes, size: int) -> tuple[list[bytes], bytes]:
    """N-Triples lines in batches of ``size``, and the lines with blank nodes apart."""
    plain: list[bytes] = []
    blank: list[bytes] = []
    for line in body.splitlines():
        if line.strip():
            (blank if _BNODE_LINE.search(line) else plain).append(line)
    return [b"\n".join(plain[i : i + size]) for i in range(0, len(plain), size)], b"\n".join(blank)


def _updates(graph: GraphPayload, size: int) -> list[tuple[str, int]]:
    """(SPARQL Update text, triples it carries) for each request that replaces a graph."""
    plain, blank = _split(graph.ntriples, size)
    texts: list[tuple[str, bytes]] = []
    if plain:
        texts.append(("push_replace", plain[0]))
        texts.extend(("push_insert", batch) for batch in plain[1:])
    else:
        texts.append(("push_drop", b""))
    if blank:
        texts.append(("push_insert_blank", blank))
    return [
        (_fill(load_internal(name), graph.iri, batch.decode("utf-8")), batch.count(b"\n") + 1 if batch else 0)
        for name, batch in texts
    ]


def _fill(template: str, graph: str, triples: str = "") -> str:
    values = {"$GRAPH": str(ox.NamedNode(graph)), "$TRIPLES": triples}
    return re.sub(r"\$GRAPH|\$TRIPLES", lambda m: values[m.group(0)], template)


def _plan_requests(graph: GraphPayload, transport: str, batch_size: int) -> int:
    if transport == "gsp" or graph.triples == 0:
        return 1
    plain, blank = _split(graph.ntriples, batch_size)
    return max(len(plain), 1) + (1 if blank else 0)


def push(
    source: PushSource,
    endpoints: Endpoints,
    *,
    auth: Auth | None = None,
    transport: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    graphs: Iterable[str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    retries: int = DEFAULT_RETRIES,
    backoff: float = 0.5,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int = DEFAULT_WORKERS,
    prune: bool = False,
) -> PushReport:
    """Put each named graph of ``source`` into the remote store, replacing it there.

    ``source`` is a KgStore (all graphs, or ``graphs``), the path of an RDF
    file (see :func:`iter_file_graphs`), or an iterable of
    :class:`GraphPayload` / ``(graph_iri, n_triples_bytes_or_triples)``.
    ``progress(graph_iri, triples)`` is called after each request succeeds
    with the triples it carried (one call at a time; an exception it raises
    stops the push). ``workers`` graphs are sent at once, each on its own
    connection (the batches of one graph always in order). A dry run sends
    nothing and reports what would be sent.

    From a KgStore, remote document graphs the store does not hold are
    counted (``left_alone``), or with ``prune`` deleted (``pruned``; a dry
    run only lists them). ``prune`` needs a store as the source.
    """
    from_store = hasattr(source, "graphs") and hasattr(source, "quads")
    if prune and not from_store:
        raise InputError("--prune deletes the remote documents the local store does not hold, so it needs the store "
                         "as the source, not a file")
    transport = transport or endpoints.transport
    if transport not in TRANSPORTS:
        raise RemoteError(f"unknown transport '{transport}'; transports are: {choices(TRANSPORTS)}")
    if transport == "gsp" and not endpoints.gsp:
        raise RemoteError(
            f"profile {endpoints.profile} has no Graph Store endpoint for {endpoints.query}: "
            "pass a Graph Store URL or use the update transport"
        )
    if workers < 1:
        raise RemoteError(f"workers must be at least 1, not {workers}")
    if batch_size < 1:
        raise RemoteError(f"batch size must be at least 1, not {batch_size}")
    if endpoints.max_batch_size:
        batch_size = min(batch_size, endpoints.max_batch_size)
    url = endpoints.gsp if transport == "gsp" else endpoints.update
    report = PushReport(transport, url, batch_size if transport == "update" else None, dry_run)
    started = time.perf_counter()
    if dry_run:
        for graph in _payloads(source, graphs):
            report.graphs.append(GraphReport(graph.iri, graph.triples, _plan_requests(graph, transport, batch_size)))
        if prune:
            report.pruned = remote_only_documents(source, endpoints, auth, timeout)
        return report

    lock = threading.Lock()
    local = threading.local()

    def report_progress(iri: str, triples: int) -> None:
        if progress:
            with lock:
                progress(iri, triples)

    def send(graph: GraphPayload) -> GraphReport:
        what = f"push to {url} failed for graph <{graph.iri}>"
        try:
            if transport == "gsp":
                if getattr(local, "client", None) is None:
                    local.client = _GspClient(endpoints, auth, timeout)
                    clients.append(local.client)
                with_retries(lambda: local.client.put(graph), what, retries, backoff)
                report_progress(graph.iri, graph.triples)
                return GraphReport(graph.iri, graph.triples, 1)
            sw = sparql_wrapper(url, auth, timeout, update=True)
            updates = _updates(graph, batch_size)
            for text, carried in updates:
                with_retries(lambda: sparql_call(sw, text, timeout), what, retries, backoff)
                report_progress(graph.iri, carried)
            return GraphReport(graph.iri, graph.triples, len(updates))
        except RemoteError as err:
            raise named_error(err, what) from None

    clients: list[_GspClient] = []
    try:
        if workers <= 1:
            report.graphs.extend(send(graph) for graph in _payloads(source, graphs))
        else:
            report.graphs.extend(_in_parallel(send, _payloads(source, graphs), workers))
    finally:
        for client in clients:
            client.close()
    if prune:
        report.pruned = remote_only_documents(source, endpoints, auth, timeout)
        drop_graphs(report.pruned, endpoints, auth, timeout, retries, backoff)
    elif from_store:
        report.left_alone = _count_left_alone(source, endpoints, auth, timeout)
    report.seconds = time.perf_counter() - started
    return report


def remote_only_documents(store, endpoints: Endpoints, auth: Auth | None, timeout: float) -> list[str]:
    """The document graphs the remote store holds and ``store`` does not: only graphs under the document IRI base."""
    from kg.iris import doc_iri
    from kg.remote.query import remote_graph_counts

    base, local = doc_iri(""), set(store.graphs())
    remote = remote_graph_counts(endpoints, auth=auth, timeout=timeout)
    return sorted(graph for graph in remote if graph.startswith(base) and graph not in local)


def _count_left_alone(store, endpoints: Endpoints, auth: Auth | None, timeout: float) -> int | None:
    """How many remote documents the store does not hold, or None when the remote store will not say (the push stands)."""
    try:
        return len(remote_only_documents(store, endpoints, auth, timeout))
    except RemoteError:
        return None


def drop_graphs(graphs: Iterable[str], endpoints: Endpoints, auth: Auth | None, timeout: float = DEFAULT_TIMEOUT,
                retries: int = DEFAULT_RETRIES, backoff: float = 0.5) -> None:
    """Delete named graphs from the remote store, one SPARQL Update ``DROP SILENT GRAPH`` each."""
    sw = sparql_wrapper(endpoints.update, auth, timeout, update=True)
    for graph in graphs:
        text = _fill(load_internal("push_drop"), graph)
        what = f"pruning graph <{graph}> on {endpoints.update} failed"
        try:
            with_retries(lambda: sparql_call(sw, text, timeout), what, retries, backoff)
        except RemoteError as err:
            raise named_error(err, what) from None


def _in_parallel(send, payloads: Iterator[GraphPayload], workers: int) -> list[GraphReport]:
    """send() each payload on a pool of threads, at most 2 x workers in flight;
    results in source order; the first failure stops new sends and is raised
    once the requests already under way have finished."""
    done: list[GraphReport] = []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-push") as pool:
        pending: deque = deque()
        try:
            for payload in payloads:
                pending.append(pool.submit(send, payload))
                while len(pending) >= 2 * workers or (pending and pending[0].done()):
                    done.append(pending.popleft().result())
            while pending:
                done.append(pending.popleft().result())
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return done

