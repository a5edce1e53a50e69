"""kg.remote.push against real servers: Oxigraph server and Virtuoso on loopback ports."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter

import pyoxigraph as ox
import pytest

from kg.errors import InputError, RemoteError
from kg.remote.endpoints import Auth, resolve_endpoints
from kg.remote.push import GraphPayload, iter_file_graphs, push
from kg.remote.query import remote_graph_counts, remote_query
from kg.sparql.files import load_query
from kg.store import open_store

try:
    from tests.remote_support import (  # noqa: F401 - fixtures
        CONTRACT, assert_same_graphs, local_counts, local_result, oxigraph, remote, remote_bytes, remote_counts,
        rows, same_values, sample, virtuoso, wipe_virtuoso,
    )
    from tests.servers import OxigraphServer, free_port, make_sample_store, write_sample
except ImportError:  # tests/ itself on sys.path (pytest rootdir-less runs)
    from remote_support import (  # noqa: F401 - fixtures
        CONTRACT, assert_same_graphs, local_counts, local_result, oxigraph, remote, remote_bytes, remote_counts,
        rows, same_values, sample, virtuoso, wipe_virtuoso,
    )
    from servers import OxigraphServer, free_port, make_sample_store, write_sample


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


def test_remote_documents_the_store_does_not_hold_are_left_alone_or_pruned(oxigraph, sample):
    path, counts = sample
    gone, other = "https://w3id.org/newskg/id/doc/removed.txt", "urn:kg-test:not-a-document"
    extra = b'<urn:kg-test:s> <urn:kg-test:p> "x" .'
    push([(gone, extra), (other, extra)], oxigraph.endpoints)
    with open_store(path, read_only=True) as store:
        kept = push(store, oxigraph.endpoints)
        assert kept.left_alone == 1 and kept.pruned == []
        assert "left 1 remote document(s) that the local store does not hold (kg push --prune" in kept.summary()
        dry = push(store, oxigraph.endpoints, prune=True, dry_run=True)
        assert dry.pruned == [gone] and "would delete 1 remote document(s)" in dry.summary()
        assert remote_counts(oxigraph, [gone, other]) == {gone: 1, other: 1}
        pruned = push(store, oxigraph.endpoints, prune=True)
        assert pruned.pruned == [gone] and "deleted 1 remote document(s)" in pruned.summary()
        assert remote_counts(oxigraph, [gone, other, *counts]) == {gone: 0, other: 1, **counts}
        again = push(store, oxigraph.endpoints)
        assert again.left_alone == 0 and "left" not in again.summary()


def test_prune_needs_the_store_as_source(oxigraph, tmp_path):
    with pytest.raises(InputError, match="--prune .* needs the store"):
        push(write_sample(tmp_path / "news.trig"), oxigraph.endpoints, prune=True)


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
    wipe_virtuoso(virtuoso)
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
    wipe_virtuoso(virtuoso)



def test_push_checks_the_profile_and_caps_its_batches():
    with pytest.raises(RemoteError, match="no Graph Store endpoint"):
        push([], resolve_endpoints("http://h/sparql"), transport="gsp")
    virtuoso = resolve_endpoints("http://h:8890/sparql", "virtuoso")
    assert push([], virtuoso, transport="update", batch_size=50_000, dry_run=True).batch_size == 1_000


def test_virtuoso_update_batches_are_capped(virtuoso):
    """Virtuoso 7 refuses big INSERT DATA requests; its profile caps the batch size."""
    wipe_virtuoso(virtuoso)
    body = "".join(f'<urn:kg-test:s{i}> <urn:kg-test:p> "value {i} – ü" .\n' for i in range(2500)).encode()
    endpoints = resolve_endpoints(virtuoso.query_url, "virtuoso")
    report = push([("urn:kg-test:big", body)], endpoints, transport="update", batch_size=50_000)
    assert report.batch_size == 1_000 and report.requests == 3
    assert remote_graph_counts(endpoints, ["urn:kg-test:big"]) == {"urn:kg-test:big": 2500}
    wipe_virtuoso(virtuoso)


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
        assert rows(remote_bytes(remote.endpoints, sparql, "json"), "json") == here, name
