"""Remote triple stores: push the local graph into them and query them there.

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
* SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/) for queries,
  through SPARQLWrapper: results are requested as SPARQL XML results
  (SELECT/ASK; the format every store has had longest, and Virtuoso's JSON
  writes booleans as "1") or Turtle (CONSTRUCT/DESCRIBE) and re-serialised with
  pyoxigraph, the library the local store uses, so remote output has the same
  formats, bytes for bytes in layout, as local output. Values are the store's:
  Virtuoso, for one, returns xsd:nonNegativeInteger values as xsd:integer.

Query parameters are bound by :func:`kg.sparql.bind_params`: each value,
serialised by pyoxigraph as one RDF term, is written into the query's WHERE
group where the query allows it, else bound by a ``VALUES`` block; values are
never pasted into the query as raw text.

Graphs go out ``workers`` at a time (4 by default: 1 worker pushed 62,000
triples/s of ~520-triple graphs into Oxigraph server, 4 workers 111,000), each
graph's requests in order on one connection.

Credentials (:class:`Auth`) come from options or ``KG_USER``/``KG_PASSWORD``/
``KG_TOKEN``; they never appear in a repr, a message or a report. Errors are
:class:`~kg.errors.RemoteError` with one line naming the endpoint, the graph
and the HTTP status. Transient failures (connection refused or reset,
timeouts, HTTP 408/429/5xx) are retried with exponential backoff; other
HTTP errors (401, 403, 404, 400, ...) fail at once. (SPARQLWrapper applies
digest auth by installing a process-wide urllib opener; that is its way.)
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
import urllib.error
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
import requests
from SPARQLWrapper import DIGEST, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as swx

from kg.errors import FormatError, InputError, QueryError, RemoteError, StoreError, choices
from kg.queries import load_internal
from kg.sparql import bind_params, query_form

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "KG_USER", "KG_PASSWORD", "KG_TOKEN"
AUTH_TYPES = ("basic", "digest")
TRANSPORTS = ("gsp", "update")
#: triples per INSERT DATA request. Measured (tests/perf/bench_push.py, 523,000
#: triples into Oxigraph server): 1k, 10k and 50k all ran at ~19,000 triples/s,
#: so the smallest wins: less to redo on a retry, and Virtuoso 7 refuses an
#: INSERT DATA of 2,000 triples ("generated SQL text has exceeded 10000 lines").
DEFAULT_BATCH_SIZE = 1_000
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 3
#: graphs sent at once; see tests/perf/bench_push.py for the figures
DEFAULT_WORKERS = 4
N_TRIPLES = "application/n-triples"
USER_AGENT = "newskg (SPARQLWrapper; requests)"


# --------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Profile:
    """How one kind of store lays out its SPARQL services.

    URL templates use ``{query}`` (the query URL as given) and ``{base}`` (the
    query URL without its last segment when that segment is one of
    ``query_names``, else the query URL itself). The ``*_auth`` templates are
    used instead when credentials are given (Virtuoso has separate
    authenticated services). ``gsp_graph_param`` is the query parameter naming
    the target graph (``graph`` in the spec); ``gsp`` None means no Graph Store
    Protocol service, so only the update transport works.
    """

    name: str
    example: str
    query_names: tuple[str, ...]
    update: str
    gsp: str | None
    transport: str
    gsp_graph_param: str = "graph"
    update_auth: str | None = None
    gsp_auth: str | None = None
    max_batch_size: int | None = None


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("oxigraph", "http://host:7878/query", ("query",), "{base}/update", "{base}/store", "gsp"),
        Profile(
            "virtuoso",
            "http://host:8890/sparql",
            ("sparql", "sparql-auth"),
            "{query}",
            "{base}/sparql-graph-crud",
            "gsp",
            update_auth="{base}/sparql-auth",
            gsp_auth="{base}/sparql-graph-crud-auth",
            max_batch_size=1_000,  # 2,000 fails: "generated SQL text has exceeded 10000 lines"
        ),
        Profile("fuseki", "http://host:3030/DATASET/query", ("query", "sparql"), "{base}/update", "{base}/data", "gsp"),
        Profile(
            "graphdb",
            "http://host:7200/repositories/REPO",
            (),
            "{query}/statements",
            "{query}/rdf-graphs/service",
            "gsp",
        ),
        Profile("generic", "http://host/sparql", (), "{query}", None, "update"),
    )
}


@dataclass(frozen=True)
class Endpoints:
    """The three URLs of one remote store, and how to push to it by default."""

    query: str
    update: str
    gsp: str | None
    profile: str = "generic"
    transport: str = "update"
    gsp_graph_param: str = "graph"
    max_batch_size: int | None = None


def get_profile(name: str) -> Profile:
    try:
        return PROFILES[name]
    except KeyError:
        raise RemoteError(f"unknown store profile '{name}'; profiles are: {choices(PROFILES)}") from None


def resolve_endpoints(
    query_url: str,
    profile: str = "generic",
    update_url: str | None = None,
    gsp_url: str | None = None,
    authenticated: bool = False,
) -> Endpoints:
    """Fill in the update and Graph Store URLs of a store from its query URL.

    >>> resolve_endpoints("http://h:7878/query", "oxigraph").gsp
    'http://h:7878/store'
    """
    prof = get_profile(profile)
    if not re.match(r"^https?://[^/\s]+", query_url or ""):
        raise RemoteError(f"endpoint '{query_url}' is not an http(s) URL; for {prof.name} it looks like {prof.example}")
    query = query_url.rstrip("/")
    head, _, last = query.rpartition("/")
    base = head if last in prof.query_names else query

    def fill(template: str | None, auth_template: str | None) -> str | None:
        chosen = auth_template if authenticated and auth_template else template
        return chosen.format(query=query, base=base) if chosen else None

    update = update_url or fill(prof.update, prof.update_auth)
    gsp = gsp_url or fill(prof.gsp, prof.gsp_auth)
    transport = "gsp" if gsp_url else (prof.transport if gsp else "update")
    return Endpoints(query, update, gsp, prof.name, transport, prof.gsp_graph_param, prof.max_batch_size)


# --------------------------------------------------------------------------- auth


@dataclass(frozen=True)
class Auth:
    """Credentials for a remote store; secrets never show in repr or messages."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    kind: str = "basic"

    @classmethod
    def from_options(
        cls,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        kind: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> "Auth | None":
        """Options first, then $KG_USER, $KG_PASSWORD, $KG_TOKEN; None when there is nothing."""
        env = os.environ if environ is None else environ
        user = user or env.get(USER_ENV) or None
        password = password if password is not None else env.get(PASSWORD_ENV)
        token = token or env.get(TOKEN_ENV) or None
        kind = (kind or "basic").lower()
        if kind not in AUTH_TYPES:
            raise RemoteError(f"unknown auth type '{kind}'; auth types are: {choices(AUTH_TYPES)}")
        if token and user:
            raise RemoteError("give either a user and password or a bearer token, not both")
        if password and not user:
            raise RemoteError(f"a password was given without a user: pass --user or set {USER_ENV}")
        if not (user or token):
            return None
        return cls(user=user, password=password or "", token=token, kind=kind)

    def for_requests(self) -> tuple[Any, dict[str, str]]:
        """(requests auth object, extra headers) for a requests call."""
        if self.token:
            return None, {"Authorization": f"Bearer {self.token}"}
        if self.kind == "digest":
            return requests.auth.HTTPDigestAuth(self.user, self.password), {}
        return requests.auth.HTTPBasicAuth(self.user, self.password), {}

    def apply(self, wrapper: SPARQLWrapper) -> None:
        """Set these credentials on a SPARQLWrapper."""
        if self.token:
            wrapper.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
            return
        if self.kind == "digest":
            wrapper.setHTTPAuth(DIGEST)
        wrapper.setCredentials(self.user, self.password)


# --------------------------------------------------------------------------- what to push


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
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
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


# --------------------------------------------------------------------------- push


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
        return text


Progress = Callable[[str, int], None]


class _Transient(Exception):
    """A failure worth retrying; carries the one-line reason."""


def _short(body: bytes | str | None) -> str:
    if not body:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(re.sub(r"<[^>]{0,200}>", " ", text).split())
    return (": " + text[:200]) if text else ""


def _http_status(status: int, reason: str, body: bytes | str | None) -> str:
    return f"HTTP {status} {reason}".rstrip() + _short(body)


def _transient_status(status: int) -> bool:
    return status in (408, 425, 429) or status >= 500


def _with_retries(action: Callable[[], None], what: str, retries: int, backoff: float) -> None:
    """Run action; retry _Transient failures with exponential backoff."""
    attempt = 0
    while True:
        try:
            return action()
        except _Transient as err:
            if attempt >= retries:
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise RemoteError(f"{what}: {err}{tries}") from None
            time.sleep(backoff * (2**attempt))
            attempt += 1


class _GspClient:
    """PUT per graph over one keep-alive requests session."""

    def __init__(self, endpoints: Endpoints, auth: Auth | None, timeout: float):
        self.url = endpoints.gsp
        self.param = endpoints.gsp_graph_param
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Content-Type": N_TRIPLES, "User-Agent": USER_AGENT})
        if auth:
            self.session.auth, headers = auth.for_requests()
            self.session.headers.update(headers)

    def put(self, graph: GraphPayload) -> None:
        try:
            resp = self.session.put(
                self.url, params={self.param: graph.iri}, data=graph.ntriples, timeout=self.timeout
            )
        except requests.Timeout:
            raise _Transient(f"timed out after {self.timeout:g} s") from None
        except requests.ConnectionError as err:
            raise _Transient(f"cannot connect ({_reason(err)})") from None
        if resp.status_code >= 300:
            detail = _http_status(resp.status_code, resp.reason, resp.content)
            if _transient_status(resp.status_code):
                raise _Transient(detail)
            raise RemoteError(detail)

    def close(self) -> None:
        self.session.close()


def _reason(err: BaseException) -> str:
    """The innermost cause of a connection error, without URLs or headers."""
    while err.__cause__ or err.__context__ or (err.args and isinstance(err.args[0], BaseException)):
        nxt = err.__cause__ or err.__context__ or err.args[0]
        if nxt is err:
            break
        err = nxt
    if isinstance(err, ConnectionRefusedError):
        return "connection refused"
    if isinstance(err, ConnectionResetError):
        return "connection reset"
    if isinstance(err, socket.gaierror):
        return "unknown host"
    text = str(getattr(err, "reason", "") or err)
    text = re.sub(r"\S+://\S+", "", text)
    return " ".join(text.split())[:120] or type(err).__name__


def _sparql_wrapper(url: str, auth: Auth | None, timeout: float, update: bool) -> SPARQLWrapper:
    sw = SPARQLWrapper(url, updateEndpoint=url if update else None, agent=USER_AGENT)
    sw.setMethod(POST)
    sw.setTimeout(timeout)
    sw.setOnlyConneg(True)
    if update:
        sw.setRequestMethod(POSTDIRECTLY)  # body application/sparql-update: no form encoding
    if auth:
        auth.apply(sw)
    return sw


def _sparql_call(sw: SPARQLWrapper, text: str, timeout: float) -> bytes:
    """Send one query or update; return the raw response body."""
    sw.setQuery(text)
    try:
        result = sw.query()
        try:
            return result.response.read()
        finally:
            result.response.close()
    except swx.SPARQLWrapperException as err:
        status = {
            swx.QueryBadFormed: (400, "Bad Request"),
            swx.Unauthorized: (401, "Unauthorized"),
            swx.EndPointNotFound: (404, "Not Found"),
            swx.URITooLong: (414, "URI Too Long"),
            swx.EndPointInternalError: (500, "Internal Server Error"),
        }.get(type(err), (0, ""))
        body = str(err).partition("Response:\n")[2]
        body = re.sub(r"^b?['\"]|['\"]$", "", body.strip()).replace("\\n", " ")
        detail = _http_status(status[0], status[1], body)
        if _transient_status(status[0]):
            raise _Transient(detail) from None
        raise RemoteError(detail) from None
    except urllib.error.HTTPError as err:
        detail = _http_status(err.code, err.reason or "", _safe_read(err))
        if _transient_status(err.code):
            raise _Transient(detail) from None
        raise RemoteError(detail) from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, (TimeoutError, socket.timeout)):
            raise _Transient(f"timed out after {timeout:g} s") from None
        raise _Transient(f"cannot connect ({_reason(err)})") from None
    except (TimeoutError, socket.timeout):
        raise _Transient(f"timed out after {timeout:g} s") from None
    except (ConnectionError, OSError) as err:
        raise _Transient(f"connection failed ({_reason(err)})") from None


def _safe_read(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read()
    except Exception:  # noqa: BLE001 - an error body we cannot read is just missing detail
        return b""


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
    """
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
                _with_retries(lambda: local.client.put(graph), what, retries, backoff)
                report_progress(graph.iri, graph.triples)
                return GraphReport(graph.iri, graph.triples, 1)
            sw = _sparql_wrapper(url, auth, timeout, update=True)
            updates = _updates(graph, batch_size)
            for text, carried in updates:
                _with_retries(lambda: _sparql_call(sw, text, timeout), what, retries, backoff)
                report_progress(graph.iri, carried)
            return GraphReport(graph.iri, graph.triples, len(updates))
        except RemoteError as err:
            raise _named(err, what) from None

    clients: list[_GspClient] = []
    try:
        if workers <= 1:
            report.graphs.extend(send(graph) for graph in _payloads(source, graphs))
        else:
            report.graphs.extend(_in_parallel(send, _payloads(source, graphs), workers))
    finally:
        for client in clients:
            client.close()
    report.seconds = time.perf_counter() - started
    return report


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


def _named(err: RemoteError, what: str) -> RemoteError:
    text = str(err)
    return err if text.startswith(what) else RemoteError(f"{what}: {text}")


# --------------------------------------------------------------------------- query

#: output formats for SELECT/ASK results, and for CONSTRUCT/DESCRIBE graphs
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
TABLE = "table"

def _query_url(endpoint: str | Endpoints) -> str:
    return endpoint.query if isinstance(endpoint, Endpoints) else endpoint


def _fetch(endpoint, sparql, params, auth, timeout, retries) -> tuple[str, bytes]:
    url = _query_url(endpoint)
    text = bind_params(sparql, params)
    form = query_form(text)
    sw = _sparql_wrapper(url, auth, timeout, update=False)
    sw.setReturnFormat(XML if form in ("SELECT", "ASK") else TURTLE)
    what = f"query to {url} failed"
    try:
        holder: list[bytes] = []
        _with_retries(lambda: holder.append(_sparql_call(sw, text, timeout)), what, retries, 0.5)
    except RemoteError as err:
        raise _named(err, what) from None
    return form, holder[0]


def remote_query(
    endpoint: str | Endpoints,
    sparql: str,
    *,
    params: Mapping[str, Any] | None = None,
    fmt: str = "json",
    auth: Auth | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
):
    """Run a query on a remote store; output as the local store gives it.

    ``fmt`` json/csv/tsv/xml (SELECT, ASK) or ttl/nt/jsonld/xml (CONSTRUCT,
    DESCRIBE) gives bytes; ``table`` gives the parsed result: pyoxigraph
    QuerySolutions or QueryBoolean, or a list of Triples, for the caller to
    render like a local result.
    """
    form, body = _fetch(endpoint, sparql, params, auth, timeout, retries)
    url = _query_url(endpoint)
    if form in ("SELECT", "ASK"):
        if fmt != TABLE and fmt not in RESULT_FORMATS:
            raise FormatError(f"format '{fmt}' is not for {form} results; use one of: {choices([*RESULT_FORMATS, TABLE])}")
        try:
            results = ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
        except (SyntaxError, ValueError) as err:
            raise RemoteError(f"query to {url} failed: the answer is not SPARQL XML results ({err})") from None
        return results if fmt == TABLE else results.serialize(format=RESULT_FORMATS[fmt])
    if fmt != TABLE and fmt not in GRAPH_FORMATS:
        raise FormatError(f"format '{fmt}' is not for {form} results; use one of: {choices([*GRAPH_FORMATS, TABLE])}")
    try:
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=ox.RdfFormat.TURTLE)]
    except (SyntaxError, ValueError) as err:
        raise RemoteError(f"query to {url} failed: the answer is not Turtle ({err})") from None
    return triples if fmt == TABLE else (ox.serialize(triples, format=GRAPH_FORMATS[fmt]) or b"")


def remote_select_rows(
    endpoint: str | Endpoints,
    sparql: str,
    auth: Auth | None = None,
    params: Mapping[str, Any] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[dict[str, str]]:
    """SELECT rows as {variable: plain value} (IRI, literal text); unbound variables left out."""
    results = remote_query(endpoint, sparql, params=params, fmt=TABLE, auth=auth, timeout=timeout)
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("remote_select_rows needs a SELECT query")
    names = [v.value for v in results.variables]
    rows = []
    for solution in results:
        rows.append({n: solution[n].value for n in names if solution[n] is not None})
    return rows


def remote_graph_counts(
    endpoint: str | Endpoints,
    graphs: Iterable[str] | None = None,
    auth: Auth | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> dict[str, int]:
    """Triples per named graph in the remote store (only ``graphs`` when given; 0 when absent)."""
    sparql = load_internal("graph_counts")
    wanted = list(graphs) if graphs is not None else None
    counts: dict[str, int] = {g: 0 for g in wanted} if wanted is not None else {}
    if wanted == []:
        return counts
    if wanted is not None and len(wanted) == 1:
        rows = remote_select_rows(endpoint, sparql, auth, {"g": ox.NamedNode(wanted[0])}, timeout)
    else:
        rows = remote_select_rows(endpoint, sparql, auth, timeout=timeout)
    for row in rows:
        if "g" in row and (wanted is None or row["g"] in counts):
            counts[row["g"]] = int(row["n"])
    return counts
