"""Fixtures and helpers shared by the kg.remote tests: real servers, a sample store, rows to compare.

No mocked stores: every push and query goes over HTTP to a real server started
by a fixture (tests/servers.py). Virtuoso tests are skipped, with the reason,
when virtuoso-t is not installed (.ci/install-virtuoso.sh installs it).
A test module imports the fixtures it uses from here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import POST, SPARQLWrapper

from kg.remote.endpoints import Endpoints, resolve_endpoints
from kg.remote.query import remote_graph_counts, remote_query, remote_select_rows
from kg.sparql.results import serialize_results
from kg.store import open_store

try:
    from tests.servers import OxigraphServer, VirtuosoServer, make_sample_store, virtuoso_missing
except ImportError:  # tests/ itself on sys.path (pytest rootdir-less runs)
    from servers import OxigraphServer, VirtuosoServer, make_sample_store, virtuoso_missing

CONTRACT = ["actors", "statements", "stances", "events"]
CONSTRUCT_ONE = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
TEST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/') || STRSTARTS(STR(?g), 'file:') || STRSTARTS(STR(?g), 'urn:kg-test:')) }"


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


def wipe_virtuoso(server: VirtuosoServer) -> None:
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
    wipe_virtuoso(server)
    yield Remote("virtuoso", resolve_endpoints(server.query_url, "virtuoso"), server)
    wipe_virtuoso(server)


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
            return ox.serialize(list(result), format={"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}[fmt])
        return result.serialize(format={"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}[fmt])




def remote_bytes(endpoints, sparql: str, fmt: str, params=None) -> bytes:
    """A remote query's result written in ``fmt``, as ``kg query --endpoint -f FMT`` writes it."""
    return serialize_results(remote_query(endpoints, sparql, params=params), fmt)


def graph_of(body: bytes, fmt: str = "nt") -> Graph:
    return Graph().parse(data=body.decode("utf-8"), format={"nt": "nt", "ttl": "turtle", "xml": "xml"}[fmt])


def assert_same_graphs(remote: Remote, path) -> None:
    """Each remote graph holds exactly the local graph's triples (blank nodes up to renaming)."""
    for graph in local_counts(path):
        g = ox.NamedNode(graph)
        there = remote_bytes(remote.endpoints, CONSTRUCT_ONE, "nt", params={"g": g})
        here = local_result(path, CONSTRUCT_ONE, "nt", params={"g": g})
        assert isomorphic(graph_of(there), graph_of(here)), graph

