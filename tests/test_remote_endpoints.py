"""kg.remote.endpoints: URLs derived from a store's query URL, and credentials that never show."""

from __future__ import annotations

import pytest

from kg.errors import RemoteError
from kg.remote.endpoints import PROFILES, Auth, resolve_endpoints


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



@pytest.mark.parametrize("url", ["ftp://x/sparql", "localhost:7878/query", "", None])
def test_a_query_url_must_be_http(url):
    from kg.remote.endpoints import require_http_url

    with pytest.raises(RemoteError, match="is not an http"):
        require_http_url(url)
