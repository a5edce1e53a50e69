"""kg.remote against real servers: Oxigraph server and Virtuoso on loopback ports.

No mocked stores: every push and query goes over HTTP to a real server started
by a fixture (tests/servers.py). Virtuoso tests are skipped, with the reason,
when virtuoso-t is not installed (.ci/install-virtuoso.sh installs it).
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import POST, SPARQLWrapper

from kg.errors import FormatError, InputError, RemoteError
from kg.queries import load_query
from kg.remote import (
    PROFILES,
    Auth,
    Endpoints,
    GraphPayload,
    iter_file_graphs,
    push,
    remote_graph_counts,
    remote_query,
    remote_select_rows,
    resolve_endpoints,
)
from kg.store import open_store

try:
    from tests.servers import (
        OxigraphServer,
        VirtuosoServer,
        free_port,
        make_sample_store,
        virtuoso_missing,
        write_sample,
    )
except ImportError:  # tests/ itself on sys.path (pytest rootdir-less runs)
    from servers import OxigraphServer, VirtuosoServer, free_port, make_sample_store, virtuoso_missing, write_sample

CONTRACT = ["actors", "statements", "stances", "events"]
CONSTRUCT_ONE = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
TEST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/') || STRSTARTS(STR(?g), 'file:') || STRSTARTS(STR(?g), 'urn:kg-test:')) }"


# --------------------------------------------------------------------------- fixtures


@dataclass
class Remote:
    name: str
    endpoints: Endpoints
    server: object


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A KgStore with the three sample document graphs; (path, {graph: triples})."""
    path = tmp_path_factory.mktemp("store") / "kg-store"
    return path, make_sample_store(path)


@pytest.fixture(scope="module")
def virtuoso():
    reason = virtuoso_missing()
    if reason:
        pytest.skip(f"Virtuoso tests skipped: {reason}")
    with VirtuosoServer() as server:
        yield server


def _wipe_virtuoso(server: VirtuosoServer) -> None:
    graphs = remote_select_rows(server.query_url, TEST_GRAPHS)
    if graphs:
        sw = SPARQLWrapper(server.query_url, updateEndpoint=server.query_url)
        sw.setMethod(POST)
        sw.setQuery(" ; ".join(f"DROP SILENT GRAPH <{row['g']}>" for row in graphs))
        sw.query().response.read()


@pytest.fixture
def oxigraph():
    with OxigraphServer() as server:
        yield Remote("oxigraph", resolve_endpoints(server.query_url, "oxigraph"), server)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def remote(request):
    """A real store with none of the test graphs in it."""
    if request.param == "oxigraph":
        yield request.getfixturevalue("oxigraph")
        return
    server = request.getfixturevalue("virtuoso")
    _wipe_virtuoso(server)
    yield Remote("virtuoso", resolve_endpoints(server.query_url, "virtuoso"), server)
    _wipe_virtuoso(server)


def local_counts(path) -> dict[str, int]:
    with open_store(path, read_only=True) as store:
        return {g: store.count(g) for g in store.graphs()}


def remote_counts(remote: Remote, graphs) -> dict[str, int]:
    return remote_graph_counts(remote.endpoints, list(graphs))


def rows(body: bytes, fmt: str) -> tuple[list[str], Counter]:
    """Variables and the multiset of rows of serialised SELECT results."""
    if fmt == "csv":
        lines = body.decode("utf-8").split("\r\n")
        return lines[0].split(","), Counter(lines[1:])
    parsed = ox.parse_query_results(body, format={"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}[fmt])
    names = [v.value for v in parsed.variables]
    return names, Counter(tuple(str(s[n]) if s[n] is not None else None for n in names) for s in parsed)


INTEGER_TYPES = ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")


def same_values(found: tuple[list[str], Counter], remote: Remote) -> tuple[list[str], Counter]:
    """Rows as the store keeps values: Virtuoso stores every xsd integer type as xsd:integer."""
    if remote.name != "virtuoso":
        return found
    names, counted = found
    pattern = re.compile(r"\^\^<http://www\.w3\.org/2001/XMLSchema#(?:%s)>" % "|".join(INTEGER_TYPES))
    fix = lambda v: pattern.sub("^^<http://www.w3.org/2001/XMLSchema#integer>", v) if v else v  # noqa: E731
    return names, Counter({(tuple(fix(v) for v in row) if isinstance(row, tuple) else row): n for row, n in counted.items()})


def local_result(path, sparql: str, fmt: str, params=None) -> bytes:
    subs = {ox.Variable(k): (v if isinstance(v, (ox.NamedNode, ox.Literal)) else ox.Literal(v)) for k, v in (params or {}).items()}
    with open_store(path, read_only=True) as store:
        result = store.oxigraph.query(sparql, substitutions=subs or None)
        if isinstance(result, ox.QueryTriples):
            return ox.serialize(list(result), format={"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[fmt])
        return result.serialize(format={"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}[fmt])


def graph_of(body: bytes, fmt: str = "nt") -> Graph:
    return Graph().parse(data=body.decode("utf-8"), format={"nt": "nt", "ttl": "turtle"}[fmt])


def assert_same_graphs(remote: Remote, path) -> None:
    """Each remote graph holds exactly the local graph's triples (blank nodes up to renaming)."""
    for graph in local_counts(path):
        g = ox.NamedNode(graph)
        there = remote_query(remote.endpoints, CONSTRUCT_ONE, params={"g": g}, fmt="nt")
        here = local_result(path, CONSTRUCT_ONE, "nt", params={"g": g})
        assert isomorphic(graph_of(there), graph_of(here)), graph


# --------------------------------------------------------------------------- push


@pytest.mark.parametrize("transport", ["gsp", "update"])
def test_push_counts_come_back_and_repush_does_not_duplicate(remote, sample, transport):
    path, counts = sample
    with open_store(path, read_only=True) as store:
        report = push(store, remote.endpoints, transport=transport, batch_size=7, workers=1)
    assert report.triples == sum(counts.values()) and len(report.graphs) == 3
    assert report.seconds > 0 and report.triples_per_second > 0
    if transport == "update":
        assert report.requests > len(counts)  # batches of 7 triples, blank nodes in their own
    assert remote_counts(remote, counts) == counts
    with open_store(path, read_only=True) as store:
        push(store, remote.endpoints, transport=transport, batch_size=7)
    assert remote_counts(remote, counts) == counts
    assert_same_graphs(remote, path)


def test_switching_transport_replaces(remote, sample):
    path, counts = sample
    with open_store(path, read_only=True) as store:
        push(store, remote.endpoints, transport="gsp")
        push(store, remote.endpoints, transport="update", batch_size=10)
        push(store, remote.endpoints, transport="gsp")
    assert remote_counts(remote, counts) == counts


def test_repush_of_changed_graph_replaces_it(oxigraph, tmp_path):
    path = tmp_path / "store"
    counts = make_sample_store(path)
    with open_store(path, read_only=True) as store:
        push(store, oxigraph.endpoints)
    one = "https://w3id.org/newskg/id/doc/test-one"
    with open_store(path) as store:
        kept = list(store.quads(one))[:10]
        store.replace_graph(one, kept)
    with open_store(path, read_only=True) as store:
        push(store, oxigraph.endpoints, transport="update", batch_size=3, graphs=[one])
    assert remote_counts(oxigraph, counts) == {**counts, one: 10}


@pytest.mark.parametrize("transport", ["gsp", "update"])
def test_interrupted_push_rerun_converges(remote, sample, transport):
    path, counts = sample

    class Interrupted(Exception):
        pass

    def stop_after_first(graph, triples):
        raise Interrupted(graph)

    with open_store(path, read_only=True) as store:
        with pytest.raises(Interrupted):
            push(store, remote.endpoints, transport=transport, batch_size=5, progress=stop_after_first, workers=1)
    half = remote_counts(remote, counts)
    assert half != counts and sum(half.values()) > 0
    with open_store(path, read_only=True) as store:
        push(store, remote.endpoints, transport=transport, batch_size=5)
    assert remote_counts(remote, counts) == counts
    assert_same_graphs(remote, path)


def test_dry_run_sends_nothing(remote, sample):
    path, counts = sample
    with open_store(path, read_only=True) as store:
        for transport in ("gsp", "update"):
            report = push(store, remote.endpoints, transport=transport, batch_size=10, dry_run=True)
            assert report.dry_run and report.transport == transport
            assert {g.iri: g.triples for g in report.graphs} == counts
            assert report.url == (remote.endpoints.gsp if transport == "gsp" else remote.endpoints.update)
            assert "would send" in report.summary()
    assert report.requests > len(counts)
    assert remote_counts(remote, counts) == dict.fromkeys(counts, 0)


def test_push_selected_graph_only(oxigraph, sample):
    path, counts = sample
    two = "https://w3id.org/newskg/id/doc/test-two"
    seen = []
    with open_store(path, read_only=True) as store:
        report = push(store, oxigraph.endpoints, graphs=[two], progress=lambda g, n: seen.append((g, n)))
    assert seen == [(two, counts[two])] and report.triples == counts[two]
    assert remote_counts(oxigraph, counts) == {**dict.fromkeys(counts, 0), two: counts[two]}


def test_push_from_files(oxigraph, tmp_path, sample):
    _, counts = sample
    trig = write_sample(tmp_path / "news.trig")
    assert {g.iri: g.triples for g in iter_file_graphs(trig)} == counts
    report = push(trig, oxigraph.endpoints)
    assert remote_counts(oxigraph, counts) == counts and report.triples == sum(counts.values())

    ttl = tmp_path / "one doc.ttl"
    ttl.write_text('<urn:kg-test:s> <urn:kg-test:p> "ünïcode \\"q\\"\\n" , "x"@de .\n', encoding="utf-8")
    (payload,) = iter_file_graphs(ttl)
    assert payload.iri == ttl.resolve().as_uri() and payload.triples == 2
    push(ttl, oxigraph.endpoints, transport="update")
    assert remote_counts(oxigraph, [payload.iri]) == {payload.iri: 2}
    named = list(iter_file_graphs(ttl, graph="urn:kg-test:named"))
    assert [p.iri for p in named] == ["urn:kg-test:named"]


def test_push_from_payloads_and_tuples(oxigraph):
    triples = [ox.Triple(ox.NamedNode("urn:kg-test:s"), ox.NamedNode("urn:kg-test:p"), ox.Literal(str(i))) for i in range(5)]
    source = [("urn:kg-test:a", triples), ("urn:kg-test:b", b'<urn:kg-test:s> <urn:kg-test:p> "1"'), GraphPayload("urn:kg-test:c", b"", 0)]
    report = push(source, oxigraph.endpoints, transport="update", batch_size=2)
    assert [(g.iri, g.triples) for g in report.graphs] == [("urn:kg-test:a", 5), ("urn:kg-test:b", 1), ("urn:kg-test:c", 0)]
    assert remote_counts(oxigraph, ["urn:kg-test:a", "urn:kg-test:b", "urn:kg-test:c"]) == {
        "urn:kg-test:a": 5,
        "urn:kg-test:b": 1,
        "urn:kg-test:c": 0,
    }
    with pytest.raises(InputError, match="not an IRI"):
        push([("not an iri", b"")], oxigraph.endpoints)


# --------------------------------------------------------------------------- failures


def test_http_error_names_endpoint_graph_and_status_without_retrying(oxigraph, sample):
    path, counts = sample
    bad = resolve_endpoints(oxigraph.endpoints.query, "oxigraph", gsp_url=oxigraph.server.base + "/no-such-store")
    started = time.monotonic()
    with open_store(path, read_only=True) as store, pytest.raises(RemoteError) as err:
        push(store, bad, transport="gsp", backoff=1.0)
    message = str(err.value)
    assert oxigraph.server.base + "/no-such-store" in message and "HTTP 404" in message
    assert "<https://w3id.org/newskg/id/doc/test-one>" in message and "\n" not in message
    assert time.monotonic() - started < 0.9  # a 4xx is not retried
    bad = resolve_endpoints(oxigraph.endpoints.query, "oxigraph", update_url=oxigraph.server.base + "/nope")
    with open_store(path, read_only=True) as store, pytest.raises(RemoteError, match=r"/nope failed for graph <.*>: HTTP 404"):
        push(store, bad, transport="update")
    assert remote_counts(oxigraph, counts) == dict.fromkeys(counts, 0)


@pytest.mark.parametrize("transport", ["gsp", "update"])
def test_unreachable_endpoint(sample, transport):
    path, _ = sample
    url = f"http://127.0.0.1:{free_port()}/query"
    endpoints = resolve_endpoints(url, "oxigraph")
    with open_store(path, read_only=True) as store, pytest.raises(RemoteError) as err:
        push(store, endpoints, transport=transport, retries=1, backoff=0.01)
    message = str(err.value)
    assert url.rsplit("/", 1)[0] in message and "cannot connect" in message and "after 2 attempts" in message
    with pytest.raises(RemoteError, match=f"query to {url} failed: cannot connect"):
        remote_query(url, "ASK {}", retries=0)


def test_transient_failure_is_retried(sample):
    """Connection refused while the server is still starting: the push waits and succeeds."""
    path, counts = sample
    server = OxigraphServer()
    starter = threading.Timer(0.4, server.__enter__)
    starter.start()
    try:
        endpoints = resolve_endpoints(server.query_url, "oxigraph")
        with open_store(path, read_only=True) as store:
            push(store, endpoints, retries=6, backoff=0.1)
        starter.join()
        assert remote_graph_counts(endpoints, counts) == counts
    finally:
        starter.join()
        server.__exit__()


@pytest.mark.parametrize("transport", ["gsp", "update"])
def test_virtuoso_wrong_password_fails_clearly_and_changes_nothing(virtuoso, sample, transport):
    path, counts = sample
    _wipe_virtuoso(virtuoso)
    endpoints = resolve_endpoints(virtuoso.query_url, "virtuoso", authenticated=True)
    assert endpoints.update.endswith("/sparql-auth") and endpoints.gsp.endswith("/sparql-graph-crud-auth")
    target = endpoints.gsp if transport == "gsp" else endpoints.update
    for bad in (Auth.from_options("dba", "not-the-password", kind="digest", environ={}), Auth.from_options(token="bad-token", environ={})):
        with open_store(path, read_only=True) as store, pytest.raises(RemoteError) as err:
            push(store, endpoints, auth=bad, transport=transport, backoff=1.0)
        message = str(err.value)
        assert f"push to {target} failed for graph <https://w3id.org/newskg/id/doc/test-one>: HTTP 401" in message
        assert "not-the-password" not in message and "bad-token" not in message and "bad-token" not in repr(bad)
        assert remote_graph_counts(virtuoso.query_url, counts) == dict.fromkeys(counts, 0)
    good = Auth.from_options(virtuoso.user, virtuoso.password, kind="digest", environ={})
    with open_store(path, read_only=True) as store:
        push(store, endpoints, auth=good, transport=transport, batch_size=20)
    assert remote_graph_counts(virtuoso.query_url, counts) == counts
    _wipe_virtuoso(virtuoso)


def test_bad_query_is_a_clear_error(oxigraph):
    with pytest.raises(RemoteError, match=r"query to http://127\.0\.0\.1:\d+/query failed: HTTP 400"):
        remote_query(oxigraph.endpoints, "SELECT * WHERE { ?s ?p }")
    with pytest.raises(FormatError, match="ttl"):
        remote_query(oxigraph.endpoints, "SELECT * WHERE { ?s ?p ?o }", fmt="ttl")
    with pytest.raises(FormatError, match="csv"):
        remote_query(oxigraph.endpoints, "CONSTRUCT WHERE { ?s ?p ?o }", fmt="csv")


# --------------------------------------------------------------------------- remote query


@pytest.fixture
def pushed(remote, sample):
    path, counts = sample
    with open_store(path, read_only=True) as store:
        push(store, remote.endpoints)
    return remote, path


@pytest.mark.parametrize("name", CONTRACT)
def test_contract_queries_give_same_rows_remotely(pushed, name):
    remote, path = pushed
    sparql = load_query(name).text
    if remote.name == "virtuoso" and re.search(r"BIND\(\?\w+ = ", sparql):
        pytest.xfail(
            f"queries/{name}.rq binds a comparison: Virtuoso 7 gives it as 1/0 xsd:integer, not xsd:boolean; "
            "wrap it in xsd:boolean(...) to get the same rows on every store"
        )
    here = same_values(rows(local_result(path, sparql, "json"), "json"), remote)
    there = rows(remote_query(remote.endpoints, sparql, fmt="json"), "json")
    assert there == here
    assert sum(here[1].values()) > 0


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_result_formats_match_local(pushed, fmt):
    remote, path = pushed
    sparql = load_query("statements").text
    there = rows(remote_query(remote.endpoints, sparql, fmt=fmt), fmt)
    assert there == same_values(rows(local_result(path, sparql, fmt), fmt), remote)


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_construct_formats_match_local(pushed, fmt):
    remote, path = pushed
    params = {"g": ox.NamedNode("https://w3id.org/newskg/id/doc/test-three")}
    there = remote_query(remote.endpoints, CONSTRUCT_ONE, params=params, fmt=fmt)
    here = local_result(path, CONSTRUCT_ONE, fmt, params=params)
    assert isomorphic(graph_of(there, fmt), graph_of(here, fmt)) and len(graph_of(here, fmt)) == 8


def test_table_and_ask(pushed):
    remote, _ = pushed
    table = remote_query(remote.endpoints, "SELECT ?n WHERE { GRAPH ?g { ?d <https://schema.org/name> ?n } }", fmt="table")
    assert isinstance(table, ox.QuerySolutions)
    assert sorted(s["n"].value for s in table) == ["test_one.txt", "test_three.txt", "test_two.txt"]
    assert remote_query(remote.endpoints, "ASK { GRAPH ?g { ?s ?p 'Donald Trump' } }", fmt="json") == b'{"head":{},"boolean":true}'


def test_params_bind_as_data(pushed, sample):
    remote, path = pushed
    _, counts = sample
    sparql = load_query("said_by").text
    params = {"speaker": "Donald Trump"}
    there = rows(remote_query(remote.endpoints, sparql, params=params, fmt="json"), "json")
    here = same_values(rows(local_result(path, sparql, "json", params=params), "json"), remote)
    assert there == here and sum(here[1].values()) == 1
    hostile = {"speaker": '"} ; DROP ALL #', "doc": "x' } } DELETE WHERE { ?s ?p ?o } #"}
    assert remote_select_rows(remote.endpoints, sparql, params=hostile) == []
    assert remote_graph_counts(remote.endpoints, counts) == counts
    found = remote_select_rows(
        remote.endpoints,
        "SELECT ?doc WHERE { GRAPH ?g { ?g <https://schema.org/headline> ?h ; <https://schema.org/name> ?doc } }",
        params={"h": ox.Literal('Orbán hosts "peace" summit', language="en")},
    )
    assert found == [{"doc": "test_one.txt"}]


# --------------------------------------------------------------------------- pieces


@pytest.mark.parametrize(
    "profile, query, update, gsp, transport",
    [
        ("oxigraph", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store", "gsp"),
        ("virtuoso", "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud", "gsp"),
        ("fuseki", "http://h:3030/news/query", "http://h:3030/news/update", "http://h:3030/news/data", "gsp"),
        ("fuseki", "http://h:3030/news", "http://h:3030/news/update", "http://h:3030/news/data", "gsp"),
        ("graphdb", "http://h:7200/repositories/kg", "http://h:7200/repositories/kg/statements", "http://h:7200/repositories/kg/rdf-graphs/service", "gsp"),
        ("generic", "http://h/sparql", "http://h/sparql", None, "update"),
    ],
)
def test_resolve_endpoints(profile, query, update, gsp, transport):
    ends = resolve_endpoints(query, profile)
    assert (ends.query, ends.update, ends.gsp, ends.transport) == (query, update, gsp, transport)


def test_resolve_endpoints_overrides_and_errors():
    ends = resolve_endpoints("http://h/sparql", "generic", gsp_url="http://h/gsp")
    assert ends.gsp == "http://h/gsp" and ends.transport == "gsp"
    assert resolve_endpoints("http://h:8890/sparql", "virtuoso", authenticated=True).update == "http://h:8890/sparql-auth"
    with pytest.raises(RemoteError, match="profiles are: fuseki, generic, graphdb, oxigraph, virtuoso"):
        resolve_endpoints("http://h/sparql", "blazegraph")
    with pytest.raises(RemoteError, match="not an http"):
        resolve_endpoints("h:7878/query", "oxigraph")
    with pytest.raises(RemoteError, match="no Graph Store endpoint"):
        push([], resolve_endpoints("http://h/sparql"), transport="gsp")
    virtuoso = resolve_endpoints("http://h:8890/sparql", "virtuoso")
    assert push([], virtuoso, transport="update", batch_size=50_000, dry_run=True).batch_size == 1_000
    assert set(PROFILES) >= {"oxigraph", "virtuoso", "fuseki", "graphdb", "generic"}


def test_auth_from_options_and_environment():
    env = {"KG_USER": "ann", "KG_PASSWORD": "s3cret"}
    auth = Auth.from_options(environ=env)
    assert (auth.user, auth.password, auth.kind) == ("ann", "s3cret", "basic")
    assert "s3cret" not in repr(auth) and "s3cret" not in str(auth)
    assert Auth.from_options("bob", "pw", kind="DIGEST", environ=env).kind == "digest"
    token = Auth.from_options(environ={"KG_TOKEN": "tok-123"})
    assert token.token == "tok-123" and "tok-123" not in repr(token)
    assert Auth.from_options(environ={}) is None
    with pytest.raises(RemoteError, match="auth types are: basic, digest"):
        Auth.from_options("a", "b", kind="ntlm", environ={})
    with pytest.raises(RemoteError, match="not both"):
        Auth.from_options("a", "b", token="t", environ={})


def test_virtuoso_update_batches_are_capped(virtuoso):
    """Virtuoso 7 refuses big INSERT DATA requests; its profile caps the batch size."""
    _wipe_virtuoso(virtuoso)
    body = "".join(f'<urn:kg-test:s{i}> <urn:kg-test:p> "value {i} – ü" .\n' for i in range(2500)).encode()
    endpoints = resolve_endpoints(virtuoso.query_url, "virtuoso")
    report = push([("urn:kg-test:big", body)], endpoints, transport="update", batch_size=50_000)
    assert report.batch_size == 1_000 and report.requests == 3
    assert remote_graph_counts(endpoints, ["urn:kg-test:big"]) == {"urn:kg-test:big": 2500}
    _wipe_virtuoso(virtuoso)


@pytest.mark.parametrize("transport", ["gsp", "update"])
def test_parallel_push_reports_progress_for_every_triple(oxigraph, transport):
    docs = [
        (f"urn:kg-test:doc{d}", "".join(f'<urn:kg-test:s{i}> <urn:kg-test:p> "{d}-{i}" .\n' for i in range(30 + d)).encode())
        for d in range(12)
    ]
    seen = Counter()
    report = push(docs, oxigraph.endpoints, transport=transport, batch_size=10, workers=4, progress=lambda g, n: seen.update({g: n}))
    expected = {g: 30 + d for d, (g, _) in enumerate(docs)}
    assert dict(seen) == expected and [g.iri for g in report.graphs] == [g for g, _ in docs]
    assert remote_graph_counts(oxigraph.endpoints, expected) == expected


@pytest.mark.slow
def test_seed_graph_round_trip(remote, seed_store_dir):
    """The seed article built for real: push, counts back, re-push, contract queries alike."""
    counts = local_counts(seed_store_dir)
    assert counts
    for _ in range(2):
        with open_store(seed_store_dir, read_only=True) as store:
            push(store, remote.endpoints)
        assert remote_counts(remote, counts) == counts
    for name in CONTRACT:
        sparql = load_query(name).text
        if remote.name == "virtuoso" and re.search(r"BIND\(\?\w+ = ", sparql):
            continue  # the xfail above names this Virtuoso difference
        here = same_values(rows(local_result(seed_store_dir, sparql, "json"), "json"), remote)
        assert rows(remote_query(remote.endpoints, sparql, fmt="json"), "json") == here, name
